"""`mkdocs serve` as a maintainer runs it: the site is served and regenerates when a text is added."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import SMALL_PLAN, make_site_project

OTHER_PLAN = SMALL_PLAN.replace("某某市", "另一市").replace("某府发", "另府发")
# Generous bounds on a slow machine, so that a hang fails the test rather than the suite.
_SERVE_WAIT_SECONDS = 240


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _status(url: str) -> int:
    """The HTTP status ``url`` answers with; 0 while nothing listens."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def _wait_for(url: str, server: subprocess.Popen) -> int:
    """The status ``url`` answers with once it answers 200, or the last one before the bound; fails fast
    if the server stopped."""
    status, deadline = 0, time.monotonic() + _SERVE_WAIT_SECONDS
    while status != 200 and time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        time.sleep(0.5)
        status = _status(url)
    return status


def test_mkdocs_serve_publishes_a_text_added_while_it_runs(tmp_path):
    project = make_site_project(tmp_path, {"a.txt": SMALL_PLAN.encode("utf-8")}, with_seeds=False)
    base = f"http://127.0.0.1:{_free_port()}"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-q", "-a", base.removeprefix("http://")],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(f"{base}/plans/moumou-2023/", server) == 200
        assert _status(f"{base}/plans/lingyi-2023/") == 404  # not yet written
        (project / "source_texts" / "b.txt").write_text(OTHER_PLAN, encoding="utf-8")
        assert _wait_for(f"{base}/plans/lingyi-2023/", server) == 200
    finally:
        server.terminate()
        server.wait(timeout=30)

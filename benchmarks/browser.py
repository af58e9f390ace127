"""A built site in headless Chromium, for the browser tests and the benchmark."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

# Flags for a sandboxed CI container: no GPU, no calls home.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """Debian's Chromium, if installed (no browser is ever downloaded)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host does: an address with no file gets the site's own 404 page."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(site: Path):
    """Serve ``site`` on 127.0.0.1; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


class Requests:
    """The URLs a page has fetched, and a wait until it fetches nothing more. Playwright's
    ``networkidle`` is a state of page loading, reached once: after a search query it returns at
    once, before the query's own fetches are done, which would undercount them."""

    def __init__(self, page):
        self.page = page
        self.finished: list[str] = []
        self._under_way: set = set()
        # (Playwright takes plain functions as handlers, not bound methods.)
        page.on("request", lambda request: self._under_way.add(request))
        page.on("requestfinished", lambda request: self._finished(request))
        page.on("requestfailed", lambda request: self._under_way.discard(request))

    def _finished(self, request) -> None:
        self._under_way.discard(request)
        self.finished.append(request.url)

    def wait_until_quiet(self, quiet_ms: int = 500, timeout_ms: int = 60000) -> None:
        """Until no request has been under way for ``quiet_ms``."""
        quiet = waited = 0
        while quiet < quiet_ms:
            if waited > timeout_ms:
                raise TimeoutError(f"requests still under way after {timeout_ms} ms: {self._under_way}")
            self.page.wait_for_timeout(50)
            waited += 50
            quiet = 0 if self._under_way else quiet + 50

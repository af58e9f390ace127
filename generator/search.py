"""Publish: a chunked full-text search index, built by Pagefind after MkDocs.

Material's built-in search puts the whole corpus in one ``search_index.json``
that every reader downloads (about 16 MB for 1,000 pages), and it segments a
Chinese query differently from the jieba-segmented index, so 行政复议 also
matched sections that only say 行政. Pagefind's extended build segments
Chinese both when indexing and in the reader's browser (from version 1.6 both
sides segment alike; 1.5, the newest on PyPI, did not: 行政复议 found 3 of the 5
plans, so it comes from npm, pinned in ``package.json``), requires every word of
a query, and splits its index into chunks so that a query downloads only the
few that it needs. Results deep-link to task headings through their ids.

Queries in traditional script are folded to simplified in the browser with
the table written by :func:`t2s_table`; traditional plans carry their
simplified reading on the page (see :mod:`generator.render`), so both scripts
find both kinds of plan.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .script import simplified_characters

T2S_PATH = "assets/t2s.txt"


class SearchIndexError(RuntimeError):
    pass


def t2s_table() -> str:
    """Traditional/simplified pairs run together (``復复議议…``): about 11 KB gzipped."""
    return "".join(a + b for a, b in sorted(simplified_characters().items()))


def pagefind_command(project_dir: Path) -> str:
    """The project's own Pagefind (``npm install --no-save``), else one on the PATH."""
    local = project_dir / "node_modules" / ".bin" / "pagefind"
    found = str(local) if local.exists() else shutil.which("pagefind")
    if not found:
        raise SearchIndexError("Pagefind is not installed, so the site has no search index; "
                               "run `npm install --no-save` beside mkdocs.yml (it installs the version pinned in package.json)")
    return found


def index_site(site_dir: Path, project_dir: Path) -> None:
    """Write ``site_dir/pagefind/`` from the pages' ``data-pagefind-body`` (see theme_overrides/main.html)."""
    command = [pagefind_command(project_dir), "--site", str(site_dir), "--force-language", "zh",
               "--exclude-selectors", ".headerlink", "--silent"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {site_dir}: {result.stderr.strip() or result.stdout.strip()}")

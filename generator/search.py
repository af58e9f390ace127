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

import json
import re
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


# Pagefind holds a whole index in memory while it writes it: about 4.5 MB per plan page
# (4.4 GB for a 1,000-plan site), so a large site is indexed in shards of this many
# pages (about 1.8 GB each), one Pagefind run after another, which the browser merges
# (``mergeIndex``). Each shard adds an index chunk per query word (about 28 KB) to what a
# reader downloads, so shards are as large as the 2 GB build budget allows.
SHARD_PAGES = 400
SHARDS_LIST = "pagefind/atlas-shards.json"
_BUNDLE = re.compile(r"pagefind(-\d+)?")
_GLOB_SPECIAL = re.compile(r"([\\*?\[\]{},!])")


def shard_bundles(pages: list[str], shard_pages: int = SHARD_PAGES) -> list[tuple[str, list[str]]]:
    """The pages (sorted site-relative paths) cut into shards: ``(bundle dir, pages)`` pairs,
    the first one being ``pagefind`` itself, which the search box loads first."""
    shards = [pages[start:start + shard_pages] for start in range(0, len(pages), shard_pages)] or [[]]
    return [("pagefind" if number == 0 else f"pagefind-{number}", shard) for number, shard in enumerate(shards)]


def _glob(pages: list[str]) -> str:
    return "{" + ",".join(_GLOB_SPECIAL.sub(r"\\\1", page) for page in pages) + "}"


def index_site(site_dir: Path, project_dir: Path, shard_pages: int = SHARD_PAGES) -> None:
    """Write ``site_dir/pagefind/`` (and ``pagefind-N/`` for a large site) from the pages'
    ``data-pagefind-body`` (see theme_overrides/main.html), and the list of extra shards."""
    for stale in site_dir.iterdir():
        if stale.is_dir() and _BUNDLE.fullmatch(stale.name):
            shutil.rmtree(stale)
    pages = sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html"))
    bundles = shard_bundles(pages, shard_pages)
    for bundle, shard in bundles:
        glob = ["--glob", _glob(shard)] if len(bundles) > 1 else []
        _run_pagefind([pagefind_command(project_dir), "--site", str(site_dir), "--output-subdir", bundle, *glob,
                       "--force-language", "zh", "--exclude-selectors", ".headerlink", "--silent"], site_dir)
    (site_dir / SHARDS_LIST).write_text(json.dumps([f"{bundle}/" for bundle, _ in bundles[1:]]), encoding="utf-8")


def _run_pagefind(command: list[str], site_dir: Path) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind could not index {site_dir}: {result.stderr.strip() or result.stdout.strip()}")

"""MkDocs integration: the only module that imports MkDocs.

The plugin runs the pipeline in ``on_files`` and hands every generated page
and data file to MkDocs with ``File.generated`` (data files written to a
folder of their own for the length of the build), so ``mkdocs build`` and
``mkdocs serve`` need nothing else, and nothing generated is committed.
``on_serve`` watches the texts so the site regenerates when one changes.
A generated page's HTML blocks reach Python-Markdown as stand-ins and are put
back after rendering (``on_page_markdown`` / ``on_page_content``), which
saves MkDocs parsing HTML that it passes through unchanged.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from .cache import Cache
from .model import ProjectFileError
from .pipeline import build
from .render import navigation, plan_path

log = logging.getLogger("mkdocs.plugins.fazhi-atlas")
_PRUNE_MARGIN_SECONDS = 60
_REACHED_FROM_OVERVIEW = ("topics/", "coverage/", "units/", "deadlines/", "targets/")


class AtlasConfig(Config):
    sources = config_options.Type(str, default="source_texts")
    topics = config_options.Type(str, default="topics.yml")
    registry = config_options.Type(str, default="anchors.json")
    # The committed IDF table (`python -m generator weights --update`); without it, the corpus's own.
    weights = config_options.Type(str, default="term_weights.json")
    strict = config_options.Type(bool, default=False)
    # Parsed texts and their tokens, by content hash; an empty value turns the cache off.
    cache = config_options.Type(str, default=".cache/fazhi-atlas")


# A generated page's raw HTML blocks, each a run of lines opening with a block-level tag.
_HTML_BLOCK = re.compile(r"<(?:div|table|details|ul|ol|p|section|figure|blockquote|nav|h[1-6])[\s>]")
_STAND_IN = re.compile(r"<!--atlas-block-(\d+)-->")


class AtlasPlugin(BasePlugin[AtlasConfig]):
    _user_nav: list | None = None
    _staged: tempfile.TemporaryDirectory | None = None  # this build's data files, until MkDocs has copied them
    _generated_pages: frozenset[str] = frozenset()
    _blocks: dict[str, list[str]]  # each page's HTML blocks, from on_page_markdown to on_page_content
    _dates_builds = False  # whether SOURCE_DATE_EPOCH is this build's, set by this plugin

    def on_config(self, config, /):
        # Remember whether the site author wrote a nav; if not, on_files makes one.
        self._user_nav = config.nav
        return config

    def _path(self, config, value: str) -> Path:
        return Path(config.config_file_path).parent / value

    def on_files(self, files: Files, /, *, config) -> Files:
        cache = Cache(self._path(config, self.config.cache) if self.config.cache else None)
        started = time.time()
        try:
            result = build(self._path(config, self.config.sources), self._path(config, self.config.topics),
                           self._path(config, self.config.registry), cache, self._path(config, self.config.weights))
        except ProjectFileError as error:  # no site without its taxonomy or registry: say what to fix
            raise PluginError(f"fazhi-atlas: {error}") from None
        _log_the_build(result, cache)
        # Every text was built: entries this build did not use belong to texts or code that are gone.
        # (The margin allows for file systems that keep modification times coarsely.)
        if pruned := cache.prune(started - _PRUNE_MARGIN_SECONDS):
            log.info(f"fazhi-atlas: removed {pruned} cache entries no longer used")
        _report_diagnostics(result.corpus, strict=self.config.strict or config.strict)
        self._date_the_build(result.corpus)
        if self._user_nav is None:
            config.nav = navigation(result.corpus)
        return self._hand_over(result, files, config)

    def _hand_over(self, result, files: Files, config) -> Files:
        """The generated files, in place of any of the same path in ``docs/``."""
        # A plan page's "edit / view source" buttons open its original text in the repository. MkDocs puts the
        # path into the buttons' links as it is given, so it is given as a URL's path: a file's name is data
        # (x" onmouseover="….txt would have opened an attribute of its own).
        sources_dir = self._path(config, self.config.sources)
        original = {plan_path(plan.meta.slug): quote(Path(os.path.relpath(sources_dir / plan.source, config.docs_dir))
                                                     .as_posix()) for plan in result.corpus.plans}
        # Data files (the export, the search index, redirects) are handed over on disk, not in memory:
        # MkDocs would hold them, a quarter of a GB at 1,000 plans, while it renders every page.
        self._generated_pages = frozenset(path for path in result.files if path.endswith(".md"))
        self._blocks = {}
        self._staged = tempfile.TemporaryDirectory(prefix="fazhi-atlas-")
        for path, content in sorted(result.files.items()):
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            # Topic pages, each year's tasks due, each indicator's figures, and a large corpus's coverage and lead
            # units by province, are reached from their overview page, not the sidebar.
            inclusion = InclusionLevel.NOT_IN_NAV if path.startswith(_REACHED_FROM_OVERVIEW) \
                and path != "topics/index.md" else InclusionLevel.UNDEFINED
            if path.endswith(".md"):
                file = File.generated(config, path, content=content, inclusion=inclusion)
            else:
                file = File.generated(config, path, abs_src_path=self._stage(path, content), inclusion=inclusion)
            file.edit_uri = original.get(path)
            files.append(file)
        return files

    def _date_the_build(self, corpus) -> None:
        """MkDocs dates a build by the clock (the sitemap's gzip header, each page's update date)
        unless ``SOURCE_DATE_EPOCH`` is set: this dates it by its newest plan's issue date instead,
        so the same texts give the same bytes on any day, until the build ends (:meth:`_undate`).
        A date the environment gives is kept."""
        if "SOURCE_DATE_EPOCH" in os.environ:
            return
        newest = max((plan.meta.issued for plan in corpus.plans if plan.meta.issued), default="")
        if len(newest) == len("2021-12"):  # a plan dated by its month alone: the month's first day
            newest += "-01"
        epoch = datetime.fromisoformat(newest).replace(tzinfo=timezone.utc).timestamp() if newest else 0
        os.environ["SOURCE_DATE_EPOCH"] = str(int(epoch))
        self._dates_builds = True

    def _undate(self) -> None:
        if self._dates_builds:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self._dates_builds = False

    @event_priority(-100)  # last: other plugins see the page's Markdown as generated
    def on_page_markdown(self, markdown: str, /, *, page, config, files) -> str:
        """A generated page is HTML blocks between Markdown headings. MkDocs (looking for anchors)
        and Python-Markdown (looking for the blocks' ends) would each parse every block's HTML
        only to pass it through unchanged: most of MkDocs' time on the site. Each block is handed
        to them as a comment standing in for it, and put back in :meth:`on_page_content`. (A source
        text cannot forge a stand-in: its ``<`` is escaped.)"""
        if page.file.src_uri not in self._generated_pages:
            return markdown
        blocks = self._blocks[page.file.src_uri] = []
        chunks = markdown.split("\n\n")
        for k, chunk in enumerate(chunks):
            block = chunk.rstrip("\n")
            if _HTML_BLOCK.match(block) and all(line.startswith("<") for line in block.split("\n")):
                chunks[k] = f"<!--atlas-block-{len(blocks)}-->" + chunk[len(block):]
                blocks.append(block)
        return "\n\n".join(chunks)

    @event_priority(100)  # first: other plugins see the page's HTML whole
    def on_page_content(self, html: str, /, *, page, config, files) -> str:
        blocks = self._blocks.pop(page.file.src_uri, None)
        return _STAND_IN.sub(lambda found: blocks[int(found.group(1))], html) if blocks else html

    def on_post_build(self, *, config) -> None:
        self._unstage()
        self._undate()

    def on_build_error(self, *, error) -> None:
        self._unstage()
        self._undate()

    def _unstage(self) -> None:
        """MkDocs has copied the data files (or the build failed): a long `mkdocs serve` must not
        keep one copy per rebuild."""
        if self._staged is not None:
            self._staged.cleanup()
            self._staged = None

    def _stage(self, path: str, content: str) -> str:
        staged = Path(self._staged.name, path)
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(content.encode("utf-8"))
        return str(staged)

    def on_serve(self, server, /, *, config, builder):
        # Regenerate when a text, a sidecar or the taxonomy changes.
        server.watch(str(self._path(config, self.config.sources)))
        server.watch(str(self._path(config, self.config.topics)))
        weights = self._path(config, self.config.weights)
        if weights.exists():
            server.watch(str(weights))
        return server


def _log_the_build(result, cache: Cache) -> None:
    log.info(f"fazhi-atlas: {cache.hits} cached and {cache.misses} new parse/segmentation results; "
             f"equivalents of {result.links.rescored} tasks scored afresh, the others kept from the last build")
    steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in result.seconds.items())
    log.info(f"fazhi-atlas: generated in {sum(result.seconds.values()):.1f} s ({steps})")


def _report_diagnostics(corpus, strict: bool) -> None:
    """Log what the texts' reading found. An error is logged as a warning, so that `mkdocs build --strict`
    fails on it while lenient builds go on; in the plugin's own strict mode it stops the build here."""
    for diagnostic in corpus.diagnostics:
        if diagnostic.level == "error":
            log.warning(str(diagnostic))
        else:
            log.info(str(diagnostic))
    if strict and corpus.errors:
        details = "\n  ".join(str(d) for d in corpus.errors)
        raise PluginError(f"{len(corpus.errors)} source text error(s) in strict mode:\n  {details}\n"
                          "Fix them, or build without --strict to publish the other texts.")

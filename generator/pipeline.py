"""The whole pipeline as one call: texts on disk → every generated file.

read & decode → clean → parse → model (:mod:`generator.corpus`) → link →
render → export and the search index. Used by the MkDocs plugin and by the command line.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from . import registry
from .cache import NO_CACHE, Cache
from .corpus import Corpus, load_corpus
from .export import export
from .link import Links, link, load_pins, load_topics
from .similarity import load_weights, stale_weights
from .render import render_site
from .render_compare import render_comparisons
from .search import search_files, search_pages

PINS_FILE = "topic_pins.yml"


@dataclass(frozen=True)
class BuildResult:
    corpus: Corpus
    links: Links
    files: dict[str, str]


def build(sources: Path, topics_file: Path, registry_file: Path | None = None,
          cache: Cache = NO_CACHE, weights_file: Path | None = None) -> BuildResult:
    """Every generated file from the texts in ``sources``."""
    with without_cycle_collection():
        return _build(sources, topics_file, registry_file, cache, weights_file)


@contextmanager
def without_cycle_collection():
    """A build makes millions of small objects (trees, token bags) and no garbage cycles worth
    collecting; Python's cycle collector would walk them all again and again, about a sixth of a
    cold build at 1,000 plans. Reference counting still frees everything; peak memory is unchanged."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(sources: Path, topics_file: Path, registry_file: Path | None, cache: Cache,
           weights_file: Path | None) -> BuildResult:
    corpus = load_corpus(sources, cache)
    kept = registry.reconcile(registry.load(registry_file) if registry_file else {}, corpus)
    corpus = replace(corpus, diagnostics=corpus.diagnostics + kept.diagnostics)
    topics = load_topics(topics_file)
    weights = load_weights(weights_file) if weights_file else None
    if weights:
        stale = stale_weights(weights, sum(len(plan.tasks()) for plan in corpus.plans), weights_file.name)
        corpus = replace(corpus, diagnostics=corpus.diagnostics + stale)
    links = link(corpus.plans, topics, load_pins(sources / PINS_FILE, topics), cache, weights)
    files = render_site(corpus, links, kept.aliases)
    files.update(render_comparisons(corpus, links))
    files.update(export(corpus, links))
    files["data/anchors.json"] = registry.dump(kept.registry)
    files.update(search_files(search_pages(corpus, links)))
    for old_page, new_page in kept.redirects.items():
        files[f"{old_page}index.html"] = registry.redirect_page(new_page)
    for topic in topics:
        for old_slug in topic.formerly:
            files[f"topics/{old_slug}/index.html"] = registry.redirect_page(f"topics/{topic.slug}/")
    return BuildResult(corpus, links, files)

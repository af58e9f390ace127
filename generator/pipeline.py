"""The whole pipeline as one call: texts on disk → every generated file.

read & decode → clean → parse → model (:mod:`generator.corpus`) → link →
render → the search index and export. What one plan alone decides (most of its
page, its downloads, its tasks' tokens and topic scores) is made beside its
parse, on every core, and cached. Used by the MkDocs plugin and by the command
line.
"""
from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import registry
from .cache import NO_CACHE, Cache
from .corpus import Annotations, Corpus, load_corpus, unread_files
from .export import PlanExport, export, plan_export
from .link import Links, PlanFeatures, Topic, link, load_pins, load_topics, plan_features, taxonomy_key
from .model import Plan
from .render import plan_template, render_site
from .render_compare import PlanListings, plan_listings, published_indicators, render_comparisons, topic_regions
from .search import search_index
from .similarity import load_weights, stale_weights

PINS_FILE = "topic_pins.yml"


@dataclass(frozen=True)
class OwnParts:
    """What one plan alone decides: its page with slots for what the rest of the corpus adds
    (:func:`generator.render.plan_template`), its tasks' items on the comparison pages, its part of
    the export, and what linking needs of it."""

    page: str
    listings: PlanListings
    export: PlanExport
    features: PlanFeatures


@dataclass(frozen=True)
class OwnPartsWork:
    """Makes a plan's :class:`OwnParts` beside its parse, on every core, cached with it: a rebuild
    makes them again only for the texts that changed (see :func:`generator.corpus.load_corpus`)."""

    topics: tuple[Topic, ...]

    @property
    def key(self) -> str:
        return f"own parts\x1d{taxonomy_key(self.topics)}"

    def __call__(self, plan: Plan, annotations: Annotations) -> OwnParts:
        return OwnParts(plan_template(plan, annotations), plan_listings(plan, annotations),
                        plan_export(plan, annotations), plan_features(plan, self.topics))


def own_features(corpus: Corpus) -> list[PlanFeatures]:
    """Each plan's features in corpus order, from a corpus loaded with :class:`OwnPartsWork`."""
    return [corpus.made[plan.source].features for plan in corpus.plans]


class _OwnPartsByKind:
    """Every plan's :class:`OwnParts`, by kind, each kind given up to the one step that uses it and freed after
    it: held to the end of the build, they would stay beside what the later steps make (about 460 MB at 1,000
    plans, the tasks' tokens 190 MB of it), where their space can serve those steps once freed."""

    def __init__(self, corpus: Corpus):
        self._kinds = {kind: {source: getattr(own, kind) for source, own in corpus.made.items()}
                       for kind in ("page", "listings", "export", "features")}

    def take(self, kind: str) -> dict:
        return self._kinds.pop(kind)

    def features(self, plans: tuple[Plan, ...]) -> list[PlanFeatures]:
        by_source = self.take("features")
        return [by_source[plan.source] for plan in plans]


@dataclass(frozen=True)
class BuildResult:
    corpus: Corpus
    links: Links
    files: dict[str, str]
    # Wall seconds of each step, in order (for the build log and the benchmark; never in the output).
    seconds: dict[str, float] = field(default_factory=dict, compare=False)


class _Stopwatch:
    """Wall seconds of consecutive steps: each :meth:`lap` closes the step since the last one."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._since = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = round(now - self._since, 3)
        self._since = now


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
    watch = _Stopwatch()
    topics = load_topics(topics_file)
    published = registry.load(registry_file) if registry_file else {}
    corpus = load_corpus(sources, cache, OwnPartsWork(topics), registry.published_plans(published))
    kept = registry.reconcile(published, corpus)
    corpus = replace(corpus, diagnostics=corpus.diagnostics + unread_files(sources, frozenset({PINS_FILE}))
                     + kept.diagnostics)
    weights = load_weights(weights_file) if weights_file else None
    if weights:
        stale = stale_weights(weights, sum(len(plan.tasks()) for plan in corpus.plans), weights_file.name)
        corpus = replace(corpus, diagnostics=corpus.diagnostics + stale)
    own, corpus = _OwnPartsByKind(corpus), replace(corpus, made={}, annotated={})
    watch.lap("load")
    links = link(corpus.plans, topics, load_pins(sources / PINS_FILE, topics), cache, weights,
                 own.features(corpus.plans))
    watch.lap("link")
    files = render_site(corpus, links, kept.aliases, own.take("page"))
    watch.lap("pages")
    files.update(render_comparisons(corpus, links, own.take("listings")))
    watch.lap("comparisons")
    # Before the export: the index's working arrays then do not stand on top of the export's largest files
    # (tasks.json and tasks.csv, 180 MB as text at 1,000 plans), the build's peak memory.
    files.update(search_index(corpus, topics, topic_regions(corpus, links), published_indicators(files)))
    watch.lap("search")
    files.update(export(corpus, links, own.take("export")))
    files["data/anchors.json"] = registry.dump(kept.registry)
    for old_page, new_page in kept.redirects.items():
        files[f"{old_page}index.html"] = registry.redirect_page(new_page)
    for topic in topics:
        for old_slug in topic.formerly:
            files[f"topics/{old_slug}/index.html"] = registry.redirect_page(f"topics/{topic.slug}/")
    watch.lap("export")
    return BuildResult(corpus, links, files, watch.seconds)

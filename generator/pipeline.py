"""The whole pipeline as one call: texts on disk → every generated file.

read & decode → clean → parse → model (:mod:`generator.corpus`) → link →
render → export. Used by the MkDocs plugin and by the command line.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus, load_corpus
from .export import export
from .link import Links, link, load_pins, load_topics
from .render import render_site
from .render_compare import render_comparisons

PINS_FILE = "topic_pins.yml"


@dataclass(frozen=True)
class BuildResult:
    corpus: Corpus
    links: Links
    files: dict[str, str]


def build(sources: Path, topics_file: Path) -> BuildResult:
    corpus = load_corpus(sources)
    links = link(corpus.plans, load_topics(topics_file), load_pins(sources / PINS_FILE))
    files = render_site(corpus, links)
    files.update(render_comparisons(corpus, links))
    files.update(export(corpus, links))
    return BuildResult(corpus, links, files)

"""Golden files for rendered pages: the diff is the review (--update-goldens rewrites)."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.link import link, load_topics
from generator.render import render_plan

from conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("slug", ["tongchuan-2024", "zhongkai-2018"])
def test_plan_page_matches_golden(corpus, slug, update_goldens):
    links = link(corpus.plans, load_topics(ROOT / "topics.yml"))
    page = render_plan(corpus.plan(slug), links, corpus)
    golden = GOLDEN / f"{slug}.md"
    if update_goldens or not golden.exists():
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8")

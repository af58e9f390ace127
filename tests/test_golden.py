"""Golden files for rendered pages: the diff is the review (--update-goldens rewrites)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import plan_page

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("slug", ["tongchuan-2024", "zhongkai-2018"])
def test_plan_page_matches_golden(corpus, slug, update_goldens):
    page = plan_page(corpus, slug)
    golden = GOLDEN / f"{slug}.md"
    if update_goldens or not golden.exists():
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8")

"""The parse cache: a warm build equals a cold one, and a new text costs only itself."""
from __future__ import annotations

from generator.cache import Cache
from generator.pipeline import build

from conftest import ROOT, seed_sources
from test_permanence import NEW_PLAN


def test_cold_warm_and_uncached_builds_are_byte_identical(tmp_path):
    sources = seed_sources(tmp_path)
    uncached = build(sources, ROOT / "topics.yml").files
    cold_cache = Cache(tmp_path / "cache")
    cold = build(sources, ROOT / "topics.yml", cache=cold_cache).files
    warm_cache = Cache(tmp_path / "cache")
    warm = build(sources, ROOT / "topics.yml", cache=warm_cache).files
    assert cold == uncached and warm == cold
    # Per text: its plan and its tokens (duplicate fingerprints only where a place has two texts).
    assert cold_cache.hits == 0 and cold_cache.misses == 10
    assert warm_cache.misses == 0 and warm_cache.hits == 10


def test_adding_a_text_recomputes_only_that_text(tmp_path):
    sources = seed_sources(tmp_path)
    build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    (sources / "new.txt").write_bytes(NEW_PLAN)
    cache = Cache(tmp_path / "cache")
    files = build(sources, ROOT / "topics.yml", cache=cache).files
    assert cache.misses == 2 and cache.hits == 10
    assert files == build(sources, ROOT / "topics.yml").files


def test_a_corrupt_entry_is_recomputed(tmp_path):
    sources = seed_sources(tmp_path)
    build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    for entry in (tmp_path / "cache" / "plan").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    cache = Cache(tmp_path / "cache")
    build(sources, ROOT / "topics.yml", cache=cache)
    assert cache.misses == 5 and cache.hits == 5

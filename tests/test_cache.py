"""The parse cache: a warm build equals a cold one, and a new text costs only itself."""
from __future__ import annotations

import os
import pickle

from generator.cache import Cache
from generator.pipeline import build

from conftest import ROOT, make_site_project, mkdocs_build, seed_sources
from test_permanence import NEW_PLAN


def test_cold_warm_and_uncached_builds_are_byte_identical(tmp_path):
    sources = seed_sources(tmp_path)
    uncached = build(sources, ROOT / "topics.yml").files
    cold_cache = Cache(tmp_path / "cache")
    cold = build(sources, ROOT / "topics.yml", cache=cold_cache).files
    warm_cache = Cache(tmp_path / "cache")
    warm = build(sources, ROOT / "topics.yml", cache=warm_cache).files
    assert cold == uncached and warm == cold
    # Cached plan pages are templates; every slot in them was filled.
    assert not any("\x1f" in content for content in cold.values())
    # One entry per text: its plan and all made beside it, tokens included (duplicate fingerprints
    # only where a place has two texts).
    assert cold_cache.hits == 0 and cold_cache.misses == 5
    assert warm_cache.misses == 0 and warm_cache.hits == 5


def test_adding_a_text_recomputes_only_that_text(tmp_path):
    sources = seed_sources(tmp_path)
    build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    (sources / "new.txt").write_bytes(NEW_PLAN)
    cache = Cache(tmp_path / "cache")
    files = build(sources, ROOT / "topics.yml", cache=cache).files
    assert cache.misses == 1 and cache.hits == 5
    assert files == build(sources, ROOT / "topics.yml").files


def test_a_corrupt_entry_is_recomputed(tmp_path):
    sources = seed_sources(tmp_path)
    build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    for entry in (tmp_path / "cache" / "plan").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    cache = Cache(tmp_path / "cache")
    build(sources, ROOT / "topics.yml", cache=cache)
    assert cache.misses == 5 and cache.hits == 0


WEIGHTS = ROOT / "term_weights.json"


def test_with_committed_weights_an_added_text_rescores_only_its_own_tasks(tmp_path):
    sources = seed_sources(tmp_path)
    before = build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"), weights_file=WEIGHTS)
    (sources / "new.txt").write_bytes(NEW_PLAN)
    warm = build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"), weights_file=WEIGHTS)
    cold = build(sources, ROOT / "topics.yml", weights_file=WEIGHTS)
    added = next(plan for plan in warm.corpus.plans if plan.source == "new.txt")
    assert warm.links.rescored == len(added.tasks()) == 3 and cold.links.rescored == before.links.rescored + 3
    assert warm.files == cold.files
    # The kept lists took the new tasks in: a seed task now lists one of them.
    assert any(other.startswith(f"{added.meta.slug}#") for task, others in warm.links.equivalents.items()
               if not task.startswith(f"{added.meta.slug}#") for other, _ in others)


def test_with_committed_weights_a_removed_text_rescores_only_the_lists_that_held_it(tmp_path):
    sources = seed_sources(tmp_path)
    before = build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"), weights_file=WEIGHTS)
    removed = next(plan for plan in before.corpus.plans if plan.meta.slug.startswith("tongchuan"))
    (sources / removed.source).unlink()
    warm = build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"), weights_file=WEIGHTS)
    holding = {task for task, others in before.links.equivalents.items() if not task.startswith(removed.meta.slug)
               and any(other.startswith(f"{removed.meta.slug}#") for other, _ in others)}
    assert 0 < warm.links.rescored == len(holding) < before.links.rescored - len(removed.tasks())
    assert warm.files == build(sources, ROOT / "topics.yml", weights_file=WEIGHTS).files


def test_without_a_weights_table_every_task_is_rescored(tmp_path):
    sources = seed_sources(tmp_path)
    cold = build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    (sources / "new.txt").write_bytes(NEW_PLAN)
    warm = build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    assert warm.links.rescored == cold.links.rescored + 3  # the corpus's own IDF moved


def test_a_slot_keeps_only_the_last_value_of_the_current_code(tmp_path):
    cache = Cache(tmp_path / "cache")
    cache.write("equivalents", "old-code", [1])
    cache.write("equivalents", "new-code", [2])
    assert cache.read("equivalents", "new-code") == [2] and cache.read("equivalents", "old-code") is None
    assert [path.name for path in (tmp_path / "cache" / "last").iterdir()] == ["equivalents-new-code.pickle"]
    assert Cache(None).read("equivalents", "new-code") is None


def test_a_site_build_prunes_the_entries_it_did_not_use(tmp_path):
    project = make_site_project(tmp_path)
    assert mkdocs_build(project).returncode == 0
    cache = project / ".cache" / "fazhi-atlas"
    used = sorted(path for path in cache.rglob("*.pickle") if path.parent.name != "last")
    gone = cache / "plan" / "zz" / f"zz{'0' * 62}.pickle"  # a text since removed, or older code's entry
    gone.parent.mkdir(parents=True)
    gone.write_bytes(pickle.dumps("stale"))
    for path in [*used, gone]:
        os.utime(path, (0, 0))  # all old: only what the next build reads is kept
    assert mkdocs_build(project).returncode == 0
    assert len(used) >= 5 and all(path.exists() for path in used) and not gone.exists()
    assert (cache / "last").exists() and list((cache / "last").iterdir())


def test_a_changed_taxonomy_is_not_served_the_tokens_and_topic_scores_made_before(tmp_path):
    sources = seed_sources(tmp_path)
    build(sources, ROOT / "topics.yml", cache=Cache(tmp_path / "cache"))
    topics = tmp_path / "topics.yml"
    topics.write_text((ROOT / "topics.yml").read_text(encoding="utf-8").replace("行政复议", "复议决定"),
                      encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    warm = build(sources, topics, cache=cache)
    assert cache.hits == 0 and cache.misses == 5
    assert warm.files == build(sources, topics).files != build(sources, ROOT / "topics.yml").files

"""Incremental equivalents: starting from any earlier build gives exactly a cold build's result."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import similarity
from generator.similarity import Weights, find_equivalents

VOCABULARY = ["复议", "清单", "执法", "裁量", "听证", "公开", "督察", "考核", "调解", "备案"]
TOPICS = ["a", "b"]
task = st.tuples(st.dictionaries(st.sampled_from(VOCABULARY), st.integers(1, 3), min_size=1, max_size=4),
                 st.lists(st.sampled_from(TOPICS), max_size=2, unique=True))
plan = st.lists(task, min_size=1, max_size=4)
# Each plan: (its tasks, is it in the earlier build, is it in the later one, its tasks if changed in between).
corpus = st.lists(st.tuples(plan, st.booleans(), st.booleans(), st.none() | plan), min_size=2, max_size=7)
WEIGHTS = Weights(40, {"复议": 30, "清单": 5, "执法": 20, "裁量": 2, "公开": 12})


def _inputs(plans: list[tuple[str, list]]):
    identifiers, slugs, keys, bags, topics = [], [], [], [], {}
    for slug, tasks in plans:
        key = f"{slug}:{tasks!r}"
        for number, (bag, task_topics) in enumerate(tasks):
            identifiers.append(f"{slug}#i{number}")
            slugs.append(slug)
            keys.append(key)
            bags.append(Counter(bag))
            if task_topics:
                topics[identifiers[-1]] = tuple(task_topics)
    return identifiers, slugs, keys, bags, topics


def _same(a, b) -> bool:
    return a.identifiers == b.identifiers and all(
        np.array_equal(getattr(a, name), getattr(b, name)) for name in ("rows", "cols", "scores"))


@pytest.fixture(autouse=True)
def short_lists(monkeypatch):
    """Lists of two, so that the cut at the list's length is exercised by small corpora."""
    monkeypatch.setattr(similarity, "MAX_EQUIVALENTS", 2)
    monkeypatch.setattr(similarity, "LINK_MIN", 0.2)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus)
def test_starting_from_an_earlier_build_gives_the_cold_result(plans):
    earlier = [(f"p{k}", tasks) for k, (tasks, before, _, _) in enumerate(plans) if before]
    later = [(f"p{k}", changed or tasks) for k, (tasks, _, after, changed) in enumerate(plans) if after]
    previous = find_equivalents(*_inputs(earlier), WEIGHTS)
    cold = find_equivalents(*_inputs(later), WEIGHTS)
    warm = find_equivalents(*_inputs(later), WEIGHTS, previous)
    assert _same(warm, cold)
    assert cold.rescored == len(cold.identifiers) and warm.rescored <= cold.rescored


def test_unchanged_corpus_rescores_nothing_and_other_weights_rescore_everything():
    plans = [("p0", [({"复议": 2, "清单": 1}, ["a"])]), ("p1", [({"复议": 1, "清单": 1}, ["a"])]),
             ("p2", [({"执法": 1}, [])])]
    first = find_equivalents(*_inputs(plans), WEIGHTS)
    assert first.as_dict() == {"p0#i0": (("p1#i0", first.as_dict()["p0#i0"][0][1]),),
                               "p1#i0": (("p0#i0", first.as_dict()["p1#i0"][0][1]),)}
    assert find_equivalents(*_inputs(plans), WEIGHTS, first).rescored == 0
    other = Weights(40, {"复议": 1})
    assert find_equivalents(*_inputs(plans), other, first).rescored == 3


def test_blocks_scored_in_worker_processes_give_the_same_result(monkeypatch):
    """At scale the blocks of rows are scored on every core; here each row is a block of its own."""
    from generator import parallel

    bags = [{"复议": 2, "清单": 1}, {"复议": 1, "执法": 1}, {"清单": 2, "公开": 1}, {"执法": 1, "公开": 2}]
    plans = [(f"p{k}", [(bags[(k + n) % 4], ["a"] if n % 2 else []) for n in range(3)]) for k in range(6)]
    monkeypatch.setattr(similarity, "_BLOCK", 1)

    def both_ways():
        earlier = find_equivalents(*_inputs(plans[:4]), WEIGHTS)
        return earlier, find_equivalents(*_inputs(plans), WEIGHTS), find_equivalents(*_inputs(plans), WEIGHTS, earlier)

    monkeypatch.setattr(parallel, "MIN_ITEMS_FOR_POOL", 10**9)
    here = both_ways()
    monkeypatch.setattr(parallel, "MIN_ITEMS_FOR_POOL", 2)
    pooled = both_ways()
    assert len(here[1].rows) > 0 and here[2].rescored == 6
    assert all(_same(a, b) for a, b in zip(here, pooled))


def test_scores_are_rounded_as_python_rounds_them():
    halfway = np.arange(2000) / 2000  # every halfway point of the third place, and the values between
    values = np.concatenate([np.random.default_rng(0).random(20000), halfway, halfway + 1e-12, np.nextafter(halfway, 0)])
    assert similarity._rounded(values, 3) == [round(value, 3) for value in values.tolist()]

"""The benchmark harness runs end to end (N = 5, 20) and its numbers hang together.

Timings are not asserted here: targets are checked in the harness's own output
(see the README), not in unit tests.
"""
from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.pathological import MARKS
from benchmarks.synth import write_corpus
from generator.corpus import load_corpus

from conftest import ROOT, SOURCES

STEPS = ("load", "link", "pages", "comparisons", "search", "export")  # the pipeline's, as it times them


def test_synthetic_corpus_parses_into_distinct_plans(tmp_path):
    files = write_corpus(20, SOURCES, tmp_path / "corpus")
    corpus = load_corpus(tmp_path / "corpus")
    assert len(files) == 20 and len(corpus.plans) == 20 and corpus.errors == ()
    synthetic = [plan for plan in corpus.plans if plan.source.startswith("synthetic-")]
    assert all(25 <= len(plan.tasks()) <= 60 for plan in synthetic)
    assert {plan.meta.script for plan in synthetic} == {"simplified", "traditional"}
    assert write_corpus(20, SOURCES, tmp_path / "again")[-1].read_bytes() == files[-1].read_bytes()


def test_harness_runs_and_reports_consistent_figures(tmp_path):
    out = tmp_path / "results.json"
    result = subprocess.run([sys.executable, "-m", "benchmarks.run", "--plans", "5", "20", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    small, large = report["sizes"]
    assert (small["plans"], large["plans"]) == (5, 20) and large["text_mb"] > small["text_mb"]
    for row in report["sizes"]:
        assert set(row["stages_s"]) == {"decode", "clean", "parse", "segment", "link", "render", "index"}
        assert row["site_build_s"] > 0 and row["reference_build_s"] > 0 and row["site_build_peak_mb"] > 0
        assert row["plan_page_kb"] > 0 and row["search_index_mb"] > 0 and row["published_plans"] == row["plans"]
        assert tuple(row["generator_steps_s"]) == STEPS and all(s >= 0 for s in row["generator_steps_s"].values())
        assert sum(row["generator_steps_s"].values()) <= row["generator_wall_s"] + 0.01
        if row.get("search"):
            assert row["search"]["first_query_kb"] > row["search"]["second_query_kb"] > 0
    warm = report["warm_rebuild"]
    assert warm["identical_to_cold"] is True and warm["recomputed"] == 1  # the new text: its parse and all made beside it
    assert warm["rescored_tasks"] == warm["added_tasks"] > 0  # only the new text's tasks scored in full
    assert tuple(warm["warm_steps_s"]) == STEPS and sum(warm["warm_steps_s"].values()) <= warm["warm_s"] + 0.01
    assert "stage:link" in report["growth_exponents"]
    pathological = report["pathological_lines"]  # every run parsed, as one line, wrapped and alone
    assert len(pathological["seconds"]) == 3 * len(MARKS) and pathological["slowest"] in pathological["seconds"]
    assert "| plans |" in result.stdout
    # The run as a whole outlasts the builds it made, each timed within it.
    assert report["harness_s"] > sum(row["site_build_s"] + row["reference_build_s"] for row in report["sizes"])


def test_harness_refuses_a_folder_that_holds_an_earlier_run(tmp_path):
    (tmp_path / "cache-1000").mkdir()  # an earlier run's cache would make the cold build warm
    run = subprocess.run([sys.executable, "-m", "benchmarks.run", "--plans", "5", "--keep", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2 and "holds files already" in run.stderr

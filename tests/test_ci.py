"""CI publishes the site: the workflow's shape, and the summary a pull request gets."""
from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest
import yaml

from benchmarks.run import command_line as benchmark_command_line
from generator.cli import command_line as generator_command_line
from generator.cli import main

from conftest import ROOT, seed_sources
from test_permanence import NEW_PLAN

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def test_workflow_tests_builds_strictly_and_deploys_only_main():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"] and "pull_request" in triggers
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    commands = " ".join(step.get("run", "") for step in _steps(build))
    assert "bash .ci/run" in commands and "mkdocs build --strict" in commands and "generator check" in commands
    uses = [step["uses"] for job in (build, deploy) for step in _steps(job) if "uses" in step]
    assert {u.split("@")[0] for u in uses} >= {"actions/checkout", "actions/cache", "actions/upload-pages-artifact",
                                               "actions/deploy-pages"}
    assert all(re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", u) for u in uses), uses  # pinned versions
    cached = next(step for step in _steps(build) if step.get("uses", "").startswith("actions/cache"))
    assert ".cache/fazhi-atlas" in cached["with"]["path"] and ".cache/pip" in cached["with"]["path"]
    assert "pull_request" in deploy["if"] and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_check_summarises_a_new_text_for_the_pull_request(tmp_path):
    sources = seed_sources(tmp_path)
    (sources / "new.txt").write_bytes(NEW_PLAN)
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--strict", "--sources", str(sources),
                             "--registry", str(ROOT / "anchors.json"), "--cache", "", "new.txt",
                             "000_6fb7fc662887b81d.txt"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("new.txt"))
    assert "new plan" in line and "3 tasks" in line and "0 warning(s)" in line and "— 某某市（省份不详）" in line
    assert "quanze-qingdan" in line and "xingzheng-fuyi" in line
    # A place named without its province is shown with it, for the reviewer to check.
    seed = next(line for line in result.stdout.splitlines() if line.startswith("000_"))
    assert "known plan plans/chengdu-2015/" in seed and "— 成都市（四川省） 2015-07-06" in seed
    assert result.stdout.strip().endswith("2 plan(s), 0 error(s), 0 warning(s)")


def test_check_rejects_a_text_outside_the_sources_folder(tmp_path, capsys):
    sources = tmp_path / "source_texts"
    sources.mkdir()
    (sources / "new.txt").write_bytes(NEW_PLAN)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(NEW_PLAN)
    code = main(["check", "--sources", str(sources), "--cache", "", "--registry", str(tmp_path / "none.json"),
                 "new.txt", str(elsewhere)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{elsewhere}: error: not a text in {sources}/" in out
    assert out.strip().endswith("1 plan(s), 1 error(s), 0 warning(s)")


def test_check_says_where_a_plan_has_no_place_or_date(tmp_path, capsys):
    """The summary had read "— ? , 1 tasks"."""
    sources = tmp_path / "source_texts"
    sources.mkdir()
    (sources / "a.txt").write_text("五、健全行政执法体制机制\n22.理顺行政执法体制。\n", encoding="utf-8")
    assert main(["check", "--sources", str(sources), "--cache", "", "--registry", str(tmp_path / "none.json")]) == 0
    assert "a.txt: new plan plans/plan/ — 健全行政执法体制机制 — ?, 1 tasks, 2 warning(s)" in capsys.readouterr().out


def test_parse_names_a_file_it_cannot_read_and_what_to_give_it(tmp_path, capsys):
    """It had ended in a traceback."""
    assert main(["parse", str(tmp_path / "missing.txt")]) == 1
    assert capsys.readouterr().err.strip() == (f"{tmp_path / 'missing.txt'}: error: cannot be read (No such file or "
                                               "directory) — give the path of a plan's text file")


def test_weights_command_compares_and_remakes_the_idf_table(tmp_path, capsys):
    sources = seed_sources(tmp_path)
    table = tmp_path / "term_weights.json"
    arguments = ["weights", "--sources", str(sources), "--weights", str(table), "--cache", "",
                 "--topics", str(ROOT / "topics.yml")]
    assert main(arguments) == 0 and "none yet" in capsys.readouterr().out and not table.exists()
    assert main([*arguments, "--update"]) == 0
    written = capsys.readouterr().out
    tasks = int(re.search(r"written from (\d+) tasks", written).group(1))
    (sources / "new.txt").write_text(NEW_PLAN.decode().replace("编制权责清单", "建设量子计算沙盒实验室"), encoding="utf-8")
    assert main(arguments) == 0
    report = capsys.readouterr().out
    assert f"{table}: {tasks} tasks" in report and f"corpus: {tasks + 3} tasks" in report
    assert re.search(r"tokens, [1-9]\d* of them not in the table", report)  # the new plan's own words


def _section(markdown: str, heading: str) -> str:
    start = markdown.index(f"\n## {heading}\n")
    return markdown[start:markdown.index("\n## ", start + 1)]


@pytest.mark.parametrize("command_line, prefix", [(generator_command_line, "python -m generator"),
                                                  (benchmark_command_line, "python -m benchmarks.run")])
def test_every_command_and_option_is_in_the_readme_s_command_line_section(command_line, prefix):
    documented = _section((ROOT / "README.md").read_text(encoding="utf-8"), "Command line")
    parser = command_line()
    subcommands = next((action.choices for action in parser._actions
                        if isinstance(action, argparse._SubParsersAction)), {"": parser})
    for name, command in subcommands.items():
        assert f"`{prefix} {name}".rstrip() in documented, name
        for action in command._actions:
            for option in action.option_strings:
                assert option in ("-h", "--help") or f"`{option}" in documented, (name, option)

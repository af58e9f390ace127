"""Benchmark the whole build on synthetic corpora: ``python -m benchmarks.run --plans 5 100 1000``.

For each corpus size N it measures

* each generator stage on one core (decode, clean, parse + metadata, segment,
  link, render, search index), so growth exponents are not blurred by the
  process pool, the best of two passes;
* the generator's wall time as the site build runs it (a fresh process, all cores),
  and the pipeline's own split of it into steps (load, link, pages, comparisons,
  export, search);
* ``mkdocs build`` with the plugin (generator + MkDocs), its time and peak memory;
* the plain MkDocs + Material build of the same generated pages and data files,
  without the search index (the reference the generator's cost is compared with);
* site size, HTML bytes per plan page, and the bytes a reader downloads for a
  first and a second search query (headless Chromium; text files counted
  gzipped, as static hosts serve them);
* at the largest N: a warm rebuild after adding one text, against a cold one;
* the slowest parse of a short plan holding a long run of one mark (:mod:`benchmarks.pathological`);
* how long the whole run took (``harness_s``), which the issue wants under ten minutes at N = 1,000.

It prints a table and writes JSON (``--out``). Growth exponents are taken
between the two largest sizes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from benchmarks.browser import CHROMIUM_ARGS, Requests, chromium_path, serve
from benchmarks.pathological import slowest_parses
from benchmarks.synth import seed_tasks, synthetic_plan, write_corpus
from generator.clean import clean
from generator.corpus import Corpus, load_corpus
from generator.decode import decode
from generator.export import export
from generator.link import link, load_topics, plan_features
from generator.meta import body_lines_text, extract
from generator.parse import parse
from generator.pipeline import without_cycle_collection
from generator.render import render_site
from generator.render_compare import render_comparisons, topic_regions
from generator.search import T2S_PATH, search_index
from generator.similarity import Weights

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "source_texts"
STAGES = ("decode", "clean", "parse", "segment", "link", "render", "index")
STAGE_PASSES = 2
QUERIES = ("行政复议", "权责清单")
_COMPRESSED_TYPES = (".png", ".jpg", ".gz", ".woff")
# The search index is the generator's, not part of the plain MkDocs reference.
SEARCH_FILES = ("search/", T2S_PATH)


class Stopwatch:
    def __init__(self):
        self.seconds = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        yield
        self.seconds[name] += time.perf_counter() - start


def stage_times(sources: Path) -> tuple[dict[str, float], Weights]:
    """Each stage of the generator over the corpus, one core, no cache, as the best of
    ``STAGE_PASSES`` passes (on a shared machine one pass of a stage varies by a third, and noise
    only ever adds time); and the IDF table made from the corpus (what its maintainers would commit
    with ``python -m generator weights --update``)."""
    with without_cycle_collection():  # as the build runs
        corpus = load_corpus(sources)  # the plans themselves, as the site has them: read once, untimed
        passes = [_stage_times(sources, corpus) for _ in range(STAGE_PASSES)]
    return {name: min(times[name] for times, _ in passes) for name in STAGES}, passes[-1][1]


def _stage_times(sources: Path, corpus: Corpus) -> tuple[dict[str, float], Weights]:
    watch = Stopwatch()
    for path in sorted(sources.glob("*.txt")):
        data = path.read_bytes()
        with watch.stage("decode"):
            text, _ = decode(data, path.name)
        with watch.stage("clean"):
            cleaned, fields = clean(text)
        with watch.stage("parse"):
            extract(parse(cleaned.lines, path.name), fields, body_lines_text(cleaned.lines))
    topics = load_topics(ROOT / "topics.yml")
    with watch.stage("segment"):  # with the tasks' topic scores, as the parse workers make them
        features = [plan_features(plan, topics) for plan in corpus.plans]
    with watch.stage("link"):
        weights = Weights.of([bag for made in features for bag in made.bags])
        links = link(corpus.plans, topics, weights=weights, features=features)
    with watch.stage("render"):
        render_site(corpus, links)
        render_comparisons(corpus, links)
        export(corpus, links)
    with watch.stage("index"):
        search_index(corpus, topics, topic_regions(corpus, links))
    return {name: round(value, 3) for name, value in watch.seconds.items()}, weights


def make_project(directory: Path, sources: Path, weights_file: Path) -> Path:
    """The site project, as a newcomer would lay it out."""
    directory.mkdir(parents=True)
    shutil.copy(ROOT / "topics.yml", directory / "topics.yml")
    shutil.copy(weights_file, directory / "term_weights.json")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (directory / "mkdocs.yml").write_text(config, encoding="utf-8")
    for folder in ("docs", "theme_overrides"):
        shutil.copytree(ROOT / folder, directory / folder)
    shutil.copytree(sources, directory / "source_texts")
    return directory


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Run ``command`` from a fresh interpreter: seconds and peak memory (MB) of its largest process."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter();"
             "r = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode);"
             "sys.stderr.write(r.stderr[-2000:] if r.returncode else '')")
    result = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, capture_output=True, text=True)
    seconds, peak_kb, code = result.stdout.split()
    if code != "0":
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}: {result.stderr}")
    return float(seconds), int(peak_kb) // 1024


def mkdocs_build(project: Path) -> tuple[float, int]:
    return timed([sys.executable, "-m", "mkdocs", "build", "-q"], project)


def reference_project(directory: Path, project: Path, generated: "Generated") -> Path:
    """The generated pages and data files as a plain MkDocs + Material site: no generator, no search index."""
    directory.mkdir(parents=True)
    shutil.copytree(project / "docs", directory / "docs")
    for path, content in generated.files.items():
        if path.startswith(SEARCH_FILES):
            continue
        target = directory / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    shutil.copytree(project / "theme_overrides", directory / "theme_overrides")
    # No plugins at all: an empty list would bring back MkDocs' default search plugin,
    # whose jieba segmentation is most of a build's time and which the site does not use.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("plugins:\n  - fazhi-atlas\n",
                                                                       "plugins: []\n")
    config += yaml.safe_dump({"nav": generated.nav}, allow_unicode=True)
    (directory / "mkdocs.yml").write_text(config, encoding="utf-8")
    return directory


@dataclass(frozen=True)
class Generated:
    """One timed generator run: its seconds, files and navigation, and what it did afresh."""

    seconds: float
    steps: dict[str, float]  # the pipeline's own split of ``seconds`` (load, link, pages, …)
    files: dict[str, str]
    nav: list
    misses: int
    rescored: int
    tasks_by_source: dict[str, int]


# The generator as the site build runs it: in a fresh process (as `mkdocs build` is), on all
# cores, with the given cache. Not timed in this process, whose heap is large from the stages
# timed before (forking workers from it and allocating in it cost more, and vary more).
_GENERATE = """import pickle, sys, time
from pathlib import Path
from generator.cache import Cache
from generator.pipeline import build
from generator.render import navigation
sources, topics, cache_dir, weights, out = map(Path, sys.argv[1:])
cache = Cache(cache_dir)
start = time.perf_counter()
result = build(sources, topics, cache=cache, weights_file=weights)
seconds = time.perf_counter() - start
out.write_bytes(pickle.dumps((seconds, result.seconds, result.files, navigation(result.corpus), cache.misses,
                              result.links.rescored,
                              {plan.source: len(plan.tasks()) for plan in result.corpus.plans})))
"""


def generate(sources: Path, cache_dir: Path, weights_file: Path) -> Generated:
    """Run and time the generator (see ``_GENERATE``), filling ``cache_dir``."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "generated.pickle"
        run = subprocess.run([sys.executable, "-c", _GENERATE, str(sources), str(ROOT / "topics.yml"), str(cache_dir),
                              str(weights_file), str(out)], cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError(f"the generator failed on {sources}: {run.stderr[-2000:]}")
        return Generated(*pickle.loads(out.read_bytes()))


def site_sizes(site: Path) -> dict:
    plan_pages = list((site / "plans").glob("*/index.html"))
    # Every text of the corpus published, each at a URL of its own (a clash of two places' URLs had refused some).
    return {"published_plans": len(plan_pages),
            "site_mb": round(sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 2**20, 1),
            "search_index_mb": round(sum(f.stat().st_size for f in (site / "search").rglob("*")) / 2**20, 1),
            "plan_page_kb": round(sum(p.stat().st_size for p in plan_pages) / len(plan_pages) / 1024, 1)}


def transfer_size(path: Path) -> int:
    data = path.read_bytes()
    if any(marker in path.name for marker in _COMPRESSED_TYPES):
        return len(data)
    return len(gzip.compress(data, 6))


def search_bytes(site: Path) -> dict | None:
    """Bytes fetched for a first and a second query, after the home page has loaded."""
    chromium = chromium_path()
    if not chromium:
        return None
    from playwright.sync_api import sync_playwright

    measured = {}
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()
        requests = Requests(page)
        page.goto(url)
        requests.wait_until_quiet()
        for label, query in zip(("first_query_kb", "second_query_kb"), QUERIES):
            requests.finished.clear()
            page.fill("#atlas-search-input", query)
            page.wait_for_selector(".atlas-search__page", timeout=60000)
            requests.wait_until_quiet()
            files = {site / u[len(url):].split("?")[0] for u in requests.finished if u.startswith(url)}
            measured[label] = round(sum(transfer_size(f) for f in files if f.is_file()) / 1024, 1)
            page.fill("#atlas-search-input", "")
            page.wait_for_selector(".atlas-search__page", state="detached")
        browser.close()
    return measured


def warm_rebuild(sources: Path, cache_dir: Path, cold_seconds: float, weights_file: Path) -> dict:
    """Add one text to the corpus whose cold build filled ``cache_dir``: warm vs cold generator
    seconds, how much was done again, and whether the warm output equals an uncached build."""
    # A place the synthetic names never use, so the new text cannot clash with one.
    (sources / "zz-added.txt").write_text(synthetic_plan(99999, "示例新区", seed_tasks(SEEDS), random.Random(7)),
                                          encoding="utf-8")
    warm = generate(sources, cache_dir, weights_file)
    with tempfile.TemporaryDirectory() as empty:
        identical = warm.files == generate(sources, Path(empty), weights_file).files
    return {"cold_s": round(cold_seconds, 2), "warm_s": round(warm.seconds, 2), "warm_steps_s": warm.steps,
            "warm_share": round(warm.seconds / cold_seconds, 3), "recomputed": warm.misses,
            "added_tasks": warm.tasks_by_source["zz-added.txt"], "rescored_tasks": warm.rescored,
            "identical_to_cold": identical}


def measure(count: int, work: Path, browser: bool) -> dict:
    corpus_dir = work / f"corpus-{count}"
    write_corpus(count, SEEDS, corpus_dir)
    row: dict = {"plans": count, "text_mb": round(sum(f.stat().st_size for f in corpus_dir.iterdir()) / 2**20, 1)}
    row["stages_s"], weights = stage_times(corpus_dir)
    weights_file = work / f"weights-{count}.json"
    weights_file.write_text(weights.dumps(), encoding="utf-8")
    generated = generate(corpus_dir, work / f"cache-{count}", weights_file)
    row["generator_wall_s"], row["generator_steps_s"] = round(generated.seconds, 2), generated.steps
    project = make_project(work / f"site-{count}", corpus_dir, weights_file)
    row["site_build_s"], row["site_build_peak_mb"] = mkdocs_build(project)
    reference = reference_project(work / f"reference-{count}", project, generated)
    row["reference_build_s"], row["reference_peak_mb"] = mkdocs_build(reference)
    row["generator_vs_reference"] = round(row["generator_wall_s"] / row["reference_build_s"], 2)
    row.update(site_sizes(project / "site"))
    if browser:
        row["search"] = search_bytes(project / "site")
    shutil.rmtree(reference, ignore_errors=True)
    return row


def exponents(small: dict, large: dict) -> dict[str, float]:
    ratio = math.log(large["plans"] / small["plans"])
    pairs = {f"stage:{name}": (small["stages_s"][name], large["stages_s"][name]) for name in STAGES}
    pairs["generator_wall"] = (small["generator_wall_s"], large["generator_wall_s"])
    pairs["reference_build (MkDocs per page)"] = (small["reference_build_s"], large["reference_build_s"])
    pairs["site_build (generator + MkDocs)"] = (small["site_build_s"], large["site_build_s"])
    return {name: round(math.log(b / a) / ratio, 2) for name, (a, b) in pairs.items() if a > 0 and b > 0}


def table(rows: list[dict]) -> str:
    head = ["plans", "text MB", *STAGES, "gen wall", "site build", "MkDocs peak MB", "plain Material", "gen/ref",
            "site MB", "plan page KB", "1st query KB", "2nd query KB"]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for r in rows:
        search = r.get("search") or {}
        cells = [r["plans"], r["text_mb"], *(r["stages_s"][s] for s in STAGES), r["generator_wall_s"],
                 round(r["site_build_s"], 1), r["site_build_peak_mb"], round(r["reference_build_s"], 1),
                 r["generator_vs_reference"], r["site_mb"], r["plan_page_kb"],
                 search.get("first_query_kb", "n/a"), search.get("second_query_kb", "n/a")]
        lines.append(" | ".join(str(c) for c in cells))
    return "\n".join(f"| {line} |" for line in lines)


def command_line() -> argparse.ArgumentParser:
    """The harness's options, which the README's "Command line" documents (a test holds it to that)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=int, nargs="+", default=[5, 100, 1000])
    parser.add_argument("--out", default="benchmarks/results.json")
    parser.add_argument("--no-browser", action="store_true", help="skip the search download measurement")
    parser.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = command_line()
    args = parser.parse_args(argv)
    if args.keep and Path(args.keep).is_dir() and any(Path(args.keep).iterdir()):
        # An earlier run's corpora and caches would be reused, and its cache would make the cold build warm.
        parser.error(f"--keep {args.keep}: the folder holds files already; give a new or empty folder")
    work = Path(args.keep or tempfile.mkdtemp(prefix="fazhi-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        rows = []
        for count in sorted(args.plans):
            rows.append(measure(count, work, not args.no_browser))
            print(f"measured N={count}", file=sys.stderr, flush=True)
        largest = rows[-1]["plans"]
        report = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}, "sizes": rows,
                  "warm_rebuild": warm_rebuild(work / f"corpus-{largest}", work / f"cache-{largest}",
                                               rows[-1]["generator_wall_s"], work / f"weights-{largest}.json")}
        if len(rows) >= 2:
            report["growth_exponents"] = exponents(rows[-2], rows[-1])
        report["pathological_lines"] = slowest_parses()
        report["harness_s"] = round(time.perf_counter() - started, 1)  # the run as a whole: under 10 minutes
        Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(table(rows))
        summary = {k: report[k] for k in ("warm_rebuild", "growth_exponents", "harness_s") if k in report}
        summary["slowest_pathological_line"] = {k: report["pathological_lines"][k] for k in ("slowest", "slowest_s")}
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

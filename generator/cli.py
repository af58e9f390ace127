"""``python -m generator parse|check|anchors|weights``: a thin command line over the library (README: Command line)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cache import NO_CACHE, Cache
from .corpus import PlanError, load_corpus, parse_text, read_sidecar
from .decode import DecodeError
from .export import plan_record
from .model import Diagnostic, Node, Plan, ProjectFileError
from .render import LEVELS_ABOVE_PROVINCES, UNKNOWN_PROVINCE, plan_url


def _load(path: Path) -> Plan:
    sidecar = path.with_suffix(".yml")
    return parse_text(path.read_bytes(), path.name, read_sidecar(sidecar) if sidecar.exists() else None)


def cmd_parse(args) -> int:
    try:
        plan = _load(Path(args.file))
    except (DecodeError, PlanError) as exc:
        print(exc.diagnostic, file=sys.stderr)
        return 1
    except OSError as exc:  # no such file, a folder, no permission: said as the build says what it cannot use
        print(Diagnostic(args.file, None, "error", f"cannot be read ({exc.strerror})",
                         "give the path of a plan's text file"), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(plan_record(plan), ensure_ascii=False, indent=1))
    else:
        _print_tree(plan.root, 0)
    return 0


def _print_tree(node: Node, depth: int) -> None:
    for child in node.children:
        print(f"{'  ' * depth}{child.marker.printed}{child.title or child.text[:20]}  #{child.anchor}")
        _print_tree(child, depth + 1)


def cmd_check(args) -> int:
    """What each text gives (new or known plan, tasks, topics touched) and every
    diagnostic; exit 1 on errors. CI prints it for the texts a pull request adds."""
    from . import registry
    from .link import link, load_pins, load_topics, task_id
    from .pipeline import PINS_FILE, OwnPartsWork, own_features
    from .similarity import load_weights

    sources = Path(args.sources)
    cache = _cache(args)
    topics = load_topics(Path(args.topics))
    published = registry.load(Path(args.registry))
    # the site build's cache entries
    corpus = load_corpus(sources, cache, OwnPartsWork(topics), registry.published_plans(published))
    wanted = {Path(f).name for f in args.files}
    plans = [p for p in corpus.plans if not wanted or p.source in wanted]
    diagnostics = [d for d in corpus.diagnostics if not wanted or d.source in wanted]
    diagnostics += [Diagnostic(file, None, "error", f"not a text in {sources}/",
                               "copy it there: check reads only --sources, the folder the site is built from")
                    for file in args.files if not _is_source(Path(file), sources)]
    weights = load_weights(Path(args.weights))
    links = link(corpus.plans, topics, load_pins(sources / PINS_FILE, topics), cache, weights,
                 own_features(corpus)) if plans else None
    for plan in plans:
        meta = plan.meta
        status = "known plan" if plan_url(meta.slug) in published else "new plan"
        touched = sorted({name for node in plan.tasks() for name in links.task_topics.get(task_id(plan, node), ())})
        unknown = meta.jurisdiction and not meta.province and meta.level not in LEVELS_ABOVE_PROVINCES
        province = f"（{meta.province_apart or UNKNOWN_PROVINCE}）" if meta.province_apart or unknown else ""
        where_and_when = " ".join(filter(None, [f"{meta.jurisdiction or '?'}{province}", meta.issued or meta.period]))
        print(f"{plan.source}: {status} plans/{meta.slug}/ — {meta.title} — {where_and_when}, "
              f"{len(plan.tasks())} tasks, "
              f"{sum(1 for d in plan.diagnostics if d.level == 'warning')} warning(s); "
              f"topics touched ({len(touched)}): {', '.join(touched) or '—'}")
    for diagnostic in diagnostics:
        print(diagnostic)
    errors = [d for d in diagnostics if d.level == "error"]
    warnings = [d for d in diagnostics if d.level == "warning"]
    print(f"{len(plans)} plan(s), {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def _is_source(file: Path, sources: Path) -> bool:
    """A bare name means a file in ``sources``; a path must point into it."""
    located = sources / file if file.parent == Path(".") else file
    return located.is_file() and located.resolve().parent == sources.resolve()


def cmd_anchors(args) -> int:
    """Record every URL published now (and every accepted move) in the registry."""
    from . import registry

    path = Path(args.registry)
    published = registry.load(path)
    kept = registry.reconcile(published, load_corpus(Path(args.sources), published=registry.published_plans(published)))
    for diagnostic in kept.diagnostics:
        print(diagnostic)
    if args.update:
        path.write_text(registry.dump(kept.registry), encoding="utf-8")
        print(f"{path}: {len(kept.registry)} URLs recorded")
    return 0


def cmd_weights(args) -> int:
    """Compare the committed IDF table with the corpus; ``--update`` remakes it from the corpus."""
    from .link import load_topics
    from .pipeline import OwnPartsWork, own_features
    from .similarity import Weights, load_weights

    path = Path(args.weights)
    corpus = load_corpus(Path(args.sources), _cache(args), OwnPartsWork(load_topics(Path(args.topics))))
    fresh = Weights.of([bag for made in own_features(corpus) for bag in made.bags])
    table = load_weights(path)
    if table is None:
        print(f"{path}: none yet; links use the corpus's own frequencies")
    else:
        unknown = sum(1 for token in fresh.frequency if token not in table.frequency)
        print(f"{path}: {table.tasks} tasks, {len(table.frequency)} tokens; corpus: {fresh.tasks} tasks, "
              f"{len(fresh.frequency)} tokens, {unknown} of them not in the table")
    if args.update:
        path.write_text(fresh.dumps(), encoding="utf-8")
        print(f"{path}: written from {fresh.tasks} tasks ({len(fresh.frequency)} tokens)")
    return 0


def _cache(args) -> Cache:
    return Cache(Path(args.cache)) if args.cache else NO_CACHE


def _corpus_options(command: argparse.ArgumentParser) -> None:
    """What a command that links the corpus reads: the texts, the taxonomy, the IDF table, the cache."""
    command.add_argument("--sources", default="source_texts")
    command.add_argument("--topics", default="topics.yml")
    command.add_argument("--weights", default="term_weights.json", help="the committed IDF table")
    command.add_argument("--cache", default=".cache/fazhi-atlas", help="parse cache folder ('' for none)")


def main(argv: list[str] | None = None) -> int:
    args = command_line().parse_args(argv)
    try:
        return args.run(args)
    except ProjectFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def command_line() -> argparse.ArgumentParser:
    """Every command and option, which the README's "Command line" documents (a test holds it to that)."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="print one text's tree and metadata")
    parse.add_argument("file")
    parse.add_argument("--json", action="store_true", help="machine-readable output")
    parse.set_defaults(run=cmd_parse)
    check = commands.add_parser("check", help="diagnose texts; exit 1 on errors")
    check.add_argument("files", nargs="*", help="only report these files (default: all)")
    _corpus_options(check)
    check.add_argument("--registry", default="anchors.json", help="published URLs, to tell new plans from known ones")
    check.add_argument("--strict", action="store_true",
                       help="CI mode: any error fails (check always exits 1 on errors; warnings never fail)")
    check.set_defaults(run=cmd_check)
    anchors = commands.add_parser("anchors", help="compare published URLs with the corpus (anchors.json)")
    anchors.add_argument("--sources", default="source_texts")
    anchors.add_argument("--registry", default="anchors.json")
    anchors.add_argument("--update", action="store_true", help="record current URLs and accepted moves")
    anchors.set_defaults(run=cmd_anchors)
    weights = commands.add_parser("weights", help="compare the IDF table (term_weights.json) with the corpus")
    _corpus_options(weights)
    weights.add_argument("--update", action="store_true", help="remake the table from the corpus")
    weights.set_defaults(run=cmd_weights)
    return parser

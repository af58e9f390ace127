"""The machine-readable export: ``data/plans.json``, ``data/tasks.json``, ``data/tasks.csv``,
``data/targets.csv`` (the figures tasks set for the indicators compared), and per plan
``data/plans/<slug>.json`` (the whole parsed tree) and ``data/plans/<slug>.txt`` (the cleaned text).

Pure: returns ``{path: text}``. Keys are sorted and lists ordered by plan slug
and document order, so the same inputs give byte-identical files.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass

from .corpus import Annotations, Corpus, annotate
from .indicators import INDICATOR_BY_SLUG, unit
from .layers import due_years, for_tasks, unit_kind
from .link import Links, task_id
from .model import Node, Plan
from .render import plan_url


def plan_records(corpus: Corpus) -> list[dict]:
    return [{"slug": p.meta.slug, "title": p.meta.title, "jurisdiction": p.meta.jurisdiction,
             "province": p.meta.province, "level": p.meta.level, "department": p.meta.department, "issuer": p.meta.issuer,
             "doc_number": p.meta.doc_number, "issued": p.meta.issued, "period": p.meta.period, "source": p.source,
             "source_url": p.meta.source_url, "script": p.meta.script, "url": plan_url(p.meta.slug),
             "task_count": len(p.tasks())} for p in corpus.plans]


@dataclass(frozen=True)
class TaskRow:
    """A task's line of ``tasks.json`` and row of ``tasks.csv`` as its plan alone decides them: the
    text around its topics and equivalents, which the rest of the corpus decides."""

    identifier: str
    json: tuple[str, str, str]  # before "equivalents":, between its value and "topics":, after their value
    csv: tuple[str, str]  # before the topics, after the equivalents


# A spreadsheet's rows also name whose plan each task is, so that they filter and pivot by place,
# province, level and year without a lookup in plans.json.
_CSV_COLUMNS = ("id", "plan", "place", "province", "level", "year", "number", "title", "text", "lead", "lead_kinds",
                "partners",
                "deadlines", "due_years", "targets", "topics", "equivalents", "url", "source")
_LINKED = _CSV_COLUMNS.index("topics")  # topics, then equivalents
# Stands for a linked field while a record is encoded. Within an encoded text every quote is
# escaped, so ``"topics":"\u001f"`` can only be the field itself.
_GAP = "\x1f"


def task_rows(plan: Plan, annotations: Annotations) -> tuple[TaskRow, ...]:
    rows = []
    duties, found = for_tasks(plan.root, annotations.duties, annotations.measured)
    whose = {"place": plan.meta.jurisdiction, "province": plan.meta.province, "level": plan.meta.level,
             "year": plan.meta.year}
    for node in plan.tasks():
        duty = duties.get(node.anchor)
        deadlines, targets = found.get(node.anchor, ((), ()))
        record = {
            "id": task_id(plan, node), "plan": plan.meta.slug, "source": plan.source, "path": list(node.label),
            "number": node.number, "url": f"{plan_url(plan.meta.slug)}#{node.anchor}",
            "title": node.title, "text": " ".join(filter(None, [node.text, *node.paragraphs])),
            "note": node.note, "lead": list(duty.leads) if duty else [],
            "lead_kinds": lead_kinds(duty.leads) if duty else [],
            "partners": list(duty.partners) if duty else [], "deadlines": list(deadlines),
            "due_years": due_years(deadlines, plan.meta.one_year),
            "targets": list(targets), "topics": _GAP, "equivalents": _GAP,
        }
        before, _, rest = _compact(record).partition(f'"equivalents":{_compact(_GAP)}')
        between, _, after = rest.partition(f'"topics":{_compact(_GAP)}')
        cells = [_csv_cell(record[column] if column in record else whose[column]) for column in _CSV_COLUMNS]
        rows.append(TaskRow(record["id"], (before, between, after),
                            (_csv_line(cells[:_LINKED]) + ",", "," + _csv_line(cells[_LINKED + 2:]) + "\r\n")))
    return tuple(rows)


def lead_kinds(leads: tuple[str, ...]) -> list[str]:
    """The kinds of the units that lead a task, as the lead-unit index groups them (``legal-affairs``: its
    anchor there), once each, in the order of the units: to count who leads what without reading names."""
    return list(dict.fromkeys(unit_kind(unit)[0] for unit in leads))


def _tasks_json(rows: list[TaskRow], linked: list[tuple[list[str], list[str]]]) -> str:
    lines = [f'{before}"equivalents":{_names_json(equivalents)}{between}"topics":{_names_json(topics)}{after}'
             for (before, between, after), (topics, equivalents) in zip((row.json for row in rows), linked)]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def _tasks_csv(rows: list[TaskRow], linked: list[tuple[list[str], list[str]]]) -> str:
    lines = [f"{before}{_names_csv(topics, equivalents)}{after}"
             for (before, after), (topics, equivalents) in zip((row.csv for row in rows), linked)]
    return _csv_file(_CSV_COLUMNS, "".join(lines))


def _csv_file(columns: tuple[str, ...], lines: str) -> str:
    """A CSV file of ``lines`` under its header: a BOM first, so that Excel opens the UTF-8 file with the right
    encoding."""
    return "\ufeff" + _csv_line(list(columns)) + "\r\n" + lines


# What task ids and topic slugs are made of, which JSON and CSV both write as they are.
_PLAIN_NAMES = re.compile(r"[a-z0-9#._-]*")


def _names_json(names: list[str]) -> str:
    """A list of task ids or topic slugs as :func:`_compact` writes it. Two such lists per task were
    most of the time spent writing ``tasks.json`` (80,000 calls to the encoder at 1,000 plans)."""
    if not _PLAIN_NAMES.fullmatch("".join(names)):
        return _compact(names)
    return '["' + '","'.join(names) + '"]' if names else "[]"


def _names_csv(topics: list[str], equivalents: list[str]) -> str:
    """The topics and equivalents cells as :func:`_csv_line` writes them: plain names need no quotes."""
    cells = [_csv_cell(topics), _csv_cell(equivalents)]
    if not _PLAIN_NAMES.fullmatch("".join(topics) + "".join(equivalents)):
        return _csv_line(cells)
    return ",".join(cells)


def _links_of(row: TaskRow, links: Links) -> tuple[list[str], list[str]]:
    """The task's topics and the ids of its equivalents."""
    return (list(links.task_topics.get(row.identifier, ())),
            [other for other, _ in links.equivalents.get(row.identifier, ())])


def _node_record(node: Node, duties, found, one_year: str) -> dict:
    record = {"label": list(node.label), "anchor": node.anchor, "printed": node.marker.printed if node.marker else "",
              "title": node.title, "text": node.text, "paragraphs": list(node.paragraphs), "note": node.note,
              "closing": list(node.closing), "line": node.lineno,
              "children": [_node_record(child, duties, found, one_year) for child in node.children]}
    if node.anchor in duties:
        record["lead"], record["partners"] = list(duties[node.anchor].leads), list(duties[node.anchor].partners)
        record["lead_kinds"] = lead_kinds(duties[node.anchor].leads)
    if node.anchor in found:
        record["deadlines"], record["targets"] = (list(v) for v in found[node.anchor])
        record["due_years"] = due_years(found[node.anchor][0], one_year)
    return record


def plan_record(plan: Plan, annotations: Annotations | None = None) -> dict:
    """The whole parsed plan as plain data: what ``parse --json`` prints and each plan's download
    (``annotations``: the plan's responsibility and measures, when already computed)."""
    duties, found, _ = annotations or annotate(plan)
    return {"source": plan.source, "encoding": plan.encoding, "meta": asdict(plan.meta),
            "task_count": len(plan.tasks()), "front_matter": list(plan.front_matter),
            "tree": _node_record(plan.root, duties, found, plan.meta.one_year),
            "removed": [asdict(r) for r in plan.cleaning.removed],
            "mojibake": [asdict(m) for m in plan.cleaning.mojibake],
            "diagnostics": [asdict(d) for d in plan.diagnostics]}


def cleaned_text(plan: Plan) -> str:
    """The text as parsed: chrome, romanisation and run-on lines dealt with; original script kept."""
    return "".join(f"{line.text}\n" for line in plan.cleaning.lines)


def _json(value) -> str:
    """Sorted keys, one record per line: readable, diffable, and written by the C encoder
    (indenting makes ``json`` fall back to pure Python, ten times slower)."""
    if isinstance(value, list):
        return "[\n" + ",\n".join(_compact(record) for record in value) + "\n]\n"
    return _compact(value) + "\n"


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _csv_cell(value) -> str:
    return "；".join(value) if isinstance(value, list) else value


# What opens a formula in a spreadsheet: a cell of a source's text that starts so (=HYPERLINK(…)) would run as one
# where tasks.csv is opened, as the site invites. An apostrophe before it makes it text (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_line(cells: list[str]) -> str:
    """Cells as one CSV line, quoted where needed, any that a spreadsheet would run as a formula made text, without
    its line end."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(["'" + cell if cell.startswith(_FORMULA_START) else cell
                                                    for cell in cells])
    return buffer.getvalue()


# A figure a task sets for an indicator (the pages of 量化指标), with whose plan and which task it is: to chart
# places' figures in a spreadsheet. ``figure`` and ``words`` are as printed.
_TARGET_COLUMNS = ("indicator", "name", "value", "unit", "figure", "words", "id", "plan", "place", "province", "level",
                   "year", "number", "url")


def target_rows(plan: Plan, annotations: Annotations) -> str:
    """The plan's lines of ``targets.csv``, in document order."""
    meta = plan.meta
    return "".join(_csv_line([reading.indicator, INDICATOR_BY_SLUG[reading.indicator].name, f"{reading.value:g}",
                              unit(reading), reading.figure, reading.clause, f"{meta.slug}#{anchor}", meta.slug,
                              meta.jurisdiction, meta.province, meta.level, meta.year, number,
                              f"{plan_url(meta.slug)}#{anchor}"]) + "\r\n"
                   for anchor, number, reading in annotations.readings)


@dataclass(frozen=True)
class PlanExport:
    """What one plan alone decides of the export: its parsed tree and cleaned text (its two
    downloads), its tasks' rows and its lines of ``targets.csv``."""

    downloads: dict[str, str]
    task_rows: tuple[TaskRow, ...]
    target_rows: str


def plan_export(plan: Plan, annotations: Annotations) -> PlanExport:
    return PlanExport({f"data/plans/{plan.meta.slug}.json": _json(plan_record(plan, annotations)),
                       f"data/plans/{plan.meta.slug}.txt": cleaned_text(plan)},
                      task_rows(plan, annotations), target_rows(plan, annotations))


def export(corpus: Corpus, links: Links, made: dict[str, PlanExport] | None = None) -> dict[str, str]:
    """Every data file; ``made`` each plan's :func:`plan_export` by source file where it was made
    beforehand (beside the parse, on every core)."""
    parts = [made[plan.source] if made else plan_export(plan, corpus.annotations(plan)) for plan in corpus.plans]
    rows = [row for part in parts for row in part.task_rows]
    linked = [_links_of(row, links) for row in rows]
    files = {"data/plans.json": _json(plan_records(corpus)), "data/tasks.json": _tasks_json(rows, linked),
             "data/tasks.csv": _tasks_csv(rows, linked),
             "data/targets.csv": _csv_file(_TARGET_COLUMNS, "".join(part.target_rows for part in parts))}
    for part in parts:
        files.update(part.downloads)
    return files

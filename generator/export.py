"""The machine-readable export: ``data/plans.json``, ``data/tasks.json``, ``data/tasks.csv``,
and per plan ``data/plans/<slug>.json`` (the whole parsed tree) and ``data/plans/<slug>.txt``
(the cleaned text).

Pure: returns ``{path: text}``. Keys are sorted and lists ordered by plan slug
and document order, so the same inputs give byte-identical files.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from .corpus import Annotations, Corpus, annotate
from .link import Links, task_id
from .model import Node, Plan
from .render import plan_url


def plan_records(corpus: Corpus) -> list[dict]:
    return [{"slug": p.meta.slug, "title": p.meta.title, "jurisdiction": p.meta.jurisdiction,
             "level": p.meta.level, "issuer": p.meta.issuer, "doc_number": p.meta.doc_number,
             "issued": p.meta.issued, "period": p.meta.period, "source": p.source,
             "source_url": p.meta.source_url, "script": p.meta.script, "url": plan_url(p.meta.slug),
             "task_count": len(p.tasks())} for p in corpus.plans]


def task_records(corpus: Corpus, links: Links) -> list[dict]:
    records = []
    for plan in corpus.plans:
        duties, found = corpus.annotations(plan)
        for node in plan.tasks():
            identifier = task_id(plan, node)
            duty = duties.get(node.anchor)
            deadlines, targets = found.get(node.anchor, ((), ()))
            records.append({
                "id": identifier, "plan": plan.meta.slug, "source": plan.source, "path": list(node.label),
                "number": node.number, "url": f"{plan_url(plan.meta.slug)}#{node.anchor}",
                "title": node.title, "text": " ".join(filter(None, [node.text, *node.paragraphs])),
                "note": node.note, "lead": list(duty.leads) if duty else [],
                "partners": list(duty.partners) if duty else [], "deadlines": list(deadlines),
                "targets": list(targets), "topics": list(links.task_topics.get(identifier, ())),
                "equivalents": [other for other, _ in links.equivalents.get(identifier, ())],
            })
    return records


def _node_record(node: Node, duties, found) -> dict:
    record = {"label": list(node.label), "anchor": node.anchor, "printed": node.marker.printed if node.marker else "",
              "title": node.title, "text": node.text, "paragraphs": list(node.paragraphs), "note": node.note,
              "closing": list(node.closing), "line": node.lineno,
              "children": [_node_record(child, duties, found) for child in node.children]}
    if node.anchor in duties:
        record["lead"], record["partners"] = list(duties[node.anchor].leads), list(duties[node.anchor].partners)
    if node.anchor in found:
        record["deadlines"], record["targets"] = (list(v) for v in found[node.anchor])
    return record


def plan_record(plan: Plan, annotations: Annotations | None = None) -> dict:
    """The whole parsed plan as plain data: what ``parse --json`` prints and each plan's download
    (``annotations``: the plan's responsibility and measures, when already computed)."""
    duties, found = annotations or annotate(plan)
    return {"source": plan.source, "encoding": plan.encoding, "meta": asdict(plan.meta),
            "task_count": len(plan.tasks()), "front_matter": list(plan.front_matter),
            "tree": _node_record(plan.root, duties, found),
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


def _csv(records: list[dict]) -> str:
    columns = ["id", "plan", "number", "title", "text", "lead", "partners", "deadlines", "targets", "topics",
               "equivalents", "url", "source"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow(["；".join(v) if isinstance(v, list) else v for v in (record[c] for c in columns)])
    # A BOM so that Excel opens the UTF-8 file with the right encoding.
    return "\ufeff" + buffer.getvalue()


def plan_downloads(plan: Plan, annotations: Annotations) -> dict[str, str]:
    """The files one plan alone decides: its parsed tree and its cleaned text."""
    return {f"data/plans/{plan.meta.slug}.json": _json(plan_record(plan, annotations)),
            f"data/plans/{plan.meta.slug}.txt": cleaned_text(plan)}


def export(corpus: Corpus, links: Links, downloads: dict[str, dict[str, str]] | None = None) -> dict[str, str]:
    """Every data file; ``downloads`` each plan's :func:`plan_downloads` by source file where they
    were made beforehand."""
    tasks = task_records(corpus, links)
    files = {"data/plans.json": _json(plan_records(corpus)), "data/tasks.json": _json(tasks),
             "data/tasks.csv": _csv(tasks)}
    for plan in corpus.plans:
        files.update(downloads[plan.source] if downloads else plan_downloads(plan, corpus.annotations(plan)))
    return files

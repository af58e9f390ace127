"""The machine-readable export: ``data/plans.json``, ``data/tasks.json``, ``data/tasks.csv``.

Pure: returns ``{path: text}``. Keys are sorted and lists ordered by plan slug
and document order, so the same inputs give byte-identical files.
"""
from __future__ import annotations

import csv
import io
import json

from .corpus import Corpus
from .layers import measures, responsibility
from .link import Links, task_id
from .render import plan_url, printed_path


def plan_records(corpus: Corpus) -> list[dict]:
    return [{"slug": p.meta.slug, "title": p.meta.title, "jurisdiction": p.meta.jurisdiction,
             "level": p.meta.level, "issuer": p.meta.issuer, "doc_number": p.meta.doc_number,
             "issued": p.meta.issued, "period": p.meta.period, "source": p.source,
             "source_url": p.meta.source_url, "script": p.meta.script, "url": plan_url(p.meta.slug),
             "task_count": len(p.tasks())} for p in corpus.plans]


def task_records(corpus: Corpus, links: Links) -> list[dict]:
    records = []
    for plan in corpus.plans:
        duties = responsibility(plan.root)
        found = measures(plan.root)
        for node in plan.tasks():
            identifier = task_id(plan, node)
            duty = duties.get(node.anchor)
            deadlines, targets = found.get(node.anchor, ((), ()))
            records.append({
                "id": identifier, "plan": plan.meta.slug, "source": plan.source, "path": list(node.label),
                "number": printed_path(node, plan), "url": f"{plan_url(plan.meta.slug)}#{node.anchor}",
                "title": node.title, "text": " ".join(filter(None, [node.text, *node.paragraphs])),
                "note": node.note, "lead": list(duty.leads) if duty else [],
                "partners": list(duty.partners) if duty else [], "deadlines": list(deadlines),
                "targets": list(targets), "topics": list(links.task_topics.get(identifier, ())),
                "equivalents": [other for other, _ in links.equivalents.get(identifier, ())],
            })
    return records


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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


def export(corpus: Corpus, links: Links) -> dict[str, str]:
    tasks = task_records(corpus, links)
    return {"data/plans.json": _json(plan_records(corpus)), "data/tasks.json": _json(tasks),
            "data/tasks.csv": _csv(tasks)}

"""Comparison pages: topics, side-by-side pairs, coverage matrix, who leads what.

Pure functions of the corpus and the link stage, like :mod:`generator.render`.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from . import escape
from .corpus import Annotations, Corpus
from .layers import for_tasks, unit_kind
from .link import Links, Topic, task_id
from .model import Node, Plan
from .render import by_region, front_matter, plan_url, region_anchor, region_name, short_title, source_text
from .script import fold, simplified_aligned

_SHARED_MIN = 4
_PAIRS_PER_TOPIC = 6
_FIRST_SENTENCE = 80


def topic_url(slug: str) -> str:
    return f"topics/{slug}/"


def plan_label(plan: Plan) -> str:
    return f"{plan.meta.owner} {plan.meta.year}".strip()


def _by_year(plans) -> list[Plan]:
    return sorted(plans, key=lambda p: (p.meta.year or "9999", p.meta.slug))


def _task_href(plan: Plan, node: Node, depth: int = 2) -> str:
    return f"{'../' * depth}{plan_url(plan.meta.slug)}#{node.anchor}"


def first_sentence(node: Node) -> str:
    text = node.text or (node.paragraphs[0] if node.paragraphs else "")
    end = fold(text).find("。")
    sentence = text[:end + 1] if end >= 0 else text
    return sentence if len(sentence) <= _FIRST_SENTENCE else sentence[:_FIRST_SENTENCE] + "…"


@dataclass(frozen=True)
class PlanListings:
    """How a plan's tasks are listed on the comparison pages, as the plan alone decides it: each
    task's item on a topic page (by anchor), and its tasks' items on the lead-unit index, by kind of
    unit. Most of these pages' cost, so the build makes them beside the parse, on every core, and
    caches them; a comparison page only arranges them."""

    topic_items: dict[str, str]
    unit_items: dict[tuple[str, str], list[str]]


def plan_listings(plan: Plan, annotations: Annotations) -> PlanListings:
    duties, found = for_tasks(plan.root, *annotations)
    topic_items: dict[str, str] = {}
    unit_items: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node in plan.tasks():
        lead = duties[node.anchor].leads if node.anchor in duties else ()
        deadlines = found.get(node.anchor, ((), ()))[0]
        extra = f'<br><span class="atlas-role">牵头</span>{escape.text("、".join(lead))}' if lead else ""
        extra += "".join(f' <span class="atlas-chip atlas-deadline">{escape.text(d)}</span>' for d in deadlines)
        label = f"{escape.text(node.number)} {escape.text(short_title(node))}"
        topic_items[node.anchor] = (f'<li><a href="{_task_href(plan, node)}">{label}</a>'
                                    f"<br>{source_text(plan, first_sentence(node))}{extra}</li>")
        for unit in lead:
            unit_items[unit_kind(unit)].append(f'<li><a href="{_task_href(plan, node, 1)}">{label}</a>'
                                               f"（{escape.text(unit)}）</li>")
    return PlanListings(topic_items, dict(unit_items))


def render_comparisons(corpus: Corpus, links: Links, listings: dict[str, PlanListings] | None = None
                       ) -> dict[str, str]:
    """Every comparison page; ``listings`` each plan's :func:`plan_listings` by source file where they
    were made beforehand (beside the parse, on every core)."""
    listed = {plan.meta.slug: listings[plan.source] if listings else plan_listings(plan, corpus.annotations(plan))
              for plan in corpus.plans}
    members = topic_members(corpus, links)
    plans = _by_year(corpus.plans)
    pages = {"topics/index.md": render_topic_index(links, members),
             "coverage.md": render_matrix(plans, links, members),
             "units.md": render_units([plan for _, grouped in by_region(plans) for plan in grouped], listed)}
    for topic in links.topics:
        pages[f"topics/{topic.slug}.md"] = render_topic(topic, corpus, plans, links, members.get(topic.slug, {}),
                                                        listed)
    return pages


def topic_members(corpus: Corpus, links: Links) -> dict[str, dict[str, list[Node]]]:
    """``{topic: {plan slug: [tasks]}}`` in document order."""
    members: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for plan in corpus.plans:
        for node in plan.tasks():
            for slug in links.task_topics.get(task_id(plan, node), ()):
                members[slug][plan.meta.slug].append(node)
    return members


def render_topic_index(links: Links, members) -> str:
    out = [front_matter("主题"), "# 主题", "",
           "按《法治政府建设实施纲要》的结构整理的措施主题。每个主题页按规划列出相关任务，并标出未涉及该主题的规划。", ""]
    group = None
    for topic in links.topics:
        if topic.group != group:
            group = topic.group
            out += [f"## {escape.inline(group)}", ""]
        count = sum(len(nodes) for nodes in members.get(topic.slug, {}).values())
        out.append(f"- [{escape.inline(topic.name)}]({topic.slug}.md)（{count} 项）：{escape.inline(topic.description)}")
    return "\n".join(out) + "\n"


def render_topic(topic: Topic, corpus: Corpus, plans: list[Plan], links: Links, by_plan: dict[str, list[Node]],
                 listed: dict[str, PlanListings]) -> str:
    """``plans``: the corpus's plans by year; ``listed``: their :class:`PlanListings` by slug."""
    out = [front_matter(topic.name), f"# {escape.inline(topic.name)}", "",
           f'<p class="atlas-text">{escape.text(topic.description)}（{escape.text(topic.group)}）</p>', ""]
    for name, covered in by_region([plan for plan in plans if plan.meta.slug in by_plan]):
        out += [f"## {escape.inline(region_name(name))} {{#{region_anchor(name)}}}", ""]
        for plan in covered:
            items = listed[plan.meta.slug].topic_items
            out += [f"### {escape.inline(plan_label(plan))} {{#plan-{plan.meta.slug}}}", "",
                    f'<p class="atlas-text"><a href="../../{plan_url(plan.meta.slug)}">{escape.text(plan.meta.title)}'
                    "</a></p>", "<ul class=\"atlas-topic-tasks\">"]
            out += [items[node.anchor] for node in by_plan[plan.meta.slug]]
            out += ["</ul>", ""]
    gaps = by_region([plan for plan in plans if plan.meta.slug not in by_plan])
    out += ["## 未涉及本主题的规划 {#gaps}", ""]
    out.append('<ul class="atlas-gaps">' + "".join(
        f"<li>{escape.text(region_name(name))}：" + "、".join(
            f'<a href="../../{plan_url(p.meta.slug)}" title="{escape.text(p.meta.title)}">{escape.text(plan_label(p))}</a>'
            for p in listed_plans) + "</li>" for name, listed_plans in gaps) + "</ul>" if gaps
        else '<p class="atlas-text">所有规划都有相关任务。</p>')
    out.append("")
    pairs = side_by_side_pairs(topic, corpus, links, by_plan)
    if pairs:
        out += ["## 逐句对照 {#compare}", "",
                '<p class="atlas-text">两地同类任务并排显示，<mark class="atlas-shared">高亮</mark>为两段共有的文字。</p>', ""]
        for (plan_a, node_a), (plan_b, node_b), score in pairs:
            left, right = highlight_shared(_full_text(node_a), _full_text(node_b))
            out.append(f'<div class="atlas-pair" data-score="{score:.2f}">'
                       f'<div><p><a href="{_task_href(plan_a, node_a)}">{escape.text(plan_label(plan_a))} '
                       f"{escape.text(node_a.number)}</a></p><p>{left}</p></div>"
                       f'<div><p><a href="{_task_href(plan_b, node_b)}">{escape.text(plan_label(plan_b))} '
                       f"{escape.text(node_b.number)}</a></p><p>{right}</p></div></div>")
            out.append("")
    return "\n".join(out) + "\n"


def _full_text(node: Node) -> str:
    return "。".join(filter(None, [node.title, " ".join(filter(None, [node.text, *node.paragraphs]))]))


def side_by_side_pairs(topic: Topic, corpus: Corpus, links: Links, by_plan: dict[str, list[Node]]):
    """The best linked pair for each pair of plans on this topic, best first."""
    in_topic = {task_id(corpus.plan(slug), node): (corpus.plan(slug), node)
                for slug, nodes in by_plan.items() for node in nodes}
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for identifier in sorted(in_topic):
        slug = in_topic[identifier][0].meta.slug
        for other, score in links.equivalents.get(identifier, ()):
            if other <= identifier or other not in in_topic:
                continue
            other_slug = in_topic[other][0].meta.slug
            key = (slug, other_slug) if slug < other_slug else (other_slug, slug)
            if score > best.get(key, (-1.0, "", ""))[0]:
                best[key] = (score, identifier, other)
    # The same as sorting them all and taking the first few, without sorting them all.
    ranked = heapq.nsmallest(_PAIRS_PER_TOPIC, best.values(), key=lambda item: (-item[0], item[1], item[2]))
    return [(in_topic[a], in_topic[b], score) for score, a, b in ranked]


def highlight_shared(a: str, b: str) -> tuple[str, str]:
    """Both texts as HTML with passages they share (≥4 characters) marked.

    Alignment is on the simplified, punctuation-folded text so a traditional
    and a simplified plan still align; the marks are drawn on the originals.
    """
    sa, sb = fold(simplified_aligned(a)), fold(simplified_aligned(b))
    matcher = SequenceMatcher(None, sa, sb, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size >= _SHARED_MIN]
    return (_mark(a, [(m.a, m.a + m.size) for m in blocks]), _mark(b, [(m.b, m.b + m.size) for m in blocks]))


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in sorted(spans):
        out.append(escape.text(text[pos:start]))
        out.append(f'<mark class="atlas-shared">{escape.text(text[start:end])}</mark>')
        pos = end
    out.append(escape.text(text[pos:]))
    return "".join(out)


def render_matrix(plans: list[Plan], links: Links, members) -> str:
    """``plans``: the corpus's plans by year, which the matrix's columns list by region."""
    regions = by_region(plans)
    plans = [plan for _, listed in regions for plan in listed]
    head = "".join(f'<th colspan="{len(listed)}">{escape.text(region_name(name))}</th>' for name, listed in regions)
    head += "</tr><tr>" + "".join(f'<th><a href="../{plan_url(p.meta.slug)}">{escape.text(plan_label(p))}</a></th>'
                                  for p in plans)
    rows, group = [], None
    for topic in links.topics:
        if topic.group != group:
            group = topic.group
            rows.append(f'<tr class="atlas-group"><th colspan="{len(plans) + 1}">{escape.text(group)}</th></tr>')
        cells = []
        for plan in plans:
            count = len(members.get(topic.slug, {}).get(plan.meta.slug, ()))
            cells.append(f'<td><a href="../{topic_url(topic.slug)}#plan-{plan.meta.slug}">{count}</a></td>' if count
                         else '<td class="atlas-gap">—</td>')
        rows.append(f'<tr><th><a href="../{topic_url(topic.slug)}">{escape.text(topic.name)}</a></th>{"".join(cells)}</tr>')
    return "\n".join([front_matter("覆盖矩阵"), "# 覆盖矩阵", "",
                      "行是措施主题（按纲要结构分组），列是规划（按省份，省内按年份），格中数字是该规划在该主题下的任务数，"
                      "点击进入主题页对应段落；“—”表示该规划没有这方面的任务。", "",
                      f'<table class="atlas-matrix"><thead><tr><th rowspan="2">主题</th>{head}</tr></thead><tbody>'
                      f'{"".join(rows)}</tbody></table>', ""])


def render_units(plans: list[Plan], listed: dict[str, PlanListings]) -> str:
    """Who leads what: lead units grouped by kind of body, per plan (``plans``: by region, then year; ``listed``:
    their :class:`PlanListings` by slug)."""
    led: dict[tuple[str, str], dict[str, tuple[Plan, list[str]]]] = defaultdict(dict)
    for plan in plans:
        for kind, items in listed[plan.meta.slug].unit_items.items():
            led[kind][plan.meta.slug] = (plan, items)
    out = [front_matter("牵头单位索引"), "# 牵头单位索引", "",
           "各规划的牵头单位按机构类型归并（如 市政府法制办、区法制局、市司法局 同属司法行政与政府法制机构），"
           "列出每类机构在各地牵头的任务（按省份，省内按年份）。", ""]
    for (slug, name), by_plan in sorted(led.items(), key=lambda item: (-_led_count(item[1]), item[0])):
        out += [f"## {escape.inline(name)} {{#{slug}}}", "",
                f'<p class="atlas-text">共牵头 {_led_count(by_plan)} 项任务。</p>', ""]
        for plan, items in by_plan.values():
            out += [f"<details><summary>{escape.text(plan_label(plan))}：{len(items)} 项</summary>"
                    f"<ul>{''.join(items)}</ul></details>", ""]
    return "\n".join(out) + "\n"


def _led_count(by_plan: dict[str, tuple[Plan, list[str]]]) -> int:
    return sum(len(items) for _, items in by_plan.values())

"""Comparison pages: topics, side-by-side pairs, coverage matrix, who leads what, any two plans side by side,
what falls due when.

Pure functions of the corpus and the link stage, like :mod:`generator.render`.
"""
from __future__ import annotations

import heapq
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from . import escape
from .corpus import Annotations, Corpus
from .indicators import INDICATORS, Indicator, Reading, figure
from .layers import due_years, for_tasks, stated, target_clauses, unit_kind
from .link import Links, Topic, task_id
from .model import Node, Plan
from .render import (LIST_MAX, by_level, by_region, front_matter, in_script, level_key, level_name, place_within,
                     plan_url, region, region_anchor, region_name, region_short_name, regions_in_order, script_lang,
                     short_title, source_text)
from .script import fold, simplified_aligned

_SHARED_MIN = 4
_PAIRS_PER_TOPIC = 6
_FIRST_SENTENCE = 80


def topic_url(slug: str) -> str:
    return f"topics/{slug}/"


def indicator_url(slug: str) -> str:
    return f"targets/{slug}/"


def _indicator_file(slug: str) -> str:
    return f"targets/{slug}.md"


def published_indicators(files: dict[str, str]) -> tuple[Indicator, ...]:
    """The indicators the comparison pages among ``files`` give a page to (those a task sets a figure for)."""
    return tuple(indicator for indicator in INDICATORS if _indicator_file(indicator.slug) in files)


def plan_label(plan: Plan, region: str = "") -> str:
    """Whose plan and of which year, without the province a list under ``region`` names already
    (密云县 2011 under 北京市)."""
    return f"{place_within(plan, region)} {plan.meta.year}".strip()


def _by_year(plans) -> list[Plan]:
    return sorted(plans, key=lambda p: (p.meta.year or "9999", p.meta.slug))


def _task_href(plan: Plan, node: Node, depth: int = 2) -> str:
    return f"{'../' * depth}{plan_url(plan.meta.slug)}#{node.anchor}"


def first_sentence(node: Node) -> str:
    text = node.text or (node.paragraphs[0] if node.paragraphs else "")
    end = fold(text).find("。")
    sentence = text[:end + 1] if end >= 0 else text
    return sentence if len(sentence) <= _FIRST_SENTENCE else sentence[:_FIRST_SENTENCE] + "…"


class LedTask(NamedTuple):
    """A task as the lead-unit index lists it under one of its lead units: a link (``href`` from the
    site's root, as index pages stand at different depths) labelled with its number and title."""

    href: str
    label: str
    unit: str

    def item(self, root: str) -> str:
        return f'<li><a href="{root}{self.href}">{self.label}</a>（{self.unit}）</li>'


@dataclass(frozen=True)
class PlanListings:
    """How a plan's tasks are listed on the comparison pages, as the plan alone decides it: each
    task's item on a topic page (by anchor), and its tasks' items on the lead-unit index, by kind of
    unit. Most of these pages' cost, so the build makes them beside the parse, on every core, and
    caches them; a comparison page only arranges them."""

    topic_items: dict[str, str]
    unit_items: dict[tuple[str, str], list[LedTask]]
    # Its tasks' deadlines and targets (each in its clause: :func:`generator.layers.target_clauses`), by anchor, in
    # document order, for the tasks that have any: the two-plan comparison and the deadline timeline read them.
    measures: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    # The figures its tasks set for the indicators compared (:mod:`generator.indicators`), each with its task's
    # anchor and number, in document order: the pages of 量化指标 set them side by side.
    readings: tuple[tuple[str, str, Reading], ...]


def plan_listings(plan: Plan, annotations: Annotations) -> PlanListings:
    duties, found = for_tasks(plan.root, annotations.duties, annotations.measured)
    topic_items: dict[str, str] = {}
    unit_items: dict[tuple[str, str], list[LedTask]] = defaultdict(list)
    measured: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for node in plan.tasks():
        lead = duties[node.anchor].leads if node.anchor in duties else ()
        deadlines, targets = found.get(node.anchor, ((), ()))
        # A target with what it measures, which the task's first sentence shown with it may not say.
        targets = tuple(target_clauses(stated(node), targets)) if targets else ()
        if deadlines or targets:
            measured[node.anchor] = (deadlines, targets)
        extra = f'<br><span class="atlas-role">牵头</span>{in_script(plan, escape.text("、".join(lead)))}' if lead else ""
        extra += "".join(f' <span class="atlas-chip atlas-deadline"{script_lang(plan)}>{escape.text(d)}</span>'
                         for d in deadlines)
        extra += "".join(f' <span class="atlas-chip atlas-target"{script_lang(plan)}>{escape.text(clause)}</span>'
                         for clause in targets)
        label = in_script(plan, f"{escape.text(node.number)} {escape.text(short_title(node))}")
        topic_items[node.anchor] = (f'<li><a href="{_task_href(plan, node)}">{label}</a>'
                                    f"<br>{in_script(plan, source_text(plan, first_sentence(node)))}{extra}</li>")
        for unit in lead:
            unit_items[unit_kind(unit)].append(LedTask(_task_href(plan, node, 0), label,
                                                       in_script(plan, escape.text(unit))))
    return PlanListings(topic_items, dict(unit_items), measured, annotations.readings)


def render_comparisons(corpus: Corpus, links: Links, listings: dict[str, PlanListings] | None = None
                       ) -> dict[str, str]:
    """Every comparison page; ``listings`` each plan's :func:`plan_listings` by source file where they
    were made beforehand (beside the parse, on every core)."""
    listed = {plan.meta.slug: listings[plan.source] if listings else plan_listings(plan, corpus.annotations(plan))
              for plan in corpus.plans}
    members = topic_members(corpus, links)
    plans = _by_year(corpus.plans)
    figures = _figures_by_indicator(plans, listed)
    pages = {"topics/index.md": render_topic_index(links, members),
             **coverage_pages(plans, links, members), **unit_pages(plans, listed),
             **compare_pages(plans, links, members, listed, [i for i in INDICATORS if i.slug in figures]),
             **deadline_pages(plans, listed), **indicator_pages(figures)}
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


def topic_regions(corpus: Corpus, links: Links) -> dict[str, list[str]]:
    """``{topic: [region]}``: the regions (see :func:`generator.render.region`) that a topic page has
    a section for, those of the plans with tasks on it, in the page's order."""
    regions = {plan.meta.slug: region(plan) for plan in corpus.plans}
    present: dict[str, set[str]] = defaultdict(set)
    for identifier, slugs in links.task_topics.items():
        for slug in slugs:
            present[slug].add(regions[identifier.partition("#")[0]])
    return {slug: regions_in_order(found) for slug, found in sorted(present.items())}


COMPARE_PAGE = "compare.md"


def compare_pages(plans: list[Plan], links: Links, members: dict[str, dict[str, list[Node]]],
                  listed: dict[str, PlanListings], indicators: list[Indicator]) -> dict[str, str]:
    """The page that sets two plans side by side, topic by topic, and each plan's tasks by topic for it
    (``compare/<slug>.json``, which its script, ``atlas-compare.js``, fetches as a plan is chosen): a reader
    comparing two places' commitments reads them there, where a topic page lists every plan's. A task is its
    anchor, number and heading, and, where it has any, its deadlines and its targets in their clauses."""
    files = {COMPARE_PAGE: render_compare_page(plans, links, indicators)}
    for plan in plans:
        measured = listed[plan.meta.slug].measures
        by_topic = {topic.slug: [[node.anchor, node.number, short_title(node),
                                  *map(list, measured.get(node.anchor, ()))]
                                 for node in members[topic.slug][plan.meta.slug]]
                    for topic in links.topics if plan.meta.slug in members.get(topic.slug, {})}
        figures: dict[str, list[list[str]]] = defaultdict(list)
        for anchor, number, reading in listed[plan.meta.slug].readings:
            figures[reading.indicator].append([anchor, number, figure(reading)])
        files[f"compare/{plan.meta.slug}.json"] = json.dumps(
            {"traditional": plan.meta.script == "traditional", "topics": by_topic, "figures": figures},
            ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return files


def render_compare_page(plans: list[Plan], links: Links, indicators: list[Indicator]) -> str:
    """The list to choose the plans from (by province, each plan by place, year and title), the table the script
    fills, and the taxonomy's topics in its order and the ``indicators`` any plan sets a figure for (量化指标), as
    data for the script (their "<" escaped, so that no name can end the element)."""
    choices = "".join(f'<optgroup label="{escape.text(region_name(name))}">'
                      + "".join(f'<option value="{plan.meta.slug}"{script_lang(plan)}>'
                                f"{escape.text(plan_label(plan, name))}　{escape.text(plan.meta.title)}</option>"
                                for plan in listed)
                      + "</optgroup>" for name, listed in by_region(plans))
    topics, measures = (json.dumps(named, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
                        for named in ([[topic.slug, topic.name] for topic in links.topics],
                                      [[indicator.slug, indicator.name] for indicator in indicators]))
    # The second list is the first's, which the script copies into it: at a thousand plans, each is 0.1 MB.
    pickers = f'<label>规划甲 <select name="a">{choices}</select></label><label>规划乙 <select name="b"></select></label>'
    return "\n".join([
        front_matter("两份规划对照"), "# 两份规划对照", "",
        '<p class="atlas-text">选择两份规划，按主题逐项并排列出两者的任务；一方没有涉及的主题标为“未涉及”。'
        "两者为同一量化指标定下的数值另列一表。规划页信息卡的“对照”一行也通向这里。</p>", "",
        f'<div class="atlas-compare"><form class="atlas-compare__pickers">{pickers}</form>'
        '<p class="atlas-compare__summary" aria-live="polite"></p>'
        '<table class="atlas-compare__table"><thead><tr><th>主题</th><th class="atlas-compare__a"></th>'
        '<th class="atlas-compare__b"></th></tr></thead><tbody></tbody></table>'
        '<table class="atlas-compare__table atlas-compare__figures" hidden><thead><tr><th>量化指标</th>'
        '<th class="atlas-compare__a"></th><th class="atlas-compare__b"></th></tr></thead><tbody></tbody></table>'
        f'<script type="application/json" class="atlas-compare__topics">{topics}</script>'
        f'<script type="application/json" class="atlas-compare__indicators">{measures}</script>'
        "<noscript><p>对照需要浏览器运行 JavaScript。</p></noscript></div>", ""])


def render_topic_index(links: Links, members) -> str:
    out = [front_matter("主题"), "# 主题", "",
           "按《法治政府建设实施纲要》的结构整理的措施主题。每个主题页按规划列出相关任务，并标出未涉及该主题的规划。", ""]
    group = None
    for topic in links.topics:
        if topic.group != group:
            group = topic.group
            out += [f"## {escape.inline(group)}", ""]
        by_plan = members.get(topic.slug, {})
        count = sum(len(nodes) for nodes in by_plan.values())
        out.append(f"- [{escape.inline(topic.name)}]({topic.slug}.md)（{count} 项，{len(by_plan)} 份规划）："
                   f"{escape.inline(topic.description)}")
    return "\n".join(out) + "\n"


def render_topic(topic: Topic, corpus: Corpus, plans: list[Plan], links: Links, by_plan: dict[str, list[Node]],
                 listed: dict[str, PlanListings]) -> str:
    """``plans``: the corpus's plans by year; ``listed``: their :class:`PlanListings` by slug."""
    out = [front_matter(topic.name), f"# {escape.inline(topic.name)}", "",
           f'<p class="atlas-text">{escape.text(topic.description)}（{escape.text(topic.group)}）</p>', "",
           *_plan_filter(plans)]
    for name, covered in by_region([plan for plan in plans if plan.meta.slug in by_plan]):
        out += [f"## {escape.inline(region_name(name))} {{#{region_anchor(name)}}}", ""]
        for plan in covered:
            out += _plan_s_tasks(plan, name, listed, [node.anchor for node in by_plan[plan.meta.slug]])
    gaps = by_region([plan for plan in plans if plan.meta.slug not in by_plan])
    out += ["## 未涉及本主题的规划 {#gaps}", ""]
    out.append('<ul class="atlas-gaps">' + "".join(_gaps_line(name, missing) for name, missing in gaps) + "</ul>"
               if gaps else '<p class="atlas-text">所有规划都有相关任务。</p>')
    out.append("")
    pairs = side_by_side_pairs(topic, corpus, links, by_plan)
    if pairs:
        out += ["## 逐句对照 {#compare}", "",
                '<p class="atlas-text atlas-pairs-intro">两地同类任务并排显示，<mark class="atlas-shared">高亮</mark>'
                "为两段共有的文字。</p>", ""]
        for (plan_a, node_a), (plan_b, node_b), score in pairs:
            left, right = highlight_shared(_full_text(node_a), _full_text(node_b))
            # Both plans' levels and years, for the filter (atlas.js): a pair is shown while both plans are.
            levels = f"{level_key(plan_a.meta.level)} {level_key(plan_b.meta.level)}"
            years = f"{_year_key(plan_a)} {_year_key(plan_b)}"
            out.append(f'<div class="atlas-pair" data-score="{score:.2f}" data-levels="{levels}" data-years="{years}">'
                       f'<div><p><a href="{_task_href(plan_a, node_a)}">{escape.text(plan_label(plan_a))} '
                       f"{escape.text(node_a.number)}</a></p><p{script_lang(plan_a)}>{left}</p></div>"
                       f'<div><p><a href="{_task_href(plan_b, node_b)}">{escape.text(plan_label(plan_b))} '
                       f"{escape.text(node_b.number)}</a></p><p{script_lang(plan_b)}>{right}</p></div></div>")
            out.append("")
    return "\n".join(out) + "\n"


def _plan_s_tasks(plan: Plan, region_of_plan: str, listed: dict[str, PlanListings], anchors: list[str]) -> list[str]:
    """A plan's section of a page two levels down that lists tasks by province and plan (a topic's, a year's): its
    place and year, its title linked, and its tasks' items (:class:`PlanListings`) at ``anchors``."""
    items, marks = listed[plan.meta.slug].topic_items, _filter_marks(plan)
    return [f"### {escape.inline(plan_label(plan, region_of_plan))} {{#plan-{plan.meta.slug} {marks}}}", "",
            f'<p class="atlas-text" {marks}{script_lang(plan)}><a href="../../{plan_url(plan.meta.slug)}">'
            f"{escape.text(plan.meta.title)}</a></p>", f'<ul class="atlas-topic-tasks" {marks}>',
            *(items[anchor] for anchor in anchors), "</ul>", ""]


def _gaps_line(region_of_plans: str, plans: list[Plan]) -> str:
    """A province's plans that miss a topic, each named by place and year, its title on hover, and marked with its
    level and year for the page's filter (the 、 between them is the stylesheet's, as a plan hidden takes its own
    away)."""
    links = "".join(f'<span {_filter_marks(plan)}><a href="../../{plan_url(plan.meta.slug)}" '
                    f'title="{escape.text(plan.meta.title)}">{escape.text(plan_label(plan, region_of_plans))}'
                    "</a></span>" for plan in plans)
    return f"<li>{escape.text(region_name(region_of_plans))}：{links}</li>"


def _plan_filter(plans: list[Plan]) -> list[str]:
    """The filter of a page listing plans by province (atlas.js), hidden until the script shows it: at a thousand
    plans, a reader comparing provinces' plans, or counties', or one round of plans (2021–2025's with 2015–2020's
    aside), reads those alone. A box for each level of ``plans`` (省级, 市级 …), where they are of two or more; a
    first and a last year (the year the site names a plan by), where they are of two or more."""
    levels = [level for level, _ in by_level(plans)]
    years = sorted({_year_key(plan) for plan in plans} - {""})
    out = []
    if len(levels) > 1:
        boxes = "".join(f'<label><input type="checkbox" value="{level_key(level)}" checked> '
                        f"{escape.text(level_name(level))}</label>" for level in levels)
        out += [f'<p class="atlas-levels" hidden>按层级筛选：{boxes}</p>', ""]
    if len(years) > 1:
        first, last = (_year_options(years, chosen) for chosen in (years[0], years[-1]))
        out += [f'<p class="atlas-years" hidden>按规划年份筛选：<select name="from" aria-label="起始年份">{first}'
                f'</select>至<select name="to" aria-label="截止年份">{last}</select></p>', ""]
    return out


def _year_options(years: list[str], chosen: str) -> str:
    return "".join(f'<option{" selected" if year == chosen else ""}>{year}</option>' for year in years)


def _filter_marks(plan: Plan) -> str:
    """The attributes the page's filter reads of a plan's part: its level and year."""
    return f'data-level="{level_key(plan.meta.level)}" data-year="{_year_key(plan)}"'


def _year_key(plan: Plan) -> str:
    """A plan's year for the filter: the year the site names it by, "" where it has none (or a sidecar's date
    gives it no year of four digits)."""
    return plan.meta.year if re.fullmatch(r"\d{4}", plan.meta.year) else ""


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


def coverage_pages(plans: list[Plan], links: Links, members) -> dict[str, str]:
    """The coverage matrix (``plans``: by year): topics against plans, or, past :data:`LIST_MAX`
    plans, against provinces, as a thousand columns would be read by no one."""
    return _whole_or_by_province(
        "coverage", "覆盖矩阵", plans,
        whole=lambda regions: _coverage_of_plans("覆盖矩阵", "", regions, links, members, "../"),
        overview=lambda regions: _coverage_of_regions(regions, links, members),
        of_province=lambda title, back, name, in_region: _coverage_of_plans(
            title, back, [(name, in_region)], links, members, "../../"))


def _whole_or_by_province(page: str, title: str, plans: list[Plan], whole, overview, of_province) -> dict[str, str]:
    """``page``: ``whole(regions)`` while the corpus is small; past :data:`LIST_MAX` plans an
    ``overview(regions)`` of provinces, and a page ``of_province(title, back, name, plans)`` for each
    (``back`` leading to the overview), at ``<page>/province-<code>/``."""
    regions = by_region(plans)
    if len(plans) <= LIST_MAX:
        return {f"{page}.md": whole(regions)}
    back = f'<p class="atlas-text"><a href="../../{page}/">返回各省份概览</a></p>\n\n'
    return {f"{page}.md": overview(regions),
            **{f"{page}/{region_anchor(name)}.md": of_province(f"{title}：{region_name(name)}", back, name, in_region)
               for name, in_region in regions}}


def _coverage_of_plans(title: str, back: str, regions: list[tuple[str, list[Plan]]], links: Links, members,
                       root: str) -> str:
    """Topics against the plans of ``regions``, each cell a plan's count of tasks on the topic, below
    ``back`` (a link to the overview, on a province's page); ``root`` leads from the page to the
    site's root."""
    plans = [plan for _, listed in regions for plan in listed]
    head = ["".join(f'<th colspan="{len(listed)}">{escape.text(region_name(name))}</th>' for name, listed in regions),
            "".join(f'<th class="atlas-plan-head"><a href="{root}{plan_url(p.meta.slug)}">'
                    f"{escape.text(plan_label(p, name))}</a></th>"
                    for name, listed in regions for p in listed)]

    def cells(topic: Topic) -> str:
        counts = [len(members.get(topic.slug, {}).get(plan.meta.slug, ())) for plan in plans]
        return "".join(f'<td><a href="{root}{topic_url(topic.slug)}#plan-{plan.meta.slug}">{count}</a></td>'
                       if count else '<td class="atlas-gap">—</td>' for plan, count in zip(plans, counts))

    return _matrix_page(title, back + "行是措施主题（按纲要结构分组），列是规划（按省份，省内按年份），格中数字是该规划在该"
                        "主题下的任务数，点击进入主题页对应段落；“—”表示该规划没有这方面的任务。",
                        head, links, len(plans), cells, root)


def _coverage_of_regions(regions: list[tuple[str, list[Plan]]], links: Links, members) -> str:
    """Topics against provinces, each cell how many of a province's plans have tasks on the topic."""
    head = ["".join(map(_region_head, regions))]

    def cells(topic: Topic) -> str:
        out = []
        for name, listed in regions:
            tasks = [len(members.get(topic.slug, {}).get(plan.meta.slug, ())) for plan in listed]
            covering = sum(1 for count in tasks if count)
            out.append(f'<td><a href="../{topic_url(topic.slug)}#{region_anchor(name)}" title="共 {sum(tasks)} 项任务">'
                       f"{covering}/{len(listed)}</a></td>" if covering else '<td class="atlas-gap">—</td>')
        return "".join(out)

    return _matrix_page("覆盖矩阵", "行是措施主题（按纲要结构分组），列是省份；格中是该省涉及该主题的规划数与该省规划总数，"
                        "点击进入主题页该省的段落，“—”表示该省没有规划涉及这方面。点击省份名查看该省逐个规划的矩阵。",
                        head, links, len(regions), cells, "../")


def _region_head(region: tuple[str, list[Plan]]) -> str:
    """A province's column on an overview, linked to its own page, named short to keep the column narrow."""
    name, _ = region
    return (f'<th title="{escape.text(region_name(name))}"><a href="{region_anchor(name)}/">'
            f"{escape.text(region_short_name(name))}</a></th>")


def _matrix_page(title: str, intro: str, head: list[str], links: Links, columns: int, cells, root: str) -> str:
    """A page of one table: topics by group down the side, ``head``'s rows of column headers across,
    ``cells(topic)`` each topic's row of cells."""
    rows, group = [], None
    for topic in links.topics:
        if topic.group != group:
            group = topic.group
            rows.append(f'<tr class="atlas-group"><th colspan="{columns + 1}"><span>{escape.text(group)}</span></th></tr>')
        rows.append(f'<tr><th><a href="{root}{topic_url(topic.slug)}">{escape.text(topic.name)}</a></th>{cells(topic)}</tr>')
    corner = f'<th rowspan="{len(head)}">主题</th>' if len(head) > 1 else "<th>主题</th>"
    return "\n".join([front_matter(title, wide=True), f"# {escape.inline(title)}", "", intro, "",
                      f'<div class="atlas-scroll"><table class="atlas-matrix"><thead><tr>{corner}'
                      f'{"</tr><tr>".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>', ""])


def unit_pages(plans: list[Plan], listed: dict[str, PlanListings]) -> dict[str, str]:
    """Who leads what (``plans``: by year; ``listed``: their :class:`PlanListings` by slug): lead units
    by kind of body, each kind's tasks by plan, or, past :data:`LIST_MAX` plans, kinds against provinces."""
    return _whole_or_by_province(
        "units", "牵头单位索引", plans,
        whole=lambda regions: _units_of_plans("牵头单位索引", "", [plan for _, in_region in regions
                                                                  for plan in in_region], listed, "../"),
        overview=lambda regions: _units_of_regions(regions, listed),
        of_province=lambda title, back, _, in_region: _units_of_plans(title, back, in_region, listed, "../../"))


def _led_by_kind(plans: list[Plan], listed: dict[str, PlanListings]
                 ) -> list[tuple[tuple[str, str], dict[str, tuple[Plan, list[LedTask]]]]]:
    """``[((kind's slug, name), {plan slug: (plan, its tasks led by that kind)})]``, the kinds leading most first."""
    led: dict[tuple[str, str], dict[str, tuple[Plan, list[LedTask]]]] = defaultdict(dict)
    for plan in plans:
        for kind, tasks in listed[plan.meta.slug].unit_items.items():
            led[kind][plan.meta.slug] = (plan, tasks)
    return sorted(led.items(), key=lambda item: (-_led_count(item[1]), item[0]))


_KINDS_OF_UNIT = "各规划的牵头单位按机构类型归并（如 市政府法制办、区法制局、市司法局 同属司法行政与政府法制机构）"


def _units_of_plans(title: str, back: str, plans: list[Plan], listed: dict[str, PlanListings], root: str) -> str:
    out = [front_matter(title), f"# {escape.inline(title)}", "",
           f"{back}{_KINDS_OF_UNIT}，列出每类机构在各地牵头的任务（按省份，省内按年份）。", ""]
    for (slug, name), by_plan in _led_by_kind(plans, listed):
        out += [f"## {escape.inline(name)} {{#{slug}}}", "",
                f'<p class="atlas-text">共牵头 {_led_count(by_plan)} 项任务。</p>', ""]
        for plan, tasks in by_plan.values():
            out += [f"<details><summary>{escape.text(plan_label(plan))}：{len(tasks)} 项</summary>"
                    f"<ul>{''.join(task.item(root) for task in tasks)}</ul></details>", ""]
    return "\n".join(out) + "\n"


def _units_of_regions(regions: list[tuple[str, list[Plan]]], listed: dict[str, PlanListings]) -> str:
    """Kinds of lead unit against provinces, each cell the tasks a kind leads in a province's plans."""
    by_region_kind = {name: {kind: _led_count(by_plan) for kind, by_plan in _led_by_kind(in_region, listed)}
                      for name, in_region in regions}
    head = "".join(map(_region_head, regions))
    rows = []
    for (slug, name), by_plan in _led_by_kind([plan for _, in_region in regions for plan in in_region], listed):
        cells = "".join(f'<td><a href="{region_anchor(region)}/#{slug}">{count}</a></td>'
                        if (count := by_region_kind[region].get((slug, name))) else '<td class="atlas-gap">—</td>'
                        for region, _ in regions)
        rows.append(f'<tr id="{slug}"><th>{escape.text(name)}<br><span class="atlas-count">共 {_led_count(by_plan)} 项'
                    f"</span></th>{cells}</tr>")
    return "\n".join([front_matter("牵头单位索引", wide=True), "# 牵头单位索引", "",
                      f"{_KINDS_OF_UNIT}。行是机构类型，列是省份，格中是该类机构在该省各规划中牵头的任务数，点击查看这些任务。", "",
                      f'<div class="atlas-scroll"><table class="atlas-matrix"><thead><tr><th>机构类型</th>{head}</tr>'
                      f'</thead><tbody>{"".join(rows)}</tbody></table></div>', ""])


def _led_count(by_plan: dict[str, tuple[Plan, list[LedTask]]]) -> int:
    return sum(len(tasks) for _, tasks in by_plan.values())


# --- what falls due when ----------------------------------------------------------
def deadline_pages(plans: list[Plan], listed: dict[str, PlanListings]) -> dict[str, str]:
    """承诺时间表 (``plans``: by year; ``listed``: their :class:`PlanListings` by slug): the years the plans' tasks
    fall due by their dated deadlines, and for each year its tasks by province and plan, what a reader holding
    places to their word asks first (what was to be done by 2025, and where)."""
    due: dict[str, dict[str, list[str]]] = defaultdict(dict)  # year → plan slug → anchors
    for plan in plans:
        for anchor, (deadlines, _) in listed[plan.meta.slug].measures.items():
            for year in due_years(deadlines, plan.meta.one_year):
                due[year].setdefault(plan.meta.slug, []).append(anchor)
    pages = {"deadlines.md": _deadline_years(due)}
    for year, by_plan in due.items():
        pages[f"deadlines/{year}.md"] = _due_in(year, [plan for plan in plans if plan.meta.slug in by_plan], by_plan,
                                                listed)
    return pages


_DUE_DATES = ("期限写明年份的任务（如 2025年底前、到2025年、2024年6月底前；跨年的期限按最后一年计），"
              "按到期年份归类；年度工作要点只写月份或年底的期限（6月底前、年底前）按要点的年份计；"
              "其他没有写明年份的期限（长期坚持、每年3月底前、五年规划中的12月底前）不在其中。")


def _deadline_years(due: dict[str, dict[str, list[str]]]) -> str:
    rows = "".join(f'<tr><td><a href="{year}/">{year}</a></td><td>{sum(map(len, by_plan.values()))}</td>'
                   f"<td>{len(by_plan)}</td></tr>" for year, by_plan in sorted(due.items()))
    table = (f'<table class="atlas-plans"><thead><tr><th>到期年份</th><th>任务数</th><th>规划数</th></tr></thead>'
             f"<tbody>{rows}</tbody></table>" if due else '<p class="atlas-text">还没有期限写明年份的任务。</p>')
    return "\n".join([front_matter("承诺时间表"), "# 承诺时间表", "", f'<p class="atlas-text">{_DUE_DATES}</p>', "",
                      table, ""])


def _due_in(year: str, plans: list[Plan], by_plan: dict[str, list[str]], listed: dict[str, PlanListings]) -> str:
    title = f"{year} 年到期的任务"
    out = [front_matter(title), f"# {title}", "",
           f'<p class="atlas-text"><a href="../">承诺时间表</a>：{_DUE_DATES}以下按省份、省内按规划年份列出'
           f"期限落在 {year} 年的任务。</p>", "", *_plan_filter(plans)]
    for name, in_region in by_region(plans):
        out += [f"## {escape.inline(region_name(name))} {{#{region_anchor(name)}}}", ""]
        for plan in in_region:
            out += _plan_s_tasks(plan, name, listed, by_plan[plan.meta.slug])
    return "\n".join(out) + "\n"


# --- quantified targets side by side ------------------------------------------------
INDICATORS_PAGE = "targets.md"
_INDICATORS_INTRO = ("各规划为同一量化指标定下的数值并列比较，如行政机关负责人出庭应诉率、规范性文件备案审查率、"
                     "法治培训学时。只收录各地常用的指标；数值连同原文中说明它的文字一起列出，点击任务编号查看原文。")


# A figure a task sets for an indicator, with its plan and its task's anchor and number.
_FigureRow = tuple[Plan, str, str, Reading]


def _figures_by_indicator(plans: list[Plan], listed: dict[str, PlanListings]) -> dict[str, list[_FigureRow]]:
    """The figures ``plans`` (by year) set, by indicator slug, in the plans' order and each plan's (``listed``: their
    :class:`PlanListings` by slug); only the indicators some plan sets one for."""
    found: dict[str, list[_FigureRow]] = defaultdict(list)
    for plan in plans:
        for anchor, number, reading in listed[plan.meta.slug].readings:
            found[reading.indicator].append((plan, anchor, number, reading))
    return found


def indicator_pages(found: dict[str, list[_FigureRow]]) -> dict[str, str]:
    """量化指标 (``found``: :func:`_figures_by_indicator`): for each indicator any task sets a figure for, every such
    figure, highest first, with its plan and task and the words that say what it measures; a journalist asks first
    which places promised 100% and which less."""
    pages = {INDICATORS_PAGE: _indicator_index(found)}
    for indicator in INDICATORS:
        if indicator.slug in found:
            pages[_indicator_file(indicator.slug)] = _indicator_page(indicator.name, found[indicator.slug])
    return pages


def _indicator_index(found: dict[str, list[_FigureRow]]) -> str:
    rows = []
    for indicator in INDICATORS:
        if rows_of_it := found.get(indicator.slug):
            figures = sorted((row[3] for row in rows_of_it), key=lambda reading: reading.value)
            span = "–".join(dict.fromkeys(figure(reading) for reading in (figures[0], figures[-1])))
            rows.append(f'<tr><td><a href="{indicator.slug}/">{escape.text(indicator.name)}</a></td>'
                        f"<td>{len({row[0].meta.slug for row in rows_of_it})}</td><td>{len(rows_of_it)}</td>"
                        f"<td>{span}</td><td>{_most_often(rows_of_it)}</td></tr>")
    table = ('<table class="atlas-plans"><thead><tr><th>指标</th><th>规划数</th><th>数值个数</th><th>数值范围</th>'
             f'<th>最常见的数值</th></tr></thead><tbody>{"".join(rows)}</tbody></table>' if rows
             else '<p class="atlas-text">还没有规划为这些指标定下数值。</p>')
    return "\n".join([front_matter("量化指标"), "# 量化指标", "", f'<p class="atlas-text">{_INDICATORS_INTRO}</p>', "",
                      table, ""])


def _indicator_page(name: str, rows: list[_FigureRow]) -> str:
    """One indicator's figures, highest first, then by the plans' order (by year) and the tasks'; each row marked
    with its plan's level and year for the page's filter, a plan's first row with its anchor (``#plan-<slug>``), where
    its card's row of figures leads."""
    ordered = sorted(enumerate(rows), key=lambda row: (-row[1][3].value, row[0]))
    lines, anchored = [], set()
    for _, (plan, anchor, number, reading) in ordered:
        slug = plan.meta.slug
        row_id = "" if slug in anchored else f' id="plan-{slug}"'
        anchored.add(slug)
        lines.append(f"<tr{row_id} {_filter_marks(plan)}><td>{figure(reading)}</td>"
                     f"<td>{escape.text(region_short_name(region(plan)))}</td>"
                     f'<td><a href="../../{plan_url(slug)}" title="{escape.text(plan.meta.title)}">'
                     f"{escape.text(plan_label(plan))}</a></td>"
                     f'<td><a href="../../{plan_url(slug)}#{anchor}">{escape.text(number)}</a></td>'
                     f"<td{script_lang(plan)}>{escape.text(reading.clause)}</td></tr>")
    plans_here = _by_year({row[0].meta.slug: row[0] for row in rows}.values())
    spread = " · ".join(f"{shown}（{count} 份）" for shown, count in _plans_by_figure(rows)[:_FIGURES_SHOWN])
    intro = (f'<a href="../">量化指标</a>：{len(plans_here)} 份规划为这一指标定下了 {len(rows)} 个数值，'
             f"按数值从高到低排列。定下各数值的规划数：{spread}。")
    return "\n".join([front_matter(name), f"# {escape.inline(name)}", "", f'<p class="atlas-text">{intro}</p>', "",
                      *_plan_filter(plans_here),
                      '<table class="atlas-plans atlas-readings"><thead><tr><th>数值</th><th>省份</th><th>规划</th>'
                      f'<th>任务</th><th>原文</th></tr></thead><tbody>{"".join(lines)}</tbody></table>', ""])


_FIGURES_SHOWN = 8


def _plans_by_figure(rows: list[_FigureRow]) -> list[tuple[str, int]]:
    """Each figure the ``rows`` give (100%, 2期) and how many plans set it, the most often set first (the higher
    where two tie)."""
    plans: dict[str, set[str]] = defaultdict(set)
    value_of: dict[str, float] = {}
    for plan, _, _, reading in rows:
        shown = figure(reading)
        plans[shown].add(plan.meta.slug)
        value_of[shown] = reading.value
    return sorted(((shown, len(slugs)) for shown, slugs in plans.items()),
                  key=lambda counted: (-counted[1], -value_of[counted[0]]))


def _most_often(rows: list[_FigureRow]) -> str:
    """The figure most plans set (the higher where two tie), with how many: 100%（12 份规划）."""
    shown, count = _plans_by_figure(rows)[0]
    return f"{shown}（{count} 份规划）"

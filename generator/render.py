"""Stage 6: plans (and their links) → Markdown pages, as a pure function.

``render_site(corpus, links)`` returns ``{path: markdown}``; nothing here
touches the file system or imports MkDocs. Every string that came from a
source text passes through :mod:`generator.escape`.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import groupby
from typing import NamedTuple

from . import escape
from .corpus import Annotations, Corpus
from .indicators import INDICATOR_BY_SLUG, INDICATORS, Reading, figure
from .layers import Responsibility, due_years, for_tasks
from .meta import leading_places, short_name
from .link import Links, task_id
from .model import PROVINCE_CODES, PROVINCES, Line, Node, Plan
from .tables import cells, task_tables
from .script import is_cjk, to_simplified

LEVEL_NAMES = {"national": "国家级", "province": "省级", "city": "市级", "county": "县级", "district": "区级",
               "township": "乡镇级", "zone": "功能区", "": "其他"}
# What the build report calls each kind of line that cleaning removed (the export keeps the English names).
REMOVAL_NAMES = {"counter": "浏览计数", "timestamp": "发布时间", "byline": "来源署名", "page tools": "页面工具", "breadcrumb": "导航路径",
                 "site menu": "网站菜单", "site date": "网站日期", "qr prompt": "二维码提示", "related links": "相关链接",
                 "leave-site prompt": "离站提示", "site footer": "网站页脚", "separator": "分隔线", "page number": "页码",
                 "imprint": "版记", "metadata table": "信息表", "table of contents": "目录", "running head": "页眉页脚",
                 "download link": "下载链接", "document remark": "附注", "interpretation": "政策解读",
                 "repeated copy": "重复副本"}
DIAGNOSTIC_LEVELS = {"error": "错误", "warning": "警告"}
LEVEL_ORDER = ("national", "province", "city", "district", "county", "township", "zone", "")
# The levels whose plans are in no province: the navigation and the home page list the others by province.
LEVELS_ABOVE_PROVINCES = ("national", "province")
_EXCERPT = 18
# The best few equivalents under each task; the export lists them all.
SHOWN_EQUIVALENTS = 8


def plan_path(slug: str) -> str:
    return f"plans/{slug}.md"


def plan_url(slug: str) -> str:
    return f"plans/{slug}/"


def download_links(slug: str, prefix: str) -> str:
    """Links to a plan's cleaned text and parsed JSON, from a page ``prefix`` away from the root."""
    return (f'<a href="{prefix}data/plans/{slug}.txt">文本</a> · '
            f'<a href="{prefix}data/plans/{slug}.json">JSON</a>')


def script_lang(plan: Plan) -> str:
    """The ``lang`` attribute of an element holding a traditional-script plan's own words (the site's
    language, ``zh``, is read as simplified), so that a browser draws them in a traditional font and a
    screen reader reads them as such; nothing for a simplified plan."""
    return ' lang="zh-Hant"' if plan.meta.script == "traditional" else ""


def in_script(plan: Plan, html: str) -> str:
    """``html``, a plan's own words already escaped, marked with the plan's script where it is not the
    site's: for words inside an element that also holds the site's (a label, a place's name)."""
    lang = script_lang(plan)
    return f"<span{lang}>{html}</span>" if lang else html


def heading_attributes(anchor: str, plan: Plan) -> str:
    """A heading's attribute list (Python-Markdown's ``attr_list``): its anchor and the plan's script."""
    return f"{{#{anchor}{script_lang(plan)}}}"


def citation(node: Node, plan: Plan) -> str:
    number = f"({plan.meta.doc_number})" if plan.meta.doc_number else ""
    return f"《{plan.meta.title}》{number} {node.number}"


def short_title(node: Node) -> str:
    """The task's heading, or its opening words when it has none."""
    if node.title:
        return node.title
    words = node.text or (node.paragraphs[0] if node.paragraphs else "")
    return f"{words[:_EXCERPT]}{'…' if len(words) > _EXCERPT else ''}"


def heading_text(node: Node) -> str:
    """The task's number as printed, then its heading; a space after a number that ends in a word
    (第一章, 第三条) or a digit (a task table's 序号), as such numbers are typeset. A paragraph that
    prints no number (family ``n``) is its heading alone."""
    printed = node.marker.printed
    if not printed:
        return short_title(node)
    return f"{printed}{' ' if is_cjk(printed[-1]) or printed[-1].isdigit() else ''}{short_title(node)}"


def render_site(corpus: Corpus, links: Links, aliases: dict[str, dict[str, list[str]]] | None = None,
                templates: dict[str, str] | None = None) -> dict[str, str]:
    """All reader pages; ``aliases`` gives old ids to keep on renumbered tasks, ``templates`` each
    plan's :func:`plan_template` by source file where they were made beforehand."""
    pages = {"index.md": render_home(corpus), "report.md": render_report(corpus)}
    listed, neighbours = EquivalentItems(corpus), place_rows(corpus.plans)
    for plan in corpus.plans:
        template = templates[plan.source] if templates else plan_template(plan, corpus.annotations(plan))
        pages[plan_path(plan.meta.slug)] = fill_plan(template, links, listed, (aliases or {}).get(plan.meta.slug, {}),
                                                     neighbours)
    return pages


# --- plan pages ----------------------------------------------------------------
# Where a plan's page takes what the rest of the corpus decides: a task's ids in earlier builds (from
# the registry), its topics and equivalents (from linking), and the plan's card's row of the other plans
# of its place. Text from the plan reaches the page escaped, so no "<" of its own can open a slot.
_SLOT = re.compile("<\x1f(alias|links|place) ([^>]+)>")


def plan_template(plan: Plan, annotations: Annotations) -> str:
    """A plan's page as the plan alone decides it, with slots for the rest (:func:`fill_plan`): most
    of a page's cost, so the build makes it beside the parse, on every core, and caches it."""
    duties, found = annotations.duties, annotations.measured
    # What holds for each task (a sub-item without units or a deadline of its own has its task's), for the card's
    # years due and the table of units; the tasks below show each note where it is printed.
    task_duties, task_measures = for_tasks(plan.root, duties, found)
    out = [front_matter(plan.meta.title), f"# {escape.inline(plan.meta.title)} {heading_attributes('top', plan)}", "",
           _meta_card(plan, _years_due(plan, task_measures), annotations.readings), "",
           *_units_at_work(plan, task_duties)]
    if plan.front_matter:
        notice = "".join(f"<p{script_lang(plan)}>{source_text(plan, line)}</p>" for line in plan.front_matter)
        out += [f'<details class="atlas-notice"><summary>印发通知与页面信息</summary>{notice}</details>', ""]
    out += [_paragraphs(plan.root.paragraphs, plan), ""]
    figures: dict[str, list[str]] = defaultdict(list)
    for anchor, _, reading in annotations.readings:
        if reading.indicator not in figures[anchor]:
            figures[anchor].append(reading.indicator)
    for child in plan.root.children:
        _render_node(child, plan, _Annotated(duties, found, figures), out)
    if plan.root.closing:
        out += [_closing(plan), ""]
    return "\n".join(out).rstrip() + "\n"


def fill_plan(template: str, links: Links, listed: EquivalentItems, aliases: dict[str, list[str]],
              neighbours: dict[str, str]) -> str:
    """A plan's page: its template with each task's old ids, topics and equivalents, and its card's rows of
    the other plans of its place and of the places above it (``neighbours``, by slug: :func:`place_rows`)."""
    def filled(slot: re.Match) -> str:
        kind, key = slot.groups()
        if kind == "links":
            return _link_block(key, links, listed)
        if kind == "place":
            return neighbours.get(key, "")
        if key not in aliases:
            return ""
        return "".join(f'<span id="{old}" class="atlas-alias"></span>' for old in aliases[key]) + "\n\n"
    return _SLOT.sub(filled, template)


def front_matter(title: str, wide: bool = False) -> str:
    """Page meta: themes print the title unescaped (<title>, nav), so escape it
    here; a JSON string is valid YAML and quotes everything YAML could act on. A ``wide`` page, one table
    with a column per province or plan and no headings, takes the empty table of contents' column too."""
    hide = "hide: [toc]\n" if wide else ""
    return f"---\ntitle: {json.dumps(escape.text(title), ensure_ascii=False)}\n{hide}---\n"


class _Annotated(NamedTuple):
    """What a plan's page shows beside each node's words, by anchor: its units, its deadlines and targets, and the
    indicators of 量化指标 it sets a figure for."""

    duties: dict[str, Responsibility]
    found: dict
    figures: dict[str, list[str]]


def _render_node(node: Node, plan: Plan, annotated: _Annotated, out: list[str]) -> None:
    duties, found = annotated.duties, annotated.found
    level = min(len(node.label) + 1, 6)
    # A slot for the ids this task had in earlier builds (see generator.registry).
    out += [f"<\x1falias {node.anchor}>{'#' * level} {escape.inline(heading_text(node))} "
            f"{heading_attributes(node.anchor, plan)}", ""]
    body = [node.text] if node.text else []
    body += list(node.paragraphs)
    block = [f'<div class="atlas-task" data-anchor="{node.anchor}">']
    block += _blocks(tuple(body), plan, "atlas-body")
    if node.anchor in duties:
        block.append(_duty_lines(duties[node.anchor], node.note, plan))
    if node.anchor in found:
        block.append(_chips(*found[node.anchor], plan))
    if node.anchor in annotated.figures:
        block.append(_figure_links(plan, annotated.figures[node.anchor]))
    if node.is_leaf:
        block.append(_task_tools(node, plan))
        block.append(f"<\x1flinks {task_id(plan, node)}>")
    alternate = _alternate_reading(node, plan)
    if alternate:
        block.append(alternate)
    if len(block) > 1:
        out += ["".join(block + ["</div>"]), ""]
    for child in node.children:
        _render_node(child, plan, annotated, out)
    if node.closing:
        out += [_paragraphs(node.closing, plan), ""]


def _figure_links(plan: Plan, indicators: list[str]) -> str:
    """Where a task sets a figure for indicators of 量化指标, a link to each one's figures of every plan, at this
    plan's: how its figure compares is what a reader asks next."""
    links = " · ".join(f'<a href="{_figures_href(plan, slug)}">{escape.text(INDICATOR_BY_SLUG[slug].name)}</a>'
                       for slug in indicators)
    return f'<p class="atlas-figures">各地的数值：{links}</p>'


def _figures_href(plan: Plan, indicator: str) -> str:
    """From a plan's page, the plan's first row on an indicator's page of 量化指标."""
    return f"../../targets/{indicator}/#plan-{plan.meta.slug}"


def _paragraphs(paragraphs: tuple[str, ...], plan: Plan) -> str:
    return "\n\n".join(_blocks(paragraphs, plan, "atlas-text"))


def _blocks(paragraphs: tuple[str, ...], plan: Plan, css: str) -> list[str]:
    """Each paragraph as HTML, but a run of two or more lines with tab-separated cells (a table
    copied to text, such as a 规划's 主要指标) as one table, its first line the header."""
    blocks: list[str] = []
    rows = [(text, [cell.strip() for cell in text.split("\t") if cell.strip()]) for text in paragraphs]
    for tabbed, run in groupby(rows, key=lambda row: len(row[1]) > 1):
        run = list(run)
        if tabbed and len(run) > 1:
            width = max(len(cells) for _, cells in run)
            head, *body = [cells + [""] * (width - len(cells)) for _, cells in run]
            blocks.append(_table("atlas-text-table", head, "".join(_row(cells, plan) for cells in body), plan))
        else:
            blocks += [f'<p class="{css}"{script_lang(plan)}>{source_text(plan, text)}</p>' for text, _ in run]
    return blocks


def _table(css: str, head: Sequence[str], body: str, plan: Plan) -> str:
    """A table of source text: its header cells, and its body's rows already as HTML."""
    names = "".join(f"<th>{source_text(plan, cell)}</th>" for cell in head)
    return f'<table class="{css}"{script_lang(plan)}><thead><tr>{names}</tr></thead><tbody>{body}</tbody></table>'


def _row(cells: Sequence[str], plan: Plan) -> str:
    return "<tr>" + "".join(f"<td>{source_text(plan, cell)}</td>" for cell in cells) + "</tr>"


def _closing(plan: Plan) -> str:
    """The text after the plan's tasks, where the parser puts task division tables: each is
    shown as a table."""
    closing, blocks, position = plan.root.closing, [], 0
    for table in task_tables(tuple(Line(text, k) for k, text in enumerate(closing))):
        blocks.append(_paragraphs(closing[position:table.header], plan))
        names = cells(closing[table.header])
        body = "".join(f'<tr><td colspan="{len(names)}">{source_text(plan, row[0])}</td></tr>' if table.is_group(row)
                       else _row(row, plan) for _, row in table.rows)
        blocks.append(_table("atlas-task-table", names, body, plan))
        position = table.end
    blocks.append(_paragraphs(closing[position:], plan))
    return "\n\n".join(block for block in blocks if block)


def source_text(plan: Plan, value: str) -> str:
    """A passage of the plan as HTML: escaped, its mojibake runs marked when cleaning found any
    (looking for them costs more than the rest of a page)."""
    return escape.marked(value) if plan.cleaning.mojibake else escape.text(value)


# The fields of a plan's card given as the plan prints them; the others are the atlas's readings.
_FIELDS_AS_PRINTED = frozenset({"发文机关", "文号"})


def _years_due(plan: Plan, measured: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> list[str]:
    """The years the plan's tasks fall due by their dated deadlines, once per task and year, for its card's row of
    them (the deadline timeline reads the same deadlines from :class:`generator.render_compare.PlanListings`)."""
    return [year for node in plan.tasks()
            for year in due_years(measured.get(node.anchor, ((), ()))[0], plan.meta.one_year)]


def _meta_card(plan: Plan, due: list[str], readings: tuple[tuple[str, str, Reading], ...]) -> str:
    meta = plan.meta
    rows = [("发文机关", meta.issuer), ("文号", meta.doc_number), ("成文日期", meta.issued),
            ("地区", meta.jurisdiction), *([("省份", meta.province_apart)] if meta.province_apart else []),
            *([("部门", meta.department)] if meta.department else []),
            ("层级", level_name(meta.level)), ("规划期", meta.period), ("任务数", str(len(plan.tasks()))),
            ("文字", "繁体（页面另附简体）" if meta.script == "traditional" else "简体"),
            ("原始文本", plan.source)]
    cells = "".join(f"<tr><th>{escape.text(k)}</th><td{script_lang(plan) if k in _FIELDS_AS_PRINTED and v else ''}>"
                    f"{escape.text(v or '—')}</td></tr>" for k, v in rows)
    source = ""
    if meta.source_url.startswith(("https://", "http://")):
        source = f'<tr><th>来源</th><td><a href="{escape.text(meta.source_url)}" rel="nofollow noopener">' \
                 f"{escape.text(meta.source_url)}</a></td></tr>"
    downloads = f"<tr><th>下载</th><td>{download_links(meta.slug, '../../')}</td></tr>"
    compare = f'<tr><th>对照</th><td><a href="../../compare/?a={meta.slug}">与另一份规划逐个主题对照</a></td></tr>'
    return (f'<table class="atlas-card">{cells}{source}{downloads}{compare}{_due_row(meta.slug, due)}'
            f'{_figures_row(plan, readings)}<\x1fplace {meta.slug}></table>')


def _due_row(slug: str, due: list[str]) -> str:
    """The card's row of the years the plan's tasks fall due (``due``: a year per task), each with its count, linked
    to the plan's section of that year's page of the deadline timeline; none for a plan no dated deadline of which
    names a year."""
    counts = Counter(due)
    years = " · ".join(f'<a href="../../deadlines/{year}/#plan-{slug}">{year}</a>（{count} 项）'
                       for year, count in sorted(counts.items()))
    return f"<tr><th>到期任务</th><td>{years}</td></tr>" if counts else ""


def _figures_row(plan: Plan, readings: tuple[tuple[str, str, Reading], ...]) -> str:
    """The card's row of the figures the plan's tasks set for the indicators compared side by side (量化指标), each
    indicator linked to the plan's first row on its page; none for a plan that sets none."""
    figures: dict[str, list[str]] = defaultdict(list)
    for _, _, reading in readings:
        figures[reading.indicator].append(figure(reading))
    items = [f'<a href="{_figures_href(plan, indicator.slug)}">{escape.text(indicator.name)}</a> '
             f'{"、".join(dict.fromkeys(figures[indicator.slug]))}' for indicator in INDICATORS
             if indicator.slug in figures]
    return f"<tr><th>量化指标</th><td>{' · '.join(items)}</td></tr>" if items else ""


def place_rows(plans: tuple[Plan, ...]) -> dict[str, str]:
    """The card's rows of the plans of a plan's own place and of the places above it, by slug, where it has any."""
    by_year = sorted(plans, key=lambda plan: (plan.meta.year, plan.meta.issued, plan.meta.slug))
    places: dict[tuple[str, str], list[Plan]] = {}
    for plan in by_year:
        places.setdefault((plan.meta.province, plan.meta.jurisdiction), []).append(plan)
    national = [plan for plan in by_year if plan.meta.level == "national" and not plan.meta.department]
    return {plan.meta.slug: _same_place_row(plan, places) + _places_above_row(plan, places, national)
            for plan in plans}


def _same_place_row(plan: Plan, places: dict[tuple[str, str], list[Plan]]) -> str:
    """The other plans of a plan's place (its province and jurisdiction: 成都市's plans of 2015 and 2021, its
    司法局's), by year, date and slug (an undated one first): what a reader following one place's commitments over
    the years goes to next."""
    others = [other for other in places[(plan.meta.province, plan.meta.jurisdiction)] if other is not plan]
    return _plans_row("同地其他规划", others, plan) if others else ""


def _places_above_row(plan: Plan, places: dict[tuple[str, str], list[Plan]], national: list[Plan]) -> str:
    """The plans of the places above a plan's, the nation's first (``national``: 中共中央、国务院's 纲要), then its
    province's, then its city's (四川省's and 成都市's above 成都市郫都区's), each by year: what a province's, a city's
    or a county's plan carries out, which a reader checks it against. A department's own plan (某某省司法厅's) is
    none, as it governs its department, not the places below."""
    meta = plan.meta
    if meta.level == "national":
        return ""
    within = leading_places(meta.jurisdiction)
    above = ([meta.province] if meta.province and meta.level not in LEVELS_ABOVE_PROVINCES else []) \
        + ["".join(within[:depth]) for depth in range(1, len(within))]
    plans_above = national + [other for place in dict.fromkeys(above) if place != meta.jurisdiction
                              for other in places.get((meta.province, place), ()) if not other.meta.department]
    return _plans_row("上级规划", plans_above, plan) if plans_above else ""


def _plans_row(heading: str, plans: list[Plan], beside: Plan) -> str:
    items = "".join(_neighbour_item(other, beside.meta.slug) for other in plans)
    return f'<tr><th>{heading}</th><td><ul class="atlas-neighbours">{items}</ul></td></tr>'


def _neighbour_item(plan: Plan, beside: str) -> str:
    """A plan of the same place or a place above on the card of plan ``beside``: its year and title, and the two
    set side by side by topic (compare/), what changed in a place's commitments between them, or what a place
    below took up of the plan above it."""
    year = escape.text(plan.meta.year) + " " if plan.meta.year else ""
    return (f'<li>{year}<a href="../{plan.meta.slug}/">{in_script(plan, escape.text(plan.meta.title))}</a>'
            f' · <a href="../../compare/?a={beside}&amp;b={plan.meta.slug}">对照</a></li>')


def _units_at_work(plan: Plan, duties: dict[str, Responsibility]) -> list[str]:
    """The plan's tasks by each unit its notes name (``duties``: what holds for each task), leading (牵头) or taking
    part (配合, or 负责 where none leads), the units leading most first: what a department's reader looks for
    first, the tasks that are theirs. None for a plan whose notes name no unit."""
    roles: dict[str, tuple[list[Node], list[Node]]] = {}
    for node in plan.tasks():
        duty = duties.get(node.anchor, Responsibility((), ()))
        for unit in duty.leads:
            roles.setdefault(unit, ([], []))[0].append(node)
        for unit in duty.partners:
            roles.setdefault(unit, ([], []))[1].append(node)
    if not roles:
        return []
    rows = "".join(f"<tr><td>{in_script(plan, escape.text(unit))}</td><td>{_task_links(roles[unit][0])}</td>"
                   f"<td>{_task_links(roles[unit][1])}</td></tr>"
                   for unit in sorted(roles, key=lambda unit: (-len(roles[unit][0]), -len(roles[unit][1]))))
    return [f'<details class="atlas-units"><summary>各单位的任务（{len(roles)} 个单位）</summary>'
            '<table class="atlas-units-table"><thead><tr><th>单位</th><th>牵头</th><th>配合或负责</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></details>", ""]


def _task_links(nodes: list[Node]) -> str:
    """Links to tasks on their page, each by its number, its heading on hover."""
    return " ".join(f'<a href="#{node.anchor}" title="{escape.text(short_title(node))}">{escape.text(node.number)}</a>'
                    for node in nodes)


def _duty_lines(duty: Responsibility, note: str, plan: Plan) -> str:
    lines = []
    if duty.leads:
        lines.append(f'<p class="atlas-resp"><span class="atlas-role">牵头</span>'
                     f'{in_script(plan, escape.text("、".join(duty.leads)))}</p>')
    if duty.partners:
        # Beside a lead, the other units help (配合); a note that names no lead (责任单位：X, X负责)
        # names the units in charge.
        role = "配合" if duty.leads else "负责"
        lines.append(f'<p class="atlas-resp"><span class="atlas-role">{role}</span>'
                     f'{in_script(plan, escape.text("、".join(duty.partners)))}</p>')
    lines.append(f'<p class="atlas-note">责任分工原文：{in_script(plan, escape.text(note))}</p>')
    return "".join(lines)


def _chips(deadlines: tuple[str, ...], targets: tuple[str, ...], plan: Plan) -> str:
    lang = script_lang(plan)
    chips = [f'<span class="atlas-chip atlas-deadline" title="时限"{lang}>{escape.text(d)}</span>' for d in deadlines]
    chips += [f'<span class="atlas-chip atlas-target" title="量化指标"{lang}>{escape.text(t)}</span>' for t in targets]
    return f'<p class="atlas-chips">{"".join(chips)}</p>'


def _task_tools(node: Node, plan: Plan) -> str:
    """The button that copies a task's citation; its number there also finds it when an address asks for it by
    number (#38, see atlas.js)."""
    return (f'<p class="atlas-tools"><button type="button" class="atlas-cite md-button" '
            f'data-citation="{escape.text(citation(node, plan))}" data-number="{escape.text(node.number)}" '
            f'data-anchor="{node.anchor}">复制引用</button></p>')


def _alternate_reading(node: Node, plan: Plan) -> str:
    """A traditional-script task's simplified reading, for readers who read only simplified."""
    original = " ".join(filter(None, [node.title, node.text, *node.paragraphs]))
    if not original or plan.meta.script != "traditional":
        return ""
    return (f'<details class="atlas-alt" lang="zh-Hans"><summary>简体文本</summary>'
            f'<p>{escape.text(to_simplified(original))}</p></details>')


class EquivalentItems(dict):
    """Each task's item as the tasks it is equivalent to list it, up to its score, by task id; made
    on first use and then reused, since a task is listed under many others (at 1,000 plans, the
    items were a third of rendering the plan pages)."""

    def __init__(self, corpus: Corpus):
        super().__init__()
        self.corpus = corpus

    def __missing__(self, identifier: str) -> str:
        plan, node = self.corpus.locate(identifier)
        place_and_year = f"{plan.meta.owner} {plan.meta.year}".strip()
        words = in_script(plan, f"{escape.text(node.number)} {escape.text(short_title(node))}")
        item = self[identifier] = (f'<li><a href="../{plan.meta.slug}/#{node.anchor}">{escape.text(place_and_year)} '
                                   f'{words}</a> '
                                   f'<span class="atlas-score">')
        return item


def _link_block(identifier: str, links: Links, listed: EquivalentItems) -> str:
    topics = links.task_topics.get(identifier, ())
    others = links.equivalents.get(identifier, ())[:SHOWN_EQUIVALENTS]
    if not topics and not others:
        return ""
    parts = ['<div class="atlas-links">']
    if topics:
        chips = "".join(f'<a class="atlas-topic" href="../../topics/{slug}/">{escape.text(links.topic(slug).name)}</a>'
                        for slug in topics)
        parts.append(f'<p class="atlas-topics"><span class="atlas-role">主题</span>{chips}</p>')
    if others:
        items = "".join(f"{listed[other]}{score:.2f}</span></li>" for other, score in others)
        parts.append(f'<details class="atlas-same" open><summary>其他规划的同类任务</summary><ul>{items}</ul>'
                     f'</details>')
    parts.append("</div>")
    return "".join(parts)


def navigation(corpus: Corpus) -> list:
    """MkDocs ``nav`` data: plans by level, then, below the province level, by province, so each page
    renders a small pruned tree instead of one flat list of every plan."""
    plans = [{escape.text(level_name(level)): _level_navigation(level, listed)}
             for level, listed in by_level(corpus.plans)]
    return [{"首页": "index.md"}, {"规划": plans},
            {"比较": [{"主题": "topics/index.md"}, {"两份规划对照": "compare.md"}, {"覆盖矩阵": "coverage.md"},
                    {"牵头单位索引": "units.md"}, {"承诺时间表": "deadlines.md"}, {"量化指标": "targets.md"}]},
            {"构建报告": "report.md"}, {"使用说明": "guide.md"}]


# A list of more plans than this is split to stay quick to scan and light to load: by year in the
# navigation, newest first; by province on the coverage matrix and the lead-unit index.
LIST_MAX = 40


def _level_navigation(level: str, plans: list[Plan]) -> list:
    """A level's plans: by province below the province level (四川省 → 成都市 2015), a list above it."""
    if level in LEVELS_ABOVE_PROVINCES:
        return _navigation_list(plans, "")
    return [{escape.text(region_name(province)): _navigation_list(listed, province)}
            for province, listed in by_region(plans)]


def _navigation_list(plans: list[Plan], province: str) -> list:
    """Plans named by place and year, the place without the province their group names (密云县 2011 under
    北京市), by place; by year where there are too many."""
    if len(plans) <= LIST_MAX:
        return [{escape.text(f"{place_within(plan, province)} {plan.meta.year}".strip()): plan_path(plan.meta.slug)}
                for plan in sorted(plans, key=lambda plan: plan.meta.slug)]
    by_year: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans:
        by_year[plan.meta.year or "年份不详"].append(plan)
    return [{year: [{escape.text(place_within(plan, province)): plan_path(plan.meta.slug)}
                    for plan in sorted(by_year[year], key=lambda plan: plan.meta.slug)]}
            for year in sorted(by_year, reverse=True)]


def place_within(plan: Plan, province: str) -> str:
    """Whose plan it is, as a list under ``province`` names it: 密云县 under 北京市 (but 北京市 itself)."""
    owner = plan.meta.owner or plan.meta.title
    return owner.removeprefix(province) if province and owner != province else owner


# Where plans are listed by region: a national plan's, each province's (a province's own plans with its
# places'), and the plans of no known province.
NATIONAL = "全国"
UNKNOWN_PROVINCE = "省份不详"


def region(plan: Plan) -> str:
    """The region a plan is listed under: its province, 全国 for a national plan, "" if not known."""
    return NATIONAL if plan.meta.level == "national" else plan.meta.province


def regions_in_order(present) -> list[str]:
    """The regions among ``present``: 全国, the provinces in the order of their codes, any other a sidecar
    set by name, and none ("") last."""
    known = (NATIONAL, *PROVINCES)
    return [name for name in known if name in present] \
        + sorted(set(present) - set(known) - {""}) + ([""] if "" in present else [])


def by_region(plans: list[Plan]) -> list[tuple[str, list[Plan]]]:
    """``plans`` (in the order they are listed within a region) grouped by region, the regions in order."""
    grouped: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans:
        grouped[region(plan)].append(plan)
    return [(name, grouped[name]) for name in regions_in_order(grouped)]


def region_name(name: str) -> str:
    return name or UNKNOWN_PROVINCE


def region_short_name(name: str) -> str:
    """A region as a narrow column names it: 四川省 → 四川, 广西壮族自治区 → 广西, 新疆生产建设兵团 → 兵团."""
    return short_name(region_name(name))


def region_anchor(name: str) -> str:
    """A region's anchor on a page that lists plans by region, from its code (四川省 → ``province-51``),
    as its name has no unique pinyin (山西, 陕西); ``province-00`` for 全国, ``province-unknown`` for none,
    and for a province a sidecar named, its name's code points in hex."""
    if name in PROVINCE_CODES:
        return f"province-{PROVINCE_CODES[name]}"
    if name in (NATIONAL, ""):
        return "province-00" if name else "province-unknown"
    return "province-" + "".join(f"{ord(ch):x}" for ch in name)


# --- home and report -------------------------------------------------------------
def render_home(corpus: Corpus) -> str:
    out = ["---", "title: 法治政府建设规划图谱", "---", "", "# 法治政府建设规划图谱", "",
           "本站收录各地法治政府建设规划、实施方案、实施意见与若干措施的全文，"
           "把每一项任务拆成可单独引用的条目（每条都有固定链接与“复制引用”按钮），"
           "并把不同地方承诺的同类措施放在一起比较。搜索框支持简体与繁体中文。"
           "如何引用、检索和下载数据，见[使用说明](guide.md)。", "",
           '<p class="atlas-downloads">数据下载（全部规划）：<a href="data/plans.json">plans.json</a> · '
           '<a href="data/tasks.json">tasks.json</a> · <a href="data/tasks.csv">tasks.csv</a>（Excel 可直接打开）· '
           '<a href="data/targets.csv">targets.csv</a>（量化指标）· '
           '<a href="data/anchors.json">anchors.json</a> · '
           '<a href="report/">构建报告</a></p>', "",
           '<p class="atlas-text">比较：<a href="topics/">主题</a> · <a href="compare/">两份规划对照</a> · '
           '<a href="coverage/">覆盖矩阵</a> · '
           '<a href="units/">牵头单位索引</a> · <a href="deadlines/">承诺时间表</a> · <a href="targets/">量化指标</a></p>', "",
           *_latest(corpus.plans)]
    for level, listed in by_level(corpus.plans):
        by_province = level not in LEVELS_ABOVE_PROVINCES
        plans = sorted(listed, key=lambda p: (p.meta.year, p.meta.slug))
        plans = [plan for _, listed in by_region(plans) for plan in listed] if by_province else plans
        out += [f"## {escape.inline(level_name(level))}", "", '<table class="atlas-plans"><thead><tr>'
                + ("<th>省份</th>" if by_province else "")
                + "<th>年份</th><th>规划</th><th>地区</th><th>任务数</th><th>下载</th></tr></thead><tbody>"]
        for plan in plans:
            province = f"<td>{escape.text(plan.meta.province or '—')}</td>" if by_province else ""
            out.append(f'<tr>{province}<td>{escape.text(plan.meta.year or "—")}</td><td><a href="{plan_url(plan.meta.slug)}"'
                       f"{script_lang(plan)}>{escape.text(plan.meta.title)}</a></td><td>{escape.text(plan.meta.owner)}</td>"
                       f"<td>{len(plan.tasks())}</td><td>{download_links(plan.meta.slug, '')}</td></tr>")
        out += ["</tbody></table>", ""]
    return "\n".join(out)


_LATEST = 8  # plans the home page lists as issued last


def _latest(plans: tuple[Plan, ...]) -> list[str]:
    """The plans issued last, newest first, by the dates they print (a month's for one dated by its month): what a
    reader coming back, or following a new round of plans, looks for first. None where fewer than two are dated."""
    dated = sorted((plan for plan in plans if len(plan.meta.issued) >= 7),
                   key=lambda plan: (plan.meta.issued, plan.meta.slug), reverse=True)[:_LATEST]
    if len(dated) < 2:
        return []
    items = "".join(f"<li>{escape.text(plan.meta.issued)} · {escape.text(plan.meta.province_apart + plan.meta.owner)}"
                    f' · <a href="{plan_url(plan.meta.slug)}"{script_lang(plan)}>'
                    f"{escape.text(plan.meta.title)}</a></li>" for plan in dated)
    return ["## 最近发布 {#latest}", "", f'<ul class="atlas-latest">{items}</ul>', ""]


def by_level(plans: list[Plan]) -> list[tuple[str, list[Plan]]]:
    """``plans`` grouped by level: the known levels in their order, then any other a sidecar set (e.g.
    乡镇), by name."""
    grouped: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans:
        grouped[plan.meta.level].append(plan)
    levels = [level for level in LEVEL_ORDER if level in grouped] + sorted(set(grouped) - set(LEVEL_ORDER))
    return [(level, grouped[level]) for level in levels]


def level_key(level: str) -> str:
    """A level as an attribute value and in an address (?levels=city): the known ones as they are, one a sidecar
    named (乡镇) by its UTF-8 in hex, so that no name can break a heading's attribute list."""
    return level if re.fullmatch("[a-z]*", level) else "x" + level.encode("utf-8").hex()


def level_name(level: str) -> str:
    return LEVEL_NAMES.get(level, level)


def _report_table(head: Sequence[str], rows: Sequence[Sequence[str]], escaped: bool = False) -> str:
    """A table of the build report; its cells are escaped here unless ``escaped`` says they are HTML already."""
    cell = (lambda value: value) if escaped else escape.text
    body = "".join("<tr>" + "".join(f"<td>{cell(value)}</td>" for value in row) + "</tr>" for row in rows)
    names = "".join(f"<th>{name}</th>" for name in head)
    return f'<table class="atlas-report"><thead><tr>{names}</tr></thead><tbody>{body}</tbody></table>'


def report_anchor(source: str) -> str:
    """A source file's section of the build report, by its name: ``file-`` and the name where it is plain
    ASCII (``file-000_6fb7fc662887b81d-txt``), else a hash of it."""
    if re.fullmatch(r"[A-Za-z0-9_.-]+", source):
        return "file-" + source.replace(".", "-")
    return "file-" + hashlib.blake2b(source.encode(), digest_size=6).hexdigest()


def _report_summary(corpus: Corpus, sources: list[str], published: dict[str, Plan]) -> list[str]:
    """The build at a glance, and the files that need attention, errors first: at a thousand files, the
    few with problems are not to be looked for among the sections."""
    errors, warnings = defaultdict(list), defaultdict(list)
    for diagnostic in corpus.diagnostics:
        (errors if diagnostic.level == "error" else warnings)[diagnostic.source].append(diagnostic)
    tasks = sum(len(plan.tasks()) for plan in published.values())
    out = [f'<p class="atlas-text">共 {len(sources)} 个源文件：发布 {len(published)} 份规划、{tasks} 项任务，'
           f"未发布 {len(sources) - len(published)} 个文件；错误 {sum(map(len, errors.values()))} 条，"
           f"警告 {sum(map(len, warnings.values()))} 条。</p>", ""]
    attention = sorted(set(errors) | set(warnings), key=lambda source: (source not in errors, source))
    if not attention:
        return out
    rows = [(f'<a href="#{report_anchor(source)}">{escape.text(source)}</a>', str(len(errors[source])),
             str(len(warnings[source])), escape.text((errors[source] or warnings[source])[0].message))
            for source in attention]
    table = _report_table(("文件", "错误", "警告", "第一条问题"), rows, escaped=True)
    return out + ["## 需要处理的文件 {#attention}", "", table, ""]


def render_report(corpus: Corpus) -> str:
    out = ["---", "title: 构建报告", "---", "", "# 构建报告 (build report)", "",
           "每个源文件在清洗和解析中发生了什么：删去的网页元素、疑似乱码、解析警告与错误。", ""]
    published = {plan.source: plan for plan in corpus.plans}
    sources = sorted(set(published) | {d.source for d in corpus.diagnostics})
    out += _report_summary(corpus, sources, published)
    for source in sources:
        plan = published.get(source)
        out += [f"## {escape.inline(source)} {{#{report_anchor(source)}}}", ""]
        if plan:
            rejoined = f"，接回折行 {plan.cleaning.lines_rejoined} 处" if plan.cleaning.lines_rejoined else ""
            out.append(f'<p>发布为 <a href="../{plan_url(plan.meta.slug)}"{script_lang(plan)}>'
                       f"{escape.text(plan.meta.title)}</a>"
                       f"（编码 {escape.text(plan.encoding)}，{len(plan.tasks())} 项任务，"
                       f"去除拼音注音 {plan.cleaning.romanisation_removed} 处{rejoined}）</p>")
        else:
            out.append('<p class="atlas-error">未发布（见下方错误）</p>')
        diagnostics = [d for d in corpus.diagnostics if d.source == source]
        if diagnostics:
            rows = [(DIAGNOSTIC_LEVELS.get(d.level, d.level), str(d.line or ""), d.message, d.hint) for d in diagnostics]
            out += [_report_table(("级别", "行", "问题", "怎么办"), rows), ""]
        if plan and plan.cleaning.removed:
            rows = [(str(r.lineno), REMOVAL_NAMES.get(r.reason, r.reason), r.text) for r in plan.cleaning.removed]
            out += ["<details><summary>删去的网页元素</summary>", _report_table(("行", "类型", "内容"), rows),
                    "</details>", ""]
        if plan and plan.cleaning.mojibake:
            rows = [(str(m.lineno), f'<mark class="atlas-mojibake">{escape.text(m.text)}</mark>')
                    for m in plan.cleaning.mojibake]
            out += ["<details open><summary>疑似乱码</summary>", _report_table(("行", "片段"), rows, escaped=True),
                    "</details>", ""]
    return "\n".join(out)

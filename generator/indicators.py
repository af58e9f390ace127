"""Quantified targets read as measures: which figure a task commits to for one measure plans share
(行政机关负责人出庭应诉率 100%, 培训 60 学时), so that the comparison pages (``targets/``, 量化指标) can set
every plan's figure for it side by side.

Plans name one measure many ways (出庭应诉率, 出庭率), so the measures are a curated list, as the topics are, each
known by the words that name it. A figure is read with the words before it back to the figure or clause before
(a list of rates shares its figure: 合法性审查率、报备率和规范率达到100%) and after it to its clause's end
(2期以上法治专题讲座). What one plan states decides its readings alone: they are made beside its parse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Plan
from .numbering import cn_to_int
from .script import fold, simplified_aligned


@dataclass(frozen=True)
class Indicator:
    """A measure plans set figures for: its anchor-like ``slug`` (its page's address), its ``name``, the units its
    figure is counted in (``%``, 学时 …), and the words (simplified) any one of which names it near a figure."""

    slug: str
    name: str
    units: tuple[str, ...]
    terms: tuple[str, ...]


INDICATORS = (
    Indicator("chuting-yingsu", "行政机关负责人出庭应诉率", ("%",), ("出庭应诉率", "出庭率")),
    Indicator("hefaxing-shencha", "合法性审核（审查）率", ("%",), ("合法性审核率", "合法性审查率", "合法性审核覆盖率")),
    Indicator("beian-shencha", "规范性文件备案审查率", ("%",), ("备案审查率", "备案率", "报备率", "报备及时率")),
    Indicator("fuyi-jiucuo", "行政复议纠错率", ("%",), ("纠错率",)),
    Indicator("susong-baisu", "行政诉讼败诉率", ("%",), ("败诉率",)),
    Indicator("anjuan-hege", "行政执法案卷评查合格率", ("%",), ("案卷评查合格率", "案卷合格率", "评查合格率")),
    Indicator("chizheng-shanggang", "行政执法人员持证上岗率", ("%",), ("持证上岗率", "持证率")),
    Indicator("falv-guwen", "法律顾问覆盖率", ("%",), ("法律顾问",)),
    Indicator("wangshang-keban", "政务服务事项网上可办率", ("%",), ("网上可办率", "网办率", "全程网办", "一网通办率")),
    Indicator("zhixiao", "公共法律服务知晓率", ("%",), ("知晓率",)),
    Indicator("dafu", "政府信息公开申请按期答复率", ("%",), ("按期答复率", "按时答复率")),
    Indicator("tiaojie-chenggong", "人民调解成功率", ("%",), ("调解成功率",)),
    Indicator("manyi", "群众满意率（满意度）", ("%",), ("满意率", "满意度")),
    Indicator("peixun-xueshi", "法治培训学时", ("学时", "课时"), ("学时", "课时")),
    Indicator("xuefa-cishu", "政府常务会议与专题学法次数", ("次",), ("常务会议学法", "会前学法", "专题学法", "集体学法", "学法活动")),
    Indicator("fazhi-jiangzuo", "法治专题讲座期数", ("期", "次"), ("法治专题讲座", "法治讲座", "法制讲座", "法治专题培训讲座")),
)
INDICATOR_BY_SLUG = {indicator.slug: indicator for indicator in INDICATORS}


@dataclass(frozen=True)
class Reading:
    """A figure a task sets for an indicator: its value (for sorting), as printed (``100%``, ``60学时``), and the
    words around it that say what it measures (as printed, shortened on either side of the figure)."""

    indicator: str
    value: float
    figure: str
    clause: str


# A figure and its unit (folded, simplified): 100%, 95.5%, 40学时, 两期, 24次.
_FIGURE = re.compile(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*(%|学时|课时|次|期)")
# The same, roughly, in the text as printed (full-width figures, either script): most words hold no figure, and
# looking first spares folding them.
_MAYBE_FIGURE = re.compile(r"[\d０-９一二两兩三四五六七八九十百][\s　]*(?:[%％次期]|[学學课課]时|[学學课課]時)")
# Where the words about a figure stop (folded): a clause's or sentence's mark outside brackets, or the bracket the
# figure stands in (（其中县级达到50%以上）); before it, 、 and 和 join the measures of a list, which share its figure
# (合法性审查率、报备率达到100%), and after it 、 starts the next (100%、满意率达到90%).
_MARKS_BEFORE, _MARKS_AFTER = ",;:。!?", ",;:。!?、"
_BEFORE_MAX, _AFTER_MAX = 30, 16


def readings(text: str) -> tuple[Reading, ...]:
    """Every figure ``text`` (a task's heading, or a paragraph of its words) sets for one of :data:`INDICATORS`, in
    the order it states them."""
    if not _MAYBE_FIGURE.search(text):
        return ()
    printed = fold(text)
    simple = simplified_aligned(printed)
    figures = list(_FIGURE.finditer(simple))
    found = []
    for k, at in enumerate(figures):
        begin = max(_last_boundary(simple, at.start()), figures[k - 1].end() if k else 0)
        end = _next_boundary(simple, at.end(), figures[k + 1].start() if k + 1 < len(figures) else len(simple))
        around = simple[begin:end]
        for indicator in INDICATORS:
            if at.group(2) in indicator.units and any(term in around for term in indicator.terms):
                found.append(Reading(indicator.slug, _value(at.group(1)), printed[at.start():at.end()],
                                     _clause(printed, begin, at, end)))
    return tuple(found)


def plan_readings(plan: Plan) -> tuple[tuple[str, str, Reading], ...]:
    """The figures a plan's parts set for :data:`INDICATORS`, read in their headings and words (a note says who does
    a task and by when), each with its part's anchor and number, in document order: a task's own words above its
    sub-items (合法性审核率达到100%。（1）…), or a chapter's on its goals, set figures as much as a task's do."""
    return tuple((node.anchor, node.number, reading) for node in plan.root.walk() if node.anchor
                 for words in (node.title, node.text, *node.paragraphs) for reading in readings(words))


def unit(reading: Reading) -> str:
    """What a figure counts, in simplified script: %, 学时, 期 (of 兩期)."""
    return simplified_aligned(reading.figure).lstrip("0123456789.一二两三四五六七八九十百 ")


def figure(reading: Reading) -> str:
    """A figure as the pages give it, in figures and with its unit in simplified script: 100%, 2期 (for 兩期)."""
    return f"{reading.value:g}{unit(reading)}"


def _last_boundary(text: str, before: int) -> int:
    found = _stop(text, range(before - 1, -1, -1), ")", "(", _MARKS_BEFORE)
    return 0 if found is None else found + 1


def _next_boundary(text: str, after: int, limit: int) -> int:
    found = _stop(text, range(after, limit), "(", ")", _MARKS_AFTER)
    return limit if found is None else found


def _stop(text: str, walk: range, inner: str, outer: str, marks: str) -> int | None:
    """Where, walking away from a figure along ``walk``, its words stop: at a mark of ``marks`` outside brackets,
    or at the bracket it stands in (its ``outer`` side); a bracket met whole (``inner`` first) is skipped."""
    depth = 0
    for k in walk:
        mark = text[k]
        if mark == inner:
            depth += 1
        elif mark == outer and depth:
            depth -= 1
        elif mark == outer or (depth == 0 and mark in marks):
            return k
    return None


def _value(number: str) -> float:
    return float(number) if number[0].isdigit() else float(cn_to_int(number.replace("两", "二")))


def _clause(printed: str, begin: int, at: re.Match, end: int) -> str:
    """The words about the figure found ``at`` from ``begin`` to ``end``, as printed, those before it shortened to
    their end and those after it to their start, each after or before an ellipsis."""
    before = printed[begin:at.start()].lstrip(" 、,和及")
    after = printed[at.end():end].rstrip()
    before = before if len(before) <= _BEFORE_MAX else "…" + before[-_BEFORE_MAX:]
    after = after if len(after) <= _AFTER_MAX else after[:_AFTER_MAX] + "…"
    return before + printed[at.start():at.end()] + after

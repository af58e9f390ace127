"""Forms of the genre that the five seeds do not show, written after pages of other
government sites: notes on their own lines, wrapped notice titles, joint issuers,
annual work arrangements, metadata tables flattened with pipes, plans republished by
news sites."""
from __future__ import annotations

import json
import re

import opencc
import pytest

from generator.corpus import parse_text
from generator.layers import Responsibility, for_tasks, measures, responsibility
from generator.meta import plan_kind
from generator.model import Line
from generator.paragraphs import split_title
from generator.script import to_simplified
from generator.tables import task_tables

NOTES_ON_THEIR_OWN_LINES = """关于深入推进依法行政的实施意见
一、依法全面履行政府职能
1.严格落实权力清单制度,强化执行职责。
牵头单位:县政府办、县委编办
配合单位:县政府各有关部门
2.推行行政执法公示制度。责任单位:县司法局、各乡镇人民政府按职责分工分别负责。
3.加强行政复议工作。
责任单位:县司法局;完成时限:2020年12月底前
"""

WRAPPED_NOTICE = """某政办〔2020〕9号
某某县人民政府办公室
关于印发某某县2020年度法治政府建设
工作安排的通知
各乡镇人民政府,县直有关单位:
现印发给你们,请认真贯彻执行。
2020年7月8日
某某县2020年度法治政府建设工作安排
一、依法全面履行政府职能
(一)提供法治保障。加强规范性文件备案审查。
"""

JOINT_ISSUERS = """中共某某县委
某某县人民政府
关于印发《某某县深入推进法治政府建设实施方案》的通知
各镇党委和人民政府:
现印发给你们。
某某县深入推进法治政府建设实施方案
一、主要任务
1.依法全面履行政府职能。推进政府职能转变。
"""


NEWS_PAGE = """《法治政府建設(shè)實(shí)施綱要(2021-2025年)》出臺(tái)!
新華社 · 2021-08-12 11:54
近日,中共中央、國務(wù)院印發(fā)了《法治政府建設(shè)實(shí)施綱要(2021-2025年)》,并發(fā)出通知。
《法治政府建設(shè)實(shí)施綱要(2021-2025年)》全文如下。
法治政府建設(shè)是全面依法治國的重點(diǎn)任務(wù)和主體工程,制定本綱要。
一、深入學(xué)習(xí)貫徹習近平法治思想
(一)指導(dǎo)思想。高舉偉大旗幟。
二、健全政府機(jī)構(gòu)職能體系
(三)推進(jìn)政府機(jī)構(gòu)職能優(yōu)化協(xié)同高效。全面實(shí)行政府權(quán)責(zé)清單制度。
"""


def test_a_plan_republished_on_a_news_page_starts_after_full_text_follows():
    plan = _plan(NEWS_PAGE, "news.txt")
    meta = plan.meta
    assert (meta.title, meta.issuer, meta.period) == ("法治政府建設實施綱要(2021-2025年)", "中共中央、國務院", "2021–2025")
    assert (meta.jurisdiction, meta.level, meta.slug) == ("全国", "national", "quanguo-2021")
    assert plan.front_matter[-1].endswith("全文如下。")
    assert plan.root.paragraphs[0].startswith("法治政府建設是全面依法治國")
    # Organs a page's field or headline sets apart by a space are listed as joint organs (中共中央　国务院印发…).
    fielded = _plan("标　　题：中共中央　国务院印发《法治政府建设实施纲要（2021－2025年）》\n发文机关：中共中央　国务院\n"
                    "《法治政府建设实施纲要（2021－2025年）》全文如下。\n法治政府建设实施纲要（2021－2025年）\n"
                    "一、深入学习贯彻习近平法治思想\n（一）深入学习领会习近平法治思想。\n（二）全面贯彻落实习近平法治思想。\n")
    assert (fielded.meta.issuer, fielded.meta.slug) == ("中共中央、国务院", "quanguo-2021")
    # Below the plan's title, as an article repeats it above its lead, the lead is no preamble of the plan.
    titled = _plan("某某县2023年法治政府建设工作要点\n近日，县委全面依法治县委员会印发了《某某县2023年法治政府建设工作要点》，"
                   "全文如下。\n一、主要任务\n1.加强学习。\n", "t.txt")
    assert (titled.meta.title, titled.root.paragraphs) == ("某某县2023年法治政府建设工作要点", ())
    assert [node.anchor for node in plan.tasks()] == ["c1-s1", "c2-s3"]
    # A news page that gives the plan's main content (主要内容如下) starts the plan there too.
    summary = _plan("近日，市委、市政府印发了《某某市法治政府建设实施方案(2021-2025年)》。\n"
                    "《某某市法治政府建设实施方案(2021-2025年)》主要内容如下。\n一、总体要求\n(一)加强领导。\n", "s.txt")
    assert (summary.meta.title, summary.meta.slug) == ("某某市法治政府建设实施方案(2021-2025年)", "moumou-2021")
    # The lead names its organs by their level alone; the plan's place names them in full.
    assert summary.meta.issuer == "某某市委、某某市政府"
    # Or after the report's lead, under a headline that names the joint issuers apart by a space.
    report = _plan("中共某某市委 某某市人民政府印发《某某市法治政府建设实施方案（2021—2025年）》\n"
                   "近日，市委、市政府印发了《某某市法治政府建设实施方案（2021—2025年）》，并发出通知，"
                   "要求各地各部门结合实际认真贯彻落实。\n为深入推进依法行政，制定本方案。\n一、总体要求\n"
                   "(一)加强领导。\n", "r.txt")
    assert (report.meta.title, report.meta.issuer, report.meta.slug) == (
        "某某市法治政府建设实施方案（2021—2025年）", "中共某某市委、某某市人民政府", "moumou-2021")
    assert report.root.paragraphs == ("为深入推进依法行政，制定本方案。",)


PIPE_TABLE = """索 引 号 | 000000/2025-1 | 主题分类 | 某政发 |
发文字号 | 某政发〔2025〕3号 | 制发机构 | |
标 题 | 某某市人民政府关于印发《某某市法治政府建设实施方案》的通知 |
各县区人民政府:
现印发给你们。
某某市人民政府
2025年6月13日
某某市法治政府建设实施方案
一、主要任务
(一)加强党的领导。落实第一责任人职责。
"""


def _plan(text: str, name: str = "plan.txt"):
    return parse_text(text.encode("utf-8"), name)


def _lined_and_glued(text: str, parting: str = ""):
    """The plan of ``text`` as written, and as a page that lost its line breaks gives it (each put as ``parting``)."""
    return _plan(text), _plan(text.replace("\n", parting))


@pytest.mark.parametrize("colon", ["∶", "︰"])
def test_a_note_s_label_may_end_with_the_ratio_sign_or_a_big5_colon(colon):
    """Some input methods type the ratio sign for the colon, and a traditional text may hold the colon's presentation
    form: the notes had named no lead, their labels read as units' names."""
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。（牵头单位{colon}县委组织部；配合单位{colon}县司法局）\n"
                 f"2.规范行政执法。\n责任单位{colon}县司法局\n")
    assert [responsibility(plan.root)[task.anchor] for task in plan.tasks()] == [
        Responsibility(("县委组织部",), ("县司法局",)), Responsibility((), ("县司法局",))]


def test_labelled_notes_on_their_own_lines_or_after_the_last_sentence():
    plan = _plan(NOTES_ON_THEIR_OWN_LINES)
    duty = responsibility(plan.root)
    first, second, third = plan.tasks()
    assert duty[first.anchor].leads == ("县政府办", "县委编办")
    assert duty[first.anchor].partners == ("县政府各有关部门",)
    assert first.title == "严格落实权力清单制度,强化执行职责" and not first.text and not first.paragraphs
    assert duty[second.anchor].partners == ("县司法局", "各乡镇人民政府")
    assert "责任单位" not in second.text
    assert duty[third.anchor].partners == ("县司法局",)  # the deadline label names no unit


NOTES_OF_OTHER_FORMS = """某某县2023年法治政府建设工作要点
一、依法全面履行政府职能
1.推进权责清单管理。动态调整权责清单。牵头单位：县委编办　配合单位：县政府各部门
2.深化放管服改革。推进审批服务便民化。（责任领导：张三；责任单位：县行政审批服务局；完成时限：2023年12月底）
3.优化营商环境。落实优化营商环境条例。（主要责任单位：县发改局；协同单位：县市场监管局、县司法局）
4.推进政务公开。由县政府办公室牵头，县政府各部门配合。
5.加强行政复议。县司法局负责，各乡镇人民政府配合。
6.加强执法监督。（县司法局牵头，县直各执法部门按职责分工负责，2023年底前完成）
7.强化法治督察。【牵头单位】县委依法治县办【责任单位】县司法局
8.压实属地责任。各乡镇要切实负责。
9.加强队伍建设。（牵头领导：王五；牵头单位：县司法局）
10.推进行政复议体制改革，由县司法局牵头，各乡镇配合，2023年底前完成。
11.健全法治督察机制，县委依法治县办负总责，各部门抓好落实。
12.推进政务公开，各部门要认真落实。
"""


def test_notes_of_other_forms_name_their_units():
    """Labels after a space or in 【】, more label words, a leader's name and a deadline among the
    units, and a last sentence, or the last clauses of one, that only say who does the task."""
    plan = _plan(NOTES_OF_OTHER_FORMS)
    duty = responsibility(plan.root)
    assert [(duty[n.anchor].leads, duty[n.anchor].partners) if n.anchor in duty else None
            for n in plan.tasks()] == [
        (("县委编办",), ("县政府各部门",)),
        ((), ("县行政审批服务局",)),  # 责任领导 names a person, not a unit
        (("县发改局",), ("县市场监管局", "县司法局")),
        (("县政府办公室",), ("县政府各部门",)),
        (("县司法局",), ("各乡镇人民政府",)),  # 负责 where another helps is the lead
        (("县司法局",), ("县直各执法部门",)),  # the deadline is no unit
        (("县委依法治县办",), ("县司法局",)),
        None,  # 各乡镇要切实 is no unit's name: the sentence stays the task's text
        (("县司法局",), ()),  # 牵头领导 names a person, not a unit
        (("县司法局",), ("各乡镇",)),  # the clauses that end a task's sentence
        (("县委依法治县办",), ("各部门",)),
        None,  # 各部门要认真 is no unit's name
    ]
    assert [(task.text, task.note) for task in plan.tasks()[9:11]] == [
        ("推进行政复议体制改革", "由县司法局牵头，各乡镇配合，2023年底前完成"),
        ("健全法治督察机制", "县委依法治县办负总责，各部门抓好落实")]
    fourth, last = plan.tasks()[3], plan.tasks()[-5]
    assert (fourth.text, fourth.note) == ("", "由县政府办公室牵头，县政府各部门配合")
    assert last.text == "各乡镇要切实负责。"


def test_a_notice_title_wrapped_over_two_lines_and_the_office_above_it():
    meta = _plan(WRAPPED_NOTICE).meta
    assert meta.title == "某某县2020年度法治政府建设工作安排"
    assert meta.notice_title == "某某县人民政府办公室关于印发某某县2020年度法治政府建设工作安排的通知"
    assert (meta.issuer, meta.doc_number, meta.issued) == ("某某县人民政府办公室", "某政办〔2020〕9号", "2020-07-08")


@pytest.mark.parametrize("title", ["某某县2023年法治政府建设重点工作", "某某市法治政府建设示范创建实施细则",
                                   "某某县法治政府建设工作举措", "某某县法治政府建设工作任务分解",
                                   "某某县2024年法治政府建设重点任务推进表", "某某县法治政府建设工作进度安排表"])
def test_a_plan_titled_as_its_key_work_measures_or_rules_is_titled_so(title):
    """重点工作, 举措, 任务分解 and 实施细则 name a plan of the genre as 工作要点 does: the title is the
    plan's, not the first words of its text, and no warning says it names no plan."""
    plan = _plan(f"{title}\n为推进法治政府建设，制定本文件。\n一、主要任务\n1.加强学习。（责任单位：县司法局）\n")
    assert plan.meta.title == title and plan.root.paragraphs == ("为推进法治政府建设，制定本文件。",)
    assert not any("names no plan" in d.message for d in plan.diagnostics)


def test_a_page_that_lost_its_line_breaks_is_cut_after_a_title_naming_its_key_work():
    """A title that names a list of tasks is cut from the outline it runs into as 工作要点 is, whichever
    word names the list (重点工作, 任务分解): the words are the ones a lined title is read by."""
    text = ("某某县2023年法治政府建设重点工作一、主要任务1.加强学习，将习近平法治思想纳入县政府常务会议学法内容，"
            "全年集中学法不少于四次。（责任单位：县司法局）2.加强培训，每年举办领导干部法治专题培训班不少于两期，"
            "提升依法行政能力。（责任单位：县委组织部）3.深化放管服改革，全面推行告知承诺制，压减审批时限。"
            "（责任单位：县政务服务中心）二、保障措施各乡镇、各部门要加强组织领导，细化工作措施，确保各项任务落到实处。")
    plan = _plan(text)
    assert plan.meta.title == "某某县2023年法治政府建设重点工作"
    assert [node.anchor for node in plan.tasks()] == ["c1-i1", "c1-i2", "c1-i3", "c2"]


def test_joint_issuers_above_the_notice_title():
    meta = _plan(JOINT_ISSUERS).meta
    assert meta.issuer == "中共某某县委、某某县人民政府"
    assert meta.notice_title == "中共某某县委 某某县人民政府关于印发《某某县深入推进法治政府建设实施方案》的通知"
    assert meta.title == "某某县深入推进法治政府建设实施方案"


def test_a_printed_notice_s_title_under_its_red_header_is_read_whole():
    plan = _plan("某某县人民政府文件\n某政发〔2022〕12号\n签发人：张三\n某某县人民政府\n关于印发某某县法治政府建设实施方案\n"
                 "（2022—2025年）的通知\n各乡镇人民政府，县政府各部门：\n现印发给你们，请认真贯彻执行。\n某某县人民政府\n"
                 "2022年5月10日\n某某县法治政府建设实施方案\n（2022—2025年）\n一、总体要求\n（一）指导思想。坚持党的领导。\n")
    meta = plan.meta
    assert meta.notice_title == "某某县人民政府关于印发某某县法治政府建设实施方案（2022—2025年）的通知"
    assert (meta.issuer, meta.doc_number, meta.issued, meta.slug) == (
        "某某县人民政府", "某政发〔2022〕12号", "2022-05-10", "moumou-2022")


def test_a_metadata_table_flattened_with_pipes_is_metadata():
    plan = _plan(PIPE_TABLE)
    meta = plan.meta
    assert meta.notice_title == "某某市人民政府关于印发《某某市法治政府建设实施方案》的通知"
    assert (meta.issuer, meta.doc_number, meta.issued) == ("某某市人民政府", "某政发〔2025〕3号", "2025-06-13")
    assert not any("|" in line for line in plan.front_matter)
    assert {r.text for r in plan.cleaning.removed if r.reason == "metadata table"} >= {
        "索 引 号 | 000000/2025-1 | 主题分类 | 某政发 |"}


CHAPTERS_AND_DIVISIONS = """某某市法治政府建设规划(2021-2025年)
第一章 总体要求
第一节 发展基础
“十三五”时期,我市法治政府建设取得明显成效。
第二章 主要任务
第一节 健全政府机构职能体系
一、推进政府职能转变
1.全面实行政府权责清单制度。动态调整权责清单。(责任单位:市委编办)
第二节 健全依法行政制度体系
一、加强重点领域立法
1.加强重点领域立法。(牵头单位:市司法局)
"""


def test_chapters_and_divisions_nest_and_each_division_restarts_its_numbering():
    plan = _plan(CHAPTERS_AND_DIVISIONS)
    assert [node.anchor for node in plan.tasks()] == ["part1-sec1", "part2-sec1-c1-i1", "part2-sec2-c1-i1"]
    assert plan.tasks()[2].number == "第二章第二节一1"
    assert not plan.diagnostics  # 一、 under a new 第二节 is a restart, not a repeat


BOOKS_CHAPTERS_AND_DIVISIONS = """某某市法治政府建设规划（2021—2025年）
第一篇　总体要求
第一章　发展基础
“十三五”期间，我市法治政府建设取得明显成效。
第二篇　主要任务
第二章　健全政府机构职能体系
第一节　深入推进“放管服”改革
分级分类推进行政审批制度改革。（责任单位：市审管办）
第二节　加强重要领域立法
积极推进地方性法规制定，开启法治建设新篇章。（责任单位：市司法局）
第三篇　保障措施
第三章　加强组织领导
各县（市、区）政府要切实履行职责。
"""


def test_books_hold_chapters_numbered_on_across_them():
    """A 规划 in 篇 numbers its 章 on from one 篇 to the next: 第二篇 holds 第二章, and its words are no
    chapter's text."""
    plan = _plan(BOOKS_CHAPTERS_AND_DIVISIONS)
    assert [(node.anchor, node.number) for node in plan.tasks()] == [
        ("pian1-part1", "第一篇第一章"), ("pian2-part2-sec1", "第二篇第二章第一节"),
        ("pian2-part2-sec2", "第二篇第二章第二节"), ("pian3-part3", "第三篇第三章")]
    assert [node.title for node in plan.root.children] == ["总体要求", "主要任务", "保障措施"]
    assert responsibility(plan.root)["pian2-part2-sec2"].partners == ("市司法局",)
    assert not plan.diagnostics
    glued = _plan(BOOKS_CHAPTERS_AND_DIVISIONS.replace("\n", ""))  # a page that lost its line breaks
    assert [node.anchor for node in glued.tasks()] == [node.anchor for node in plan.tasks()]
    assert glued.meta.title == plan.meta.title


def test_bracketed_numbers_with_spaces_inside_the_brackets_count():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n（ 一 ）依法履职\n（1 ）加强学习。\n( 2 )加强培训。\n（ 二 ）强化监督\n")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-s1", "c1-s1-p1", "c1-s1-p2", "c1-s2"]
    assert plan.root["一"]["一"]["2"].title == "加强培训" and not plan.diagnostics


def test_chapters_divisions_and_articles_numbered_in_figures_or_spaced_out_are_as_in_words():
    figures = CHAPTERS_AND_DIVISIONS.replace("第一章", "第1章").replace("第二章", "第 2 章").replace(
        "第一节", "第1节").replace("第二节", "第 2 节")
    assert [node.anchor for node in _plan(figures).tasks()] == ["part1-sec1", "part2-sec1-c1-i1", "part2-sec2-c1-i1"]
    articles = _plan("某某市法治政府建设若干措施\n第 1 条 加强学习。\n第 2 条 加强培训。（责任单位：市司法局）\n")
    assert [node.anchor for node in articles.tasks()] == ["art1", "art2"]
    assert articles.tasks()[1].number == "第2条"  # cited without the spaces


FULL_WIDTH_VARIANTS = """某某县法治政府建设实施方案
一．总体要求
（一）指导思想。坚持依法行政。
二．主要任务
１．全面实行权责清单制度。动态调整。（责任单位：县委编办）
２．深化放管服改革。推行告知承诺制。
1）加强行政复议工作。完善制度。
2)加强行政应诉工作。
"""


def test_chapters_with_a_dot_and_sub_items_with_a_closing_bracket():
    plan = _plan(FULL_WIDTH_VARIANTS)
    assert [node.anchor for node in plan.tasks()] == ["c1-s1", "c2-i1", "c2-i2-p1", "c2-i2-p2"]
    assert plan.tasks()[2].number == "二2(1)" and plan.tasks()[2].title == "加强行政复议工作"


def test_circled_numbers_are_sub_items_with_anchors_of_their_own():
    """①, ② open sub-items as （1）, （2） do (Python counts ① as a digit, which once made the
    numbering read it as no number at all and fold the sub-items into their task's text)."""
    plan = _plan("""某某县法治政府建设实施方案（2021—2025年）
一、主要任务
1.深化行政审批制度改革。
①清理行政审批事项。（牵头单位：县政务服务局）
②规范中介服务。
2.推进权责清单制度。
""")
    assert [(node.anchor, node.number, node.title) for node in plan.tasks()] == [
        ("c1-i1-r1", "一1①", "清理行政审批事项"), ("c1-i1-r2", "一1②", "规范中介服务"),
        ("c1-i2", "一2", "推进权责清单制度")]
    assert responsibility(plan.root)["c1-i1-r1"].leads == ("县政务服务局",)




def test_circled_numbers_go_on_past_twenty_as_unicode_circles_them():
    """A list of more than twenty circled items goes on ㉑ … ㊿ (U+3251, U+32B1): each its own sub-item, where
    ⑳ had taken the rest as its text."""
    items = "".join(f"{chr(0x2460 + k) if k < 20 else chr(0x3251 + k - 20)}开展第{k + 1}项清理。（牵头单位：县司法局）\n"
                    for k in range(23))
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n{items}")
    assert [(node.anchor, node.number) for node in plan.tasks()][19:] == \
        [("c1-r20", "一⑳"), ("c1-r21", "一㉑"), ("c1-r22", "一㉒"), ("c1-r23", "一㉓")]
    assert plan.tasks()[-1].text == "" and plan.tasks()[-1].title == "开展第23项清理"
DEADLINES_IN_NOTES = """某某县法治政府建设实施方案(2021-2025年)
一、主要任务
1.全面实行权责清单制度。动态调整。（牵头单位：县委编办；责任单位：各乡镇；完成时限：2022年底前）
2.深化放管服改革。
责任单位：县政务服务中心
完成时限：2023年6月底前
"""


def test_a_deadline_given_in_the_note_is_the_task_s_deadline():
    plan = _plan(DEADLINES_IN_NOTES)
    first, second = plan.tasks()
    found, duty = measures(plan.root), responsibility(plan.root)
    assert found[first.anchor][0] == ("2022年底前",) and duty[first.anchor].partners == ("各乡镇",)
    assert found[second.anchor][0] == ("2023年6月底前",) and duty[second.anchor].partners == ("县政务服务中心",)
    assert not plan.root.children[0].closing  # the 完成时限 line stays with its task



def test_a_date_something_starts_from_is_no_deadline():
    plan = _plan("某某区法治政府建设考核办法\n第一条 考核对象为区政府各部门，2024年6月底前完成首次考核。\n"
                 "第二条 从2024年起，每年开展一次考核。\n第三条 本办法自2023年1月1日起施行。\n")
    found = measures(plan.root)
    assert found["art1"][0] == ("2024年6月底前",) and "art2" not in found and "art3" not in found


TASK_TABLE = """某某县法治政府建设实施方案
一、主要任务
1.全面实行政府权责清单制度。编制权责清单并动态调整。
2.加强行政复议工作。提高办案质量。(县司法局牵头)
3.推行行政执法公示制度,做到执法信息全面公开。
附件:某某县法治政府建设重点任务分工表
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t全面实行政府权责清单制度\t县委编办\t县直各部门\t2022年底前
2\t加强行政复议工作\t县政府办\t\t长期坚持
3\t推行行政执法公示制度\t县司法局\t各乡镇人民政府\t2021年12月
4\t深化政务公开\t县政府办\t县直各部门\t长期坚持
"""


def test_an_appended_task_table_gives_each_task_its_units_and_deadline():
    plan = parse_text(TASK_TABLE.encode("utf-8"), "table.txt")
    tasks = {node.label[-1]: node for node in plan.tasks()}
    assert len(tasks) == 3 and all(not node.paragraphs for node in tasks.values())  # the table is not task 3's text
    assert plan.root.closing[0].startswith("附件") and len(plan.root.closing) == 6
    duties, deadlines = responsibility(plan.root), measures(plan.root)
    assert duties[tasks["1"].anchor].leads == ("县委编办",) and duties[tasks["1"].anchor].partners == ("县直各部门",)
    assert deadlines[tasks["1"].anchor][0] == ("2022年底前",)
    assert duties[tasks["2"].anchor].leads == ("县司法局",)  # the task's own note wins over the table's
    # Task 3 has no heading: the row names the start of its text.
    assert duties[tasks["3"].anchor].partners == ("各乡镇人民政府",) and deadlines[tasks["3"].anchor][0] == ("2021年12月",)
    [unmatched] = [d for d in plan.diagnostics if "task table" in d.message]
    assert unmatched.line == 11 and "深化政务公开" in unmatched.message and unmatched.level == "warning"


def test_a_task_table_flattened_with_bars_and_a_header_like_line_without_rows():
    text = TASK_TABLE.replace("\t", " | ")
    plan = parse_text(text.encode("utf-8"), "bars.txt")
    assert responsibility(plan.root)[plan.tasks()[0].anchor].leads == ("县委编办",)
    lone = "某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n重点任务\t牵头单位\t完成时限\n"
    plan = parse_text(lone.encode("utf-8"), "lone.txt")
    assert plan.tasks()[0].paragraphs == ("重点任务\t牵头单位\t完成时限",) and not plan.root.closing


def test_the_task_table_is_shown_as_a_table_after_the_plan(tmp_path):
    page = _rendered(tmp_path, TASK_TABLE.replace("深化政务公开", "<b>深化</b>政务公开"))
    table = page[page.index('<table class="atlas-task-table">'):]
    assert table.count("<tr>") == 5 and "<th>牵头单位</th>" in table and "<td>2022年底前</td>" in table
    assert "&lt;b&gt;深化&lt;/b&gt;政务公开" in table and "<b>" not in table  # source text stays text
    assert page.index("附件") < page.index('<table class="atlas-task-table">')


def _rendered(tmp_path, text: str) -> str:
    from generator.corpus import load_corpus

    from conftest import plan_page

    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    [plan] = corpus.plans
    return plan_page(corpus, plan.meta.slug)


def test_strong_emphasis_a_text_copied_from_markdown_keeps_is_taken_off_a_task_s_heading():
    """1.**加强学习**。…: fewer such lines than tell a Markdown page, the stars were the heading's."""
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.**加强学习**。组织专题学习。\n2.规范执法。推行三项制度。\n")
    assert [(task.title, task.text) for task in plan.tasks()] == [("加强学习", "组织专题学习。"), ("规范执法", "推行三项制度。")]


def test_a_table_of_indicators_in_a_task_s_text_is_shown_as_a_table(tmp_path):
    page = _rendered(tmp_path, "某某市法治政府建设规划（2021—2025年）\n一、总体要求\n（一）发展目标\n"
                               "到2025年，法治政府建设取得重大进展。\n表1　主要指标\n序号\t指标\t2025年\t属性\n"
                               "1\t行政复议纠错率\t15%\t预期性\n2\t**出庭**应诉率 <i>\t100%\n（二）基本原则\n")
    start = page.index('<table class="atlas-text-table">')
    table = page[start:page.index("</table>", start)]
    assert table.count("<tr>") == 3 and "<th>属性</th>" in table and "<td>15%</td>" in table
    # A short row is padded; the cell's markup is no markup on the site: its tag is text, its strong emphasis
    # (a Markdown page's, which no plan prints) is taken off, not made <strong>.
    assert "<td>出庭应诉率 &lt;i&gt;</td>" in table and table.count("<td></td>") == 1 and "<strong>" not in table
    assert page.index("表1") < start < page.index("（二）")
    # One line with a tab is a paragraph, not a table.
    assert "atlas-text-table" not in _rendered(tmp_path, "某某市法治政府建设规划\n一、总体要求\n目标\t2025年\n")


def test_task_lines_whose_tabbed_cells_name_units_and_time_limits_are_a_table_s_rows_without_its_header():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n"
                 "1.加强学习培训，将习近平法治思想纳入学习内容。\t县委宣传部、县司法局\t2023年12月底前\n"
                 "2.开展法治宣传。\t县司法局牵头，各乡镇配合\t长期坚持\n3.完善指标体系。\t指标\t2025年\n"
                 "二、推进依法治理\n加强法治宣传。\t县司法局\t全年\n推进依法治理。\t各乡镇\t年内完成\n")
    first, second, third, *unnumbered = plan.tasks()
    assert (first.title, first.text, first.note) == (
        "加强学习培训，将习近平法治思想纳入学习内容", "", "县委宣传部、县司法局；2023年12月底前")
    duty, found = responsibility(plan.root), measures(plan.root)
    assert duty["c1-i1"].partners == ("县委宣传部", "县司法局") and found["c1-i1"][0] == ("2023年12月底前",)
    assert (duty["c1-i2"].leads, duty["c1-i2"].partners, found["c1-i2"][0]) == (("县司法局",), ("各乡镇",), ("长期坚持",))
    assert (third.text, third.note) == ("指标\t2025年", "")  # cells that name no unit stay the task's words
    # Unnumbered rows, each ending with its units, are paragraphs counted by their notes.
    assert [(task.anchor, task.note) for task in unnumbered] == [("c2-n1", "县司法局；全年"), ("c2-n2", "各乡镇；年内完成")]
    # A bar alone on a line parts no cells.
    assert [task.anchor for task in _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n｜\n2.推进公开。\n").tasks()] \
        == ["c1-i1", "c1-i2"]
    # Cells laid out in columns of spaces, as pdftotext prints them, are cells too; a labelled note keeps its order.
    spaced = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。          县委宣传部          2023年底\n"
                   "2.加强监督。\n牵头领导：张三  牵头单位：县审计局\n")
    assert [task.note for task in spaced.tasks()] == ["县委宣传部；2023年底", "牵头领导：张三  牵头单位：县审计局"]


HEADERLESS_ROWS = """某某县2023年法治政府建设工作要点
一、主要任务
1\t加强学习培训，组织领导干部学法。\t县委组织部、县司法局\t2023年底前
2\t推进严格规范公正文明执法。\t县司法局\t2023年6月底前
二、保障措施
3\t深化政务公开。\t县政府办\t长期坚持
"""


@pytest.mark.parametrize("parting", ["\t", " | ", "    "])
def test_a_table_s_rows_copied_without_its_header_are_tasks_numbered_by_their_first_cells(parting):
    plan = _plan(HEADERLESS_ROWS.replace("\t", parting))
    tasks = plan.tasks()
    assert [(task.anchor, task.title, task.note) for task in tasks] == [
        ("c1-i1", "加强学习培训，组织领导干部学法", "县委组织部、县司法局；2023年底前"),
        ("c1-i2", "推进严格规范公正文明执法", "县司法局；2023年6月底前"), ("c2-i3", "深化政务公开", "县政府办；长期坚持")]
    assert responsibility(plan.root)["c1-i1"].partners == ("县委组织部", "县司法局")
    assert measures(plan.root)["c2-i3"][0] == ("长期坚持",)
    # A group's row above them, its number and name in cells of their own, is the group's line.
    grouped = _plan(HEADERLESS_ROWS.replace("二、保障措施", parting.join(("二", "保障措施"))))
    assert [(task.anchor, task.note) for task in grouped.tasks()][-1] == ("c2-i3", "县政府办；长期坚持")
    # An annex of such rows that restates the plan's tasks gives them their notes, as one with a header does.
    annexed = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。组织学法。\n2.深化政务公开。推进公开。\n"
                    "某某县人民政府\n2023年3月1日\n附件\n重点任务分工\n"
                    + "\n".join(parting.join(row) for row in (("1", "加强学习培训", "县委组织部、县司法局", "2023年底前"),
                                                               ("2", "深化政务公开", "县政府办", "长期坚持"))))
    assert [responsibility(annexed.root)[task.anchor].partners for task in annexed.tasks()[:2]] == [
        ("县委组织部", "县司法局"), ("县政府办",)]
    # A plan that is nothing but such rows has them as its tasks; it was a plain document.
    only_rows = _plan("某某县法治政府建设重点任务分工方案\n为推进法治政府建设，制定本方案。\n"
                      + "\n".join(line for line in HEADERLESS_ROWS.splitlines() if line[0].isdigit()))
    assert [task.anchor for task in only_rows.tasks()] == ["i1", "i2", "i3"]


def test_rows_numbered_in_their_first_cells_that_are_no_headerless_task_table_stay_as_they_are():
    # A table of figures or dates, whose cells after the first words name no unit.
    figures = _plan("某某县2023年法治政府建设工作要点\n一、工作成效\n1\t行政复议案件\t120件\t2022年\n"
                    "2\t行政应诉案件\t35件\t2022年\n二、主要任务\n1.加强学习。\n")
    first, task = figures.tasks()
    assert (first.anchor, first.paragraphs[0], task.anchor) == ("c1", "1\t行政复议案件\t120件\t2022年", "c2-i1")
    # One such row alone, with no row numbered next to it.
    alone = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1\t加强学习培训。\t县司法局\t2023年底前\n")
    assert [task.anchor for task in alone.tasks()] == ["c1"]
    # Rows under a header are the table's, which gives their cells their roles.
    headed = _plan(HEADERLESS_ROWS.replace("一、主要任务\n", "一、主要任务\n序号\t重点任务\t牵头单位\t完成时限\n"))
    assert responsibility(headed.root)["c1-i1"].leads == ("县委组织部", "县司法局")


def test_a_task_table_with_a_section_column_and_a_measure_column():
    text = """某某县法治政府建设实施方案
一、依法全面履行政府职能
1.全面实行政府权责清单制度。编制权责清单并动态调整。
2.加强行政复议工作。提高办案质量。
附件
主要任务\t具体措施\t牵头单位\t完成时限
依法全面履行政府职能\t全面实行政府权责清单制度\t县委编办\t2022年底前
依法全面履行政府职能\t加强行政复议工作\t县司法局\t长期坚持
"""
    plan = parse_text(text.encode("utf-8"), "two.txt")
    duties = responsibility(plan.root)
    assert [duties[node.anchor].leads for node in plan.tasks()] == [("县委编办",), ("县司法局",)]
    assert plan.root.closing[0] == "附件" and not any("task table" in d.message for d in plan.diagnostics)


def test_a_task_table_whose_merged_first_cells_were_flattened_to_nothing():
    text = """某某县法治政府建设实施方案
一、依法全面履行政府职能
1.全面实行政府权责清单制度。编制权责清单并动态调整。
2.加强行政复议工作。提高办案质量。
二、完善依法行政制度体系
3.加强规范性文件监督管理。严格合法性审核。
主要任务\t具体措施\t牵头单位\t完成时限
依法全面履行政府职能\t全面实行政府权责清单制度\t县委编办\t2022年底前
加强行政复议工作\t县司法局\t长期坚持
完善依法行政制度体系\t加强规范性文件监督管理\t县司法局\t2023年
某某县人民政府办公室  2021年6月1日印发
"""
    plan = parse_text(text.encode("utf-8"), "merged.txt")
    duties = responsibility(plan.root)
    assert [duties[node.anchor].leads for node in plan.tasks()] == [("县委编办",), ("县司法局",), ("县司法局",)]
    [table] = task_tables(tuple(Line(line, k) for k, line in enumerate(plan.root.closing)))
    assert [row[:2] for _, row in table.rows][1] == ("依法全面履行政府职能", "加强行政复议工作")
    assert len(table.rows) == 3  # the signature's two cells would borrow both task columns: not a row
    assert not any("task table" in d.message for d in plan.diagnostics)


@pytest.mark.parametrize("group", ["类别", "重点任务"])
def test_a_group_cell_merged_over_rows_and_copied_once_is_every_row_s(group):
    """序号 | 类别 | 工作任务 …, the 类别 cell spanning rows copied into the first and left empty below."""
    rows = [("依法全面履行政府职能", "全面实行权责清单制度", "县委编办"), ("", "加强行政复议工作", "县司法局"),
            ("完善依法行政制度体系", "加强规范性文件监督管理", "县司法局"), ("", "推进合法性审核全覆盖", "县司法局")]
    plan = _plan(f"某某县2023年法治政府建设重点任务分工方案\n序号\t{group}\t工作任务\t牵头单位\t完成时限\n"
                 + "".join(f"{n}\t{kind}\t{task}\t{unit}\t2023年底前\n" for n, (kind, task, unit) in enumerate(rows, 1)))
    assert [(task.title, task.paragraphs) for task in plan.tasks()] == [
        (task, (f"{group}：{kind or rows[n - 1][0]}",)) for n, (kind, task, _) in enumerate(rows)]
    assert responsibility(plan.root)["i2"].leads == ("县司法局",)


def test_a_unit_cell_merged_over_rows_of_a_table_grouped_by_unit_is_every_row_s():
    """序号 | 责任单位 | 工作任务 …: the units before every task column group the rows, and a cell spanning rows, copied
    into the first and left empty below, names the units of each; the rows below had none. Units after the task
    (牵头单位 | 配合单位) left empty are none."""
    plan = _plan("某某县2023年法治政府建设工作任务分工\n序号\t责任单位\t工作任务\t配合单位\n1\t县司法局\t推进示范创建\t县委编办\n"
                 "2\t\t加强备案审查\t\n3\t县公安局\t规范执法\t\n4\t\t深化执法公开\t县委网信办\n")
    duty = responsibility(plan.root)
    assert [duty[task.anchor].partners for task in plan.tasks()] == [
        ("县司法局", "县委编办"), ("县司法局",), ("县公安局",), ("县公安局", "县委网信办")]


def test_a_task_list_whose_header_names_measures_and_whose_groups_number_their_own_rows():
    """序号 | 工作任务 | 具体措施 | …: the header names a kind of plan (措施) and is no title; 一<tab>深入… is a group."""
    plan = _plan("某某县2024年法治政府建设重点工作任务清单\n序号\t工作任务\t具体措施\t牵头单位\t责任单位\t完成时限\n"
                 "一\t深入学习贯彻习近平法治思想（2项）\n1\t加强学习培训\t将习近平法治思想纳入学习内容\t县委宣传部\t县直各部门\t2024年12月\n"
                 "2\t开展述法\t组织领导干部述法\t县委组织部\t县司法局\t2024年6月\n二、\t推进严格规范公正文明执法\n"
                 "3\t落实三项制度\t全面推行行政执法公示\t县司法局\t各执法部门\t长期坚持\n")
    assert plan.meta.title == "某某县2024年法治政府建设重点工作任务清单"
    assert [(node.anchor, node.title) for node in plan.root.children] == [
        ("c1", "深入学习贯彻习近平法治思想（2项）"), ("c2", "推进严格规范公正文明执法")]
    assert [task.anchor for task in plan.tasks()] == ["c1-i1", "c1-i2", "c2-i3"]
    assert responsibility(plan.root)["c2-i3"] == Responsibility(("县司法局",), ("各执法部门",))
    drawn = _plan("某某县2024年法治政府建设重点工作任务清单\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n"
                  "| 一 | 深入学习贯彻习近平法治思想 | | |\n| 1 | 加强学习培训 | 县委宣传部 | 2024年12月 |\n"
                  "| 二 | 推进严格规范公正文明执法 | | |\n| 2 | 落实三项制度 | 县司法局 | 长期坚持 |\n")
    assert [(task.anchor, task.title) for task in drawn.tasks()] == [("c1-i1", "加强学习培训"), ("c2-i2", "落实三项制度")]
    # Drawn with bars between its cells only, as a page's table copied to text may be, and saved as CSV with its
    # groups on lines of their own, likewise: the first group's row was its first task, and the CSV's rows below a
    # group's line were no rows.
    inner = drawn.tasks()
    between = _plan("某某县2024年法治政府建设重点工作任务清单\n序号 | 工作任务 | 牵头单位 | 完成时限\n"
                    "一 | 深入学习贯彻习近平法治思想 |  | \n1. | 加强学习培训 | 县委宣传部 | 2024年12月\n"
                    "二 | 推进严格规范公正文明执法 |  | \n2. | 落实三项制度 | 县司法局 | 长期坚持\n")
    saved = _plan("某某县2024年法治政府建设重点工作任务清单\n序号,工作任务,牵头单位,完成时限\n一、深入学习贯彻习近平法治思想\n"
                  "1,加强学习培训,县委宣传部,2024年12月\n二、推进严格规范公正文明执法\n2,落实三项制度,县司法局,长期坚持\n")
    for plan in (between, saved):
        assert [(task.anchor, task.title, task.note) for task in plan.tasks()] == [
            (task.anchor, task.title, task.note) for task in inner]
    # A whole sheet saved as CSV: its title a row of one cell above the table, its other cells empty (…清单,,,): the
    # title had kept the commas and named no plan.
    sheet = _plan("某某县2024年法治政府建设重点工作任务清单,,,\n序号,工作任务,牵头单位,完成时限\n"
                  "1,加强学习培训,县委宣传部,2024年12月\n2,落实三项制度,县司法局,长期坚持\n")
    assert (sheet.meta.title, sheet.diagnostics) == ("某某县2024年法治政府建设重点工作任务清单", ())
    # A sentence's clauses parted by ASCII commas are no header, though their words name columns (指标, 领导, 责任),
    # and the line above, which ends with a comma, goes on into it.
    prose = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.完善考评机制。健全以《考评指标体系》为主要内容的执法质量考评,\n"
                  "考评指标,加强组织领导,完善工作机制,层层压实责任,形成齐\n心协力的工作格局。\n")
    assert (prose.tasks()[0].text, prose.tasks()[0].paragraphs) == (
        "健全以《考评指标体系》为主要内容的执法质量考评,考评指标,加强组织领导,完善工作机制,层层压实责任,形成齐", ("心协力的工作格局。",))
    # Or with no 序号 column: the header had been part of the title, and the rows no rows.
    unnumbered = _plan("某某县2024年法治政府建设重点工作任务清单\n工作任务,牵头单位,完成时限\n加强学习培训,县委宣传部,2024年12月\n"
                       "落实三项制度,县司法局,长期坚持\n")
    assert (unnumbered.meta.title, [(task.anchor, task.title, task.note) for task in unnumbered.tasks()]) == (
        "某某县2024年法治政府建设重点工作任务清单", [("n1", "加强学习培训", "牵头单位：县委宣传部；完成时限：2024年12月"),
                                                  ("n2", "落实三项制度", "牵头单位：县司法局；完成时限：长期坚持")])
    bracketed = _plan("某某县2024年法治政府建设工作台账\n序号\t工作内容\t牵头单位\t完成时限\n（一）\t依法全面履行政府职能\n"
                      "1\t推进权责清单动态调整\t县委编办\t2024年12月\n（二）\t健全依法决策机制\n3\t严格决策程序\t县司法局\t长期坚持\n")
    assert [task.anchor for task in bracketed.tasks()] == ["s1-i1", "s2-i3"]


def test_a_task_table_with_no_number_column_whose_task_cells_carry_their_numbers_is_numbered_by_them():
    plan = _plan("某某县2024年法治政府建设重点工作任务清单\n重点任务\t牵头单位\t完成时限\n1.加强学习培训\t县委宣传部\t2024年12月\n"
                 "2.开展述法\t县委组织部\t2024年6月\n")
    assert [(task.anchor, task.number, task.title) for task in plan.tasks()] == [
        ("i1", "1", "加强学习培训"), ("i2", "2", "开展述法")]
    assert responsibility(plan.root)["i2"].leads == ("县委组织部",)


def test_a_numbered_task_table_with_no_column_of_units_gives_its_rows_deadlines():
    plan = _plan("某某县2024年法治政府建设重点工作任务清单\n序号\t工作任务\t完成时限\n1\t加强学习培训\t2024年12月\n"
                 "2\t开展述法\t长期坚持\n")
    assert [(task.anchor, task.title) for task in plan.tasks()] == [("i1", "加强学习培训"), ("i2", "开展述法")]
    assert measures(plan.root)["i2"][0] == ("长期坚持",) and responsibility(plan.root)["i2"] == Responsibility((), ())
    # A table of indicators, which says no time limit, is no task table.
    assert _plan("某某市法治政府建设规划\n一、总体要求\n1.发展目标。\n序号\t指标\t2025年\t属性\n1\t行政复议纠错率\t15%\t预期性\n"
                 ).tasks()[0].anchor == "c1-i1"


@pytest.mark.parametrize("dot", [".", "-"])
def test_a_task_table_whose_rows_are_numbered_under_their_groups_figures(dot):
    """序号 1 for a group and 1.1, 1.2 (or 1-1, 1-2) for its rows, anchored as dotted numbers in a text are:
    numbered 1-1, the rows had no task."""
    plan = _plan("某某县2024年法治政府建设重点工作任务清单\n序号\t工作任务\t牵头单位\t完成时限\n1\t深入学习贯彻习近平法治思想\n"
                 "1.1\t加强学习培训\t县委宣传部\t2024年12月\n1.2\t开展述法\t县委组织部\t2024年6月\n2\t推进依法行政\n"
                 "2.1\t落实三项制度\t县司法局\t长期坚持\n".replace("1.", f"1{dot}").replace("2.1", f"2{dot}1"))
    assert [(node.anchor, node.title) for node in plan.root.children] == [("i1", "深入学习贯彻习近平法治思想"), ("i2", "推进依法行政")]
    assert [(task.anchor, task.number, task.title) for task in plan.tasks()] == [
        ("i1-d1", "1.1", "加强学习培训"), ("i1-d2", "1.2", "开展述法"), ("i2-d1", "2.1", "落实三项制度")]
    assert responsibility(plan.root)["i1-d2"].leads == ("县委组织部",)


def test_a_tab_table_whose_short_names_are_spread_by_spaces_and_whose_last_remarks_are_empty():
    """序  号 and 备  注, as a word processor spreads a short name over its column; a row whose 备注 is empty
    lost its last tab with the line's end."""
    plan = _plan("某某县2024年法治政府建设重点工作任务清单\n序  号\t工作任务\t牵头单位\t完成时限\t备  注\n"
                 "1\t加强学习培训\t县委宣传部\t2024年12月\n2\t开展述法\t县委组织部\t2024年6月\t新增\n")
    first, second = plan.tasks()
    assert [(task.anchor, task.title, task.paragraphs) for task in (first, second)] == [
        ("i1", "加强学习培训", ()), ("i2", "开展述法", ("备注：新增",))]
    assert responsibility(plan.root)["i2"].leads == ("县委组织部",) and measures(plan.root)["i2"][0] == ("2024年6月",)


def test_a_tab_table_row_whose_last_cell_held_a_line_break_is_one_row():
    plan = _plan("某某县2024年法治政府建设重点工作任务清单\n序号\t重点任务\t牵头单位\t完成时限\n1\t加强学习培训\t县委宣传部\t2024年\n"
                 "12月底前\n2\t开展述法\t县委组织部\t2024年6月\n")
    assert [task.title for task in plan.tasks()] == ["加强学习培训", "开展述法"]
    assert measures(plan.root)["i1"][0] == ("2024年12月底前",)


def test_a_task_table_s_row_whose_last_cells_are_empty_keeps_its_cells_in_their_columns():
    """Its empty last cells' tabs were lost with the line's end: the row was read as one whose first cells were
    merged with the row above, so it took the task above and its own task was its lead unit."""
    plan = _plan("某某县2024年法治政府建设重点任务分工方案\n序号\t重点任务\t牵头单位\t配合单位\n1\t加强学习\t县司法局\t县委办\n"
                 "2\t加强培训\t县委组织部\t\n3\t加强宣传\t\t\n4\t加强考核\t县委办\t县司法局\n")
    duty = responsibility(plan.root)
    assert [(task.title, duty.get(task.anchor)) for task in plan.tasks()] == [
        ("加强学习", Responsibility(("县司法局",), ("县委办",))), ("加强培训", Responsibility(("县委组织部",), ())),
        ("加强宣传", None), ("加强考核", Responsibility(("县委办",), ("县司法局",)))]
    # A row whose group cell after its 序号 was merged with the row above still borrows it.
    grouped = _plan("某某市创建示范市实施方案\n序号\t一级指标\t二级指标\t牵头单位\t配合单位\n"
                    "1\t政府职能依法全面履行\t依法制定权责清单\t市委编办\t市直各部门\n2\t深化放管服改革\t市政务服务中心\t市直各部门\n")
    assert [task.paragraphs for task in grouped.tasks()] == [("一级指标：政府职能依法全面履行",)] * 2
    # A row whose unit cells further on were merged with the row above, as a browser copies a cell spanning rows
    # once, borrows those where only that reads right: it had borrowed the task above, its own task its lead unit.
    merged = _plan("某某县2023年法治政府建设重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
                   "1\t加强学习培训\t县司法局\t县委组织部\t2023年12月\n2\t规范行政执法\t县财政局\t2023年6月\n"
                   "3\t推进政务公开\t县政府办\t县直各部门\t2023年底前\n4\t推进决策公开\t2023年底前\n")
    assert [(task.title, responsibility(merged.root)[task.anchor]) for task in merged.tasks()] == [
        ("加强学习培训", Responsibility(("县司法局",), ("县委组织部",))),
        ("规范行政执法", Responsibility(("县司法局",), ("县财政局",))),
        ("推进政务公开", Responsibility(("县政府办",), ("县直各部门",))),
        ("推进决策公开", Responsibility(("县政府办",), ("县直各部门",)))]  # both unit cells merged: it had been lost
    # Not a reading that names one unit to lead and to help: the row's own unit leads where the one above did too.
    helped = _plan("某某县2023年法治政府建设重点任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
                   "1\t加强学习培训\t县公安局\t县直有关单位\t2023年6月\n2\t规范行政执法\t县公安局\t持续推进\n")
    assert responsibility(helped.root)["i2"] == Responsibility(("县公安局",), ("县直有关单位",))


@pytest.mark.parametrize("header", ["序号\t工作任务\t牵头单位\t完成\n时限", "序号\t工作\n任务\t牵头单位\t完成\n时限"])
def test_a_tab_table_s_header_whose_names_held_line_breaks_is_one_header(header):
    plan = _plan(f"某某县2024年法治政府建设重点工作任务清单\n{header}\n1\t加强学习培训\t县委宣传部\t2024年12月\n"
                 "2\t开展述法\t县委组织部\t2024年6月\n")
    assert [task.title for task in plan.tasks()] == ["加强学习培训", "开展述法"]
    assert measures(plan.root)["i2"][0] == ("2024年6月",) and responsibility(plan.root)["i2"].leads == ("县委组织部",)


def test_a_numbered_heading_that_only_heads_the_task_table_is_no_task():
    text = ("某某区2023年法治政府建设工作要点\n一、深入学习贯彻习近平法治思想\n1.把学习贯彻习近平法治思想纳入区政府常务会议学法内容。\n"
            "2.组织开展领导干部述法。\n二、重点任务分工\n序号\t工作任务\t牵头单位\t完成时限\n"
            "1\t把学习贯彻习近平法治思想纳入区政府常务会议学法内容\t区司法局\t2023年12月\n2\t组织开展领导干部述法\t区委组织部\t2023年6月\n")
    plan = _plan(text)
    assert [task.anchor for task in plan.tasks()] == ["c1-i1", "c1-i2"]
    assert plan.root.closing[0] == "二、重点任务分工" and responsibility(plan.root)["c1-i2"].leads == ("区委组织部",)
    # A heading that names a task of its own above a table is still a task.
    worded = _plan(text.replace("二、重点任务分工", "二、加强法治宣传"))
    assert [task.anchor for task in worded.tasks()] == ["c1-i1", "c1-i2", "c2"]


def test_a_table_above_the_tasks_is_not_an_appendix():
    text = TASK_TABLE.replace("一、主要任务\n", "序号\t工作部门\t责任部门\t时间\n1\t县政府\t县司法局\t2021年\n一、主要任务\n")
    plan = parse_text(text.encode("utf-8"), "above.txt")
    assert len(plan.tasks()) == 3 and responsibility(plan.root)[plan.tasks()[0].anchor].leads == ("县委编办",)


def test_a_task_table_between_chapters_leaves_the_tasks_after_it_in_place():
    text = TASK_TABLE.replace("附件:某某县法治政府建设重点任务分工表\n", "") + "二、保障措施\n4.加强组织领导。\n"
    plan = parse_text(text.encode("utf-8"), "middle.txt")
    assert [node.title for node in plan.tasks()][-1] == "加强组织领导" and len(plan.tasks()) == 4
    assert plan.root.closing[0].startswith("序号") and len(plan.root.closing) == 5
    assert responsibility(plan.root)[plan.tasks()[0].anchor].leads == ("县委编办",)


TABLE_ONLY = """某某县2024年法治政府建设重点任务分工方案
为深入推进法治政府建设，结合我县实际，制定本方案。
附件：重点任务分工表
序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t健全依法决策机制，严格落实重大行政决策程序规定。\t县司法局\t县政府办公室\t2024年12月底前
2\t深化行政执法体制改革。\t县委编办\t县司法局、各乡镇人民政府\t2024年10月底前
\t推进综合行政执法。\t县司法局\t各乡镇人民政府\t2024年12月底前
3\t加强行政复议工作，发挥行政复议化解行政争议主渠道作用。\t县司法局\t\t长期坚持
某某县人民政府办公室
2024年3月1日
"""


def test_a_plan_that_is_only_a_numbered_task_table_has_a_task_per_number():
    plan = parse_text(TABLE_ONLY.encode("utf-8"), "table-only.txt")
    tasks = plan.tasks()
    assert [(node.anchor, node.number, node.marker.printed) for node in tasks] == [
        ("i1", "1", "1"), ("i2", "2", "2"), ("i3", "3", "3")]
    from generator.render import heading_text
    assert heading_text(tasks[2]) == "3 加强行政复议工作，发挥行政复议化解行政争议主渠道作用"
    assert tasks[0].title == "健全依法决策机制，严格落实重大行政决策程序规定" and tasks[0].lineno == 5
    duties, found = responsibility(plan.root), measures(plan.root)
    assert duties["i1"].leads == ("县司法局",) and duties["i1"].partners == ("县政府办公室",)
    assert found["i1"][0] == ("2024年12月底前",)
    # The row under a merged 序号 cell adds its measure and units to task 2.
    assert tasks[1].paragraphs == ("推进综合行政执法。",) and duties["i2"].leads == ("县委编办", "县司法局")
    assert found["i2"][0] == ("2024年10月底前", "2024年12月底前")
    assert duties["i3"].leads == ("县司法局",) and not duties["i3"].partners
    # The preamble and caption stay above the tasks, the signature after them; the header is no text.
    assert plan.root.paragraphs == ("为深入推进法治政府建设，结合我县实际，制定本方案。", "附件：重点任务分工表")
    assert plan.root.closing == ("某某县人民政府办公室", "2024年3月1日")
    assert not any("序号" in text for node in plan.root.walk() for text in (node.text, *node.paragraphs))


def test_a_task_table_of_a_thousand_rows_or_more_has_a_task_per_row():
    rows = "".join(f"{n}\t加强学习{n}\t县司法局\t县财政局\t2024年底\n" for n in range(1, 1003))
    plan = _plan(f"某某县法治政府建设任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n{rows}")
    assert len(plan.tasks()) == 1002 and plan.tasks()[-1].anchor == "i1002"


# A plan whose numbers a word processor printed (一、, 1.) and a converter of its file lost.
NUMBERING_LOST = """青山县2023年法治政府建设工作要点
为深入推进法治政府建设，结合我县实际，制定本要点。
主要任务
加强党的领导
深入学习贯彻习近平法治思想。组织专题学习。（牵头单位：县委宣传部；配合单位：县司法局）
落实第一责任人职责。由县委办牵头，县政府办配合。
依法履行政府职能
深化“放管服”改革。（牵头单位：县政务服务中心）
推进政务公开。（牵头单位：县政府办）
保障措施
各部门要加强组织领导，确保各项任务落到实处。
青山县人民政府
2023年3月1日
"""


def test_a_plan_that_lost_its_numbering_keeps_its_headings_and_its_tasks():
    """Its headings (a heading's words alone above a paragraph, or above another such heading, as a chapter's above
    its first section's) are counted from the top (h1, cited 标题1), its paragraphs with their notes under each as
    under a numbered heading (h2-n2, cited 标题2第2项). It had no task, and its title was its last line naming a
    kind of plan, 保障措施, everything above it taken for front matter."""
    plan = _plan(NUMBERING_LOST)
    assert (plan.meta.title, plan.meta.issuer, plan.meta.issued) == ("青山县2023年法治政府建设工作要点", "青山县人民政府", "2023-03-01")
    assert [(node.anchor, node.number, node.title) for node in plan.root.walk() if node.marker] == [
        ("h1", "标题1", "主要任务"), ("h2", "标题2", "加强党的领导"), ("h2-n1", "标题2第1项", "深入学习贯彻习近平法治思想"),
        ("h2-n2", "标题2第2项", "落实第一责任人职责"), ("h3", "标题3", "依法履行政府职能"),
        ("h3-n1", "标题3第1项", "深化“放管服”改革"), ("h3-n2", "标题3第2项", "推进政务公开"), ("h4", "标题4", "保障措施")]
    duty = responsibility(plan.root)
    assert [(duty[anchor].leads, duty[anchor].partners) for anchor in ("h2-n1", "h2-n2", "h3-n1", "h3-n2")] == [
        (("县委宣传部",), ("县司法局",)), (("县委办",), ("县政府办",)), (("县政务服务中心",), ()), (("县政府办",), ())]
    assert plan.root.paragraphs == ("为深入推进法治政府建设，结合我县实际，制定本要点。",)
    # Where only its headings lost their numbers (a word processor's numbering of headings), its tasks keep theirs
    # under them; the heading below a task had gone on it, hiding its note (由县委办牵头，县政府办配合。).
    tasks_numbered = _plan(re.sub(r"\n(深入|落实|深化|推进政务)", lambda found, count=iter(range(1, 5)):
                                  f"\n{next(count)}.{found.group(1)}", NUMBERING_LOST))
    assert [(node.anchor, node.number) for node in tasks_numbered.root.walk() if node.marker] == [
        ("h1", "标题1"), ("h2", "标题2"), ("h2-i1", "标题2·1"), ("h2-i2", "标题2·2"), ("h3", "标题3"), ("h3-i3", "标题3·3"),
        ("h3-i4", "标题3·4"), ("h4", "标题4")]
    duty = responsibility(tasks_numbered.root)
    assert (duty["h2-i2"].leads, duty["h2-i2"].partners) == (("县委办",), ("县政府办",))
    # So do its sections where only its chapters' numbers were lost.
    sections = _plan("某某县2023年法治政府建设工作要点\n为深入推进法治政府建设，制定本要点。\n总体要求\n坚持以习近平法治思想为指导。\n"
                     "主要任务\n（一）加强党的领导\n1.深入学习贯彻习近平法治思想。（牵头单位：县委宣传部）\n"
                     "2.落实第一责任人职责。由县委办牵头，县政府办配合。\n重点工作\n（一）依法履行政府职能\n"
                     "3.深化“放管服”改革。（牵头单位：县政务服务中心）\n")
    assert [node.anchor for node in sections.root.walk() if node.marker] == [
        "h1", "h2", "h2-s1", "h2-s1-i1", "h2-s1-i2", "h3", "h3-s1", "h3-s1-i3"]
    duty = responsibility(sections.root)
    assert (duty["h2-s1-i2"].leads, duty["h2-s1-i2"].partners) == (("县委办",), ("县政府办",))
    # With no heading, its paragraphs with their notes are counted from the top.
    flat = _plan(re.sub("\n(主要任务|加强党的领导|依法履行政府职能|保障措施)(?=\n)", "", NUMBERING_LOST))
    assert [(task.anchor, task.number) for task in flat.tasks()] == [("n1", "第1项"), ("n2", "第2项"), ("n3", "第3项"),
                                                                   ("n4", "第4项")]
    # With no note, nothing shows it a plan's outline: a plain document, under its first line naming a plan.
    plain = _plan(re.sub(r"（牵头单位：[^）]*）|由县委办牵头，县政府办配合。", "", NUMBERING_LOST))
    assert plain.tasks() == [] and plain.meta.title == "青山县2023年法治政府建设工作要点"
    assert any("no numbered paragraphs" in d.message for d in plain.diagnostics)


def test_a_task_table_without_numbers_has_a_task_per_row_counted_under_its_group():
    """A plan that is only a table with no 序号 column has its rows as tasks, each counted among the
    rows of its group as a paragraph with its note is (n1, cited 第1项), where they were lost."""
    text = TABLE_ONLY.replace("序号\t", "").replace("\n1\t", "\n").replace("\n2\t", "\n").replace("\n3\t", "\n")
    plan = parse_text(text.replace("\n\t推进", "\n推进").encode("utf-8"), "unnumbered.txt")
    assert [(node.anchor, node.number, node.marker.printed) for node in plan.tasks()] == [
        ("n1", "第1项", ""), ("n2", "第2项", ""), ("n3", "第3项", ""), ("n4", "第4项", "")]
    assert plan.tasks()[2].title == "推进综合行政执法" and responsibility(plan.root)["n2"].leads == ("县委编办",)
    assert not any("no numbered paragraphs" in d.message for d in plan.diagnostics)
    grouped = _plan("某某县2023年法治政府建设重点任务分工\n重点任务\t牵头单位\t配合单位\n一、依法履职\n"
                    "深化放管服改革\t县政务服务中心\t县直各部门\n加强事中事后监管\t县市场监管局\t县直有关部门\n"
                    "二、依法决策\n严格决策程序\t县政府办\t县司法局\n")
    assert [node.anchor for node in grouped.tasks()] == ["c1-n1", "c1-n2", "c2-n1"]
    assert responsibility(grouped.root)["c2-n1"].partners == ("县司法局",)


def test_an_annual_plan_s_year_and_its_signature_at_the_end():
    plan = parse_text(TABLE_ONLY.encode("utf-8"), "table-only.txt")
    assert (plan.meta.period, plan.meta.issued, plan.meta.issuer) == ("2024", "2024-03-01", "某某县人民政府办公室")
    assert plan.meta.slug == "moumou-2024"
    # A range written with 年 on both years is a range; a target year or a date is no period.
    for title, period in (("某某市法治政府建设规划(2021年—2025年)", "2021–2025"),
                          ("某某市到2025年基本建成法治政府的实施意见", ""),
                          ("某某市2024年度法治政府建设工作要点", "2024")):
        text = f"{title}\n一、主要任务\n1.加强行政复议工作。\n"
        assert parse_text(text.encode("utf-8"), "year.txt").meta.period == period
    # A remark below the signature does not hide it.
    remarked = parse_text(TABLE_ONLY.replace("2024年3月1日\n", "2024年3月1日\n（此件公开发布）\n").encode("utf-8"), "r.txt")
    assert (remarked.meta.issued, remarked.meta.issuer) == ("2024-03-01", "某某县人民政府办公室")
    # A text that ends in a task, not a date, is signed by no one.
    unsigned = parse_text("某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n".encode("utf-8"), "u.txt")
    assert (unsigned.meta.issued, unsigned.meta.issuer) == ("", "")


@pytest.mark.parametrize("group", ["依法全面履行政府职能", "加强党的领导", "落实法治建设责任"])
def test_group_lines_between_a_task_table_s_rows_are_its_chapters(group):
    """A group's line right under the header is no part of its last name, though it says 领导 or 责任 as a
    column of people or of units would: it was, so the header named a column of people (责任领导) and the
    table's time limits were people's names."""
    text = f"""某某县2023年法治政府建设工作要点任务分工
序号\t工作任务\t牵头单位\t责任单位\t完成时限
一、{group}
1\t全面实行政府权责清单制度。\t县委编办\t县直各部门\t2023年底前
2\t深化“放管服”改革。\t县政务服务局\t县直各部门\t2023年底前
二、加强行政复议
3\t发挥行政复议化解行政争议主渠道作用。\t县司法局\t各乡镇\t长期坚持
"""
    plan = parse_text(text.encode("utf-8"), "groups.txt")
    assert [(node.anchor, node.number) for node in plan.tasks()] == [("c1-i1", "一1"), ("c1-i2", "一2"), ("c2-i3", "二3")]
    assert [child.title for child in plan.root.children] == [group, "加强行政复议"]
    assert responsibility(plan.root)["c2-i3"].partners == ("各乡镇",) and plan.meta.period == "2023"
    assert [task.note.split("；")[-1] for task in plan.tasks()] == ["完成时限：2023年底前"] * 2 + ["完成时限：长期坚持"]
    # A plan with numbered paragraphs of its own keeps them; its table's rows make no tasks.
    written = parse_text((text + "三、保障措施\n4.加强组织领导。\n").encode("utf-8"), "written.txt")
    anchors = [node.anchor for node in written.tasks()]
    assert anchors[-1] == "c3-i4" and "c1-i1" not in anchors


@pytest.mark.parametrize("header,group", [
    ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\t备注", "一、加强党的领导"),
    ("序号\t重点任务\t牵头单位\t配合单位\t完成\n时限\t备注", "一、加强党的领导"),  # a name broken in its cell
    ("序号\t重点任务\t牵头单位\t配合单位\t完成\n时限\t备注", "一\t加强党的领导\t\t\t\t"),
], ids=["whole header", "header broken", "header broken, group row"])
def test_a_group_right_under_a_header_heads_rows_that_lost_their_last_empty_cells(header, group):
    """A row whose last cell (备注) was empty lost its tab with the line's end: the group line above it then
    headed no row of the table's width, so the table had no rows; and a header broken over two lines ended at
    the group, whose line is no part of a name."""
    plan = _plan(f"某某县2023年法治政府建设重点任务分工方案\n{header}\n{group}\n"
                 "1\t落实第一责任人职责\t县政府办\t各乡镇人民政府\t每年\n"
                 "2\t推行行政执法公示制度\t县市场监管局\t县司法局\t2023年6月\t重点任务\n")
    assert [child.title for child in plan.root.children] == ["加强党的领导"]
    duty = responsibility(plan.root)
    assert [(task.anchor, duty[task.anchor].leads, task.note.split("；")[-1]) for task in plan.tasks()] == [
        ("c1-i1", ("县政府办",), "完成时限：每年"), ("c1-i2", ("县市场监管局",), "完成时限：2023年6月")]
    assert plan.tasks()[1].paragraphs == ("备注：重点任务",)


def test_articles_of_a_regulation_style_plan_are_its_tasks():
    text = """某某市法治政府建设若干规定
第一章 总则
第一条 为了推进法治政府建设，结合本市实际，制定本规定。
第二章 依法决策
第二条 市人民政府应当健全依法决策机制。（牵头单位：市司法局）
第3条 重大行政决策应当经合法性审查。
"""
    plan = parse_text(text.encode("utf-8"), "articles.txt")
    assert [(node.anchor, node.number) for node in plan.tasks()] == [
        ("part1-art1", "第一章第一条"), ("part2-art2", "第二章第二条"), ("part2-art3", "第二章第3条")]
    assert responsibility(plan.root)["part2-art2"].leads == ("市司法局",)
    from generator.render import heading_text
    assert heading_text(plan.tasks()[2]) == "第3条 重大行政决策应当经合法性审查"


def test_an_appended_task_table_with_group_lines_is_one_table_not_more_chapters():
    text = """某某县法治政府建设实施方案
一、依法全面履行政府职能
1.全面实行政府权责清单制度。
2.深化“放管服”改革。
二、加强行政复议
3.发挥行政复议化解行政争议主渠道作用。
附件：重点任务分工表
序号\t重点任务\t牵头单位\t配合单位
一、依法全面履行政府职能
1\t全面实行政府权责清单制度\t县委编办\t县直各部门
2\t深化“放管服”改革\t县政务服务局\t县直各部门
二、加强行政复议
3\t发挥行政复议化解行政争议主渠道作用\t县司法局\t各乡镇
"""
    plan = parse_text(text.encode("utf-8"), "appended.txt")
    assert [node.anchor for node in plan.tasks()] == ["c1-i1", "c1-i2", "c2-i3"]
    assert not any("twice" in d.message or "task table" in d.message for d in plan.diagnostics)
    duties = responsibility(plan.root)
    assert [duties[node.anchor].leads for node in plan.tasks()] == [("县委编办",), ("县政务服务局",), ("县司法局",)]
    assert plan.root.closing[0] == "附件：重点任务分工表" and len(plan.root.closing) == 7
    from generator.render import _closing
    shown = _closing(plan)
    assert shown.count('<td colspan="4">') == 2 and "二、加强行政复议</td>" in shown and shown.count("<tr>") == 6


def test_numbers_left_as_one_character_by_automatic_numbering_are_their_usual_kinds():
    text = """某某县法治政府建设实施方案
一、依法全面履行政府职能
㈠深化行政审批制度改革
⒈全面实行政府权责清单制度。（牵头单位：县委编办）
⒉推行行政执法公示制度。
⑴规范执法程序。
㈩加强行政复议
⒒发挥行政复议化解行政争议主渠道作用。
"""
    plan = parse_text(text.encode("utf-8"), "enclosed.txt")
    assert [(node.anchor, node.number, node.marker.printed) for node in plan.tasks()] == [
        ("c1-s1-i1", "一(一)1", "⒈"), ("c1-s1-i2-p1", "一(一)2(1)", "⑴"), ("c1-s10-i11", "一(十)11", "⒒")]
    assert responsibility(plan.root)["c1-s1-i1"].leads == ("县委编办",)
    # Circled digits of the other sets word processors number with are circled digits (cited ①).
    circled = _plan("某某县法治政府建设实施方案\n一、主要任务\n❶加强学习培训。\n❷开展述法。\n二、保障措施\n➀加强领导。\n➁强化督查。\n")
    assert [(node.anchor, node.number, node.marker.printed) for node in circled.tasks()] == [
        ("c1-r1", "一①", "❶"), ("c1-r2", "一②", "❷"), ("c2-r1", "二①", "➀"), ("c2-r2", "二②", "➁")]
    # The negative set goes on past ❿ to ⓴ (U+24EB).
    dark = _plan("某某县法治政府建设实施方案\n一、主要任务\n" + "".join(f"{chr(0x2776 + k) if k < 10 else chr(0x24EB + k - 10)}"
                                                              f"开展第{k + 1}项清理。\n" for k in range(12)))
    assert [(node.anchor, node.number) for node in dark.tasks()][9:] == \
        [("c1-r10", "一⑩"), ("c1-r11", "一⑪"), ("c1-r12", "一⑫")]


@pytest.mark.parametrize("numerals", [("Ⅰ、", "Ⅱ．", "Ⅲ、"), ("I.", "II、", "III. ")], ids=["characters", "letters"])
def test_roman_numerals_number_parts_in_one_character_or_in_letters(numerals):
    first, second, third = numerals
    plan = _plan(f"某某区法治政府建设实施方案\n{first}总体要求\n坚持以习近平法治思想为指导。\n{second}主要任务\n"
                 f"1.完善依法行政制度体系。（牵头单位：区司法局）\n2.严格规范公正文明执法。\n{third}保障措施\n"
                 "Ⅲ级响应由区政府启动。\n")
    assert [(node.anchor, node.number) for node in plan.root.walk() if node.marker] == [
        ("roman1", first.strip("、．. ")), ("roman2", second.strip("、．. ")), ("roman2-i1", f"{second.strip('、．. ')}1"),
        ("roman2-i2", f"{second.strip('、．. ')}2"), ("roman3", third.strip("、．. "))]
    # A Roman numeral before what it counts (Ⅲ级) numbers nothing.
    assert plan.root.children[2].paragraphs == ("Ⅲ级响应由区政府启动。",)
    assert responsibility(plan.root)["roman2-i1"].leads == ("区司法局",)
    # A page that lost its line breaks numbers them as well.
    glued = _plan(f"某某区法治政府建设实施方案（2021—2025年）为推进法治政府建设，制定本方案。{first}总体要求坚持以习近平法治思想为指导。"
                  f"{second}主要任务1.完善依法行政制度体系。（牵头单位：区司法局）2.严格规范公正文明执法。{third}保障措施加强组织领导。"
                  + "各部门要高度重视，切实加强组织领导，确保各项任务落到实处。" * 3)
    assert [node.anchor for node in glued.root.walk() if node.marker] == [
        "roman1", "roman2", "roman2-i1", "roman2-i2", "roman3"]


def _one_cell_per_line(text: str) -> str:
    """A text whose tables were copied one cell per line, as many scrapers copy them."""
    return "\n".join(cell.strip() for line in text.split("\n") for cell in line.split("\t"))


def test_rows_sharing_a_merged_number_are_one_task_headed_by_their_merged_task_cell():
    plan = _plan("某某市法治政府建设重点任务分工表\n序号\t重点任务\t具体措施\t牵头单位\t完成时限\n"
                 "1\t完善依法行政制度体系\t加强重点领域立法\t市司法局\t2023年12月\n\t\t加强规范性文件管理\t市财政局\t持续推进\n"
                 "2\t推进严格规范公正文明执法\t深化综合行政执法改革\t市委编办\t2023年6月\n")
    tasks = plan.tasks()
    # A table titled as a list of tasks (…分工表) is the plan, under its own title.
    assert (plan.meta.title, plan.root.paragraphs) == ("某某市法治政府建设重点任务分工表", ())
    assert [(node.anchor, node.title, node.paragraphs) for node in tasks] == [
        ("i1", "完善依法行政制度体系", ("加强重点领域立法", "加强规范性文件管理")),
        ("i2", "推进严格规范公正文明执法", ("深化综合行政执法改革",))]
    assert responsibility(plan.root)["i1"].leads == ("市司法局", "市财政局")


# A task table printed to PDF and read back by pdftotext -layout: a character per column, cells
# parted by one space or more, wrapped cells, an empty cell (row 3), the signature aligned right.
LAID_OUT_BY_A_CONVERTER = """       某某县2024年法治政府建设重点任务分工方案
序号         重点任务         牵头单位     配合单位      完成时限
1 健全依法决策机制，严格落实重大行政决策 县司法局     县政府办公室    2024年12月底
   程序规定，推进决策科学化、民主化、法治                   前
   化。
2 深化行政执法体制改革，推进综合行政执 县委编办      县司法局、各乡 2024年10月底
   法，完善执法协调机制。                 镇人民政府    前
3 加强行政复议工作。            县司法局             长期坚持
4 全面推行行政执法公示制度、执法全过程记 县司法局     县直各执法部门 2024年6月底
   录制度、重大执法决定法制审核制度。                    前
                                     某某县人民政府办公室
                                         2024年3月1日
"""
# The same table with narrow columns: names and cells wrapped (牵头单 / 位), cells of a wrapped line parted by
# one space and drifting left of where the row's first line has them.
LAID_OUT_IN_NARROW_COLUMNS = """         某某县2024年法治政府建设重点任务分工方案
序号                重点任务            牵头单 配合单位 完成时限
                                    位
1    健全依法决策机制，严格落实重大行政决策程序规定，推进决策 县司法 县政府办 2024年
     科学化、民主化、法治化。                 局 公室 12月底前
2    深化行政执法体制改革，推进综合行政执法，完善执法协调机 县委编 县司法 2024年
     制。                           办 局、各乡 10月底前
                                       镇人民政
                                       府
3    加强行政复议工作。                    县司法        长期坚持
                                  局
4    全面推行行政执法公示制度、执法全过程记录制度、重大执法决 县司法 县直各执 2024年6
     定法制审核制度。                     局 法部门 月底前
                                      某某县人民政府办公室
                                          2024年3月1日
"""
# The same table, its header's names spread over their cells letter by letter, as pdftotext read it
# from a PDF whose header cells were set so (重     点    任   务).
LAID_OUT_UNDER_SPREAD_NAMES = LAID_OUT_BY_A_CONVERTER.replace(
    "序号         重点任务         牵头单位     配合单位      完成时限",
    "序号 重     点    任   务 牵 头 单 位 配合单位      完成时限")
# The same table in a word processor's file, read by pandoc -t plain: rules above, below and under
# the header, a blank line between rows, columns as wide as a Chinese character is two.
LAID_OUT_BY_PANDOC = """某某县2024年法治政府建设重点任务分工方案

  --------------------------------------------------------------------------------------------------------------------------------------------------------
  序号         重点任务                                                                           牵头单位     配合单位                   完成时限
  ------------ ---------------------------------------------------------------------------------- ------------ -------------------------- ----------------
  1            健全依法决策机制，严格落实重大行政决策程序规定，推进决策科学化、民主化、法治化。   县司法局     县政府办公室               2024年12月底前

  2            深化行政执法体制改革，推进综合行政执法，完善执法协调机制。                         县委编办     县司法局、各乡镇人民政府   2024年10月底前

  3            加强行政复议工作。                                                                 县司法局                                长期坚持

  4            全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。           县司法局     县直各执法部门             2024年6月底前
  --------------------------------------------------------------------------------------------------------------------------------------------------------

某某县人民政府办公室

2024年3月1日
"""
# The same kind of table aligned in an editor, where a Chinese character takes two columns.
LAID_OUT_IN_AN_EDITOR = """某某县2024年法治政府建设重点任务分工方案

序号   重点任务                          牵头单位      配合单位        完成时限
1      健全依法决策机制，严格落实        县司法局      县政府办        2024年12月
       重大行政决策程序规定。
2      深化行政执法体制改革，推进        县委编办      各乡镇人民      2024年10月
       综合行政执法。                                  政府
3      加强行政复议工作。                县司法局                      长期坚持

某某县人民政府办公室
2024年3月1日
"""


@pytest.mark.parametrize("text", [LAID_OUT_BY_A_CONVERTER, LAID_OUT_IN_NARROW_COLUMNS, LAID_OUT_UNDER_SPREAD_NAMES,
                                  LAID_OUT_BY_PANDOC, LAID_OUT_IN_AN_EDITOR],
                         ids=["pdftotext", "pdftotext-narrow", "pdftotext-spread", "pandoc", "editor"])
def test_a_table_laid_out_with_spaces_has_a_task_per_row_with_its_wrapped_cells_joined(text):
    plan = _plan(text)
    tasks, duties = plan.tasks(), responsibility(plan.root)
    assert [node.anchor for node in tasks][:3] == ["i1", "i2", "i3"]
    assert "".join((tasks[0].title, tasks[0].text)).startswith("健全依法决策机制，严格落实重大行政决策程序规定")
    assert "推进综合行政执法" in tasks[1].title + tasks[1].text
    assert duties["i2"].leads == ("县委编办",) and duties["i2"].partners[-1] == "各乡镇人民政府"
    # Row 3 leaves 配合单位 empty: its time limit is still its time limit.
    assert not duties["i3"].partners and measures(plan.root)["i3"][0] == ("长期坚持",)
    assert measures(plan.root)["i1"][0][0].startswith("2024年12月") and duties["i1"].partners[-1] in ("县政府办公室", "县政府办")
    assert (plan.meta.issuer, plan.meta.issued) == ("某某县人民政府办公室", "2024-03-01")
    assert plan.root.closing == ("某某县人民政府办公室", "2024年3月1日")
    assert not plan.root.paragraphs  # nor the rules, however wide


def test_a_table_laid_out_with_spaces_in_traditional_script_is_read_as_one_in_simplified():
    plan = _plan(opencc.OpenCC("s2t").convert(LAID_OUT_BY_A_CONVERTER))  # 序號 | 重點任務 | 牽頭單位 …
    duties = responsibility(plan.root)
    assert [(node.anchor, duties[node.anchor].leads) for node in plan.tasks()] == [
        ("i1", ("縣司法局",)), ("i2", ("縣委編辦",)), ("i3", ("縣司法局",)), ("i4", ("縣司法局",))]
    assert plan.root.closing == ("某某縣人民政府辦公室", "2024年3月1日")  # the signature right below, no row's


def test_a_task_table_whose_header_repeats_atop_each_page_keeps_a_task_per_row():
    header = "序号\t重点任务\t牵头单位\t完成时限\n"
    plan = _plan("某某县2024年法治政府建设重点任务分工方案\n" + header + "1\t深化政务公开\t县政府办\t长期坚持\n"
                 "2\t推行三项制度\t县司法局\t2024年底前\n" + header + "3\t加强复议工作\t县司法局\t2024年6月\n")
    assert [(node.anchor, node.title) for node in plan.tasks()] == [
        ("i1", "深化政务公开"), ("i2", "推行三项制度"), ("i3", "加强复议工作")]
    assert responsibility(plan.root)["i3"].leads == ("县司法局",) and not plan.root.paragraphs


def test_an_editor_s_table_whose_rows_open_alike_is_read_by_the_lines_its_cells_wrap_to():
    """Rows whose first lines are laid out alike, under either count of positions, cannot tell a
    converter's table from an editor's; the lines their units wrap to can (民政府 under 各乡镇人)."""
    plan = _plan("某某县2024年法治政府建设重点任务分工方案\n"
                 "序号        工作任务                            牵头单位      配合单位      完成时限\n"
                 "1           推行行政执法三项制度                各乡镇人      县委编办      长期坚持\n"
                 "                                                民政府\n"
                 "2           推行行政执法三项制度                县政府办      各乡镇人      2025年6月\n"
                 "                                                公室          民政府        前\n"
                 "3           推行行政执法三项制度                县委编办      县司法局      2025年6月\n"
                 "                                                                            前\n"
                 "4           推行行政执法三项制度                县政府办      县委编办      2025年6月\n"
                 "                                                公室                        前\n"
                 "                              某某县人民政府办公室\n                                2024年3月1日\n")
    duties, found = responsibility(plan.root), measures(plan.root)
    assert [(duties[node.anchor].leads, duties[node.anchor].partners) for node in plan.tasks()] == [
        (("各乡镇人民政府",), ("县委编办",)), (("县政府办公室",), ("各乡镇人民政府",)), (("县委编办",), ("县司法局",)),
        (("县政府办公室",), ("县委编办",))]
    assert [found[node.anchor][0] for node in plan.tasks()] == [("长期坚持",)] + [("2025年6月前",)] * 3


def test_a_laid_out_table_s_row_goes_on_over_a_page_break_below_the_header_repeated_there():
    # pdftotext opens a page with a form feed; a word processor repeats the header atop it.
    text = ("某某县2024年法治政府建设重点任务分工方案\n"
            + "\n".join([
        '序号    重点任务          牵头单位    完成时限',
        '1     深化政务公开，推进     县政府办    长期坚持',
        '      决策公开。',
        '2     推行行政执法三项制     县司法局    2024年底',
        '      度，规范执法行为，             前',
        '\x0c序号    重点任务          牵头单位    完成时限',
        '      推行全过程记录。',
        '3     加强复议工作。       县司法局    2024年6月']) + "\n某某县人民政府办公室\n2024年3月1日\n")
    plan = _plan(text)
    tasks, found = plan.tasks(), measures(plan.root)
    assert [node.anchor for node in tasks] == ["i1", "i2", "i3"]
    assert tasks[1].title + tasks[1].text == "推行行政执法三项制度，规范执法行为，推行全过程记录。"
    assert found["i2"][0] == ("2024年底前",) and responsibility(plan.root)["i3"].leads == ("县司法局",)
    assert plan.root.closing == ("某某县人民政府办公室", "2024年3月1日") and not plan.root.paragraphs


def test_a_table_a_pdf_reader_scattered_is_reported_with_what_to_do():
    # pdftotext without -layout: the header one name to a line, the cells out of their rows.
    plan = _plan("某某县2024年法治政府建设重点任务分工方案\n序号\n重点任务\n牵头单位\n"
                 "1 健全依法决策机制，严格落实重大行政决策 县司法局\n程序规定。\n2 深化行政执法体制改革。\n县委编办\n")
    warning = next(d for d in plan.diagnostics if "one name to a line" in d.message)
    assert warning.line == 2 and "pdftotext -layout" in warning.hint
    # A table read whole, or joined back from a cell a line, is no such table.
    whole = _plan("某某县2024年法治政府建设重点任务分工方案\n序号\t重点任务\t牵头单位\n1\t深化政务公开\t县政府办\n"
                  "2\t推行三项制度\t县司法局\n")
    assert not any("one name to a line" in d.message for d in whole.diagnostics)


# TABLE_ONLY with every cell filled and no merged 序号 cell, as a table copied a cell per line needs.
WHOLE_TABLE = TABLE_ONLY.replace("\n\t推进综合行政执法。\t县司法局\t各乡镇人民政府\t2024年12月底前", "").replace(
    "县司法局\t\t长期坚持", "县司法局\t各乡镇\t长期坚持")


def test_a_task_table_copied_one_cell_per_line_reads_as_the_table():
    whole = WHOLE_TABLE
    flat = parse_text(_one_cell_per_line(whole).encode("utf-8"), "flat.txt")
    assert [(node.anchor, node.lineno) for node in flat.tasks()] == [("i1", 9), ("i2", 14), ("i3", 19)]
    duties = responsibility(flat.root)
    assert duties["i2"].partners == ("县司法局", "各乡镇人民政府") and duties["i3"].partners == ("各乡镇",)
    assert flat.root.closing == ("某某县人民政府办公室", "2024年3月1日")
    # An empty cell leaves no line, so the cells after it move up: that row is not joined.
    gap = parse_text(_one_cell_per_line(whole.replace("\t各乡镇\t", "\t\t")).encode("utf-8"), "gap.txt")
    assert [node.anchor for node in gap.tasks()] == ["i1", "i2"] and gap.root.closing[0] == "3"
    # Appended to a written plan, it gives the tasks their units and is shown as a table.
    appended = parse_text(_one_cell_per_line(TASK_TABLE.replace("县政府办\t\t", "县政府办\t各乡镇\t"))
                          .encode("utf-8"), "appended-flat.txt")
    assert responsibility(appended.root)[appended.tasks()[0].anchor].leads == ("县委编办",)
    assert len(appended.tasks()) == 3 and appended.root.closing[1].startswith("序号\t重点任务")
    # A 序号 column whose numbers do not run 1, 2, 3 is left as lines.
    broken = _one_cell_per_line(whole).replace("\n2\n", "\n5\n")
    assert not parse_text(broken.encode("utf-8"), "broken.txt").tasks()
    # Its groups' lines between the rows (一、加强党的领导), a web page's rows of one merged cell, are its chapters.
    grouped = _plan("某某县2023年法治政府建设重点任务分工方案\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n一、加强党的领导\n"
                    "1\n落实第一责任人职责\n县政府办\n各乡镇人民政府\n每年\n2\n推行公示制度\n县市场监管局\n县司法局\n2023年6月\n"
                    "二、推进依法行政\n3\n规范决策程序\n县司法局\n县政府办\n持续推进\n")
    assert [(task.anchor, responsibility(grouped.root)[task.anchor].leads) for task in grouped.tasks()] == [
        ("c1-i1", ("县政府办",)), ("c1-i2", ("县市场监管局",)), ("c2-i3", ("县司法局",))]



def test_a_task_table_copied_one_cell_per_line_with_cells_of_paragraphs_reads_as_the_table():
    """A cell that held paragraphs (将…纳入培训。 / 组织专题讲座。) is a line each: they go on with the last column of
    words, up to the next row's number; before, the table could not be read and the plan had no task."""
    plan = _plan("某某县2024年法治政府建设重点任务清单\n序号\n重点任务\n具体措施\n牵头单位\n完成时限\n1\n加强学习培训\n"
                 "将习近平法治思想纳入培训。\n组织专题讲座。\n县委组织部\n2024年12月\n2\n推进政务公开\n完善目录。\n县政府办\n"
                 "2024年6月\n3\n规范行政执法\n推行三项制度。\n开展案卷评查。\n县司法局\n长期坚持\n某某县人民政府办公室\n2024年3月1日\n")
    assert [(task.anchor, task.title, task.paragraphs) for task in plan.tasks()] == [
        ("i1", "加强学习培训", ("将习近平法治思想纳入培训。组织专题讲座。",)), ("i2", "推进政务公开", ("完善目录。",)),
        ("i3", "规范行政执法", ("推行三项制度。开展案卷评查。",))]
    assert [task.note for task in plan.tasks()][2] == "牵头单位：县司法局；完成时限：长期坚持"
    assert (plan.meta.issuer, plan.root.closing[-2:]) == ("某某县人民政府办公室", ("某某县人民政府办公室", "2024年3月1日"))
    # A cell of units a line each is its column of units, where only one such column can hold them.
    units = _plan("某某县2024年法治政府建设重点任务清单\n序号\n重点任务\n牵头单位\n完成时限\n1\n加强学习培训\n县委组织部\n"
                  "县司法局\n2024年12月\n2\n推进政务公开\n县政府办\n2024年6月\n")
    assert [responsibility(units.root)[task.anchor].leads for task in units.tasks()] == [("县委组织部", "县司法局"),
                                                                                       ("县政府办",)]
    # With two columns of units, which held the extra unit is unclear: the table is not read.
    unclear = _plan("某某县2024年法治政府建设重点任务清单\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n加强学习培训\n"
                    "县委组织部\n县司法局\n县委党校\n2024年12月\n2\n推进政务公开\n县政府办\n县数据局\n2024年6月\n")
    assert not unclear.tasks()


def test_an_equivalent_from_a_plan_without_a_year_is_labelled_by_its_place_alone(tmp_path):
    from generator.corpus import load_corpus

    from conftest import plan_page

    (tmp_path / "a.txt").write_text(TABLE_ONLY, encoding="utf-8")
    undated = "某某市法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作，发挥行政复议化解行政争议主渠道作用。\n"
    (tmp_path / "b.txt").write_text(undated, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    page = plan_page(corpus, "moumou-2024")
    assert '<a href="../moumou/#c1-i1">某某市 一1 加强行政复议工作，发挥行政复议化解行政争议主渠道作用</a>' in page


ANNEXED = """某某市法治政府建设实施方案（2021—2025年）
一、总体要求
（一）指导思想。坚持以习近平法治思想为指导。
二、主要任务
（二）健全依法决策机制。严格落实重大行政决策程序。（牵头单位：市司法局）
（三）加强行政复议。发挥主渠道作用。
附件
某某市法治政府建设重点任务清单
一、依法全面履行政府职能
1.全面实行政府权责清单制度。（牵头单位：市委编办）
2.深化“放管服”改革。
二、健全依法决策机制
3.严格落实重大行政决策程序。
附件2：某某市法治政府建设考核指标
1.行政复议纠错率。
"""


def test_an_annex_that_numbers_tasks_of_its_own_is_a_part_of_the_plan():
    plan = parse_text(ANNEXED.encode("utf-8"), "annexed.txt")
    assert [node.anchor for node in plan.tasks()] == [
        "c1-s1", "c2-s2", "c2-s3", "annex1-c1-i1", "annex1-c1-i2", "annex1-c2-i3", "annex2-i1"]
    first, second = plan.root.children[2:]
    assert (first.marker.printed, first.title, second.marker.printed, second.title) == (
        "附件", "某某市法治政府建设重点任务清单", "附件2", "某某市法治政府建设考核指标")
    # The plan's last task keeps its own text only, and the annex's numbering raises no warning.
    assert plan.tasks()[2].paragraphs == () and not plan.diagnostics
    annexed = plan.tasks()[3]
    assert annexed.number == "附件一1" and annexed.label == ("附件", "一", "1")
    assert responsibility(plan.root)["annex1-c1-i1"].leads == ("市委编办",)
    # An annex that numbers nothing (a contact list) stays text at the end of the plan.
    listed = parse_text(ANNEXED.split("附件\n")[0].encode("utf-8") + "附件\n联系人：张三\n".encode("utf-8"), "l.txt")
    assert [node.anchor for node in listed.tasks()][-1] == "c2-s3" and "annex1" not in {n.anchor for n in listed.root.walk()}


ANNEX_OF_NOTES = """某某县2023年法治政府建设工作要点
一、深入学习贯彻习近平法治思想
1.加强学习培训。将习近平法治思想纳入县委理论学习中心组学习内容。
2.开展法治宣传。组织开展普法中期评估。（牵头单位：县委宣传部）
二、依法全面履行政府职能
3.推进权责清单动态管理。及时调整权责清单。
附件：重点任务责任分工
1.加强学习培训。牵头单位：县委宣传部；配合单位：县司法局。
2.开展法治宣传。牵头单位：县司法局。
3.推进权责清单动态管理。牵头单位：县委编办。
"""


def test_an_annex_that_restates_the_plan_s_tasks_with_their_notes_gives_the_tasks_their_units():
    plan = _plan(ANNEX_OF_NOTES)
    assert [task.anchor for task in plan.tasks()] == ["c1-i1", "c1-i2", "c2-i3"]
    duty = responsibility(plan.root)
    assert (duty["c1-i1"].leads, duty["c1-i1"].partners, duty["c2-i3"].leads) == (("县委宣传部",), ("县司法局",), ("县委编办",))
    assert duty["c1-i2"].leads == ("县委宣传部",)  # a task's own note comes first
    annex = plan.root.children[-1]
    assert (annex.anchor, annex.children, annex.paragraphs[-1]) == ("annex1", (), "3.推进权责清单动态管理。牵头单位：县委编办。")
    # Or another annex's tasks: 附件2 gives the units of 附件1's list.
    listed = _plan(ANNEX_OF_NOTES.split("附件：")[0] + "附件1\n重点任务清单\n1.推进政务公开。完善目录。\n2.深化改革。推行告知承诺制。\n"
                   "附件2\n责任分工\n1.推进政务公开。牵头单位：县政府办。\n2.深化改革。牵头单位：县政务服务中心。\n")
    assert [task.anchor for task in listed.tasks()] == ["c1-i1", "c1-i2", "c2-i3", "annex1-i1", "annex1-i2"]
    assert responsibility(listed.root)["annex1-i2"].leads == ("县政务服务中心",)
    # So does one that prints no 附件, titled right under the signature the plan ends with; the signature signs.
    signed = _plan(ANNEX_OF_NOTES.replace("附件：重点任务责任分工", "某某县人民政府办公室\n2023年3月1日\n某某县2023年法治政府建设重点任务分工方案"))
    assert [task.anchor for task in signed.tasks()] == ["c1-i1", "c1-i2", "c2-i3"]
    assert responsibility(signed.root)["c2-i3"].leads == ("县委编办",)
    assert (signed.meta.issuer, signed.meta.issued, signed.root.children[-1].anchor) == (
        "某某县人民政府办公室", "2023-03-01", "annex1")
    # An annex with an item that names no task of the plan's numbers tasks of its own.
    own = _plan(ANNEX_OF_NOTES + "4.推进政务公开。牵头单位：县政府办。\n")
    assert [task.anchor for task in own.tasks()][3:] == ["annex1-i1", "annex1-i2", "annex1-i3", "annex1-i4"]
    assert "c1-i1" not in responsibility(own.root)


def test_traditional_script_articles_divisions_and_tables():
    articles = "某某市法治政府建設若干規定\n第一章 總則\n第一節 一般規定\n第一條 為了推進法治政府建設，制定本規定。\n第兩條 本規定自公布之日起施行。\n"
    plan = parse_text(articles.encode("utf-8"), "trad.txt")
    assert [node.anchor for node in plan.tasks()] == ["part1-sec1-art1", "part1-sec1-art2"]
    table = _one_cell_per_line(WHOLE_TABLE).replace("序号", "序號").replace("牵头单位", "牽頭單位").replace(
        "长期坚持", "長期堅持")
    flat = parse_text(table.encode("utf-8"), "trad-table.txt")
    assert [node.anchor for node in flat.tasks()] == ["i1", "i2", "i3"]
    assert measures(flat.root)["i3"] == (("長期堅持",), ()) and responsibility(flat.root)["i3"].leads == ("县司法局",)


def test_a_title_that_names_its_place_as_this_city_takes_the_issuer_s():
    text = """沪府发〔2017〕92号
上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知
各区人民政府：
现将《关于本市加强政务诚信建设的实施意见》印发给你们。
上海市人民政府
2017年12月20日
关于本市加强政务诚信建设的实施意见
一、总体要求
（一）指导思想。全面贯彻党的十九大精神。
"""
    meta = parse_text(text.encode("utf-8"), "sh.txt").meta
    assert (meta.jurisdiction, meta.level, meta.slug) == ("上海市", "province", "shanghai-2017")


FROM_A_PDF = """- 1 - 某某县 2022 年法治政府建设工作计划
为深入推进依法行政，制定本计划。
一、持续推进学习宣传贯彻习近平法治思想 1.推动学习宣传走深走实。将习近平法治思想纳入学习内容。
〔牵头单位:县司法局;责任单位:县政府各部门〕 二、压实第一责任人职责
2.同部署、同推进。每年召开会议不少于 1 次，详见附件 1、2。〔牵头单位:县政府办公室〕 3.定期研究法治工作或听取
- 2 -
- 3 - 工作汇报。〔牵头单位:县司法局〕
"""


def test_a_plan_taken_from_a_pdf_loses_its_page_numbers_and_its_run_in_numbers_start_lines():
    plan = parse_text(FROM_A_PDF.encode("utf-8"), "pdf.txt")
    assert [(node.anchor, node.title) for node in plan.tasks()] == [
        ("c1-i1", "推动学习宣传走深走实"), ("c2-i2", "同部署、同推进"), ("c2-i3", "定期研究法治工作或听取工作汇报")]
    assert [child.title for child in plan.root.children] == ["持续推进学习宣传贯彻习近平法治思想", "压实第一责任人职责"]
    duties = responsibility(plan.root)
    assert [duties[node.anchor].leads for node in plan.tasks()] == [("县司法局",), ("县政府办公室",), ("县司法局",)]
    # Numbers inside a sentence stay in it.
    assert "不少于 1 次，详见附件 1、2。" in plan.tasks()[1].text
    # The line the page break cut runs on after it, joined back before its numbers start lines.
    assert plan.tasks()[2].paragraphs == () and plan.cleaning.lines_rejoined == 1
    assert [r.text for r in plan.cleaning.removed if r.reason == "page number"] == ["- 1 -", "- 2 -", "- 3 -"]
    assert (plan.meta.title, plan.meta.slug) == ("某某县 2022 年法治政府建设工作计划", "moumou-2022")


def test_a_short_line_a_page_break_cut_after_a_sentence_goes_on_after_the_page_number():
    """A task copied a paragraph to a line, cut by a page break after its title's sentence: the line before the page
    number is short of a paragraph's length, but a sentence ended in it, so it is no heading."""
    plan = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.推进政府机构职能优化协同高效。优化政府组织结构，进一步理顺政府各部门\n"
                 "— 3 —\n职责关系。（牵头单位：市委编办）\n二、加强组织领导\n— 4 —\n各单位要高度重视。\n")
    task = plan.tasks()[0]
    assert (task.text, task.paragraphs) == ("优化政府组织结构，进一步理顺政府各部门职责关系。", ())
    assert responsibility(plan.root)["c1-i1"].leads == ("市委编办",)
    # A heading's line before a page break stays a heading; its text after the break is its own.
    assert [(child.title, child.paragraphs) for child in plan.root.children[1:]] == [("加强组织领导", ("各单位要高度重视。",))]
    # In a text wrapped at a page's width, whose every line holds a sentence's end, the wrapping decides alone: the
    # lines joined across a break had run past the page's width and hidden that the text is wrapped.
    tasks = "".join(f"{k}.推进第{k}项工作。优化政府组织结构，进一步理顺政府各部门职责关系，使政府机构设置更加科学。（牵头单位：市委编办）"
                    for k in range(1, 5))
    lines = [tasks[start:start + 30] for start in range(0, len(tasks), 30)]
    lines[6:6] = ["— 3 —"]
    wrapped = _plan("某某市法治政府建设实施方案\n一、主要任务\n" + "\n".join(lines) + "\n")
    assert [node.text for node in wrapped.tasks()] == ["优化政府组织结构，进一步理顺政府各部门职责关系，使政府机构设置更加科学。"] * 4

def test_paragraphs_a_page_stripped_of_its_tags_ran_together_start_lines_again():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n（一）深化“放管服”改革。全面推行告知承诺制。（牵头单位：县行政审批局）"
                 "（二）严格规范公正文明执法。（牵头单位：县司法局）\n二、保障措施\n（一）加强组织领导。各单位要高度重视。"
                 "（二）强化督促检查。按照本方案第一部分（一）的要求，每年督察1次。2.经费由县财政保障。\n")
    assert [(node.anchor, node.title) for node in plan.tasks()] == [
        ("c1-s1", "深化“放管服”改革"), ("c1-s2", "严格规范公正文明执法"), ("c2-s1", "加强组织领导"), ("c2-s2", "强化督促检查")]
    assert responsibility(plan.root)["c1-s1"].leads == ("县行政审批局",)
    # A number that does not go on the line's own (（一） again, a 2. under （二）) stays in its sentence, and
    # so does a list within a paragraph, after ； or printed otherwise (1、 in a task numbered 1.).
    assert plan.tasks()[3].text == "按照本方案第一部分（一）的要求，每年督察1次。2.经费由县财政保障。"
    listed = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.落实三项制度：1、公示；2、记录。\n"
                   "2.加强监督。1、公示。2、记录。\n")
    assert [(task.anchor, task.text) for task in listed.tasks()] == [
        ("c1-i1", "1、公示；2、记录。"), ("c1-i2", "1、公示。2、记录。")]


# A PDF's text copied without its paragraph indents: each line as wide as the page.
HARD_WRAPPED = """某某县人民政府关于印发某某县法治政府建设实施
方案的通知
某政发〔2022〕5号
各乡镇人民政府，县政府各部门：
现将《某某县法治政府建设实施方案（2022—
2025年）》印发给你们，请结合实际认真贯彻
落实。
某某县人民政府
2022年3月8日
某某县法治政府建设实施方案（2022—202
5年）
为深入推进依法行政，全面建设法治政府，根据《
法治政府建设实施纲要（2021—2025年）
》，结合本县实际，制定本方案。
一、健全政府机构职能体系
1.推进政府机构职能优化协同高效。全面实行政
府权责清单制度，动态调整县政府各部门权责清单
，推动基层管理扁平化、网格化。（牵头单位：县
委编办；责任单位：县政府各部门）
2.深入推进“放管服”改革。全面推行审批服务
“马上办、网上办、就近办、一次办”，编制县级
行政许可事项清单并向社会公开，持续推进202
2年度“证照分离”改革。（牵头单位：县行政审
批服务局）
3.坚持思想统一。各部门要深刻认识到，思想统
一是行动一致的前提，切实把思想统一到县委的决
策部署上来。（牵头单位：县委宣传部）
"""


# The end of a plan printed to PDF, justified, and read back by pdftotext without its layout: the
# paragraphs' indents lost, the last task's note ending near the page's edge.
PRINTED_AND_READ_BACK = """某某市关于进一步推进法治政府建设的若干措施
五、强化行政应诉工作
20. 行政机关负责人出庭应诉率达到100%,被诉行政机关
主要负责人每年度至少出庭1次。涉及食品药品安全、生态环
境和资源保护、重大生产安全事故、公共卫生安全等社会公
共利益以及社会高度关注或者可能引发群体性事件的案件,行
政机关主要负责人应当出庭应诉。(市司法局牵头,市政府各部
门及各区县政府按职责分工负责)
21. 常态化开展行政机关领导干部旁听庭审活动,市、区
县、乡镇街道三级政府及部门每年至少组织1次,市司法局每半
年通报1次。(市司法局牵头,市政府各部门及各区县政府按职
责分工负责)
六、加强政府与法院、检察院工作联动
22. 进一步健全府院、府检联动工作机制,及时研究解决
行政复议、行政应诉工作中的突出问题,及时落实、反馈司法
建议、检察建议,按期办复率达100%。在行政复议、行政应诉
中坚持全过程调解原则,构建便民高效的行政复议调解模式,推
进行政调解与司法调解、人民调解的有效衔接,从源头上实质
性化解行政争议。(市司法局牵头,市政府各部门及各区县政府
按职责分工负责)

23. 坚持每季度对行政机关负责人出庭应诉、行政机关败
诉案件、行政复议纠错情况及败诉纠错典型案例进行通报。
每半年对司法建议、检察建议反馈情况及行政机关履行生效
行政复议决定、行政判决情况进行通报,对工作不力、问题较
多的政府或部门,采取发函提醒、约谈警示、通报批评等方式
责令整改,确保行政诉讼案件发案量和行政机关败诉率“双下
降”。(市司法局牵头,市政府各部门及各区县政府按职责分工
负责)
七、加强依法行政能力建设
24. 落实领导干部学法用法制度。政府领导班子每年举办
2期以上法治专题讲座,各部门领导班子坚持会前学法、重大决
策前专题学法,承担行政执法职能的部门负责人任期内至少接
受1次法治专题脱产培训,每年组织国家工作人员学法用法考试
至少1次,将依法行政内容纳入全市各级领导干部任前廉政法规
考试。(市司法局牵头,市纪委监委机关配合,市政府各部门及
各区县政府按职责分工负责)
25. 充分发挥市、区县、乡镇街道三级法律顾问的作用,
为服务中心大局工作积极提供建设性法律意见。健全政府法
律顾问实质性参与决策制度,通过邀请法律顾问参与涉法事务
论证、合法性审查、列席政府有关会议等方式,不断提升依法
行政能力和水平。(市政府办公室、市司法局牵头,市政府各部
门及各区县政府按职责分工负责)

八、推进法治政府建设提质增效
26. 积极开展法治政府建设示范创建。积极参与全省法治
政府建设示范创建,2025年底前,更多区县和项目突破成为全省
示范,为全国法治政府示范创建夯实基础。加强对省级示范单
位(项目)的指导和督促,防止出现“黄牌”“停牌”和“摘
牌”。(市司法局牵头,市政府各部门及各区县政府按职责分工
负责)
27. 加强基层法治政府建设。2024年6月底前在全市全面
实施镇(街道)法治政府建设强基工程,着力提升基层法治政府
建设水平。(市司法局牵头,各区县政府按职责分工负责)
各区县各部门要充分认识法治政府建设的重要性,将以上
措施落实情况纳入年度法治建设考核评价内容、列入行政执
法考评指标,加强组织领导,完善工作机制,层层压实责任,形成
齐抓共管的工作格局。市司法局要加强督促检查,强化法治督
察,及时总结推广典型经验做法,重要情况报告市委、市政府。
"""


def test_a_task_s_note_at_the_page_s_edge_ends_its_paragraph_in_a_pdf_s_text():
    plan = _plan(PRINTED_AND_READ_BACK)
    assert [node.anchor for node in plan.tasks()][-4:] == ["c7-i24", "c7-i25", "c8-i26", "c8-i27"]
    assert responsibility(plan.root)["c8-i27"].leads == ("市司法局",)
    assert plan.root.closing[0].startswith("各区县各部门要充分认识法治政府建设的重要性,将以上措施落实情况")
    # Each task's lines are joined back, a line that lost its indent (24. …举办 / 2期以上…) too.
    assert all("\n" not in node.text and not node.paragraphs for node in plan.tasks())


SHORT_WRAPPED = """某某镇2023年法治政府建设工作要点
一、加强学习。组织镇村干部学习习近平法治思想，每季度不少
于一次。（责任单位：镇党政办）
二、规范执法。严格落实行政执法三项制度，提升执法规范化水
平。（牵头单位：镇综合行政执法队；配合单位：镇司法所、
派出所）
三、化解矛盾。深入开展矛盾纠纷排查化解。（责任单位：镇综
治中心）
某某镇人民政府
2023年3月1日
"""


def test_a_short_hard_wrapped_plan_has_its_paragraphs_joined_back():
    """A township's plan of a page, wrapped: four lines fill the page, most of them breaking off mid-sentence."""
    plan = _plan(SHORT_WRAPPED)
    assert [(task.text, task.note, task.paragraphs) for task in plan.tasks()] == [
        ("组织镇村干部学习习近平法治思想，每季度不少于一次。", "责任单位：镇党政办", ()),
        ("严格落实行政执法三项制度，提升执法规范化水平。", "牵头单位：镇综合行政执法队；配合单位：镇司法所、派出所", ()),
        ("深入开展矛盾纠纷排查化解。", "责任单位：镇综治中心", ())]
    assert (plan.meta.issuer, plan.meta.issued) == ("某某镇人民政府", "2023-03-01")
    # However many of its lines are short ones, notes on lines of their own among them.
    noted = _plan(SHORT_WRAPPED.replace("（责任单位：镇党政办）", "\n责任单位：\n镇党政办\n完成时限：\n长期坚持"))
    assert [(task.text, task.note) for task in noted.tasks()][0] == (
        "组织镇村干部学习习近平法治思想，每季度不少于一次。", "责任单位：镇党政办；完成时限：长期坚持")
    # Lines of one width that each end a sentence are a line per paragraph, not a page's.
    whole = _plan("某某镇2023年法治政府建设工作要点\n一、加强学习\n组织镇村干部认真学习习近平法治思想和党内法规制度。\n"
                  "严格落实行政执法三项制度规定的各项工作要求和标准。\n深入开展矛盾纠纷排查化解工作和信访积案化解工作。\n"
                  "深入开展法治宣传教育进村入户活动和法律明白人培养。\n")
    assert len(whole.tasks()[0].paragraphs) == 4


FEW_FULL_LINES = """　　某某县2023年法治政府建设工作要点
　　为推进法治政府建设，制定本要点。
　　一、重点工作
　　（一）推进依法决策
　　1.加强复议应诉。严格落实重大行政决策程序，提升决策质量。（牵头单位：
县市场监管局；配合单位：县直有关部门）
　　二、工作措施
　　（一）加强复议应诉
　　2.推进依法决策。严格落实重大行政决策程序，提升决策质量。（牵头单位：
县司法局；配合单位：各乡镇人民政府）
　　（二）强化权力监督
　　3.加强学习培训。全面推行行政执法公示制度。（牵头单位：县委宣传部；配
合单位：各乡镇人民政府）
　　4.规范行政执法。严格落实重大行政决策程序，提升决策质量。
　　（1）制定工作方案；
　　（2）组织推进实施。
　　5.规范行政执法。组织开展专题学习，每年不少于两次。
　　牵头单位：
　　县委依法治县办
　　配合单位：
　　县直有关部门
　　三、工作措施
　　（一）加强复议应诉
　　6.加强复议应诉。严格落实重大行政决策程序，提升决策质量。（牵头单位：
县政府办；配合单位：县直各部门）
　　7.推进依法决策。严格落实重大行政决策程序，提升决策质量。
　　牵头单位：
　　县市场监管局
　　配合单位：
　　县直有关部门
　　8.推进依法决策。全面推行行政执法公示制度。
　　（二）深化政务公开
　　9.强化权力监督。组织开展专题学习，每年不少于两次。（牵头单位：县市场
监管局；配合单位：各乡镇人民政府）
"""


def test_a_hard_wrapped_plan_whose_notes_stand_on_short_lines_has_its_paragraphs_joined_back():
    """Five of its 36 lines fill the page, too few for a page's text, but each breaks off inside a bracket (one
    at a label's colon), as a line per paragraph never does."""
    plan = _plan(FEW_FULL_LINES)
    duties = responsibility(plan.root)
    noted = {node.anchor: (duties[node.anchor].leads, duties[node.anchor].partners)
             for node in plan.tasks() if node.anchor in duties}
    assert noted == {"c1-s1-i1": (("县市场监管局",), ("县直有关部门",)), "c2-s1-i2": (("县司法局",), ("各乡镇人民政府",)),
                     "c2-s2-i3": (("县委宣传部",), ("各乡镇人民政府",)), "c2-s2-i5": (("县委依法治县办",), ("县直有关部门",)),
                     "c3-s1-i6": (("县政府办",), ("县直各部门",)), "c3-s1-i7": (("县市场监管局",), ("县直有关部门",)),
                     "c3-s2-i9": (("县市场监管局",), ("各乡镇人民政府",))}
    assert plan.cleaning.lines_rejoined == 5
    # A note joined back from two lines leaves the task's sentence its text.
    assert plan.tasks()[-1].text == "组织开展专题学习，每年不少于两次。"


CENTRED_TITLE_AND_SIGNATURE = """               青山县2022年法治政府建设工作要点
    为加快建设法治政府，结合实际，制定本方案。
                         一、主要任务
    1.加强学习。组织专题学习。（牵头单位：县司法局）
    2.规范执法。推行三项制度。
    二、保障措施
    各部门要加强组织领导。
                     青山县人民政府办公室
    2022年9月27日
"""


def test_lines_a_pdf_centres_or_sets_right_fill_no_page_and_stay_lines():
    """A title, a heading and a signature centred with spaces (pdftotext -layout) were as wide as the page, and
    so wrapped lines, each joined with the line below."""
    plan = _plan(CENTRED_TITLE_AND_SIGNATURE)
    assert (plan.meta.title, plan.meta.issuer, plan.meta.issued) == (
        "青山县2022年法治政府建设工作要点", "青山县人民政府办公室", "2022-09-27")
    assert [(task.text, task.note) for task in plan.tasks()][0] == ("组织专题学习。", "牵头单位：县司法局")
    # Where lines of the text do fill the page and break off, they are joined back all the same.
    wrapped = _plan(CENTRED_TITLE_AND_SIGNATURE.replace(
        "    1.加强学习。组织专题学习。（牵头单位：县司法局）\n    2.规范执法。推行三项制度。\n",
        "    1.加强学习。组织专题学习，每季度不少于一次\n。（牵头单位：县司法局）\n"
        "    2.规范执法。推行行政执法三项制度，严格规范\n公正文明执法。\n"
        "    3.推进公开。全面推进政务公开，及时发布政策\n解读材料。\n"))
    assert [(task.text, task.note) for task in wrapped.tasks()][:3] == [
        ("组织专题学习，每季度不少于一次。", "牵头单位：县司法局"), ("推行行政执法三项制度，严格规范公正文明执法。", ""),
        ("全面推进政务公开，及时发布政策解读材料。", "")]
    assert (wrapped.meta.title, wrapped.meta.issuer) == ("青山县2022年法治政府建设工作要点", "青山县人民政府办公室")


def test_two_lines_that_fill_the_page_of_a_text_that_sets_its_paragraphs_in_are_wrapped_ones():
    """Each breaks off, and the line after it stands at the margin where nearly every other line is set in: a
    paragraph's lines carried over the page's edge, where three such lines were needed."""
    text = ("　　某某县2023年法治政府建设工作要点\n　　为推进法治政府建设，制定本要点。\n　　一、主要任务\n"
            "　　1.规范行政执法。组织开展专题学习，每年不少于两次。（牵头单位：县政\n府办；配合单位：县直各部门）\n"
            "　　2.强化权力监督。全面推行行政执法公示制度。\n　　（1）制定工作方案；\n　　（2）组织推进实施。\n"
            "　　（牵头单位：县财政局；配合单位：各乡镇人民政府）\n"
            "　　3.加强复议应诉。加强行政复议规范化建设。由县市场监管局牵头，各乡镇\n人民政府配合。\n")
    duties = responsibility(_plan(text).root)
    assert [(duties[anchor].leads, duties[anchor].partners) for anchor in ("c1-i1", "c1-i2", "c1-i3")] == [
        (("县政府办",), ("县直各部门",)), (("县财政局",), ("各乡镇人民政府",)), (("县市场监管局",), ("各乡镇人民政府",))]


def test_one_line_carried_on_at_the_margin_tells_a_wrapped_page_whose_set_in_lines_open_paragraphs():
    """pdftotext -layout: every paragraph's first line set in, the one line a paragraph carried over the page's edge
    at the margin. That line is joined back, and a paragraph set in below a line that fills the page is a paragraph of
    its own, however few of the text's lines stand at the margin (the closing words were the last task's)."""
    text = ("                某某县2023年法治政府建设工作要点\n                          一、主要任务\n"
            "    1.加强学习。组织专题学习。（牵头单位：县司法局）\n    2.规范执法。推行三项制度。（牵头单位：县公安局）\n"
            "    各单位要于2023年12月10日前将落实情况报送县委依法治县\n办。\n    附件：重点任务分工表\n"
            "                         某某县人民政府\n    2023年3月\n")
    plan = _plan(text)
    assert plan.tasks()[-1].text == "推行三项制度。"
    assert plan.root.closing[0] == "各单位要于2023年12月10日前将落实情况报送县委依法治县办。"
    assert (plan.meta.issuer, plan.meta.issued) == ("某某县人民政府", "2023-03")


def test_a_title_that_fills_the_page_breaks_off_no_sentence_of_a_page_with_one_line_carried_on():
    """The notice's title is as wide as the one task's line carried over the page's edge: a title ends no sentence,
    so the line carried on is the only one that breaks off (two such lines, one of them the title, had fallen short
    of the three a page needs where one carried on at the margin does)."""
    text = ("　　青山县人民政府办公室关于印发青山县2021年法治政府建设工作要点的通知\n　　青政办〔2021〕68号\n"
            "　　各乡镇人民政府，县直各部门：\n　　现将《青山县2021年法治政府建设工作要点》印发给你们。\n"
            "　　青山县人民政府办公室\n　　2021年1月22日\n　　青山县2021年法治政府建设工作要点\n　　一、主要任务\n"
            "　　1.规范行政执法。加强行政复议规范化建设。（牵头单位：县司法局）\n"
            "　　2.优化营商环境。全面推行行政执法公示制度。由县市场监管局牵头，县财政局\n配合。\n")
    duties = responsibility(_plan(text).root)
    assert (duties["c1-i2"].leads, duties["c1-i2"].partners) == (("县市场监管局",), ("县财政局",))


def test_a_wrapped_notice_s_title_that_fills_the_page_ends_its_line():
    """Wrapped at so many characters, as wide as the notice's title: the salutation below it went on the title, as
    the line below a plan's title does not."""
    text = ("青山县人民政府办公室关于印发青山县2021年法治政府建设工作要点的通知\n各乡镇人民政府，县直各部门：\n"
            "现将《青山县2021年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n青山县人民政府办公室\n2021年1月22日\n"
            "青山县2021年法治政府建设工作要点\n一、主要任务\n"
            "1.规范行政执法。加强行政复议规范化建设，全面推行行政执法三项制度，提升执法质量和水平。（牵头单位：县司法局）\n"
            "2.优化营商环境。全面推行行政执法公示制度，持续深化放管服改革，优化办事流程。由县市场监管局牵头，县财政局配合。\n")
    width = len(text.splitlines()[0])
    wrapped = "".join(line[k:k + width] + "\n" for line in text.splitlines() for k in range(0, len(line), width))
    plan = _plan(wrapped)
    assert plan.meta.notice_title == "青山县人民政府办公室关于印发青山县2021年法治政府建设工作要点的通知"
    assert [task.anchor for task in plan.tasks()] == ["c1-i1", "c1-i2"]


def test_a_wrapped_text_s_title_signature_and_document_number_lines_end_where_they_do():
    """Lines that happen to fill the page but are a document's number, an organ's signature with its date, or a
    plan's title: the lines below them are lines of their own (read as wrapped, the text had its preamble joined to
    its title and its title to the signature)."""
    wrapped = ("　　关于印发《白云区法治政府建设规划（2022—20\n26年）》的通知\n　　白政办〔2022〕94号\n"
               "　　各街道办事处，区直各单位：\n　　现将《白云区法治政府建设规划（2022—2026\n年）》印发给你们，请认真贯彻执行。\n"
               "　　白云区人民政府办公室　2022年5月5日\n　　白云区法治政府建设规划（2022—2026年）\n"
               "　　为加快建设法治政府，结合实际，制定本方案。\n　　一、主要任务\n　　1.加强学习。组织专题学习。\n")
    plan = _plan(wrapped)
    assert (plan.meta.title, plan.meta.issuer, plan.meta.issued, plan.meta.doc_number) == (
        "白云区法治政府建设规划（2022—2026年）", "白云区人民政府办公室", "2022-05-05", "白政办〔2022〕94号")
    assert plan.root.paragraphs == ("为加快建设法治政府，结合实际，制定本方案。",)


def test_a_wrapped_line_that_ends_with_a_kind_of_plan_s_word_in_a_sentence_goes_on():
    """A line of a sentence with ASCII commas that the page's edge ended at 决定 (…,建立健全行政复议决定 / 约谈提醒…)
    is no plan's title: the task's title had been cut there, the rest its paragraphs."""
    tasks = ["加强行政复议案件分析研判,常态化制发行政复议意见书,建立健全行政复议决定约谈提醒通报制度,按要求报送行政复议案例。",
             "落实行政复议法,进一步建立健全行政复议听证、专家论证、重大疑难案件集体审议等制度,充分发挥行政复议高效便民优势。",
             "加强行政复议队伍建设,按照最少应有2名行政复议专职人员的要求,加强人员配备和培训,不断提高规范化水平。"]
    paragraphs = ["某某市法治政府建设工作要点", "一、加强行政复议工作", *(f"{k}.{task}" for k, task in enumerate(tasks, 1))]
    width = 20
    wrapped = "\n".join("\u3000\u3000" + paragraph[:width - 2] + "".join(
        f"\n{paragraph[k:k + width]}" for k in range(width - 2, len(paragraph), width)) for paragraph in paragraphs)
    assert "复议决定\n" in wrapped
    assert [task.text or task.title for task in _plan(wrapped).tasks()] == [task.rstrip("。") + "。" for task in tasks]


def test_a_line_that_opens_with_a_mark_that_closes_goes_on_the_line_above_in_any_text():
    """，县委宣传部配合。 / ）。: a program that wrapped the text at so many characters left the mark there."""
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。组织专题学习。由县市场监管局牵头\n"
                 "，县委宣传部配合。\n2.规范执法。推行三项制度（县司法局\n）。\n")
    duties = responsibility(plan.root)
    assert [(duties[task.anchor].leads, duties[task.anchor].partners) for task in plan.tasks()] == [
        (("县市场监管局",), ("县委宣传部",)), ((), ("县司法局",))]
    assert plan.cleaning.lines_rejoined == 2
    # A question mark that a misreading put for a lost character opens no line that goes on (（此件公开发布） garbled).
    garbled = _plan("某某县人民政府\n2021年12月31日\n?。ù思_發布)\n某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n")
    assert (garbled.meta.issuer, garbled.meta.issued) == ("某某县人民政府", "2021-12-31")


def test_a_line_that_stops_at_a_comma_goes_on_in_the_next_unless_that_opens_a_number_a_label_or_a_row():
    """A text with a paragraph on each line, copied with a break after a clause: no paragraph ends at ， or 、."""
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.健全决策制度。严格落实重大行政决策程序，\n"
                 "重大行政决策事项目录每年公布。\n牵头单位：县司法局、\n县政府办公室\n2.规范执法。推行三项制度，\n"
                 "（1）公示；\n（2）记录。\n3.加强监督。健全监督体系，\n牵头单位：县审计局\n")
    first, *items, third = plan.tasks()
    assert (first.text, first.paragraphs) == ("严格落实重大行政决策程序，重大行政决策事项目录每年公布。", ())
    assert responsibility(plan.root)[first.anchor].leads == ("县司法局", "县政府办公室")
    assert [(item.anchor, item.title) for item in items] == [("c1-i2-p1", "公示"), ("c1-i2-p2", "记录")]
    assert (third.text, responsibility(plan.root)[third.anchor].leads) == ("健全监督体系，", ("县审计局",))
    assert plan.cleaning.lines_rejoined == 2


def test_a_hard_wrapped_plan_has_its_paragraphs_joined_back_but_not_its_signature_or_date():
    plan = parse_text(HARD_WRAPPED.encode("utf-8"), "wrapped.txt")
    meta = plan.meta
    assert (meta.notice_title, meta.doc_number, meta.issuer, meta.issued) == (
        "某某县人民政府关于印发某某县法治政府建设实施方案的通知", "某政发〔2022〕5号", "某某县人民政府", "2022-03-08")
    assert (meta.title, meta.period, meta.slug) == ("某某县法治政府建设实施方案（2022—2025年）", "2022–2025", "moumou-2022")
    assert [(node.anchor, node.title) for node in plan.tasks()] == [
        ("c1-i1", "推进政府机构职能优化协同高效"), ("c1-i2", "深入推进“放管服”改革"), ("c1-i3", "坚持思想统一")]
    duties = responsibility(plan.root)
    assert [(duties[n.anchor].leads, duties[n.anchor].partners) for n in plan.tasks()] == [
        (("县委编办",), ("县政府各部门",)), (("县行政审批服务局",), ()), (("县委宣传部",), ())]
    # The 2 and the 一是 that a wrap put at a line's start stay in their sentences; the notice is one paragraph.
    assert "持续推进2022年度“证照分离”改革" in plan.tasks()[1].text
    assert "思想统一是行动一致的前提" in plan.tasks()[2].text
    assert "现将《某某县法治政府建设实施方案（2022—2025年）》印发给你们，请结合实际认真贯彻落实。" in plan.front_matter
    assert plan.cleaning.lines_rejoined == 28 - 13  # lines, paragraphs


BULLETED_FIELDS = """返回顶部

某某县法治政府建设实施方案

  • 索引号:

    6107280000/2024-001005
  • 主题分类:

  • 来源:

  • 发文机构:

    县政府网站
  • 发文字号:

    某政发〔2024〕7号
  • 发文日期:

    2024年04月06日 16:40
  • 内容概述:

某某县法治政府建设实施方案
一、依法全面履行政府职能
1.推进权责清单管理。（县委编办牵头）
"""


def test_a_paragraph_cut_by_a_page_break_is_joined_back_but_not_a_heading_at_a_page_s_foot():
    text = """某某县2022年法治政府建设工作计划
一、深化依法行政
1.全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，各行政执法
- 2 -
机关要在年底前完成执法信息公示平台建设。（牵头单位：县司法局）
二、强化组织保障
- 3 -
各单位要把法治政府建设列入重要议事日程。
"""
    plan = _plan(text)
    first = plan.tasks()[0]
    assert first.text.endswith("各行政执法机关要在年底前完成执法信息公示平台建设。")
    assert responsibility(plan.root)[first.anchor].leads == ("县司法局",)
    second = plan.root.children[1]
    assert second.title == "强化组织保障" and second.paragraphs == ("各单位要把法治政府建设列入重要议事日程。",)
    assert plan.cleaning.lines_rejoined == 1


def test_a_page_with_the_notice_s_title_and_number_then_the_plan_without_its_own_title():
    text = """某某市某某区人民政府关于印发某某区法治政府建设实施方案的通知
某区府发〔2022〕8号
一、总体要求
1.坚持党的领导。全面加强党对法治政府建设的领导。
"""
    plan = _plan(text)
    meta = plan.meta
    assert (meta.title, meta.issuer, meta.doc_number) == ("某某区法治政府建设实施方案", "某某市某某区人民政府", "某区府发〔2022〕8号")
    assert plan.front_matter == ("某某市某某区人民政府关于印发某某区法治政府建设实施方案的通知", "某区府发〔2022〕8号")
    assert not plan.root.paragraphs  # the notice's lines are not the plan's preamble
    # A number written with 第 before it is one too.
    assert _plan(text.replace("〕8号", "〕第8号")).meta.doc_number == "某区府发〔2022〕第8号"
    # Its year's figures spaced, as text recognition reads them: the number was lost.
    assert _plan(text.replace("〔2022〕8号", "〔2 02 2 〕 8号")).meta.doc_number == "某区府发〔2022〕8号"
    # The year in small-form, full-width or angle brackets, as some sites' fonts and typists print them.
    for opening, closing in ("﹝﹞", "［］", "〈〉", "<>", "＜＞"):
        bracketed = _plan(text.replace("〔", opening).replace("〕", closing)).meta
        assert (bracketed.doc_number, bracketed.slug) == (f"某区府发{opening}2022{closing}8号", "moumou-2022")


def test_an_issuer_named_by_its_level_alone_is_named_with_the_plan_s_place():
    def issuer(organs: str, title: str = "某某市法治政府建设实施方案", text: str = "一、总体要求\n1.加强学习。\n") -> str:
        return _plan(f"近日，{organs}印发了《{title}》，全文如下。\n{text}").meta.issuer

    assert issuer("市委市政府") == "某某市委、某某市政府"  # run together, as a lead may name them
    assert issuer("市委办公室、市政府办公室") == "某某市委办公室、某某市政府办公室"
    assert issuer("区委、区政府", "某某市某某区法治政府建设实施方案") == "某某区委、某某区政府"
    assert issuer("自治区党委、自治区人民政府", "广西壮族自治区法治政府建设实施方案") == "广西壮族自治区党委、广西壮族自治区人民政府"
    assert issuer("县司法局", "某某县法治政府建设实施方案") == "某某县司法局"
    # An organ of another level than the plan's place, or named as a place (市中区), is left as it is.
    assert issuer("县委、县政府") == "县委、县政府"
    assert issuer("市中区人民政府", "某某市法治政府建设实施方案") == "市中区人民政府"
    # A traditional text's place is named in its script.
    assert issuer("縣委、縣政府", "某某縣法治政府建設實施方案", "一、總體要求\n1.加強學習。\n") == "某某縣委、某某縣政府"


def _place_metas(*places: str) -> list:
    """The metadata of a one-task plan of each place, named in its title."""
    return [_plan(f"{place}法治政府建设实施方案（2021—2025年）\n一、总体要求\n1.坚持党的领导。\n").meta for place in places]


def test_an_autonomous_place_s_url_is_its_own_name_without_its_nationalities():
    slugs = [meta.slug for meta in _place_metas("黔东南苗族侗族自治州", "广西壮族自治区", "新疆维吾尔自治区",
                                                "恩施土家族苗族自治州", "鄂伦春自治旗", "内蒙古自治区", "西藏自治区")]
    assert slugs == ["qiandongnan-2021", "guangxi-2021", "xinjiang-2021", "enshi-2021", "elunchun-2021",
                     "neimenggu-2021", "xizang-2021"]
    # A place named by its nationality alone, as 鄂伦春自治旗 is, names it with 族 too; 各族 names no nationality.
    assert [meta.slug for meta in _place_metas("东乡族自治县", "鄂温克族自治旗", "龙胜各族自治县", "隆林各族自治县")] == \
        ["dongxiang-2021", "ewenke-2021", "longsheng-2021", "longlin-2021"]


def test_a_prefecture_called_diqu_is_a_city_level_place():
    plans = _place_metas("阿克苏地区", "大兴安岭地区")
    assert [(meta.jurisdiction, meta.level, meta.slug) for meta in plans] == [
        ("阿克苏地区", "city", "akesu-2021"), ("大兴安岭地区", "city", "daxinganling-2021")]


def test_a_forest_district_and_a_special_district_are_county_level_places():
    plans = _place_metas("神农架林区", "六枝特区")
    assert [(meta.jurisdiction, meta.level, meta.slug) for meta in plans] == [
        ("神农架林区", "county", "shennongjia-2021"), ("六盘水市六枝特区", "county", "liuzhi-2021")]


def test_the_production_and_construction_corps_is_a_province_level_place_and_its_divisions_city_level():
    plans = _place_metas("新疆生产建设兵团", "新疆生产建设兵团第八师", "第一师阿拉尔市")
    assert [(meta.jurisdiction, meta.level, meta.slug) for meta in plans] == [
        ("新疆生产建设兵团", "province", "bingtuan-2021"), ("新疆生产建设兵团第八师", "city", "dibashi-2021"),
        ("第一师阿拉尔市", "city", "alaer-2021")]


def test_a_zone_named_after_its_province_s_short_name_is_named_in_its_url_without_it():
    plans = _place_metas("河北雄安新区", "四川天府新区", "天津市河北区", "上海市浦东新区", "重庆市两江新区")
    assert [(meta.jurisdiction, meta.level, meta.slug) for meta in plans] == [
        ("河北雄安新区", "zone", "xiongan-2021"), ("四川天府新区", "zone", "tianfu-2021"), ("天津市河北区", "district", "hebei-2021"),
        # A 新区 that the codes count as a county-level division is a district by law, not a zone.
        ("上海市浦东新区", "district", "pudong-2021"), ("重庆市两江新区", "zone", "liangjiang-2021")]


def test_a_zone_named_after_a_municipality_is_in_it():
    """北京 and 重庆 open zones as provinces' short names do: 重庆 is no city of Sichuan's, as the codes of
    1980 have it."""
    plans = _place_metas("北京经济技术开发区", "重庆高新区", "天津经济技术开发区")
    assert [(meta.jurisdiction, meta.level, meta.province) for meta in plans] == [
        ("北京经济技术开发区", "zone", "北京市"), ("重庆高新区", "zone", "重庆市"), ("天津经济技术开发区", "zone", "天津市")]
    # Many places have an 经济技术开发区: its URL names the place too, so that two such plans of a year have two.
    assert [meta.slug for meta in plans] == ["beijing-jingjijishu-2021", "chongqinggaoxinqu-2021", "tianjin-jingjijishu-2021"]


def test_a_free_trade_port_named_after_its_province_alone_is_a_zone_of_that_province():
    """海南 is also the short name of a prefecture of Qinghai's (海南藏族自治州), and was of Guangdong's."""
    plans = _place_metas("海南自由贸易港", "海南自贸港")
    assert [(meta.jurisdiction, meta.level, meta.province, meta.slug) for meta in plans] == [
        ("海南自由贸易港", "zone", "海南省", "hainanziyoumaoyigang-2021"), ("海南自贸港", "zone", "海南省", "hainanzimaogang-2021")]


def test_a_city_s_district_called_its_urban_area_mining_area_or_suburbs_is_a_place_only_in_a_city_that_has_one():
    plans = _place_metas("阳泉市矿区", "铜陵市郊区", "某某市城区")
    assert [(meta.jurisdiction, meta.level, meta.province, meta.slug) for meta in plans] == [
        ("阳泉市矿区", "district", "山西省", "yangquan-kuangqu-2021"), ("铜陵市郊区", "district", "安徽省", "tongling-jiaoqu-2021"),
        ("某某市", "city", "", "moumou-2021")]  # a city's urban area, which the codes do not give it


def test_demonstration_and_cooperation_zones_are_zones():
    plans = _place_metas("杨凌示范区", "横琴粤澳深度合作区", "某某县创建法治政府建设示范区")
    assert [(meta.jurisdiction, meta.level) for meta in plans] == [
        ("杨凌示范区", "zone"), ("横琴粤澳深度合作区", "zone"), ("某某县", "county")]


def test_a_zone_or_prefecture_named_after_a_city_s_short_name_is_in_that_city_s_province():
    plans = _place_metas("苏州工业园区", "成都高新区", "黔东南州", "仲恺高新区")
    assert [(meta.jurisdiction, meta.level, meta.province, meta.slug) for meta in plans] == [
        # A zone called by its city's name keeps its whole name in its URL, which the city's plans have.
        ("苏州工业园区", "zone", "江苏省", "suzhougongyeyuanqu-2021"), ("成都高新区", "zone", "四川省", "chengdugaoxinqu-2021"),
        ("黔东南州", "city", "贵州省", "qiandongnan-2021"),
        ("仲恺高新区", "zone", "", "zhongkai-2021")]  # named after no city: its text must name its province


def test_an_autonomous_county_named_without_its_nationalities_is_in_its_city_even_where_its_text_names_its_province():
    meta = _plan("道真自治县法治政府建设实施方案（2022—2025年）\n为深入贯彻落实《贵州省法治政府建设实施方案》，制定本方案。\n"
                 "一、总体要求\n1.坚持党的领导。\n").meta
    assert (meta.jurisdiction, meta.level, meta.province, meta.slug) == ("遵义市道真自治县", "county", "贵州省", "daozhen-2022")


def test_an_autonomous_place_named_with_many_nationalities_is_a_place():
    """Nine characters or more before 县 (贡山独龙族怒族自治县): such a county had no place, and its plans a URL of plan-…."""
    plans = _place_metas("贡山独龙族怒族自治县", "双江拉祜族佤族布朗族傣族自治县", "积石山保安族东乡族撒拉族自治县")
    assert [(meta.jurisdiction, meta.level, meta.province) for meta in plans] == [
        ("怒江傈僳族自治州贡山独龙族怒族自治县", "county", "云南省"), ("临沧市双江拉祜族佤族布朗族傣族自治县", "county", "云南省"),
        ("临夏回族自治州积石山保安族东乡族撒拉族自治县", "county", "甘肃省")]
    assert [meta.slug for meta in plans] == ["gongshan-2021", "shuangjiang-2021", "jishishan-2021"]
    # Named after its nationality (东乡族自治县), after its province too: the province is no part of its name.
    named = _place_metas("甘肃省东乡族自治县")[0]
    assert (named.jurisdiction, named.province, named.slug) == ("临夏回族自治州东乡族自治县", "甘肃省", "dongxiang-2021")


def test_a_coded_place_whose_name_reads_as_a_verb_is_a_place():
    """合作 (to cooperate), 通道 (a passage), 硚口: jieba reads them as words a clause opens with, not places."""
    plans = _place_metas("合作市", "武汉市硚口区", "通道侗族自治县")
    assert [(meta.jurisdiction, meta.slug) for meta in plans] == [
        ("甘南藏族自治州合作市", "hezuo-2021"), ("武汉市硚口区", "qiaokou-2021"), ("怀化市通道侗族自治县", "tongdao-2021")]


def test_a_county_level_city_in_the_codes_is_of_county_level_and_in_its_city():
    plans = _place_metas("绵竹市", "昆山市", "乐山市", "第一师阿拉尔市")
    assert [(meta.jurisdiction, meta.level, meta.province) for meta in plans] == [
        ("德阳市绵竹市", "county", "四川省"), ("苏州市昆山市", "county", "江苏省"),
        # 乐山市 was once a county-level city too; it is a prefecture's now. The Corps' cities are its divisions'.
        ("乐山市", "city", "四川省"), ("第一师阿拉尔市", "city", "新疆生产建设兵团")]


def test_a_place_s_url_reads_its_name_as_the_place_is_called():
    slugs = [meta.slug for meta in _place_metas("长治市", "上海市长宁区", "长阳土家族自治县", "北京市朝阳区", "成都市郫都区",
                                                "都匀市", "长子县", "长沙市", "重庆市", "淇县朝歌街道", "滑县", "单县",
                                                "锡林郭勒盟", "阿勒泰地区", "涡阳县", "南京市六合区", "什邡市", "鄂尔多斯市康巴什区",
                                                "漯河市", "荥经县", "荥阳市", "乐陵市", "上海市闵行区", "洪洞县", "佛冈县",
                                                "泊头市", "随州市曾都区", "行唐县")]
    assert slugs == ["changzhi-2021", "changning-2021", "changyang-2021", "chaoyang-2021", "pidu-2021", "duyun-2021",
                     "zhangzi-2021", "changsha-2021", "chongqing-2021", "zhaoge-2021", "huaxian-2021", "shanxian-2021",
                     "xilinguole-2021", "aletai-2021", "guoyang-2021", "luhe-2021", "shifang-2021", "kangbashi-2021",
                     "luohe-2021", "yingjing-2021", "xingyang-2021", "laoling-2021", "minhang-2021", "hongtong-2021",
                     "fogang-2021", "botou-2021", "zengdu-2021", "xingtang-2021"]
    # A one-character county is a place; 全县 and 本县 are not. So is the one one-character city, 芒市 (no place before).
    assert _plan("全县2023年法治政府建设工作要点\n一、主要任务\n1.加强普法。\n").meta.jurisdiction == ""
    mangshi = _plan("芒市2023年法治政府建设工作要点\n一、主要任务\n1.加强普法。\n").meta
    assert (mangshi.slug, mangshi.province) == ("mangshi-2023", "云南省")
    assert _plan("全市2023年法治政府建设工作要点\n一、主要任务\n1.加强普法。\n").meta.jurisdiction == ""
    # Places named with 乾, which conversion to simplified script made 干 (干县, URL ganxian), and autonomous counties
    # whose own names are five characters long or name their nationality without 族 (they had no place).
    assert [(meta.jurisdiction, meta.slug) for meta in _place_metas("乾县", "乾安县", "和布克赛尔蒙古自治县")] == [
        ("咸阳市乾县", "qianxian-2021"), ("松原市乾安县", "qianan-2021"), ("塔城地区和布克赛尔蒙古自治县", "hebukesaier-2021")]
    assert _place_metas("前郭尔罗斯蒙古族自治县")[0].province == "吉林省"
    # A one-character county's party committee names it (中共单县委全面依法治县委员会…): it had no place.
    committee = _plan("中共单县委全面依法治县委员会2023年工作要点\n一、主要任务\n1.加强普法。\n").meta
    assert (committee.jurisdiction, committee.slug) == ("菏泽市单县", "shanxian-2023")


def test_a_title_broken_over_two_lines_or_spaced_out_letter_by_letter():
    broken = _plan("某某市法治政府建设\n实施方案（2021—2025年）\n为推进依法行政，制定本方案。\n一、总体要求\n1.坚持党的领导。\n")
    assert (broken.meta.title, broken.meta.slug) == ("某某市法治政府建设实施方案（2021—2025年）", "moumou-2021")
    # Broken anywhere, as a title is set over two or three lines: after 关于, or before the kind of plan that
    # carries out the one it quotes.
    for lines in ("某某市人民政府关于深入推进依法行政\n加快建设法治政府的实施意见", "某某市人民政府关于深入推进\n依法行政加快建设法治政府的\n实施意见",
                  "某某市贯彻落实《法治政府建设实施纲要（2021—2025年）》\n实施方案", "某某市\n贯彻落实《法治政府建设实施纲要（2021—2025年）》\n实施方案",
                  "某某市“十三五”时期贯彻落实法治政府建设实施纲要\n的实施方案"):
        title = lines.replace("\n", "")
        over_lines = _plan(f"{lines}\n一、总体要求\n1.坚持党的领导。\n")
        assert (over_lines.meta.title, over_lines.meta.jurisdiction) == (title, "某某市"), lines
    assert _plan("关于我们\n某某市2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n").meta.title == "某某市2023年法治政府建设工作要点"
    spaced = _plan("某 某 市 法 治 政 府 建 设 规 划\n（2016—2020年）\n一、总体要求\n1.坚持党的领导。\n")
    assert (spaced.meta.title, spaced.meta.slug) == ("某某市法治政府建设规划（2016—2020年）", "moumou-2016")
    # A signing organ above the title is not its first line.
    signed = _plan("现印发给你们。\n某某市人民政府\n某某市法治政府建设实施方案\n一、总体要求\n1.坚持党的领导。\n")
    assert signed.meta.title == "某某市法治政府建设实施方案"
    # Nor are the tag and the remark a news page or an account's article sets round a title it reposts; a tag that
    # names the place is the title's first words.
    for reposted in ("【重磅】某某市法治政府建设实施方案（2021—2025年）", "权威发布｜某某市法治政府建设实施方案（2021—2025年）（全文）",
                     "【某某市】法治政府建设实施方案（2021—2025年）【附解读】", "某某市司法局 | 某某市法治政府建设实施方案（2021—2025年）"):
        tagged = _plan(f"{reposted}\n一、总体要求\n1.坚持党的领导。\n")
        assert (tagged.meta.title, tagged.meta.slug) == ("某某市法治政府建设实施方案（2021—2025年）", "moumou-2021")
    # A period before the place is no part of its name (the plan had no place).
    led = _plan("2021—2025年平安县法治政府建设规划\n一、总体要求\n1.坚持党的领导。\n")
    assert (led.meta.jurisdiction, led.meta.period, led.meta.slug) == ("海东市平安县", "2021–2025", "pingan-2021")
    # Nor the count an essay site sets after a title it collects copies under, whose year lacks its 年 (it had none).
    for collected in ("某某市2021法治政府建设实施方案【5篇】", "某某市2021法治政府建设实施方案（通用3篇）"):
        copy = _plan(f"{collected}\n一、总体要求\n1.坚持党的领导。\n")
        assert (copy.meta.title, copy.meta.slug) == ("某某市2021法治政府建设实施方案", "moumou-2021")
    # Nor is the label of the original title a repost gives under its own headline (it had kept it, and no place).
    original = _plan("重磅！我市法治政府建设这样干\n原标题：某某市法治政府建设实施方案（2021—2025年）\n一、总体要求\n1.坚持党的领导。\n")
    assert (original.meta.title, original.meta.slug) == ("某某市法治政府建设实施方案（2021—2025年）", "moumou-2021")
    # Nor is the label of the annex the plan is, on its title's line: the title had kept it and lost its place.
    for label in ("附件1：", "附件 ", "附件一、", "附件２．"):
        annexed = _plan(f"{label}某某市法治政府建设实施方案（2021—2025年）\n一、总体要求\n1.坚持党的领导。\n")
        assert (annexed.meta.title, annexed.meta.slug) == ("某某市法治政府建设实施方案（2021—2025年）", "moumou-2021")
    # A news page may set the whole title in 《》: its place, year and province are read as without them.
    quoted = _plan("《南昌市法治政府建设实施方案（2021-2025年）》\n为推进依法行政，制定本方案。\n一、总体要求\n1.坚持党的领导。\n")
    assert (quoted.meta.title, quoted.meta.slug, quoted.meta.province) == (
        "南昌市法治政府建设实施方案（2021-2025年）", "nanchang-2021", "江西省")
    # A page's own title as the plan's, the site's name after it: the title had kept it.
    for site in ("_南昌市人民政府", " - 南昌市司法局", "|南昌市人民政府网", "-政策文件-南昌市人民政府门户网站"):
        sited = _plan(f"南昌市2023年法治政府建设工作要点{site}\n一、主要任务\n1.加强学习。\n")
        assert sited.meta.title == "南昌市2023年法治政府建设工作要点"
    # And a notice's title the same way.
    noticed = _plan("南昌市人民政府关于印发南昌市2023年法治政府建设工作要点的通知_南昌市人民政府\n各县区人民政府：\n"
                    "现将《南昌市2023年法治政府建设工作要点》印发给你们。\n南昌市人民政府\n2023年3月1日\n一、主要任务\n1.加强学习。\n")
    assert noticed.meta.notice_title == "南昌市人民政府关于印发南昌市2023年法治政府建设工作要点的通知"
    # Or in 【】, as an article's heading; the title had kept them and its place was not found (plan-2023).
    bracketed = _plan("【南昌市2023年法治政府建设工作要点】\n一、主要任务\n1.加强学习。\n")
    assert (bracketed.meta.title, bracketed.meta.slug) == ("南昌市2023年法治政府建设工作要点", "nanchang-2023")
    # A title broken after its place, before its year or subject: the title had lost its place.
    for below in ("2023年法治政府建设工作要点", "“十四五”法治政府建设规划", "法治政府建设实施方案（2021—2025年）"):
        placed = _plan(f"南昌市\n{below}\n一、主要任务\n1.加强学习。\n")
        assert (placed.meta.title, placed.meta.jurisdiction) == ("南昌市" + below, "南昌市")
    # A place above a title that names its own is a line of its own.
    assert _plan("南昌市\n南昌市2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n").meta.title == \
        "南昌市2023年法治政府建设工作要点"


LAW_DATABASE_COPY = """南昌市法治政府建设实施方案（2021—2025年）
【发布部门】南昌市人民政府
【发文字号】洪府发〔2021〕32号
【发布日期】2021.12.30
【时效性】现行有效
【效力级别】地方规范性文件
【法规类别】行政法综合规定

为深入推进依法行政，制定本方案。
一、主要任务
（一）深化“放管服”改革。全面实行行政许可事项清单管理。（牵头单位：市政务服务办）
二、保障措施
各级政府要加强组织领导。

【法宝引证码】CLI.12.3456789
"""


def test_a_law_database_s_copy_has_its_bracketed_fields_read_and_taken_out():
    """A copy from a law database (北大法宝) heads the plan with its fields in 【】, their values run on, and ends with its
    citation code. Before, the fields stayed in the text, 【法规类别】行政法综合规定 was the title (规定 names a kind of
    plan) and the citation code was the last chapter's text."""
    plan = _plan(LAW_DATABASE_COPY)
    meta = plan.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.slug) == (
        "南昌市法治政府建设实施方案（2021—2025年）", "南昌市人民政府", "洪府发〔2021〕32号", "nanchang-2021")
    removed = [removal.text for removal in plan.cleaning.removed if removal.reason == "metadata table"]
    assert removed[0] == "【发布部门】南昌市人民政府" and removed[-1] == "【法宝引证码】CLI.12.3456789" and len(removed) == 7
    assert plan.root.children[-1].paragraphs == ("各级政府要加强组织领导。",)
    # The database's newer labels, and its fields on one line.
    newer = _plan(LAW_DATABASE_COPY.replace("【发布部门】", "【制定机关】").replace("【效力级别】", "【效力位阶】")
                  .replace("【发布日期】", "【公布日期】"))
    assert newer.meta.issuer == "南昌市人民政府" and "【效力位阶】地方规范性文件" not in newer.root.paragraphs
    assert newer.meta.issued == "2021-12-30"  # the day it was promulgated dates it, as 成文日期 does
    one_line = _plan(LAW_DATABASE_COPY.replace("\n【发文字号】", " 【发文字号】").replace("\n【发布日期】", " 【发布日期】"))
    assert (one_line.meta.issuer, one_line.meta.doc_number) == ("南昌市人民政府", "洪府发〔2021〕32号")


def test_a_site_s_catalogue_of_public_information_gives_its_fields_names():
    """A page of a site's catalogue of public information (信息公开目录) names its fields otherwise: 信息名称 titled the
    plan with its label (信息名称：某某县…, its place not found), and 文件编号 and 发布机关 were lost."""
    plan = _plan("信息名称：某某县2023年法治政府建设工作要点\n信息索引：001/2023-01\n生成日期：2023-03-02\n"
                 "发布机关：某某县人民政府\n文件编号：某政发〔2023〕5号\n公开方式：主动公开\n"
                 "为推进法治政府建设，制定本要点。\n一、主要任务\n1.加强学习。\n")
    meta = plan.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.issued, meta.slug) == (
        "某某县2023年法治政府建设工作要点", "某某县人民政府", "某政发〔2023〕5号", "2023-03-02", "moumou-2023")
    assert len([r for r in plan.cleaning.removed if r.reason == "metadata table"]) == 6


def test_a_page_listing_bulleted_fields_with_each_value_under_its_label():
    plan = _plan(BULLETED_FIELDS)
    meta = plan.meta
    assert (meta.doc_number, meta.issued, meta.slug) == ("某政发〔2024〕7号", "2024-04-06", "moumou-2024")
    assert meta.issuer == ""  # the site's own name in 发文机构 is no issuer
    assert plan.front_matter == ("某某县法治政府建设实施方案",)
    assert [r.text for r in plan.cleaning.removed if r.reason == "metadata table"] == [
        "• 索引号: 6107280000/2024-001005", "• 主题分类:", "• 发文机构: 县政府网站", "• 发文字号: 某政发〔2024〕7号",
        "• 发文日期: 2024年04月06日 16:40"]
    # The last field left empty right above the plan's title takes nothing from it; a field of the title takes it.
    for label in ("文种", "所属主题", "登记号"):
        empty = _plan(BULLETED_FIELDS.replace("  • 内容概述:\n\n", f"  • {label}:\n"))
        assert empty.meta.title == "某某县法治政府建设实施方案" and empty.tasks()[0].anchor == "c1-i1"
        assert f"• {label}:" in [r.text for r in empty.cleaning.removed]
    titled = _plan("标题：\n某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n")
    assert [r.text for r in titled.cleaning.removed] == ["标题： 某某县法治政府建设实施方案"]


def test_a_field_left_empty_above_a_posting_date_with_its_own_label_takes_nothing_from_it():
    """The page's 发文机关 is empty: the date below is 发布时间's, which dates a plan whose signature's date is lost."""
    text = ("索 引 号:104/2017-00780\n\n发文机关:\n\n发布时间:2017-03-22\n\n有效时间:\n\n"
            "某某县深入推进法治政府建设实施方案\n一、主要任务\n1.深化行政审批制度改革。（牵头单位：县编办）\n")
    meta = _plan(text).meta
    assert (meta.issuer, meta.issued, meta.slug) == ("", "2017-03-22", "moumou-2017")


def test_a_field_left_empty_above_a_notice_s_title_leaves_it_the_notice_s_and_a_page_s_publisher_issues():
    """• 文号: / (blank) / 某某市人民政府关于印发…的通知: the notice's title was the document's number, and the notice had no
    title; • 发布单位: names the organ that published it, as 发布机构 does."""
    text = ("    • 发布单位:某某市人民政府\n    • 成文日期:2021-12-14\n    • 文号:\n\n"
            "某某市人民政府关于印发《某某市全面推进依法行政第五个五年规划(2011—2015年)》的通知\n\n"
            "各镇人民政府,市政府各部门:\n现将《某某市全面推进依法行政第五个五年规划(2011—2015年)》印发给你们。\n"
            "                   二〇一一年十一月二十五日 \n某某市全面推进依法行政第五个五年规划\n(2011—2015年)\n"
            "一、指导思想\n1.指导思想。坚持依法行政。\n")
    meta = _plan(text).meta
    assert (meta.doc_number, meta.issuer, meta.issued, meta.period) == ("", "某某市人民政府", "2011-11-25", "2011–2015")
    assert meta.notice_title == "某某市人民政府关于印发《某某市全面推进依法行政第五个五年规划(2011—2015年)》的通知"
    # With no notice, the page's 发布单位 issues.
    bare = _plan("• 发布单位:某某市人民政府\n某某市全面推进依法行政第五个五年规划\n(2011—2015年)\n一、指导思想\n1.坚持依法行政。\n")
    assert bare.meta.issuer == "某某市人民政府"


def test_a_page_s_line_of_who_posted_it_where_and_when_dates_a_plan_and_names_its_place():
    """A title with no place, no signature: the page's line under the title (organ, site, date and hour) gives them."""
    text = """您当前的位置: 首页 > 政府信息公开 > 政府文件
关于加快推进法治政府建设的实施意见
某某县政府 www.moumou.gov.cn 2016-03-21 00:00
各乡镇人民政府、县直有关单位:
  为进一步提升依法行政工作水平，结合我县实际，制定本实施意见。
  一、依法全面履行政府职能
  1.建立和完善权力清单、责任清单制度，明确政府和政府部门的职能。
  牵头单位:县编办
"""
    plan = _plan(text)
    assert (plan.meta.issuer, plan.meta.issued, plan.meta.jurisdiction, plan.meta.slug) == (
        "某某县政府", "2016-03-21", "某某县", "moumou-2016")
    assert [(r.lineno, r.reason) for r in plan.cleaning.removed] == [(1, "breadcrumb"), (3, "timestamp")]


def test_a_page_field_naming_a_joint_site_s_publishers_does_not_outrank_the_notice_s_issuer():
    text = """发布机构: 某某开发区管委会办公室、某某市某某区人民政府办公室 成文日期: 2020-05-21
某某市某某区人民政府办公室关于印发某某区2020年依法行政工作要点的通知
各镇(街),区政府各部门:
  《某某区2020年依法行政工作要点》已经区政府会议同意,现印发给你们。
某某市某某区人民政府办公室
2020年5月21日
某某区2020年依法行政工作要点
一、加强党的领导
1.落实第一责任人职责。(区司法局牵头)
"""
    assert _plan(text).meta.issuer == "某某市某某区人民政府办公室"
    # A field that names the notice's organ in full still gives its full name.
    bare = text.replace("某某市某某区人民政府办公室关于", "区人民政府办公室关于").replace(
        "某某开发区管委会办公室、", "")
    assert _plan(bare).meta.issuer == "某某市某某区人民政府办公室"


def test_a_page_listing_two_fields_to_a_line_under_the_names_its_site_gives_them():
    text = """首页 > 某某县人民政府办公室信息公开 > 信息浏览
索引号: 003129766/201901-00336 组配分类: 规范性文件发布
信息分类: 通知   发布机构: 某某县人民政府办公室
生成日期: 2019-01-23 文号:
发文日期: 2019-01-23 生效时间: 2019-01-23
废止时间: 2020-01-23 名称: 某某县人民政府关于印发《某某县法治政府建设实施方案》的通知
信息来源: 关键词:
某某县人民政府关于印发《某某县法治政府建设实施方案》的通知
各乡、镇人民政府,县政府各部门:
  《某某县法治政府建设实施方案》已经县政府第三次全体会议通过,现予印发,请遵照执行。
某某县人民政府
2019年1月17日
某某县法治政府建设实施方案
一、总  体  要  求
(一)依法全面履行政府职能。深化行政审批制度改革。(牵头单位:县政务服务中心)
"""
    plan = parse_text(text.encode("utf-8"), "fields.txt")
    assert plan.meta.notice_title == "某某县人民政府关于印发《某某县法治政府建设实施方案》的通知"
    assert plan.front_matter[0] == plan.meta.notice_title
    assert [r.lineno for r in plan.cleaning.removed if r.reason == "metadata table"] == [2, 3, 4, 5, 6]
    # A heading spread letter by letter over the line reads as its words.
    assert plan.root.children[0].title == "总体要求"


def test_a_page_listing_its_fields_one_per_line_and_a_bracketed_print_button():
    text = """索引号: 11440115MB2D065126/2020-00071 分类: 综合政务
名称: 某某市某某区人民政府办公室关于印发 某某区2020年依法行政工作要点的通知
文号: 某南府办函〔2020〕4号 发布日期: 2020-05-26
主题词:
【打印】 【字体:
某某市某某区人民政府办公室关于印发某某区2020年依法行政工作要点的通知
各镇(街),区政府各部门:
现印发给你们,请认真组织实施。
某某市某某区人民政府办公室
2020年5月21日
某某市某某区2020年依法行政工作要点
一、加强党对依法行政工作的领导
（一）深入学习贯彻习近平法治思想。（区司法局牵头，各单位负责）
"""
    plan = parse_text(text.encode("utf-8"), "fields.txt")
    meta = plan.meta
    assert (meta.issuer, meta.doc_number, meta.issued, meta.period) == (
        "某某市某某区人民政府办公室", "某南府办函〔2020〕4号", "2020-05-21", "2020")
    assert {r.reason for r in plan.cleaning.removed} == {"metadata table", "page tools"}
    assert not any(line.startswith(("名称", "主题词", "【打印】")) for line in plan.front_matter)


OWN_DOCUMENT = """某某市人民政府关于进一步加强法治政府建设的若干措施
某府发〔2019〕8号
各县（市、区）人民政府，市政府各部门：
为深入推进依法行政，现提出如下措施。
1.严格落实重大行政决策程序。（市司法局牵头，市直各部门配合）
2.全面推行行政执法公示制度。（市司法局负责）
3.加强行政复议规范化建设。（责任单位：市司法局；完成时限：2019年12月底前）
某某市人民政府
2019年3月5日
"""


def test_a_plan_issued_as_a_document_of_its_own_gives_its_number_under_its_title():
    plan = parse_text(OWN_DOCUMENT.encode("utf-8"), "own.txt")
    meta = plan.meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.issued, meta.slug) == (
        "某某市人民政府关于进一步加强法治政府建设的若干措施", "某府发〔2019〕8号", "某某市人民政府", "2019-03-05",
        "moumou-2019")
    assert [node.anchor for node in plan.tasks()] == ["i1", "i2", "i3"]
    # Its year said, not bracketed, as some sites print it, in a notice or under the title: it had been no number,
    # and an undated plan had no year.
    said = OWN_DOCUMENT.replace("某府发〔2019〕8号", "某府发2019年第8号").replace("2019年3月5日", "")
    assert (parse_text(said.encode(), "own.txt").meta.doc_number, parse_text(said.encode(), "own.txt").meta.slug) == (
        "某府发2019年第8号", "moumou-2019")
    noticed = _plan("某某县人民政府关于印发某某县法治政府建设实施方案的通知\n某政办函2023年15号\n各乡镇人民政府：\n"
                    "现印发给你们。\n某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n")
    assert noticed.meta.doc_number == "某政办函2023年15号"
    # A page that lost the break after the number ran it into the salutation; a central organ's title names no place.
    run_into = _plan("国务院关于加强市县政府依法行政的决定\n国发〔2008〕17号各省、自治区、直辖市人民政府，国务院各部委：\n"
                     "现作出如下决定。\n一、提高认识\n（一）加强学习。\n")
    assert (run_into.meta.doc_number, run_into.meta.jurisdiction, run_into.meta.level, run_into.meta.slug) == (
        "国发〔2008〕17号", "全国", "national", "quanguo-2008")


@pytest.mark.parametrize("headline, issuer", [("市政府印发《某某市法治政府建设实施方案（2021—2025年）》", "某某市政府"),
                                              ("某某市人民政府正式发布《某某市法治政府建设实施方案（2021—2025年）》",
                                               "某某市人民政府"),
                                              ("中共某某市委 某某市人民政府印发《某某市法治政府建设实施方案（2021—2025年）》全文",
                                               "中共某某市委、某某市人民政府")],
                         ids=["by-level", "in-full", "joint"])
def test_a_news_headline_naming_who_issued_the_plan_titles_it_as_its_quote_does(headline, issuer):
    """市政府印发《…》 on a page that prints no title of the plan's own: the plan is the one quoted, issued by them."""
    plan = _plan(f"{headline}\n一、主要任务\n1.加强学习。（市司法局牵头）\n")
    assert (plan.meta.title, plan.meta.issuer, plan.meta.jurisdiction, plan.meta.slug) == (
        "某某市法治政府建设实施方案（2021—2025年）", issuer, "某某市", "moumou-2021")
    # A covering notice's title standing alone over the plan, a site's name after it, is the notice's: the plan is
    # the one it quotes, issued by its organ (the plan had been titled as the notice).
    noticed = _plan("某某县人民政府关于印发《某某县法治政府建设实施方案》的通知_某某县人民政府\n一、主要任务\n1.加强学习。\n")
    assert (noticed.meta.title, noticed.meta.notice_title, noticed.meta.issuer) == (
        "某某县法治政府建设实施方案", "某某县人民政府关于印发《某某县法治政府建设实施方案》的通知", "某某县人民政府")
    # So is the notice a plan is sent as: 关于某某县2024年…工作要点的通知.
    sent = _plan("关于平安县2024年法治政府建设工作要点的通知\n一、主要任务\n1.加强学习。\n")
    assert (sent.meta.title, sent.meta.slug) == ("平安县2024年法治政府建设工作要点", "pingan-2024")
    # A headline that names no organ before the plan, or quotes no plan, stays the title.
    for title in ("重磅发布《某某市法治政府建设实施方案》", "某某市人民政府发布《政府信息公开指南》"):
        assert _plan(f"{title}\n一、主要任务\n1.加强学习。\n").meta.title == title
    # Not a year and a number a sentence says.
    assert _titled("某某县法治政府建设实施方案\n落实市政府2023年第15号令。").doc_number == ""


def test_units_a_note_names_without_a_lead_are_shown_in_charge_not_helping():
    from generator.corpus import annotate
    from generator.render import plan_template

    plan = parse_text(OWN_DOCUMENT.encode("utf-8"), "own.txt")
    duties = annotate(plan).duties
    assert [(duties[n.anchor].leads, duties[n.anchor].partners) for n in plan.tasks()] == [
        (("市司法局",), ("市直各部门",)), ((), ("市司法局",)), ((), ("市司法局",))]
    page = plan_template(plan, annotate(plan))
    assert page.count('<span class="atlas-role">配合</span>市直各部门') == 1
    assert page.count('<span class="atlas-role">负责</span>市司法局') == 2
    assert '<span class="atlas-role">配合</span>市司法局' not in page


def test_the_date_and_organs_printed_under_a_title():
    def meta(under_title: str):
        text = f"某某市法治政府建设实施方案（2021—2025年）\n{under_title}\n为深入推进依法行政，制定本方案。\n一、主要任务\n1.加强行政复议工作。\n"
        return parse_text(text.encode("utf-8"), "printed.txt").meta

    joint = meta("（2021年12月30日中共某某市委、某某市人民政府印发）")
    assert (joint.issuer, joint.issued, joint.slug) == ("中共某某市委、某某市人民政府", "2021-12-30", "moumou-2021")
    assert (meta("（2022年5月6日）").issuer, meta("（2022年5月6日）").issued) == ("", "2022-05-06")
    # A meeting that adopted the plan is not its issuer.
    assert (meta("（2016年12月20日省政府第89次常务会议审议通过）").issuer,
            meta("（2016年12月20日省政府第89次常务会议审议通过）").issued) == ("", "2016-12-20")
    # A bracketed line that is no date gives nothing.
    assert (meta("（征求意见稿）").issuer, meta("（征求意见稿）").issued) == ("", "")
    # Signed under the title as at the end: the organ lines, then the date.
    signed = meta("中共某某市委办公室\n某某市人民政府办公室\n二〇二一年十二月三十日")
    assert (signed.issuer, signed.issued) == ("中共某某市委办公室、某某市人民政府办公室", "2021-12-30")
    # A year in Chinese numerals whose zero was typed as a figure, a letter or a circle.
    assert [meta(f"某某市人民政府\n二{zero}二一年十二月三十日").issued for zero in "0OＯ○◯"] == ["2021-12-30"] * 5
    # Or the organ that drew it up, alone above the preamble, with no date.
    assert (meta("某某市司法局").issuer, meta("某某市司法局").issued) == ("某某市司法局", "")
    # Or at the end of the title's line, in either script: it had been part of the title, which gave no date.
    for title in ("某某市法治政府建设实施方案（2021—2025年）（2021年12月20日市政府第45次常务会议审议通过）",
                  "某某市法治政府建設實施方案（2021—2025年）（2021年12月20日市政府第45次常務會議審議通過）"):
        plan = parse_text(f"{title}\n为深入推进依法行政，制定本方案。\n一、主要任务\n1.加强行政复议工作。\n".encode(), "t.txt")
        assert (plan.meta.title, plan.meta.issued, plan.meta.slug) == (title[:title.index("）") + 1], "2021-12-20",
                                                                       "moumou-2021")
        assert plan.root.paragraphs[0] == title[title.index("）") + 1:]
    # Dated by its month alone, under the title or at its line's end (it had given no date and stayed in the title).
    assert meta("（2021年12月市政府第45次常务会议审议通过）").issued == "2021-12"
    monthly = _titled("某某市法治政府建设实施方案（2021—2025年）（二〇二一年十二月市政府常务会议审议通过）")
    assert (monthly.title, monthly.issued) == ("某某市法治政府建设实施方案（2021—2025年）", "2021-12")
    # A span of months is no date: it stays in the title.
    span = _titled("某某县2023年上半年法治政府建设工作安排（2023年1月—6月）")
    assert (span.title, span.issued) == ("某某县2023年上半年法治政府建设工作安排（2023年1月—6月）", "")


def _titled(title: str):
    """The metadata of a one-task plan under ``title``."""
    return _plan(f"{title}\n一、主要任务\n1.加强行政复议工作。\n").meta


def test_a_plan_whose_own_title_opens_with_its_issuers():
    assert _titled("某某市人民政府关于加快推进法治政府建设的实施意见").issuer == "某某市人民政府"
    assert _titled("中共某某县委 某某县人民政府关于加快推进法治政府建设的实施意见").issuer == "中共某某县委、某某县人民政府"
    assert _titled("关于加快推进法治政府建设的实施意见").issuer == ""
    # Its organs printed above the title, as a document of its own is headed, open it and issue it.
    headed = _titled("中共某某市委　某某市人民政府\n关于加快推进法治政府建设的实施意见")
    assert (headed.title, headed.issuer, headed.jurisdiction) == (
        "中共某某市委　某某市人民政府关于加快推进法治政府建设的实施意见", "中共某某市委、某某市人民政府", "某某市")


def test_full_width_tildes_and_hyphens_and_a_period_line_with_years_give_the_period():
    assert _titled("某某市法治政府建设规划（2021～2025年）").period == "2021–2025"
    assert _titled("某某市法治政府建设规划（2021－2025年）").period == "2021–2025"
    # The horizontal bar, GB2312's and some editors' dash, is a dash: the period was its last year alone.
    assert _titled("某某市法治政府建设规划（2021―2025年）").period == "2021–2025"
    assert _titled("某某市法治政府建设实施方案\n（2021年—2025年）").period == "2021–2025"
    # Its last year by its last two figures, on the title's line or below it (the plan had no period).
    assert [_titled(title).period for title in ("某某市法治政府建设规划（2021-25年）", "某某市法治政府建设规划\n（2021—25年）",
                                                "某某市法治政府建设规划（2021—19年）")] == ["2021–2025", "2021–2025", ""]
    # A five-year plan of legal education is named by its number from 1986's: “八五”普法 is 2021–2025.
    assert _titled("某某市“八五”普法规划").period == "2021–2025"
    assert _titled("某某市七五普法依法治理规划").period == "2016–2020"


def test_a_note_on_its_own_lines_under_a_bare_heading_is_followed_by_the_task_s_text():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n（一）加强学习培训\n牵头单位：县司法局\n"
                 "配合单位：县委组织部\n将法治教育纳入干部培训。每年举办专题培训。\n（二）推进政务公开\n"
                 "（责任单位：县政府办）\n完善主动公开目录。\n")
    first, second = plan.tasks()
    assert (first.paragraphs, second.paragraphs) == (("将法治教育纳入干部培训。每年举办专题培训。",), ("完善主动公开目录。",))
    assert responsibility(plan.root)["c1-s1"].leads == ("县司法局",) and not plan.root["一"].closing
    # Under a heading that says its sentence, what follows the note is the chapter's closing words, as before.
    closed = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n（一）加强学习培训。将法治教育纳入干部培训。\n"
                   "牵头单位：县司法局\n培训情况纳入年度考核。\n")
    assert closed.root["一"].closing == ("培训情况纳入年度考核。",)


@pytest.mark.parametrize("task", ["加强学习培训（牵头单位：县司法局）。将法治教育纳入干部培训。",
                                  "加强学习培训【牵头单位：县司法局】将法治教育纳入干部培训。"])
def test_a_note_that_ends_a_task_s_heading_before_its_text_is_the_task_s_note(task):
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.{task}\n2.推进县（市、区）政务公开。完善目录。\n")
    first, second = plan.tasks()
    assert (first.title, first.text, first.note) == ("加强学习培训", "将法治教育纳入干部培训。", "牵头单位：县司法局")
    assert responsibility(plan.root)["c1-i1"].leads == ("县司法局",)
    assert (second.title, second.note) == ("推进县（市、区）政务公开", "")  # a bracket of no units is the heading's


def test_a_bracket_inside_a_task_s_heading_that_says_what_a_place_takes_in_is_no_note():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.推进乡镇（含街道）综合行政执法改革。整合执法力量。\n"
                 "2.推进各乡镇（各街道）法治建设。完善制度。\n3.推进综合执法改革（不含开发区）。\n4.加强学习（县司法局）。将法治教育纳入培训。\n")
    first, second, third, fourth = plan.tasks()
    assert [(task.title, task.note) for task in (first, second, third)] == [
        ("推进乡镇（含街道）综合行政执法改革", ""), ("推进各乡镇（各街道）法治建设", ""), ("推进综合执法改革（不含开发区）", "")]
    assert (fourth.title, fourth.note) == ("加强学习", "县司法局")  # units before the heading's full stop are its note


def test_a_labelled_note_after_a_comma_ends_the_task_s_sentence():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.推进政务公开，责任单位：县政府办\n"
                 "2.加强学习培训，将法治教育纳入培训，牵头单位：县司法局；完成时限：2023年底前。\n")
    first, second = plan.tasks()
    assert (first.title, first.note) == ("推进政务公开", "责任单位：县政府办")
    assert (second.title, second.note) == ("加强学习培训，将法治教育纳入培训", "牵头单位：县司法局；完成时限：2023年底前")
    assert responsibility(plan.root)["c1-i2"].leads == ("县司法局",)


def test_a_note_in_brackets_that_a_comma_follows_leaves_the_task_s_first_sentence_whole():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.推进政务公开（县政府办负责），及时公开重大决策信息。\n"
                 "2.加强培训（县司法局牵头）；每年举办两期专题培训班，提高全县行政执法人员的执法能力和水平。\n")
    first, second = plan.tasks()
    assert (first.title, first.text, first.note) == ("推进政务公开，及时公开重大决策信息", "", "县政府办负责")
    assert (second.title, second.note) == ("加强培训", "县司法局牵头")
    assert second.text == "每年举办两期专题培训班，提高全县行政执法人员的执法能力和水平。"
    assert responsibility(plan.root)["c1-i2"].leads == ("县司法局",)


@pytest.mark.parametrize("limit", ["12月底前", "6月30日前", "全年", "年内完成", "每季度", "常态化推进", "2023—2025年",
                                   "持续推进", "今年年底前", "明年6月底前", "今年内", "2023年三季度末", "6月份",
                                   "2023年6月份", "第三季度", "2023年内", "2023年度", "本年度", "及时"])
def test_a_note_s_time_limit_without_a_year_is_its_deadline_and_no_unit(limit):
    """（县司法局，12月底前） is a note: its time limit, though it names no year, is no unit's name."""
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。（县司法局，{limit}）\n")
    [task] = plan.tasks()
    assert (task.text, task.note) == ("", f"县司法局，{limit}")
    assert responsibility(plan.root)["c1-i1"].partners == ("县司法局",) and measures(plan.root)["c1-i1"][0] == (limit,)


@pytest.mark.parametrize("note,leads,partners", [
    ("县委依法治县办统筹协调，各成员单位按职责落实", ("县委依法治县办",), ("各成员单位",)),
    ("由县政府办统筹，县直各部门具体负责", ("县政府办",), ("县直各部门",)),
    ("县发改局主抓，县市场监管局协同", ("县发改局",), ("县市场监管局",)),
    ("县司法局指导，各乡镇落实", ("县司法局",), ("各乡镇",)),
    ("县司法局督促指导，各单位组织实施", ("县司法局",), ("各单位",)),
    ("县司法局为责任单位", (), ("县司法局",)),
])
def test_a_unit_that_coordinates_or_takes_charge_leads_and_one_that_works_with_it_helps(note, leads, partners):
    """统筹 (coordinates), 主抓 (takes charge) and 指导 (guides) say who leads, 协同 and 组织实施 who helps: such a bracket
    was no note, or its unit was named 县政府办统筹 (or 县司法局为责任单位)."""
    plan = _plan(f"某某县2024年法治政府建设工作要点\n一、主要任务\n1.加强统筹。（{note}）\n")
    assert plan.tasks()[0].note == note
    assert responsibility(plan.root)["c1-i1"] == Responsibility(leads, partners)


def test_a_department_s_own_plan_names_its_sections_as_units():
    plan = _plan("某某县市场监督管理局2023年法治政府建设工作要点\n一、主要任务\n1.组织学习习近平法治思想。（责任股室：办公室）\n"
                 "2.开展领导干部述法。（责任股室：法规股）\n3.落实三项制度。（牵头股室：法规股；配合股室：各市场监管所）\n")
    duty = responsibility(plan.root)
    assert [task.note for task in plan.tasks()][:2] == ["责任股室：办公室", "责任股室：法规股"]
    assert duty["c1-i2"].partners == ("法规股",) and duty["c1-i3"] == Responsibility(("法规股",), ("各市场监管所",))


def test_a_township_s_villages_and_communities_are_units_of_its_notes():
    plan = _plan("某某镇2023年法治政府建设工作要点\n一、主要任务\n1.开展法治宣传。（镇综治办、各村（社区））\n"
                 "2.化解矛盾纠纷。（镇司法所牵头，各行政村配合）\n3.推进法治乡村建设（民主法治示范村）。开展创建。\n")
    duty = responsibility(plan.root)
    assert duty["c1-i1"].partners == ("镇综治办", "各村（社区）") and duty["c1-i2"].partners == ("各行政村",)
    assert plan.tasks()[0].text == "" and "c1-i3" not in duty  # a kind of village is no unit
    # Nor are people's organisations, the political consultative conference, the Party school and the archives
    # missed: （县妇联、县工商联、县科协、县政协、县委党校、县档案馆） is a note of units.
    organisations = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n"
                          "1.开展普法。（县妇联、县工商联、县科协、县政协、县委党校、县档案馆）\n")
    assert responsibility(organisations.root)["c1-i1"].partners == (
        "县妇联", "县工商联", "县科协", "县政协", "县委党校", "县档案馆")


def test_a_note_broken_over_two_lines_inside_its_bracket_is_read_whole():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.坚持党的领导。加强组织领导。（牵头单位：县委办；\n"
                 "配合单位：县直各部门）\n2.加强学习。（牵头单位：县司法局\n3.加强培训。\n")
    first, second, third = plan.tasks()
    duty = responsibility(plan.root)
    assert (first.text, first.note) == ("加强组织领导。", "牵头单位：县委办；配合单位：县直各部门")
    assert (duty[first.anchor].leads, duty[first.anchor].partners) == (("县委办",), ("县直各部门",))
    # A note whose bracket no near line closes runs to its task's end: its closing bracket was lost. It is read so, and
    # warned of; the task below keeps its own heading.
    assert (second.text, second.note, duty[second.anchor].leads, third.title) == ("", "牵头单位：县司法局", ("县司法局",),
                                                                                 "加强培训")
    assert [d.line for d in plan.diagnostics if "never closes its bracket" in d.message] == [5]
    # Lost after its own line, or garbled into U+FFFD, likewise; a bracket of other words stays in the text.
    lost = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.规范执法。推行三项制度。\n（县司法局牵头，各执法部门配合\n"
                 "2.推进公开。推行公示（公示、记录\n3.加强监督。健全体系。（牵头单位：县审计局\ufffd?\n")
    assert [(task.text, task.paragraphs, task.note) for task in lost.tasks()] == [
        ("推行三项制度。", (), "县司法局牵头，各执法部门配合"), ("推行公示（公示、记录", (), ""),
        ("健全体系。", (), "牵头单位：县审计局")]
    # Broken before its last bracket, or below a list of sub-items none of which has a note, it is still its task's.
    broken = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.推进立法调研。（牵头单位：县发改局（县粮食和物资储备局）\n"
                   "）\n2.加强培训。\n（1）组织专题培训；\n（2）开展旁听庭审。（牵头单位：县委办；\n配合单位：县直各部门）\n3.加强学习。\n")
    assert [(task.anchor, task.note) for task in broken.root.walk() if task.note] == [
        ("c1-i1", "牵头单位：县发改局（县粮食和物资储备局）"), ("c1-i2-p2", "牵头单位：县委办；配合单位：县直各部门")]
    assert broken.root["一"].closing == ()


@pytest.mark.parametrize("note,partners", [
    ("责任单位：各市（州）、县（市、区）人民政府", ("各市（州）人民政府", "县（市、区）人民政府")),
    ("配合单位：省司法厅，各市州、县市区人民政府", ("省司法厅", "各市州人民政府", "县市区人民政府")),
    ("责任单位：市、县两级政府", ("市、县两级政府",)),  # the tiers of one organ
    ("责任單位：各市（州）、縣（市、區）人民政府", ("各市（州）人民政府", "縣（市、區）人民政府")),
    ("责任单位：各乡镇（街道）、县直各部门", ("各乡镇（街道）", "县直各部门")),  # no organ they share
    ("责任单位：县委、县政府办公室", ("县委", "县政府办公室")),
])
def test_places_listed_by_their_level_share_the_organ_named_after_the_last(note, partners):
    from generator.layers import parse_note
    assert parse_note(note, False).partners == partners


@pytest.mark.parametrize("note,limit", [("县司法局 2023年12月底前", "2023年12月底前"), ("县司法局、县公安局 长期坚持", "长期坚持")])
def test_a_bracket_of_units_and_a_time_limit_set_apart_by_a_space_is_the_task_s_note(note, limit):
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。组织学习。（{note}）\n")
    [task] = plan.tasks()
    assert (task.text, task.note) == ("组织学习。", note)
    assert "县司法局" in responsibility(plan.root)["c1-i1"].partners and measures(plan.root)["c1-i1"][0] == (limit,)
    assert all(" " not in unit for unit in responsibility(plan.root)["c1-i1"].partners)


def test_a_bracket_listing_units_that_ends_with_等_is_the_task_s_note():
    """（县公安局、县交通运输局等） and （落实单位：市司法局、各县区政府等）, under a label of units of the plan's own:
    the list's closing 等 made its last unit no name, so the bracket stayed in the task's text."""
    plan = _plan("某某市2023年法治政府建设工作要点\n一、主要任务\n1.加强联合执法。（县公安局、县交通运输局等）\n"
                 "2.加强行政复议工作。落实改革要求。（落实单位：市司法局、各县区政府等）\n")
    first, second = plan.tasks()
    assert (first.text, second.text) == ("", "落实改革要求。")
    duty = responsibility(plan.root)
    assert duty["c1-i1"].partners == ("县公安局", "县交通运输局") and duty["c1-i2"].partners == ("市司法局", "各县区政府")


@pytest.mark.parametrize("opening, closing", ["（）", "()", "〔〕", "﹝﹞", "【】", "［］", "[]"])
def test_a_note_in_any_of_the_brackets_sites_print_is_the_task_s_note(opening, closing):
    """The small-form brackets some sites' fonts give for 〔〕 (﹝责任单位：县司法局﹞) had left the note in the text."""
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。组织学法。{opening}县司法局牵头，县财政局配合{closing}\n")
    task, = plan.tasks()
    duty = responsibility(plan.root)[task.anchor]
    assert (task.text, duty.leads, duty.partners) == ("组织学法。", ("县司法局",), ("县财政局",))


@pytest.mark.parametrize("end", ["。", "；", ";", ""])
def test_a_note_before_the_full_stop_or_semicolon_that_ends_a_list_s_item_is_the_task_s_note(end):
    """…目录（牵头单位：县政府办）； as a list's items end: the semicolon had stayed as the task's text."""
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.推进政务公开，完善公开目录（牵头单位：县政府办）{end}\n"
                 "2.加强执法监督（县司法局负责）。\n")
    first, second = plan.tasks()
    assert (first.title, first.text, first.note) == ("推进政务公开，完善公开目录", "", "牵头单位：县政府办")
    assert (second.title, second.note) == ("加强执法监督", "县司法局负责")


def test_the_small_forms_big5_and_some_fonts_give_for_brackets_and_marks_read_as_the_usual_ones():
    """﹙一﹚ opens a section as （一） does, and ﹑ ﹕ in a note part units and end a label; the section's heading had
    been lost."""
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n﹙一﹚加强学习\n1.组织专题学习。（牵头单位﹕县司法局﹑县委组织部）\n"
                 "﹙二﹚规范执法\n2.推行三项制度。（牵头单位：县公安局）\n")
    assert [(node.anchor, node.title) for node in plan.root.walk() if node.anchor] == [
        ("c1", "主要任务"), ("c1-s1", "加强学习"), ("c1-s1-i1", "组织专题学习"), ("c1-s2", "规范执法"),
        ("c1-s2-i2", "推行三项制度")]
    assert responsibility(plan.root)["c1-s1-i1"].leads == ("县司法局", "县委组织部")


def test_labels_run_on_after_a_unit_s_name_each_open_their_part_of_the_note():
    """A plan that lost its line breaks runs a note's labelled lines together (牵头单位：县委宣传部配合单位：…): each
    label after a unit's name opens its own part, where the lead was 县委宣传部配合单位：县直各部门."""
    from generator.layers import parse_note
    assert parse_note("牵头单位：县委宣传部配合单位：县直各部门") == Responsibility(("县委宣传部",), ("县直各部门",))
    assert parse_note("牵头单位：县司法局完成时限：2023年底前") == Responsibility(("县司法局",), ())
    assert parse_note("主要责任单位：县司法局") == Responsibility(("县司法局",), ())  # a longer label, whole
    glued = _plan("某某县2023年法治政府建设工作要点一、主要任务1.加强学习。组织专题学习。牵头单位：县委宣传部"
                  "配合单位：县直各部门2.深化政务公开。公开决策信息。牵头单位：县政府办配合单位：各乡镇人民政府")
    assert [(duty.leads, duty.partners) for duty in map(responsibility(glued.root).get, ("c1-i1", "c1-i2"))] == [
        (("县委宣传部",), ("县直各部门",)), (("县政府办",), ("各乡镇人民政府",))]


def test_roles_given_in_brackets_after_units_or_by_the_first_listed_convention():
    from generator.layers import parse_note

    def read(note: str, first_leads: bool = False):
        found = parse_note(note, first_leads)
        return found.leads, found.partners

    assert read("责任单位：市司法局（牵头）、市直有关部门") == (("市司法局",), ("市直有关部门",))
    assert read("责任单位：县政府办〔牵头〕，县直各部门") == read("县政府办【牵头】、县直各部门") == (("县政府办",), ("县直各部门",))
    assert read("市委编办、市司法局（按职责分工负责）") == ((), ("市委编办", "市司法局"))
    assert read("市政府办公室、市司法局等按职责分工负责") == ((), ("市政府办公室", "市司法局"))
    # 等部门 names no one more; 等市直有关部门 does.
    assert read("由市司法局牵头，市财政局等部门配合") == (("市司法局",), ("市财政局",))
    assert read("市司法局等10个单位按职责分工负责") == ((), ("市司法局",))
    assert read("牵头单位：市司法局（联系人：张三）；配合单位：市财政局（责任人：李四）") == (("市司法局",), ("市财政局",))
    assert read("责任单位：市司法局等市直有关部门") == ((), ("市司法局", "市直有关部门"))
    assert read("由市司法局牽頭，市財政局等部門配合") == (("市司法局",), ("市財政局",))
    assert read("牵头单位：市政府办公室、市司法局（按职责分工）") == (("市政府办公室", "市司法局"), ())
    assert read("由市司法局会同市委编办负责") == (("市司法局",), ("市委编办",))
    assert read("牵头单位：市司法局会同市财政局；责任单位：各区县政府") == (("市司法局",), ("市财政局", "各区县政府"))
    assert read("市司法局牵头，会同市财政局、市审计局负责") == (("市司法局",), ("市财政局", "市审计局"))
    assert read("市司法局负责，各部门配合落实") == (("市司法局",), ("各部门",))
    assert read("主责：市司法局；协同：市公安局") == read("由市司法局负责牵头，市公安局配合") == (("市司法局",), ("市公安局",))
    # How a note says a unit is to take its role is no part of its name: 要积极配合, 主动配合, 要按职责分工抓好落实.
    assert read("市司法局牵头，各区县要积极配合") == read("市司法局牵头，各区县主动配合") == (("市司法局",), ("各区县",))
    assert read("市司法局牵头，市直各部门要按职责分工抓好落实") == (("市司法局",), ("市直各部门",))
    # A unit that supports the work helps: 予以保障, 做好经费保障, 提供支持.
    assert read("市司法局负责，市财政局予以保障") == read("市司法局负责，市财政局提供支持") == (("市司法局",), ("市财政局",))
    assert read("市司法局牵头，市财政局做好经费保障") == (("市司法局",), ("市财政局",))
    # A role word under a label of those in charge says who leads; what follows goes on with the label.
    assert read("责任单位：市发改委牵头，市市场监管局、市数据资源局配合") == (("市发改委",), ("市市场监管局", "市数据资源局"))
    assert read("责任单位：市发改委牵头，市财政局") == (("市发改委",), ("市财政局",))
    # Units that each or all lead, by their share or not, in brackets or not; and a share without 职责 (按分工).
    assert read("责任单位：县委办、县政府办（按职责分工分别牵头）") == read("县委办、县政府办按职责分工分别牵头") == (
        ("县委办", "县政府办"), ())
    assert read("县委办、县政府办（共同牵头），县直各部门配合") == (("县委办", "县政府办"), ("县直各部门",))
    assert read("县政府办公室、县司法局按分工负责") == ((), ("县政府办公室", "县司法局"))
    assert read("责任单位：市发展改革委、市司法局（排在第一位的为牵头单位）") == (("市发展改革委",), ("市司法局",))
    # The convention's words never take a unit's: the one before them is left whole.
    assert read("市发展改革委、市司法局；排在第一位的为牵头单位") == (("市发展改革委",), ("市司法局",))
    # Roles in other words: 牵头抓好落实, 具体实施, 共同负责, 按照职责分工抓好落实.
    assert read("县政府办牵头抓好落实") == (("县政府办",), ())
    assert read("县司法局牵头，县直各执法部门具体实施") == (("县司法局",), ("县直各执法部门",))
    assert read("由县委宣传部、县司法局共同负责") == ((), ("县委宣传部", "县司法局"))
    assert read("具体由县司法局负责") == ((), ("县司法局",))
    assert read("各乡镇（街道）、县直各部门按照职责分工抓好落实") == ((), ("各乡镇（街道）", "县直各部门"))
    assert read("县司法局负总责，各执法部门抓落实") == (("县司法局",), ("各执法部门",))
    assert read("县政府总牵头，县直各部门具体落实") == (("县政府",), ("县直各部门",))
    bracketed = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.规范执法。（县司法局负总责，各执法部门抓落实）\n")
    assert bracketed.tasks()[0].note == "县司法局负总责，各执法部门抓落实"
    # Bare role words as labels (主办：/ 协办：/ 参与：), and units that carry a task out (县政数局落实).
    assert read("主办：县委编办；协办：县司法局") == (("县委编办",), ("县司法局",))
    assert read("牵头：县司法局；参与：县审计局、县财政局") == (("县司法局",), ("县审计局", "县财政局"))
    # Or after the units (县司法局主办, 县财政局协办), or in brackets there: the roles were read as the units' names.
    assert read("县委编办主办，县司法局协办") == (("县委编办",), ("县司法局",))
    assert read("县委编办（主办）、县司法局（协办）") == (("县委编办",), ("县司法局",))
    assert read("县委编办负责，县司法局协办") == (("县委编办",), ("县司法局",))
    carried_out = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.优化服务。（县政数局落实）\n2.加强学习。（落实情况纳入考核）\n")
    assert [node.note for node in carried_out.tasks()] == ["县政数局落实", ""]
    assert responsibility(carried_out.root)["c1-i1"].partners == ("县政数局",)
    # Units parted by a slash, and a unit's share given as its authority.
    assert read("牵头单位：县司法局/县委编办") == (("县司法局", "县委编办"), ())
    assert read("县纪委监委、县委组织部（按照干部管理权限）") == ((), ("县纪委监委", "县委组织部"))
    assert read("县纪委监委、县委组织部按照干部管理权限负责") == ((), ("县纪委监委", "县委组织部"))  # 县委组织部按照… was one
    # Said once in the plan, the convention holds for every note that names no lead.
    plan = _plan("某某市法治政府建设实施方案\n（注：各项任务中列在首位的为牵头单位）\n一、主要任务\n"
                 "1.加强行政复议。（市司法局、市信访局）\n2.加强执法监督。（牵头单位：市司法局；配合单位：市财政局）\n")
    duty = responsibility(plan.root)
    assert [(duty[n.anchor].leads, duty[n.anchor].partners) for n in plan.tasks()] == [
        (("市司法局",), ("市信访局",)), (("市司法局",), ("市财政局",))]
    # Without it, an unlabelled list names the units in charge, none leading.
    assert read("市司法局、市信访局") == ((), ("市司法局", "市信访局"))
    assert read("各县（市、区）人民政府，市直有关部门") == ((), ("各县（市、区）人民政府", "市直有关部门"))


def test_a_department_s_plan_has_a_url_of_its_own_beside_its_government_s(tmp_path):
    from generator.corpus import load_corpus

    body = "\n一、主要任务\n1.加强行政执法监督。\n"
    for name, title in (("a", "某某市2023年法治政府建设工作要点"), ("b", "某某市市场监督管理局2023年法治政府建设工作要点"),
                        ("c", "某某市司法局2023年法治政府建设工作计划"), ("d", "某某市人民政府办公室2023年法治政府建设工作要点")):
        (tmp_path / f"{name}.txt").write_text(title + body, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert {plan.source: (plan.meta.slug, plan.meta.department, plan.meta.jurisdiction) for plan in corpus.plans} == {
        "a.txt": ("moumou-2023", "", "某某市"),
        "b.txt": ("moumou-shichangjianduguanliju-2023", "市场监督管理局", "某某市"),
        "c.txt": ("moumou-sifaju-2023", "司法局", "某某市")}
    # The government's legal affairs office is a department; its URL leaves out 人民政府.
    office = _plan("某某州人民政府法制办公室2015年依法行政工作要点\n一、主要任务\n1.加强行政复议工作。\n").meta
    assert (office.department, office.slug) == ("人民政府法制办公室", "moumou-fazhibangongshi-2015")
    # The government's own office is no department: its plan is the government's, and clashes as such.
    assert [d.source for d in corpus.errors] == ["d.txt"]
    # Pages label a department's plan by the department, not by its place alone.
    from generator.render import navigation
    from generator.render_compare import plan_label

    assert [plan_label(plan) for plan in corpus.plans] == ["某某市 2023", "某某市市场监督管理局 2023", "某某市司法局 2023"]
    city_plans = navigation(corpus)[1]["规划"][0]["市级"][0]["省份不详"]
    assert [next(iter(entry)) for entry in city_plans] == ["某某市 2023", "某某市市场监督管理局 2023", "某某市司法局 2023"]
    from generator.render import plan_template, render_home

    assert "<td>某某市司法局</td>" in render_home(corpus)
    bureau = corpus.plan("moumou-sifaju-2023")
    assert "<tr><th>部门</th><td>司法局</td></tr>" in plan_template(bureau, corpus.annotations(bureau))
    assert bureau.meta.issuer == "某某市司法局"  # no issuer named: the department's own
    city = corpus.plan("moumou-2023")
    assert "<th>部门</th>" not in plan_template(city, corpus.annotations(city))


def test_a_city_named_after_its_province_is_the_place_other_plans_of_that_city_are():
    """四川省成都市… and 成都市… are one place's plans (their duplicates compared, their URLs told apart by kind):
    the province is the plan's province, not part of its place's name. A municipality's stays."""
    def place(title: str):
        meta = _plan(title + "\n一、主要任务\n1.加强普法。\n").meta
        return meta.jurisdiction, meta.province, meta.level

    assert place("四川省成都市2023年法治政府建设工作要点") == place("成都市2023年法治政府建设工作要点") \
        == ("成都市", "四川省", "city")
    assert place("广西壮族自治区南宁市法治政府建设实施方案") == ("南宁市", "广西壮族自治区", "city")
    assert place("北京市密云区2023年法治政府建设工作要点") == ("北京市密云区", "北京市", "district")


def test_townships_and_sub_districts_are_places_after_their_county_or_as_the_issuer():
    def place(text: str):
        meta = _plan(text + "\n一、主要任务\n1.加强普法。\n").meta
        return meta.jurisdiction, meta.level, meta.slug

    assert place("某某县平安乡2023年法治政府建设工作要点") == ("某某县平安乡", "township", "pingan-2023")
    assert place("某某区新华街道2023年法治政府建设工作计划") == ("某某区新华街道", "township", "xinhua-2023")
    assert place("关于印发《2023年法治政府建设工作要点》的通知\n石桥镇人民政府\n2023年3月1日\n2023年法治政府建设工作要点") \
        == ("石桥镇", "township", "shiqiao-2023")
    # Signed by its Party committee first; the county its text names is the one it is in.
    signed = _plan("寿安镇2023年法治政府建设工作要点\n根据《蒲江县2023年法治政府建设工作要点》，制定本要点。\n一、主要任务\n"
                   "1.加强普法。\n中共寿安镇委员会\n寿安镇人民政府\n2023年3月10日\n").meta
    assert (signed.jurisdiction, signed.level, signed.province, signed.slug) == (
        "蒲江县寿安镇", "township", "四川省", "shouan-2023")
    # A sub-district signed by its office (办事处), which issues it.
    office = _plan("石桥街道2023年法治政府建设工作要点\n一、主要任务\n1.加强普法。\n石桥街道办事处\n2023年3月1日\n").meta
    assert (office.jurisdiction, office.level, office.issuer, office.issued) == (
        "石桥街道", "township", "石桥街道办事处", "2023-03-01")
    # Opening a title before the plan's year or subject, a township is the place the plan is for, signed or not.
    assert place("青龙镇2024年法治政府建设工作计划") == ("青龙镇", "township", "qinglong-2024")
    assert place("2024年石桥街道法治政府建设工作要点")[:2] == ("石桥街道", "township")
    # Alone at the head of a title, a word ending in 乡 or 镇 is no place.
    assert place("法治乡村建设实施方案")[0] == ""
    assert place("推进乡镇法治政府建设实施方案")[0] == ""
    assert place("某某县乡镇法治政府建设实施方案")[:2] == ("某某县", "county")


def test_joint_issuers_apart_by_spaces_in_the_notice_title():
    plan = _plan("中共抚州市委 抚州市人民政府 关于印发《抚州市法治政府建设实施方案(2022-2025年)》的通知\n"
                 "各县(区)委、县(区)人民政府:\n现将《抚州市法治政府建设实施方案(2022-2025年)》印发给你们。\n"
                 "中共抚州市委\n抚州市人民政府\n2022年4月21日\n(此件公开发布)\n抚州市法治政府建设实施方案\n(2022-2025年)\n"
                 "一、总体要求\n(一)指导思想。坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert (plan.meta.issuer, plan.meta.issued, plan.meta.title, plan.meta.slug) == (
        "中共抚州市委、抚州市人民政府", "2022-04-21", "抚州市法治政府建设实施方案(2022-2025年)", "fuzhou-2022")


def test_joint_issuers_run_together_in_the_notice_title_are_parted_as_they_sign():
    plan = _plan("中共某某市委某某市人民政府关于印发《某某市法治政府建设实施方案(2016-2020年)》的通知\n市委发〔2017〕23号\n"
                 "各县区委、县区人民政府:\n现印发给你们,请认真贯彻执行。\n中共某某市委   某某市人民政府\n2017年4月24日\n"
                 "某某市法治政府建设实施方案(2016-2020年)\n一、总体要求\n(一)指导思想。坚持党的领导。\n")
    assert (plan.meta.issuer, plan.meta.issued) == ("中共某某市委、某某市人民政府", "2017-04-24")
    # A signature that names other organs leaves the title's as it prints them.
    other = _plan("某某市人民政府关于印发《某某市法治政府建设实施方案》的通知\n现印发给你们。\n某某市人民政府办公室\n"
                  "2017年4月24日\n某某市法治政府建设实施方案\n一、总体要求\n(一)指导思想。坚持党的领导。\n")
    assert other.meta.issuer == "某某市人民政府"
    # With no signature, each organ names its place again, where the next one opens.
    unsigned = _plan("中共吉林省委辦公廳吉林省人民政府辦公廳印發〈關于加強法治政府建設的實施意見〉的通知\n吉辦發〔2017〕49號\n"
                     "各市(州)黨委和人民政府:\n現印發給你們。\n關于加強法治政府建設的實施意見\n一、總體要求\n(一)指導思想。堅持黨的領導。\n")
    assert unsigned.meta.issuer == "中共吉林省委辦公廳、吉林省人民政府辦公廳"


def test_a_notice_titled_by_its_organ_s_bare_name_takes_the_full_name_its_page_lists():
    plan = _plan("縣人民政府辦公室關于印發某某縣提升行政執法質量三年行動實施方案的通知\n"
                 "索引號 : 01105619X/2024-12355 文       號 : 某政辦發〔2024〕3號\n主題分類: 司法 發文單位: 某某縣人民政府辦公室\n"
                 "各鎮人民政府,縣政府各部門:\n現印發給你們,請認真貫徹落實。\n2024年4月12日\n某某縣提升行政執法質量三年行動實施方案\n"
                 "一、目標要求\n(一)總體要求。堅持以習近平新時代中國特色社會主義思想為指導。\n")
    assert (plan.meta.issuer, plan.meta.doc_number) == ("某某縣人民政府辦公室", "某政辦發〔2024〕3號")


def test_a_plan_with_no_date_or_period_takes_its_year_from_its_document_number():
    plan = _plan("重庆市渝中区人民政府关于印发渝中区法治政府建设实施方案的通知\n渝中府发〔2022〕8号\n"
                 "渝中区法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n")
    assert (plan.meta.issued, plan.meta.period, plan.meta.year, plan.meta.slug) == ("", "", "2022", "yuzhong-2022")
    assert not any("no year" in d.message for d in plan.diagnostics)


def test_a_heading_run_into_its_text_after_a_colon_is_the_task_title():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n"
                 "1.深化行政审批制度改革：全面清理审批事项，压减时限。（牵头单位：县政务服务局）\n"
                 "2.加强队伍建设：一是加强培训；二是严格考核。\n"
                 "3.重点抓好以下工作：一是加强学习；二是加强宣传。\n")
    assert [(task.title, task.text) for task in plan.tasks()] == [
        ("深化行政审批制度改革", "全面清理审批事项，压减时限。"), ("加强队伍建设", "一是加强培训；二是严格考核。"),
        # A lead-in to a list is no heading.
        ("重点抓好以下工作：一是加强学习；二是加强宣传", "")]
    assert split_title("牽頭單位：市司法局") == ("牽頭單位：市司法局", "")
    assert responsibility(plan.root)["c1-i1"].leads == ("县政务服务局",)
    # 行为 and 作为 end a heading's words, where 为 alone leads in (主要任务为：…).
    assert split_title("规范执法行为：推行三项制度。") == ("规范执法行为", "推行三项制度。")
    assert split_title("积极担当作为：主动服务企业。") == ("积极担当作为", "主动服务企业。")
    assert split_title("今年的主要任务为：加强学习。") == ("今年的主要任务为：加强学习", "")
    # A heading may hold figures, letters or a plus: the names of projects and hotlines often do.
    assert split_title("“互联网+监管”工程：建成全市统一监管平台。") == ("“互联网+监管”工程", "建成全市统一监管平台。")
    assert split_title("“12345”热线提质：实现一号对外。") == ("“12345”热线提质", "实现一号对外。")


def test_a_heading_s_closing_colon_or_semicolon_is_no_part_of_its_title():
    plan = _plan("某某县法治政府建设实施方案\n一、总体要求：\n坚持党的领导。\n二、主要任务：\n（一）深化改革：\n"
                 "1、全面推行告知承诺制；\n2、压缩审批时限，\n")
    assert [node.title for node in plan.root.walk() if node.marker] == [
        "总体要求", "主要任务", "深化改革", "全面推行告知承诺制", "压缩审批时限"]


def test_a_heading_set_apart_from_its_text_by_a_space_is_the_title():
    plan = _plan("某某县法治政府建设实施方案\n一、总体要求 坚持以习近平法治思想为指导。\n二、主要任务\n"
                 "1.深化行政审批制度改革 全面清理审批事项。\n2.到 2025 年底前完成清理。\n3.推进“放管服” 改革。\n")
    assert plan.root["一"].title == "总体要求" and plan.root["一"].text == "坚持以习近平法治思想为指导。"
    assert [(task.title, task.text) for task in plan.tasks()[1:]] == [
        ("深化行政审批制度改革", "全面清理审批事项。"),
        # A space beside a figure, or after a quotation, parts no heading from its text.
        ("到 2025 年底前完成清理", ""), ("推进“放管服” 改革", "")]


def test_sub_items_without_a_note_of_their_own_answer_to_their_task_s_note_and_deadline():
    from generator.corpus import annotate
    from generator.export import task_rows
    from generator.render_compare import plan_listings

    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n"
                 "1.深化行政审批制度改革，审批时限压减50%。（牵头单位：县政务服务局；配合单位：县司法局；"
                 "完成时限：2022年底前）\n（1）清理行政审批事项。\n（2）规范中介服务。（责任单位：县发改局）\n"
                 "2.推进权责清单制度。\n")
    annotations = annotate(plan)
    records = [json.loads("".join(row.json[0]) + '"equivalents":[]' + row.json[1] + '"topics":[]' + row.json[2])
               for row in task_rows(plan, annotations)]
    assert [(r["number"], r["lead"], r["partners"], r["deadlines"], r["targets"]) for r in records] == [
        ("一1(1)", ["县政务服务局"], ["县司法局"], ["2022年底前"], []),
        ("一1(2)", [], ["县发改局"], ["2022年底前"], []), ("一2", [], [], [], [])]
    # The lead-unit index lists the sub-item under its task's lead; the page shows the note once, where it is printed.
    assert [task.item("../") for tasks in plan_listings(plan, annotations).unit_items.values() for task in tasks] == [
        '<li><a href="../plans/moumou/#c1-i1-p1">一1(1) 清理行政审批事项</a>（县政务服务局）</li>']
    assert responsibility(plan.root).keys() == {"c1-i1", "c1-i1-p2"}


def test_a_heading_line_that_ends_with_its_note():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强组织领导（牵头单位：县委办）\n"
                 "2.落实第一责任人职责【责任单位：各乡镇】\n3.推进综合执法（县司法局牵头，各执法部门配合，2022年底前完成）\n"
                 "4.推进“放管服”改革（2021—2022年）\n")
    duty = responsibility(plan.root)
    assert [(task.title, task.note) for task in plan.tasks()] == [
        ("加强组织领导", "牵头单位：县委办"), ("落实第一责任人职责", "责任单位：各乡镇"),
        ("推进综合执法", "县司法局牵头，各执法部门配合，2022年底前完成"),
        # A bracket that names no unit is part of the heading.
        ("推进“放管服”改革（2021—2022年）", "")]
    assert (duty["c1-i1"].leads, duty["c1-i3"].leads, duty["c1-i3"].partners) == (("县委办",), ("县司法局",), ("各执法部门",))
    assert measures(plan.root)["c1-i3"] == (("2022年底前",), ())
    # The text under such a heading is the task's, not the chapter's closing words.
    texted = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强组织领导（牵头单位：县委办）\n"
                   "各单位要高度重视。\n2.推进严格执法（牵头单位：县司法局）\n全面推行三项制度。\n开展案卷评查。\n")
    assert [task.paragraphs for task in texted.tasks()] == [("各单位要高度重视。",), ("全面推行三项制度。", "开展案卷评查。")]
    assert texted.root["一"].closing == ()


def test_units_a_dash_sets_off_after_a_task_s_words_are_its_note():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.健全行政决策程序——县政府办\n"
                 "2.开展“八五”普法——县司法局、县委宣传部\n3.深化综合执法改革。——县委编办牵头，县司法局配合。\n"
                 "4.推进依法行政——以规范性文件为重点\n5.建设法治政府──县司法局\n")
    assert [(task.title, task.note) for task in plan.tasks()] == [
        ("健全行政决策程序", "县政府办"), ("开展“八五”普法", "县司法局、县委宣传部"),
        ("深化综合执法改革", "县委编办牵头，县司法局配合"),
        ("推进依法行政——以规范性文件为重点", ""),  # words after the dash, no units
        ("建设法治政府──县司法局", "")]  # a box's rule is no dash
    assert responsibility(plan.root)["c1-i2"].partners == ("县司法局", "县委宣传部")


def test_a_time_limit_in_words_is_a_deadline():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（责任单位：县委办；完成时限：持续推进）\n"
                 "2.加强培训。（牵头单位：县司法局；完成时限：2023年6月底前）\n3.加强宣传，长期坚持。（牵头单位：县委宣传部）\n")
    found = measures(plan.root)
    assert [found.get(task.anchor, ((), ()))[0] for task in plan.tasks()] == [("持续推进",), ("2023年6月底前",), ()]
    # A day, or a part of a month, is part of the deadline.
    dated = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习，2023年12月31日前完成。\n2.加强培训。（完成时限：2024年6月中旬前）\n")
    assert [measures(dated.root)[task.anchor][0] for task in dated.tasks()] == [("2023年12月31日前",), ("2024年6月中旬前",)]
    # A span of months is the deadline whole.
    spans = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.开展集中整治。（完成时限：2023年9月至12月）\n"
                  "2.开展评估。2023年3月—2024年6月底前完成。\n3.推进示范创建。（完成时限：2023年至2025年）\n"
                  "4.开展培训。2021年至2025年，每年开展一次。\n")
    assert [measures(spans.root).get(task.anchor, ((), ()))[0] for task in spans.tasks()] == [
        ("2023年9月至12月",), ("2023年3月—2024年6月底前",), ("2023年至2025年",), ()]  # 4.: a period, not a deadline


def test_a_note_s_label_alone_on_its_line_labels_the_line_below():
    """牵头单位： / 县司法局, as a table's cells copied a line each leave a note: the labels were empty notes, and
    their units the chapter's closing words."""
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。组织专题培训。\n牵头单位：\n县司法局\n"
                 "配合单位：\n县委组织部、县委宣传部\n【完成时限】\n2023年12月底前\n2.推进政务公开。\n责任单位：\n县政府办\n")
    first, second = plan.tasks()
    assert first.note == "牵头单位：县司法局；配合单位：县委组织部、县委宣传部；【完成时限】2023年12月底前"
    assert responsibility(plan.root)["c1-i2"].partners == ("县政府办",) and not plan.root["一"].closing
    assert measures(plan.root)["c1-i1"][0] == ("2023年12月底前",)
    # Units a line each below a label go on its list; a sentence below the note does not.
    listed = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。\n牵头单位：县司法局\n配合单位：\n"
                   "县委组织部\n县委宣传部\n各乡镇（街道）\n2.推进政务公开。\n牵头单位：县政府办\n县委宣传部负责宣传。\n")
    assert responsibility(listed.root)["c1-i1"].partners == ("县委组织部", "县委宣传部", "各乡镇（街道）")
    assert listed.tasks()[1].note == "牵头单位：县政府办" and listed.tasks()[1].paragraphs == ("县委宣传部负责宣传。",)


def test_labels_set_off_from_their_units_by_a_space():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n牵头单位　县委办\n配合单位　县司法局\n"
                 "2.加强宣传。（牵头单位　县委宣传部　配合单位　县文旅局）\n3.责任单位要切实履行职责。\n")
    duty = responsibility(plan.root)
    assert [(duty[a].leads, duty[a].partners) for a in ("c1-i1", "c1-i2")] == [
        (("县委办",), ("县司法局",)), (("县委宣传部",), ("县文旅局",))]
    # Or by 为: 牵头单位为X，配合单位为Y.
    named = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（牵头单位为县委办，配合单位为县司法局）\n")
    assert responsibility(named.root)["c1-i1"] == responsibility(plan.root)["c1-i1"]
    # Units listed with spaces between them, as tables copied to text list them.
    spaced = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（责任单位：县发改局 县司法局　县财政局 等）\n"
                   "2.加强宣传。（责任单位：各乡镇 （街道））\n")
    assert [responsibility(spaced.root)[a].partners for a in ("c1-i1", "c1-i2")] == [
        ("县发改局", "县司法局", "县财政局"), ("各乡镇 （街道）",)]
    # A sentence that opens with a label's words is no note.
    assert "c1-i3" not in duty and plan.tasks()[2].title == "责任单位要切实履行职责"


def test_a_sentence_under_a_heading_that_names_units_first_is_no_note_of_them():
    plan = _plan("某某市2022年度法治政府建设工作安排\n一、主要任务\n1.加快建设数字政府。（市大数据局负责）\n2.加强宣传。开展普法。市司法局、市委宣传部。\n三、强化组织保障\n"
                 "各县（市、区）政府、市政府各部门要于2022年12月10日前将本年度法治政府建设情况报送市委依法治市办。\n"
                 "四、加强督查\n各乡镇、各部门要将工作情况报送县司法局。\n")
    duty = responsibility(plan.root)
    assert "c3" not in duty and "c4" not in duty
    assert [node.paragraphs[0][:4] for node in plan.root.children[1:]] == ["各县（市", "各乡镇、"]
    # Units listed bare after a task's words still are its note.
    assert duty["c1-i2"].partners == ("市司法局", "市委宣传部")


def test_a_bracket_that_only_gives_a_time_limit_is_the_task_s_note():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。（完成时限：2023年6月底前）\n"
                 "2.研究部署法治政府建设工作。（时限要求：每季度）\n3.加强宣传（含新媒体）。\n")
    first, second, third = plan.tasks()
    assert (first.title, first.text, first.note) == ("加强学习", "", "完成时限：2023年6月底前")
    assert measures(plan.root)["c1-i2"][0] == ("每季度",)
    # A bracket that is no note stays in the text.
    assert third.note == "" and "（含新媒体）" in third.title + third.text
    # Labels in traditional script too; the time limit is given as printed.
    traditional = _plan("某某縣法治政府建設實施方案\n一、主要任務\n1.加強執法。（牽頭單位：縣司法局；時間要求：長期堅持）\n")
    assert measures(traditional.root)["c1-i1"][0] == ("長期堅持",)


def test_a_note_s_lines_under_a_task_may_label_its_time_limit_as_its_term_of_implementation():
    plan = _plan("某某区法治政府建设实施方案\n一、主要任务\n1.推进政府机构职能优化协同高效。\n责任主体：区委编办\n"
                 "实施期限：2023年—2025年\n2.加强重点领域立法建议。\n责任主体：区司法局\n实施时间：长期\n")
    first, second = plan.tasks()
    assert (first.paragraphs, second.paragraphs) == ((), ())
    assert first.note == "责任主体：区委编办；实施期限：2023年—2025年"
    assert [measures(plan.root)[a][0] for a in ("c1-i1", "c1-i2")] == [("2023年—2025年",), ("长期",)]


@pytest.mark.parametrize("organ", ["某某县司法局", "某某省司法厅", "某某市发展改革委", "某某盟行政公署", "某某县依法治县办",
                                   "某某县法治政府建设工作领导小组"])
def test_a_department_or_office_signs_as_a_government_does(organ):
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.加强培训。\n{organ}\n2023年2月1日\n")
    assert plan.tasks()[-1].paragraphs == () and plan.root.closing == (organ, "2023年2月1日")
    assert (plan.meta.issuer, plan.meta.issued) == (organ, "2023-02-01")


SIGNED_BEFORE_ITS_ANNEXES = """某某县2023年法治政府建设工作要点
一、主要任务
1.加强学习。（责任单位：县司法局）
2.加强培训。
某某县人民政府办公室
2023年3月1日
附件1：重点任务清单
一、依法行政
1.完善决策程序。
附件2：各单位联络员名单
序号\t单位\t联络员\t联系电话
1\t县司法局\t张三\t13800000000
"""


def test_a_plan_signed_before_its_annexes_keeps_its_signature_and_the_annexes_apart():
    plan = _plan(SIGNED_BEFORE_ITS_ANNEXES)
    assert (plan.meta.issuer, plan.meta.issued) == ("某某县人民政府办公室", "2023-03-01")
    assert plan.root["一"]["2"].paragraphs == ()
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2", "annex1", "annex1-c1",
                                                                         "annex1-c1-i1", "annex2"]
    # An annex that numbers nothing is a section of text in its place among the annexes, not the last
    # task's text, and no task.
    assert plan.root["附件1"]["一"]["1"].paragraphs == ()
    annex = plan.root["附件2"]
    assert (annex.title, annex.paragraphs) == ("各单位联络员名单", ("序号\t单位\t联络员\t联系电话", "1\t县司法局\t张三\t13800000000"))
    assert annex not in plan.tasks() and len(plan.tasks()) == 3
    assert plan.root.closing == ("某某县人民政府办公室", "2023年3月1日")


def test_an_annex_of_text_between_annexes_that_number_tasks_stands_in_its_place():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n附件1\n某某县法治政府建设指标\n1.指标一达到100%。\n"
                 "附件2\n联络员名单\n县司法局：张三\n附件3\n考核细则\n1.考核内容。\n附件4：某某县任务分工表\n")
    assert [(node.anchor, node.title) for node in plan.root.children] == [
        ("c1", "主要任务"), ("annex1", "某某县法治政府建设指标"), ("annex2", "联络员名单"), ("annex3", "考核细则")]
    assert plan.root["附件2"].paragraphs == ("县司法局：张三",)
    assert not [d for d in plan.diagnostics if "附件" in d.message]  # 附件2 is there: no jump from 附件1 to 附件3
    # An annex only named, its text not copied, stays the plan's closing words, its title too.
    assert plan.root.closing == ("附件4：某某县任务分工表",)
    named = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n附件\n某某县任务分工表\n")
    assert named.root.closing == ("附件", "某某县任务分工表") and named.tasks()[0].paragraphs == ()


def test_a_page_s_list_of_other_articles_and_its_footer_are_furniture_below_the_signature():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（牵头单位：县司法局）\n2.规范执法。（牵头单位：县司法局）\n"
                 "某某县人民政府\n2023年3月1日\n【打印本页】【关闭窗口】\n相关文章\n某某县召开2023年法治政府建设推进会\n"
                 "关于印发某某县行政执法监督办法的通知\n主办：某某县人民政府办公室　承办：某某县大数据中心\n")
    assert (plan.meta.issuer, plan.meta.issued, plan.meta.slug) == ("某某县人民政府", "2023-03-01", "moumou-2023")
    assert plan.root.closing == ("某某县人民政府", "2023年3月1日")
    assert responsibility(plan.root)["c1-i2"].leads == ("县司法局",)  # the footer's 主办 leads nothing
    assert [r.lineno for r in plan.cleaning.removed if r.reason in ("related links", "site footer")] == [8, 9, 10, 11]
    # Files offered for download below the signature, numbered as they may be, are no tasks.
    files = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n2.规范执法。\n某某县人民政府\n2023年3月1日\n"
                  "附件下载：\n1.某某县法治政府建设实施方案.pdf\n2.某某县重点任务分工表.xlsx\n")
    assert [task.anchor for task in files.tasks()] == ["c1-i1", "c1-i2"] and files.meta.issued == "2023-03-01"
    # Below the plan, the titles may be numbered.
    numbered = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n2.规范执法。\n某某县人民政府\n2023年3月1日\n"
                     "相关文章：\n1.某某县召开法治政府建设推进会\n2.关于印发某某县行政执法监督办法的通知\n")
    assert [task.anchor for task in numbered.tasks()] == ["c1-i1", "c1-i2"] and numbered.meta.issued == "2023-03-01"
    # A list's heading above the plan's text takes nothing below it but itself, whose headings are short.
    skeletal = _plan("相关阅读\n某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习\n2.规范执法\n")
    assert [task.anchor for task in skeletal.tasks()] == ["c1-i1", "c1-i2"]
    above = _plan("相关阅读\n某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n")
    assert above.meta.title == "某某县法治政府建设实施方案" and len(above.tasks()) == 1
    # A sidebar's list printed above the plan, its titles numbered, and the page's list at its foot too: before, the
    # titles above were the plan's first tasks and took its title, and those below were its last tasks.
    sides = _plan("相关文件：\n1.关于印发某某县优化营商环境若干措施的通知\n2.关于做好2023年普法工作的通知\n"
                  "某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n2.规范执法。\n某某县人民政府\n2023年3月1日\n"
                  "相关文章\n1.某某县召开法治政府建设推进会\n2.某某县司法局开展普法宣传\n")
    assert (sides.meta.title, [task.anchor for task in sides.tasks()]) == ("某某县法治政府建设实施方案", ["c1-i1", "c1-i2"])
    assert [r.lineno for r in sides.cleaning.removed if r.reason == "related links"] == [1, 2, 3, 10, 11, 12]
    # A link to the plan's interpretation among the page's numbered fields above it heads no interpretation: the
    # plan below it had been taken out as one.
    linked = _plan("1. [主题分类] 综合政务\n2. [发文机构] 某某县人民政府\n政策解读\n某某县法治政府建设实施方案\n"
                   "一、主要任务\n1.加强学习。\n")
    assert (linked.meta.title, [task.anchor for task in linked.tasks()]) == ("某某县法治政府建设实施方案", ["c1-i1"])
    # Bulleted titles of other articles end a page with no heading above them: not the last task's items.
    bulleted = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n2.规范执法。\n某某县人民政府\n2023年3月1日\n"
                     "● 关于印发某某县2023年法治政府建设工作要点的通知\n● 关于2023年度法治政府建设情况的报告\n")
    assert [task.anchor for task in bulleted.tasks()] == ["c1-i1", "c1-i2"] and bulleted.meta.issued == "2023-03-01"
    # A plan's own bulleted items at its end are its tasks.
    own = _plan("某某县法治政府建设实施方案\n一、主要任务\n● 制定行政规范性文件管理办法\n● 修订执法公示办法\n")
    assert [task.anchor for task in own.tasks()] == ["c1-b1", "c1-b2"]


@pytest.mark.parametrize("month,issued", [("2021年12月", "2021-12"), ("二〇二一年十二月", "2021-12"), ("2021.12", "2021-12")])
def test_a_signature_dated_by_its_month_alone_gives_the_issuer_and_the_month(month, issued):
    """A 规划 is often signed with the month it was adopted: its signature was the last chapter's closing words."""
    plan = _plan(f"某某县法治政府建设规划（2021—2025年）\n一、主要任务\n1.加强学习。（县司法局牵头）\n某某县人民政府\n{month}\n")
    assert (plan.meta.issuer, plan.meta.issued, plan.meta.slug) == ("某某县人民政府", issued, "moumou-2021")
    assert plan.root.children[0].closing == () and plan.root.closing == ("某某县人民政府", month)
    # A unit's short name over a month is no signature: a task table's last row copied a cell per line ends so.
    for unit in ("县政府办", "县委依法治县办"):
        unsigned = _plan(f"某某县法治政府建设规划（2021—2025年）\n一、主要任务\n1.加强学习。\n{unit}\n{month}\n")
        assert (unsigned.meta.issuer, unsigned.meta.issued) == ("", "")
    # An office or department after its place's name signs so too.
    office = _plan(f"某某县法治政府建设规划（2021—2025年）\n一、主要任务\n1.加强学习。\n某某县委依法治县办\n{month}\n")
    assert (office.meta.issuer, office.meta.issued) == ("某某县委依法治县办", issued)


def test_a_task_table_s_column_name_alone_on_a_line_is_no_title():
    """A table copied a cell per line prints its header a name to a line: 具体措施 names a kind of plan's words."""
    plan = _plan("某某县2024年法治政府建设重点任务清单\n序号\n重点任务\n具体措施\n牵头单位\n1\n加强学习培训\n"
                 "将习近平法治思想纳入培训。\n组织专题讲座。\n县委组织部\n")
    assert plan.meta.title == "某某县2024年法治政府建设重点任务清单"


def test_a_signature_after_the_last_task_is_no_text_of_that_task():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n2.推进严格执法。\n\n"
                 "中共某某县委办公室\n某某县人民政府办公室\n2024年3月1日\n（此件公开发布）\n")
    last = plan.tasks()[-1]
    assert (last.title, last.text, last.paragraphs) == ("推进严格执法", "", ())
    assert "c1-i2" not in measures(plan.root)  # the signing date is no deadline
    assert plan.root.closing == ("中共某某县委办公室", "某某县人民政府办公室", "2024年3月1日")
    assert ("（此件公开发布）", "document remark") in {(removal.text, removal.reason) for removal in plan.cleaning.removed}
    assert (plan.meta.issuer, plan.meta.issued) == ("中共某某县委办公室、某某县人民政府办公室", "2024-03-01")
    # The document's imprint below the signature (抄送 …, … 印发) does not hide it.
    imprinted = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n某某县人民政府办公室\n2024年3月1日\n"
                      "抄送：县委办，县人大办。\n某某县人民政府办公室　　2024年3月2日印发\n")
    assert (imprinted.tasks()[0].paragraphs, imprinted.meta.issued) == ((), "2024-03-01")
    # Also after a chapter with no numbered tasks, and with a date written with dots.
    plain = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n二、保障措施\n各单位要高度重视。\n"
                  "某某县人民政府\n2024.3.1\n")
    assert plain.root.children[-1].paragraphs == ("各单位要高度重视。",)
    assert (plain.meta.issuer, plain.meta.issued) == ("某某县人民政府", "2024-03-01")


BOXES = """某某省法治政府建设规划（2021—2025年）
一、全面履行政府职能
（一）深化“放管服”改革。持续精简行政许可事项。
专栏1　“放管服”改革重点工程
1.证明事项告知承诺制推广工程。
2.“一网通办”提升工程。
（二）优化法治化营商环境。全面清理妨碍公平竞争的规定。
二、完善依法行政制度体系
（一）加强重点领域立法。
1.推进地方立法。
2.加强立法评估。
專欄2：立法重點項目
地方性法规10件。
3.加强备案审查。
"""


def test_a_box_numbers_its_own_list_beside_the_tasks_and_the_outline_goes_on_after_it():
    plan = _plan(BOXES)
    assert [(task.anchor, task.number) for task in plan.tasks()] == [
        ("c1-s1", "一(一)"), ("c1-box1-i1", "一专栏1·1"), ("c1-box1-i2", "一专栏1·2"), ("c1-s2", "一(二)"),
        ("c2-s1-i1", "二(一)1"), ("c2-s1-i2", "二(一)2"), ("c2-s1-i3", "二(一)3")]
    first_box = plan.root["一"].children[1]
    assert (first_box.marker.printed, first_box.title) == ("专栏1", "“放管服”改革重点工程")
    # A box that numbers nothing is text beside the tasks, not a task; the plan's 3. after it
    # goes on with its list, not the box's.
    second_box = plan.root["二"]["一"].children[2]
    assert (second_box.anchor, second_box.marker.printed, second_box.title, second_box.paragraphs) == (
        "c2-s1-box2", "專欄2", "立法重點項目", ("地方性法规10件。",))
    assert not plan.diagnostics


BOXES_IN_CHAPTERS = """某某省法治政府建设规划（2021—2025年）
为加快建设法治政府，制定本规划。
第一章　总体要求
第一节　主要目标
到2025年，政府行为全面纳入法治轨道。
专栏1主要指标
政务服务事项网上可办率100%
第二章　依法全面履行政府职能
第一节　深入推进“放管服”改革
1.深化行政审批制度改革。全面实行清单管理。（牵头单位：省政务服务局；配合单位：省司法厅）
专栏2　重点改革任务
1.推行“证照分离”改革全覆盖。
2.建设全省一体化政务服务平台。
第三章　健全行政执法工作体系
第一节　深化行政执法体制改革
2.完善行政执法程序。全面推行三项制度。（牵头单位：省司法厅；配合单位：省公安厅）
专栏3　重点执法领域
1.食品药品。
第四章　保障措施
各级政府要加强组织领导。
"""


def test_boxes_in_a_plan_of_chapters_and_divisions_also_on_a_page_that_lost_its_line_breaks():
    """A box whose heading runs into its words (专栏1主要指标, its gap lost) is one; on a page that lost its line breaks,
    each box is cut from the text before it and its list from its heading, and the plan's tasks count on after it from
    the next chapter (2. after 第三章). Before, the boxes and all after them were the words of the task above."""
    for plan in _lined_and_glued(BOXES_IN_CHAPTERS):
        boxes = [node for node in plan.root.walk() if node.marker and node.marker.family == "box"]
        assert [node.anchor for node in boxes] == ["part1-box1", "part2-sec1-box2", "part3-sec1-box3"]
        assert boxes[0].title.startswith("主要指标") and [node.title for node in boxes[1:]] == ["重点改革任务", "重点执法领域"]
        assert [task.anchor for task in plan.tasks()] == [
            "part1-sec1", "part2-sec1-i1", "part2-sec1-box2-i1", "part2-sec1-box2-i2", "part3-sec1-i2",
            "part3-sec1-box3-i1", "part4"]
        duty = responsibility(plan.root)
        assert (duty["part3-sec1-i2"].leads, duty["part3-sec1-i2"].partners) == (("省司法厅",), ("省公安厅",))


def test_a_year_in_chinese_numerals_or_before_the_place_in_a_title():
    def read(title):
        meta = _plan(f"{title}\n一、主要任务\n1.加强学习。\n").meta
        return meta.jurisdiction, meta.period, meta.department, meta.slug
    # 平安县 was coded under 海东地区, since 海东市: the text names no city, the codes do.
    assert read("二〇二三年平安县法治政府建设工作要点") == ("海东市平安县", "2023", "", "pingan-2023")
    assert read("2023年度平安县司法局法治政府建设工作计划") == ("海东市平安县", "2023", "司法局", "pingan-sifaju-2023")
    assert read("平安县二○二二年法治政府建设工作要点")[1] == "2022"
    assert read("某某市法治政府建设规划（二〇二一—二〇二五年）")[1] == "2021–2025"


def test_a_note_s_parts_apart_by_commas_and_labels_of_other_kinds_name_no_unit():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n"
                 "1.推进执法。（牵头单位：县司法局，配合单位：县公安局、县市场监管局，完成时限：年内完成）\n"
                 "2.推进公开。（责任部门：县政府办；时间要求：2023年9月底前）\n"
                 "3.加强监督。（责任单位：县监委；工作要求：每季度报送进展）\n"
                 "4.加强协作。（牵头单位：县司法局；协作单位：县公安局、县法院）\n")
    duty, found = responsibility(plan.root), measures(plan.root)
    assert [(duty[a].leads, duty[a].partners) for a in ("c1-i1", "c1-i2", "c1-i3")] == [
        (("县司法局",), ("县公安局", "县市场监管局")), ((), ("县政府办",)), ((), ("县监委",))]
    # A label of units not listed among the known ones names units that take part.
    assert (duty["c1-i4"].leads, duty["c1-i4"].partners) == (("县司法局",), ("县公安局", "县法院"))
    # A unit that oversees a task does none of it; a bare 时间 within a note labels its time limit.
    overseen = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强复议。（督办单位：县委依法治县办；责任单位：县司法局）\n"
                     "2.化解矛盾。（责任单位：县司法局，时间：全年）\n")
    assert [(r.leads, r.partners) for r in responsibility(overseen.root).values()] == [((), ("县司法局",))] * 2
    assert measures(overseen.root)["c1-i2"][0] == ("全年",)
    more = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n责任主体：县委办、县司法局\n"
                 "2.加强宣传。（主办单位：县委宣传部；承办单位：县文旅局）\n3.加强监督。\n实施主体：各乡镇人民政府\n")
    assert [(r.leads, r.partners) for r in responsibility(more.root).values()] == [
        ((), ("县委办", "县司法局")), (("县委宣传部",), ("县文旅局",)), ((), ("各乡镇人民政府",))]
    # A department's own plan names its divisions.
    divisions = _plan("某某省司法厅2023年法治政府建设工作要点\n一、主要任务\n"
                      "1.加强立法。（牵头处室：立法一处；配合处室：立法二处、法规处）\n2.加强执法监督。\n责任处室：执法监督处\n")
    assert [(r.leads, r.partners) for r in responsibility(divisions.root).values()] == [
        (("立法一处",), ("立法二处", "法规处")), ((), ("执法监督处",))]
    # Role words as labels, before a colon; 负责为… opens a sentence.
    roles = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（牵头：县司法局；配合：县公安局）\n"
                  "2.加强执法。（责任：县司法局）\n3.加强宣传。\n牵头：县委宣传部\n配合：县文旅局\n4.落实责任。\n负责为企业提供法律服务。\n")
    assert {a: (r.leads, r.partners) for a, r in responsibility(roles.root).items()} == {
        "c1-i1": (("县司法局",), ("县公安局",)), "c1-i2": ((), ("县司法局",)), "c1-i3": (("县委宣传部",), ("县文旅局",))}
    assert roles.tasks()[3].paragraphs == ("负责为企业提供法律服务。",)
    assert (found["c1-i1"][0], found["c1-i2"][0]) == (("年内完成",), ("2023年9月底前",))


def test_a_number_on_a_line_of_its_own_numbers_the_line_below():
    plan = _plan("某某县法治政府建设实施方案\n一、\n主要任务\n1.\n加强学习。全面学习法治思想。\n2．\n推进执法。（牵头单位：县司法局）\n"
                 "3.\n4.加强监督。\n")
    assert [(node.anchor, node.title, node.lineno) for node in plan.root.walk() if node.marker][:3] == [
        ("c1", "主要任务", 2), ("c1-i1", "加强学习", 4), ("c1-i2", "推进执法", 6)]
    assert responsibility(plan.root)["c1-i2"].leads == ("县司法局",)
    # A number followed by another number is left as it is.
    assert [(node.anchor, node.title) for node in plan.root.walk() if node.marker][3:] == [
        ("c1-i3", ""), ("c1-i4", "加强监督")]


NOTICE_WITH_ANNEXES = """平安县人民政府关于印发平安县法治政府建设实施方案的通知
各乡镇人民政府，县政府各部门：
现将《平安县法治政府建设实施方案》印发给你们，请认真贯彻落实。
附件：1.平安县法治政府建设实施方案
2.平安县法治政府建设重点任务分工表
平安县人民政府
2023年3月10日
附件1
平安县法治政府建设实施方案
一、总体要求
坚持以习近平法治思想为指导。
二、主要任务
1.深化改革。
2.加强执法。（牵头单位：县司法局）
附件2
平安县法治政府建设重点任务分工表
序号\t重点任务\t牵头单位\t完成时限
1\t深化改革\t县发改局\t2023年底
2\t加强执法\t县公安局\t长期坚持
"""


def test_a_notice_that_lists_its_annexes_then_prints_the_plan_as_its_first_annex():
    plan = _plan(NOTICE_WITH_ANNEXES)
    assert (plan.meta.title, plan.meta.issued, plan.meta.slug) == ("平安县法治政府建设实施方案", "2023-03-10", "pingan-2023")
    assert [task.anchor for task in plan.tasks()] == ["c1", "c2-i1", "c2-i2"]
    # The second annex, a task table, is shown after the plan under its heading and gives task 1 its units.
    assert plan.root.closing[:2] == ("附件2", "平安县法治政府建设重点任务分工表") and not plan.root["二"].closing
    duty = responsibility(plan.root)
    assert (duty["c2-i1"].leads, duty["c2-i2"].leads) == (("县发改局",), ("县司法局",))


def test_a_rule_of_law_committee_s_plan_is_its_place_s_and_the_committee_issues_it():
    def read(title):
        meta = _plan(f"{title}\n一、主要任务\n1.加强学习。\n").meta
        return meta.jurisdiction, meta.issuer, meta.slug
    assert read("中共平安县委全面依法治县委员会2023年工作要点") == ("海东市平安县", "中共平安县委全面依法治县委员会",
                                                                "pingan-2023")
    assert read("平安县全面依法治县委员会办公室关于印发2023年法治政府建设工作要点的通知")[::2] == ("海东市平安县",
                                                                                   "pingan-2023")
    # A place's own name before the year is no organ.
    assert read("平安县2023年法治政府建设工作要点") == ("海东市平安县", "", "pingan-2023")


SHORT_WORK_POINTS = """某某镇2023年法治政府建设工作要点
为深入推进依法行政，结合我镇实际，制定本要点。
一、加强党的领导
1.认真履行推进法治建设第一责任人职责。（责任单位：镇党政办）
2.落实领导干部学法制度，全年集体学法不少于4次。（责任单位：镇司法所）
二、规范行政执法
3.全面推行行政执法三项制度，严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，规范执法行为。（责任单位：镇综合行政执法队）
某某镇人民政府
2023年3月1日
附件：某某镇2023年法治政府建设重点任务分工表
"""


@pytest.mark.parametrize(("parting", "preamble"), [("\n", None), (" ", None), ("", None), ("", ""),
                                                  ("", "某镇发〔2023〕8号\n")],
                         ids=["lines", "spaces", "nothing", "nothing-and-no-preamble", "nothing-and-its-number"])
def test_a_short_plan_that_lost_its_line_breaks_reads_as_it_did_with_them(parting, preamble):
    """A line that holds nearly the whole text is a page that lost its line breaks, however short: a
    township's 工作要点 glued (its annex only named, which once took all the outline as its text), its
    title run into its preamble or straight into its outline (…工作要点一、加强…), or its document's
    number into its outline (…〔2023〕8号一、加强…)."""
    text = SHORT_WORK_POINTS if preamble is None else SHORT_WORK_POINTS.replace(
        "为深入推进依法行政，结合我镇实际，制定本要点。\n", preamble)
    plan = _plan(text.replace("\n", parting))
    assert (plan.meta.title, plan.meta.issuer, plan.meta.issued) == (
        "某某镇2023年法治政府建设工作要点", "某某镇人民政府", "2023-03-01")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2", "c2", "c2-i3"]
    assert [responsibility(plan.root)[task.anchor].partners for task in plan.tasks()] == [
        ("镇党政办",), ("镇司法所",), ("镇综合行政执法队",)]


@pytest.mark.parametrize("field", ["视力保护色：", "索引号：000014349/2023-00012", "原文链接：http://www.moumou.gov.cn/a.html"])
def test_a_glued_page_s_title_is_cut_from_the_field_or_furniture_it_runs_on_from(field):
    """A page that lost its line breaks and its spaces runs its fields into the plan's title: the title had taken them
    in (视力保护色：某某镇…), or been lost with them as page tools."""
    plan = _plan(field + SHORT_WORK_POINTS.replace("\n", ""))
    assert (plan.meta.title, plan.meta.issued) == ("某某镇2023年法治政府建设工作要点", "2023-03-01")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2", "c2", "c2-i3"]
    # A place of one character, or an autonomous county's long name, opens the title as well.
    for place in ("单县", "双江拉祜族佤族布朗族傣族自治县"):
        titled = _plan(field + SHORT_WORK_POINTS.replace("某某镇2023", place + "2023").replace("\n", ""))
        assert titled.meta.title == f"{place}2023年法治政府建设工作要点"


@pytest.mark.parametrize("parting", ["", " "])
def test_a_very_short_plan_on_one_line_reads_as_it_does_with_its_lines(parting):
    """A township's 工作要点 of under 200 characters, glued: it was read as one line, and had no task."""
    text = ("某某镇2024年法治建设工作要点\n一、加强学习\n1.组织学法。（司法所负责）\n2.开展培训。（党政办负责）\n"
            "二、推进依法行政\n3.落实决策程序。（党政办负责）")
    lined, glued = _lined_and_glued(text, parting)
    assert len(text) < 100 and glued.meta.title == lined.meta.title == "某某镇2024年法治建设工作要点"
    assert [(node.anchor, node.title, node.note) for node in glued.root.walk()] == [
        (node.anchor, node.title, node.note) for node in lined.root.walk()]
    assert [node.anchor for node in glued.tasks()] == ["c1-i1", "c1-i2", "c2-i3"]


@pytest.mark.parametrize("signature", ["某某镇人民政府\n2023年3月1日", "某某镇人民政府\n二〇二三年三月一日"])
def test_a_glued_plan_s_signature_after_its_last_sentence_signs_it(signature):
    """…各部门要抓好落实。某某镇人民政府2023年3月1日: the signature was the closing chapter's text."""
    text = (f"某某镇2023年法治政府建设工作要点\n一、主要任务\n1.组织学法。（司法所负责）\n2.开展培训。（党政办负责）\n"
            f"二、工作要求\n各村要结合实际抓好落实。\n{signature}\n抄送：某某县司法局。")
    lined, glued = _lined_and_glued(text)
    assert (glued.meta.issuer, glued.meta.issued) == (lined.meta.issuer, lined.meta.issued) == ("某某镇人民政府", "2023-03-01")
    words = glued.root["二"]  # its heading and sentence run together: a chapter's heading, then a clause
    assert (words.title, words.text, words.paragraphs) == ("工作要求", "各村要结合实际抓好落实。", ())


@pytest.mark.parametrize("organ", ["某某县人民政府", "某某镇人民政府", "单县人民政府", "某某街道办事处"])
def test_a_glued_plan_signed_right_after_its_last_note_is_signed_by_the_place_its_title_opens_with(organ):
    """…牵头单位：党政办某某镇人民政府2023年3月1日: a township's, a street's or a one-letter county's organ had
    been the last task's unit, as only a county's or city's place of two to six letters was looked for."""
    place = organ.removesuffix("人民政府").removesuffix("办事处")
    plan = _plan(f"{place}2023年法治政府建设工作要点一、主要任务1.组织学法。牵头单位：司法所2.开展培训。"
                 f"牵头单位：党政办{organ}2023年3月1日")
    assert (plan.meta.issuer, plan.meta.issued) == (organ, "2023-03-01")
    assert [task.note for task in plan.tasks()] == ["牵头单位：司法所", "牵头单位：党政办"]


def test_a_chapter_s_heading_run_into_its_first_sentence_is_its_heading_again():
    """A page that lost its line breaks runs a chapter's heading, in the words plans head chapters with, into the
    chapter's first sentence (一、总体要求坚持以…，…。): the heading was the whole sentence. A heading that goes on
    in a word of its own (组织领导小组…) or a noun (重点工作任务清单…) is left whole, as is one with no sentence after it."""
    text = ("某某县2023年法治政府建设工作要点\n为深入推进法治政府建设，制定本要点。\n一、总体要求\n坚持以习近平法治思想为指导，全面推进依法行政。\n"
            "二、主要任务\n1.加强学习。组织专题学习。（县司法局负责）\n2.规范执法。推行三项制度。（县公安局负责）\n"
            "三、保障措施\n各单位要加强组织领导，确保任务落实。\n")
    lined, glued = _lined_and_glued(text)
    def reading(plan):  # a heading's sentence is its text on its line, a paragraph below it
        return [(node.anchor, node.title, "".join((node.text, *node.paragraphs))) for node in plan.root.walk()]

    assert reading(glued) == reading(lined)
    assert (glued.root["一"].title, glued.root["三"].text) == ("总体要求", "各单位要加强组织领导，确保任务落实。")
    for whole in ("组织领导小组办公室设在县司法局", "重点工作任务清单见附件", "主要任务完成情况"):
        assert _plan(f"某某县2023年法治政府建设工作要点\n一、{whole}。\n二、主要任务\n").root["一"].title == whole


@pytest.mark.parametrize("signature", ["某某县人民政府\n2021年5月3日", "某某县人民政府　二〇二一年五月三日\n（此件公开发布）"])
def test_a_glued_covering_notice_gives_its_title_number_issuer_and_date(signature):
    """A notice run together with its plan: its title ending 的通知 after the plan's period, its organ and date
    apart by a space, a remark under them (（此件公开发布）), each cut as a line, as the notice prints them."""
    text = ("某某县人民政府关于印发某某县法治政府建设规划（2021—2025年）的通知\n某政办〔2021〕91号\n各乡镇人民政府，县直各部门：\n"
            f"现将《某某县法治政府建设规划（2021—2025年）》印发给你们，请认真贯彻执行。\n{signature}\n"
            "某某县法治政府建设规划（2021—2025年）\n为加快建设法治政府，制定本规划。\n一、主要任务\n1.加强学习。组织专题学习。\n")
    lined, glued = _lined_and_glued(text)
    fields = ("title", "issuer", "issued", "doc_number", "notice_title")
    assert [getattr(glued.meta, name) for name in fields] == [getattr(lined.meta, name) for name in fields] == [
        "某某县法治政府建设规划（2021—2025年）", "某某县人民政府", "2021-05-03", "某政办〔2021〕91号",
        "某某县人民政府关于印发某某县法治政府建设规划（2021—2025年）的通知"]


@pytest.mark.parametrize("place", ["前进区", "前郭尔罗斯蒙古族自治县"])
def test_a_glued_notice_s_date_before_a_place_named_with_前_ends_its_signature(place):
    """…2023年3月1日前进区2023年…工作要点: the date read as a deadline (3月1日前), and the notice ran on into the plan's
    title, which was lost with the date."""
    text = (f"{place}人民政府办公室关于印发{place}2023年法治政府建设工作要点的通知\n各乡镇人民政府：\n"
            f"现将《{place}2023年法治政府建设工作要点》印发给你们。\n{place}人民政府办公室\n2023年3月1日\n"
            f"{place}2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.加强培训。\n")
    glued = _plan(text.replace("\n", ""))
    assert (glued.meta.title, glued.meta.issued) == (f"{place}2023年法治政府建设工作要点", "2023-03-01")


@pytest.mark.parametrize("points", ["", "一、提高思想认识。各单位要高度重视。\n二、强化责任落实。各单位要明确责任。\n"],
                         ids=["no-points", "numbered-points"])
@pytest.mark.parametrize("annexes", ["", "附件：1.重点任务分工表\n2.考核办法\n"], ids=["no-annexes", "annexes"])
@pytest.mark.parametrize("signature", ["某某县人民政府办公室\n2023年3月1号", "中共某某县委办公室　　某某县人民政府办公室\n2023年3月1日"],
                         ids=["one-organ", "joint-organs"])
def test_a_glued_notice_with_its_own_points_and_annexes_reads_as_it_does_with_its_lines(points, annexes, signature):
    """A notice with no organ in its title, numbering its own points (which were the plan's chapters, the plan an
    annex) or listing its annexes above its signature (which was their last title's), run together with the page's
    date of posting, its plan's title and its document's number and date."""
    text = ("首页 > 政务公开 > 政策文件\n发布时间：2023-03-01\n关于印发《某某县法治政府建设实施方案》的通知\n"
            "某政办〔2023〕8号　　　　2023年3月1日\n各乡镇人民政府，县直各部门：\n"
            f"现将《某某县法治政府建设实施方案》印发给你们，请认真贯彻执行。\n{points}{annexes}{signature}\n"
            "某某县法治政府建设实施方案\n为加快建设法治政府，结合实际，制定本方案。\n一、主要任务\n1.加强学习。组织专题学习。（牵头单位：县司法局）\n"
            "2.规范执法。推行三项制度。\n二、保障措施\n各部门要加强组织领导。\n")
    lined, glued = _lined_and_glued(text)
    fields = ("title", "issuer", "issued", "doc_number", "notice_title")
    assert [getattr(glued.meta, name) for name in fields] == [getattr(lined.meta, name) for name in fields]
    assert (glued.meta.title, glued.meta.issuer.split("、")[-1], glued.meta.issued) == (
        "某某县法治政府建设实施方案", "某某县人民政府办公室", "2023-03-01")
    assert [node.anchor for node in glued.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2", "c2"]


@pytest.mark.parametrize("preamble", ["為加快建(jiàn)設(shè)法治政府，制定本方案。\n", ""], ids=["preamble", "no-preamble"])
def test_a_glued_page_with_readings_glued_after_its_characters_reads_as_it_does_with_its_lines(preamble):
    """Readings (設(shè)) take a third of the line's length, which then held too little of the text to be a page;
    with no preamble, the plan's title that the notice cites runs into the outline after the notice's date."""
    text = ("關於印發《青山縣法治政府建(jiàn)設(shè)實(shí)施方案》的通知\n青府發(fā)〔2024〕3號\n各區(qū)縣人民政府，市直各部門：\n"
            "現(xiàn)將《青山縣法治政府建(jiàn)設(shè)實(shí)施方案》印發(fā)給你們，請認(rèn)真貫徹執(zhí)行。\n青山縣人民政府\n2024年5月24日\n"
            f"青山縣法治政府建(jiàn)設(shè)實(shí)施方案\n{preamble}一、主要任務(wù)\n1.加強(qiáng)學(xué)習(xí)。組織專題學(xué)習(xí)。（牽頭單位：司法局）\n"
            "2.規(guī)範執(zhí)法。推行三項制度。\n")
    lined, glued = _lined_and_glued(text)
    fields = ("title", "issuer", "issued", "doc_number")
    assert [getattr(glued.meta, name) for name in fields] == [getattr(lined.meta, name) for name in fields] == [
        "青山縣法治政府建設實施方案", "青山縣人民政府", "2024-05-24", "青府發〔2024〕3號"]
    assert [node.anchor for node in glued.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2"]


@pytest.mark.parametrize(("note", "signature", "issued"), [
    ("（牵头单位：县公安局）", "某某县人民政府（盖章）\n2023年3月1日", "2023-03-01"),
    ("\n牵头单位：县公安局", "某某县人民政府\n2023年3月1日\n（此件公开发布）", "2023-03-01"),
    ("", "某某县人民政府\n2023年3月\n附件：重点任务分工表", "2023-03"),
    ("", "中共某某县委办公室　　某某县人民政府办公室\n2023年3月1日\n抄送：县委办。\n某某县人民政府办公室　　2023年3月1日印发",
     "2023-03-01")], ids=["seal", "unbracketed-note-and-remark", "month-and-annex", "joint-and-imprint"])
@pytest.mark.parametrize("closing", ["", "本要点自印发之日起施行。\n", "各单位要于2023年12月10日前将落实情况报送县委依法治县办。\n"],
                         ids=["no-closing", "closing-words", "closing-charge"])
def test_what_follows_a_glued_plan_s_last_task_reads_as_it_does_with_its_lines(note, signature, issued, closing):
    """A seal's note, a month's date, a remark glued to the date, a signature after a note's units, closing
    words after the last task's sentence: the plan had no issuer, or its last task took the closing words."""
    text = ("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。组织专题学习。（牵头单位：县司法局）\n"
            f"2.规范执法。推行三项制度。{note}\n{closing}{signature}\n")
    lined, glued = _lined_and_glued(text)
    assert (glued.meta.issuer, glued.meta.issued) == (lined.meta.issuer, lined.meta.issued)
    assert (glued.meta.issuer.split("、")[-1].removeprefix("中共某某县委办公室"), glued.meta.issued) == (
        signature.split("\n")[0].split("　")[-1].removesuffix("（盖章）"), issued)
    last = glued.tasks()[-1]
    assert (last.text, last.paragraphs, glued.root.closing) == ("推行三项制度。", (), lined.root.closing)
    assert responsibility(glued.root).get(last.anchor) == responsibility(lined.root).get(last.anchor)


def test_a_glued_chapter_s_words_before_its_first_section_are_its_own():
    """二、主要任务全面履行政府职能。（一）…: the section after the chapter's sentence was part of it."""
    text = ("某某县法治政府建设实施方案\n为加快建设法治政府，制定本方案。\n一、总体要求\n坚持以习近平法治思想为指导。\n"
            "（一）指导思想。坚持党的领导。\n（二）主要目标。到2025年基本建成法治政府。\n二、主要任务\n全面履行政府职能。\n"
            "（一）深化改革。推进简政放权。（牵头单位：县政务服务中心）\n（二）优化服务。推行一网通办。\n")
    lined, glued = _lined_and_glued(text)
    assert [node.anchor for node in glued.root.walk()] == [node.anchor for node in lined.root.walk()] == [
        "", "c1", "c1-s1", "c1-s2", "c2", "c2-s1", "c2-s2"]
    # Its heading and sentence run together, with nothing to tell them apart.
    assert (glued.root["二"].title, lined.root["二"].title) == ("主要任务全面履行政府职能", "主要任务")


def test_a_glued_plan_whose_title_names_no_kind_of_plan_is_cut_from_its_outline():
    """2023年依法治镇工作一、…工作要点1、…: the title ran on to the first chapter's heading, which names a kind of plan,
    and the chapter was lost; a title that names none is the words before the outline's 一、, where a 二、 follows."""
    text = ("2023年依法治镇工作\n一、认真贯彻落实县依法治县2023年工作要点\n1、认真贯彻落实县依法治县工作。全镇各单位要开展自查。\n"
            "2、推动争创法治建设工作。发挥党委的领导核心作用。\n二、加强法治政府建设\n1、健全镇便民服务中心建设。完善运作机制。\n")
    lined, glued = _lined_and_glued(text)
    assert glued.meta.title == lined.meta.title == "2023年依法治镇工作"
    assert [node.anchor for node in glued.root.walk()] == [node.anchor for node in lined.root.walk()] == [
        "", "c1", "c1-i1", "c1-i2", "c2", "c2-i1"]


@pytest.mark.parametrize("labels", [("牵头单位：", "配合单位："), ("【牵头单位】", "【配合单位】")], ids=["colons", "squares"])
def test_units_named_with_their_other_names_in_brackets_keep_them_in_a_glued_plan(labels):
    """县政府办（县大数据中心）: the bracket closed a note without brackets, so the next number ran on in it, a label
    run on after it stayed in the unit's name, and at a task's end it was read as a note of its own."""
    lead, partner = labels
    text = ("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。组织实施。\n"
            f"{lead}县委宣传部（县委网信办）\n{partner}县检察院、县农业农村局（县乡村振兴局）\n2.规范执法。组织实施。\n"
            f"{lead}县综合行政执法局、县政府办（县大数据中心）\n{partner}县发改局（县粮食和物资储备局）\n")
    lined, glued = _lined_and_glued(text)
    duties = responsibility(glued.root)
    assert [(duties[task.anchor].leads, duties[task.anchor].partners) for task in glued.tasks()] == [
        (("县委宣传部（县委网信办）",), ("县检察院", "县农业农村局（县乡村振兴局）")),
        (("县综合行政执法局", "县政府办（县大数据中心）"), ("县发改局（县粮食和物资储备局）",))]
    assert [task.anchor for task in glued.tasks()] == [task.anchor for task in lined.tasks()] == ["c1-i1", "c1-i2"]
    # So does a labelled note that ends a task's line: the bracket was a note of its own, another lead.
    same_line = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。组织实施。牵头单位：县政府办（县大数据中心）\n")
    assert responsibility(same_line.root)["c1-i1"].leads == ("县政府办（县大数据中心）",)


@pytest.mark.parametrize("parting", ["", " "])
@pytest.mark.parametrize("numbers", [("一、", "二、"), ("1.", "2.")])
def test_a_plan_of_two_tasks_on_one_line_reads_as_it_does_with_its_lines(parting, numbers):
    """Under 60 characters glued, a plan had been read as one line: no title, no place, no task."""
    first, second = numbers
    text = f"某某县法治政府建设工作要点\n{first}加强党的领导。（牵头单位：县委办）\n{second}推进依法决策。（牵头单位：县司法局）"
    lined, glued = _plan(text), _plan(text.replace("\n", parting))
    assert len(text) < 60 and glued.meta.title == lined.meta.title == "某某县法治政府建设工作要点"
    assert [(node.anchor, node.title, node.note) for node in glued.tasks()] == [
        (node.anchor, node.title, node.note) for node in lined.tasks()]
    assert len(glued.tasks()) == 2


def test_a_glued_list_of_tasks_titled_as_one_is_cut_from_its_outline():
    text = ("某某县2023年法治政府建设重点工作任务一、重点任务1.加强行政复议规范化建设，提升办案质量。（牵头单位：县司法局）"
            "2.推进“互联网+监管”，提升监管效能。（牵头单位：县市场监管局）二、保障措施3.加强组织领导，压实工作责任，"
            "确保各项任务落到实处。（牵头单位：县委依法治县办）4.加强督促检查，定期通报进展，推动工作落实。"
            "各单位要高度重视，结合实际细化措施，确保年度任务按时完成，并于每季度末报送工作进展情况。")
    plan = _plan(text)
    assert plan.meta.title == "某某县2023年法治政府建设重点工作任务"
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2", "c2", "c2-i3", "c2-i4"]
    # So is a plan's title from its first article.
    articles = _plan("某某县推进法治政府建设十条措施第一条　健全依法决策机制。重大行政决策事项全部经过合法性审查。责任单位：县司法局。"
                     "第二条　规范行政执法行为。全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。责任单位：县司法局。"
                     "第三条　加强行政复议应诉工作。行政机关负责人出庭应诉率达到100%，行政复议决定全部依法公开。责任单位：县司法局。"
                     "第四条　本措施自印发之日起施行，由县司法局负责解释。各单位要结合实际抓好贯彻落实。")
    assert articles.meta.title == "某某县推进法治政府建设十条措施"
    assert [node.anchor for node in articles.root.walk() if node.marker] == ["art1", "art2", "art3", "art4"]
    assert articles.tasks()[0].note == "责任单位：县司法局"  # a labelled note's full stop is its sentence's


GLUED_SUB_ITEMS = """某某区2023年法治政府建设工作要点
一、深入学习贯彻习近平法治思想
1．把学习贯彻习近平法治思想纳入区政府常务会议学法内容。（区司法局牵头，各街道、区直各部门负责）
2．组织开展领导干部应知应会法律法规清单制度。
（1）制定年度学法清单；
（2）开展年度述法工作。
责任单位：区委组织部、区司法局
二、健全依法决策机制
3．严格执行《重大行政决策程序暂行条例》。
①落实公众参与程序；
②落实专家论证程序。
（牵头单位：区政府办公室；完成时限：2023年12月底前）
"""


@pytest.mark.parametrize("script,sub_item", [("simplified", "（{}）"), ("traditional", "（{}）"), ("simplified", "{}）"),
                                             ("simplified", "{})")])
def test_a_glued_plan_s_sub_items_and_a_note_without_brackets_end_where_they_did(script, sub_item):
    """In a whole plan on one line, （1） (or 1）, 1)) and ① open sub-items after a paragraph's end as 1. does, and a
    note printed without brackets (责任单位：…) ends its paragraph before the next chapter's number."""
    text = GLUED_SUB_ITEMS.replace("（1）", sub_item.format(1)).replace("（2）", sub_item.format(2))
    text = text if script == "simplified" else opencc.OpenCC("s2t").convert(text)
    lined, glued = _lined_and_glued(text)
    anchors = [node.anchor for node in lined.root.walk() if node.marker]
    assert anchors == ["c1", "c1-i1", "c1-i2", "c1-i2-p1", "c1-i2-p2", "c2", "c2-i3", "c2-i3-r1", "c2-i3-r2"]
    assert [node.anchor for node in glued.root.walk() if node.marker] == anchors
    # Each note is kept, though glued it ends the last sub-item it follows, with nothing to tell it from its own.
    assert sorted(map(repr, responsibility(glued.root).values())) == sorted(map(repr, responsibility(lined.root).values()))


@pytest.mark.parametrize("signature", ["某某镇人民政府 2023年3月1日", "某某镇人民政府二〇二三年三月一日"])
def test_a_signature_printed_on_one_line_gives_the_issuer_and_date(signature):
    plan = _plan(SHORT_WORK_POINTS.replace("某某镇人民政府\n2023年3月1日", signature))
    assert (plan.meta.issuer, plan.meta.issued) == ("某某镇人民政府", "2023-03-01")
    assert "某某镇人民政府" in plan.root.closing
    # An imprint is no signature: its office issues nothing, though when it printed the plan dates one that prints no date.
    imprinted = _plan(SHORT_WORK_POINTS.replace("某某镇人民政府\n2023年3月1日", "某某镇人民政府 2023年3月1日印发")).meta
    assert (imprinted.issuer, imprinted.issued) == ("", "2023-03-01")


@pytest.mark.parametrize("signature", ["某某镇人民政府\n2023年3月1号", "某某镇人民政府 2023年3月1号", "某某镇人民政府\n二〇二三年三月一号"])
def test_a_date_said_with_its_day_as_号_signs_as_with_日(signature):
    """2023年3月1号, as the day is said, dates a signature: it was the last task's text and no date."""
    plan = _plan(SHORT_WORK_POINTS.replace("某某镇人民政府\n2023年3月1日", signature))
    assert (plan.meta.issuer, plan.meta.issued) == ("某某镇人民政府", "2023-03-01")
    assert not any("1号" in node.text or "一号" in node.text for node in plan.tasks())


def test_a_time_limit_said_with_its_day_as_号_is_a_deadline():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。（县司法局，2023年6月30号前）\n"
                 "2.加强培训。（县司法局，9月30号前）\n")
    assert [measures(plan.root)[anchor][0] for anchor in ("c1-i1", "c1-i2")] == [("2023年6月30号前",), ("9月30号前",)]


@pytest.mark.parametrize("printed", ["某府办发 〔2023〕 5号", "某府办发　〔2023〕　5　号", "某府办发〔2023〕5号"])
def test_a_document_number_spaced_out_as_a_converted_file_sets_it_is_the_plan_s(printed):
    plan = _plan(f"关于印发某某县2023年法治政府建设工作要点的通知\n{printed}\n各乡镇人民政府：\n现将要点印发给你们。\n"
                 "某某县人民政府办公室\n2023年3月1日\n某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n")
    assert plan.meta.doc_number == "某府办发〔2023〕5号"


def test_a_notice_s_number_and_date_on_one_line_give_both():
    plan = _plan("关于印发《某某县2022年法治政府建设工作要点》的通知\n某府办发〔2022〕15号　　　　2022年4月6日\n"
                 "各乡镇人民政府：\n现将《某某县2022年法治政府建设工作要点》印发给你们。\n一、主要任务\n1.加强学习。\n")
    assert (plan.meta.doc_number, plan.meta.issued) == ("某府办发〔2022〕15号", "2022-04-06")
    assert [task.anchor for task in plan.tasks()] == ["c1-i1"]


def test_a_plan_that_lost_its_line_breaks_and_its_spaces_is_split_at_its_numbers():
    text = ("平安县法治政府建设实施方案\n为全面推进法治政府建设，制定本方案。一、总体要求。坚持以习近平法治思想为指导。二、主要任务"
            "（一）依法全面履行政府职能。深化改革，不少于1.5次。（牵头单位：县发改局）（二）完善制度体系。加强文件管理。"
            "1.加强备案审查。2.加强清理。三、保障措施（一）加强组织领导。" + "各单位要认真落实各项任务，确保取得实效。" * 50)
    plan = _plan(text)
    assert [node.anchor for node in plan.root.walk() if node.marker] == [
        "c1", "c2", "c2-s1", "c2-s2", "c2-s2-i1", "c2-s2-i2", "c3", "c3-s1"]
    assert plan.root["二"]["一"].text == "深化改革，不少于1.5次。" and plan.root["二"]["一"].note == "牵头单位：县发改局"
    # In a line of ordinary length, a number with no space before it starts a line only as the next of
    # the line's own numbers, right after a paragraph's end; otherwise it stays in its sentence.
    short = _plan("平安县法治政府建设实施方案\n一、主要任务\n1.加强学习。2.加强培训。\n二、保障措施\n（一）加强领导。1.压实责任。\n")
    assert [task.anchor for task in short.tasks()] == ["c1-i1", "c1-i2", "c2-s1"]
    # With the title run into the preamble too, the title is read, and with it the place and period.
    glued = _plan(text.replace("实施方案\n为", "实施方案（2021—2025年）为"))
    assert glued.meta.title == "平安县法治政府建设实施方案（2021—2025年）"
    assert (glued.meta.slug, glued.meta.period) == ("pingan-2021", "2021–2025")
    assert glued.root.paragraphs == ("为全面推进法治政府建设，制定本方案。",)


def test_a_paragraph_that_names_the_plan_before_its_last_task_stays_where_it_is():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n各乡镇要按照本方案要求制定具体措施。\n2.加强执法。\n"
                 "二、保障措施\n（一）加强组织领导。\n本方案自印发之日起施行。\n")
    assert plan.tasks()[0].paragraphs == ("各乡镇要按照本方案要求制定具体措施。",)
    assert plan.root.closing == ("本方案自印发之日起施行。",)


NUMBERS_WITHOUT_PUNCTUATION = """某某县法治政府建设实施方案
一　总体要求
坚持以习近平法治思想为指导。
二　主要任务
（一）依法全面履行政府职能
1 深化放管服改革。推行权责清单。（牵头单位：县委编办）
2 优化营商环境。办结时间压缩至
10 个工作日以内。（牵头单位：县发改局）
（二）完善依法行政制度体系
3 加强规范性文件管理。（牵头单位：县司法局）
"""


@pytest.mark.parametrize("text", [NUMBERS_WITHOUT_PUNCTUATION,
                                  NUMBERS_WITHOUT_PUNCTUATION.replace("一　", "一，").replace("二　", "二，")
                                  .replace("1 深化", "1，深化").replace("2 优化", "2, 优化").replace("3 加强", "3，加强"),
                                  # a word processor's list, copied: a tab after each number
                                  NUMBERS_WITHOUT_PUNCTUATION.replace("一　", "一\t").replace("二　", "二\t")
                                  .replace("1 深化", "1\t深化").replace("2 优化", "2\t优化").replace("3 加强", "3\t加强"),
                                  # figures typed in full width
                                  NUMBERS_WITHOUT_PUNCTUATION.replace("1 深化", "１ 深化").replace("2 优化", "２ 优化")
                                  .replace("3 加强", "３ 加强")],
                         ids=["spaces", "commas", "tabs", "full-width"])
def test_numbers_printed_with_a_space_or_a_comma_for_their_punctuation_number_the_plan(text):
    plan = _plan(text)
    assert [node.anchor for node in plan.root.walk() if node.marker] == [
        "c1", "c2", "c2-s1", "c2-s1-i1", "c2-s1-i2", "c2-s2", "c2-s2-i3"]
    assert plan.root["二"]["一"]["1"].title == "深化放管服改革"
    assert plan.root["二"]["一"]["2"].paragraphs[-1] == "10 个工作日以内。"
    assert plan.root["二"]["二"]["3"].note == "牵头单位：县司法局"


def test_a_table_of_two_columns_numbers_no_task():
    """序号<tab>指标名称 over 1<tab>行政复议纠错率 …: its rows are a table's, though a tab sets a list's number off
    from its words where no such table is (1<tab>加强学习。)."""
    text = ("某某市法治政府建设规划（2021—2025年）\n一、发展目标\n主要指标如下：\n序号\t指标名称\n1\t行政复议纠错率\n"
            "2\t行政机关负责人出庭应诉率\n二、主要任务\n1.推进机构改革。\n")
    for plan in (_plan(text), _plan(opencc.OpenCC("s2t").convert(text))):
        assert [node.anchor for node in plan.tasks()] == ["c1", "c2-i1"]
        assert to_simplified(plan.root["一"].paragraphs[-1]) == "2\t行政机关负责人出庭应诉率"


@pytest.mark.parametrize(("body", "anchors"), [
    ("1.加强学习。\n2.加强培训，出台\n3 项制度。\n", ["c1", "c1-i1", "c1-i2"]),  # 3 项 counts something
    ("1 加强学习。\n2 加强培训，\n3 年内完成。\n", ["c1", "c1-i1", "c1-i2"]),
    ("1 加强学习。\n3 加强培训。\n", ["c1"]),  # no 2 after the 1: the text does not count with them
    # a web address wrapped before its last figures: a file's name, no number
    ("1.加强学习，详见www.gov.cn/art/4\n6469.html\n2.加强培训。\n", ["c1", "c1-i1", "c1-i2"]),
])
def test_a_line_that_only_opens_with_a_figure_is_no_number(body, anchors):
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n" + body)
    assert [node.anchor for node in plan.root.walk() if node.marker] == anchors


@pytest.mark.parametrize(("body", "anchors"), [
    ("1.加强学习。\n2加强培训。\n3.加强考核。\n", ["c1", "c1-i1", "c1-i2", "c1-i3"]),
    ("7.加强学习。\n8 支持人民群众监督。\n9.加强考核。\n", ["c1", "c1-i7", "c1-i8", "c1-i9"]),  # 8 支 is no count here
    ("1  深化改革。\n2.加强培训。\n", ["c1", "c1-i1", "c1-i2"]),  # a list's 1, a 2 below it
    ("1.加强学习，办理时限压缩至\n5 个工作日。\n2.加强培训。\n", ["c1", "c1-i1", "c1-i2"]),  # no gap in the count
    ("1.加强学习。\n2.加强培训。\n3 加强考核。\n", ["c1", "c1-i1", "c1-i2", "c1-i3"]),  # the list's last
    # a number printed in full width counts as a neighbour, and a slip read right as the next one's
    ("1.加强学习。\n２．加强培训。\n3 加强考核。\n4 加强监督。\n", ["c1", "c1-i1", "c1-i2", "c1-i3", "c1-i4"]),
    ("１．加强学习。\n２加强培训。\n３．加强考核。\n", ["c1", "c1-i1", "c1-i2", "c1-i3"]),  # slipped in full width
    ("1.加强学习。\n二，保障措施\n1.加强组织领导。\n三、其他\n", ["c1", "c1-i1", "c2", "c2-i1", "c3"]),  # a chapter's
    # a chapter's heading with its number glued on, the last of the list too, but no paragraph counted in words
    ("1.加强学习。\n二保障措施\n1.加强组织领导。\n三其他事项\n四是严格考核\n", ["c1", "c1-i1", "c2", "c2-i1", "c3"]),
    ("1.加强学习。\n二是加强培训\n三年内完成\n", ["c1", "c1-i1"]),
])
def test_a_number_that_lost_its_punctuation_by_a_slip_counts_between_its_neighbours(body, anchors):
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n" + body)
    assert [node.anchor for node in plan.root.walk() if node.marker] == anchors


@pytest.mark.parametrize("organ", ["二连浩特市人民政府", "两当县人民政府", "二道江区人民政府"])
def test_a_signing_organ_whose_place_opens_with_a_numeral_is_no_heading_that_lost_its_punctuation(organ):
    """二连浩特市人民政府 under the plan's 一、 was read as its 二、, 连浩特市人民政府: the plan had no issuer or place."""
    meta = _plan(f"2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n{organ}\n2023年3月1日\n").meta
    assert (meta.issuer, meta.issued) == (organ, "2023-03-01") and meta.jurisdiction.endswith(organ[:-4])


DOTTED_OUTLINE = """某某县法治政府建设规划（2021—2025年）
1 总体要求
1.1 指导思想
坚持以习近平法治思想为指导，到2025年，政府投入增长
2.5倍。
2 主要任务
2.1 依法全面履行政府职能
2.1.1 深化行政审批制度改革。全面实行权责清单制度。（责任单位：县委编办）
2.1.2优化法治化营商环境。清理涉企收费。（牵头单位：县发改局；配合单位：县财政局）
2.2　健全行政决策制度体系
2.2.1、严格落实重大行政决策程序。（责任单位：县司法局）
3 保障措施
3.1 加强组织领导。各级党委要把法治政府建设摆在重要位置。
"""


def test_an_outline_numbered_with_dots_nests_by_its_numbers():
    plan = _plan(DOTTED_OUTLINE)
    nodes = [node for node in plan.root.walk() if node.marker]
    assert [node.anchor for node in nodes] == [
        "i1", "i1-d1", "i2", "i2-d1", "i2-d1-d1", "i2-d1-d2", "i2-d2", "i2-d2-d1", "i3", "i3-d1"]
    # A dotted number prints the levels it is under: its citation is itself.
    assert [node.number for node in nodes][3:6] == ["2.1", "2.1.1", "2.1.2"]
    assert [task.title for task in plan.tasks()] == [
        "指导思想", "深化行政审批制度改革", "优化法治化营商环境", "严格落实重大行政决策程序", "加强组织领导"]
    assert plan.root["2"]["2.1"]["2.1.2"].note == "牵头单位：县发改局；配合单位：县财政局"
    # A decimal that a page's width put first on a line (2.5倍) numbers nothing.
    assert plan.root["1"]["1.1"].paragraphs[-1].endswith("2.5倍。")
    assert not plan.diagnostics
    # Nor does one that is no first and follows no number of its depth (1.5 小时).
    timed = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.缩短办理时限。审批时间压缩到\n1.5 小时以内。\n2.加强培训。\n")
    assert [node.anchor for node in timed.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2"]
    assert timed.tasks()[0].paragraphs == ("1.5 小时以内。",)


def test_a_dotted_outline_without_its_top_numbers_gives_each_number_whole():
    plan = _plan("某某县法治政府建设规划（2021—2025年）\n1.1 指导思想\n坚持党的领导。\n1.2 主要目标\n"
                 "2.1 依法全面履行政府职能\n2.1.1 深化行政审批制度改革。\n2.2 健全行政决策制度体系\n")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["d1-1", "d1-2", "d2-1", "d2-1-d1", "d2-2"]
    # 2.1 after 1.2 starts again under the next number: no gap to warn of.
    assert not plan.diagnostics


PARAGRAPHS_COUNTED_IN_WORDS = """某某县2023年法治政府建设工作要点
一、加强党的领导
第一，深入学习贯彻习近平法治思想。把学习宣传作为重要政治任务。（责任单位：县委宣传部、县司法局）
第二，健全领导体制机制。（责任单位：县政府办公室）
二、推进依法行政
一是完善重大行政决策程序。（责任单位：县司法局）
二是：推进行政执法“三项制度”。
三是加强行政复议工作。（牵头单位：县司法局；配合单位：县信访局）
三、加强监督
1.推进严格规范公正文明执法。
一是加强执法队伍建设；二是完善执法程序。（责任单位：县司法局）
2.推进决策科学化。主要措施：
一是完善决策程序。
二是加强合法性审查。
（牵头单位：县司法局；配合单位：县政府办公室）
各单位要抓好落实。
本要点自印发之日起施行。
"""


def test_paragraphs_counted_in_words_are_tasks_with_their_notes():
    plan = _plan(PARAGRAPHS_COUNTED_IN_WORDS)
    assert [node.anchor for node in plan.root.walk() if node.marker] == [
        "c1", "c1-o1", "c1-o2", "c2", "c2-y1", "c2-y2", "c2-y3", "c3", "c3-i1", "c3-i2", "c3-i2-y1", "c3-i2-y2"]
    duty = responsibility(plan.root)
    assert duty["c1-o1"].partners == ("县委宣传部", "县司法局")
    assert duty["c2-y3"].leads == ("县司法局",) and duty["c2-y3"].partners == ("县信访局",)
    assert plan.root["一"]["一"].title == "深入学习贯彻习近平法治思想"
    assert plan.root["二"]["二"].title == "推进行政执法“三项制度”"  # 二是：, with a colon
    assert [node.number for node in plan.root.walk() if node.marker][1:5] == ["一第一", "一第二", "二", "二一是"]
    # One paragraph that counts within itself is no list of one: it stays the task's text.
    assert plan.root["三"]["1"].paragraphs == ("一是加强执法队伍建设；二是完善执法程序。",)
    assert duty["c3-i1"].partners == ("县司法局",)
    # A note below a list counted in words is the task's that holds the list, and closes the list.
    assert duty["c3-i2"].leads == ("县司法局",)
    assert not plan.root["三"]["2"]["二"].paragraphs and not plan.root["三"].closing
    # After the last task, a charge to all who carry the plan out is its closing words.
    assert plan.root.closing == ("各单位要抓好落实。", "本要点自印发之日起施行。")


@pytest.mark.parametrize("apart", ["\n", " ", "．", "/ ", " | "])
def test_an_article_s_parts_numbered_01_02_are_chapters(apart):
    plan = _plan(f"某某县2024年法治政府建设工作要点\n01{apart}加强党的领导\n1.深入学习。（责任单位：县委宣传部）\n2.落实责任。\n"
                 f"02{apart}推进依法行政\n1.完善决策程序。（责任单位：县司法局）\n")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["z1", "z1-i1", "z1-i2", "z2", "z2-i1"]
    assert plan.root["1"].title == "加强党的领导" and plan.root["2"]["1"].number == "02·1"
    assert not plan.diagnostics
    # A lone figure with a leading zero numbers nothing, nor does one before a counted word (05年).
    single = _plan("某某县2024年法治政府建设工作要点\n一、主要任务\n1.加强学习，自\n05年起每年培训。\n01\n")
    assert [node.anchor for node in single.root.walk() if node.marker] == ["c1", "c1-i1"]


@pytest.mark.parametrize("bar", [" | ", "丨", "｜"])
def test_an_article_s_headings_may_set_a_bar_after_their_number(bar):
    """一 | 总体要求, 第一部分 | 总体要求: read as words, the chapter's heading was the task's above it."""
    plan = _plan(f"某某县2024年法治政府建设工作要点\n一{bar}加强党的领导\n1.深入学习。\n2.落实责任。\n二{bar}推进依法行政\n"
                 "3.完善决策程序。\n")
    assert [(node.anchor, node.title) for node in plan.root.children] == [("c1", "加强党的领导"), ("c2", "推进依法行政")]
    parts = _plan(f"某某县2024年法治政府建设工作要点\n第一部分{bar}总体要求\n1.深入学习。\n第二部分{bar}主要任务\n2.完善决策程序。\n")
    assert [(node.anchor, node.title) for node in parts.root.children] == [("part1", "总体要求"), ("part2", "主要任务")]


@pytest.mark.parametrize("part", ["PART 01", "Part.1", "PART 1"])
def test_an_article_s_parts_headed_part_01_are_chapters(part):
    second = part.replace("1", "2")
    plan = _plan(f"某某县2024年法治政府建设工作要点\n{part}\n加强党的领导\n1.深入学习。（责任单位：县委宣传部）\n"
                 f"{second}\n推进依法行政\n2.完善决策程序。（责任单位：县司法局）\n")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["z1", "z1-i1", "z2", "z2-i2"]
    assert plan.root["1"].title == "加强党的领导" and not plan.root.paragraphs


def test_chapters_numbered_in_square_brackets_are_a_level_of_their_own():
    """【一】 numbers a level as （一） does, and apart from it where a plan prints both."""
    plan = _plan("某某州2022年法治政府建设工作要点\n【一】加强党的领导\n（一）深入学习\n1.学习习近平法治思想。（责任单位：州委宣传部）\n"
                 "（二）落实责任\n2.落实第一责任人职责。\n【二】深化审批改革\n（一）推进一网通办\n3.优化服务。（责任单位：州政务服务局）\n")
    assert [node.anchor for node in plan.tasks()] == ["sq1-s1-i1", "sq1-s2-i2", "sq2-s1-i3"]
    assert plan.root["一"].title == "加强党的领导" and plan.tasks()[2].number == "【二】(一)3"
    assert not plan.diagnostics
    # In the hollow brackets an article on WeChat may set them in (〖一〗), its notes' labels too; they had been text.
    hollow = _plan("某某县2024年法治政府建设工作要点\n〖一〗加强党的领导\n1.学习习近平法治思想。〖牵头单位〗县委宣传部\n"
                   "〖二〗深化审批改革\n2.优化服务。\n")
    assert [(task.anchor, task.note) for task in hollow.tasks()] == [("sq1-i1", "〖牵头单位〗县委宣传部"), ("sq2-i2", "")]
    assert responsibility(hollow.root)["sq1-i1"].leads == ("县委宣传部",)
    # In the angle brackets a font or an OCR may give for 〔〕 (〈一〉, 〈1〉), as it does for a document number's year.
    angled = _plan("某某市法治政府建设实施方案\n一、主要任务\n〈一〉依法全面履行政府职能\n1.推进机构职能优化。（市委编办牵头）\n"
                   "〈二〉健全制度体系\n2.加强重要领域立法。（市司法局牵头）\n二、组织保障\n〈1〉加强组织领导。\n〈2〉强化考核。\n")
    assert [node.anchor for node in angled.root.walk() if node.marker] == [
        "c1", "c1-sq1", "c1-sq1-i1", "c1-sq2", "c1-sq2-i2", "c2", "c2-i1", "c2-i2"]
    assert angled.root["一"]["一"].title == "依法全面履行政府职能" and angled.tasks()[1].number == "一【二】2"


UNITS_LISTED_BARE = ("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强宣传。县司法局、县委宣传部。\n"
                     "2.推进公开。按要求公开决策事项。各乡镇（街道）、县政府办。\n3.健全机制。\n完善调解体系。\n县司法局\n"
                     "4.保障经费。支持设立县法律援助中心。\n5.县司法局。\n")


def test_paragraphs_counted_in_words_hold_sub_items_only_and_a_preamble_s_number_no_task():
    plan = _plan("某某县2023年法治政府建设工作要点\n今年工作的思路是：\n第一，坚持党的领导。\n第二，坚持以人民为中心。\n"
                 "一、主要任务\n一是加强学习：\n（1）组织培训。\n（2）开展考试。\n二是加强宣传。\n（一）强化监督\n1.加强审计。\n"
                 "二、保障措施\n")
    assert plan.root.paragraphs == ("今年工作的思路是：", "第一，坚持党的领导。", "第二，坚持以人民为中心。")
    # A covering notice's 一是… is the notice's.
    noticed = _plan("关于印发某某县2023年法治政府建设工作要点的通知\n各乡镇人民政府，县直各单位：\n现将要点印发给你们。\n"
                    "一是要提高认识。\n二是要加强领导。\n某某县人民政府办公室\n2023年3月1日\n某某县2023年法治政府建设工作要点\n"
                    "一、主要任务\n1.加强学习。\n")
    assert (noticed.meta.issuer, noticed.meta.issued, noticed.root.paragraphs) == ("某某县人民政府办公室", "2023-03-01", ())
    # （1） stands under 一是; （一）, a number of the outline, closes 二是 rather than opening under it.
    assert [node.anchor for node in plan.root.walk() if node.marker] == [
        "c1", "c1-y1", "c1-y1-p1", "c1-y1-p2", "c1-y2", "c1-s1", "c1-s1-i1", "c2"]


def test_chapters_headed_in_words_hold_the_tasks_below_them():
    """第一、加强党的领导 heads the tasks under it; so does a plan's 【1】 number tasks, as 1. does. Before, the first
    heading was taken for a preamble's point and the second went under the task above it."""
    text = ("某某县2024年法治政府建设工作要点\n第一、加强党的领导\n{1}深入学习贯彻习近平法治思想。（县委依法治县办牵头）\n"
            "{2}落实第一责任人职责。\n第二、推进依法行政\n{3}推行三项制度。（县司法局牵头）\n")
    for numbers in (("1.", "2.", "3."), ("【1】", "【2】", "【3】")):
        plan = _plan(text.format("", *numbers))
        assert [node.anchor for node in plan.root.walk() if node.marker] == ["o1", "o1-i1", "o1-i2", "o2", "o2-i3"]
        assert plan.tasks()[2].number == "第二3"
        assert not plan.root.paragraphs and not plan.diagnostics
    # 第一项 counts as 第一， does.
    items = _plan("某某县2023年法治政府建设工作要点\n第一项 加强学习培训。将习近平法治思想纳入学习内容。\n第二项 开展述法。\n")
    assert [(task.anchor, task.title, task.number) for task in items.tasks()] == [
        ("o1", "加强学习培训", "第一项"), ("o2", "开展述法", "第二项")]
    # A preamble's points in words, one after another, head nothing.
    preamble = _plan("某某县2024年法治政府建设工作要点\n今年工作的思路是：\n第一、坚持党的领导\n第二、坚持以人民为中心\n"
                     "一、主要任务\n1.加强学习。\n")
    assert [node.anchor for node in preamble.root.walk() if node.marker] == ["c1", "c1-i1"]
    assert preamble.root.paragraphs[1:] == ("第一、坚持党的领导", "第二、坚持以人民为中心")


def test_a_paragraph_counted_in_words_goes_on_its_run_past_the_items_of_the_one_before():
    plan = _plan("某某县2024年法治政府建设工作要点\n一、加强党的领导\n一是健全党委领导体制。\n"
                 "1.县委常委会每年听取汇报。（牵头单位：县委办）\n2.县政府常务会议研究法治工作。\n"
                 "二是落实第一责任人职责。（牵头单位：县委组织部）\n三是开展述法工作。\n二、深化执法改革\n一是推进综合执法。\n二是规范执法行为。\n")
    # 二是 stands beside 一是, not under the 2. that closed 一是.
    assert [node.anchor for node in plan.root.walk() if node.marker] == [
        "c1", "c1-y1", "c1-i1", "c1-i2", "c1-y2", "c1-y3", "c2", "c2-y1", "c2-y2"]
    assert responsibility(plan.root)["c1-y2"].leads == ("县委组织部",)
    assert plan.root["一"]["二"].number == "一二是"


@pytest.mark.parametrize("above", [
    "关于印发某某县2023年法治政府建设重点任务分工方案的通知\n各乡镇人民政府：\n现印发给你们。\n一是要提高认识。\n二是要加强领导。\n"
    "某某县人民政府办公室\n2023年3月1日\n某某县2023年法治政府建设重点任务分工方案\n",
    "某某县2023年法治政府建设重点任务分工方案\n为抓好落实，提出以下要求：\n一是要提高认识。\n二是要加强领导。\n"],
    ids=["notice", "preamble"])
def test_a_task_table_s_rows_are_its_tasks_under_a_notice_or_preamble_counted_in_words(above):
    plan = _plan(above + "序号\t重点任务\t牵头单位\n1\t加强规范性文件管理\t县司法局\n2\t推进执法三项制度\t县司法局\n")
    assert [(node.anchor, node.title) for node in plan.tasks()] == [("i1", "加强规范性文件管理"), ("i2", "推进执法三项制度")]
    # A text that numbers nothing else is counted in words.
    only = _plan("某某县2023年法治政府建设工作要点\n第一，加强学习。（责任单位：县司法局）\n第二，加强培训。\n")
    assert [node.anchor for node in only.tasks()] == ["o1", "o2"]


def test_a_last_sentence_that_only_lists_units_is_the_task_s_note():
    plan = _plan(UNITS_LISTED_BARE)
    duty = responsibility(plan.root)
    assert [duty[anchor].partners for anchor in ("c1-i1", "c1-i2", "c1-i3")] == [
        ("县司法局", "县委宣传部"), ("各乡镇（街道）", "县政府办"), ("县司法局",)]
    assert plan.root["一"]["2"].text == "按要求公开决策事项。" and plan.root["一"]["3"].paragraphs == ("完善调解体系。",)
    # Bare, a unit opens with its level, and a task is more than its units.
    assert "c1-i4" not in duty and "c1-i5" not in duty
    # Under a heading that says its text lists units (考核对象, 实施主体), the list is that text.
    scope = _plan("某某市法治政府建设考核办法\n一、考核对象\n各区县政府、市直各部门。\n二、实施主体\n市委依法治市办。\n")
    assert [(node.title, node.paragraphs, node.note) for node in scope.root.children] == [
        ("考核对象", ("各区县政府、市直各部门。",), ""), ("实施主体", ("市委依法治市办。",), "")]


SPREADSHEET_WITH_BROKEN_CELLS = """某某县2023年法治政府建设重点任务分工
序号\t重点任务\t牵头单位\t完成时限
1\t"加强学习。
组织全县干部培训。"\t县司法局\t2023年底
2\t推进执法三项制度\t"县司法局
县直各部门"\t长期坚持
3\t开展示范创建\t县委依法治县办\t2023年10月
"""


SAVED_AS_CSV = """某某县2023年法治政府建设重点任务分工
"序号",重点任务,牵头单位,完成时限
1,"加强学习。
组织全县干部培训。",县司法局,2023年底
2,推进执法三项制度,"县司法局,
县直各部门",长期坚持
3,开展示范创建,县委依法治县办,2023年10月
"""


@pytest.mark.parametrize("text", [SPREADSHEET_WITH_BROKEN_CELLS, SAVED_AS_CSV, opencc.OpenCC("s2t").convert(SAVED_AS_CSV)],
                         ids=["tab-separated", "csv", "csv in traditional script"])
def test_a_spreadsheet_s_cells_that_hold_line_breaks_stay_in_their_row(text):
    plan = _plan(text)
    first, second, third = plan.tasks()
    assert (to_simplified(first.title), to_simplified(first.text), first.lineno, third.lineno) == (
        "加强学习", "组织全县干部培训。", 3, 7)
    duty = responsibility(plan.root)
    assert tuple(map(to_simplified, duty[second.anchor].leads)) == ("县司法局", "县直各部门")
    assert measures(plan.root)[third.anchor][0] == ("2023年10月",)


def test_a_task_s_fields_below_its_note_are_its_own():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n工作措施：组织全县干部开展法治培训。\n"
                 "牵头单位：县司法局\n完成时限：2023年底\n工作目标：培训率达到100%。\n2.加强培训。（责任单位：县委组织部）\n"
                 "各单位要加强协调配合。\n")
    first, second = plan.tasks()
    assert first.paragraphs == ("工作措施：组织全县干部开展法治培训。", "工作目标：培训率达到100%。")
    assert first.note == "牵头单位：县司法局；完成时限：2023年底" and measures(plan.root)["c1-i1"][1] == ("达到100%",)
    # Unlabelled text below a task's note is still the section's.
    assert second.paragraphs == () and plan.root["一"].closing == ("各单位要加强协调配合。",)


ALTERNATIVES_IN_BRACKETS = """某某县2023年法治政府建设工作方案
一、重点任务
1.加强规范性文件监督管理。责任单位：县司法局（牵头），县直各部门，各乡镇（街道）
2.开展法治政府建设示范创建。县司法局牵头，各乡镇人民政府（街道办事处）具体负责。
3.推进基层依法治理，覆盖各乡镇（街道）
"""


def test_a_bracketed_alternative_after_a_unit_is_part_of_its_name():
    plan = _plan(ALTERNATIVES_IN_BRACKETS)
    first, second, third = plan.tasks()
    duty = responsibility(plan.root)
    assert first.note == "责任单位：县司法局（牵头），县直各部门，各乡镇（街道）"
    assert duty[first.anchor].leads == ("县司法局",) and duty[first.anchor].partners == ("县直各部门", "各乡镇（街道）")
    assert second.note == "县司法局牵头，各乡镇人民政府（街道办事处）具体负责"
    assert duty[second.anchor].partners == ("各乡镇人民政府（街道办事处）",)
    # A bare kind of unit in brackets names no one: it is no note.
    assert third.note == "" and third.title == "推进基层依法治理，覆盖各乡镇（街道）"


NOTES_BEFORE_AND_WITH_TIMES = """某某县2023年法治政府建设重点工作任务
一、重点任务
1.【县司法局】加强行政复议规范化建设，提升办案质量。
2.【牵头单位：县政府办】推进政务公开。
3.【重点项目】建设法治文化公园。
4.规范行政执法。（县司法局、县直各执法部门，2023年底前）
"""


def test_a_note_in_brackets_before_the_task_or_with_a_time_limit_is_read():
    plan = _plan(NOTES_BEFORE_AND_WITH_TIMES)
    tasks = plan.tasks()
    duty = responsibility(plan.root)
    assert [task.anchor for task in tasks] == ["c1-i1", "c1-i2", "c1-i3", "c1-i4"]
    assert (tasks[0].title, tasks[0].note) == ("加强行政复议规范化建设，提升办案质量", "县司法局")
    assert duty["c1-i2"].leads == ("县政府办",) and tasks[1].title == "推进政务公开"
    # A bracket that names no unit is the task's heading.
    assert (tasks[2].title, tasks[2].text, tasks[2].note) == ("重点项目", "建设法治文化公园。", "")
    assert duty["c1-i4"].partners == ("县司法局", "县直各执法部门")
    assert measures(plan.root)["c1-i4"][0] == ("2023年底前",)


def test_a_division_of_tasks_by_unit_gives_each_task_its_units():
    """Units before a colon that open a task (县司法局：牵头推进…) are its note, where they were its title and it had
    none; a heading that only names units (一、县司法局) is the note of the tasks under it, which had none. A
    label (牵头单位：…) and words of a task's own (目标：…) are neither."""
    plan = _plan("某某县2023年法治政府建设工作任务分工\n一、主要任务\n1.县司法局：牵头推进示范创建。\n"
                 "2.县委编办、县司法局：推进综合行政执法改革。\n3.目标：执法规范化水平明显提升。\n")
    duty = responsibility(plan.root)
    assert [(task.title, duty[task.anchor].partners if task.anchor in duty else None) for task in plan.tasks()] == [
        ("牵头推进示范创建", ("县司法局",)), ("推进综合行政执法改革", ("县委编办", "县司法局")),
        ("目标：执法规范化水平明显提升", None)]
    divided = _plan("某某县2023年法治政府建设工作任务分工\n一、县司法局\n1.牵头推进示范创建。\n2.加强备案审查。\n"
                    "二、各乡镇（街道）\n3.推进基层依法治理。\n三、成员单位\n4.加强协作。\n")
    found, _ = for_tasks(divided.root, responsibility(divided.root), {})
    assert [(task.anchor, found[task.anchor].partners if task.anchor in found else ()) for task in divided.tasks()] \
        == [("c1-i1", ("县司法局",)), ("c1-i2", ("县司法局",)), ("c2-i3", ("各乡镇（街道）",)), ("c3-i4", ())]


def test_a_last_sentence_of_who_carries_the_task_out_is_its_note():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。各乡镇（街道）、县直各部门按照职责分工抓好落实。\n"
                 "2.加强执法。县司法局牵头，县直各执法部门具体实施。\n3.加强宣传。各部门要抓好落实。\n")
    first, second, third = plan.tasks()
    assert (first.text, first.note) == ("", "各乡镇（街道）、县直各部门按照职责分工抓好落实")
    assert second.note == "县司法局牵头，县直各执法部门具体实施"
    # A sentence whose subject is no unit's name is the task's own.
    assert (third.text, third.note) == ("各部门要抓好落实。", "")
    # A dash that sets the sentence off is no part of its first unit's name.
    dashed = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习，组织专题培训。——县司法局负责\n").tasks()[0]
    assert (dashed.title, dashed.text, dashed.note) == ("加强学习，组织专题培训", "", "县司法局负责")



@pytest.mark.parametrize("deadline, year", [("2025年底前", "2025"), ("到2025年", "2025"), ("２０２４年６月底前", "2024"),
                                             ("2023年9月至12月", "2023"), ("2023年3月—2024年6月", "2024"),
                                             ("2023年至2025年", "2025"), ("12月底前", ""), ("每年11月底前", ""),
                                             ("长期坚持", "")])
def test_a_deadline_falls_due_in_the_last_year_it_names(deadline, year):
    from generator.layers import due_year

    assert due_year(deadline, "") == year
    assert due_year(deadline, "2022") == (year or ("2022" if deadline == "12月底前" else ""))


@pytest.mark.parametrize("deadline, year", [("6月底前", "2023"), ("六月底前", "2023"), ("十二月三十一日前", "2023"),
                                             ("年底前", "2023"), ("今年底前完成", "2023"), ("第三季度", "2023"),
                                             ("上半年", "2023"), ("明年6月底前", "2024"), ("年内", "2023"),
                                             ("每年3月底前", ""), ("长期坚持", ""), ("2025年底前", "2025")])
def test_a_plan_for_one_year_sets_its_limits_without_a_year_in_that_year(deadline, year):
    """A 2023年工作要点's 6月底前 falls due in 2023: most of a yearly plan's time limits name no year."""
    from generator.layers import due_year

    assert due_year(deadline, "2023") == year


def test_a_task_s_words_set_limits_within_the_year_without_naming_it():
    """6月底前完成…, 年底前实现… in a task's words are its time limits, as in a note; a recurring one (每年3月底前),
    a span (三年内, 半年内) and a dated one's month (2024年6月底前) are no such limit."""
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.推行告知承诺制。6月底前完成事项清单动态调整。\n"
                 "2.开展述法。年底前书面述法，三年内实现全覆盖，半年内完成培训。\n3.公布决策目录。每年3月底前向社会公布。\n"
                 "4.整合执法队伍。2024年6月底前完成，今年底前制定方案。\n5.加强执法监督。明年第一季度前完成评估。\n"
                 "6.开展内部审计。全年内部审计全覆盖。\n")
    found = {anchor: deadlines for anchor, (deadlines, _) in measures(plan.root).items()}
    assert found == {"c1-i1": ("6月底前",), "c1-i2": ("年底前",), "c1-i3": ("每年3月底前",),
                     "c1-i4": ("2024年6月底前", "今年底前"), "c1-i5": ("明年第一季度前",)}
    assert plan.meta.one_year == "2023"


@pytest.mark.parametrize("text, targets, clauses", [
    ("全面提升 行政机关负责人出庭应诉率达到100%。", ("达到100%",), ["行政机关负责人出庭应诉率达到100%"]),
    ("公共法律服務知曉率和首選率分別達到100%、滿意率達到90%以上。", ("達到100%", "達到90%以上", "100%"),
     ["公共法律服務知曉率和首選率分別達到100%", "滿意率達到90%以上"]),
    ("縣（市、區）達30%以上，其他達50%以上。", ("30%以上", "50%以上"), ["縣（市、區）達30%以上", "其他達50%以上"]),
    ("推进执法。（其中县级达到50%以上）", ("50%以上",), ["其中县级达到50%以上"]),
    ("确保每名法制机构工作人员和行政执法人员以及各级领导干部每年参加法治培训的时间不少于40学时，并建立档案。",
     ("不少于40学时",), ["…机构工作人员和行政执法人员以及各级领导干部每年参加法治培训的时间不少于40学时"]),
])
def test_a_target_is_shown_with_the_clause_that_says_what_it_measures(text, targets, clauses):
    from generator.layers import target_clauses

    assert target_clauses(text, targets) == clauses


def test_a_target_is_the_whole_measure_its_bound_states():
    """不超过15个工作日, not 15个; a count in words (至少两次) and a bound set by cutting (压缩至5个工作日) are targets too."""
    plan = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.规范合法性审核。审核时间不少于5个工作日，最长不超过15个工作日。\n"
                 "2.加强学法。政府常务会议每年学法至少两次，培训不少于200人次。\n"
                 "3.优化审批。审批时限压缩至3个工作日以内，满意度提升至95%以上。\n4.推进改革。稳步推进各项工作。\n")
    assert {anchor: targets for anchor, (_, targets) in measures(plan.root).items()} == {
        "c1-i1": ("不少于5个工作日", "不超过15个工作日"), "c1-i2": ("至少两次", "不少于200人次"),
        "c1-i3": ("压缩至3个工作日以内", "提升至95%以上")}


def test_a_deadline_whose_year_is_in_words_is_read_as_one_in_figures():
    """到二〇二五年, 二〇二三年六月底前: a formal text prints dates so; they had been no deadlines."""
    from generator.layers import due_years

    plan = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.健全依法决策机制。到二〇二五年，重大行政决策程序制度全面落实。\n"
                 "2.推进政务公开。二〇二三年六月底前完成目录编制。（市政府办牵头）\n3.深化改革。市司法局牵头。二〇二三年底前完成。\n"
                 "4.加强执法监督。（牵头单位：市司法局；完成时限：二〇二四年十二月三十一日前）\n")
    found = {anchor: deadlines for anchor, (deadlines, _) in measures(plan.root).items()}
    assert found == {"c1-i1": ("到二〇二五年",), "c1-i2": ("二〇二三年六月底前",), "c1-i3": ("二〇二三年底前",),
                     "c1-i4": ("二〇二四年十二月三十一日前",)}
    assert [due_years(deadlines, "") for deadlines in found.values()] == [["2025"], ["2023"], ["2023"], ["2024"]]
    assert plan.tasks()[2].note == "市司法局牵头。二〇二三年底前完成"  # a sentence of its time limit, after who does it


def test_how_often_a_task_is_done_after_who_does_it_is_its_note_s_time_limit():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.开展执法检查。县司法局负责，每半年一次。\n"
                 "2.组织旁听庭审。县政府办牵头，各部门配合，每年至少一次。\n3.通报执法情况。县司法局牵头，每季度通报一次。\n")
    first, second, third = plan.tasks()
    assert (first.title, first.text, first.note) == ("开展执法检查", "", "县司法局负责，每半年一次")
    assert measures(plan.root)["c1-i1"][0] == ("每半年一次",) and responsibility(plan.root)["c1-i2"].leads == ("县政府办",)
    assert measures(plan.root)["c1-i2"] == (("每年至少一次",), ())  # a frequency, not a target besides
    assert second.note == "县政府办牵头，各部门配合，每年至少一次"
    # What is done so often is the task's own words.
    assert (third.text, third.note) == ("县司法局牵头，每季度通报一次。", "")


def test_a_heading_in_square_brackets_before_the_text_is_the_task_s_title():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、重点任务\n1.【深化放管服改革】全面推行告知承诺制，压缩审批时限，"
                 "提高办事效率，群众满意度达到95%以上。（县政务服务中心牵头）\n2.〔加强行政复议〕畅通复议渠道。\n")
    first, second = plan.tasks()
    assert (first.title, first.note) == ("深化放管服改革", "县政务服务中心牵头")
    assert first.text.startswith("全面推行告知承诺制") and first.text.endswith("95%以上。")
    assert (second.title, second.text) == ("加强行政复议", "畅通复议渠道。")


GRID_TABLE = """某某区2024年法治政府建设重点任务清单
+------+--------------------+------------+
| 序号 | 重点任务           | 牵头单位   |
+======+====================+============+
| 1    | 深化“放管服”改革   | 区政务局   |
+------+--------------------+------------+
| 2    | 加强规范性文件管理 | 区司法局 |
+------+--------------------+------------+
"""


@pytest.mark.parametrize("text", [GRID_TABLE, GRID_TABLE.translate(str.maketrans("|+-=", "│┼─═"))],
                         ids=["pluses", "box characters"])
def test_a_table_drawn_with_pluses_or_box_characters_gives_its_rows_as_tasks(text):
    plan = _plan(text)
    assert [(task.anchor, task.title, task.note) for task in plan.tasks()] == [
        ("i1", "深化“放管服”改革", "牵头单位：区政务局"), ("i2", "加强规范性文件管理", "牵头单位：区司法局")]
    assert {removal.reason for removal in plan.cleaning.removed} == {"separator"}


@pytest.mark.parametrize("numbers", [("1", "2"), ("1.", "2."), ("1、", "2、"), ("（1）", "（2）"), ("一", "二"), ("一、", "二、")],
                         ids=["digits", "dots", "commas", "brackets", "numerals", "numerals with commas"])
def test_a_task_table_s_rows_are_tasks_however_its_number_column_prints_them(numbers):
    rows = "".join(f"{number}\t{task}\t{unit}\t2024年12月\n"
                   for number, task, unit in zip(numbers, ("深化放管服改革", "加强规范性文件管理"), ("区政务局", "区司法局")))
    plan = _plan("某某区2024年法治政府建设重点任务清单\n序号\t重点任务\t牵头单位\t完成时限\n" + rows)
    assert [(task.anchor, task.marker.printed, task.title, responsibility(plan.root)[task.anchor].leads)
            for task in plan.tasks()] == [("i1", numbers[0], "深化放管服改革", ("区政务局",)),
                                          ("i2", numbers[1], "加强规范性文件管理", ("区司法局",))]


@pytest.mark.parametrize("header", ["具体举措", "项目名称"], ids=["measures", "projects"])
def test_a_task_table_s_task_column_may_be_headed_by_its_measures_or_projects(header):
    plan = _plan(f"某某区2024年法治政府建设工作安排\n序号\t{header}\t牵头单位\t完成时限\n1\t深化放管服改革\t区政务局\t2024年12月\n")
    assert [(task.title, task.note) for task in plan.tasks()] == [("深化放管服改革", "牵头单位：区政务局；完成时限：2024年12月")]


@pytest.mark.parametrize("header", ["序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n",
                                    "| 序号 | 重点任务 | 责任单位 | | 完成时限 |\n| | | 牵头单位 | 配合单位 | |\n"],
                         ids=["tabs", "bars"])
def test_a_task_table_s_header_over_two_rows_names_the_columns_its_merged_cell_spans(header):
    """责任单位 merged over 牵头单位 | 配合单位: the second row names the columns. Before, the table had no task."""
    rows = "1\t加强学习培训\t县委组织部\t县司法局\t2024年12月\n2\t推进政务公开\t县政府办\t县直各部门\t2024年6月\n"
    if "|" in header:
        rows = "".join(f"| {' | '.join(row.split(chr(9)))} |\n" for row in rows.splitlines())
    plan = _plan("某某县2024年法治政府建设重点任务分工方案\n" + header + rows)
    duty = responsibility(plan.root)
    assert [(task.anchor, duty[task.anchor].leads, duty[task.anchor].partners) for task in plan.tasks()] == [
        ("i1", ("县委组织部",), ("县司法局",)), ("i2", ("县政府办",), ("县直各部门",))]


def test_a_task_table_s_column_of_people_names_no_unit():
    plan = _plan("某某区2024年法治政府建设重点任务清单\n序号\t工作内容\t责任领导\t责任单位\t时间节点\n"
                 "1\t深化放管服改革\t张三\t区政务局\t2024年12月\n2\t加强规范性文件管理\t李四\t区司法局\t持续推进\n")
    duty = responsibility(plan.root)
    assert [duty[task.anchor].partners for task in plan.tasks()] == [("区政务局",), ("区司法局",)]
    assert plan.tasks()[0].note == "责任领导：张三；责任单位：区政务局；完成时限：2024年12月"
    # Nor does a column of the units that oversee the tasks.
    overseen = _plan("某某县2024年法治政府建设重点任务分工方案\n序号\t工作任务\t牵头单位\t督办单位\t完成时限\n"
                     "1\t加强学习培训\t县委组织部\t县委依法治县办\t2024年12月\n")
    assert (responsibility(overseen.root)["i1"].leads, responsibility(overseen.root)["i1"].partners) == (("县委组织部",), ())
    assert overseen.tasks()[0].note == "牵头单位：县委组织部；督办单位：县委依法治县办；完成时限：2024年12月"


@pytest.mark.parametrize("header,lead,partner", [
    ("主办单位\t协办单位", ("市司法局",), ("市委编办",)),
    ("主要责任单位\t协同单位", ("市司法局",), ("市委编办",)),
    ("承办单位\t协作单位", (), ("市司法局", "市委编办")),
])
def test_a_task_table_s_columns_take_the_roles_their_notes_labels_give(header, lead, partner):
    """主办 leads and 协办 assists, in a table's header as in a note (主办单位：…；协办单位：…)."""
    plan = _plan(f"某某市2023年法治政府建设重点任务分工\n序号\t具体工作\t{header}\t完成时间\n"
                 "1\t加强规范性文件管理\t市司法局\t市委编办\t2023年底\n2\t推进政务公开\t市政府办\t市直各部门\t长期\n")
    duty = responsibility(plan.root)["i1"]
    assert (duty.leads, tuple(sorted(duty.partners))) == (lead, tuple(sorted(partner)))


def test_a_task_table_s_other_columns_are_kept_as_its_task_s_text():
    """A column of requirements is the task's words, and one of neither task nor role (备注, 分值) is
    kept after its name, where both were dropped."""
    plan = _plan("某某市2023年法治政府建设重点任务分工\n序号\t重点任务\t具体要求\t备注\t责任单位\t完成时限\n"
                 "1\t加强规范性文件管理\t严格合法性审核，开展文件清理。\t新增\t市司法局\t2023年底\n"
                 "2\t推进政务公开\t完善主动公开目录。\t\t市政府办\t长期\n")
    first, second = plan.tasks()
    assert (first.title, first.paragraphs) == ("加强规范性文件管理", ("严格合法性审核，开展文件清理。", "备注：新增"))
    assert second.paragraphs == ("完善主动公开目录。",) and responsibility(plan.root)["i1"].partners == ("市司法局",)


def test_a_task_table_whose_header_says_the_first_unit_leads():
    plan = _plan("某某区2024年法治政府建设重点任务清单\n序号\t重点任务\t责任单位（排在第一位的为牵头单位）\t完成时限\n"
                 "1\t深化放管服改革\t区政务局、区发改局\t2024年12月\n2\t加强规范性文件管理\t区司法局\t持续推进\n")
    duty = responsibility(plan.root)
    assert [(duty[task.anchor].leads, duty[task.anchor].partners) for task in plan.tasks()] == [
        (("区政务局",), ("区发改局",)), (("区司法局",), ())]


def test_a_grid_table_s_row_drawn_over_several_lines_is_one_row():
    plan = _plan("某某区2024年法治政府建设重点任务清单\n+----+----------------+----------+\n| 序号 | 重点任务 | 牵头单位 |\n"
                 "+====+================+==========+\n| 1 | 深化“放管服”改革， | 区政务局 |\n|   | 推进一网通办 |   |\n"
                 "+----+----------------+----------+\n| 2 | 加强规范性文件管理 | 区司法局、 |\n|   |   | 区委办 |\n"
                 "+----+----------------+----------+\n")
    assert [(task.title, task.note) for task in plan.tasks()] == [
        ("深化“放管服”改革，推进一网通办", "牵头单位：区政务局"), ("加强规范性文件管理", "牵头单位：区司法局、区委办")]
    assert responsibility(plan.root)["i2"].leads == ("区司法局", "区委办")


def test_a_tab_table_s_row_whose_cell_held_a_line_break_is_one_row():
    plan = _plan("某某市法治政府建设任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
                 "1\t健全依法决策机制\t市司法局\t市政府办公室\t2022年底\n"
                 "2\t推行行政执法“三项制度”，\n实现执法\n全过程记录\t市司法局\t市直各执法部门\t长期坚持\n"
                 "3\t深化“放管服”改革\t市数据资源局\t\t2022年9月\n")
    assert [(task.anchor, task.title) for task in plan.tasks()] == [
        ("i1", "健全依法决策机制"), ("i2", "推行行政执法“三项制度”，实现执法全过程记录"), ("i3", "深化“放管服”改革")]
    assert [task.lineno for task in plan.tasks()] == [3, 4, 7]
    assert plan.tasks()[2].note == "牵头单位：市数据资源局；完成时限：2022年9月"
    assert not plan.root.closing
    # A cell of numbered lines (（1）… / （2）…) is one cell, its numbers no rows.
    listed = _plan("某某县2024年法治政府建设重点工作任务清单\n序号\t重点任务\t具体措施\t牵头单位\t完成时限\n"
                   "1\t加强学习培训\t（1）将习近平法治思想纳入学习内容；\n（2）组织集中培训。\t县委宣传部\t2024年12月\n"
                   "2\t开展述法\t组织领导干部述法。\t县委组织部\t2024年6月\n")
    assert [(task.anchor, task.paragraphs) for task in listed.tasks()] == [
        ("i1", ("（1）将习近平法治思想纳入学习内容；（2）组织集中培训。",)), ("i2", ("组织领导干部述法。",))]


def test_what_follows_a_plan_s_closing_words_is_closing_too():
    plan = _plan("某某市法治政府建设实施方案\n一、保障措施\n（一）加强督促落实。每年开展一次督察。\n本方案自印发之日起施行。\n"
                 "附件：某某市法治政府建设重点任务分工表\n")
    assert plan.root.closing == ("本方案自印发之日起施行。", "附件：某某市法治政府建设重点任务分工表")
    assert plan.tasks()[0].paragraphs == () and plan.tasks()[0].text == "每年开展一次督察。"
    # A task table shown after the plan, wherever it stands, is no closing words.
    tabled = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.加强学习。\n序号\t任务\t牵头单位\t配合单位\n"
                   "1\t加强学习\t市司法局\t市委办\n2.加强培训。\n培训要覆盖全体执法人员。\n")
    assert tabled.tasks()[1].paragraphs == ("培训要覆盖全体执法人员。",)


@pytest.mark.parametrize("heading", ["二、附则", "二、附　则", "二、附則"])
def test_closing_words_under_a_heading_of_supplementary_provisions_are_its_text(heading):
    """They had been shown after the plan, and the heading 附则 left without words."""
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。（县司法局牵头）\n2.规范执法。\n{heading}\n"
                 "本要点由县司法局负责解释。\n本要点自印发之日起施行。\n附件：重点任务分工表\n某某县人民政府\n2023年3月1日\n")
    assert plan.root["二"].paragraphs == ("本要点由县司法局负责解释。", "本要点自印发之日起施行。")
    assert plan.root.closing == ("附件：重点任务分工表", "某某县人民政府", "2023年3月1日")
    assert (plan.meta.issuer, plan.meta.issued) == ("某某县人民政府", "2023-03-01")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_charge_to_all_who_carry_the_plan_out_after_its_last_task_is_its_closing_words(script):
    text = ("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强理论学习。\n2.开展专题培训。\n"
            "3.开展行政执法案卷评查。\n各乡镇、县直各部门要结合实际，细化工作措施，认真抓好落实。\n某某县人民政府办公室\n2023年3月1日\n")
    plan = _plan(text if script == "simplified" else opencc.OpenCC("s2t").convert(text))
    assert plan.tasks()[-1].paragraphs == () and plan.tasks()[-1].text == ""
    assert to_simplified(plan.root.closing[0]).endswith("认真抓好落实。")
    # A last task's own paragraph that charges some units with a measure stays the task's.
    own = _plan(text.replace("结合实际，细化工作措施，认真抓好落实", "配齐配强执法人员"))
    assert own.tasks()[-1].paragraphs == ("各乡镇、县直各部门要配齐配强执法人员。",)
    # After a task that ends with its note, too.
    noted = _plan(text.replace("3.开展行政执法案卷评查。", "3.开展行政执法案卷评查。每年一次。（县司法局负责）"))
    assert noted.root.closing[0].endswith("认真抓好落实。") and not noted.root["一"].closing
    # In a chapter of the plan's guarantees, the charge is the words of the heading above it.
    guarantees = _plan(text.replace("3.开展行政执法案卷评查。", "二、保障措施\n（一）抓好贯彻落实。"))
    assert guarantees.root["二"]["一"].paragraphs == ("各乡镇、县直各部门要结合实际，细化工作措施，认真抓好落实。",)


ANNEXES_LISTED_AFTER_THE_PLAN = """某某市法治政府建设实施方案
一、主要任务
1.深化政府机构改革。（牵头单位：市委编办）
2.全面推行证明事项告知承诺制。（牵头单位：市司法局）
附件：1.某某市法治政府建设重点任务清单
      2.某某市法治政府建设考核指标
某某市人民政府
2022年4月2日
"""


@pytest.mark.parametrize("annexes", ["", "附件2\n某某市法治政府建设考核指标\n1.法治政府建设纳入综合考核。\n"],
                         ids=["only-listed", "one-copied"])
def test_a_list_of_annexes_after_the_plan_is_closing_words_not_an_annex(annexes):
    plan = _plan(ANNEXES_LISTED_AFTER_THE_PLAN + annexes)
    assert [task.anchor for task in plan.tasks()] == ["c1-i1", "c1-i2"] + (["annex2-i1"] if annexes else [])
    assert plan.root.closing[:2] == ("附件：1.某某市法治政府建设重点任务清单", "2.某某市法治政府建设考核指标")
    assert (plan.meta.issuer, plan.meta.issued) == ("某某市人民政府", "2022-04-02")


@pytest.mark.parametrize("annexes", ["附件：1.某某市法治政府建设重点任务清单\n2.某某市法治政府建设考核指标\n",
                                     "附件：\n1.某某市法治政府建设重点任务清单\n2.某某市法治政府建设考核指标\n",
                                     "附：1.某某市法治政府建设重点任务清单\n2.某某市法治政府建设考核指标\n"],
                         ids=["on-its-line", "below-its-heading", "fu"])
@pytest.mark.parametrize("signed_first", [False, True], ids=["list-first", "signature-first"])
def test_a_list_of_annexes_is_closing_words_above_or_below_the_signature(annexes, signed_first):
    """附件： alone above the list, 附： and a list after the signature are lists too: their items were annexes' tasks,
    and a list below the signature hid it (its lines were the last task's text, and the plan had no issuer)."""
    signature = "某某市人民政府\n2022年4月2日\n"
    plan = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.深化政府机构改革。\n2.推行告知承诺制。\n"
                 + (signature + annexes if signed_first else annexes + signature))
    assert [task.anchor for task in plan.tasks()] == ["c1-i1", "c1-i2"] and plan.tasks()[-1].paragraphs == ()
    assert (plan.meta.issuer, plan.meta.issued) == ("某某市人民政府", "2022-04-02")
    assert [line for line in plan.root.closing if line.endswith("考核指标")] == ["2.某某市法治政府建设考核指标"]
    # The plan's closing words above them are its closing words: the list's numbers number no task of the plan.
    closed = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.深化政府机构改革。\n2.推行告知承诺制。\n本方案自印发之日起施行。\n"
                   + (signature + annexes if signed_first else annexes + signature))
    assert closed.tasks()[-1].paragraphs == () and closed.root.closing[0] == "本方案自印发之日起施行。"
    # Below 附件： alone, an annex's own numbered text is no list of documents.
    own = _plan("某某市法治政府建设实施方案\n一、主要任务\n1.深化改革。\n" + signature + "附件：\n1.加强学习。组织培训。\n2.加强培训。\n")
    assert [task.anchor for task in own.tasks()] == ["c1-i1", "annex1-i1", "annex1-i2"]


def test_a_table_annexed_as_fubiao_is_an_annex():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.加强培训。\n某某县人民政府\n2023年3月1日\n"
                 "附表1\n重点任务分工表\n序号\t重点任务\t牵头单位\n1\t加强学习\t县司法局\n2\t加强培训\t县委组织部\n")
    assert plan.tasks()[-1].paragraphs == () and plan.meta.issuer == "某某县人民政府"
    assert [responsibility(plan.root)[task.anchor].leads for task in plan.tasks()] == [("县司法局",), ("县委组织部",)]


@pytest.mark.parametrize(("head", "level"), [
    ("各镇人民政府、街道办事处，市直机关各单位：", "county"),
    ("各县（市、区）人民政府，市直各单位：", "city"),
    ("", "city"),
])
def test_a_city_whose_notice_is_addressed_to_townships_is_county_level(head, level):
    plan = _plan(f"祁阳市人民政府办公室关于印发祁阳市法治政府建设实施方案的通知\n{head}\n现印发给你们。\n"
                 "祁阳市法治政府建设实施方案\n一、主要任务\n（一）推进乡镇综合执法。\n")
    assert plan.meta.level == level


def test_a_city_whose_text_names_only_townships_is_county_level():
    body = "一、主要任务\n（一）推进乡镇综合执法。\n（二）规范街道执法。\n（三）加强乡镇法治建设。\n"
    assert _plan("昆山市法治政府建设实施方案\n" + body).meta.level == "county"
    assert _plan("东莞市法治政府建设实施方案\n" + body).meta.level == "city"
    assert _plan("某某市法治政府建设实施方案\n" + body + "（四）指导各县（市、区）。\n").meta.level == "city"


def test_a_plan_s_closing_notes_numbered_below_a_heading_are_no_tasks():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n（一）加强行政复议工作。\n（二）推进政务公开。\n注：\n"
                 "1.本方案所称“县直各部门”，是指县政府工作部门。\n2.各项任务完成时限未明确的，于2023年底前完成。\n")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-s1", "c1-s2"]
    assert plan.root.closing[0] == "注：" and len(plan.root.closing) == 3
    # In traditional script too: 說明：.
    traditional = _plan("某某縣法治政府建設實施方案\n一、主要任務\n（一）加強行政復議工作。\n說明：\n1.本方案所稱縣直各部門。\n")
    assert len(traditional.tasks()) == 1 and traditional.root.closing[0] == "說明："
    # A remark within a task, with the plan's numbering going on below it, stays the task's.
    remark = _plan("某某县法治政府建设实施方案\n一、主要任务\n（一）加强行政复议工作。\n注：此项工作须在年内完成。\n"
                   "（二）推进政务公开。\n1.公开权责清单。\n")
    assert remark.tasks()[0].paragraphs == ("注：此项工作须在年内完成。",) and not remark.root.closing


def test_a_remark_under_the_notice_s_date_is_the_notice_s():
    plan = _plan("某某县人民政府关于印发某某县法治政府建设实施方案的通知\n各乡镇人民政府：\n现将《某某县法治政府建设实施方案》"
                 "印发给你们。\n某某县人民政府\n2022年1月10日\n（此件公开发布）\n为推进依法行政，制定本方案。\n"
                 "一、主要任务\n（一）推进政务公开。\n")
    assert plan.front_matter[-1] == "2022年1月10日"  # the remark under it is the document's furniture
    assert plan.root.paragraphs == ("为推进依法行政，制定本方案。",)
    # So is one that ends a plan with no signature, and the contact under a notice: no text of the last task.
    unsigned = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强行政复议工作。\n（此件主动公开）\n"
                     "（联系人：张三，联系电话：0812-1234567）\n")
    assert (unsigned.tasks()[0].text, unsigned.tasks()[0].note, unsigned.root.closing) == ("", "", ())


def test_a_report_is_titled_by_its_organ_and_its_heading():
    plan = _plan("某某市司法局\n关于2023年度法治政府建设情况的报告\n2023年，我局深入推进法治政府建设。\n"
                 "一、主要工作及成效\n（一）加强党的领导。\n")
    assert (plan.meta.title, plan.meta.slug) == ("某某市司法局关于2023年度法治政府建设情况的报告", "moumou-sifaju-2023")
    # Its heading lines are its title, not its first paragraphs.
    assert plan.root.paragraphs == ("2023年，我局深入推进法治政府建设。",)
    # A notice that is itself the plan: its heading, the issuer's name before 关于, is its title.
    notice = _plan("某某县人民政府关于进一步加强法治政府建设的通知\n各乡镇人民政府，县直各单位：\n现就有关事项通知如下：\n"
                   "一、明确工作任务\n（一）加强行政复议工作。（县司法局牵头）\n")
    assert notice.meta.title == "某某县人民政府关于进一步加强法治政府建设的通知"
    assert notice.root.paragraphs == ("各乡镇人民政府，县直各单位：", "现就有关事项通知如下：")
    # A report whose heading names its organ before 关于, with a line under it that names the subject too: the
    # heading is its title (a pattern of the same name, defined later, had made it the line under it).
    headed = _plan("某某县人民政府关于2023年度法治政府建设情况的报告\n某某县法治政府建设工作情况\n一、主要工作\n"
                   "1.推进依法行政。\n2.加强执法监督。\n")
    assert (headed.meta.title, headed.meta.issuer, headed.meta.slug) == (
        "某某县人民政府关于2023年度法治政府建设情况的报告", "某某县人民政府", "moumou-2023")


def test_a_first_line_naming_the_subject_is_a_title_though_it_names_no_plan():
    report = _plan("某某县2022年法治政府建设工作情况报告\n2022年，我县深入推进法治政府建设。\n"
                   "一、主要举措和成效\n（一）加强组织领导。\n")
    assert report.meta.title == "某某县2022年法治政府建设工作情况报告"
    # Before, it was the first paragraph too, and the page printed it twice.
    assert report.root.paragraphs == ("2022年，我县深入推进法治政府建设。",)
    assert any("names no plan" in d.message for d in report.diagnostics)
    # A page prints it under its column's name, above its byline and again above the text: the second is
    # the title.
    page = _plan("工作报告\n静海区2023年度法治政府建设情况报告\n文章来源:司法局 更新时间:2024/03/28 09:18:01\n"
                 "静海区2023年度法治政府建设情况报告\n2023年，静海区全面贯彻习近平法治思想。\n一、主要举措\n"
                 "（一）依法全面履行政府职能。\n")
    assert page.root.paragraphs == ("2023年，静海区全面贯彻习近平法治思想。",)
    assert page.meta.title == "静海区2023年度法治政府建设情况报告"
    # A first line that is a sentence's start stays text.
    untitled = _plan("为深入推进法治政府建设，结合实际，制定如下措施\n一、主要任务\n（一）加强组织领导。\n", "cuoshi.txt")
    assert untitled.root.paragraphs == ("为深入推进法治政府建设，结合实际，制定如下措施",)


NOTES_IN_MORE_PIECES = """某某县2024年法治政府建设工作要点
一、加强党对法治政府建设的领导
1.开展述法工作。（牵头单位：县委依法治县办）（配合单位：县委组织部、县司法局）
2.加强法治督察。每季度开展一次。县司法局牵头，县纪委监委配合。2024年6月底前完成。
3.推进合法性审核全覆盖。（牵头单位：县司法局；配合单位：各乡镇人民政府。详见任务分解表，下同）
二、保障措施
（一）加强督促检查。以上任务由县司法局牵头，县直各部门配合。
"""


def test_notes_in_two_brackets_or_two_sentences_and_their_remarks_are_read():
    plan = _plan(NOTES_IN_MORE_PIECES)
    first, second, third = plan.tasks()[:3]
    duty = responsibility(plan.root)
    assert first.text == "" and first.note == "牵头单位：县委依法治县办；配合单位：县委组织部、县司法局"
    assert duty[first.anchor].leads == ("县委依法治县办",) and duty[first.anchor].partners == ("县委组织部", "县司法局")
    # A sentence of who does it, then one of when: both are the note.
    assert second.text == "每季度开展一次。" and second.note == "县司法局牵头，县纪委监委配合。2024年6月底前完成"
    assert duty[second.anchor].leads == ("县司法局",) and duty[second.anchor].partners == ("县纪委监委",)
    assert measures(plan.root)[second.anchor][0] == ("2024年6月底前",)
    # A remark among the units names none.
    assert duty[third.anchor].partners == ("各乡镇人民政府",)
    assert duty["c2-s1"].leads == ("县司法局",) and duty["c2-s1"].partners == ("县直各部门",)


MARKED_LEADS = """某某县法治政府建设实施方案
（带★的为牵头单位）
一、全面提升依法行政能力
1.建立领导干部应知应会法律法规清单制度。（★县司法局、县委组织部）
2.落实政府常务会议会前学法制度。（县政府办＊，县司法局）
3.开展旁听庭审活动。（县法院、县司法局*；*为牵头单位）
"""


def test_units_marked_as_leading_lead_where_the_plan_says_what_the_mark_means():
    plan = _plan(MARKED_LEADS)
    duties = responsibility(plan.root)
    assert [(duties[task.anchor].leads, duties[task.anchor].partners) for task in plan.tasks()] == [
        (("县司法局",), ("县委组织部",)), (("县政府办",), ("县司法局",)), (("县司法局",), ("县法院",))]
    # Where the plan never says it, a mark only leaves the unit's name.
    unsaid = _plan(MARKED_LEADS.replace("（带★的为牵头单位）\n", ""))
    assert responsibility(unsaid.root)["c1-i1"] == Responsibility((), ("县司法局", "县委组织部"))
    # A table's header may say it for its column.
    table = _plan("某某县法治政府建设重点任务分工方案\n序号\t重点任务\t责任单位（带*的为牵头单位）\t完成时限\n"
                  "1\t建立领导干部应知应会法律法规清单制度\t县委组织部、县司法局*\t2024年底前\n")
    assert responsibility(table.root)["i1"] == Responsibility(("县司法局",), ("县委组织部",))


def test_a_bracket_closing_a_labelled_last_sentence_is_part_of_its_note():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n"
                 "1.严格执法监督。责任单位：县市场监管局、县司法局（牵头）\n"
                 "2.规范执法程序。责任单位：县司法局（完成时限：2023年底前）\n"
                 "3.加强执法培训。牵头单位：县司法局（县委编办配合）\n"
                 "4.推行说理式执法。责任单位：县司法局（2024年底前完成）\n")
    # Before, each bracket was the whole note, and the sentence it closes stayed in the text.
    assert [task.text for task in plan.tasks()] == ["", "", "", ""]
    assert [task.note for task in plan.tasks()] == [
        "责任单位：县市场监管局、县司法局（牵头）", "责任单位：县司法局；完成时限：2023年底前",
        "牵头单位：县司法局；县委编办配合", "责任单位：县司法局（2024年底前完成）"]
    duties = responsibility(plan.root)
    assert [(duties[task.anchor].leads, duties[task.anchor].partners) for task in plan.tasks()] == [
        (("县司法局",), ("县市场监管局",)), ((), ("县司法局",)), (("县司法局",), ("县委编办",)), ((), ("县司法局",))]
    assert [measures(plan.root)[task.anchor][0] for task in plan.tasks()[1::2]] == [("2023年底前",), ("2024年底前",)]


def test_a_bulleted_list_s_items_are_tasks_numbered_by_their_place_in_it():
    plan = _plan("某某县2024年法治政府建设工作要点\n一、深入学习贯彻习近平法治思想\n"
                 "●把学习贯彻习近平法治思想作为会前学法的首要内容。（责任单位：县司法局）\n"
                 "● 组织开展领导干部应知应会法律法规知识测试。（责任单位：县委组织部）\n"
                 "二、依法全面履行政府职能\n1.深化“放管服”改革。\n\uf06c全面推行证明事项告知承诺制。\n"
                 "\uf06c推行“一件事一次办”。\n2.严格落实权责清单制度。\n◆动态调整权责清单。\n")
    # Before, the first bullet was its chapter's text and the second went to the plan's closing text.
    assert [(task.anchor, task.number, task.title) for task in plan.tasks()] == [
        ("c1-b1", "一●1", "把学习贯彻习近平法治思想作为会前学法的首要内容"),
        ("c1-b2", "一●2", "组织开展领导干部应知应会法律法规知识测试"),
        # A word processor's Wingdings bullet, a private-use character, is read as the bullet it draws.
        ("c2-i1-b1", "二1●1", "全面推行证明事项告知承诺制"), ("c2-i1-b2", "二1●2", "推行“一件事一次办”"),
        # A bullet before a lone line is no list: it stays text.
        ("c2-i2", "二2", "严格落实权责清单制度")]
    assert plan.tasks()[-1].paragraphs == ("◆动态调整权责清单。",)
    assert responsibility(plan.root)["c1-b2"].partners == ("县委组织部",)
    # Bullets before the outline's first number are its preamble's, as paragraphs counted in words are.
    preamble = _plan("某某县法治政府建设实施方案\n坚持以下原则：\n●坚持党的领导。\n●坚持以人民为中心。\n一、主要任务\n1.加强学习。\n")
    assert preamble.root.paragraphs == ("坚持以下原则：", "●坚持党的领导。", "●坚持以人民为中心。")
    assert [task.anchor for task in preamble.tasks()] == ["c1-i1"]
    # A menu's entries, bulleted at a page's foot, say too little to be items.
    menu = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n2.规范执法。\n● 政务公开\n● 互动交流\n")
    assert [task.anchor for task in menu.tasks()] == ["c1-i1", "c1-i2"]
    # Arrows and stars, as a word processor's or an article's bullets, and Wingdings' ❖ and ❑.
    for bullet in ("➢", "➤", "▷", "★", "☆", "❖", "\uf076", "❑", "\uf071"):
        arrows = _plan(f"某某县法治政府建设实施方案\n一、主要任务\n{bullet}深化放管服改革，优化营商环境。\n"
                       f"{bullet} 推进综合行政执法改革。\n")
        assert [(task.anchor, task.title) for task in arrows.tasks()] == [
            ("c1-b1", "深化放管服改革，优化营商环境"), ("c1-b2", "推进综合行政执法改革")], bullet
    # A word processor's bullets whose symbol font a copy lost, printed as the letter of their code before a tab or
    # a space (Symbol's ·, Wingdings' l, §, Ø, ü, Courier New's o), and check marks: the letters had been the tasks'
    # first words, and the tasks were counted by their notes.
    for bullet in ("·\t", "l ", "§\t", "Ø ", "ü ", "o\t", "n\t", "\uf0fc", "√ "):
        lost = _plan(f"某某县法治政府建设实施方案\n一、主要任务\n{bullet}深化放管服改革。（县司法局牵头）\n"
                     f"{bullet}推进综合行政执法改革。（县委编办牵头）\n")
        assert [(task.anchor, task.title, task.note) for task in lost.tasks()] == [
            ("c1-b1", "深化放管服改革", "县司法局牵头"), ("c1-b2", "推进综合行政执法改革", "县委编办牵头")], bullet


def test_parts_numbered_in_financial_numerals_are_numbered_as_in_common_ones():
    plan = _plan("某某县法治政府建设实施方案\n壹、总体要求\n坚持党的领导。\n贰、主要任务\n（壹）依法全面履行政府职能\n"
                 "1.深化改革。（牵头单位：县司法局）\n（貳）健全制度\n1.加强审查。\n拾壹、附则\n本方案自印发之日起施行。\n")
    # Before, 壹、 and （壹） numbered nothing: the plan's parts were its preamble's text.
    assert [(node.anchor, node.number) for node in plan.root.walk() if node.marker] == [
        ("c1", "壹"), ("c2", "贰"), ("c2-s1", "贰(壹)"), ("c2-s1-i1", "贰(壹)1"), ("c2-s2", "贰(貳)"), ("c2-s2-i1", "贰(貳)1"),
        ("c11", "拾壹")]
    assert _plan("某某县法治政府建设实施方案\n第壹条 为了规范执法，制定本办法。\n第贰条 本办法适用于全县。\n").tasks()[1].anchor \
        == "art2"


def test_an_article_on_wechat_numbers_with_keycap_emoji_and_bullets_with_emoji():
    """1️⃣ 2️⃣ … 🔟 number as 1. does; 🔹, 👉, ✅, 📌 … bullet: they had been paragraphs counted by their notes, the emoji
    the first words of their titles."""
    keycaps = "".join(f"{digit}\ufe0f\u20e3推进第{digit}项工作。落实责任。（牵头单位：县司法局）\n" for digit in range(1, 10))
    plan = _plan(f"某某县2024年法治政府建设工作要点\n一、主要任务\n{keycaps}\U0001F51F推进第十项工作。\n")
    assert [(task.anchor, task.title) for task in plan.tasks()] == [
        (f"c1-i{k}", f"推进第{k}项工作") for k in range(1, 10)] + [("c1-i10", "推进第十项工作")]
    # Past 🔟 (or in its place), a number of two keycaps: 1️⃣1️⃣ is 11 (its second keycap had opened the title).
    two_keycaps = "".join(f"{''.join(digit + chr(0xFE0F) + chr(0x20E3) for digit in str(number))}推进第{number}项工作。\n"
                          for number in range(9, 13))
    plan = _plan(f"某某县2024年法治政府建设工作要点\n一、主要任务\n{two_keycaps}")
    assert [(task.anchor, task.title) for task in plan.tasks()] == [(f"c1-i{k}", f"推进第{k}项工作") for k in range(9, 13)]
    for bullet in ("\U0001F539", "\U0001F449", "\u2705", "\U0001F4CC", "\u27a1\ufe0f", "\u2714\ufe0f"):
        bulleted = _plan(f"某某县2024年法治政府建设工作要点\n一、主要任务\n{bullet}严格落实重大行政决策程序。（牵头单位：县政府办）\n"
                         f"{bullet} 健全法律顾问制度。（牵头单位：县司法局）\n")
        assert [(task.anchor, task.title) for task in bulleted.tasks()] == [
            ("c1-b1", "严格落实重大行政决策程序"), ("c1-b2", "健全法律顾问制度")], bullet
    # An arrow before a number still only decorates it, and one alone at an article's foot is no list.
    pointed = _plan("某某县2024年法治政府建设工作要点\n一、主要任务\n\U0001F4491.加强学习。\n\U0001F4492.规范执法。\n"
                    "\U0001F449点击阅读原文查看全文\n")
    assert [task.anchor for task in pointed.tasks()] == ["c1-i1", "c1-i2"]


UNNUMBERED_ITEMS = ("某某县2024年法治政府建设工作要点\n一、深入学习贯彻习近平法治思想\n"
                    "把学习贯彻习近平法治思想作为会前学法的首要内容。（责任单位：县司法局）\n"
                    "组织开展领导干部应知应会法律法规知识测试。（责任单位：县委组织部）\n二、依法全面履行政府职能\n"
                    "深化“放管服”改革。（牵头单位：县政务服务中心）\n严格落实权责清单制度。（责任单位：县委编办）\n"
                    "本要点自印发之日起施行。\n")


def test_paragraphs_that_end_with_their_notes_under_a_bare_heading_are_tasks_counted_in_their_run(tmp_path):
    plan = _plan(UNNUMBERED_ITEMS)
    assert [(task.anchor, task.number, task.title) for task in plan.tasks()] == [
        ("c1-n1", "一第1项", "把学习贯彻习近平法治思想作为会前学法的首要内容"),
        ("c1-n2", "一第2项", "组织开展领导干部应知应会法律法规知识测试"),
        ("c2-n1", "二第1项", "深化“放管服”改革"), ("c2-n2", "二第2项", "严格落实权责清单制度")]
    duty = responsibility(plan.root)
    assert [duty[task.anchor] for task in plan.tasks()] == [
        Responsibility((), ("县司法局",)), Responsibility((), ("县委组织部",)), Responsibility(("县政务服务中心",), ()),
        Responsibility((), ("县委编办",))]
    # Before, each chapter took its first item's note as its own, and the other items were its closing text.
    assert plan.root["一"].note == "" and plan.root["一"].closing == ()
    assert plan.root.closing == ("本要点自印发之日起施行。",)
    # Its page heads each with its words alone: it prints no number.
    assert "### 深化“放管服”改革 {#c2-n1}" in _rendered(tmp_path, UNNUMBERED_ITEMS)
    # A line that leads into them (…以下工作：) stays the heading's text.
    led = _plan(UNNUMBERED_ITEMS.replace("思想\n把学习", "思想\n今年要突出抓好以下工作：\n把学习"))
    assert [task.anchor for task in led.tasks()][:2] == ["c1-n1", "c1-n2"]
    assert led.root["一"].paragraphs == ("今年要突出抓好以下工作：",) and led.root["一"].note == ""
    # So does a sentence without a note that opens the chapter (今年是…，要…。).
    opened = _plan(UNNUMBERED_ITEMS.replace("思想\n把学习", "思想\n今年是全面贯彻党的二十大精神的开局之年，要坚持依法行政。\n把学习"))
    assert [task.anchor for task in opened.tasks()][:2] == ["c1-n1", "c1-n2"] and opened.root["一"].note == ""
    assert opened.root["一"].paragraphs == ("今年是全面贯彻党的二十大精神的开局之年，要坚持依法行政。",)
    # And two or more such lines.
    preface = "今年是全面贯彻党的二十大精神的开局之年，要坚持依法行政。\n各单位要切实履行第一责任人职责。\n"
    prefaced = _plan(UNNUMBERED_ITEMS.replace("思想\n把学习", "思想\n" + preface + "把学习"))
    assert [task.anchor for task in prefaced.tasks()][:2] == ["c1-n1", "c1-n2"] and prefaced.root["一"].note == ""
    assert prefaced.root["一"].paragraphs == tuple(preface.split())
    # Each led by a dash, as a plan's list of paragraphs sets it, which is no word of its title.
    dashed = _plan(UNNUMBERED_ITEMS.replace("思想\n把学习", "思想\n——把学习").replace("\n组织开展", "\n—— 组织开展"))
    assert [task.title for task in dashed.tasks()][:2] == [task.title for task in plan.tasks()][:2]
    # So do paragraphs whose notes are their last sentences (…。由X牵头，Y配合。): the chapter took the last one's units.
    sentences = _plan("某某县2023年法治政府建设工作要点\n一、加强党的领导\n深入学习贯彻习近平法治思想。由县委宣传部牵头，县司法局配合。\n"
                      "落实第一责任人职责。由县委办负责。\n")
    duty = responsibility(sentences.root)
    assert [(task.anchor, duty[task.anchor].leads, duty[task.anchor].partners) for task in sentences.tasks()] == [
        ("c1-n1", ("县委宣传部",), ("县司法局",)), ("c1-n2", (), ("县委办",))]
    # So do paragraphs with their notes on the lines below them (a plan whose tasks' numbers were lost), and a
    # paragraph without a note between two of them is a task of the run too: the chapter took every unit.
    below = _plan("某某县2023年法治政府建设工作要点\n一、加强党的领导\n深入学习贯彻习近平法治思想。\n牵头单位：县委宣传部\n"
                  "配合单位：县司法局\n开展法治培训。\n落实第一责任人职责。\n【牵头单位】县委办\n二、依法行政\n")
    duty = responsibility(below.root)
    assert [(task.anchor, duty[task.anchor].leads, duty[task.anchor].partners) if task.anchor in duty else task.anchor
            for task in below.tasks()] == [("c1-n1", ("县委宣传部",), ("县司法局",)), "c1-n2", ("c1-n3", ("县委办",), ()), "c2"]
    # A section whose tasks have their notes is no item of a list without notes: a note below the next section's
    # one paragraph is that section's, not the chapter's.
    sections = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n（一）加强学习\n组织专题学习。（县司法局负责）\n"
                     "开展法治培训。（县委组织部负责）\n（二）规范执法\n推行三项制度。\n【牵头单位】县公安局\n【配合单位】县法院\n")
    duty = responsibility(sections.root)
    assert (duty["c1-s2"].leads, duty["c1-s2"].partners) == (("县公安局",), ("县法院",)) and "c1" not in duty
    # One such paragraph alone, or under a heading with words of its own, is the heading's text, as before.
    alone = _plan("某某县2024年法治政府建设工作要点\n一、深入学习贯彻习近平法治思想\n"
                  "把学习贯彻习近平法治思想作为会前学法的首要内容。（责任单位：县司法局）\n二、依法全面履行政府职能\n")
    assert [task.anchor for task in alone.tasks()] == ["c1", "c2"]
    worded = _plan(UNNUMBERED_ITEMS.replace("一、深入学习贯彻习近平法治思想", "一、深入学习贯彻习近平法治思想。全面提升能力。"))
    assert [task.anchor for task in worded.tasks()][:1] == ["c1"]


MEASURES_WITH_NOTES = """某某省法治政府建设实施方案（2021—2025年）
一、健全政府机构职能体系
（一）推进政府机构职能优化协同高效。坚持优化政府组织结构与促进政府职能转变统筹结合。（省委编办牵头，省直有关部门按职责分工负责）
全面实行政府权责清单制度，推动各级政府高效履职尽责。（省司法厅牵头）
（二）深入推进“放管服”改革。分级分类推进行政审批制度改革。（省政务服务办牵头）全面推行证明事项告知承诺制。（省司法厅牵头）
（三）持续优化法治化营商环境。清理涉企法规规章。（省发展改革委牵头）各地要加强督促落实。
"""


def test_a_note_that_ends_a_task_s_earlier_paragraph_as_its_last_sentence_is_the_task_s():
    """…组织专题学习。由县司法局牵头，县委组织部配合。 / 开展法治培训。: the note was lost, as only bracketed notes were
    read in a task's paragraphs but its last; the paragraph keeps its words."""
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。组织专题学习。由县司法局牵头，县委组织部配合。\n"
                 "开展法治培训。\n2.规范执法。推行三项制度。（县公安局负责）\n")
    first = plan.tasks()[0]
    duty = responsibility(plan.root)[first.anchor]
    assert (duty.leads, duty.partners) == (("县司法局",), ("县委组织部",))
    assert (first.text, first.paragraphs) == ("组织专题学习。", ("开展法治培训。",))


def test_a_task_s_measures_each_with_its_note_stay_in_its_place_and_all_their_units_are_the_task_s():
    plan = _plan(MEASURES_WITH_NOTES)
    first, second, third = plan.tasks()
    # A paragraph with its own note after the task's went to the chapter's closing text, shown after (三).
    assert (first.text, first.paragraphs) == ("坚持优化政府组织结构与促进政府职能转变统筹结合。", ("全面实行政府权责清单制度，推动各级政府高效履职尽责。",))
    assert not plan.root["一"].closing
    # Measures within one paragraph, each with its note, are a paragraph each.
    assert (second.text, second.paragraphs) == ("分级分类推进行政审批制度改革。", ("全面推行证明事项告知承诺制。",))
    duty = responsibility(plan.root)
    assert duty["c1-s1"] == Responsibility(("省委编办", "省司法厅"), ("省直有关部门",))
    assert duty["c1-s2"] == Responsibility(("省政务服务办", "省司法厅"), ())
    # Words after a note that note no units of their own stay where they are printed; the note's units are the task's.
    assert third.text == "清理涉企法规规章。（省发展改革委牵头）各地要加强督促落实。"
    assert duty["c1-s3"] == Responsibility(("省发展改革委",), ())
    # A heading that ends with a full stop is still bare: the measures under it are its items.
    items = _plan(MEASURES_WITH_NOTES.replace("高效。坚持", "高效。\n坚持"))
    assert [task.anchor for task in items.tasks()][:2] == ["c1-s1-n1", "c1-s1-n2"]


def test_notes_that_end_a_clause_or_sentence_inside_a_task_s_text_are_the_task_s_units_too():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n"
                 "1.规范行政执法。推行行政执法三项制度（县司法局负责）。加强执法人员培训。\n"
                 "2.推进政务公开。完善公开目录（县政府办牵头），加强政策解读（县委宣传部牵头）。\n"
                 "3.深化协作。加强与政法单位（县公安局、县人民法院）的协作，推行三项制度。\n")
    duty = responsibility(plan.root)
    assert duty["c1-i1"].partners == ("县司法局",) and duty["c1-i2"].leads == ("县政府办", "县委宣传部")
    # Left where they are printed; units in brackets in no role are the sentence's words.
    assert plan.tasks()[0].text == "推行行政执法三项制度（县司法局负责）。加强执法人员培训。" and "c1-i3" not in duty
    # A unit that leads one measure and is in charge of another leads the task, and is listed once.
    both = _plan("某某镇2024年法治建设工作要点\n一、加强普法宣传。一是开展宪法宣传周活动（司法所牵头，各村配合）；"
                 "二是培养农村学法用法示范户（司法所负责）。\n")
    assert responsibility(both.root)["c1"] == Responsibility(("司法所",), ("各村",))


def test_a_task_typed_with_half_width_punctuation_has_its_heading_split_at_its_full_stop():
    plan = _plan("XX县2023年法治政府建设工作要点\n一、主要任务\n1. 加强学习培训, 提升法治能力. (牵头单位: 县司法局)\n"
                 "2. 推进执法规范化. 全面推行三项制度, 访问www.gov.cn查询. (责任单位: 县司法局)\n3. 投入2.5亿元用于执法装备.\n")
    assert [(task.title, task.text) for task in plan.tasks()] == [
        ("加强学习培训, 提升法治能力", ""), ("推进执法规范化", "全面推行三项制度, 访问www.gov.cn查询."),
        ("投入2.5亿元用于执法装备", "")]


def test_a_dotted_number_may_end_with_a_dot():
    plan = _plan("某某县法治政府建设实施方案\n1.总体要求\n1.1.指导思想。坚持党的领导。\n2.主要任务\n"
                 "2.1.推进依法行政。全面推行权责清单。\n2.2. 规范行政执法。落实三项制度。\n")
    # Before, they were their first number's text.
    assert [(task.anchor, task.number, task.title) for task in plan.tasks()] == [
        ("i1-d1", "1.1", "指导思想"), ("i2-d1", "2.1", "推进依法行政"), ("i2-d2", "2.2", "规范行政执法")]
    # A decimal is still no number: 2.5.
    assert _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习，投入\n2.5亿元。\n").tasks()[0].anchor == "c1-i1"


def test_an_outline_numbered_with_hyphens_is_one_numbered_with_dots():
    plan = _plan("某某县2024年法治政府建设工作要点\n一、深化行政执法体制改革\n"
                 "1-1 全面推行行政执法“三项制度”。完善执法公示平台。（牵头单位：县司法局）\n"
                 "1-2 加强行政执法人员培训。（牵头单位：县司法局；配合单位：县直各部门）\n"
                 "二、加强行政决策规范化\n2-1严格落实重大行政决策程序。（牵头单位：县政府办）\n")
    # Before, they were paragraphs counted by their notes (c1-n1 …), their numbers in their titles.
    assert [(task.anchor, task.title) for task in plan.tasks()] == [
        ("c1-d1", "全面推行行政执法“三项制度”"), ("c1-d2", "加强行政执法人员培训"), ("c2-d1", "严格落实重大行政决策程序")]
    assert plan.tasks()[1].marker.printed == "1-2" and responsibility(plan.root)["c1-d2"].partners == ("县直各部门",)
    # A range of months or years opening a line is no number.
    ranged = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.开展专项整治，时间为\n1-3月。\n2.加强培训。\n")
    assert [node.anchor for node in ranged.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2"]


def test_numbers_given_a_full_stop_for_their_dot_count_where_the_text_counts_with_them():
    plan = _plan("某某县2024年法治政府建设工作要点\n一、深化行政执法体制改革\n1。全面推行行政执法“三项制度”。（牵头单位：县司法局）\n"
                 "2。加强行政执法人员培训。（牵头单位：县司法局）\n二、加强行政决策规范化\n1。严格落实重大行政决策程序。\n")
    # Before, each was a paragraph counted by its note, titled "1".
    assert [(task.anchor, task.title) for task in plan.tasks()] == [
        ("c1-i1", "全面推行行政执法“三项制度”"), ("c1-i2", "加强行政执法人员培训"), ("c2-i1", "严格落实重大行政决策程序")]
    # A sentence wrapped before a figure and its full stop is no number.
    wrapped = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强培训，每年培训不少于\n40。此外组织考试。\n2.加强考核。\n")
    assert [node.anchor for node in wrapped.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2"]


def test_sub_items_lettered_in_order_are_numbered_by_their_letters():
    plan = _plan("某某县2024年法治政府建设工作要点\n一、深化行政执法体制改革\n1.全面推行行政执法“三项制度”。（牵头单位：县司法局）\n"
                 "A、完善执法公示平台。\nB．完善执法全过程记录。\n2.加强行政执法人员培训。\n二、加强行政决策规范化\n"
                 "Ａ、严格落实重大行政决策程序。\nＢ、健全法律顾问制度。\n")
    assert [(node.anchor, node.number, node.title) for node in plan.root.walk() if node.marker] == [
        ("c1", "一", "深化行政执法体制改革"), ("c1-i1", "一1", "全面推行行政执法“三项制度”"),
        ("c1-i1-a1", "一1A", "完善执法公示平台"), ("c1-i1-a2", "一1B", "完善执法全过程记录"),
        ("c1-i2", "一2", "加强行政执法人员培训"), ("c2", "二", "加强行政决策规范化"),
        ("c2-a1", "二Ａ", "严格落实重大行政决策程序"), ("c2-a2", "二Ｂ", "健全法律顾问制度")]
    # A letter alone, or one that opens a sentence's words (A级, A、B两类), numbers nothing.
    for line in ("A、加强学习。", "A级景区创建。", "A、B两类企业。"):
        lone = _plan(f"某某县法治政府建设实施方案\n一、主要任务\n1.加强培训。\n{line}\n2.加强考核。\n")
        assert [node.anchor for node in lone.root.walk() if node.marker] == ["c1", "c1-i1", "c1-i2"]


def test_a_lettered_list_past_h_goes_on_with_i_not_a_roman_numeral():
    """I、 after H、 is the ninth letter: it had been a Roman numeral's part under H, and J、 and K、 after it, out of
    their run, the text of that part. Parts numbered I、 II、 III、 stay Roman, the lettered items inside them too."""
    items = "".join(f"{letter}、推进第{k}项工作。\n" for k, letter in enumerate("ABCDEFGHIJK", start=1))
    plan = _plan(f"某某县2024年法治政府建设工作要点\n一、主要任务\n1.加强法治学习。\n{items}2.规范执法。\n")
    assert [(node.anchor, node.title) for node in plan.root.walk() if node.marker and node.marker.family == "a"] == [
        (f"c1-i1-a{k}", f"推进第{k}项工作") for k in range(1, 12)]
    assert plan.tasks()[-1].anchor == "c1-i2"
    roman = _plan("某某县法治政府建设实施方案\nI、总体要求\n坚持依法行政。\nII、主要任务\n1.加强学习。\nA、组织培训。\n"
                  "B、开展考试。\nC、组织考核。\nIV、保障措施\n加强领导。\n")
    assert [node.anchor for node in roman.root.walk() if node.marker] == [
        "roman1", "roman2", "roman2-i1", "roman2-i1-a1", "roman2-i1-a2", "roman2-i1-a3", "roman4"]


def test_sub_items_in_small_roman_numerals_as_a_word_processor_s_third_list_level_numbers_them():
    """1. / a. / i. are a word processor's three levels of a list, as pandoc's plain text writes them (indented);
    i. ii. iii. had been no numbers (i. not the first of a run of letters), their sub-items run into the task."""
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.  加强学法培训。\n    a.  组织集中学习。\n"
                 "        i.  制定年度学法计划。\n        ii.  开展专题讲座。\n        iii.  组织旁听庭审。\n"
                 "    b.  开展法治考试。\n2.  加强执法监督。\n")
    assert [(node.anchor, node.number, node.title) for node in plan.root.walk() if node.marker] == [
        ("c1", "一", "主要任务"), ("c1-i1", "一1", "加强学法培训"), ("c1-i1-a1", "一1a", "组织集中学习"),
        ("c1-i1-a1-ri1", "一1ai", "制定年度学法计划"), ("c1-i1-a1-ri2", "一1aii", "开展专题讲座"),
        ("c1-i1-a1-ri3", "一1aiii", "组织旁听庭审"), ("c1-i1-a2", "一1b", "开展法治考试"), ("c1-i2", "一2", "加强执法监督")]
    # In brackets too, and a lettered list's i. after h. stays its ninth letter.
    bracketed = _plan("某某县法治政府建设实施方案\n一、主要任务\n1.加强培训。\n(i)组织学习。\n(ii)开展考试。\n")
    assert [task.anchor for task in bracketed.tasks()] == ["c1-i1-ri1", "c1-i1-ri2"]
    letters = "".join(f"{letter}.推进第{k}项。\n" for k, letter in enumerate("abcdefghij", start=1))
    lettered = _plan(f"某某县法治政府建设实施方案\n一、主要任务\n1.加强培训。\n{letters}")
    assert [task.anchor for task in lettered.tasks()] == [f"c1-i1-a{k}" for k in range(1, 11)]


def test_a_bracketed_number_with_a_stray_mark_or_no_opening_bracket():
    plan = _plan("某某县法治政府建设实施方案\n一、主要任务\n（一）、加强学习。\n（二）、规范执法。\n二、保障措施\n1）、加强领导。\n")
    assert [(task.anchor, task.title) for task in plan.tasks()] == [
        ("c1-s1", "加强学习"), ("c1-s2", "规范执法"), ("c2-p1", "加强领导")]
    # A bracketed number printed without its opening bracket, as 1） is.
    unopened = _plan("某某县法治政府建设实施方案\n一、主要任务\n一）加强学习。\n二）规范执法。\n")
    assert [(task.anchor, task.title) for task in unopened.tasks()] == [("c1-s1", "加强学习"), ("c1-s2", "规范执法")]


def test_tasks_numbered_by_name_are_tasks_of_their_own_kind():
    plan = _plan("某某市2024年法治政府建设重点任务清单\n一、推进政府职能转变\n"
                 "任务1：持续优化营商环境。落实市场准入负面清单制度。（牵头单位：市发展改革委）\n"
                 "任务2：推行行政许可清单管理。（牵头单位：市政务服务管理局）\n二、健全依法决策机制\n"
                 "措施三、严格落实重大行政决策程序。（牵头单位：市司法局）\n")
    # Before, the first was its chapter's text and the second went to the plan's closing text.
    assert [(task.anchor, task.number, task.title) for task in plan.tasks()] == [
        ("c1-t1", "一任务1", "持续优化营商环境"), ("c1-t2", "一任务2", "推行行政许可清单管理"),
        ("c2-t3", "二措施三", "严格落实重大行政决策程序")]
    assert responsibility(plan.root)["c1-t2"].leads == ("市政务服务管理局",)
    # A sentence about the plan's tasks is no number.
    assert _plan("某某县法治政府建设实施方案\n一、主要任务\n任务分解到各部门。\n").tasks()[0].anchor == "c1"
    # Named as actions or in brackets, and after the words that say whose tasks they are (they were paragraphs
    # counted by their notes, n1, their numbers in their titles, or one task's text).
    for first, second in (("【任务1】", "【任务2】"), ("（任务一）", "（任务二）"), ("行动1.", "行动2."),
                          ("专项行动一：", "专项行动二："), ("工作任务1：", "工作任务2："), ("主要举措一、", "主要举措二、")):
        named = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n{first}加强学习培训。组织学法。（责任单位：县司法局）\n"
                      f"{second}深化政务公开。（责任单位：县政府办）\n")
        assert [(task.anchor, task.title, task.number) for task in named.tasks()] == [
            ("c1-t1", "加强学习培训", "一" + first.rstrip("：、.")), ("c1-t2", "深化政务公开", "一" + second.rstrip("：、."))]
    # 第1项 counts as 第一项 does.
    items = _plan("某某县2023年法治政府建设工作要点\n第1项：加强学习培训。组织学法。\n第2项：开展述法。\n")
    assert [(task.anchor, task.number) for task in items.tasks()] == [("o1", "第1项"), ("o2", "第2项")]


def test_a_chapter_number_that_goes_on_with_a_dotted_outline_s_count_stands_at_the_top():
    plan = _plan("某某县法治政府建设实施方案\n1 总体要求\n1.1 指导思想\n坚持以习近平法治思想为指导。\n2 主要任务\n"
                 "2.1 推进依法行政\n全面推行权责清单制度。\n2.2 规范行政执法\n全面落实三项制度。\n三、保障措施\n"
                 "（一）加强组织领导。\n（二）强化督促检查。\n")
    # Before, 三、 opened a list under 2.2 (i2-d2-c3).
    assert [node.anchor for node in plan.root.children] == ["i1", "i2", "c3"]
    assert [task.anchor for task in plan.tasks()][-2:] == ["c3-s1", "c3-s2"]
    # A chapter's first number under an outline of another kind still opens a list there.
    nested = _plan("某某县法治政府建设实施方案\n1 总体要求\n1.1 指导思想\n2 主要任务\n2.1 推进依法行政\n"
                   "一、推行权责清单。\n二、规范行政执法。\n")
    assert [task.anchor for task in nested.tasks()] == ["i1-d1", "i2-d1-c1", "i2-d1-c2"]


def test_a_line_giving_the_units_of_the_tasks_above_is_their_holders_note():
    plan = _plan("某某县法治政府建设实施方案\n一、推进严格规范公正文明执法\n1.全面推行行政执法公示制度。\n"
                 "2.推行行政执法全过程记录制度。\n以上任务由县司法局牵头，各行政执法单位配合。\n"
                 "二、加强组织保障\n3.加强督促检查。\n以上措施由县司法局负责解释。\n")
    first, second, third = plan.tasks()
    chapter = plan.root.children[0]
    # Not the last task's note: the chapter's, which both tasks inherit.
    assert second.note == "" and chapter.note == "以上任务由县司法局牵头，各行政执法单位配合"
    duties = for_tasks(plan.root, responsibility(plan.root), {})[0]
    assert duties[first.anchor].leads == duties[second.anchor].leads == ("县司法局",)
    assert duties[first.anchor].partners == ("各行政执法单位",)
    # The plan's closing words name who explains it, not who does the tasks.
    assert third.note == "" and plan.root.closing == ("以上措施由县司法局负责解释。",)


def test_a_labelled_line_giving_the_units_of_the_tasks_above_is_their_holders_note():
    """以上任务牵头单位：X；责任单位：Y below a list, as the sentence form is: the holder's note, its units read
    without the words that open it. Before, 以上任务牵头单位：县政务服务中心 was one responsible unit so named, and
    the first half of a two-label line was text."""
    plan = _plan("某某县2024年法治政府建设工作要点\n一、加强党对法治政府建设的领导\n1.深入学习贯彻习近平法治思想。\n"
                 "2.严格落实第一责任人职责。\n以上任务牵头单位：县司法局；责任单位：县直各部门。\n"
                 "二、依法全面履行政府职能\n3.持续深化“放管服”改革。\n4.全面实行行政许可事项清单管理。\n"
                 "上述工作牵头单位：县政务服务中心。\n")
    first, second, third, fourth = plan.tasks()
    chapters = plan.root.children
    assert second.note == fourth.note == "" and chapters[0].paragraphs == ()
    assert [chapter.note for chapter in chapters] == ["以上任务牵头单位：县司法局；责任单位：县直各部门",
                                                      "上述工作牵头单位：县政务服务中心"]
    duties = for_tasks(plan.root, responsibility(plan.root), {})[0]
    assert [(duties[task.anchor].leads, duties[task.anchor].partners) for task in plan.tasks()] == [
        (("县司法局",), ("县直各部门",))] * 2 + [(("县政务服务中心",), ())] * 2


def test_a_title_on_three_lines_with_its_period_is_read_whole():
    plan = _plan("某某市法治政府建设\n“十四五”规划\n（2021—2025年）\n为全面推进法治政府建设，制定本规划。\n一、主要任务\n"
                 "1.深化放管服改革。（市政务服务局牵头）\n")
    assert plan.meta.title == "某某市法治政府建设“十四五”规划（2021—2025年）"
    assert (plan.meta.slug, plan.meta.period) == ("moumou-2021", "2021–2025")
    # So is the stage of its text below it, which names no plan though 意见 is in its words.
    draft = _plan("某某市法治政府建设实施方案\n（2021—2025年）\n（征求意见稿）\n为全面推进法治政府建设，制定本方案。\n"
                  "一、主要任务\n1.深化放管服改革。（市政务服务局牵头）\n")
    assert draft.meta.title == "某某市法治政府建设实施方案（2021—2025年）（征求意见稿）"
    assert (draft.meta.slug, draft.root.paragraphs) == ("moumou-2021", ("为全面推进法治政府建设，制定本方案。",))
    assert plan_kind(draft.meta.title) == "方案"  # its kind, for a URL it shares: no 意见
    traditional = _plan(opencc.OpenCC("s2t").convert("某某市法治政府建设实施方案\n（征求意见稿）\n一、主要任务\n1.深化放管服改革。\n"))
    assert traditional.meta.title == "某某市法治政府建設實施方案（徵求意見稿）"
    # And the year of its revision.
    revised = _plan("某某县行政执法公示办法\n（2023年修订）\n第一条 为规范行政执法，制定本办法。\n第二条 本办法适用于本县。\n")
    assert (revised.meta.title, revised.root.paragraphs) == ("某某县行政执法公示办法（2023年修订）", ())


NOTES_BELOW_SUB_ITEMS = """某某县2023年法治政府建设工作要点
一、健全依法决策机制
1.严格落实重大行政决策程序。
（1）制定重大行政决策事项目录。
（2）推行合法性审查。
牵头单位：县司法局
配合单位：县政府办
2.加强规范性文件管理。
①开展文件清理。
②加强备案审查。
（责任单位：县司法局；完成时限：2023年12月底前）
3.加强行政复议。
（1）畅通申请渠道。牵头单位：县司法局
（2）提高办案质量。
牵头单位：县法院
"""


def test_a_note_below_a_task_s_sub_items_is_the_task_s_unless_they_have_notes_of_their_own():
    plan = _plan(NOTES_BELOW_SUB_ITEMS)
    first, second, third = plan.root["一"].children
    assert first.note == "牵头单位：县司法局；配合单位：县政府办" and [item.note for item in first.children] == ["", ""]
    assert second.note == "责任单位：县司法局；完成时限：2023年12月底前" and second.children[-1].note == ""
    assert third.note == "" and [item.note for item in third.children] == ["牵头单位：县司法局", "牵头单位：县法院"]
    # The sub-items take their task's units and deadline where they name none.
    duties, found = for_tasks(plan.root, responsibility(plan.root), measures(plan.root))
    assert duties["c1-i1-p2"].leads == ("县司法局",) and found["c1-i2-r1"][0] == ("2023年12月底前",)
    # An article's list, likewise.
    article = _plan("某某市关于加强行政执法规范化建设的若干措施\n第一条 全面推行行政执法公示制度。各行政执法机关应当：\n"
                    "（一）公开执法主体；\n（二）公开执法结果。\n责任单位：市司法局\n第二条 本措施自2023年1月1日起施行。\n")
    assert article.root["一"].note == "责任单位：市司法局" and article.root["一"]["一"].note == ""
    # A note between two items of a list is no note below the list: the list goes on after it.
    between = _plan("某某镇2024年法治政府建设工作计划\n一、加强组织领导\n（一）健全工作机制\n1.成立领导小组。\n"
                    "（1）明确职责；\n（2）建立会议制度。\n2.落实第一责任人职责。\n责任单位：镇党委、镇政府\n3.加强学习。\n")
    assert [task.note for task in between.root["一"]["一"].children] == ["", "责任单位：镇党委、镇政府", ""]
    assert between.root["一"]["一"].note == ""
    # A sentence that only says who does it, on a line of its own below sub-items, is their task's note too; and a
    # task whose note ends its heading or its last sentence has a note, so a note below the list's last task is that
    # task's, not the list's holder's.
    said = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.推进依法决策。严格落实决策程序。\n（1）制定目录；\n"
                 "（2）推行审查。\n由县政府办牵头，县直有关部门配合。\n2.加强学习（牵头单位：县委宣传部）。组织专题学习。\n"
                 "3.深化政务公开。公开决策信息。由县财政局牵头，县直各部门配合。\n4.规范行政执法。推行三项制度。\n"
                 "牵头单位：\n县公安局\n配合单位：\n各乡镇人民政府\n")
    duty = responsibility(said.root)
    assert [(duty[anchor].leads, duty[anchor].partners) for anchor in ("c1-i1", "c1-i4")] == [
        (("县政府办",), ("县直有关部门",)), (("县公安局",), ("各乡镇人民政府",))]
    assert said.root["一"].note == "" and said.root["一"]["1"]["2"].note == ""
    # Below a sub-item's own list that ends there too (1. / （1） / （2） / ① / ②), the task's.
    deep = _plan("某某镇2024年法治政府建设工作计划\n一、加强组织领导\n1.成立领导小组。\n（1）明确职责；\n（2）建立会议制度。\n"
                 "①每季度召开一次会议；\n②研究解决重大问题。\n责任单位：镇党政办\n2.落实第一责任人职责。\n责任单位：镇党委\n")
    assert [(node.anchor, node.note) for node in deep.root.walk() if node.note] == [
        ("c1-i1", "责任单位：镇党政办"), ("c1-i2", "责任单位：镇党委")]
    # A task whose note gives only its time limit takes the units of the heading above it.
    timed = _plan("某某县2023年法治政府建设工作要点\n一、推进政务公开（牵头单位：县政府办）\n"
                  "1.完善政府信息公开目录。（完成时限：2023年6月底前）\n2.加强政策解读。\n")
    duties = for_tasks(timed.root, responsibility(timed.root), measures(timed.root))[0]
    assert timed.tasks()[0].note == "完成时限：2023年6月底前"
    assert duties["c1-i1"].leads == duties["c1-i2"].leads == ("县政府办",)


def test_a_covering_document_that_numbers_points_of_its_own_is_no_part_of_the_plan():
    """A notice's requirements (一、提高思想认识 …) or a call for comments on a draft (一、征求意见时间 …) above
    its signature: read as the plan's chapters, they took its first numbers, so its own were anchored c1-2
    (or, with the notice's heading left out, the plan was its annex)."""
    text = ("某某县人民政府办公室关于印发某某县2024年法治政府建设工作要点的通知\n各乡镇人民政府，县直各部门：\n"
            "现将《某某县2024年法治政府建设工作要点》印发给你们，并提出以下要求：\n一、提高思想认识。各单位要高度重视。\n"
            "二、强化工作落实。各单位于12月10日前报送工作总结。\n某某县人民政府办公室\n2024年3月5日\n"
            "某某县2024年法治政府建设工作要点\n一、加强党的领导\n1.深入学习贯彻习近平法治思想。（县委依法治县办牵头）\n"
            "二、推进依法行政\n2.推行三项制度。（县司法局牵头）\n")
    plan = _plan(text)
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-i1", "c2", "c2-i2"]
    assert (plan.meta.title, plan.meta.issued) == ("某某县2024年法治政府建设工作要点", "2024-03-05")
    assert plan.front_matter[3] == "一、提高思想认识。各单位要高度重视。"
    assert [node.anchor for node in _plan(opencc.OpenCC("s2t").convert(text)).root.walk() if node.marker] == [
        "c1", "c1-i1", "c2", "c2-i2"]
    consulted = _plan("关于公开征求《某某市法治政府建设实施方案（征求意见稿）》意见的公告\n现将全文公布，公开征求意见。\n"
                      "一、征求意见时间：2021年10月1日至10月30日。\n二、反馈方式：电子邮件。\n某某市司法局\n2021年9月30日\n"
                      "某某市法治政府建设实施方案\n（征求意见稿）\n一、主要任务\n（一）推进政府机构职能优化。（市委编办牵头）\n")
    assert consulted.meta.title == "某某市法治政府建设实施方案（征求意见稿）"
    assert [node.anchor for node in consulted.root.walk() if node.marker] == ["c1", "c1-s1"]
    # Below a red header, a number and a signer's line, the notice's heading is its fourth line.
    headed = _plan("某某县人民政府办公室文件\n某府办发〔2024〕5号\n签发人：张三\n" + text)
    assert [node.anchor for node in headed.root.walk() if node.marker] == ["c1", "c1-i1", "c2", "c2-i2"]
    # A page that left out the notice's heading still opens with its number or salutation.
    headless = _plan(text.split("\n", 1)[1])
    assert [node.anchor for node in headless.root.walk() if node.marker] == ["c1", "c1-i1", "c2", "c2-i2"]
    assert headless.meta.title == "某某县2024年法治政府建设工作要点"
    # A plan's own title opens a signed plan whose annex follows its date with its title: its tasks stay.
    signed = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。（县司法局牵头）\n某某县人民政府办公室\n"
                   "2023年3月1日\n某某县2023年法治政府建设重点任务分工方案\n1.加强学习培训。牵头单位：县司法局。\n")
    assert (signed.meta.title, signed.tasks()[0].anchor) == ("某某县2023年法治政府建设工作要点", "c1-i1")


def test_joint_issuers_signing_one_above_the_other_are_both_the_issuer():
    plan = _plan("关于印发《某某县法治政府建设实施方案（2021—2025年）》的通知\n某办发〔2022〕3号\n各乡镇党委、政府：\n"
                 "现印发给你们，请认真贯彻落实。\n中共某某县委办公室\n某某县人民政府办公室\n2022年1月20日\n"
                 "某某县法治政府建设实施方案（2021—2025年）\n一、总体要求\n1.坚持党的领导。\n")
    assert plan.meta.issuer == "中共某某县委办公室、某某县人民政府办公室"
    assert (plan.meta.issued, plan.meta.doc_number) == ("2022-01-20", "某办发〔2022〕3号")


@pytest.mark.parametrize("signature", ["某某县人民政府（盖章）\n2023年3月1日", "某某县人民政府\n2023年3月1日（盖章）",
                                       "（某某县人民政府盖章）\n2023年3月1日"])
def test_a_note_of_the_seal_in_a_signature_is_no_part_of_it(signature):
    """A conversion notes the seal (（盖章）): the organ's line was the last task's text, and the plan had no issuer."""
    plan = _plan(f"某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.加强培训。\n{signature}\n")
    assert (plan.meta.issuer, plan.meta.issued, plan.tasks()[-1].paragraphs) == ("某某县人民政府", "2023-03-01", ())


def test_joint_issuers_signing_side_by_side_on_one_line_are_both_the_issuer():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.加强培训。\n"
                 "中共某某县委办公室　　某某县人民政府办公室\n2023年3月1日\n")
    assert plan.meta.issuer == "中共某某县委办公室、某某县人民政府办公室" and plan.meta.issued == "2023-03-01"
    assert plan.tasks()[-1].paragraphs == ()
    # An organ's name spread out by a space is one organ.
    assert _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n某某县 人民政府\n2023年3月1日\n"
                 ).meta.issuer == "某某县 人民政府"


INDICATORS_IN_A_CHAPTER = ("某某市创建全国法治政府建设示范市实施方案\n一、总体要求\n坚持以习近平法治思想为指导。\n二、创建任务\n"
                           "对照《指标体系》，明确责任分工如下：\n序号\t一级指标\t二级指标\t牵头单位\t配合单位\n"
                           "1\t政府职能依法全面履行\t依法制定权责清单\t市委编办\t市直各部门\n"
                           "2\t政府职能依法全面履行\t深化放管服改革\t市政务服务中心\t市直各部门\n"
                           "3\t依法行政制度体系完备\t加强规范性文件管理\t市司法局\t各县区政府\n"
                           "各单位要按照分工抓好落实。\n三、保障措施\n（一）加强组织领导。\n")
INDICATORS_IN_AN_ANNEX = """某某市创建全国法治政府建设示范市实施方案
一、总体要求
坚持以习近平法治思想为指导。
二、主要任务
对照指标体系，逐项抓好落实（详见附件）。
三、保障措施
（一）加强组织领导。成立创建工作领导小组。
附件
某某市创建全国法治政府建设示范市任务分解表
序号\t一级指标\t二级指标\t三级指标\t牵头单位\t责任单位
1\t政府机构职能体系健全\t依法全面履行政府职能\t制定并公布权责清单\t市委编办\t市直各部门
2\t推进放管服改革\t市政务服务中心\t市直各部门
3\t依法行政制度体系完备\t加强规范性文件监督管理\t规范性文件合法性审核全覆盖\t市司法局\t市直各部门
"""


def test_a_numbered_table_that_names_none_of_the_plan_s_tasks_holds_tasks_of_its_own_where_it_stands():
    plan = _plan(INDICATORS_IN_A_CHAPTER)
    assert [node.anchor for node in plan.root.walk() if node.marker] == [
        "c1", "c2", "c2-i1", "c2-i2", "c2-i3", "c3", "c3-s1"]
    first = plan.root["二"]["1"]
    # 一级指标 repeats down the rows: it groups them, and the row's own indicator is its title.
    assert (first.title, first.paragraphs) == ("依法制定权责清单", ("一级指标：政府职能依法全面履行",))
    assert responsibility(plan.root)["c2-i2"].leads == ("市政务服务中心",)
    # What follows the table goes on in the chapter where it stands, not in the last row's task.
    assert plan.root["二"].paragraphs == ("对照《指标体系》，明确责任分工如下：", "各单位要按照分工抓好落实。")
    assert not [d for d in plan.diagnostics if "names no task" in d.message]


def test_an_annexed_table_of_tasks_of_its_own_numbers_them_in_the_annex():
    plan = _plan(INDICATORS_IN_AN_ANNEX)
    annex = plan.root["附件"]
    assert annex.anchor == "annex1" and annex.title == "某某市创建全国法治政府建设示范市任务分解表"
    # Row 2 lost the cells merged with row 1 (一级指标, 二级指标): it borrows them, keeping its own 序号.
    assert [(task.anchor, task.title) for task in annex.children] == [
        ("annex1-i1", "制定并公布权责清单"), ("annex1-i2", "推进放管服改革"), ("annex1-i3", "规范性文件合法性审核全覆盖")]
    assert annex.children[1].paragraphs == ("一级指标：政府机构职能体系健全", "二级指标：依法全面履行政府职能")
    duty = responsibility(plan.root)
    assert [duty[task.anchor].leads for task in annex.children] == [("市委编办",), ("市政务服务中心",), ("市司法局",)]


def test_a_national_administration_s_local_bureau_is_of_its_place():
    meta = _plan("国家税务总局平安市税务局2023年法治建设工作要点\n一、主要任务\n1.加强学习。\n").meta
    assert (meta.jurisdiction, meta.department, meta.slug) == ("平安市", "税务局", "pingan-shuiwuju-2023")
    assert meta.issuer == "国家税务总局平安市税务局"


def test_a_labelled_bare_year_is_a_deadline_and_a_clause_s_opening_words_name_no_unit():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.健全决策机制。（责任单位：县政府办，完成时间：2023年）\n"
                 "2.加强复议应诉。具体工作由县司法局负责。\n3.推进政务公开。到2025年实现全覆盖。\n")
    first, second, third = plan.tasks()
    found = measures(plan.root)
    assert found[first.anchor][0] == ("2023年",)
    assert responsibility(plan.root)[second.anchor].partners == ("县司法局",)
    assert found[third.anchor][0] == ("到2025年",)  # a year in the text is a deadline only with 到, 前 …
    # A time limit that comes back is one too, with its 前.
    periodic = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.报告法治政府建设情况。（县司法局牵头，每年11月底前完成）\n"
                     "2.开展述法。每年第一季度组织述法。\n")
    assert measures(periodic.root) == {"c1-i1": (("每年11月底前",), ())}


@pytest.mark.parametrize(("title", "slug"), [("平安县2023年法治政府建设工作任务", "pingan-2023"),
                                           ("平安市2024年法治政府建设重点任务清单", "pingan-2024"),
                                           ("平安县2023年度法治政府建设责任清单", "pingan-2023")])
def test_a_title_that_names_a_list_of_tasks_on_the_subject_is_the_plan_s_title(title, slug):
    plan = _plan(f"{title}\n为推进法治政府建设，制定本清单。\n一、主要任务\n1.加强学习。\n")
    assert (plan.meta.title, plan.meta.slug) == (title, slug)
    # A heading that names tasks but not the subject is no title.
    plan = _plan(f"{title}\n为推进法治政府建设，制定本清单。\n主要任务\n1.加强学习。\n")
    assert plan.meta.title == title and plan.root.paragraphs[-1] == "主要任务"
    # Quoted by a covering notice above a plan printed without its title, it is the title too.
    plan = _plan(f"关于印发《{title}》的通知\n各乡镇：\n现将《{title}》印发给你们。\n2023年3月1日\n一、主要任务\n1.加强学习。\n")
    assert plan.meta.title == title


def test_units_joined_by_and_are_apart_but_a_name_with_and_in_it_is_whole():
    plan = _plan("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。（县司法局和县委编办牵头，县人力资源和社会保障局"
                 "与县住房和城乡建设局配合）\n")
    duty = responsibility(plan.root)["c1-i1"]
    assert duty.leads == ("县司法局", "县委编办")
    assert duty.partners == ("县人力资源和社会保障局", "县住房和城乡建设局")


def test_a_text_that_is_no_plan_is_shown_under_its_heading_with_a_warning():
    report = _plan("天津市静海区人民政府 2019年12月3日星期二\n静海区2023年度法治政府建设情况报告\n"
                   "2023年，静海区坚持以习近平法治思想为指导。\n一、主要举措\n（一）加强组织领导。区委常委会研究部署法治政府建设。\n")
    assert (report.meta.title, report.meta.slug) == ("静海区2023年度法治政府建设情况报告", "jinghai-2023")
    assert any("names no plan" in d.message for d in report.diagnostics)
    assert not any("names no plan" in d.message for d in _plan(NOTES_ON_THEIR_OWN_LINES).diagnostics)
    # A page copied from its middle has no title at all: it is shown under its first heading, as a page and a list
    # need a name (they had printed an empty heading and an empty link), and the warning says so.
    untitled = _plan("五、健全行政执法体制机制\n目标：行政执法的社会满意度显著提高。\n22.理顺行政执法体制。\n")
    assert untitled.meta.title == untitled.root.title == "健全行政执法体制机制"
    assert "no title found above its first heading, so it is shown as '健全行政执法体制机制'" in [
        d.message for d in untitled.diagnostics]
    assert not any("names no plan" in d.message for d in untitled.diagnostics)
    # With no heading either, it is shown under its file's name.
    assert _plan("深入推进依法行政，加快建设法治政府。\n").meta.title == "plan"


def test_a_plan_for_the_rule_of_law_of_a_place_named_by_its_short_name_is_that_place_s():
    plan = _plan("法治成都建设规划（2021—2025年）\n为全面推进法治成都建设，成都市制定本规划。\n一、总体要求\n1.加强学习。\n")
    assert (plan.meta.jurisdiction, plan.meta.level, plan.meta.slug) == ("成都市", "city", "chengdu-2021")
    # 法治政府建设 names no place.
    assert _plan("法治政府建设实施方案\n政府各部门要加强领导。\n一、总体要求\n1.加强学习。\n").meta.jurisdiction == ""


def _reading(plan) -> tuple:
    """What parsing makes of a plan, in a form that does not depend on its script."""
    duty = {anchor: (len(r.leads), len(r.partners)) for anchor, r in responsibility(plan.root).items()}
    found = {anchor: tuple(map(len, pair)) for anchor, pair in measures(plan.root).items()}
    meta = plan.meta
    return ([(node.anchor, len(node.paragraphs), bool(node.note), len(node.closing)) for node in plan.root.walk()],
            duty, found, (meta.slug, to_simplified(meta.jurisdiction), meta.issued, meta.period, bool(meta.issuer)))


_IN_SIMPLIFIED = {"notes": NOTES_ON_THEIR_OWN_LINES, "other notes": NOTES_OF_OTHER_FORMS,
                  "divisions": CHAPTERS_AND_DIVISIONS, "deadlines": DEADLINES_IN_NOTES, "task table": TASK_TABLE,
                  "table only": TABLE_ONLY, "annexed": ANNEXED, "boxes": BOXES, "annex list": NOTICE_WITH_ANNEXES,
                  "notes in pieces": NOTES_IN_MORE_PIECES, "numbers without punctuation": NUMBERS_WITHOUT_PUNCTUATION,
                  "notes below sub-items": NOTES_BELOW_SUB_ITEMS, "indicators": INDICATORS_IN_A_CHAPTER,
                  "indicators annexed": INDICATORS_IN_AN_ANNEX, "counted in words": PARAGRAPHS_COUNTED_IN_WORDS,
                  "units listed bare": UNITS_LISTED_BARE, "signed before annexes": SIGNED_BEFORE_ITS_ANNEXES,
                  "spreadsheet": SPREADSHEET_WITH_BROKEN_CELLS}


@pytest.mark.parametrize("text", _IN_SIMPLIFIED.values(), ids=_IN_SIMPLIFIED.keys())
def test_a_plan_in_traditional_script_reads_as_in_simplified(text):
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    assert _reading(_plan(traditional)) == _reading(_plan(text))


@pytest.mark.parametrize("text", [text for name, text in _IN_SIMPLIFIED.items() if name != "spreadsheet"],
                         ids=[name for name in _IN_SIMPLIFIED if name != "spreadsheet"])
def test_a_plan_spaced_out_letter_by_letter_reads_as_written(text):
    """Text recognition of a scanned plan puts a space between every two letters (一 、 总 体 要 求): headings,
    notes, tables and numbers read as in the plan written (a spreadsheet's quoted cells come from no scan)."""
    spaced = "\n".join(" ".join(line) for line in text.split("\n"))
    assert _reading(_plan(spaced)) == _reading(_plan(text))


@pytest.mark.parametrize("dot", [".", "．"])
@pytest.mark.parametrize("text", _IN_SIMPLIFIED.values(), ids=_IN_SIMPLIFIED.keys())
def test_a_plan_whose_full_stops_are_dots_reads_as_with_full_stops(text, dot):
    """Text recognition, or an editor set to Western marks, may give every 。 as a dot: a note that is a task's last
    sentence (…每季度开展一次.县司法局牵头，县纪委监委配合.2024年6月底前完成.) was the task's words."""
    assert _reading(_plan(text.replace("。", dot))) == _reading(_plan(text))


@pytest.mark.parametrize("spacing", ["every letter", "figures together", "gaps missed", "laid out"])
def test_a_covering_notice_spaced_out_letter_by_letter_gives_its_title_number_issuer_and_date(spacing):
    """A recognised scan may keep a number's figures together (2023 年 3 月) or miss a gap now and then (one in
    six here: 某 某 县 人 民 政府 办 公 室); a PDF laid out with space between its letters sets its paragraphs in by
    twice as many spaces, as wide as two letters spaced out."""
    text = ("某某县人民政府办公室关于印发某某县2023年法治政府建设工作要点的通知\n某政办〔2023〕5号\n各乡镇人民政府，县直各部门：\n"
            "现将《某某县2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n2023年3月1日\n"
            "某某县2023年法治政府建设工作要点\n为深入推进法治政府建设，制定本要点。\n一、加强党的领导\n"
            "1.深入学习贯彻习近平法治思想，每季度组织一次专题学习。（牵头单位：县委宣传部；配合单位：县司法局）\n"
            "2.落实第一责任人职责。由县委办牵头，县政府办配合。\n二、依法履行政府职能\n3.深化“放管服”改革。（县政务服务中心负责）\n")
    letters = (lambda line: re.findall(r"\d+|.", line)) if spacing == "figures together" else list
    lines = [" ".join(letters(line)) for line in text.splitlines()]
    if spacing == "gaps missed":
        lines = [re.sub(r"(\S \S \S \S \S \S) ", r"\1", line) for line in lines]
    if spacing == "laid out":  # paragraphs set in by two letters, the tasks' lines wrapped at 30 letters
        lines = [" " * 8 + line[:56] + ("\n" + line[56:].lstrip() if line[56:] else "") for line in lines]
    plan = _plan("\n".join(lines) + "\n")
    assert (plan.meta.title, plan.meta.doc_number, plan.meta.issuer, plan.meta.issued) == (
        "某某县2023年法治政府建设工作要点", "某政办〔2023〕5号", "某某县人民政府办公室", "2023-03-01")
    assert [(task.anchor, task.title) for task in plan.tasks()] == [
        ("c1-i1", "深入学习贯彻习近平法治思想，每季度组织一次专题学习"), ("c1-i2", "落实第一责任人职责"), ("c2-i3", "深化“放管服”改革")]
    duty = responsibility(plan.root)
    assert [(duty[task.anchor].leads, duty[task.anchor].partners) for task in plan.tasks()] == [
        (("县委宣传部",), ("县司法局",)), (("县委办",), ("县政府办",)), ((), ("县政务服务中心",))]


# Headings of the national 纲要 (2015–2020 and 2021–2025), which local plans copy, and as plans written
# after them word their tasks: each under the measure it names, from its heading alone.
@pytest.mark.parametrize("title, body, topic", [
    ("优化政府组织结构", "", "jigou-zhineng"),
    ("优化公共服务", "", "gonggong-fuwu"),
    ("加强重要领域立法", "", "zhengfu-lifa"),
    ("健全行政权力运行制约和监督体系", "", "neibu-jiandu"),
    ("形成监督合力", "", "waibu-jiandu"),
    ("健全依法化解纠纷机制", "", "tiaojie-caijue"),
    ("完善政府工作人员法治能力考查测试制度", "", "xuefa-nengli"),
    ("深入推进“互联网+”监管执法", "", "shuzi-fazhi"),
    ("加强党对法治政府建设的领导", "", "dang-lingdao"),
    ("深化“放管服”改革", "", "shenpi-gaige"),
    ("深化简政放权", "", "shenpi-gaige"),
    ("推进政府机构职能优化协同高效", "", "jigou-zhineng"),
    ("全面推行行政执法三项制度", "", "zhifa-guifan"),
    ("推进严格规范公正文明执法", "", "zhifa-guifan"),
    ("深入学习贯彻习近平法治思想", "把习近平法治思想纳入理论学习中心组学习内容。", "xuefa-nengli"),
    ("推进法治乡村建设", "", "jiceng-fazhi"),
    ("加强组织保障", "各单位要高度重视。", "dang-lingdao"),
    ("加强督促落实", "每年开展一次督察。", "kaohe-baogao"),
    ("建设法治文化公园", "", "xuanchuan-yanjiu"),
    ("推行首违不罚清单", "对轻微违法行为依法不予处罚。", "zhifa-fangshi"),
    ("深化接诉即办改革", "", "zhengwu-fuwu"),
])
def test_tasks_worded_as_current_plans_word_them_get_the_topic_they_name(title, body, topic):
    from conftest import ROOT
    from generator.link import TaskText, assign_topics, load_topics, topic_scores
    topics = load_topics(ROOT / "topics.yml")
    task = TaskText("p#c1", title, body)
    assert assign_topics([task.identifier], [topic_scores(task, topics)], topics, {})["p#c1"][0] == topic


def test_a_task_whose_own_words_name_no_topic_is_on_the_topic_of_the_heading_it_stands_under():
    """Sub-items of a task (（1）制定…条例) and terse tasks under a section's heading say what they do, not what it
    is for: their heading tells their topic, which puts them on its page beside other plans' tasks."""
    from generator.link import link, load_topics

    from conftest import ROOT
    plan = _plan("某某市2023年法治政府建设工作要点\n一、健全依法行政制度体系\n1.加强重点领域立法。（牵头单位：市司法局）\n"
                 "（1）制定《某某市养犬管理条例》。\n（2）修订《某某市市容和环境卫生管理条例》。\n"
                 "2.健全规范性文件备案审查制度。\n二、深入学习贯彻习近平法治思想\n"
                 "3.开展领导干部应知应会党内法规和国家法律清单制度。\n")
    topics = link((plan,), load_topics(ROOT / "topics.yml")).task_topics
    assert topics["moumou-2023#c1-i1-p1"][0] == topics["moumou-2023#c1-i1-p2"][0] == "zhengfu-lifa"
    assert topics["moumou-2023#c2-i3"] == ("xuefa-nengli",)
    assert topics["moumou-2023#c1-i2"] == ("guifanxing-wenjian",)  # its own words name one: the heading's is not added


def test_a_province_s_long_list_of_plans_is_split_by_year_in_the_navigation(seeds):
    """A reader scans a province's plans of one level by place; where there are more than a screenful,
    by year, newest first. Unknown provinces come last, levels above the province are no province's."""
    from dataclasses import replace
    from types import SimpleNamespace

    from generator.render import LIST_MAX, navigation

    chengdu, yunnan = seeds["chengdu"], seeds["yunnan"]
    counties = [replace(chengdu, meta=replace(chengdu.meta, slug=f"xian{k:02d}-{2010 + k % 3}", level="county",
                                              jurisdiction=f"成都市第{k}县", issued=f"{2010 + k % 3}-01-01"))
                for k in range(LIST_MAX + 1)]
    unknown = replace(chengdu, meta=replace(chengdu.meta, slug="moumou-2020", level="county", province="",
                                            jurisdiction="某某县", issued="2020-01-01"))
    plans = navigation(SimpleNamespace(plans=[yunnan, unknown, *counties]))[1]["规划"]
    assert plans[0] == {"省级": [{"云南省 2021": "plans/yunnan-2021.md"}]}
    [(level, by_province)] = plans[1].items()
    assert level == "县级" and [next(iter(group)) for group in by_province] == ["四川省", "省份不详"]
    years = by_province[0]["四川省"]
    assert [next(iter(group)) for group in years] == ["2012", "2011", "2010"]
    assert years[2]["2010"][0] == {"成都市第0县": "plans/xian00-2010.md"}
    assert by_province[1] == {"省份不详": [{"某某县 2020": "plans/moumou-2020.md"}]}


def test_a_large_corpus_s_coverage_and_lead_units_are_split_by_province(seeds):
    """Past a screenful of plans, the coverage matrix and the lead-unit index show provinces across,
    each province's plans on a page of their own, whose links lead two folders back to the root."""
    from dataclasses import replace
    from types import SimpleNamespace

    from generator.corpus import annotate
    from generator.link import Topic
    from generator.render import LIST_MAX
    from generator.render_compare import coverage_pages, plan_listings, unit_pages

    chengdu, tongchuan = seeds["chengdu"], seeds["tongchuan"]
    counties = [replace(chengdu, meta=replace(chengdu.meta, slug=f"xian{k:02d}-2016", level="county",
                                              jurisdiction=f"成都市第{k}县", issued="2016-01-01"))
                for k in range(LIST_MAX)]
    plans = [*counties, tongchuan]
    topic = Topic("xingzheng-fuyi", "行政复议", "化解矛盾纠纷", "", ())
    members = {topic.slug: {plan.meta.slug: plan.tasks()[:2] for plan in counties[:30]}}
    links = SimpleNamespace(topics=(topic,))
    listed = {plan.meta.slug: plan_listings(plan, annotate(plan)) for plan in plans}

    assert set(coverage_pages(plans[:LIST_MAX], links, members)) == {"coverage.md"}
    assert set(unit_pages(plans[:LIST_MAX], listed)) == {"units.md"}
    coverage = coverage_pages(plans, links, members)
    assert set(coverage) == {"coverage.md", "coverage/province-51.md", "coverage/province-61.md"}
    assert ('<th title="四川省"><a href="province-51/">四川</a></th><th title="陕西省"><a href="province-61/">陕西</a></th>'
            in coverage["coverage.md"])
    assert ('<td><a href="../topics/xingzheng-fuyi/#province-51" title="共 60 项任务">30/40</a></td>'
            '<td class="atlas-gap">—</td>' in coverage["coverage.md"])
    sichuan = coverage["coverage/province-51.md"]
    assert sichuan.count('<td><a href="../../topics/xingzheng-fuyi/#plan-xian') == 30 and "铜川" not in sichuan
    assert '<a href="../../plans/xian00-2016/">成都市第0县 2016</a>' in sichuan  # no province of its own to leave out

    units = unit_pages(plans, listed)
    assert set(units) == {"units.md", "units/province-51.md", "units/province-61.md"}
    led_in_sichuan = sum(len(tasks) for plan in counties for tasks in listed[plan.meta.slug].unit_items.values())
    assert '<tr id="legal-affairs">' in units["units.md"]
    assert '<a href="province-51/#legal-affairs">' in units["units.md"]
    assert units["units/province-51.md"].count("<li><a href=") == led_in_sichuan
    assert '<li><a href="../../plans/xian00-2016/#c2-s8-i38">' in units["units/province-51.md"]
    assert "铜川" not in units["units/province-51.md"] and "成都市第" not in units["units/province-61.md"]


@pytest.mark.parametrize(("unit", "kind"), [
    ("市发展改革委", "development"), ("县发展和改革局", "development"), ("县工信局", "development"),
    ("县公安局", "public-security"), ("县公安局交通管理大队", "public-security"),
    ("县人民法院", "courts-procuratorates"), ("區檢察室", "courts-procuratorates"),
    ("市生态环境局", "environment"), ("區環保分局", "environment"),
    ("區住房和城鄉規劃建設局", "housing-construction"), ("县自然资源局", "natural-resources"),
    ("规划和自然资源局", "natural-resources"), ("縣應急管理局", "emergency-management"), ("區安監分局", "emergency-management"),
    ("县统计局", "statistics"), ("县民政局", "civil-affairs"), ("區社會事務局", "civil-affairs"),
    ("县农业农村局", "agriculture-water"), ("县水利局", "agriculture-water"), ("县教育体育局", "education"),
    ("县卫健局", "health"), ("县医保局", "health"), ("县交通运输局", "transport"),
    ("县交通运输综合执法大队", "transport"), ("县税务局", "taxation"), ("县人大常委会办公室", "congress-cppcc"),
    ("县综合行政执法局", "urban-management"), ("區城管執法分局", "urban-management"),
    ("县审批局", "government-services"), ("司法所", "legal-affairs"),
    # A 营商环境建设局 is no construction bureau; bodies of government data run its services online.
    ("市营商环境建设局", "government-services"), ("市政数局", "government-services"),
    ("市大数据中心", "government-services"), ("市数据资源局", "government-services"),
    ("区政务服务和数据管理局", "government-services"), ("市12345热线", "government-services"),
    # A Party committee's general office beside the government's, as plans name them together (not its departments'
    # offices); fire brigades; the government's legal counsel.
    ("市委办", "general-office"), ("中共某某县委办公室", "general-office"), ("市政府督查室", "general-office"),
    ("市委政法委办公室", "political-legal"), ("市纪委办公室", "supervision-audit"),
    ("市消防救援支队", "emergency-management"), ("市人民政府法律顾问室", "legal-affairs"),
    # A township's: its party and government office, police station and comprehensive-governance centre.
    ("党政办", "general-office"), ("派出所", "public-security"), ("综治中心", "political-legal"),
    # 人民政府 holds 民政: a government is no civil-affairs department.
    ("各乡镇人民政府", "local-government"), ("县退役军人事务局", "other"),
])
def test_the_lead_unit_index_knows_the_departments_that_enforce_most_laws(unit, kind):
    """Half the leads of 1,000 synthetic plans, among them every 发展改革委 (its pattern knew only 发改), had
    been 其他部门 on the lead-unit index."""
    from generator.layers import unit_kind
    assert unit_kind(unit)[0] == kind


@pytest.mark.parametrize("text, anchors", [
    ("某某县2024年法治政府建设工作方案\n一)总体要求\n(一)指导思想。以习近平法治思想为指导。\n(二)工作目标。取得新成效。\n"
     "二)重点任务\n(一)推进依法决策。严格落实决策程序。(责任单位:县司法局)\n(二)规范执法。推行三项制度。(责任单位:县司法局)\n",
     ["c1", "c1-s1", "c1-s2", "c2", "c2-s1", "c2-s2"]),
    ("某某县2024年法治政府建设实施方案\n一、主要任务\n1）推进依法决策。\n（1）落实决策程序。（责任单位：县司法局）\n"
     "（2）健全法律顾问制度。（责任单位：县司法局）\n2）规范行政执法。\n（1）推行三项制度。（责任单位：县司法局）\n",
     ["c1", "c1-i1", "c1-i1-p1", "c1-i1-p2", "c1-i2", "c1-i2-p1"]),
    # Where the text numbers with 一、 (or 1.) too, a half-bracketed number is a slip of a whole one, in its list.
    ("某某县2024年法治政府建设实施方案\n一、主要任务\n（一）推进依法决策。（责任单位：县司法局）\n二）规范行政执法。（责任单位：县司法局）\n"
     "二、保障措施\n（一）加强组织领导。\n", ["c1", "c1-s1", "c1-s2", "c2", "c2-s1"]),
])
def test_numbers_printed_with_their_closing_bracket_alone_are_a_level_above_the_whole_ones(text, anchors):
    """一） … （一） （二） … 二） … （一）: read as one list, its numbers had repeated (anchors s1-2, s2-2)."""
    plan = _plan(text)
    assert [node.anchor for node in plan.root.walk() if node.marker] == anchors
    assert not plan.diagnostics


@pytest.mark.parametrize("byline, issuer", [("中共中央、国务院", "中共中央、国务院"), ("国务院", "国务院"),
                                            ("中共中央 国务院", "中共中央、国务院")])
def test_central_organs_printed_alone_under_the_title_issue_a_national_plan(byline, issuer):
    """No ending (人民政府, 委员会) names 中共中央 or 国务院, and the outline may follow their line right away."""
    plan = _plan(f"法治政府建设实施纲要（2021—2025年）\n{byline}\n一、主要任务\n（一）深化行政执法体制改革。\n")
    assert (plan.meta.issuer, plan.meta.jurisdiction, plan.meta.level, plan.meta.slug) == (
        issuer, "全国", "national", "quanguo-2021")
    assert plan.root.paragraphs == (byline,)


@pytest.mark.parametrize("title, jurisdiction, province, level, slug", [
    ("长春净月高新技术产业开发区2023年法治政府建设工作要点", "长春净月高新技术产业开发区", "吉林省", "zone",
     "changchunjingyuegaoxinjishuchanye-2023"),
    # Had been 吉林省's own plan, of province level.
    ("吉林省长春净月高新技术产业开发区2023年法治政府建设工作要点", "吉林省长春净月高新技术产业开发区", "吉林省", "zone",
     "changchunjingyuegaoxinjishuchanye-2023"),
    ("呼和浩特金山高新技术产业开发区2023年法治政府建设工作要点", "呼和浩特金山高新技术产业开发区", "内蒙古自治区", "zone",
     "huhehaotejinshangaoxinjishuchanye-2023"),
    # Its governing body is its government, not a department of it.
    ("深圳市前海深港现代服务业合作区管理局2023年法治建设工作要点", "深圳市前海深港现代服务业合作区", "广东省", "zone",
     "qianhaishengangxiandaifuwuye-2023"),
    ("苏州工业园区管理委员会关于2023年法治政府建设工作要点", "苏州工业园区", "江苏省", "zone", "suzhougongyeyuanqu-2023"),
    # So is a league's or a prefecture's (行政公署).
    ("锡林郭勒盟行政公署2023年法治政府建设工作要点", "锡林郭勒盟", "内蒙古自治区", "city", "xilinguole-2023"),
])
def test_a_zone_named_at_length_or_a_place_by_its_governing_body_is_its_plan_s_place(title, jurisdiction, province,
                                                                                       level, slug):
    plan = _plan(f"{title}\n一、主要任务\n1.加强学习。（责任单位：区司法局）\n2.规范执法。（责任单位：区司法局）\n")
    assert (plan.meta.jurisdiction, plan.meta.province, plan.meta.level, plan.meta.department, plan.meta.slug) == (
        jurisdiction, province, level, "", slug)


@pytest.mark.parametrize("words, found", [
    # A list of rates shares its figure; the next clause's rate has its own.
    ("合法性审查率、报备率和规范率达到100%，满意率不低于95%。",
     [("hefaxing-shencha", 100.0, "合法性审查率、报备率和规范率达到100%"),
      ("beian-shencha", 100.0, "合法性审查率、报备率和规范率达到100%"), ("manyi", 95.0, "满意率不低于95%")]),
    # 、 after a figure starts the next measure, whose rate is not the first's.
    ("公共法律服務知曉率和首選率分別達到100%、滿意率達到90%以上",
     [("zhixiao", 100.0, "公共法律服務知曉率和首選率分別達到100%"), ("manyi", 90.0, "滿意率達到90%以上")]),
    # What a figure counts may follow it; a count in words is read as one in figures.
    ("各級政府領導班子每年應當舉辦兩期以上法治專題講座", [("fazhi-jiangzuo", 2.0, "各級政府領導班子每年應當舉辦兩期以上法治專題講座")]),
    # A bracket before the figure is part of its words, one around it bounds them.
    ("市和区(市)县政府常务会议每年开展学法活动不少于24次", [("xuefa-cishu", 24.0, "市和区(市)县政府常务会议每年开展学法活动不少于24次")]),
    ("推进执法规范化（其中行政执法人员持证上岗率达到98.5%）", [("chizheng-shanggang", 98.5, "其中行政执法人员持证上岗率达到98.5%")]),
    # A bound below (败诉率控制在5%以下) is a figure as any other.
    ("行政诉讼败诉率控制在5%以下，人民调解成功率保持在98%以上", [("susong-baisu", 5.0, "行政诉讼败诉率控制在5%以下"),
                                                   ("tiaojie-chenggong", 98.0, "人民调解成功率保持在98%以上")]),
    # A figure no listed measure names, or a unit the measure is not counted in, is none.
    ("高频执法事项100%上平台，每年组织学法用法考试至少1次，出庭应诉案件不少于20件", []),
])
def test_a_task_s_figures_are_read_for_the_indicators_they_set(words, found):
    from generator.indicators import readings

    assert [(reading.indicator, reading.value, reading.clause) for reading in readings(words)] == found


def test_an_indicator_s_words_are_shortened_around_its_figure():
    from generator.indicators import readings

    [reading] = readings("为进一步提升依法行政水平、确保各级行政机关依法履行出庭应诉职责，行政机关负责人出庭应诉率要达到百分之百，"
                         "全市各级行政机关负责人出庭应诉率达到100%以上并在全市范围内持续保持这一较高水平不降低")
    assert reading.figure == "100%" and reading.clause == "全市各级行政机关负责人出庭应诉率达到100%以上并在全市范围内持续保持这一较…"


def test_a_task_s_own_words_above_its_sub_items_and_a_chapter_s_goals_set_figures_too():
    """4.…合法性审核率达到100%。 / （1）…: the figure is the task's, though its sub-items are the leaves."""
    from generator.indicators import plan_readings

    plan = _plan("某某区法治政府建设实施方案（2021—2025年）\n一、主要目标\n到2025年，行政机关负责人出庭应诉率达到100%。\n"
                 "二、主要任务\n4.严格备案审查。行政规范性文件合法性审核率达到100%。\n（1）建立目录清单制度；\n"
                 "（2）开展清理。\n5.强化培训。行政执法人员持证上岗率达到95%以上。\n")
    assert [(anchor, number, reading.indicator, reading.value) for anchor, number, reading in plan_readings(plan)] == [
        ("c1", "一", "chuting-yingsu", 100.0), ("c2-i4", "二4", "hefaxing-shencha", 100.0),
        ("c2-i5", "二5", "chizheng-shanggang", 95.0)]

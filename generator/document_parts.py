"""What the parts of an official document around a plan look like: the kind of plan its title names,
its number (文号), and its signature (落款): the lines naming the organs that sign, and a date line.

The cleaner tells a signature below a task table laid out with spaces from the table's last row by
them, and where the lines of a page that lost its line breaks ended; the parser where a plan's title
and signature are; the metadata who signed and when, and under what number.
"""
from __future__ import annotations

import re

from .model import NUMBER_YEAR_CLOSES, NUMBER_YEAR_OPENS
from .script import fold, simplified_aligned, to_simplified

# The kinds of plan a title names.
GENRE = re.compile(r"(规划|方案|意见|纲要|措施|计划|办法|细则|要点|工作安排|决定|规定)")
# A place's name (simplified), as a title opens with it or a line holds it alone: 某某县, 某某市某某区, 单县, 某某街道.
PLACE_NAME = r"[\u4e00-\u9fff]{1,16}?(?:[省市州盟县旗区镇乡]|地区|街道)"
PLACE = re.compile(PLACE_NAME)
# The letters that name a place's level, in either script, as a place's name or its organ's opens with one of them
# after the place's own name (县司法局, 某某縣).
LEVEL_LETTERS = "省市县縣区區州旗盟乡鄉镇鎮"
# An annex's label and number, folded: 附件, 附件1, 附件一, 附表2.
ANNEX_NUMBER = r"附\s*[件表]\s*([一二三四五六七八九十]{1,3}|\d{1,2})?"
# What a plan of the genre is about, which its title names (法治政府建设…, 依法行政…).
SUBJECT = r"(?:法治|依法行政|法制)"
# How a covering document addresses those it is sent to, on a line of its own: 各乡镇人民政府，县政府各部门：.
SALUTATION = r"各[^。:：]{1,60}[:：]"
# A list of tasks that a title may name in place of a kind of plan, at its end: 重点任务清单, 工作任务, 重点工作,
# or its schedule: 重点任务推进表, 进度安排表.
TASK_LIST = r"(?:(?:任务|清单|分工|分解|台账|重点工作|举措)(?:推进|进度|安排)?(?:表|一览表)?|进度安排表|推进计划表)"
_SUBJECT_NAMED = re.compile(SUBJECT)
# Such a list at the end of a title, maybe before its year in brackets: 2023年重点任务清单, 任务分工表（2023年）.
_TASK_LIST_AT_END = re.compile(rf"{TASK_LIST}(\(\d{{4}}[^()]*\))?$")


def names_a_plan(words: str) -> bool:
    """Whether ``words`` (simplified) name a plan of the genre: a kind of plan, or a list of tasks on
    the subject."""
    return bool(GENRE.search(words) or (_TASK_LIST_AT_END.search(words) and _SUBJECT_NAMED.search(words)))


def names_a_plan_on_the_subject(words: str) -> bool:
    """Whether ``words`` (simplified) name a plan of the genre and its subject (某某县法治政府建设实施方案), as a plan's
    title does, where a field's value may name only a kind (文种：意见)."""
    return names_a_plan(words) and bool(_SUBJECT_NAMED.search(words))


# What stands between the ends of a span of time, folded: 2021—2025, 1月至6月.
SPAN = "[-—–~至到]"
# A plan's period in brackets after its title, folded: (2021—2025年).
PERIOD = rf"\(\s*\d{{4}}\s*年?\s*{SPAN}+\s*(?:\d{{4}}\s*年?|\d{{2}}\s*年)\s*\)"  # (2021—2025年), (2021-25年)
# The stage of a plan's text in brackets after its title, folded: (征求意见稿), (试行), (2023年修订); no kind of
# plan, though 意见 is in its words.
STAGE = r"\((?:(?:征求)?意见稿|试行|暂行|草案|送审稿|讨论稿|修订稿|修改稿|代拟稿|审议稿|报批稿|\d{4}\s*年(?:修订|修正|修改))\)"
# A document number: 成府发〔2015〕20号, 某发[2021]12号, 惠仲委〔2018〕28號, 某政发〔2023〕第5号, 某府办发 〔2023〕 5号 (spaced
# as a converted file may set it); its end, from the bracketed year, alone (in a run of text, where the issuer's short
# name that opens it has no bound).
# Its year's figures may be spaced, as text recognition reads them (〔2 02 5 〕).
_SPACED_NUMBER_YEAR = rf"[{NUMBER_YEAR_OPENS}]\s*(\d\s?\d\s?\d\s?\d)\s*[{NUMBER_YEAR_CLOSES}]"
DOC_NUMBER_END = rf"{_SPACED_NUMBER_YEAR}\s*第?\s*\d{{1,4}}\s*[号號]"
# Or, as some sites print it, its year not bracketed but said (某政发2023年15号), after the word that ends a kind of
# document's abbreviation (发, 函, 规, 字).
DOC_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,10}}\s{{0,2}}(?:{DOC_NUMBER_END}"
                        rf"|(?<=[发發函规規字])\d{{4}}\s*年\s*第?\s*\d{{1,4}}\s*[号號])")

# A document's remark on how it is published, in brackets under its signature (folded): （此件公开发布）, （本件不予公开）.
REMARK = r"\((?:此件|本件|本文)[^()]{2,10}\)"
# The note where a signature's seal was, as a conversion keeps it (folded): （盖章）, （印章）.
SEAL_WORDS = "盖章|蓋章|印章|公章|签章|簽章"
# How many lines a signature takes at most: its organs and its date.
SIGNATURE_LINES = 4
# The marks after a date's day: 日, or 号 as it is said (2023年3月1号).
DAY_MARKS = "日号號"
DAY = f"[{DAY_MARKS}]"
# A date written out with 年月日, in figures (2015年7月6日, 2015 年 7 月 6 日) or, as a signature gives it, in
# Chinese numerals (二○一一年十一月二十二日).
WRITTEN_DATE = rf"\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*{DAY}"
# A year in Chinese numerals, digit by digit, its zero perhaps typed as a figure or a letter (二0二三, 二O二三, 二◯二三).
CN_YEAR_DIGITS = "[〇○◯零0OＯ０一二三四五六七八九]{4}"
CN_DATE = rf"{CN_YEAR_DIGITS}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}{DAY}"
# A line that is only a date (folded, spaces removed): 2015年7月6日, 二○一一年十一月二十二日, 2024-03-01.
_DATE_LINE = re.compile(rf"^(\d{{4}}[年\-./]\d{{1,2}}[月\-./]\d{{1,2}}{DAY}?|{CN_DATE})$")
# A month a signature may date a plan by, without its day (folded, spaces removed): 2021年12月, 二〇二一年十二月, 2021.12.
MONTH_DATE = re.compile(rf"^(?:(\d{{4}}|{CN_YEAR_DIGITS})年(\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月|(\d{{4}})\.(\d{{1,2}}))$")
# What ends the name of an organ as a signature prints it in full (某某县人民政府, 中共某某县委员会), unlike a unit's
# short name in a task table's last row (县政府办 / 2024年12月), which a month's line may follow.
_WHOLE_ORGAN = re.compile(r"(人民政府|委员会|办公室|办公厅|办事处|管委会|行政公署|领导小组)$")
# Or an organ after its place's name (某某县委依法治县办, 某某市司法局), not after a level alone (县政府办,
# 县委依法治县办).
_PLACE_NAMED = re.compile(r"^(?:中共)?(?![省市县区州旗盟])[\u4e00-\u9fff]{2,}?[省市县区州旗盟]")
# What ends the name of an organ that issues or signs a plan: a government, a party committee, their
# offices, a department (某某县司法局, 某某省司法厅, 某某市发展改革委), a 盟's 行政公署, a leading group
# or its office (某某县依法治县办).
ORG_END = re.compile(r"(人民政府|政府|办公室|办公厅|管委会|委员会|省委|市委|县委|区委|委|局|厅|办|行政公署|办事处|领导小组)$")
# The central organs, which no ending above names (中共中央, 国务院).
CENTRAL_ORGANS = ("中共中央", "国务院", "中央全面依法治国")


def is_organ_name(name: str) -> bool:
    """Whether ``name`` names an organ as its ending or a central organ's name says (某某市人民政府, 国务院)."""
    simple = to_simplified(name)
    return simple.startswith(CENTRAL_ORGANS) or ORG_END.search(simple) is not None


# A line of a date alone is short and ends with its day or a figure: most lines are told apart by that alone.
_DATE_LINE_MAX = 40
_DATE_ENDS = DAY_MARKS + "0123456789０１２３４５６７８９"


# A note under a title, or after it on its line, saying when, and by whom, the plan was issued or adopted (folded):
# （2021年12月30日中共某某市委、某某市人民政府印发）, （2016年12月20日省政府第89次常务会议审议通过）, or dated by
# its month alone, （2021年12月市政府第45次常务会议审议通过）: the date up to its day, else up to its month; not a
# span of time (（2023年1月—6月）).
_PRINTED_NOTES = tuple(re.compile(rf"\(\s*([^()]*?{last})\s*(?!{SPAN})([^()]*?)\s*(?:印发|发布|公布|通过)?\s*\)")
                       for last in ("日", "月"))


def dating_note(text: str) -> re.Match | None:
    """``text`` read as a note that dates the plan, whole: its groups the date (a date line, or a month's) and who
    issued or adopted it, indexing ``text.strip()``; None for any other text."""
    folded = fold(simplified_aligned(text)).strip()
    for note in _PRINTED_NOTES:
        found = note.fullmatch(folded)
        if found and (is_date_line(found.group(1)) or MONTH_DATE.match(found.group(1).replace(" ", ""))):
            return found
    return None


def printed_note_after(title: str) -> tuple[str, str]:
    """``(title, note)``: a title line without the note in brackets it ends with that dates the plan
    (某某市法治政府建设实施方案（2021年12月20日市政府第45次常务会议审议通过）); ``(title, "")`` for most titles."""
    if not title.rstrip().endswith((")", "）")) or "月" not in title:  # most titles
        return title, ""
    start = max(title.rfind("("), title.rfind("（"))
    if start <= 0 or not dating_note(title[start:]):
        return title, ""
    return title[:start].rstrip(), title[start:].strip()


def is_date_line(text: str) -> bool:
    if len(text) > _DATE_LINE_MAX or text.rstrip()[-1:] not in _DATE_ENDS:  # most lines, without folding them
        return False
    return bool(_DATE_LINE.match(fold(text).replace(" ", "").strip()))


# A line that ends with a date, after what it sets beside it: a signature on one line (某某镇人民政府 2023年3月1日), or
# a notice's number and date under its title (某府办发〔2022〕15号　2022年4月6日).
_BESIDE_A_DATE = re.compile(rf"^(\S.*?)[ \u3000]*({WRITTEN_DATE}|{CN_DATE})[ \u3000]*$")


def beside_its_date(text: str) -> tuple[str, str] | None:
    """What a line sets before the date it ends with, and that date; None for a line that ends with no date."""
    if text.rstrip()[-1:] not in DAY_MARKS:  # most lines
        return None
    found = _BESIDE_A_DATE.match(text.strip())
    return (found.group(1), found.group(2)) if found else None


def is_notice_title(text: str) -> bool:
    """A covering notice's title: 某某县人民政府关于印发…的通知, 转发…的通知."""
    simple = fold(to_simplified(text)).strip()
    return simple.endswith("通知") and "。" not in simple and ("印发" in simple or "转发" in simple)


def is_month_signature(organ: str, month: str) -> bool:
    """Whether an organ's line and a month's below it sign a plan (某某县人民政府 / 2021年12月), as a 规划 is often
    signed: the organ named in full, or after its place's name."""
    simple = to_simplified(organ.strip())
    return bool(MONTH_DATE.match(fold(month).replace(" ", "").strip())) and is_organ_line(organ) \
        and bool(_WHOLE_ORGAN.search(simple) or _PLACE_NAMED.match(simple))


_SIDE_BY_SIDE = 3  # the most organs a signature sets on one line
_ORGAN_MAX = 20  # the most characters of an organ's name


def is_organ_line(text: str) -> bool:
    """A line that only names an organ, as a signature prints it, or organs side by side."""
    return bool(signing_organs(text))


def signing_organs(text: str) -> list[str]:
    """The organs a line of a signature names: two or three side by side, as a joint signature may set them
    over their seals (中共某某县委办公室　　某某县人民政府办公室), or itself (某某县 人民政府, spread out); none
    where it is no such line."""
    parts = organs_apart(text)
    if 1 < len(parts) <= _SIDE_BY_SIDE and all(map(_short_and_whole, parts)):
        return parts
    # The central organs or their offices, alone or together (国务院, 中共中央、国务院), which no ending names.
    names = re.split(r"[、\s]+", text.strip())
    if all(to_simplified(name).removesuffix("办公厅") in CENTRAL_ORGANS for name in names):
        return names
    whole = text.strip()
    return [whole] if _short_and_whole(whole) and ORG_END.search(to_simplified(whole)) else []


def organs_apart(text: str) -> list[str]:
    """Organs standing apart by spaces (中共抚州市委 抚州市人民政府), as a site lists them or a signature sets them,
    or run together, as a joint notice's title names them (中共张掖市委张掖市人民政府关于…); none unless each part is
    named as an organ."""
    organs = [organ for part in text.split() for organ in _run_together(part)]
    return organs if organs and all(map(is_organ_name, organs)) else []


def _run_together(name: str) -> list[str]:
    """A joint organs' name cut where the next organ opens with the first one's place (中共吉林省委办公厅 /
    吉林省人民政府办公厅): each organ of a joint notice names its place again. A name longer than a signature's
    organs side by side is not cut: no joint name is so long, and trying each cut of a page's line would take a
    time that grows as its length squared."""
    if len(name) > _SIDE_BY_SIDE * _ORGAN_MAX:
        return [name]
    simple = to_simplified(name)
    place = simple.removeprefix("中共")[:2]
    cut = next((k for k in range(len(simple) - len(place), 2, -1)
                if simple.startswith(place, k) and ORG_END.search(simple[:k])), None)
    return [name] if cut is None else [*_run_together(name[:cut]), name[cut:]]


def _short_and_whole(name: str) -> bool:
    """Whether a name is short enough for an organ's, and no clause."""
    return len(name) <= _ORGAN_MAX and not re.search(r"[,，。:：]", name)

"""A page that lost its line breaks, cut back into lines: cleaning's first step for such a line.

A page stripped of its tags can give a whole plan as one line. Where it kept a space for each break
(…贯彻落实。 二、主要任务 …), the spaces part its lines. Where it lost the spaces too, only the words
tell where lines were: the plan's numbered body is left whole for the parser, which cuts it before
its numbers (``parse.split_run_in``), and what comes before the body (the page's fields, the notice,
its number and signature, the plan's title and preamble) is cut here, at what ends each of those,
so that the rules of furniture and metadata read them as the lines they were.
"""
from __future__ import annotations

import re

from .document_parts import (CN_DATE, DOC_NUMBER_END, GENRE, MONTH_DATE, ORG_END, PERIOD, PLACE, PLACE_NAME,
                             REMARK, SEAL_WORDS, SUBJECT, TASK_LIST, WRITTEN_DATE)
from .model import NUMBER_YEAR
from .numbering import FLAGS
from .script import fold, simplified_aligned
from .tables import SPACED_FIELD_LABELS

# How long a line must be to be a page that lost its line breaks: a long paragraph is 1,000 characters, and
# the parser cuts a line of that length before any number it may (parse.split_run_in). A shorter line is one
# if it holds nearly the whole text (a short 工作要点 glued, a township's of 80 characters too, one of two tasks
# in 54), though not a title alone.
_PAGE_ON_ONE_LINE = 2000
_SHORT_PAGE = 30
_SHARE_OF_THE_TEXT = 0.8
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
# Where a page that kept its spaces parted paragraphs: a space after a paragraph's or a note's end, or before
# a number (… 一、总体要求 （一）…).
_PARTING_SPACE = re.compile(r"[。！？；;）)】〕”][ \t\u3000\xa0]"
                            r"|[ \t\u3000\xa0](?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))")
_PARTING_SPACES = 5
# Parts that a space cut from the part after them: a number alone (1.), a page field's label ([发文机构],
# 发文日期).
_BARE_NUMBER = re.compile(r"^\d{1,2}[.．、]$")
_FIELD_LABEL = re.compile(rf"(?:^|(?<=\s))(?:[\[【][^\]】]{{2,10}}[\]】]|(?:{SPACED_FIELD_LABELS})[:：]?)$")
# A line that opens with a page's field, unnumbered: 索引号 …, [主题分类] ….
_FIELD_ROW = re.compile(rf"^[\[【]?(?:{SPACED_FIELD_LABELS})")
# A time a page prints after the date it posted something (2024-03-06 09:00:00), cut from that date.
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_BREADCRUMB_MARKS = frozenset(">»›")
# What a glued plan's outline opens with (folded): its first part, chapter, division, article, section or task.
_OUTLINE_OPENS = r"(?=一[、.]|第一(?:篇|章|部分|节|条)|\(一\)|1[.、](?!\d))"
# Where a glued plan's outline starts: right after a sentence's or a note's end (…制定本方案。一、总体要求) or
# the document's number (…〔2004〕10号一、…), not a covering notice's list of its annexes (附件：1.…).
_OUTLINE_START = re.compile(rf"(?:(?<=[。!?;)】〕”:])|(?<=\d号))(?<!附件:)\s*{_OUTLINE_OPENS}")
_OUTLINE_RIGHT_HERE = re.compile(rf"\s*{_OUTLINE_OPENS}")
# The organs that open a notice's title: 某某县人民政府办公室印发…, 某某市人民政府关于印发….
_NOTICE_ORGAN = "(?:人民政府|政府|办公室|办公厅|管委会|委员会)"
_DATE = f"(?:{WRITTEN_DATE}|{CN_DATE})"
# A plan's title as the covering notice cites it: 现将《某某县法治政府建设实施方案》印发给你们.
_CITED_TITLE = re.compile(r"《([^《》]{4,60})》")
_NOTICE_TITLE_ORGAN = re.compile(rf"([\u4e00-\u9fff]{{2,30}}?{_NOTICE_ORGAN})(?:关于)?(?:印发|转发)")
_SIGNING_ORGAN = ORG_END.pattern.removesuffix("$")  # the end of an organ's name, in a run of text
# What no date that ends a line is followed by: what makes it a deadline or a span (3月1日前, 3月1日起, 3月1日至…), but
# for the places whose names open with 前 (…2023年3月1日前进区…, the title after the signature's date).
_NO_DEADLINE = r"(?![,，、后起至止以]|前(?!进区|锋区|郭尔罗斯))"
# Where the lines before the outline ended, in folded and simplified text (each cut is the end of a match):
_FRONT_ENDS = re.compile("|".join((
    r"[。!?][”’\"')]*",  # a sentence
    r"的通知》?",  # a notice's title, before its number or its salutation
    DOC_NUMBER_END + r"(?![)、,])",  # a document's number, not one cited in brackets or in a list
    rf"{GENRE.pattern}(?:{PERIOD})?(?!的通知)(?=[\u4e00-\u9fff]{{1,6}}{NUMBER_YEAR})",  # a title, before that number
    r"[:](?=《|现将|现)",  # a salutation, before the notice's text
    REMARK,  # a document's remark under its signature: （此件公开发布）
    r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)",  # a page's time of posting
    r"\d{4}-\d{1,2}-\d{1,2}(?=[\u4e00-\u9fff])",  # or its date (发布时间：2023-07-17某某县…)
    # a signing organ and its date, each a line (the organ's end is a cut too: see _front_lines)
    rf"{_SIGNING_ORGAN}\s*(?P<dated>{_DATE}){_NO_DEADLINE}",
    rf"(?:^|(?<=[。!?\s]))\s*{_DATE}{_NO_DEADLINE}",  # a date on a line of its own
    r"\s{2,}",  # a gap a page's layout left
    # before a numbered field of the page (2. [发文机构]), which may follow a date (2011-11-226. [发文字号])
    r"(?:(?<!\d)|(?<=\d{4}-\d{2}-\d{2}))(?=\d{1,2}[.]\s*\[)",
    # before the organ that opens a notice's title, after a field's value: a bracket, a space or a site's
    # name (发布机构 某某市人民政府网某某市人民政府办公室印发关于…)
    rf"(?:(?<=[)\]\s])|(?<=网)|(?<=网站))(?=[\u4e00-\u9fff]{{2,12}}?{_NOTICE_ORGAN}(?:关于)?(?:印发|转发))",
)))
# What the fields of a site's footer open with, folded and lowercased: cleaning removes a line that holds one,
# and a glued page's footer starts a line at each.
SITE_FOOTER = ("主办单位|承办单位|建设单位|协办单位|技术支持|运维单位|网站标识码|备案号|版权所有|copyright|©|联系电话|联系邮箱|"
               "联系我们|网站地图")
# A signature's date: its day (not the imprint's, 2023年3月1日印发), or its month where nothing but an annex, a remark
# or the imprint follows (…某某县人民政府2023年3月附件：…); a seal's note between the organ and the date (某某县人民政府（盖章）2023年3月1日).
_SIGNATURE_DATE = rf"(?:{_DATE}(?!\s*印发)|{MONTH_DATE.pattern.strip('^$')}(?=$|附件|抄送|{REMARK}))"
_SEAL = rf"(?:\((?:{SEAL_WORDS})\))?"
# Where lines start after a glued plan's last sentence, in folded and simplified text: the signature, its organ
# and its date (…抓好落实。某某县人民政府2023年3月1日), a remark under them (（此件公开发布）), an annex's heading (…如期实现。附件：…, or after the
# signature's date, …2023年3月1日附件：…), the imprint's copy list (抄送：…), a page's footer, field by field
# (主办单位：… 建设单位：…), and its tools (分享：…).
_BACK_STARTS = re.compile(rf"(?<=[。日号月])(?=附件\s*\d*\s*[:、])|(?=(?i:{SITE_FOOTER})|地址:|分享:|抄送:|相关(?:解读|链接|文章|政策)"
                          rf"|打印本页|关闭窗口|您访问的链接即将离开|{REMARK})"
                          rf"|(?<=[。)\]])(?=[\u4e00-\u9fff\s]{{2,40}}?{_SIGNING_ORGAN}{_SEAL}\s*{_SIGNATURE_DATE})"
                          rf"|{_SIGNING_ORGAN}{_SEAL}(?=\s*{_SIGNATURE_DATE})")
# A title run into the preamble after it (folded and simplified): 某某县法治政府建设实施方案（2021—2025年）为全面推进….
_PREAMBLE_OPENS = "(?=为|根据|按照|近年来|为了|当前)"
_TITLE_BEFORE_PREAMBLE = re.compile(rf"^(\S{{4,50}}?{GENRE.pattern}(?:{PERIOD})?){_PREAMBLE_OPENS}")
# Such a title after a page's field or furniture, where its place opens after a field's colon or value (a code, a
# date, an address: 索引号：…/2023-00012某某县…), folded.
_TITLE_AFTER_FURNITURE = re.compile(rf"(?<=[:0-9A-Za-z)\]/.\-\s])(?={PLACE_NAME}\S{{2,44}}?{GENRE.pattern}(?:{PERIOD})?"
                                    rf"{_PREAMBLE_OPENS})")
# A title run into the outline it heads, with no preamble: 某某区2023年法治政府建设工作要点一、深入学习…, or a
# list of tasks on the subject named as a plan's title may name it: 某某县2023年法治政府建设重点工作任务一、….
_TITLE_CHARACTER = rf"(?:(?!{_OUTLINE_OPENS.removeprefix('(?=')[:-1]})\S)"  # a title's: no outline opens in it
_BARE_TITLE = re.compile(r"^[^\s。,:;!?()]{4,40}?(?=一[、.])")
_SECOND_CHAPTER = re.compile(r"二[、.]")
_TITLE_BEFORE_OUTLINE = re.compile(rf"^{_TITLE_CHARACTER}{{4,50}}?{GENRE.pattern}(?:{PERIOD})?{_OUTLINE_OPENS}"
                                   rf"|^(?=\S{{0,40}}?{SUBJECT}){_TITLE_CHARACTER}{{4,50}}?{TASK_LIST}(?:{PERIOD})?"
                                   rf"{_OUTLINE_OPENS}")


def holds_the_page(line_length: int, text_length: int) -> bool:
    """Whether a line of ``line_length`` characters, in a text of ``text_length``, is a page that lost
    its line breaks."""
    return line_length >= _PAGE_ON_ONE_LINE or _SHORT_PAGE <= line_length >= _SHARE_OF_THE_TEXT * text_length


def split_run_on(line: str, text_length: int) -> list[str]:
    """``line`` (of a text of ``text_length`` characters) cut into the lines it lost, if it is a page
    that lost its line breaks; else ``[line]``."""
    if not holds_the_page(len(line), text_length):
        return [line]
    simple = fold(simplified_aligned(line))  # the same length as line, character for character
    start = _TITLE_BEFORE_OUTLINE.match(simple) or _OUTLINE_START.search(simple) or _bare_title_before_outline(simple)
    body = _outline_under_cited_title(simple, start.end() if start else 0) or (start and start.end())
    if len(_PARTING_SPACE.findall(line)) >= _PARTING_SPACES or not body:  # no glued outline: spaces are all
        return _rejoined([part for part in _SPACES.split(line) if part])
    return [*_front_lines(line[:body], simple[:body]), *_body_and_back(line, simple, body)]


def _bare_title_before_outline(simple: str) -> re.Match | None:
    """A short title that names no kind of plan, run into the outline it heads (2023年依法治镇工作一、认真贯彻…
    二、…), where nothing else tells where the outline starts."""
    found = _BARE_TITLE.match(simple)
    return found if found and _SECOND_CHAPTER.search(simple, found.end()) else None


def _outline_under_cited_title(simple: str, start: int) -> int | None:
    """Where a glued plan's outline starts under its title as the covering notice cites it, after the notice's
    date, where that comes after ``start``, an outline's start found before it (…现将《X》印发给你们。一、提高思想认识。
    … / 某某县人民政府2023年3月1日X为…一、…, the notice's own list of points) or none found (…2023年3月1日X一、…,
    the title run into the outline)."""
    cited = _CITED_TITLE.search(simple, 0, start or len(simple))
    title_after_date = cited and re.compile(rf"{_DATE}\s*(?:{REMARK})?{re.escape(cited.group(1))}")
    if not (signed := title_after_date and title_after_date.search(simple, start)):
        return None
    outline = _OUTLINE_RIGHT_HERE.match(simple, signed.end()) or _OUTLINE_START.search(simple, signed.end())
    return outline.end() if outline else None


def _rejoined(parts: list[str]) -> list[str]:
    """Parts cut at spaces that were one line's, put back together (see :func:`_goes_with`)."""
    lines: list[str] = []
    for part in parts:
        if lines and _goes_with(lines[-1], part):
            lines[-1] += " " + part
        else:
            lines.append(part)
    return lines


def _goes_with(line: str, part: str) -> bool:
    """Whether ``part`` goes on ``line``: after a number alone (1. [主题分类]), as a breadcrumb's step or
    the mark between two (政务公开 > 政策公开), as a time after its date, as the value after a page field's
    label ([发文机构] 某某县人民政府, 发文日期 2024年03月04日), or as the next field of a row of them
    (发文日期 2024年03月04日 发布日期 …); a number (2. [发文机构]) opens a line of its own, and so does
    one flagged (▲ 4.加强…), with its flag."""
    if _BARE_NUMBER.match(line) or part in _BREADCRUMB_MARKS or line[-1] in _BREADCRUMB_MARKS or _TIME.match(part) \
            or not line.strip(FLAGS):
        return True
    if _BARE_NUMBER.match(part):
        return False
    return bool(_FIELD_LABEL.search(line) or (_FIELD_LABEL.match(part) and _FIELD_ROW.match(line)))


def _front_lines(front: str, simple: str) -> list[str]:
    """The lines before a glued plan's outline, cut where each ends (:data:`_FRONT_ENDS`), before the
    notice's signature (…附件：重点任务分工表 / 某某县人民政府 / 2023年3月1日), and a title cut from the preamble it runs into."""
    ends = list(_FRONT_ENDS.finditer(simple))
    cuts = sorted({0, *(found.end() for found in ends), *(found.start("dated") for found in ends if found["dated"]),
                   *_signatures(simple), len(front)})
    return [line for start, end in zip(cuts, cuts[1:]) for line in _title_apart(front[start:end].strip())]


def _title_apart(piece: str) -> list[str]:
    """A piece of a glued page's front as lines: a title cut from the preamble it runs into, and from the page's
    field or furniture it follows (视力保护色：某某县…实施方案为…, 索引号：…/2023-00012某某县…), where its place opens
    after a field's colon or value."""
    if (found := _TITLE_AFTER_FURNITURE.search(fold(simplified_aligned(piece)))) and found.start():
        return [piece[:found.start()], *_title_apart(piece[found.start():])]
    if title := title_run_in(piece):
        return [title, piece[len(title):]]
    return [piece] if piece else []


def _signatures(simple: str, start: int = 0) -> list[int]:
    """Where a glued page's signature opens, from ``start``, before its date: the organ that opens the notice's
    title (某某县人民政府关于印发…), else an organ of the place that opens the title of the plan the notice cites
    (关于印发《青山县…》的通知 … 附件：1.重点任务分工表青山县人民政府办公室2023年3月1日) or the page's own title
    (青山县2023年…工作要点 … 牵头单位：县公安局青山县人民政府2023年3月1日), which its organs name again."""
    if opening := _NOTICE_TITLE_ORGAN.search(simple):
        organ = re.escape(opening.group(1))
    elif place := PLACE.match(cited.group(1) if (cited := _CITED_TITLE.search(simple)) else simple):
        organ = rf"(?:中共)?{re.escape(place.group())}[\u4e00-\u9fff\s]{{0,24}}?{_SIGNING_ORGAN}"  # or two organs
    else:
        return []
    return [found.start() for found in re.compile(rf"{organ}{_SEAL}(?=\s*{_SIGNATURE_DATE})").finditer(simple, start)]


def _body_and_back(line: str, simple: str, start: int) -> list[str]:
    """A glued plan's outline from ``start``, whole, and the lines after its last sentence (:data:`_BACK_STARTS`,
    and where its signature opens, :func:`_signatures`): only there, where no sentence is left, do words that a
    footer opens with mark a line."""
    imprint = simple.find("抄送:", start)  # the copy list's sentence ends after the plan's last
    back = simple.rfind("。", start, imprint if imprint >= 0 else len(simple)) + 1 or start
    cuts = sorted({start, *(found.end() for found in _BACK_STARTS.finditer(simple, back) if found.end() > start),
                   *(cut for cut in _signatures(simple, back) if cut > start), len(line)})
    return [line[begin:end] for begin, end in zip(cuts, cuts[1:]) if line[begin:end].strip()]


def title_run_in(text: str) -> str:
    """The title that ``text`` opens with, run into the preamble after it (某某县法治政府建设实施方案
    （2021—2025年）为全面推进…); "" if none."""
    found = _TITLE_BEFORE_PREAMBLE.match(fold(simplified_aligned(text)))
    return text[:found.end(1)] if found and "。" not in found.group(1) else ""

"""Stage 3, first step: where a plan's own text starts and ends: its title, what stands above it, its signature.

Above a plan's title a text may hold a covering notice (关于印发…的通知, its number, salutation and date), a news
page's headline and lead (近日，市委、市政府印发了《…》), or a report's heading; the title may be set over two or
three lines, its period or stage on a line of its own, the note that dates it at its end. After its last task,
the organs and date that sign it. :mod:`generator.parse` reads the outline between them and tells
:func:`split_front_matter` where that outline starts.
"""
from __future__ import annotations

import re

from .document_parts import (CN_YEAR_DIGITS, DOC_NUMBER, GENRE, PERIOD, PLACE, SALUTATION, SIGNATURE_LINES, STAGE,
                             SUBJECT, beside_its_date, is_date_line, is_month_signature, is_notice_title, is_organ_line,
                             names_a_plan, printed_note_after)
from .layers import UNIT_END, reads_as_unit
from .model import Line
from .numbering import match_marker
from .paragraphs import HEADING_MAX, TITLE_MAX
from .script import fold, simplified_aligned
from .tables import cells, header_columns

# A remark in brackets after a signature (folded): （有删减）; clean takes the usual ones, （此件公开发布）, as furniture.
_REMARK = re.compile(r"\([^()]{2,12}\)")
_NOTICE = re.compile(r"(通知|印发|转发)")
_SUBJECT = re.compile(SUBJECT)
# How near a text's top a heading of its own (关于…的报告) may stand, when it names no plan.
_HEADING_ABOUT_LINES = 3
# And a covering document's heading or salutation, below its red header, number and signer (签发人：…).
_COVER_HEAD_LINES = 6
# Such a heading, folded: 关于… at its start or after the name of who issues it.
_ABOUT = re.compile(r"^[^,。:;]{0,24}?关于")
# A covering document's heading, folded: 关于印发…的通知, 关于公开征求《…》意见的公告.
_COVER_HEADING = re.compile(r"^[^,。:;]{0,24}?关于.*(?:通知|公告|通告|函|启事)$")
_SALUTATION = re.compile(SALUTATION)  # 各乡镇人民政府，县政府各部门：
# What may end a title on a line of its own below it (folded): its period, (2021—2025年), or the stage of
# its text, (征求意见稿), (试行).
_TITLE_TAIL = re.compile(rf"^(?:{PERIOD}|{STAGE})$")
# A news site republishing a plan: 《法治政府建设实施纲要(2021-2025年)》全文如下。
_FULL_TEXT_FOLLOWS = re.compile(r"(全文如下|原文如下|主要内容如下)[。:!]?$")
# A news report's lead, after which it prints the plan: 近日，市委、市政府印发了《某某市法治政府建设
# 实施方案（2021—2025年）》，并发出通知，要求各地各部门结合实际认真贯彻落实。
_NEWS_LEAD = re.compile(r"^(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[^《。]{0,40}印发了?《[^》]+》[^。]*"
                        r"(?:通知|贯彻落实|遵照执行|执行)[^。]*。$")


# What a title opens with where it leaves its place to the line above (folded): its year, its subject, a five-year plan,
# what it carries out (贯彻落实《…》), 关于 or 全面 (全面推进依法行政…).
_OPENS_WITHOUT_PLACE = re.compile(rf"(?:\d{{4}}\s*年|{CN_YEAR_DIGITS}年|{SUBJECT}|[“\"]|贯彻|关于|全面)")
# A task table's column name on a line of its own, as a table copied a cell per line prints its header: 具体措施.
_MEASURES_COLUMN = re.compile(r"^(?:具体|工作|主要|重点|落实)(?:措施|举措)$")


def is_title_line(text: str) -> bool:
    """A standalone line that names a plan (not the covering notice): a kind of plan (实施方案,
    工作要点), or a list of tasks on the subject (法治政府建设重点任务清单, 2023年法治政府建设工作任务); not a task
    table's header, whose columns may name one (序号 | 工作任务 | 具体措施 | 牵头单位), nor such a column's name alone."""
    folded = fold(simplified_aligned(text))
    return (len(folded) <= TITLE_MAX and "。" not in folded and not folded.endswith(":") and names_a_plan(folded)
            and not _NOTICE.search(folded) and not folded.startswith(("为", "根据", "《")) and match_marker(text) is None
            and header_columns(cells(text)) is None and not _MEASURES_COLUMN.match(folded.strip()))


# A plan's name that a title quotes (贯彻落实《法治政府建设实施纲要》), whose kind is not the title's.
_QUOTED_NAME = re.compile(r"《[^《》]*》")
# 关于 as it opens a title, or after the organ that issues it, and what the title is about (某某市人民政府关于…的实施意见;
# not a menu's 关于我们).
_ABOUT_WHAT = re.compile(r"(?:^|[府委局办厅室会])关于.+的")
_TITLE_LINES_MAX = 3  # the most lines a title is set over


def _title_head(upper: str, title: str) -> bool:
    """Whether ``upper`` is the first line of a title broken over two (某某市法治政府建设 /
    实施方案（2021—2025年）, 某某市人民政府关于深入推进依法行政 / 加快建设法治政府的实施意见): it names the
    subject and the line below only ends the title, or it opens the title with 关于 that the line below goes on
    from, and it is no sentence, notice, date, document number or signing organ, nor names a kind of plan but the
    one it quotes (某某县贯彻落实《法治政府建设实施纲要》 / 实施方案) or one the line below goes on from with 的
    (…贯彻落实法治政府建设实施纲要 / 的实施方案); or it is the place alone, before a title that opens with its year
    or subject (某某县 / 2023年法治政府建设工作要点)."""
    folded, below = fold(simplified_aligned(upper)).strip(), fold(simplified_aligned(title)).strip()
    if PLACE.fullmatch(folded):
        return bool(_OPENS_WITHOUT_PLACE.match(below))
    goes_on = below.startswith("的")  # no title opens with 的: …贯彻落实法治政府建设实施纲要 / 的实施方案
    heads = (goes_on or _SUBJECT.search(folded) is not None and _SUBJECT.search(below) is None
             or _ABOUT_WHAT.search(folded + below) is not None and not below.startswith("关于"))
    return (heads and len(folded) <= HEADING_MAX and (goes_on or not GENRE.search(_QUOTED_NAME.sub("", folded)))
            and not _NOTICE.search(folded) and "。" not in folded
            and not folded.endswith(":") and not UNIT_END.search(folded)
            and not is_date_line(folded) and not DOC_NUMBER.fullmatch(folded)
            and match_marker(upper) is None)


def _is_title_tail(text: str) -> bool:
    """Whether a line only ends the title above it: its period, (2021—2025年), or its stage, （征求意见稿）, （徵求意見稿）."""
    return text.lstrip()[:1] in "(（" and bool(_TITLE_TAIL.match(fold(simplified_aligned(text)).strip()))


def _title_start(lines: tuple[Line, ...], k: int) -> int:
    """Where a title whose genre line is ``k`` starts: there, or on a line above it that begins the title,
    broken over two or three lines (某某市法治政府建设 / “十四五”规划; 某某市人民政府关于深入推进 / 依法行政加快建设
    法治政府的 / 实施意见)."""
    start = k
    while start > 0 and k - start < _TITLE_LINES_MAX - 1 and _title_head(
            lines[start - 1].text, "".join(line.text.strip() for line in lines[start:k + 1])):
        start -= 1
    return start


def split_front_matter(lines: tuple[Line, ...], first: int) -> tuple[int, int]:
    """``(title_start, body_start)``: where the plan's title and body begin, in a text whose outline starts at
    line ``first`` (``len(lines)`` where it numbers nothing), as the parser reads it.

    The body starts after the last title-like line before the first numbered line, or after a news
    page's "《…》全文如下" line or its lead (近日，市委、市政府印发了《…》，并发出通知…) where that
    comes last (the page's title above it is no plan's, and the lead names the plan); failing that,
    after the covering notice's date line;
    failing that, after its title or document number (a page that gives the notice's title and
    number, then the plan without its own title); failing that, after a heading ``关于…`` near the top
    (a report), or a line near the top that names the subject as a title does; failing that, at the top.
    """
    if first == len(lines) and (title := next((k for k, line in enumerate(lines) if is_title_line(line.text)), None)) \
            is not None:  # a text that numbers nothing: the first line naming a plan, not the last (三、保障措施 lost its 三、)
        return _title_start(lines, title), title + 1
    for k in range(first - 1, -1, -1):
        if _leads_to_the_full_text(lines[k].text):  # a news page's title above its lead (…全文如下。) names no plan
            return k + 1, k + 1
        if _is_title_tail(lines[k].text):
            top = k
            while top > 0 and _is_title_tail(lines[top - 1].text):
                top -= 1
            if top > 0 and is_title_line(lines[top - 1].text):
                return _title_start(lines, top - 1), k + 1
            continue
        if is_title_line(lines[k].text):
            return _title_start(lines, k), k + 1
    for k in range(first - 1, -1, -1):
        if is_date_line(lines[k].text):  # and the remark under it: （有删减）
            below = k + 1 + (k + 1 < first and bool(_REMARK.fullmatch(fold(lines[k + 1].text).strip())))
            return below, below
    for k in range(first - 1, -1, -1):
        if _is_notice_heading(lines[k].text):
            return k + 1, k + 1
    return _heading_about(lines, first)


def _leads_to_the_full_text(text: str) -> bool:
    """Whether a line is a news page's lead to the plan it prints: 《…》全文如下, or 近日，市委、市政府印发了《…》…。"""
    if "如下" not in text and "印" not in text:  # most lines
        return False
    folded = fold(simplified_aligned(text)).strip()
    return bool(_FULL_TEXT_FOLLOWS.search(folded) or _NEWS_LEAD.match(folded))


def covering_lines(lines: tuple[Line, ...]) -> frozenset[int]:
    """The lines of a covering document headed as one (关于…的公告, …的通知) that numbers points of its own (a
    notice seeking comments on a draft: 一、征求意见时间 … 二、反馈方式 …), signed and dated right above the
    plan's title: its numbers are not the plan's. Empty for most texts, whose covering notice numbers nothing
    or which a plan's own title opens: a signed plan's annex may follow its date with its title."""
    if not any(_opens_a_covering_document(line.text) for line in lines[:_COVER_HEAD_LINES]):
        return frozenset()  # most texts: a plan's own title opens them
    for k in range(1, len(lines)):
        if is_date_line(lines[k - 1].text) and is_title_line(lines[k].text):
            return frozenset(range(k)) if any(match_marker(line.text) for line in lines[:k - 1]) else frozenset()
    return frozenset()


def _opens_a_covering_document(text: str) -> bool:
    """Whether a line among a text's first is a covering document's: its heading (关于…的通知), or, where a page
    left that out, its salutation (各乡镇人民政府，县政府各部门：)."""
    if len(text) > TITLE_MAX * 2 or not (text.lstrip()[:1] == "各" or "关于" in text or "關於" in text):
        return False
    folded = fold(simplified_aligned(text)).strip()
    return bool(_COVER_HEADING.match(folded) or _SALUTATION.fullmatch(folded))


def _heading_about(lines: tuple[Line, ...], first: int) -> tuple[int, int]:
    """A text of another kind (a report, a notice that is itself the plan) under a heading of its
    own, ``关于…``, within its first lines, with the unit it is from before it on the line or on the
    line above (某某市司法局 / 关于2023年度法治政府建设情况的报告, 某某县人民政府关于进一步加强…的通知):
    ``(title_start, body_start)`` as :func:`split_front_matter` gives them, (0, 0) if none."""
    for k in range(min(first, _HEADING_ABOUT_LINES)):
        text = fold(simplified_aligned(lines[k].text)).strip()
        if _ABOUT.match(text) and len(text) <= TITLE_MAX and "。" not in text:
            return k - (k > 0 and text.startswith("关于") and only_names_a_unit(lines[k - 1].text)), k + 1
    # Else the last line within the first few that names the subject as a title does: a page may print
    # it under its column's name and again under its byline.
    headings = [k for k in range(min(first, _HEADING_ABOUT_LINES)) if _is_subject_heading(lines[k].text)]
    return (headings[-1], headings[-1] + 1) if headings else (0, 0)


def _is_subject_heading(text: str) -> bool:
    """Whether a line heads a text as a title does, naming the subject, though not a plan
    (某某县2022年法治政府建设工作情况报告, 某某市法治政府建设考核指标体系): no sentence, clause or number."""
    folded = fold(simplified_aligned(text)).strip()
    return (len(folded) <= TITLE_MAX and _SUBJECT.search(folded) is not None and not re.search(r"[,。:;]", folded)
            and match_marker(text) is None and not is_date_line(folded))


def signature_start(texts: list[str]) -> int:
    """Where the signature (落款) that ends ``texts`` begins: a last date line (above a remark such
    as （有删减）), or a month's under an organ named in full, and the organ lines right above it;
    ``len(texts)`` when the text ends otherwise.
    It is no text of the task or chapter it follows."""
    end = len(texts) - 1 if texts and _REMARK.fullmatch(fold(texts[-1]).strip()) else len(texts)
    if not end or not (is_date_line(texts[end - 1]) or end > 1 and is_month_signature(texts[end - 2], texts[end - 1])):
        return len(texts)
    start = end - 1
    while start > 0 and end - start < SIGNATURE_LINES and is_organ_line(texts[start - 1]):
        start -= 1
    return start


def _is_notice_heading(text: str) -> bool:
    """A covering notice's title (…关于印发…的通知) or its document number alone (某政发〔2022〕8号)."""
    return bool(DOC_NUMBER.fullmatch(fold(text).strip())) or is_notice_title(text)


def organ_and_date_apart(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Each signature printed on one line, its organ and date side by side, as the two lines a
    signature is, so that it is read as one wherever it stands (under a notice, after the plan); and
    a document number beside its date, as the lines a notice prints them on."""
    apart: list[Line] = []
    for line in lines:
        found = beside_its_date(line.text)
        if found and (is_organ_line(found[0]) or DOC_NUMBER.fullmatch(fold(found[0]))):
            apart += [Line(found[0], line.lineno), Line(found[1], line.lineno)]
        else:
            apart.append(line)
    return tuple(apart)


def printed_note_apart(lines: tuple[Line, ...], title_start: int, body_start: int) -> tuple[Line, ...]:
    """``lines`` with the note that dates the plan at the end of its title's line (…实施方案（2021年12月20日市政府
    第45次常务会议审议通过）) on a line of its own that opens the body, as such a note is printed under a title."""
    if body_start == title_start:
        return lines
    title, note = printed_note_after(lines[body_start - 1].text)
    if not note:
        return lines
    lineno = lines[body_start - 1].lineno
    return (*lines[:body_start - 1], Line(title, lineno), Line(note, lineno), *lines[body_start:])


def only_names_a_unit(text: str) -> bool:
    """Whether a line is a unit's name alone: short, no clause, ending as a unit's name does (某某市司法局)."""
    if len(text.strip()) > HEADING_MAX:  # most paragraphs; folding keeps a text's length
        return False
    folded = fold(simplified_aligned(text)).strip()
    return not re.search(r"[,。:;]", folded) and reads_as_unit(folded)

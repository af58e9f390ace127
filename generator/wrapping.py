"""Part of cleaning: a text hard-wrapped at a page's width gets its paragraphs back.

Text taken from a PDF (or wrapped by a program at so many characters) breaks
every paragraph into lines as wide as the page, so each line would read as a
paragraph: titles and headings cut at the page's edge, notes split from their
units. Such a text is recognised by its lines: many fill one width and almost
none runs past it, where a text with a paragraph on each line has lines of
every length; a short text of a page, or one whose headings and notes stand on
short lines of their own, has few such lines, and is taken as wrapped where
half of them break off mid-sentence or inside a bracket. Its lines are then
joined back where the line before fills the page, unless the page's own signs
say a paragraph starts (an indent, a number that can open a paragraph there, a
signature below a sentence's end). A line fills the page less what the page's
typesetting took from it: the indent of a paragraph's first line where the
converter lost it, a character moved down to keep “ off a line's end or ， off
a line's start. A text with a paragraph on each line, taken from a PDF with its
page numbers, has only the paragraphs that a page break cut in two joined back.
Where a text does not indent its paragraphs, one that ends by chance at the
page's very edge is taken to go on; nothing in the text tells otherwise.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .document_parts import (DOC_NUMBER, GENRE, PERIOD, STAGE, beside_its_date, is_date_line, is_notice_title,
                             is_organ_line)
from .model import Line, Marker
from .numbering import DOTTED, ONLY_IN_RUNS, match_marker, printed_prefix
from .paragraphs import is_task_field, leaves_a_bracket_open, trailing_note
from .script import fold, simplified_aligned

# A page's line holds at least 20 characters.
_WRAP_MIN_CHARACTERS = 20
# Full lines of a page vary by a few characters (half-width digits, squeezed punctuation).
_WRAP_SLACK = 2
# Share of lines that fill the page's width, and of lines that may run wider than it.
_WRAP_FULL_SHARE = 0.3
_WRAP_WIDER_SHARE = 0.05
_WRAP_MIN_FULL_LINES = 8
# A text of few full lines (a township's 工作要点 on a page, or a plan whose headings and notes stand on short lines
# of their own) is taken as wrapped where three of its full lines at least, and half of them, break off mid-sentence
# or inside a bracket, as a line per paragraph never does.
_FEW_FULL_MIN_BROKEN = 3
_FEW_FULL_BROKEN_SHARE = 1 / 2
# Share of the full lines that the slack must cover.
_WRAP_TIGHT_SHARE = 0.9
# A paragraph's first line is indented two characters.
_FIRST_LINE_INDENT = 2
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
# Marks a typesetter keeps off a line's end (“) or start (，), moving a character down with them.
_OPENING_MARKS = frozenset("“‘《（〔【「(")
_CLOSING_MARKS = frozenset("，。、；：！？”’》）〕】」,.;:!?)")
# Of those, the ones no line of text opens with, as a wrap may leave them: not a half-width ), which closes a list's
# number (1)), . of a decimal, nor ? and !, which a misread text puts for characters it lost.
_CARRIED_MARKS = _CLOSING_MARKS - frozenset(").?!")
# A line that ends a sentence or closes a note: 。 or ）, 〕 …
_LAST_LINE_ENDS = (*_SENTENCE_ENDS, "）", ")", "]", "】", "〕")
# Where a clause ends but never a paragraph: a line that stops at one of these goes on in the next.
_CLAUSE_ENDS = ("，", "、", ",")
# Where a paragraph or a heading's lead-in can end: a numbered line after one of these starts anew.
PARAGRAPH_ENDS = (*_LAST_LINE_ENDS, "；", "：", ";", ":")
_MARKER_MAX = 12
# A table's row copied as text (cells parted by tabs, bars or runs of spaces): as wide as its cells
# make it, never a page's line.
_COLUMNS = re.compile(r"\t|\||\s{2,}")
# A table of contents' entry (一、总体要求……………3): as wide as its dot leader makes it, never a page's line.
# Tried from a leader's first mark only, so a long run of dots is read once.
_CONTENTS_ENTRY = re.compile(r"(?<![.…·])(?:\.{3,}|[…·]{2,})\s*\d{1,3}$")
_GAPS = (" ", "\t", "|", "\u3000", "\xa0")


def display_width(text: str) -> float:
    """How wide ``text`` prints in a Chinese document, in characters: an ASCII letter, digit or
    comma is half of one, everything else (“ — · as well) a whole one."""
    return len(text) - len(text.encode("ascii", "ignore")) / 2


@dataclass(frozen=True)
class PageWidth:
    """The width a hard-wrapped text fills its lines to: a line is full when it falls short of
    ``width`` by at most ``slack``, which is as much as most full lines fall short."""

    width: float
    slack: float
    full_lines: int

    def fills(self, width: float) -> bool:
        return width >= self.width - self.slack


def _may_be_wrapped(widths: list[float]) -> bool:
    """A quick test that most texts fail: when at least 30 % of the lines come within the slack of
    the page's width and at most 5 % run past it, the line 70 % of the way up the lengths and the
    one at 95 % differ by little more than twice the slack."""
    count = len(widths)
    if count < _WRAP_MIN_FULL_LINES:
        return False
    ordered = sorted(widths)
    return ordered[int((1 - _WRAP_WIDER_SHARE) * count) - 1] - ordered[int((1 - _WRAP_FULL_SHARE) * count)] \
        <= 2 * _WRAP_SLACK + 1


def wrap_width(widths: list[float]) -> PageWidth | None:
    """The page a text was hard-wrapped to, or None if it was not: the width that many lines fill
    to within a little and almost none runs past. A text with a paragraph on each line has lines of
    every length, many of them far longer than any page. Widths are counted in half characters."""
    if not _may_be_wrapped(widths):
        return None
    halves = Counter(round(2 * width) for width in widths if width >= _WRAP_MIN_CHARACTERS)
    if not halves:
        return None

    def filling(top: int, slack: int = 2 * _WRAP_SLACK) -> int:
        return sum(halves[w] for w in range(top - slack, top + 1))

    top = max(sorted(halves), key=filling)
    full = filling(top)
    wider = sum(1 for width in widths if 2 * width > top + 2 * _WRAP_SLACK)
    if full < max(_WRAP_MIN_FULL_LINES, _WRAP_FULL_SHARE * len(widths)) or wider > _WRAP_WIDER_SHARE * len(widths):
        return None
    # Text wrapped by a program fills every line exactly; a PDF's lines fall short by a half-width
    # character or so. The tighter the slack, the fewer paragraphs that end by chance at the page's
    # edge are taken to go on.
    slack = next(s for s in range(2 * _WRAP_SLACK + 1) if filling(top, s) >= _WRAP_TIGHT_SHARE * full)
    return PageWidth(top / 2, slack / 2, full)


def _is_row_or_entry(text: str) -> bool:
    """Cells parted by tabs, bars or runs of spaces (the regular expression runs only on the few
    lines with a space, tab or bar at all), or a table of contents' entry with its leader."""
    return (any(gap in text for gap in _GAPS) and _COLUMNS.search(text) is not None) \
        or (text[-1:].isdigit() and _CONTENTS_ENTRY.search(text) is not None)


def _insets(indents: list[str]) -> list[float]:
    """How far each line is set in from the text's margin (its least indent), in characters: a paragraph's first
    line by its indent, a title centred or a signature set right by more; a line that goes on a paragraph by none."""
    widths = [display_width(indent) if indent else 0.0 for indent in indents]
    margin = min(widths, default=0.0)
    return [width - margin for width in widths]


def _wrap_measure(lines: list[Line], indents: list[str], insets: list[float], rows: list[bool]
                  ) -> tuple[list[float], PageWidth] | None:
    """Each line's width with its indent (none for a table's row or a table of contents' entry, ``rows``, or a
    line set in from the margin by more than a paragraph's indent, a title centred or a signature set right, which
    no page's width cuts) and the page, measured as a PDF prints (half-width characters half as wide) or in
    characters (as a program that wraps at so many characters counts): whichever finds more lines filling the page."""
    unmeasured = [row or inset > _FIRST_LINE_INDENT + _WRAP_SLACK / 2 for inset, row in zip(insets, rows)]
    # Where most lines are set in from the margin (a paragraph's first line, a heading), one at the margin goes on
    # the line above.
    at_margin = [not inset for inset in insets] if sum(map(bool, insets)) >= len(lines) / 2 else [False] * len(lines)
    found = []
    for measure in (display_width, len):
        widths = [0 if off else measure(indent + line.text) for line, indent, off in zip(lines, indents, unmeasured)]
        page = wrap_width(widths) or _page_of_few_full_lines(lines, widths, at_margin)
        if page is not None:
            found.append((page.full_lines, widths, page))
    if not found:
        return None
    _, widths, page = max(found, key=lambda candidate: candidate[0])
    return widths, page


def _page_of_few_full_lines(lines: list[Line], widths: list[float], at_margin: list[bool]) -> PageWidth | None:
    """The page a text that few lines fill was wrapped to: as wide as its widest line, half the lines that fill it
    breaking off mid-sentence (…每季度不少 / 于一次。; a title ends none) or inside a bracket (…（牵头单位： /
    县司法局）), three at least, or any where each is followed by a line at the margin of a text that sets its
    paragraphs in, however many of its lines are short ones (headings, notes on lines of their own); None for a
    text not wrapped, whose few longest lines are whole paragraphs."""
    top = max(widths, default=0)
    if top < _WRAP_MIN_CHARACTERS:
        return None
    page = PageWidth(top, _WRAP_SLACK, 0)
    full = [k for k, width in enumerate(widths) if page.fills(width)]
    broken = [k for k in full if (not lines[k].text.rstrip().endswith(PARAGRAPH_ENDS) and not _titles(lines[k].text))
              or leaves_a_bracket_open(lines[k].text)]
    # Each broken line carried on at the margin of a text that sets its paragraphs in is wrapped, however many.
    carried = bool(broken) and all(k + 1 < len(lines) and at_margin[k + 1] for k in broken)
    if not carried and len(broken) < max(_FEW_FULL_MIN_BROKEN, _FEW_FULL_BROKEN_SHARE * len(full)):
        return None
    return replace(page, full_lines=len(full))


class _NumberingSoFar:
    """The numbers that opened paragraphs so far, to tell whether a number can open the next one.
    A kind of number first seen earlier ranks higher (一、 above 1.), as the parser ranks them."""

    def __init__(self):
        self._last: dict[str, tuple[int, int]] = {}  # kind → (value, when)
        self._rank: dict[str, int] = {}
        self._count = 0

    def may_open(self, marker: Marker) -> bool:
        if marker.family in ONLY_IN_RUNS:  # only after a paragraph's end: 思想统 / 一是行动的前提 is one sentence
            return False
        if marker.family not in self._last:  # a first dotted number is a 1: 1.5 is a decimal
            return marker.family not in DOTTED or marker.value == 1
        value, when = self._last[marker.family]
        if marker.value == value + 1:
            return True
        rank = self._rank[marker.family]
        return marker.value == 1 and any(self._rank[kind] < rank and since > when
                                         for kind, (_, since) in self._last.items())

    def opened(self, marker: Marker) -> None:
        self._count += 1
        self._last[marker.family] = (marker.value, self._count)
        self._rank.setdefault(marker.family, len(self._rank))


def rejoin_wrapped(lines: list[Line], indents: list[str], after_breaks: frozenset[int] = frozenset()
                   ) -> tuple[list[Line], int]:
    """Join a hard-wrapped text's lines back into paragraphs; also how many lines were joined on.

    A line goes on from the one before when that one fills the page's width, unless
    * in a text that sets its paragraphs in from its margin, the line is set in;
    * the line is a table's row (cells parted by tabs, bars or runs of spaces: no page's line), or
      a table of contents' entry (一、总体要求……3), which its dot leader fills;
    * the line opens with a number that can start a paragraph there: any number after a full
      stop or a closed note, else the next of its kind, or a 1 of a kind unseen or under a new
      heading of a higher kind (so the ``一、`` of ``统\n一、``, a wrap's doing, goes on a
      sentence of chapter 二);
    * the line before ends a sentence and this one neither fills the page nor ends a sentence
      itself: a signature or a date below a notice's last line is a line of its own;
    * the line before is a signature, a plan's title or its covering notice's, or this one a document's number.
    A line that opens with a mark that closes (，。、）…), as no line of text does, goes on the one before
    in any text: a program that wrapped it at so many characters left the mark there. So does a line
    after one that stops at a comma (统筹结合，), where no paragraph ends, unless it opens with a number,
    a label (牵头单位：) or a table's row; and a line after a page break (``after_breaks``: the indexes of lines a
    page number stood above) that opens with no number, below a paragraph the break cut
    (:func:`_cut_by_a_page_break`)."""
    rows = [_is_row_or_entry(line.text) for line in lines]
    insets = _insets(indents)
    measured = _wrap_measure(lines, indents, insets, rows)
    if measured is None and not after_breaks and not any(line.text[:1] in _CARRIED_MARKS
                                                         or line.text.endswith(_CLAUSE_ENDS) for line in lines):
        return lines, 0
    widths, page = measured or ([0.0] * len(lines), PageWidth(float("inf"), 0, 0))  # no page: no line fills one
    # Where some lines are set in from the margin and others not, being set in starts a paragraph; where nearly none
    # are, it tells nothing.
    shows_paragraphs = 0.05 <= sum(map(bool, insets)) / len(lines) < 1
    joined: list[Line] = []
    numbering = _NumberingSoFar()
    before, before_width = "", 0.0
    for index, (line, inset, line_width, row) in enumerate(zip(lines, insets, widths, rows)):
        full = page.fills(line_width)
        # A line that may not end in a mark that opens (“) or start with one that closes (，) ends a
        # character short of the page where the typesetter moved the mark to the next line.
        full_before = page.fills(before_width + (line.text[:1] in _OPENING_MARKS or line.text[1:2] in _CLOSING_MARKS))
        found = match_marker(line.text[:_MARKER_MAX])
        numbered = found is not None and (before.endswith(PARAGRAPH_ENDS) or numbering.may_open(found[0]))
        after_a_clause = _stops_at_a_clause(before) and found is None and not row and not is_task_field(line.text)
        after_a_page_break = index in after_breaks and found is None and _cut_by_a_page_break(before)
        carried = bool(before) and (line.text[:1] in _CARRIED_MARKS or after_a_clause or after_a_page_break)
        goes_on = carried or (bool(before) and full_before and not numbered and not (shows_paragraphs and inset)
                              and not row and not _is_document_number(line.text) and not _signs(before)
                              and not _titles(before)
                              and (not _ends_a_paragraph(before) or full or line.text.endswith(_LAST_LINE_ENDS)))
        if goes_on:
            joint = " " if _is_latin_letter(before[-1]) and _is_latin_letter(line.text[0]) else ""
            joined[-1] = Line(joined[-1].text + joint + line.text, joined[-1].lineno)
        else:
            joined.append(line)
            if found:
                numbering.opened(found[0])
            # A paragraph's first line is indented on the page: where the text lost the indent or
            # keeps it narrower (a PDF read without its layout, or with it), it fills the page less
            # the indent. Only a numbered paragraph's, or one's after a sentence's end: a line short
            # of the page below a title or a heading is one of its own.
            if found or before.endswith(_LAST_LINE_ENDS):
                line_width += _FIRST_LINE_INDENT
        before, before_width = line.text, line_width
    return joined, len(lines) - len(joined)


def _stops_at_a_clause(line: str) -> bool:
    """Whether ``line`` stops at a comma after some words: a number alone (一、) heads the line below."""
    return line.endswith(_CLAUSE_ENDS) and len(line) > len(printed_prefix(line))


def _is_document_number(line: str) -> bool:
    """A document's number alone on its line (某政办〔2024〕8号), which no paragraph goes on into: under a notice's
    title that fills the page, it is the next line."""
    return line[-1:] in "号號" and bool(DOC_NUMBER.fullmatch(fold(line).strip()))


def _signs(line: str) -> bool:
    """A signature's line: a date alone, or an organ and its date (某某县人民政府办公室　2023年1月23日), which no
    paragraph goes on from, however much of the page it fills."""
    return is_date_line(line) or ((found := beside_its_date(line)) is not None and is_organ_line(found[0]))


# A plan's title, as a line of its own ends it (folded, simplified): its kind, its period or its text's stage.
_TITLE_END = re.compile(rf"{GENRE.pattern}(?:{PERIOD}|{STAGE})?$")


def _titles_a_plan(line: str) -> bool:
    """A plan's title on a line of its own (某某区法治政府建设规划（2022—2026年）), which no paragraph goes on from:
    a title cited in a sentence is in 《》, its line no title's, and a line with a comma of either width is a
    sentence's (…,建立健全行政复议决定 / 约谈提醒通报制度 goes on)."""
    folded = fold(simplified_aligned(line)).rstrip()
    return "《" not in folded and "," not in folded and _TITLE_END.search(folded) is not None


def _titles(line: str) -> bool:
    """A plan's or its covering notice's title on a line of its own, which breaks off no sentence."""
    return _titles_a_plan(line) or is_notice_title(line)


def _ends_a_paragraph(line: str) -> bool:
    """Whether ``line`` ends a sentence, or a task with its note (…水平。（市司法局牵头，各区县政府负责））."""
    return line.endswith(_SENTENCE_ENDS) or (line.endswith((")", "）")) and bool(trailing_note(line)[1]))


def _is_latin_letter(ch: str) -> bool:
    """English words wrapped at a space lose the space, which is put back; Chinese and digits need none."""
    return ch.isascii() and ch.isalpha()


# Longer than any heading (parse's limit is 40 characters): a line this long is a paragraph.
_PARAGRAPH_MIN = 41


def _cut_by_a_page_break(before: str) -> bool:
    """Whether ``before``, the line above a page break (a page number removed below it), is a paragraph the break
    cut: a paragraph's (too long for a heading, or a sentence ended in it, as 1.推进…高效。优化… runs on from its
    task's title) that stops without a paragraph's end. A short line before a page break stays apart: it may be a
    heading, whose text goes on after the break."""
    return ((len(before) >= _PARAGRAPH_MIN or any(end in before for end in _SENTENCE_ENDS))
            and not before.endswith(PARAGRAPH_ENDS))

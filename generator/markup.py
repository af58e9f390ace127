"""Stage 2, first step: a page's markup → the text a reader of it sees.

Plans reach us as pages saved as text: an HTML page (a government site's, a word processor's "Save as Web Page"),
a Markdown page (a reader's, or a PDF converter's: MinerU, marker, Docling, pandoc), a text browser's dump, or
plain text that kept some of that markup. Each is read as a browser or a Markdown reader would show it:

* HTML: tags dropped, entities decoded, what a browser does not show (scripts, styles, ruby readings) left
  out, the tab's title kept as a field, the numbers of the lists a browser numbers given, and data tables as
  lines of tab-parted cells, a cell merged over rows standing in each (:mod:`generator.tables` reads them);
* Markdown: markup taken off line for line, so that every line keeps its number, HTML tables inside it read
  as an HTML page's;
* either: character references and a text browser's list of link addresses.

:mod:`generator.clean` does the rest of the stage on the text this gives.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .numbering import CIRCLED
from .script import as_shown

# The tags of a page or its paragraphs, which a Markdown page with HTML only inside its lines (a converter's spans,
# line breaks and tables) does not hold; and those any page holds.
_PAGE_TAGS = "!doctype|html|head|body|div|p"
_HTML_HINT = re.compile(rf"<\s*({_PAGE_TAGS}|br|table|span|script)\b", re.I)
_PAGE_TAG = re.compile(rf"<\s*(?:{_PAGE_TAGS})\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
_CELL_TAGS = ("td", "th")
# What a browser does not show in the page: its code, and its <title> (the tab's label: the site's name
# with the article's title, which the page's own heading prints).
_HIDDEN_TAGS = ("script", "style", "noscript", "title")
# What ruby sets beside a letter, no part of the text: its reading (<rt>) and the brackets round it for
# browsers that show no ruby (<rp>). Their end tags may be left out: the next one, or the ruby's end, ends them.
_RUBY_ANNOTATIONS = ("rt", "rp")
_RUBY_PARTS = ("rb", "rt", "rp", "ruby")
# A line break in a page's source, with the spaces round it, as an editor (Word's "Save as Web Page", a site's
# editor) breaks long lines of a paragraph: a browser shows a space, or between Chinese letters and marks nothing,
# where the text would be cut. It is marked while the page is read, and read when its text is whole, as its
# letters on either side may stand in elements of their own (学法</span>\n<span>内容). Not in preformatted text.
_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")
_BREAK_MARK = "\x00"
_BREAK_BETWEEN_LETTERS = re.compile(f"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]){_BREAK_MARK}+"
                                    f"(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")
_PREFORMATTED_TAGS = ("pre", "textarea", "listing", "xmp", "plaintext")
# How a list numbered by the browser (<ol>) numbers its items, by depth, as a document would print
# them: 1. under a list's heading, （1） in an item, ① deeper.
_LIST_NUMBERS = ("{}.", "（{}）")
# How a list an editor styled numbers them as the browser shows it, whatever its depth: by its class (UEditor's
# custom lists, whose numbers are pictures: <ol class="custom_cn2">) or its list-style-type; {cn} in Chinese numerals.
_LIST_FORMS = {"custom_num": "{}.", "custom_num1": "{}）", "custom_num2": "（{}）", "custom_cn": "{cn}、",
               "custom_cn1": "{cn}）", "custom_cn2": "（{cn}）", "decimal": "{}.", "cjk-ideographic": "{cn}、",
               "simp-chinese-informal": "{cn}、", "trad-chinese-informal": "{cn}、"}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)")
_DIGITS_IN_WORDS = "一二三四五六七八九"
# The fields a government site's page gives in its head, by the names the 政府网站发展指引 sets:
# when the page was posted.
_PAGE_FIELDS = {"pubdate": "生成日期"}
# A data table's cells are short, of a few paragraphs at most; a layout table's cell holds a page.
_DATA_CELL_MAX = 1000
_DATA_CELL_PARAGRAPHS = 4


@dataclass
class _Cell:
    text: list[str] = field(default_factory=list)
    rows: int = 1  # rowspan
    columns: int = 1  # colspan

    def words(self) -> str:
        """The cell's text as one line: its own line breaks are spaces (and its source's, but between letters)."""
        return re.sub(r"\s+", " ", _source_breaks_read("".join(self.text))).strip()

    def lays_out(self) -> bool:
        """Whether the cell holds a page's content rather than a datum: as long as a page, or more
        paragraphs than a table's cell has."""
        return len(self.words()) > _DATA_CELL_MAX or \
            sum(1 for line in _source_breaks_read("".join(self.text)).split("\n") if line.strip()) \
            > _DATA_CELL_PARAGRAPHS


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    cell: _Cell | None = None  # the cell open now
    nested: bool = False  # holds a table of its own: it lays out a page

    def text(self) -> str:
        """A data table as lines of tab-parted cells (see :func:`_table_lines`); a table that lays
        out a page (a table in a cell, or a cell that holds a page's content) as its cells' text."""
        cells = [cell for row in self.rows for cell in row]
        if self.nested or any(cell.lays_out() for cell in cells) or sum(len(row) >= 2 for row in self.rows) < 2:
            return "\n" + "\n".join("".join(cell.text) for cell in cells) + "\n"
        return "\n" + "\n".join(_table_lines(self.rows)) + "\n"


class _TextExtractor(HTMLParser):
    """A page's visible text, a paragraph per line. A data table's rows are lines with their cells
    parted by tabs, as a table copied from a page reads (see :mod:`generator.tables`): a cell merged
    down several rows (rowspan) stands in each of them, and a cell's own line breaks are spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._tables: list[_Table] = []  # the open tables, innermost last
        self._lists: list[list | None] = []  # the open lists, innermost last: an <ol>'s next number and form
        self._title: list[str] | None = None  # the page's <title>, while it is read
        self._in_reading = False  # inside a ruby's reading or its brackets
        self._preformatted = 0  # inside <pre>: its line breaks are the text's

    def _sink(self) -> list[str] | None:
        """Where text goes now: the open cell, the page, or nowhere (between a table's cells)."""
        if not self._tables:
            return self.parts
        return self._tables[-1].cell.text if self._tables[-1].cell is not None else None

    def handle_starttag(self, tag, attrs):
        table = self._tables[-1] if self._tables else None
        if tag in _RUBY_PARTS:
            self._in_reading = tag in _RUBY_ANNOTATIONS
        self._preformatted += tag in _PREFORMATTED_TAGS
        if tag == "title":
            self._title = []
        if tag in _HIDDEN_TAGS:
            self._skip += 1
        elif tag == "table":
            if table is not None:
                table.nested = True
            self._tables.append(_Table())
        elif table is not None and tag == "tr":
            table.rows.append([])
        elif table is not None and tag in _CELL_TAGS:
            spans = dict(attrs)
            table.cell = _Cell(rows=_span(spans.get("rowspan")), columns=_span(spans.get("colspan")))
            if not table.rows:  # a cell before any <tr>
                table.rows.append([])
            table.rows[-1].append(table.cell)
        elif tag == "meta":
            self._page_field(dict(attrs))
        elif tag in ("ol", "ul"):
            start = dict(attrs).get("start") or ""
            self._lists.append([int(start) if start.strip().isdigit() else 1, _list_form(dict(attrs))]
                               if tag == "ol" else None)
        elif tag in _BLOCK_TAGS and (sink := self._sink()) is not None:
            sink.append("\n")
            if tag == "li" and self._lists:  # the number or bullet the browser shows before the item
                sink.append(self._list_number() if self._lists[-1] is not None else "● ")

    def _page_field(self, attrs: dict[str, str | None]) -> None:
        """What a government site's page says of itself in its head (<meta name="PubDate" …>), as a
        field line, where :func:`generator.clean.table_fields` finds it: when it was posted is a date when the text
        gives none."""
        label = _PAGE_FIELDS.get((attrs.get("name") or "").lower())
        if label and (value := " ".join((attrs.get("content") or "").split())):
            self.parts.append(f"\n{label}:{value}\n")

    def _page_title(self, words: str) -> None:
        """The page's <title> as its 标题 field, which names the plan where its text does not (the site's name
        after it is taken off with the field): a tab's label, no text of the page."""
        self._title = None
        if words := " ".join(words.split()):
            self.parts.append(f"\n标题:{words}\n")

    def _list_number(self) -> str:
        """The number the browser shows before the next item of the innermost <ol>."""
        (number, form), depth = self._lists[-1], sum(kind is not None for kind in self._lists)
        self._lists[-1][0] = number + 1
        if form:
            return form.format(number, cn=_in_words(number))
        if depth <= len(_LIST_NUMBERS):
            return _LIST_NUMBERS[depth - 1].format(number)
        return CIRCLED[number - 1] if number <= len(CIRCLED) else f"（{number}）"

    def handle_endtag(self, tag):
        if tag in _RUBY_PARTS:
            self._in_reading = False
        if tag in _PREFORMATTED_TAGS:
            self._preformatted = max(0, self._preformatted - 1)
        if tag == "title" and self._title is not None:
            self._page_title("".join(self._title))
        if tag in _HIDDEN_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._tables:
            text = self._tables.pop().text()
            if (sink := self._sink()) is not None:
                sink.append(text)
        elif tag in _CELL_TAGS and self._tables:
            self._tables[-1].cell = None
        elif tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        elif tag in _BLOCK_TAGS and (sink := self._sink()) is not None:
            sink.append("\n")

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)
        elif not self._skip and not self._in_reading and (sink := self._sink()) is not None:
            sink.append(data if self._preformatted else _SOURCE_BREAK.sub(_BREAK_MARK, data))

    def close(self):
        """The page's end also ends the tables left open (a page cut short, a </table> left out)."""
        super().close()
        while self._tables:
            self.handle_endtag("table")


def _list_form(attrs: dict[str, str | None]) -> str | None:
    """The form of an <ol>'s numbers its class or style sets (:data:`_LIST_FORMS`), or None for the browser's default."""
    styled = _LIST_STYLE.search((attrs.get("style") or "").lower())
    names = [*(attrs.get("class") or "").split(), styled.group(1) if styled else "",
             "decimal" if attrs.get("type") == "1" else ""]
    return next((_LIST_FORMS[name] for name in names if name in _LIST_FORMS), None)


def _in_words(number: int) -> str:
    """A number up to 99 in Chinese numerals, as a list styled so shows it: 3 三, 10 十, 12 十二, 21 二十一."""
    if not 0 < number < 100:
        return str(number)
    tens, units = divmod(number, 10)
    written = (_DIGITS_IN_WORDS[tens - 1] if tens > 1 else "") + ("十" if tens else "")
    return written + (_DIGITS_IN_WORDS[units - 1] if units else "")


def _span(value: str | None) -> int:
    """A rowspan or colspan attribute as a count: 1 when missing or not a number."""
    return max(1, min(int(value), 100)) if value and value.strip().isdigit() else 1


def _table_lines(rows: list[list[_Cell]]) -> list[str]:
    """A table's rows as lines of tab-parted cells, each cell merged down rows (rowspan) repeated in
    the rows it spans, and a cell merged across columns (colspan) given once. A header over two rows
    (序号, 重点任务 and 完成时限 merged down, 责任单位 across 牵头单位 | 配合单位) is its second row, which
    then names every column."""
    lines: list[str] = []
    below: dict[int, tuple[str, int, int]] = {}  # column → a merged cell's text, rows left, columns
    for n, row in enumerate(rows):
        texts, column, cells = [], 0, list(row)
        while cells or any(at >= column for at in below):
            if column in below:
                text, rows_left, columns = below.pop(column)
                if rows_left > 1:
                    below[column] = (text, rows_left - 1, columns)
            elif cells:
                cell = cells.pop(0)
                text, columns = cell.words(), cell.columns
                if cell.rows > 1:
                    below[column] = (text, cell.rows - 1, columns)
            else:  # only cells merged from above are left in this row
                column = min(at for at in below if at >= column)
                continue
            texts.append(text)
            column += columns
        if any(texts) and not (n == 0 and _spans_the_header_below(row)):
            lines.append("\t".join(texts))
    return lines


def _spans_the_header_below(row: list[_Cell]) -> bool:
    """Whether a table's first row only heads the one below: each of its cells is merged down into it
    or across the columns it names, one at least of each kind."""
    return (any(cell.rows > 1 for cell in row) and any(cell.columns > 1 and cell.rows == 1 for cell in row)
            and all(cell.rows > 1 or cell.columns > 1 for cell in row))


_HTML_HEAD = 5000  # characters: where a page shows its markup


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text, 0, _HTML_HEAD)) >= 2


def strip_markup(text: str) -> str:
    """The visible text of an HTML page saved as ``.txt``."""
    parser = _TextExtractor()
    parser.feed(text.replace(_BREAK_MARK, ""))
    parser.close()
    return html.unescape(_source_breaks_read("".join(parser.parts)))


def _source_breaks_read(text: str) -> str:
    """``text`` with each line break of its page's source as a browser shows it: nothing between letters, else a
    space."""
    return _BREAK_BETWEEN_LETTERS.sub("", text).replace(_BREAK_MARK, " ")


# A page saved as Markdown, as a reader or a converter gives one: lines that only markup opens
# (## 一、总则, **1.加强学习**, 1\. 加强学习, ![图](…), a quote's > as pandoc writes an indented paragraph, a bullet
# before a number: - 1.加强学习, marker's page end {1}-----) or a number and markup (1.**加强学习**。…), that link to
# a page ([…](https://…)), brackets escaped as pandoc writes a document's \[牵头单位：…\], or marker's page anchors
# (<span id="page-0-1">).
_NUMBER_OPENING = r"(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
_MARKDOWN_SIGN = re.compile(rf"^(?:#{{1,6}}[ \t]+\S|{_NUMBER_OPENING}?[ \t]*\*\*\S|\d{{1,3}}\\\.|!\[|>[ \t]|"
                            rf"[-*+][ \t]+{_NUMBER_OPENING}|\{{\d{{1,4}}\}}-{{3}})|\]\((?:https?:|/)|\\[\[\]]"
                            r'|<span id="page-\d', re.M)
_MARKDOWN_SIGNS_MIN = 3
_MARKDOWN_HEAD = 20000  # characters: where a page shows its markup
# A comment, which shows nothing (<!-- image -->, as Docling marks a picture); in a text too little marked up to read
# as Markdown, only Docling's mark for a picture is no text of the plan's.
_COMMENT = re.compile(r"<!--.{0,200}?-->")
_PICTURE_COMMENT = re.compile(r"[ \t]*<!-- image -->")
_MARKDOWN_RULES = (  # each bounded, or anchored, so that a long line costs its length, not its square
    # A fence or a rule (marker's page end, {3}-----, goes in any text as a separator: _SEPARATOR).
    (re.compile(r"^(?:```.*|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$"), ""),
    # Inline HTML a converter leaves in its lines (<span id="page-0-1"></span>, a cell's <br>), a footnote's number
    # set as <sup>1</sup> with it.
    (re.compile(r"<sup>\s*\d{1,3}\s*</sup>|</?(?:span|sup|sub|u|b|i|em|strong|font|a|br)\b[^<>]{0,200}>", re.I), ""),
    (re.compile(r"^(?:>[ \t]?)+|^#{1,6}[ \t]+|(?<![ \t])[ \t]+#+[ \t]*$"), ""),  # a quote, a heading
    # A bullet, not a page number's dash (- 2 -): before a number, nothing; else the bullet it draws.
    (re.compile(r"^[-*+][ \t]+(?!\d+[ \t]*-[ \t]*$)(?P<numbered>(?=[\d（(第]|[一二三四五六七八九十]+[、.．]))?"),
     lambda found: "" if found.group("numbered") is not None else "●"),
    (re.compile(rf"!\[[^\]]{{0,200}}\]\([^)]{{0,500}}\)|{_COMMENT.pattern}"), ""),  # an image, a comment (<!-- image -->)
    (re.compile(r"^\[\^[^\]\s]{1,10}\]:[ \t]*|\[\^[^\]\s]{1,10}\]"), ""),  # a footnote's mark, before its text too
    (re.compile(r"\[([^\]]{0,200})\]\([^)]{0,500}\)"), r"\1"),  # a link: its words
    (re.compile(r"\*\*(.{1,200}?)\*\*|__(.{1,200}?)__"), lambda found: found.group(1) or found.group(2)),  # strong
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),  # an escaped character: 1\. is 1.
    # Typographic marks as pandoc's Markdown writes them out, which its reader puts back: “十三五”,
    # 2021—2025, ……; a table's rule (|---|) has no word on either side.
    (re.compile(r'"([^"\n]{1,200}?)"'), r"“\1”"),
    (re.compile(r"(?<=[^\s|:\-])---(?=[^\s|:\-])"), "—"),
    (re.compile(r"(?<=[^\s|:\-])--(?=[^\s|:\-])"), "–"),
    (re.compile(r"\.\.\."), "…"),
)


# Strong emphasis as Markdown marks it, on one line.
_STRONG_STARS = re.compile(r"\*\*([^*\n]{1,200}?)\*\*")
# A quote's mark before a paragraph's Chinese words or number (> （一）加强…), as pandoc writes an indented one, which
# no plan prints, in a text with too few other signs of Markdown to be read as Markdown.
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]+(?=[\u4e00-\u9fff（(【《“\d])", re.M)
# The anchor marker sets before a page's headings (<span id="page-0-1"></span>), which shows nothing, in a text with too
# few other signs of Markdown to be read as Markdown.
_PAGE_ANCHOR = re.compile(r'<span id="page-\d{1,4}-\d{1,4}">\s*</span>')
# A heading's hashes before Chinese words (# 某某县…工作要点), which no plan prints, in a text with too few other
# signs of Markdown to be read as Markdown.
_HEADING_HASHES = re.compile(r"^[ \t]*#{1,6}[ \t\u3000]+(?=[\u4e00-\u9fff（(【《“\d])", re.M)


# What a text holds somewhere if any of its lines has a sign of Markdown.
_MARKDOWN_HINTS = re.compile("|".join(re.escape(hint) for hint in (
    "#", "**", "\\.", "](", "\\[", "\n>", "- ", "* ", "+ ", "}---", '<span id="page-')))


# Markup a text copied from a Markdown page or a converter's keeps, too little to read it as Markdown, which no plan
# prints: each pattern with what it replaces its finds with, after the substring a text holds if it holds any.
_STRAY_MARKUP = (("**", _STRONG_STARS, r"\1"), ('<span id="page-', _PAGE_ANCHOR, ""), ("#", _HEADING_HASHES, ""),
                 ("> ", _QUOTE_MARK, ""), ("<!-- image -->", _PICTURE_COMMENT, ""))


def _without_stray_markup(text: str) -> str:
    for hint, pattern, replacement in _STRAY_MARKUP:
        if hint in text:  # most texts hold none: a substring test each
            text = pattern.sub(replacement, text)
    return text


def looks_like_markdown(text: str) -> bool:
    if not _MARKDOWN_HINTS.search(text, 0, _MARKDOWN_HEAD):  # most texts, at one search
        return False
    return len(_MARKDOWN_SIGN.findall(text, 0, _MARKDOWN_HEAD)) >= _MARKDOWN_SIGNS_MIN


# A table a converter writes into Markdown as HTML (MinerU: <table><tr><td>序号</td>…</table>, on one line).
_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)
# Inline math a converter writes for a figure it read from a PDF, set apart by spaces (达到 $100\%$ 。, $\geq 9 0 \%$),
# and the signs its commands print.
_INLINE_MATH = re.compile(r"[ \t]*\$([^$\n]{1,60})\$[ \t]*")
_MATH_SIGNS = {"%": "%", "geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "times": "×", "sim": "～", "cdot": "·"}
_MATH_COMMAND = re.compile(r"\\(%|[a-z]+)")
_ASCII_WORD = re.compile("[A-Za-z0-9]")


def _math_shown(found: re.Match) -> str:
    r"""Inline math that only writes a figure as the figure reads: commands as the signs they print, without the
    spaces inside it ($1 0 0 \%$ → 100%) or round it where a Chinese word is beside it; other math (powers,
    fractions) as written."""
    math = _MATH_COMMAND.sub(lambda command: _MATH_SIGNS.get(command.group(1), command.group(0)), found.group(1))
    if any(mark in math for mark in "\\^{}_"):
        return found.group(0)
    math = "".join(math.split())
    text, start, end = found.string, found.start(), found.end()
    before = " " if start and _ASCII_WORD.match(text[start - 1]) else ""
    after = " " if end < len(text) and _ASCII_WORD.match(text[end]) else ""
    return f"{before}{math}{after}"


def strip_markdown(text: str) -> str:
    """The text of a page saved as Markdown, line for line, so that every line keeps its number, but for an HTML
    table in it, whose rows are each a line, as on an HTML page."""
    if "<" in text:
        text = _HTML_TABLE.sub(lambda table: strip_markup(table.group(0)).strip("\n"), text)
    if "$" in text:
        text = _INLINE_MATH.sub(_math_shown, text)
    lines = text.split("\n")
    for k, line in enumerate(lines):
        for pattern, replacement in _MARKDOWN_RULES:
            line = pattern.sub(replacement, line)
        lines[k] = line
    return "\n".join(lines)


# A character reference left in text copied from a page's source (&ldquo;放管服&rdquo;, &nbsp;).
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}\d{0,2}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
# The ampersand of a reference escaped a second time, as some sites' pages print it: &amp;ldquo;.
_ESCAPED_TWICE = re.compile(rf"&amp;(?={_ENTITY.pattern[1:]})")


def visible_text(text: str) -> str:
    """What a reader of the page sees: an HTML page's text, a Markdown page's without its markup, HTML inside its
    lines included (a converter's spans and tables, which do not make it an HTML page), and the marks of strong
    emphasis and headings a text copied from one keeps (1.**加强学习**。…, # 某某县…, which no plan prints), and the
    characters that references left in the text (&ldquo;) stand for, also where a site escaped them twice
    (&amp;ldquo;)."""
    markdown = looks_like_markdown(text)
    if looks_like_html(text) and not (markdown and _PAGE_TAG.search(text, 0, _HTML_HEAD) is None):
        return strip_markup(as_shown(text))  # where a source's line breaks go, no invisible mark may stand between
    text = strip_markdown(text) if markdown else _without_stray_markup(text)
    if "&" in text:
        text = _ENTITY.sub(_referenced_character, _ESCAPED_TWICE.sub("&", text))
    if "References" in text or "links:" in text:  # a substring test each: most texts hold neither
        text = _without_link_references(text)
    return text


# A page a text browser saved (lynx -dump, links -dump): its links' addresses listed under a heading at its foot
# (References / 1. https://…), each link's words after its number there ([3]政策文件).
_LINK_LIST_HEADINGS = ("References", "Visible links", "Visible links:", "Hidden links:")
_LINK_ADDRESS = re.compile(r"\s*\d{1,4}\.\s+\S+\s*$")
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")


def _without_link_references(text: str) -> str:
    """A text browser's page without the list of its links' addresses at its foot (its lines left blank, so that
    every other line keeps its number) and without the links' numbers in its text; a text with no such list as
    it is."""
    lines = text.split("\n")
    heading = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip() in _LINK_LIST_HEADINGS), None)
    if heading is None or not all(not line.strip() or _LINK_ADDRESS.match(line) for line in lines[heading + 1:]):
        return text
    return "\n".join([_LINK_NUMBER.sub("", line) for line in lines[:heading]] + [""] * (len(lines) - heading))


def _referenced_character(reference: re.Match) -> str:
    """The character a reference stands for; any space as a plain one, so that a line break
    (&#10;) breaks no line and every line keeps its number."""
    character = html.unescape(reference.group())
    return " " if character.isspace() else character

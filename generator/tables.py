"""Task division tables (任务分工表), as plain text copies them: a part of the parse stage.

A header row names the task and who is responsible (序号 | 重点任务 | 牵头单位 | 配合单位 |
完成时限), then a row per task, its cells separated by tabs, bars or spaces, or one cell per
line. A table appended to a plan gives the tasks it names their units and time limits; in a
plan that is nothing but such a table, its numbered rows are the tasks, and so are those of a
numbered table that names none of the plan's tasks (a 示范创建 plan's table of indicators), where
it stands (see :func:`generator.parse.parse`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations, takewhile

from .layers import BRACKETED, FIRST_LEADS, MARKED_LEADS, NOTES_APART, reads_as_unit, split_units
from .model import Diagnostic, Line, Node
from .numbering import COUNTED_IN_WORDS, cn_to_int, match_marker, printed_prefix
from .script import fold, simplified_aligned

# The labels of a web page's metadata table (also :mod:`generator.clean`'s), and as pages space
# them out to align a column: 索 引 号, 文　　号.
_FIELD_LABELS = ("索引号|主题分类|发文机构|发布机构|发文机关|联合发文单位|发文文号|发文字号|文号|发文日期|"
                 "成文日期|发布日期|实施日期|废止日期|公文时效|有效性|时效性|文件来源|主题词|体裁分类|"
                 "组配分类|信息分类|内容分类|公开方式|公开范围|公开形式|所属机构|公开日期|生成日期|制发机构|发文单位|发布单位|"
                 "生效日期|生效时间|废止时间|失效日期|失效时间|效力状态|关键词|标题|名称|分类|"
                 # and a law database's (北大法宝: 【发布部门】…【效力级别】地方规范性文件…【法宝引证码】CLI.12.…, or
                 # 【制定机关】…【公布日期】…【效力位阶】…; 法律之星: 【颁布单位】…【执行日期】…)
                 "发布部门|制定机关|颁布单位|效力级别|效力位阶|法规类别|公布日期|施行日期|颁布日期|执行日期|批准日期|"
                 "审议通过日期|法宝引证码|原文链接|"
                 # and a site's catalogue of public information (信息名称：… 信息索引：… 公开方式：主动公开; not its
                 # 内容概述, whose label alone takes no line below it: a page's furniture, see clean)
                 "信息名称|信息索引号|信息索引|文件编号|发布机关|公开时限|"
                 # and other names sites give them
                 "成文时间|发文时间|印发时间|文种|公文种类|文件类型|所属主题|统一编号|登记号|是否有效|索取号")
SPACED_FIELD_LABELS = "|".join(r"\s*".join(label) for label in _FIELD_LABELS.split("|"))
_NUMBERED_FIELD = re.compile(rf"\s*\d{{1,2}}[.、]\s*\[\s*(?:{SPACED_FIELD_LABELS})\s*\]")
# A 序号 cell, folded: 1, 1., 1、, (1), 一, 一、, (一), and under a group 1.2 or 1-2.
_ROW_NUMBER = re.compile(r"\(?(\d{1,2}(?:[.-]\d{1,2}){1,2}|\d{1,4}|[一二三四五六七八九十]{1,3})\)?[.、]?")
# A group's number in words, alone in a row's first cell, folded: 一, 二、, (三).
_GROUP_NUMBER = re.compile(r"([一二三四五六七八九十]{1,3})[.、]?|\([一二三四五六七八九十]{1,3}\)")
_CELL_BREAK = re.compile(r"\t|[ \u3000]*[|｜][ \u3000]*|[ \u3000]{2,}")
_TASK_HEADER = re.compile(r"(任务|工作|事项|措施|举措|内容|要求|指标|项目)")
# What a column's header may say of who leads among its units: 排在第一位的为牵头单位, 带*的为牵头单位.
_WHO_LEADS = re.compile(f"{FIRST_LEADS.pattern}|{MARKED_LEADS.pattern}")
# What a task table's header names, as a note's label: a column of people (责任领导, 责任人) or of the units
# that oversee (督办单位) names none that does the task, and one that says who leads among its units
# (责任单位（排在第一位的为牵头单位）) names units in charge.
_ROLE_HEADERS = ((re.compile(r"领导|责任人|联系人"), "责任领导"), (re.compile(r"督办|督导|督查|督促"), "督办单位"),
                 (_WHO_LEADS, "责任单位"),
                 (re.compile(r"牵头|主责|主办|主要责任"), "牵头单位"),
                 (re.compile(r"配合|协办|协助|参与|协同|协作"), "配合单位"),
                 (re.compile(r"责任|(?:实施|落实|承办)(?:单位|主体|部门)"), "责任单位"),
                 (re.compile(r"时限|时间|期限"), "完成时限"))
# A header names its columns in a few words, a remark in brackets aside (责任单位（排在第一位的为牵头单位）).
_HEADER_CELL_MAX = 12
_CAPTION = re.compile(r"^(附件|附表)|表$")
_UNIT_LABELS = ("牵头单位", "配合单位", "责任单位")  # the labels of columns of units
NUMBER_HEADER = re.compile(r"^(序[ \u3000]*号|编[ \u3000]*号|序)$")
_SPACES = re.compile(r"[ \u3000]+")  # that spread a short name over its column (序  号, 备  注)
# The most cells a table copied one cell per line has in a row.
MAX_COLUMNS = 8
# The most line breaks a cell of a table copied with tabs is taken to hold.
_MOST_BREAKS = 6
# The rows a header's cells are counted against, where one may have lost its last empty cells.
_ROWS_TO_COUNT = 3
_TIME_CELL = re.compile(r"\d{4}|[年月日底前]|长期|持续|常态|经常|季度|年度|每")


@dataclass(frozen=True)
class TaskTable:
    """A task division table: where it starts among the body lines (its caption, if any) and
    where its header is, the task columns, the note label each column gives (None for the task
    columns and the others), its rows with their cells, its 序号 column if it has one, and the
    header's names of the columns."""

    start: int
    header: int
    task_columns: tuple[int, ...]
    labels: tuple[str | None, ...]
    rows: tuple[tuple[Line, tuple[str, ...]], ...]
    number_column: int | None = None
    names: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """Where the line after its last row is."""
        return self.header + 1 + len(self.rows)

    def is_group(self, row: tuple[str, ...]) -> bool:
        """Whether a row is a group line spanning the table (一、…), not a task's row."""
        return len(row) < len(self.labels)

    def labelled_cells(self, row: tuple[str, ...]) -> list[str]:
        """A row's units and time limit as a task's note gives them: ``牵头单位：县司法局``; under a
        header that says its first unit leads (责任单位（排在第一位的为牵头单位）), with that said."""
        return [f"{label}：{cell}{said}" for label, cell, said in zip(self.labels, row, self._conventions)
                if label and cell]

    def remarks(self, row: tuple[str, ...]) -> list[str]:
        """A row's cells in columns of neither its task nor a role (备注, 分值), each after its column's
        name without the spaces that spread it (``备注：新增``, under 备  注): words of the task's, kept as its text."""
        return [f"{_SPACES.sub('', name)}：{cell}" for column, (name, cell) in enumerate(zip(self.names, row))
                if cell and self.labels[column] is None and column not in self.task_columns
                and column != self.number_column]

    @cached_property
    def _conventions(self) -> tuple[str, ...]:
        """What each column's header says of who leads (（排在第一位的为牵头单位）, （带*的为牵头单位）), or ""."""
        found = [_WHO_LEADS.search(fold(simplified_aligned(name))) for name in self.names or ("",) * len(self.labels)]
        return tuple(f"（{said.group(0).strip('()')}）" if said else "" for said in found)


def row_number(cell: str) -> str:
    """The figure a 序号 cell gives, as digits: ``1``, ``1.``, ``1、``, ``（1）``, ``一`` and ``一、`` give
    ``"1"``, a row under a group numbered 1 (``1.2``, ``1-2``) ``"1.2"``; "" for a cell that is no number."""
    found = _ROW_NUMBER.fullmatch(fold(cell).strip())
    if not found:
        return ""
    figure = found.group(1).replace("-", ".")
    return figure if figure.isdecimal() or "." in figure else str(cn_to_int(figure))


def has_cells(text: str) -> bool:
    """Whether ``text`` is parted into cells (by a tab, a bar or a run of spaces), as a table's row
    copied as text is. (Substrings, looked for on every task's lines, are found several times faster than
    :data:`_CELL_BREAK`.)"""
    return "\t" in text or "|" in text or "｜" in text or "  " in text or "\u3000\u3000" in text \
        or " \u3000" in text or "\u3000 " in text


def cells(text: str) -> tuple[str, ...]:
    """A table row's cells, however the copy separated them: by tabs alone where it has any, so a cell's own
    spaces (序  号, a word processor's way to spread a short name over its column) stay in it."""
    if "\t" in text:
        return tuple(cell.strip() for cell in text.strip().split("\t"))
    # The row's outer bars, and the spaces that pad its first and last cells inside them.
    return tuple(cell.strip() for cell in _CELL_BREAK.split(text.strip().strip("|｜").strip(" \u3000")))


def header_columns(names: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[str | None, ...]] | None:
    """The task columns and each column's note label, when ``names`` read as a task table's header: a task
    column and one of who does it, or under 序号 a task column and one of when (序号 | 工作任务 | 完成时限)."""
    if len(names) < 3:
        return None
    simple = [simplified_aligned(name) for name in names]
    labels = tuple(next((label for pattern, label in _ROLE_HEADERS if pattern.search(cell)), None) for cell in simple)
    tasks = [k for k, cell in enumerate(simple) if _TASK_HEADER.search(cell) and labels[k] is None]
    names_units = any(label in _UNIT_LABELS for label in labels)
    numbers_tasks_in_time = bool(NUMBER_HEADER.match(simple[0])) and "完成时限" in labels  # 序号 | 工作任务 | 完成时限
    if not tasks or not (names_units or numbers_tasks_in_time) \
            or any(len(BRACKETED.sub("", fold(cell))) > _HEADER_CELL_MAX for cell in simple):
        return None
    return tuple(tasks), labels


def rejoined_tables(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Task tables as a line per row, their cells separated by tabs or bars, as a table copied
    whole reads: one copied a cell per line joined by rows (:func:`_rows_of_cells`), and the lines
    of a row drawn over several (:func:`_wrapped_rows_joined`) joined into one."""
    return _copied_rows_mended(_wrapped_rows_joined(_rows_of_cells(lines)))


def _wrapped_rows_joined(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A table drawn with bars whose cells wrap over lines (| 1 | 深化…改革， | 区政务局 | /
    |   | 推进一网通办 |   |), as a grid table's text is printed: a line of as many cells whose first
    cell is empty continues the numbered row above, cell by cell."""
    joined: list[Line] = []
    numbered: tuple[str, ...] = ()  # the cells of the numbered bar row that the lines go on
    for line in lines:
        row = cells(line.text) if line.text.startswith(("|", "｜")) else ()  # a clean line has no indent
        if numbered and len(row) == len(numbered) and not row[0]:
            numbered = tuple(above + below for above, below in zip(numbered, row))
            joined[-1] = Line(" | ".join(numbered), joined[-1].lineno)
            continue
        numbered = row if len(row) > 2 and row_number(row[0]) else ()
        joined.append(line)
    return tuple(joined) if len(joined) < len(lines) else lines


def _copied_rows_mended(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A table copied with tabs (or drawn with bars) under a header whose first column is 序号, its rows
    mended as a word processor's copy breaks them:

    * a row whose cell held a line break (2<tab>推行“三项制度”， / 实现全过程记录<tab>区司法局<tab>…), joined
      back to the header's number of cells: from a line that opens with its row's number, over lines whose
      first cell is no row number (a cell's own numbered lines, （2）…, are none), only where they make up
      the row exactly (tabs keep a row's empty cells, so a row short of cells is one that broke);
    * a whole row whose last cell the lines after it go on with, up to the table's next row;
    * a header whose names held line breaks, joined to the cells of the first row below it;
    * a header over two rows, a merged cell's name above the names it spans (责任单位 over 牵头单位 | 配合单位), as
      the names of the row below where it gives them;
    * a row of a group's number in words and its name, its other cells empty (一<tab>深入学习贯彻习近平法治思想,
      （一）<tab>…, | 一 | … | | |), as the group line it stands for: 一、深入学习贯彻习近平法治思想."""
    if not any(_is_copied_row(line.text) for line in lines):  # most texts: no table copied with tabs or bars
        return lines
    joined: list[Line] = []
    width, k = 0, 0
    while k < len(lines):
        row = cells(lines[k].text) if _is_copied_row(lines[k].text) else ()
        numbers_rows = bool(row) and NUMBER_HEADER.match(simplified_aligned(row[0])) is not None  # 序号 | …
        if numbers_rows and (merged := _header_over_two_rows(lines, k)):
            joined.append(Line("\t".join(merged), lines[k].lineno))
            width, k = len(merged), k + 2
            continue
        if numbers_rows and (made_up := _header_made_up(lines, k)):
            row, last = made_up
            joined.append(Line("\t".join(row), lines[k].lineno))
            width, k = len(row), last + 1
            continue
        if numbers_rows and header_columns(row):
            width = len(row)
        elif width and len(row) >= 2 and row[1] and not any(row[2:]) \
                and (number := _group_number(row[0], lines[k + 1:k + 2])):
            joined.append(Line(number + row[1], lines[k].lineno))
            k += 1
            continue
        elif width and 1 < len(row) <= width and row_number(row[0]) \
                and (made_up := _row_made_up(lines, k, width) if len(row) < width else _last_cell_made_up(lines, k)):
            whole, last = made_up
            joined.append(Line("\t".join(whole), lines[k].lineno))
            k = last + 1
            continue
        joined.append(lines[k])
        k += 1
    return tuple(joined)


def _is_copied_row(text: str) -> bool:
    """Whether a line is a table's row copied with tabs, or drawn with bars (| 1 | 加强… |, 1 | 加强… | 县司法局)."""
    return "\t" in text or "|" in text or "｜" in text


def _group_number(cell: str, below: tuple[Line, ...]) -> str:
    """A group row's number as its line prints it: 一、 for 一 or 二、, （一） as printed, and 1. for a figure
    whose rows below are numbered under it (1 / 1.1 / 1.2); "" for a cell that numbers no group."""
    folded = fold(cell).strip()
    if group := _GROUP_NUMBER.fullmatch(folded):
        return group.group(1) + "、" if group.group(1) else cell.strip()
    under = row_number(cells(below[0].text)[0]) if below else ""
    return f"{folded}." if folded.isdecimal() and under.startswith(f"{folded}.") else ""


def group_row(text: str) -> str:
    """The group line that a table's row of a group's number in words and its name stands for, its other cells empty
    (一<tab>依法全面履行政府职能, （二）<tab><tab>…): 一、依法全面履行政府职能; "" for any other line."""
    filled = [cell for cell in cells(text) if cell]
    if len(filled) != 2 or "。" in filled[1] or not (number := _group_number(filled[0], ())):
        return ""
    return number + filled[1]


def _header_over_two_rows(lines: tuple[Line, ...], k: int) -> tuple[str, ...] | None:
    """The names of a header over two rows from ``k``, a merged cell's name above the names it spans
    (序号<tab>重点任务<tab>责任单位<tab><tab>完成时限 / <tab><tab>牵头单位<tab>配合单位<tab>): the second row's
    names in their columns, found where its cells keep their places (bars, or tabs a copy kept) or, where its
    row lost its first empty cells with the line's indent, in the one span of the first row's merged cell (a
    name and the empty names after it) as wide as they are many. None unless the second row only names
    columns of a task table."""
    if k + 1 >= len(lines) or not _is_copied_row(lines[k + 1].text):
        return None
    names, below = cells(lines[k].text), cells(lines[k + 1].text)
    if not any(below) or not all(not name or len(name) <= _HEADER_CELL_MAX and _names_a_column(simplified_aligned(name))
                                 for name in below):
        return None
    if len(below) == len(names) and not below[0]:
        merged = tuple(under or over for over, under in zip(names, below))
    else:
        spans = [(start, end) for start, end in _merged_spans(names) if end - start == len(below)]
        if len(spans) != 1:
            return None
        (start, end), = spans
        merged = (*names[:start], *below, *names[end:])
    return merged if header_columns(merged) else None


def _merged_spans(names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where a header's merged cells span: each name with the empty names right after it, as (start, end)."""
    spans = []
    for start, name in enumerate(names):
        end = start + 1
        while end < len(names) and not names[end]:
            end += 1
        if name and end > start + 1:
            spans.append((start, end))
    return spans


def _names_a_column(name: str) -> bool:
    """Whether a header's cell (simplified) names a task table's column: its task or a role."""
    return bool(_TASK_HEADER.search(name)) or any(pattern.search(name) for pattern, _ in _ROLE_HEADERS)


def _header_made_up(lines: tuple[Line, ...], k: int) -> tuple[tuple[str, ...], int] | None:
    """The names of a header broken over the lines from ``k`` (序号<tab>…<tab>完成 / 时限), each line going on
    with the name the one before broke off, at least as many as the cells of the rows numbered below (a row may
    have lost its last empty cells, never gained one), and the last line it takes; None if it is whole. It ends
    at a row or a group's line (一、加强组织领导, 一<tab>加强组织领导), which is no part of a name."""
    reach = min(k + 2 + _MOST_BREAKS, len(lines))
    below = next((j for j in range(k + 1, reach)
                  if row_number(cells(lines[j].text)[0]) or match_marker(lines[j].text)), None)
    rows = [row for row in map(cells, (line.text for line in lines[below or reach:reach]))
            if row_number(row[0]) and fold(row[0]).lstrip()[:1].isdecimal()]  # numbered in figures: no group's
    if below is None or below == k + 1 or not rows:
        return None
    names = list(cells(lines[k].text))
    for line in lines[k + 1:below]:
        first, *more = cells(line.text)
        names[-1] += first
        names += more
    names = tuple(names)
    return (names, below - 1) if len(names) >= max(map(len, rows[:_ROWS_TO_COUNT])) and header_columns(names) else None


def _row_made_up(lines: tuple[Line, ...], k: int, width: int) -> tuple[tuple[str, ...], int] | None:
    """The cells of the row broken over the lines from ``k``, each line after the first going on
    with the cell the one before broke off, and the last line it takes; None if no lines after it
    make up ``width`` cells."""
    row = list(cells(lines[k].text))
    for end in range(k + 1, min(k + 1 + _MOST_BREAKS, len(lines))):
        more = cells(lines[end].text)
        if row_number(more[0]):  # the next row; a cell's own numbered lines (（2）组织…) go on with it
            return None
        row[-1] += more[0]
        row.extend(more[1:])
        if len(row) >= width:
            return (tuple(row), end) if len(row) == width else None
    return None


def _last_cell_made_up(lines: tuple[Line, ...], k: int) -> tuple[tuple[str, ...], int] | None:
    """The cells of a whole row whose last cell held line breaks (1<tab>…<tab>2024年 / 12月底前), and the last line
    it takes: the lines after it with no cells and no number go on with that cell, up to the table's next row
    numbered in its first cell; None if no such row follows them."""
    row = cells(lines[k].text)
    for end in range(k + 1, min(k + 2 + _MOST_BREAKS, len(lines))):
        text = lines[end].text
        if _is_copied_row(text) or match_marker(text):
            below = cells(text)
            if end == k + 1 or len(below) != len(row) or not row_number(below[0]):
                return None
            return (*row[:-1], row[-1] + "".join(line.text.strip() for line in lines[k + 1:end])), end - 1
    return None


def _rows_of_cells(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A task table copied one cell per line (序号 / 重点任务 / 牵头单位 / … / 1 / … / 2 / …) as a
    line per row, its cells separated by tabs. Only where the header starts with 序号 and its rows are
    numbered 1, 2, 3 …, each with a line per cell but for the lines of a cell that held paragraphs
    (:func:`_flattened_rows`); otherwise the lines stay as they are."""
    joined: list[Line] = []
    k = 0
    while k < len(lines):
        names = _flattened_header(lines, k)
        rows, end = _flattened_rows(lines, k + len(names), names) if names else ([], k)
        if sum(len(row) > 1 for _, row in rows) < 2:
            joined.append(lines[k])
            k += 1
            continue
        joined.append(Line("\t".join(names), lines[k].lineno))
        joined.extend(Line("\t".join(row), lineno) for lineno, row in rows)
        k = end
    return tuple(joined)


def _flattened_header(lines: tuple[Line, ...], k: int) -> tuple[str, ...]:
    """The names of a table's cells given one per line from ``k``, up to a first row's 1; () if none."""
    name = lines[k].text.strip()
    if len(name) > 2 or not NUMBER_HEADER.match(simplified_aligned(name)):
        return ()
    for width in range(3, min(MAX_COLUMNS, len(lines) - k - 1) + 1):
        names = tuple(line.text.strip() for line in lines[k:k + width])
        if _opens_row(lines, k + width, 1) and header_columns(names):
            return names
    return ()


def _opens_row(lines: tuple[Line, ...], k: int, number: int) -> bool:
    """Whether the row numbered ``number`` of a table copied a cell per line starts at line ``k``, perhaps below
    its group's line (一、加强党的领导)."""
    k += k < len(lines) and _is_group_line(lines[k].text)
    return k < len(lines) and fold(lines[k].text).strip() == str(number)


def _is_group_line(text: str) -> bool:
    """A group's line among a table's rows: its number in words and its name (一、…, （一）…)."""
    found = match_marker(text)
    return found is not None and found[0].family in ("c", "s") and bool(text[found[1]:].strip())


def _flattened_rows(lines: tuple[Line, ...], start: int, names: tuple[str, ...]
                    ) -> tuple[list[tuple[int, list[str]]], int]:
    """The rows of a cell per name that follow from ``start``, each opening with the next number, with their
    line numbers, and where they end. A cell of paragraphs is a line each (将…纳入培训。 / 组织专题讲座。): where
    the columns of units and time limits come last, a row's lines beyond its cells go on with its last
    column of words, up to the next row's number (or, in the last row, as few as make its time limits
    times). A cell left empty is no line at all, which shifts the cells after it: a row whose time limit
    reads as no time is not taken, nor the rows after it."""
    labels = header_columns(names)[1]
    rows: list[tuple[int, list[str]]] = []
    k, count = start, 0
    while _opens_row(lines, k, count + 1):
        if _is_group_line(lines[k].text):  # a group's line, kept as it is
            rows.append((lines[k].lineno, [lines[k].text.strip()]))
            k += 1
        for end in _row_ends(lines, k, len(names), count + 2, _words_then_roles(labels)):
            if row := _fitted([line.text.strip() for line in lines[k:end]], labels):
                rows.append((lines[k].lineno, row))
                k, count = end, count + 1
                break
        else:
            break
    return rows, k


def _words_then_roles(labels: tuple[str | None, ...]) -> bool:
    """Whether a header's columns after its 序号 are words first and roles after (重点任务 | 具体措施 | 牵头单位 |
    完成时限), so that a cell of paragraphs can only be the last column of words."""
    roles = [label is not None for label in labels[1:]]
    return not roles[0] and roles == sorted(roles)


def _row_ends(lines: tuple[Line, ...], k: int, width: int, following: int, paragraphs: bool) -> Iterator[int]:
    """Where a row flattened from line ``k`` may end: after a line per cell, or, where a cell may hold
    paragraphs, at the next row's number (``following``) or, with none, after each line up to the most breaks."""
    if not paragraphs:
        yield k + width
        return
    last = min(len(lines), k + width + _MOST_BREAKS)
    below = next((j for j in range(k + width, last + 1) if _opens_row(lines, j, following)), None)
    yield from [below] if below is not None else range(k + width, last + 1)


def _fitted(row: list[str], labels: tuple[str | None, ...]) -> list[str] | None:
    """A flattened row's lines as the header's cells, or None where its cells are not single, its time limits
    read as no time or it is unclear which cell its lines beyond the header's held. Those lines go on with the
    row's last column of words (将…纳入培训。 / 组织专题讲座。), or, where each reads as a unit, with its one
    column of units that they fit (县委组织部 / 县司法局, listed with 、)."""
    extra = len(row) - len(labels)
    if extra < 0 or any(len(cells(cell)) != 1 for cell in row):
        return None
    if not extra:
        return row if _times_read_as_times(row, labels) else None
    words = max(column for column, label in enumerate(labels) if label is None)
    holders = [words, *(column for column, label in enumerate(labels) if label in _UNIT_LABELS)]
    fits = [fitted for column in holders if (fitted := _held_by(row, labels, column, extra))]
    return fits[0] if len(fits) == 1 else None


def _held_by(row: list[str], labels: tuple[str | None, ...], column: int, extra: int) -> list[str] | None:
    """``row`` with its ``extra`` lines held by ``column`` (joined, or listed for a column of units), if then
    its words are no units, each of its columns of units names units, and its time limits read as times; else
    None (lines taken past the row's end: an empty cell's shift, the signature below)."""
    held = row[column:column + extra + 1]
    of_units = labels[column] in _UNIT_LABELS
    if any(reads_as_unit(line) != of_units for line in held[1:]):
        return None
    fitted = row[:column] + [("、" if of_units else "").join(held)] + row[column + extra + 1:]
    return fitted if _roles_read_right(fitted, labels) else None


def _roles_read_right(row: list[str], labels: tuple[str | None, ...]) -> bool:
    """Whether a row's cells in columns of units name units, and those in its column of time limits read as times."""
    return all(all(map(reads_as_unit, split_units(cell))) for cell, label in zip(row, labels) if label in _UNIT_LABELS) \
        and _times_read_as_times(row, labels)


def _times_read_as_times(row: list[str], labels: tuple[str | None, ...]) -> bool:
    return all(_TIME_CELL.search(simplified_aligned(cell)) for cell, label in zip(row, labels) if label == "完成时限")


def scattered_header(lines: tuple[Line, ...]) -> Line | None:
    """The first line of a task table's header left one name to a line (序号 / 重点任务 / 牵头单位)
    whose rows could not be joined back, as a PDF read without its layout scatters a table's cells."""
    for line, below in zip(lines, lines[1:]):
        if line.text.lstrip()[:1] not in "序编編" or not NUMBER_HEADER.match(simplified_aligned(line.text.strip())):
            continue
        name = simplified_aligned(below.text.strip())
        if len(name) <= _HEADER_CELL_MAX and _names_a_column(name):
            return line
    return None


def task_tables(body: tuple[Line, ...]) -> list[TaskTable]:
    """Every task division table in the body: a header row, then its rows."""
    tables, k = [], 0
    while k < len(body):
        header = header_columns(cells(body[k].text)) if "。" not in body[k].text else None
        names = cells(body[k].text) if header else ()
        numbers = next((column for column, name in enumerate(names)
                        if NUMBER_HEADER.match(simplified_aligned(name))), None)
        rows = _rows(body[k + 1:], *header, numbers, names) if header else []
        if rows:
            caption = k > 0 and _CAPTION.search(fold(simplified_aligned(body[k - 1].text)).strip())
            tables.append(TaskTable(k - 1 if caption else k, k, header[0], header[1], tuple(rows), numbers, names))
            k += len(rows)
        k += 1
    return tables


def _rows(lines: tuple[Line, ...], task_columns: tuple[int, ...], labels: tuple[str | None, ...],
          number_column: int | None = None, names: tuple[str, ...] = ()) -> list[tuple[Line, tuple[str, ...]]]:
    """The lines that continue a table. A row short of cells had its first cells merged with the
    row above (序号 or 主要任务 spanning rows, flattened to nothing), so it borrows them, as long
    as its last task column is its own; where the row has a 序号 of its own in the table's first
    column, the cells merged are the ones after it (一级指标 | 二级指标 spanning rows). A numbered
    line of one cell with a row after it (一、依法全面履行政府职能, a group spanning the table) is a
    row of one cell (:meth:`TaskTable.is_group`). A row short of the columns of remarks that end the table
    (备注) left them empty, and so did one whose cells read right in the columns they fill from the first
    (2<tab>加强培训<tab>县委组织部 under 序号 | 重点任务 | 牵头单位 | 配合单位)."""
    rows: list[tuple[Line, tuple[str, ...]]] = []
    above: tuple[str, ...] = ()
    remarks_last = len(list(takewhile(lambda column: labels[column] is None and column not in task_columns,
                                      range(len(labels) - 1, max(task_columns), -1))))

    def whole(row: tuple[str, ...]) -> tuple[str, ...]:
        """The row with the last cells it left empty, their tabs lost with the line's end."""
        missing = len(labels) - len(row)
        if 0 < missing and (number_column is None or row_number(row[0])) \
                and (missing <= remarks_last or _reads_with_its_last_cells_empty(row, labels, task_columns)):
            return row + ("",) * missing
        return row

    for k, line in enumerate(lines):
        row = cells(line.text)
        if row == names:  # the header again, atop the table's next page: a table of its own from there
            break
        if len(row) == 1 and match_marker(line.text) and k + 1 < len(lines) \
                and len(whole(cells(lines[k + 1].text))) == len(labels):
            rows.append((line, row))
            continue
        row = whole(row)
        missing = len(labels) - len(row)
        numbered = bool(missing and above) and number_column == 0 and row_number(row[0]) and row[0] != above[0]
        merged = _merged_after_number(row, above, missing, task_columns, labels) if numbered else None
        if missing and merged is None and not (above and 0 < missing <= max(task_columns)):
            break
        if numbered:
            above = merged or (row[0], *above[1:1 + missing], *row[1:])
        else:
            above = above[:missing] + row if missing else _merged_cells_filled(row, above, task_columns, labels,
                                                                               number_column)
        rows.append((line, above))
    return rows


def _merged_after_number(row: tuple[str, ...], above: tuple[str, ...], missing: int, task_columns: tuple[int, ...],
                         labels: tuple[str | None, ...]) -> tuple[str, ...] | None:
    """A row with a 序号 of its own, short of ``missing`` cells merged with the row above and copied once, with the
    row above's cells where it reads right, its last task column its own, no unit in a task column and units and
    times in their columns: the first cells after its number (一级指标 spanning rows), or the first others that do,
    together or apart (a lead unit merged over two tasks: 2 | 规范执法 | 县财政局 | 2023年6月 under 序号 | 工作任务 |
    牵头单位 | 配合单位 | 完成时限; both its units: 4 | 推进公开 | 2023年底前), but for one that names a unit to lead
    and help, where another does not; None where none do."""
    readings = []
    for merged in combinations(range(1, len(labels)), missing):  # the first columns first
        if task_columns[-1] in merged:
            continue  # its last task column is its own
        own = iter(row)
        whole = tuple(above[column] if column in merged else next(own) for column in range(len(labels)))
        if not any(reads_as_unit(whole[column]) for column in task_columns) and _roles_read_right(list(whole), labels):
            readings.append(whole)
    return next((whole for whole in readings if not _leads_and_helps(whole, labels)), readings[0] if readings else None)


def _leads_and_helps(row: tuple[str, ...], labels: tuple[str | None, ...]) -> bool:
    """Whether a row names one unit both to lead and to help, as no table does."""
    def units(role: str) -> set[str]:
        return {unit for cell, label in zip(row, labels) if label == role for unit in split_units(cell)}
    return bool(units("牵头单位") & units("配合单位"))


def _reads_with_its_last_cells_empty(row: tuple[str, ...], labels: tuple[str | None, ...],
                                     task_columns: tuple[int, ...]) -> bool:
    """Whether a row short of cells reads right in the columns it fills from the first, its last ones empty:
    every task column its own and no unit, and units and times in its columns of units and times."""
    if len(row) <= max(task_columns) or any(reads_as_unit(row[column]) for column in task_columns):
        return False
    return filled_cells_read_right(row, labels)


def filled_cells_read_right(row: Sequence[str], labels: tuple[str | None, ...]) -> bool:
    """Whether a row's filled cells in columns of units name units, and in its column of time limits read as times."""
    filled = [(cell, label) for cell, label in zip(row, labels) if cell]
    return _roles_read_right([cell for cell, _ in filled], tuple(label for _, label in filled))


def _merged_cells_filled(row: tuple[str, ...], above: tuple[str, ...], task_columns: tuple[int, ...],
                         labels: tuple[str | None, ...], number_column: int | None) -> tuple[str, ...]:
    """A row whose cells that group the tasks (类别, 重点任务: columns before its task's own, naming no role; or
    the units of a table grouped by unit, 序号 | 责任单位 | 工作任务, before every task column) are empty under
    filled ones: a merged cell copied once, atop the rows it spans, so it takes them from the row above. (An
    empty 序号 is a row's continuation, read before: :func:`_copied_rows_mended`.)"""
    if not above or all(row[:task_columns[-1]]):
        return row
    return tuple(above[column] if not cell and column != number_column
                 and (column < task_columns[-1] and labels[column] is None or column < task_columns[0])
                 else cell for column, cell in enumerate(row))


def is_table_row(line: Line) -> bool:
    """A row of a metadata table numbered like a task (``1. [主题分类] …``), which is no task
    (``1.【县司法局】加强…`` is one)."""
    return bool(_NUMBERED_FIELD.match(fold(line.text)))


@dataclass(frozen=True)
class RowTask:
    """A task as a row of a task division table gives it: its 序号, its lines (task cells, then
    the other cells labelled as a note, so it reads like a task written out), where its table ends."""

    number: str
    printed: str
    lines: tuple[str, ...]
    table_end: int


def row_tasks(body: tuple[Line, ...], tables: list[TaskTable]) -> dict[int, RowTask | None]:
    """For a plan whose tasks are the numbered rows (a 序号 column) of task division tables, as a
    重点任务分工方案 is, or failing those the rows of tables with no 序号 column: each row's line with
    its task, each header line with None (it only names the cells). Group lines between rows
    (一、依法全面履行政府职能) stay numbered lines, so they become the chapters the rows sit in. Empty
    when the plan numbers paragraphs of its own."""
    numbered_tables = [table for table in tables if _numbers_its_rows(table)] \
        or [table for table in tables if table.number_column is None]
    found = tasks_of_rows(numbered_tables)
    spans = [range(table.header, table.end) for table in numbered_tables]
    numbered = (k for k, line in enumerate(body) if (opening := match_marker(line.text)) and not is_table_row(line)
                and opening[0].family not in COUNTED_IN_WORDS)  # a preamble's 一是… numbers no paragraph
    if not found or any(not any(k in span for span in spans) for k in numbered):
        return {}
    return found


def tasks_of_rows(tables: list[TaskTable]) -> dict[int, RowTask | None]:
    """Each table's rows as tasks, by line: None for a header line, which only names the cells. A row
    is numbered by its 序号, or in a table without one by its place among the rows of its group (the
    rows under one 一、… line), printing no number."""
    found: dict[int, RowTask | None] = {}
    for table in tables:
        column, groups = table.number_column, _group_columns(table)
        found[table.header] = None
        rows = _task_rows(table)
        headed = column is not None and _groups_are_numbered(rows, groups, column)
        places = (_numbers_in_task_cells(table, rows) or _places_in_groups(table)) if column is None else {}
        for n, (k, row) in enumerate(rows):
            tasks = [row[c] for c in table.task_columns if c not in groups and row[c]]
            if headed:  # rows that share a number are one task, its group cells heading it once
                lines = tasks if n and rows[n - 1][1][column] == row[column] else [row[c] for c in groups] + tasks
            else:
                lines = tasks + [f"{table.names[c]}：{row[c]}" for c in groups if row[c]]
            number, printed = (row_number(row[column]), row[column].strip()) if column is not None else places[k]
            found[k] = RowTask(number, printed, (*lines, *table.remarks(row), *table.labelled_cells(row)), table.end)
    return found


def _numbers_in_task_cells(table: TaskTable, rows: list[tuple[int, tuple[str, ...]]]) -> dict[int, tuple[str, str]]:
    """Each task row's number and its number as printed, by line, where every row's task cell opens with
    one (1.加强学习培训<tab>县司法局 under 重点任务 | 牵头单位, a table with no 序号 column); else {}."""
    opening = [match_marker(row[table.task_columns[0]]) for _, row in rows]
    if not opening or not all(found and found[0].family == "i" for found in opening):
        return {}
    return {k: (found[0].label, found[0].printed) for (k, _), found in zip(rows, opening)}


def _places_in_groups(table: TaskTable) -> dict[int, tuple[str, str]]:
    """Each task row of a table by its place among the rows since the last group line, printing no number,
    by line."""
    places, place = {}, 0
    for k, (_, row) in enumerate(table.rows, start=table.header + 1):
        place = 0 if table.is_group(row) else place + 1
        if place:
            places[k] = (str(place), "")
    return places


def _groups_are_numbered(rows: list[tuple[int, tuple[str, ...]]], groups: tuple[int, ...], column: int) -> bool:
    """Whether a table's group cells are what its 序号 numbers: merged only down rows that share a
    number (1 | 完善制度体系 | 加强立法 / (1) | (完善制度体系) | 加强规范性文件管理, as a 重点任务 | 具体措施
    table prints a task's measures), not over rows numbered apart (一级指标 over rows 1-3)."""
    pairs = [(above, below) for (_, above), (_, below) in zip(rows, rows[1:])
             if any(above[c] == below[c] for c in groups)]
    return bool(pairs) and all(above[column] == below[column] for above, below in pairs)


def _group_columns(table: TaskTable) -> tuple[int, ...]:
    """The task columns that group rows rather than name a row's task (一级指标 | 二级指标 | 具体任务,
    重点任务 | 具体措施): a cell repeated down consecutive rows, as a merged cell is copied. The last
    task column is always the task's own."""
    rows = [row for _, row in _task_rows(table)]
    return tuple(column for column in table.task_columns[:-1]
                 if any(above[column] and above[column] == below[column] for above, below in zip(rows, rows[1:])))


def _task_rows(table: TaskTable) -> list[tuple[int, tuple[str, ...]]]:
    """A table's rows but for its group lines, each with the body line it is on."""
    return [(k, row) for k, (_, row) in enumerate(table.rows, start=table.header + 1) if not table.is_group(row)]


def _numbers_its_rows(table: TaskTable) -> bool:
    """Whether a table has a 序号 column that numbers every row but its group lines."""
    column = table.number_column
    return column is not None and all(row_number(row[column]) for _, row in _task_rows(table))


def tables_of_their_own(root: Node, tables: list[TaskTable]) -> list[TaskTable]:
    """The numbered tables after a plan's tasks no row of which names one of them (a 示范创建
    plan's 任务分解表 of indicators, 序号 | 二级指标 | 牵头单位 …): their rows are tasks of their own,
    where the table stands, not notes of the plan's tasks."""
    numbered = [table for table in tables if _numbers_its_rows(table)]
    keys = _leaf_keys(root) if numbered else {}
    return [table for table in numbered if not any(_named_tasks(table, row, keys) for _, row in _task_rows(table))]


def with_table_notes(root: Node, tables: list[TaskTable], diagnostics: list[Diagnostic], source: str) -> Node:
    """Each table row's units and time limit become the note of the task it names (in any of its
    task columns: 主要任务 | 具体措施 | …), unless the task already has a note of its own or an
    earlier row named it; a row that names no task is reported."""
    if not tables:
        return root
    keys = _leaf_keys(root)
    notes: dict[str, str] = {}
    for table in tables:
        for line, row in table.rows:
            if table.is_group(row):
                continue
            note = NOTES_APART.join(table.labelled_cells(row))
            if not note or not any(_task_key(row[column]) for column in table.task_columns):
                continue
            named = _named_tasks(table, row, keys)
            if not named:
                words = next(row[column] for column in table.task_columns if row[column])
                diagnostics.append(Diagnostic(source, line.lineno, "warning",
                                              f"the task table's row {words[:20]} names no task",
                                              "its units are not attached to a task; word the row as the task is worded"))
            for anchor in named:
                notes.setdefault(anchor, note)
    return attach_notes(root, notes) if notes else root


def annex_notes(root: Node) -> tuple[dict[str, str], frozenset[str]]:
    """The annexes that only restate the plan's tasks, each with who does it (附件：重点任务责任分工 /
    1.加强学习培训。牵头单位：县委宣传部), as a task table's rows do: the notes they give the tasks they name,
    by anchor (unless an earlier item named it), and their anchors. An annex is such a list when it
    numbers two or more items, each with a note and a heading that names a task of the plan's, or of another
    annex's (附件2：责任分工 naming the tasks of 附件1：重点任务清单)."""
    annexes = [node for node in root.children if node.marker is not None and node.marker.family == "annex"]
    if not annexes:  # most plans
        return {}, frozenset()
    keys = _leaf_keys(root)
    notes: dict[str, str] = {}
    restating: list[str] = []
    for annex in annexes:
        others = {anchor: key for anchor, key in keys.items()
                  if not any(anchor.startswith(f"{apart}-") for apart in (annex.anchor, *restating))}
        items = [node for node in annex.walk() if node.is_leaf]
        named = [_named_by([item.title], others) if item.note else [] for item in items]
        if len(items) >= 2 and all(named):
            restating.append(annex.anchor)
            for item, anchors in zip(items, named):
                for anchor in anchors:
                    notes.setdefault(anchor, item.note)
    return notes, frozenset(restating)


def _named_by(words: list[str], keys: dict[str, tuple[str, str]]) -> list[str]:
    """The tasks (by anchor) that any of ``words`` (a row's task cells, an item's heading) name."""
    tasks = [key for text in words if (key := _task_key(text))]
    return [anchor for anchor, (heading, text) in keys.items() if any(_names(task, heading, text) for task in tasks)]


def _leaf_keys(root: Node) -> dict[str, tuple[str, str]]:
    """Each task's heading and text, keyed as a table row's words are (:func:`_task_key`)."""
    return {node.anchor: (_task_key(node.title), _task_key(node.text)) for node in root.walk() if node.is_leaf}


def _named_tasks(table: TaskTable, row: tuple[str, ...], keys: dict[str, tuple[str, str]]) -> list[str]:
    """The tasks (by anchor) that a row's task cells name."""
    return _named_by([row[column] for column in table.task_columns], keys)


def attach_notes(node: Node, notes: dict[str, str]) -> Node:
    children = tuple(attach_notes(child, notes) for child in node.children)
    return replace(node, children=children, note=node.note or notes.get(node.anchor, ""))


def _task_key(text: str) -> str:
    """A task's words without numbering, punctuation or spaces, simplified."""
    text = text[len(printed_prefix(text)):]
    return re.sub(r"[\s,.;:!?。、\"'“”‘’()\[\]]", "", fold(simplified_aligned(text)))


def _names(task: str, heading: str, text: str) -> bool:
    """Whether a table row's task words (``_task_key``) name a task with this heading and text
    (keyed the same way): its heading, or the start of its text."""
    return bool(heading) and (task == heading or (len(task) >= 6 and (task in heading or heading in task))) \
        or len(task) >= 6 and text.startswith(task)

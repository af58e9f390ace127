"""Part of cleaning: a task table laid out in columns of spaces, as a converter gives one.

``pdftotext -layout`` reads a PDF's table as lines of text with its cells parted by spaces (one at
least) where the page has them, a character a column, each cell's text wrapped over the lines below
its row's first; ``pandoc -t plain`` draws a word processor's table the same way with rules of dashes
and a blank line between rows, and an editor aligns one giving a Chinese character two columns. Under
a header that opens with 序号, each row (a line opening with its number, and the indented lines below
it) becomes one line of tab-separated cells, as a table copied from a spreadsheet reads, for the
parser's task tables to read.
"""
from __future__ import annotations

import re
import unicodedata

from .script import simplified_aligned
from .document_parts import SIGNATURE_LINES, is_date_line, is_organ_line
from .tables import NUMBER_HEADER, filled_cells_read_right, header_columns, row_number

_SPACES = re.compile(r"[ \u3000]+")
_WORD = re.compile(r"[^ \u3000]+")
# How a column's name ends (重点任务, 牵头单位, 完成时限), in simplified script, where a name spread out
# letter by letter ends.
_NAME_END = re.compile(r"(序号|编号|任务|措施|举措|内容|事项|指标|项目|单位|部门|时限|时间|期限|领导|责任人|联系人|备注)$")
# A signer's name holds its place's (某某县司法局).
_SIGNER_MIN = 5
# A rule of dashes under a table's header or between its rows (pandoc's), which parts no cells.
_RULE = re.compile(r"[-=+ ]+")


def laid_out_rows(lines: list[str]) -> list[str]:
    """A task table laid out in columns of spaces, its cells wrapped over several lines, as a row
    per line of tab-separated cells, each cell's lines joined; a column no row fills is left out.
    The lines a row took are left blank, so line numbers stay."""
    lines = list(lines)
    for k, line in enumerate(lines):
        if "\t" in line or "|" in line or not line.lstrip().startswith(("序", "编", "編")):
            continue
        names = header_names(line)
        if len(names) >= 3 and NUMBER_HEADER.match(simplified_aligned(names[0])) and (columns := header_columns(names)):
            _put_laid_out_rows(lines, k, names, columns[1])
    return lines


def header_names(line: str) -> tuple[str, ...]:
    """The names a header line gives its columns, each spaced out letter by letter as a word
    processor spreads a name over its cell (重  点  任  务) joined back."""
    names: list[str] = []
    spread = ""  # the letters of a name spread out so far
    for word in _SPACES.split(line.strip()):
        if len(word) == 1 and not word.isascii():
            spread += word
            if _NAME_END.search(simplified_aligned(spread)):
                names.append(spread)
                spread = ""
            continue
        names += [spread, word] if spread else [word]
        spread = ""
    return tuple(names + [spread] if spread else names)


def _put_laid_out_rows(lines: list[str], header: int, names: tuple[str, ...], labels: tuple[str | None, ...]) -> None:
    width = len(names)
    rows = _laid_out_rows(lines, header, names)  # the header's lines first
    full = [row[0] for row in rows[1:] if len(_WORD.findall(lines[row[0]])) == width]
    if not full:
        return
    measure = _positions_measure(lines, names, rows, full)
    table = _cells(lines, rows, full, names, measure)
    if not _reads_right(table, labels):  # a row's wrapped words put by the other measure where they read right
        other = _cells(lines, rows, full, names, next(other for other in _MEASURES if other is not measure))
        table = other if _reads_right(other, labels) else table
    filled = [column for column in range(width) if any(row[column] for row in table[1:])]
    for k in range(header, rows[-1][-1] + 1):  # its rules and the header repeated on its pages too
        lines[k] = ""
    for row, cells_of_row in zip(rows, table):
        lines[row[0]] = "\t".join(cells_of_row[column] for column in filled)


def _cells(lines: list[str], rows: list[list[int]], full: list[int], names: tuple[str, ...],
           measure) -> list[list[str]]:
    """The header's names and each row's cells, each cell's words from the row's lines, by ``measure``."""
    starts = _column_starts(lines, full, measure)
    table = []
    for row in rows:
        cells_of_row = list(names) if row is rows[0] else [""] * len(names)
        for k in row[row is rows[0]:]:
            for column, word in _words_in_columns(lines[k], starts, measure, len(names) if k == row[0] else 0):
                cells_of_row[column] += word
        table.append(cells_of_row)
    return table


def _reads_right(table: list[list[str]], labels: tuple[str | None, ...]) -> bool:
    """Whether every row's filled cells in columns of units name units and in its column of time limits read
    as times."""
    return all(filled_cells_read_right(row, labels) for row in table[1:])


def _positions_measure(lines: list[str], names: tuple[str, ...], rows: list[list[int]], full: list[int]):
    """How the table's positions count: a character a column, as a converter gives them, unless an
    editor's (a Chinese character two columns) lines the cells up clearly better. Where the rows
    whose first line fills every column cannot tell (one row, or rows alike), the rows' other
    lines, each word near some column's start, tell; where neither can, the header's names too."""
    def misalignment(measure, header: list[int], others: list[int]) -> float:
        firsts = [_name_starts(lines[k], names, measure) for k in header]
        firsts += [_word_starts(lines[k], measure) for k in full]
        return _misalignment(firsts, [_word_starts(lines[k], measure) for k in others])

    others = [k for row in rows[1:] for k in row if k not in full]
    for header, below in (([], []), ([], others), (rows[0][:1], others)):
        by_character, by_display = (misalignment(measure, header, below) for measure in _MEASURES)
        if by_character != by_display:
            break
    return _display_positions if by_display < 0.8 * by_character else _character_positions


def _laid_out_rows(lines: list[str], header: int, names: tuple[str, ...]) -> list[list[int]]:
    """The lines of the header and of each row below it: a line opening with a row's number, then
    the indented lines below it (its cells' text wrapped, as a header's names may be), up to a blank
    line, a line flush left, or a signature."""
    rows: list[list[int]] = [[header]]
    blank = False
    for k in range(header + 1, len(lines)):
        text = lines[k].strip()
        if not text or _RULE.fullmatch(text):  # a blank line, or a rule under the header or between rows
            blank = blank or not text
            continue
        if header_names(text) == names:  # the header again atop the next page, where a row may go on
            continue
        if row_number(_SPACES.split(text, maxsplit=1)[0]) and _SPACES.search(text):
            rows.append([k])
        elif not blank and lines[k][:1].isspace() and not _signs(lines, k):
            rows[-1].append(k)
        else:
            break
        blank = False
    return rows


def _signs(lines: list[str], k: int) -> bool:
    """Whether the signature below a table starts at line ``k``, aligned to the right as a row's
    wrapped cells are indented: the signer's full name (某某县人民政府办公室, not a cell's 法局), perhaps
    another's, right above a date line."""
    for depth, line in enumerate(lines[k:k + SIGNATURE_LINES]):
        text = line.strip()
        if depth and is_date_line(text):
            return True
        if len(text) < _SIGNER_MIN or _SPACES.search(text) or not is_organ_line(text):
            return False
    return False


def _character_positions(line: str) -> list[int]:
    return list(range(len(line)))


def _display_positions(line: str) -> list[int]:
    """Where each character of ``line`` starts on a screen that gives a Chinese character two columns."""
    positions, at = [], 0
    for character in line:
        positions.append(at)
        at += 2 if unicodedata.east_asian_width(character) in "WF" else 1
    return positions


def _word_starts(line: str, measure) -> list[int]:
    positions = measure(line)
    return [positions[word.start()] for word in _WORD.finditer(line)]


_MEASURES = (_character_positions, _display_positions)


def _column_starts(lines: list[str], full: list[int], measure) -> list[float]:
    """Where each column starts, on average over the rows whose first line fills every column."""
    starts = [_word_starts(lines[k], measure) for k in full]
    return [sum(column) / len(column) for column in zip(*starts)]


# How far a cell's start may count from its column's: a name centred over its column, or a converter's drift
# along a line, is a few cells off whatever the measure, and what tells the measure is how many line up.
_MISALIGNMENT_MAX = 2


def _misalignment(firsts: list[list[int]], others: list[list[int]]) -> float:
    """How far cells start from their columns' average start over ``firsts`` (each line's start of
    every column), each of ``firsts`` from its column's, each word of ``others`` from the nearest; each at
    most :data:`_MISALIGNMENT_MAX`."""
    starts = [sum(column) / len(column) for column in zip(*firsts)]
    return (sum(min(abs(at - start), _MISALIGNMENT_MAX) for line in firsts for at, start in zip(line, starts))
            + sum(min(_MISALIGNMENT_MAX, *(abs(at - start) for start in starts)) for line in others for at in line))


def _name_starts(line: str, names: tuple[str, ...], measure) -> list[int]:
    """Where each of a header line's ``names`` starts, spread out (牵 头 单 位) or not."""
    positions, at, starts = measure(line), 0, []
    for name in names:
        at = line.index(name[0], at)
        starts.append(positions[at])
        for character in name:
            at = line.index(character, at) + 1
    return starts


def _words_in_columns(line: str, starts: list[float], measure, width: int) -> list[tuple[int, str]]:
    """Each word of ``line`` with its column: in order when the line has a word per column (a row's
    first line, ``width``); else each in a column of its own, left to right, as near as can be to
    where the columns start (a converter's positions drift along a line); else the nearest column."""
    words = _WORD.findall(line)
    if len(words) == width:
        return list(enumerate(words))
    at = _word_starts(line, measure)
    if len(words) > len(starts):
        return [(min(range(len(starts)), key=lambda column: abs(starts[column] - position)), word)
                for position, word in zip(at, words)]
    return list(zip(_nearest_in_order(at, starts), words))


def _nearest_in_order(positions: list[int], starts: list[float]) -> list[int]:
    """A column for each position, each further right than the one before, with the least distance
    in all (at most as many positions as columns)."""
    n, columns = len(positions), len(starts)
    cost = {(0, -1): 0.0}  # (words placed, column of the last) → least distance so far
    chosen: dict[tuple[int, int], int] = {}
    for i, position in enumerate(positions):
        for column in range(i, columns - (n - 1 - i)):
            best = min(((cost[i, before], before) for before in range(-1, column) if (i, before) in cost), default=None)
            if best is not None:
                cost[i + 1, column] = best[0] + abs(starts[column] - position)
                chosen[i + 1, column] = best[1]
    column = min((column for column in range(columns) if (n, column) in cost), key=lambda c: cost[n, c])
    placed = []
    for i in range(n, 0, -1):
        placed.append(column)
        column = chosen[i, column]
    return placed[::-1]

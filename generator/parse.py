"""Stage 3: clean lines → a tree of numbered nodes.

Depth is derived from each document's own numbering (as eregs'
regulations-parser does): a marker of a family already open on the stack
closes everything below it and becomes a sibling; a marker of a new family
opens a level under the current node. So a plan may skip a level, use
``（一）`` for its tasks, or number tasks 1…N straight across sections.

The text before the plan's own title (a covering notice, a metadata table)
is front matter, not tasks. A task division table gives the tasks it names their
units; in a plan that is nothing but such a table, its numbered rows are the tasks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .layers import LEAD_LABELS, PARTNER_LABELS, TIME_LABELS
from .model import Diagnostic, Line, Marker, Node
from .numbering import FAMILY_NAMES, anchor_part, cn_to_int, match_marker
from .script import fold, simplified_aligned

GENRE = re.compile(r"(规划|方案|意见|纲要|措施|计划|办法|要点|工作安排|决定|规定)")
_NOTICE = re.compile(r"(通知|印发|转发)")
_DATE_LINE = re.compile(r"^(\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                        r"[一二三四五六七八九十]{1,3}日|\d{4}-\d{1,2}-\d{1,2})$")
_PERIOD_LINE = re.compile(r"^\(\s*\d{4}\s*[-—–~至到]+\s*\d{4}\s*年?\s*\)$")
# A news site republishing a plan: 《法治政府建设实施纲要(2021-2025年)》全文如下。
_FULL_TEXT_FOLLOWS = re.compile(r"(全文如下|原文如下)[。:!]?$")
_TITLE_MAX = 60
_HEADING_MAX = 40
_HEADING_WITH_COMMA_MAX = 30
_CLOSING = re.compile(r"(本(纲要|方案|意见|规划|措施|实施意见|实施方案|通知|计划)|以上措施|上述(任务|措施))")
_NOTE_WORDS = re.compile(r"(牵头|负责|配合|责任单位|责任部门|协办|参与单位|各负其责)")
_UNIT_END = re.compile(r"(局|办|委|部门|政府|中心|院|会|所|室|厅|处|队|部|园区|镇|乡|街道|单位|机关|小组|组|站|社|"
                       r"分局|公司|集团|法院|检察院|机构|办公室|管委会)$")
# A note given as its own paragraph, or after a task's last full stop, with a label:
# 牵头单位:县政府办  /  …强化执行职责。责任单位:县司法局  /  完成时限:2023年6月底前
_NOTE_LABEL = "(" + "|".join(LEAD_LABELS + PARTNER_LABELS + TIME_LABELS) + r")\s*:"
_LABELLED_NOTE = re.compile(r"^\s*" + _NOTE_LABEL)
_TRAILING_LABELLED_NOTE = re.compile(r"(?:^|(?<=[。;]))\s*(?=" + _NOTE_LABEL + ")")
_OPENERS, _CLOSERS = "([", ")]"


@dataclass
class _Draft:
    marker: Marker | None
    lineno: int
    lines: list[str] = field(default_factory=list)
    children: list["_Draft"] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    parent: "_Draft | None" = None
    table_end: int = -1  # for a task made of a table's row: where the line after the table is


@dataclass(frozen=True)
class ParsedText:
    """What the parser found: front matter, the plan's title line, the tree."""

    front_matter: tuple[Line, ...]
    title_lines: tuple[Line, ...]
    root: Node
    diagnostics: tuple[Diagnostic, ...]


def is_title_line(text: str) -> bool:
    """A standalone line that names a plan (not the covering notice)."""
    folded = fold(simplified_aligned(text))
    return (len(folded) <= _TITLE_MAX and "。" not in folded and not folded.endswith(":")
            and bool(GENRE.search(folded)) and not _NOTICE.search(folded)
            and not folded.startswith(("为", "根据", "《")) and match_marker(text) is None)


def _is_table_row(line: Line) -> bool:
    return bool(re.match(r"\s*\d{1,2}[.、]\s*\[", fold(line.text)))


def split_front_matter(lines: tuple[Line, ...]) -> tuple[int, int]:
    """``(title_start, body_start)``: where the plan's title and body begin.

    The body starts after the last title-like line before the first numbered
    line; failing that, after a news page's "《…》全文如下" line; failing that,
    after the covering notice's date line; failing that, at the top.
    """
    first = _first_task(lines)
    if first == len(lines):  # a plan whose tasks are the rows of a table starts above the table
        first = next((table.start for table in task_tables(lines)), first)
    for k in range(first - 1, -1, -1):
        if _PERIOD_LINE.match(fold(lines[k].text)) and k > 0 and is_title_line(lines[k - 1].text):
            return k - 1, k + 1
        if is_title_line(lines[k].text):
            return k, k + 1
    for k in range(first - 1, -1, -1):
        if _FULL_TEXT_FOLLOWS.search(fold(simplified_aligned(lines[k].text))):
            return k + 1, k + 1
    for k in range(first - 1, -1, -1):
        if _DATE_LINE.match(fold(lines[k].text).replace(" ", "")):
            return k + 1, k + 1
    return 0, 0


def parse(lines: tuple[Line, ...], source: str) -> ParsedText:
    lines = rejoined_tables(lines)
    title_start, body_start = split_front_matter(lines)
    body = lines[body_start:]
    root = _Draft(None, body[0].lineno if body else 1)
    first_task = _first_task(body)
    found_tables = task_tables(body)
    row_tasks = _row_tasks(body, found_tables)
    tables = [] if row_tasks else [table for table in found_tables if table.start > first_task]
    aside = _table_lines(body, tables)
    annexes = _annexes(body, first_task, aside)
    annex_titles = {annex.title_line for annex in annexes.values()}
    table_ends = {task.table_end for task in row_tasks.values() if task}
    current = root
    for k, line in enumerate(body):
        found = match_marker(line.text)
        if k in row_tasks:
            if row_tasks[k]:  # a header line only names the cells of the rows below it
                current = _add_row_task(root, current, row_tasks[k], line.lineno)
        elif k in table_ends:
            current = root  # what follows a table (a signature) is no task's text
            _attach_paragraph(current, root, line.text)
        elif k in aside:
            root.closing.append(line.text)
        elif k in annexes:  # an annex closes everything open, whatever numbering the plan used last
            current = _Draft(annexes[k].marker, line.lineno, [annexes[k].title], parent=root)
            root.children.append(current)
        elif k in annex_titles:
            continue
        elif found and not _is_table_row(line):
            marker, _ = found
            parent = _open_parent(current, marker.family, root)
            draft = _Draft(marker, line.lineno, [line.text], parent=parent)
            parent.children.append(draft)
            current = draft
        else:
            _attach_paragraph(current, root, line.text)
    diagnostics: list[Diagnostic] = []
    tree = _with_table_notes(_freeze(root, (), "", diagnostics, source), tables, diagnostics, source)
    if not tree.children:
        diagnostics.append(Diagnostic(source, None, "warning", "no numbered paragraphs were recognised",
                                      "published as a plain document; check that tasks start with "
                                      "一、 / （一） / 1. at the beginning of a line"))
    return ParsedText(lines[:title_start], lines[title_start:body_start], tree, tuple(diagnostics))


@dataclass(frozen=True)
class _Annex:
    marker: Marker
    title: str
    title_line: int | None  # the line below the heading that gives its title, if the heading has none


def _annexes(body: tuple[Line, ...], first_task: int, aside: set[int]) -> dict[int, _Annex]:
    """The annexes after the plan's tasks that number tasks of their own (附件1 / 某某重点任务清单 /
    一、… 1. …), by heading line. An annex that is a task table is shown as one (``aside``), and
    one without numbered lines is text of the plan's end."""
    heads: dict[int, _Annex] = {}
    for k in range(first_task + 1, len(body)):
        text = fold(body[k].text).strip()
        if k in aside or len(text) > _TITLE_MAX or "。" in text or not (found := _ANNEX.match(text)):
            continue
        number = found.group(1) or ""
        value = int(number) if number.isdecimal() else cn_to_int(number) if number else 1
        printed = body[k].text.strip()[:found.end()].rstrip(":： ")
        title, title_line = body[k].text.strip()[found.end():].strip(), None
        below = body[k + 1].text.strip() if k + 1 < len(body) else ""
        if not title and below and len(below) <= _TITLE_MAX and "。" not in below and not match_marker(below):
            title, title_line = below, k + 1
        heads[k] = _Annex(Marker("annex", f"附件{number}", value, printed), title, title_line)
    bounds = [*heads, len(body)]
    return {k: heads[k] for k, end in zip(bounds, bounds[1:])
            if any(match_marker(body[j].text) and not _is_table_row(body[j]) for j in range(k + 1, end))}


def _first_task(body: tuple[Line, ...]) -> int:
    """Where the first numbered line is (``len(body)`` if none)."""
    return next((k for k, line in enumerate(body) if match_marker(line.text) and not _is_table_row(line)), len(body))


def _table_lines(body: tuple[Line, ...], tables: list["TaskTable"]) -> set[int]:
    """The lines shown after the plan, not as tasks' text: each task table (caption, header,
    rows), and, from the last table on, everything when no numbered line follows (an appendix).
    A table above the tasks is not among ``tables``: it is no appendix."""
    aside = {k for table in tables for k in range(table.start, table.end)}
    if tables and _first_task(body[tables[-1].end:]) == len(body) - tables[-1].end:
        aside.update(range(tables[-1].start, len(body)))
    return aside


def _open_parent(current: _Draft, family: str, root: _Draft) -> _Draft:
    """The node under which a new marker of ``family`` goes."""
    node = current
    while node is not root:
        if node.marker.family == family:
            return node.parent
        node = node.parent
    return current


def _attach_paragraph(current: _Draft, root: _Draft, text: str) -> None:
    """Unnumbered text belongs to the open node unless that node is closed."""
    if current is root:
        root.lines.append(text) if not root.children else root.closing.append(text)
        return
    if _is_labelled_note(text):
        current.lines.append(text)
    elif _CLOSING.search(simplified_aligned(text)):
        root.closing.append(text)
    elif trailing_note(current.lines[-1])[1]:
        current.parent.closing.append(text)
    else:
        current.lines.append(text)


def trailing_note(paragraph: str) -> tuple[str, str]:
    """Split ``paragraph`` into ``(body, note)`` at a trailing 责任 bracket or label.

    The note is the last balanced bracket group, when it names who is
    responsible: it holds a responsibility word, or every part of it reads as
    the name of a unit. Failing that, it is a labelled sentence after the last
    full stop, outside any bracket (``…职责。责任单位:县司法局``).
    """
    body, note = _bracketed_note(paragraph)
    if note:
        return body, note
    folded = fold(simplified_aligned(paragraph))
    for found in _TRAILING_LABELLED_NOTE.finditer(folded):
        if _open_brackets(folded[:found.start()]) == 0:
            return paragraph[:found.start()].rstrip(), paragraph[found.start():].strip()
    return paragraph, ""


def _open_brackets(folded: str) -> int:
    """Brackets opened and not closed in ``folded`` (negative: closed more than opened)."""
    return sum(folded.count(ch) for ch in _OPENERS) - sum(folded.count(ch) for ch in _CLOSERS)


def _bracketed_note(paragraph: str) -> tuple[str, str]:
    folded = fold(paragraph).rstrip("。. \u3000")
    if not folded or folded[-1] not in _CLOSERS:
        return paragraph, ""
    depth = 0
    for k in range(len(folded) - 1, -1, -1):
        ch = folded[k]
        if ch in _CLOSERS:
            depth += 1
        elif ch in _OPENERS:
            depth -= 1
            if depth == 0:
                inner = paragraph[k + 1:len(folded) - 1]
                if is_responsibility(inner):
                    return paragraph[:k].rstrip(), inner
                return paragraph, ""
    return paragraph, ""


def _is_labelled_note(paragraph: str) -> bool:
    return bool(_LABELLED_NOTE.match(fold(simplified_aligned(paragraph))))


def unbalanced_note(paragraph: str) -> bool:
    """A trailing bracket group that names units but never closes (or opens)."""
    folded = fold(paragraph)
    tail = folded[folded.rfind("。") + 1:] if "。" in folded[:-1] else folded
    return _open_brackets(tail) != 0 and bool(_NOTE_WORDS.search(simplified_aligned(tail)))


def is_responsibility(inner: str) -> bool:
    simple = fold(simplified_aligned(inner))
    if _NOTE_WORDS.search(simple):
        return True
    parts = [p for p in re.split(r"[,、;]", re.sub(r"\([^()]*\)", "", simple)) if p.strip()]
    return bool(parts) and all(_UNIT_END.search(p.strip()) for p in parts)


def split_title(paragraph: str) -> tuple[str, str]:
    """``(title, rest)``: the opening phrase when it reads as a heading.

    A short line with no full stop is all heading; otherwise the first
    sentence is the heading when it is short and has at most one comma.
    """
    folded = fold(paragraph)
    end = folded.find("。")
    if end < 0:
        return (paragraph.strip(), "") if len(folded) <= _TITLE_MAX else ("", paragraph)
    sentence = folded[:end]
    commas = len(re.findall(r"[,;]", sentence))
    limit = _HEADING_MAX if commas == 0 else _HEADING_WITH_COMMA_MAX if commas == 1 else 0
    if 0 < len(sentence) <= limit and not sentence.endswith(":"):
        return paragraph[:end].strip(), paragraph[end + 1:].strip()
    return "", paragraph


def _freeze(draft: _Draft, path: tuple[Marker, ...], parent_anchor: str,
            diagnostics: list[Diagnostic], source: str) -> Node:
    seen: dict[str, int] = {}
    children = []
    previous: Marker | None = None
    for child in draft.children:
        _check_sequence(previous, child, diagnostics, source)
        previous = child.marker
        base = "-".join(filter(None, [parent_anchor, anchor_part(child.marker)]))
        seen[base] = seen.get(base, 0) + 1
        anchor = base if seen[base] == 1 else f"{base}-{seen[base]}"
        children.append(_freeze_child(child, path + (child.marker,), anchor, diagnostics, source))
    return Node(label=tuple(m.label for m in path), anchor=parent_anchor, marker=path[-1] if path else None,
                number="".join(_number_part(m) for m in path),
                title="", text="", note="", paragraphs=tuple(draft.lines), children=tuple(children),
                lineno=draft.lineno, closing=tuple(draft.closing))


def _freeze_child(draft: _Draft, path: tuple[Marker, ...], anchor: str,
                  diagnostics: list[Diagnostic], source: str) -> Node:
    node = _freeze(draft, path, anchor, diagnostics, source)
    first = draft.lines[0][len(_printed_prefix(draft.lines[0])):]
    rest, labelled = [], []
    for line in draft.lines[1:]:
        if _is_labelled_note(line):
            labelled.append(line.strip())
        else:
            rest.append(line)
    title, text = split_title(first)
    last = rest[-1] if rest else text
    body, note = trailing_note(last)
    note = ";".join(filter(None, [note, *labelled]))
    if not note and unbalanced_note(last):
        diagnostics.append(Diagnostic(source, draft.lineno, "warning",
                                      f"the responsibility note of {draft.marker.printed} has unbalanced brackets",
                                      "its units are not listed; close the bracket in the text to have them parsed"))
    if rest:
        rest = rest[:-1] + ([body] if body else [])
    else:
        text = body
    return Node(label=node.label, anchor=anchor, marker=draft.marker, number=node.number, title=title, text=text,
                note=note,
                paragraphs=tuple(rest), children=node.children, lineno=draft.lineno, closing=node.closing)


# --- task division tables ------------------------------------------------------
# Many plans append a 任务分工表: a header row naming the task and who is responsible,
# then a row per task, its cells separated (once copied as text) by tabs, bars or spaces.
_CELL_BREAK = re.compile(r"\t|[ \u3000]*[|｜][ \u3000]*|[ \u3000]{2,}")
_TASK_HEADER = re.compile(r"(任务|工作|事项|措施|内容)")
_ROLE_HEADERS = ((re.compile(r"牵头|主责"), "牵头单位"), (re.compile(r"配合|协办|协助|参与"), "配合单位"),
                 (re.compile(r"责任"), "责任单位"), (re.compile(r"时限|时间|期限"), "完成时限"))
_CAPTION = re.compile(r"^(附件|附表)|表$")
# An annex's heading, folded: 附件 / 附件1 / 附件一: 某某重点任务清单.
_ANNEX = re.compile(r"附\s*件\s*([一二三四五六七八九十]{1,3}|\d{1,2})?\s*(?::|$)")
_NUMBER_HEADER = re.compile(r"^(序号|编号|序)$")
_MAX_COLUMNS = 8
_TIME_CELL = re.compile(r"\d{4}|[年月日底前]|长期|持续|常态|经常|季度|年度|每")


@dataclass(frozen=True)
class TaskTable:
    """A task division table: where it starts among the body lines (its caption, if any) and
    where its header is, the task columns, the note label each column gives (None for the task
    columns and the others), its rows with their cells, and its 序号 column if it has one."""

    start: int
    header: int
    task_columns: tuple[int, ...]
    labels: tuple[str | None, ...]
    rows: tuple[tuple[Line, tuple[str, ...]], ...]
    number_column: int | None = None

    @property
    def end(self) -> int:
        """Where the line after its last row is."""
        return self.header + 1 + len(self.rows)

    def is_group(self, row: tuple[str, ...]) -> bool:
        """Whether a row is a group line spanning the table (一、…), not a task's row."""
        return len(row) < len(self.labels)


def cells(text: str) -> tuple[str, ...]:
    """A table row's cells, however the copy separated them."""
    return tuple(cell.strip() for cell in _CELL_BREAK.split(text.strip().strip("|｜")))


def _header(names: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[str | None, ...]] | None:
    """The task columns and each column's note label, when ``names`` read as a table header."""
    if len(names) < 3:
        return None
    simple = [simplified_aligned(name) for name in names]
    labels = tuple(next((label for pattern, label in _ROLE_HEADERS if pattern.search(cell)), None) for cell in simple)
    tasks = [k for k, cell in enumerate(simple) if _TASK_HEADER.search(cell) and labels[k] is None]
    if not tasks or not any(label in ("牵头单位", "配合单位", "责任单位") for label in labels) \
            or any(len(cell) > 12 for cell in simple):
        return None
    return tuple(tasks), labels


def rejoined_tables(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A task table copied one cell per line (序号 / 重点任务 / 牵头单位 / … / 1 / … / 2 / …) as a
    line per row, its cells separated by tabs, as a table copied whole reads. Only where the header
    starts with 序号 and every row has the header's number of cells, numbered 1, 2, 3 …; otherwise
    the lines stay as they are."""
    joined: list[Line] = []
    k = 0
    while k < len(lines):
        names = _flattened_header(lines, k)
        width = len(names)
        rows = _flattened_rows(lines, k + width, names) if names else 0
        if rows < 2:
            joined.append(lines[k])
            k += 1
            continue
        for start in range(k, k + width * (rows + 1), width):
            joined.append(Line("\t".join(line.text.strip() for line in lines[start:start + width]), lines[start].lineno))
        k += width * (rows + 1)
    return tuple(joined)


def _flattened_header(lines: tuple[Line, ...], k: int) -> tuple[str, ...]:
    """The names of a table's cells given one per line from ``k``, up to a first row's 1; () if none."""
    name = lines[k].text.strip()
    if len(name) > 2 or not _NUMBER_HEADER.match(simplified_aligned(name)):
        return ()
    for width in range(3, min(_MAX_COLUMNS, len(lines) - k - 1) + 1):
        names = tuple(line.text.strip() for line in lines[k:k + width])
        if fold(lines[k + width].text).strip() == "1" and _header(names):
            return names
    return ()


def _flattened_rows(lines: tuple[Line, ...], start: int, names: tuple[str, ...]) -> int:
    """How many rows of a cell per name follow from ``start``, each opening with the next number. A
    cell left empty is no line at all, which shifts the cells after it: a row whose time limit
    reads as no time is not taken, nor the rows after it."""
    width, labels = len(names), _header(names)[1]
    times = [column for column, label in enumerate(labels) if label == "完成时限"]
    rows = 0
    while start + width * (rows + 1) <= len(lines):
        row = [line.text.strip() for line in lines[start + width * rows:start + width * (rows + 1)]]
        if fold(row[0]) != str(rows + 1) or any(len(cells(cell)) != 1 for cell in row) \
                or not all(_TIME_CELL.search(row[column]) for column in times):
            break
        rows += 1
    return rows


def task_tables(body: tuple[Line, ...]) -> list[TaskTable]:
    """Every task division table in the body: a header row, then its rows."""
    tables, k = [], 0
    while k < len(body):
        header = _header(cells(body[k].text)) if "。" not in body[k].text else None
        rows = _rows(body[k + 1:], *header) if header else []
        if rows:
            caption = k > 0 and _CAPTION.search(fold(simplified_aligned(body[k - 1].text)).strip())
            numbers = next((column for column, name in enumerate(cells(body[k].text))
                            if _NUMBER_HEADER.match(simplified_aligned(name))), None)
            tables.append(TaskTable(k - 1 if caption else k, k, header[0], header[1], tuple(rows), numbers))
            k += len(rows)
        k += 1
    return tables


def _rows(lines: tuple[Line, ...], task_columns: tuple[int, ...], labels: tuple[str | None, ...]
          ) -> list[tuple[Line, tuple[str, ...]]]:
    """The lines that continue a table. A row short of cells had its first cells merged with the
    row above (序号 or 主要任务 spanning rows, flattened to nothing), so it borrows them, as long
    as its last task column is its own. A numbered line of one cell with a row after it (一、依法全面
    履行政府职能, a group spanning the table) is a row of one cell (:meth:`TaskTable.is_group`)."""
    rows: list[tuple[Line, tuple[str, ...]]] = []
    above: tuple[str, ...] = ()
    for k, line in enumerate(lines):
        row = cells(line.text)
        if len(row) == 1 and match_marker(line.text) and k + 1 < len(lines) \
                and len(cells(lines[k + 1].text)) == len(labels):
            rows.append((line, row))
            continue
        missing = len(labels) - len(row)
        if missing and not (above and 0 < missing <= max(task_columns)):
            break
        above = above[:missing] + row if missing else row
        rows.append((line, above))
    return rows


@dataclass(frozen=True)
class _RowTask:
    """A task as a row of a task division table gives it: its 序号, its lines (task cells, then
    the other cells labelled as a note, so it reads like a task written out), where its table ends."""

    number: str
    printed: str
    lines: tuple[str, ...]
    table_end: int


def _row_tasks(body: tuple[Line, ...], tables: list[TaskTable]) -> dict[int, _RowTask | None]:
    """For a plan whose tasks are the numbered rows (a 序号 column) of task division tables, as a
    重点任务分工方案 is: each row's line with its task, each header line with None (it only names
    the cells). Group lines between rows (一、依法全面履行政府职能) stay numbered lines, so they
    become the chapters the rows sit in. Empty when the plan numbers paragraphs of its own."""
    found: dict[int, _RowTask | None] = {}
    spans = []
    for table in tables:
        column = table.number_column
        rows = [(k, row) for k, (_, row) in enumerate(table.rows, start=table.header + 1) if not table.is_group(row)]
        if column is None or not all(fold(row[column]).strip().isdecimal() for _, row in rows):
            continue
        spans.append(range(table.header, table.end))
        found[table.header] = None
        for k, row in rows:
            lines = [row[c] for c in table.task_columns if row[c]]
            lines += [f"{label}:{cell}" for label, cell in zip(table.labels, row) if label and cell]
            found[k] = _RowTask(fold(row[column]).strip(), row[column], tuple(lines), table.end)
    numbered = (k for k, line in enumerate(body) if match_marker(line.text) and not _is_table_row(line))
    if not found or any(not any(k in span for span in spans) for k in numbered):
        return {}
    return found


def _add_row_task(root: _Draft, current: _Draft, task: _RowTask, lineno: int) -> _Draft:
    """A row's task, in the group open above it; a row that repeats the number above (a merged
    序号 cell, flattened) adds to that task instead."""
    if current.marker is not None and current.table_end == task.table_end and current.marker.label == task.number:
        current.lines += task.lines
        return current
    parent = _open_parent(current, "i", root)
    draft = _Draft(Marker("i", task.number, int(task.number), task.printed), lineno, list(task.lines) or [""],
                   parent=parent, table_end=task.table_end)
    parent.children.append(draft)
    return draft


def _with_table_notes(root: Node, tables: list[TaskTable], diagnostics: list[Diagnostic], source: str) -> Node:
    """Each table row's units and time limit become the note of the task it names (in any of its
    task columns: 主要任务 | 具体措施 | …), unless the task already has a note of its own or an
    earlier row named it; a row that names no task is reported."""
    keys = {node.anchor: (_task_key(node.title), _task_key(node.text)) for node in root.walk() if node.is_leaf}
    notes: dict[str, str] = {}
    for table in tables:
        for line, row in table.rows:
            if table.is_group(row):
                continue
            note = ";".join(f"{label}:{cell}" for label, cell in zip(table.labels, row) if label and cell)
            tasks = tuple(key for column in table.task_columns if (key := _task_key(row[column])))
            if not tasks or not note:
                continue
            named = [anchor for anchor, (heading, text) in keys.items()
                     if any(_names(task, heading, text) for task in tasks)]
            if not named:
                words = next(row[column] for column in table.task_columns if row[column])
                diagnostics.append(Diagnostic(source, line.lineno, "warning",
                                              f"the task table's row {words[:20]} names no task",
                                              "its units are not attached to a task; word the row as the task is worded"))
            for anchor in named:
                notes.setdefault(anchor, note)
    return _attach_notes(root, notes) if notes else root


def _attach_notes(node: Node, notes: dict[str, str]) -> Node:
    children = tuple(_attach_notes(child, notes) for child in node.children)
    return replace(node, children=children, note=node.note or notes.get(node.anchor, ""))


def _task_key(text: str) -> str:
    """A task's words without numbering, punctuation or spaces, simplified."""
    text = text[len(_printed_prefix(text)):]
    return re.sub(r"[\s,.;:!?。、\"'“”‘’()\[\]]", "", fold(simplified_aligned(text)))


def _names(task: str, heading: str, text: str) -> bool:
    """Whether a table row's task words (``_task_key``) name a task with this heading and text
    (keyed the same way): its heading, or the start of its text."""
    return bool(heading) and (task == heading or (len(task) >= 6 and (task in heading or heading in task))) \
        or len(task) >= 6 and text.startswith(task)


def _number_part(marker: Marker) -> str:
    """How a citation prints one level: 第二章, 一, (三), 12."""
    if marker.family in ("part", "sec", "art", "annex"):
        return marker.printed.strip()
    return f"({marker.label})" if marker.family in ("s", "p") else marker.label


def _printed_prefix(line: str) -> str:
    found = match_marker(line)
    return line[:found[1]] if found else ""


def _check_sequence(previous: Marker | None, draft: _Draft, diagnostics: list[Diagnostic],
                    source: str) -> None:
    """Warn about gaps and repeats among siblings; numbering may restart or continue."""
    marker = draft.marker
    if previous is None or previous.family != marker.family or marker.value == previous.value + 1:
        return
    name = FAMILY_NAMES[marker.family]
    if marker.value == previous.value:
        message, hint = (f"{name} {marker.printed} appears twice",
                         "the second gets the anchor suffix -2; renumber the text if it is a typo")
    elif marker.value > previous.value + 1:
        message, hint = (f"{name} numbering jumps from {previous.printed} to {marker.printed}",
                         "check whether a paragraph was lost when the page was copied")
    else:
        message, hint = (f"{name} numbering goes back from {previous.printed} to {marker.printed}",
                         "check the numbering in the source; anchors stay unique")
    diagnostics.append(Diagnostic(source, draft.lineno, "warning", message, hint))

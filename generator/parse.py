"""Stage 3: clean lines → a tree of numbered nodes.

Depth is derived from each document's own numbering (as eregs'
regulations-parser does): a marker of a family already open on the stack
closes everything below it and becomes a sibling; a marker of a new family
opens a level under the current node. So a plan may skip a level, use
``（一）`` for its tasks, or number tasks 1…N straight across sections.

The text before the plan's own title (a covering notice, a metadata table)
is front matter, not tasks (:mod:`generator.front_matter` tells where the title
is). A task division table gives the tasks it names their units; in a plan that
is nothing but such a table, its numbered rows are the tasks (:mod:`generator.tables`). What each numbered paragraph says, its heading, text and
note, is read by :mod:`generator.paragraphs`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import takewhile

from .document_parts import ANNEX_NUMBER, GENRE, TASK_LIST, is_date_line, is_organ_line
from .front_matter import (covering_lines, is_title_line, only_names_a_unit, organ_and_date_apart,
                           printed_note_apart, signature_start, split_front_matter)
from .layers import NOTE_LABELS, NOTES_APART, note_label
from .model import Diagnostic, Line, Marker, Node
from .numbering import (CIRCLED, COUNTED_IN_WORDS, DOTTED, FAMILY_NAMES, FLAGS, ROMAN, anchor_part, dotted_above,
                        flag_after_number, half_brackets_apart, in_sequence, marker_value, match_marker, with_bullets,
                        without_flags)
from .paragraphs import (HEADING_MAX, TITLE_MAX, brackets_closed, cells_after_words, ended_by_note, has_note,
                         heading_note, is_bracketed_note, is_labelled_note, is_lone_label, is_responsibility,
                         is_sentence_note, is_task_field, leading_note, leaves_a_bracket_open, names_units,
                         names_units_alone, note_after_heading, note_left_open, says_a_role, sentence_note,
                         split_title, trailing_note, unbalanced_note)
from .tables import (RowTask, TaskTable, annex_notes, attach_notes, cells, group_row, has_cells, header_columns,
                     is_table_row, rejoined_tables, row_tasks, scattered_header, tables_of_their_own, task_tables,
                     tasks_of_rows, with_table_notes)
from .run_on import holds_the_page, title_run_in
from .script import DASHES, fold, simplified_aligned

_CELLS_APART = "\t"  # how a row's cells are parted once its first cell's number is read as its task's
# What heads a plan's closing notes, folded and simplified: 注：, 说明：, 备注：.
_NOTES_HEADING = re.compile(r"(?:注|说明|备注|附注)\s*:")
_NOTES_FIRST = "注註说說备備附"  # the characters such a heading opens with, in either script
# A plan's closing words, which name the plan itself: 本方案自印发之日起施行, 以上措施由县司法局负责解释.
_CLOSING = re.compile(r"(本(纲要|方案|意见|规划|措施|实施意见|实施方案|通知|计划|要点|安排)|以上措施|上述(任务|措施))")
# Or, after the last task, a charge to all who carry the plan out, to put it into effect or report on it:
# 各乡镇、县直各部门要结合实际，细化工作措施，认真抓好落实。
_CHARGE_OPENS = r"请?(?:全[省市州县区镇])?各"
_CLOSING_CHARGE = re.compile(rf"^{_CHARGE_OPENS}[^。]{{0,40}}?(?:要|务必|应当?)[^。]*?"
                             r"(?:结合实际|抓好落实|贯彻落实|落到实处|报送|上报)")
# The heading of a chapter of a plan's supplementary provisions (simplified): 五、附则, 第六章　附　则.
_SUPPLEMENTARY = re.compile(r"附\s*则\s*$")
# The heading of a chapter of a plan's guarantees, whose words such charges are (simplified): 四、保障措施.
_GUARANTEES = re.compile(r"保障|组织实施|工作要求|实施要求|有关要求|贯彻落实")
# Where a numbered paragraph may have run into the line before it (see split_run_in).
# A space before what may be a number of the kinds that run in (一、 1. 1、 （一）), full-width forms too.
_RUN_IN_NUMBERS = r"[一二三四五六七八九十]{1,4}[、.．]|\d{1,4}\s*[.．、]|[（(][一二三四五六七八九十]{1,4}[)）]"
# Or, with no space, right after a paragraph's end (一、…。（二）…), where tags were stripped from a page;
# not after ；, which ends an item of a list within a paragraph (1.…：1、公示；2、记录).
_FLAGGED = rf"(?:[{FLAGS}]+[ \u3000]*)?"  # a flag set before a number: ★3., ▲ 4.
_RUN_IN_GAP = re.compile(rf"(?:[ \u3000]+|(?P<closer>[。）)】〕\]]))(?={_FLAGGED}(?:{_RUN_IN_NUMBERS}))")
# In a text that lost its line breaks and its spaces too (a whole plan as one line), a number may
# run in with no gap: after a paragraph's end, or right after a heading (二、主要任务（一）…).
# There, its parts, divisions and articles (第一章, 第一节, 第一条) and its sub-items (（1）, 1）, ①) run in too, which
# a line of ordinary length keeps in their sentence.
_RUN_ON_LINE = 1000
_NO_GAP = re.compile(rf"[ \u3000]*(?={_FLAGGED}(?:{_RUN_IN_NUMBERS}|[（(]?\d{{1,3}}[)）]|[{CIRCLED}]|[{ROMAN}]"
                     r"|[IVX]{1,4}[.．、]|第[一二三四五六七八九十百\d]+(?:篇|部分|章|节|節|条|條)|(?:专栏|專欄)[一二三四五六七八九十\d]))")
_RUN_ON_FAMILIES = ("pian", "part", "sec", "art", "c", "roman", "s", "i", "p", "r")
# A plan's boxes (专栏2　重点改革任务) run in too; whatever their heading runs into is under them.
_RUN_ON_BOXES = "box"
_OUTSIDE_BOXES = ("pian", "part", "sec")  # the numbers of the parts and divisions of a plan, which no box holds
_RUN_IN_FAMILIES = ("c", "s", "i")
# A note without brackets that ends a paragraph, which a whole plan on one line runs the next number into
# (…。责任单位：区委组织部、区司法局二、健全…; its units' names may hold brackets, 县委宣传部（县委网信办）), folded.
_UNBRACKETED_NOTE_AT_END = re.compile(rf"{note_label(NOTE_LABELS)}(?:[^。:;()]|\([^()]{{1,20}}\)){{1,80}}$")
_NOTE_AT_END_MAX = 120  # characters: the longest label, the spaces round it and the 80 of its units
_MARKER_MAX = 16  # characters: the longest number (第一百二十三部分) and the spaces after it
_CLOSERS_OF_A_PARAGRAPH = ("。", "〕", "）", ")", "]", "】", "；", ";")
_NOTE_CLOSERS = ("〕", "）", ")", "]", "】", "］")  # how a note in brackets ends a paragraph
# Numbers of a plan's outline that no box (专栏) holds.
_CHAPTER_FAMILIES = ("pian", "part", "sec", "art", "c", "roman")
# What may stand under paragraphs counted in words (第一，/ 一是): sub-items, and their own kind.
_UNDER_WORDS = ("p", "r", *COUNTED_IN_WORDS)
# What a preamble may count or bullet too, before the outline's first number.
_PREAMBLE_FAMILIES = (*COUNTED_IN_WORDS, "b")
# The heading of a list of annexes, alone on a line above it (folded): 附件： / 1.某某考核办法; or, with the list's
# first item after it, a covering notice's list: 附件:1.某某实施方案.
_ANNEX_LIST_HEADING = re.compile(r"附\s*[件表]?\s*:")
_ANNEX_LIST = re.compile(_ANNEX_LIST_HEADING.pattern + r"\s*1\s*[.、]")
# A heading that names a task table under it, folded and simplified: 重点任务分工, 工作任务清单, 任务分解表.
_TABLE_HEADING = re.compile(r"[\u4e00-\u9fff]{0,8}(?:任务|工作)(?:分工|分解|清单|台账)(?:表|一览表)?")
# What the title of a document ends with (a plan, rules, a list or a table), folded and simplified.
_DOCUMENT = re.compile(rf"(?:{GENRE.pattern}|{TASK_LIST}|名单|表|制度|指标(?:体系)?)(?:\([^()]*\))?$")
# An annex's heading, folded: 附件 / 附件1 / 附件一: 某某重点任务清单.
_ANNEX = re.compile(rf"{ANNEX_NUMBER}\s*(?::|$)")


@dataclass
class _Draft:
    marker: Marker | None
    lineno: int
    lines: list[str] = field(default_factory=list)
    children: list["_Draft"] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    parent: "_Draft | None" = None
    table_end: int = -1  # for a task made of a table's row: where the line after the table is
    resume: "_Draft | None" = None  # for a box: the node open above it, where the outline goes on
    closing_words: bool = False  # for the root: its closing words have begun, and all after is closing
    text_only: bool = False  # for an annex that numbers nothing (联络员名单): all below it is its text
    heads: bool = False  # for a paragraph counted in words: it heads a chapter (第一、加强党的领导)


@dataclass(frozen=True)
class ParsedText:
    """What the parser found: front matter, the plan's title line, the tree."""

    front_matter: tuple[Line, ...]
    title_lines: tuple[Line, ...]
    root: Node
    diagnostics: tuple[Diagnostic, ...]
    signature: tuple[str, ...] = ()  # the lines that sign the plan (落款): organs, date, a remark


def parse(lines: tuple[Line, ...], source: str) -> ParsedText:
    lines = organ_and_date_apart(split_run_in(joined_lone_openings(numbered_rows(rejoined_tables(lines)))))
    title_start, body_start = split_front_matter(lines, _outline_start(lines))
    lines = printed_note_apart(lines, title_start, body_start)
    body = lines[body_start:]
    first_task = _first_task(body)
    found_tables = task_tables(body)
    rows_as_tasks = row_tasks(body, found_tables)
    tables = [] if rows_as_tasks else [table for table in found_tables if table.start > first_task]
    diagnostics: list[Diagnostic] = []
    signed = _signature(body, first_task)
    tree = _tree(body, first_task, rows_as_tasks, tables, signed, diagnostics, source)
    if own := tables_of_their_own(tree, tables):  # read again, with their rows as tasks
        diagnostics = []
        tree = _tree(body, first_task, tasks_of_rows(own), [table for table in tables if table not in own],
                     signed, diagnostics, source)
    if scattered := scattered_header(lines):
        diagnostics.append(Diagnostic(source, scattered.lineno, "warning",
                                      "a task table's header stands one name to a line, and its rows could not be read",
                                      "its units are not attached to its tasks; if the text was taken from a PDF, "
                                      "convert it again with pdftotext -layout"))
    if not tree.children:
        diagnostics.append(Diagnostic(source, None, "warning", "no numbered paragraphs were recognised",
                                      "published as a plain document; check that tasks start with "
                                      "一、 / （一） / 1. at the beginning of a line"))
    return ParsedText(lines[:title_start], lines[title_start:body_start], tree, tuple(diagnostics),
                      tuple(line.text for line in body[signed.start:signed.stop]))


def _outline_start(lines: tuple[Line, ...]) -> int:
    """Where a text's outline starts, for :func:`generator.front_matter.split_front_matter`: its first number, but
    for those of a list of annexes or of a covering document's own points; failing that, a task table's header (a
    plan whose tasks are the table's rows); failing that, its first paragraph counted in words."""
    listed = _annex_list(lines) | covering_lines(lines)
    first = _first_task(lines, listed)
    if first == len(lines):
        first = next((table.header for table in task_tables(lines)), first)
    if first == len(lines):
        first = _first_task(lines, listed, in_words=True)
    return first


def _signature(body: tuple[Line, ...], first_task: int) -> range:
    """Where the plan's signature (落款) is in ``body``: at the end of the plan, before its first
    annex if it has any (… / 某某县人民政府 / 2023年3月1日 / 附件：…), else at the end of the text."""
    texts = [line.text for line in body]
    listed = _annex_list(body)
    plan_end = next((k for k in range(first_task + 1, len(body))
                     if (_annex_heading(texts[k]) or _titles_an_annex(texts, k)) and k not in listed), len(body))
    # A list of the annexes is printed above the signature, or after it (… / 2023年3月1日 / 附件：1.… / 2.…).
    list_start = min((k for k in listed if k > first_task), default=plan_end)
    for end in dict.fromkeys((plan_end, list_start)):
        if (start := signature_start(texts[:end])) < end:
            return range(start, end)
    if plan_end == len(body):  # no annex, and the text ends unsigned
        return range(plan_end, plan_end)
    return range(signature_start(texts), len(body))


def _tree(body: tuple[Line, ...], first_task: int, rows_as_tasks: dict[int, RowTask | None],
          tables: list[TaskTable], signed: range, diagnostics: list[Diagnostic], source: str) -> Node:
    """The body's tree: its numbered lines, and the rows of tables of tasks (``rows_as_tasks``)
    where the tables stand, with the other task tables' rows as notes of the tasks they name.
    The signature (``signed``), annexes only named or listed (附件：1.… / 2.…) and closing notes are
    closing text."""
    root = _Draft(None, body[0].lineno if body else 1)
    aside = _table_lines(body, tables) | {k for k in _annex_list(body) if k > first_task}
    heads = _annex_heads(body, first_task, aside)
    sections, plain, named = _annexes_by_kind(body, heads, rows_as_tasks, aside | set(signed))
    annex_titles = {annex.title_line for annex in sections.values() if annex.title_line is not None}
    table_ends = {task.table_end for task in rows_as_tasks.values() if task}
    texts = [line.text for line in body]
    markers = half_brackets_apart(in_sequence(with_bullets(texts, [match_marker(text) for text in texts])))
    headings = _headings_in_words(texts, markers)
    if rows_as_tasks or tables:
        markers = _without_preamble_counts(markers, rows_as_tasks, headings)
    elif any(markers):
        markers = _with_lost_headings(texts, _without_preamble_counts(markers, rows_as_tasks, headings))
    else:
        markers = _unnumbered_headings(texts)
    markers = _with_noted_paragraphs(texts, markers)
    noted = _notes_start(body, markers, first_task)
    closing = aside | set(signed) | named  # closing text wherever it stands: its numbers number no task
    last_numbered = max((k for k, found in enumerate(markers) if (found and k not in closing) or k in rows_as_tasks),
                        default=-1)
    next_numbers = _next_numbers(markers)
    current = holder = root
    for k, (line, found) in enumerate(zip(body, markers)):
        if k in table_ends:
            current = holder  # what follows a table is no row's text: it goes on where the table stands
        if k in rows_as_tasks:
            if rows_as_tasks[k]:
                current = _add_row_task(root, current, rows_as_tasks[k], line.lineno)
            else:  # a header line only names the cells of the rows below it
                holder = current
        elif k in closing or k >= noted:
            root.closing.append(line.text)
        elif k in sections:  # an annex closes everything open, whatever numbering the plan used last
            current = _Draft(sections[k].marker, line.lineno, [sections[k].title], parent=root, text_only=k in plain)
            root.children.append(current)
        elif k in annex_titles:
            continue
        elif current.text_only:
            current.lines.append(line.text)
        elif found and not is_table_row(line):
            marker, _ = found
            parent, resume = _place(current, marker, root)
            draft = _Draft(marker, line.lineno, [line.text], parent=parent, resume=resume, heads=k in headings)
            parent.children.append(draft)
            current = draft
        else:
            current = _attach_paragraph(current, root, line.text, k > last_numbered, next_numbers[k])
    return with_table_notes(_with_annex_notes(_freeze(root, (), "", diagnostics, source), root), tables, diagnostics,
                            source)


def _with_annex_notes(tree: Node, root: _Draft) -> Node:
    """The tree with the notes of annexes that restate its tasks given to them (:func:`annex_notes`), each such
    annex shown as its lines: it numbers no tasks of its own."""
    notes, restating = annex_notes(tree)
    if not restating:
        return tree
    children = tuple(replace(node, children=(), paragraphs=node.paragraphs + _lines_below(draft))
                     if node.anchor in restating else node for node, draft in zip(tree.children, root.children))
    return attach_notes(replace(tree, children=children), notes)


def _lines_below(draft: _Draft) -> tuple[str, ...]:
    """The lines of a draft's descendants, in the order printed."""
    return tuple(line for child in draft.children for line in (*child.lines, *_lines_below(child)))


def _with_noted_paragraphs(texts: list[str], markers: list[tuple[Marker, int] | None]
                           ) -> list[tuple[Marker, int] | None]:
    """``markers`` with each paragraph that prints no number but has its note (see :func:`_has_its_note`)
    numbered as the n-th of its run (family ``n``), where two or more stand under a heading that has no words or
    note of its own (一、加强党的领导 / 深入学习…。（责任单位：…） / 落实…。 / 责任单位：…), right under it or under
    lines without a note that lead into them (重点抓好以下工作：, 今年是…开局之年，要…。 / 各单位要…。),
    which stay the heading's text; a paragraph without a note between two of them is a task of the run too (its
    note left out), one after the last the last one's text: each is a task a reader cites, as a bulleted item is,
    and its place under its heading the only number it has."""
    counted = list(markers)
    for k, found in enumerate(markers[:-2]):
        # Two unnumbered lines below first, the cheapest test: most numbered lines have a number below them.
        if found is None or markers[k + 1] is not None or markers[k + 2] is not None \
                or not _is_bare_heading(texts[k][found[1]:]):
            continue
        unnumbered = list(takewhile(lambda j: markers[j] is None, range(k + 1, len(texts))))
        noted = [j for j in unnumbered if _has_its_note(texts, j, unnumbered[-1])]
        run = [j for j in range(noted[0], noted[-1] + 1) if not is_labelled_note(texts[j])] if noted else []
        if len(noted) >= 2:
            for value, j in enumerate(run, start=1):
                counted[j] = (Marker("n", str(value), value, ""), 0)
    return counted


# What ends a sentence or a clause, which a heading that prints no number has none of (为…，制定本方案。 is none).
_CLAUSE_MARKS = re.compile(r"[。,;:!?]")


def _unnumbered_headings(texts: list[str]) -> list[tuple[Marker, int] | None]:
    """For a plan that numbers nothing (a word processor's numbering lost with its file): its headings (see
    :func:`_heads`) counted from the top (family ``h``), where paragraphs that end with their notes, two or more,
    show it a plan whose tasks they are; with no heading, those paragraphs, counted from the top as they are under
    a heading (family ``n``). None for another text."""
    noted = [k for k in range(len(texts)) if _has_its_note(texts, k, len(texts) - 1)]
    unnumbered: list[tuple[Marker, int] | None] = [None] * len(texts)
    if len(noted) < 2:
        return unnumbered
    heads = _heads(list(map(_is_unnumbered_heading, texts)))
    return _counted_as("h", heads, unnumbered) if heads else _counted_as("n", noted, unnumbered)


def _with_lost_headings(texts: list[str], markers: list[tuple[Marker, int] | None]) -> list[tuple[Marker, int] | None]:
    """``markers`` with the headings of a plan that numbers no chapter, their numbers lost with a word processor's
    numbering: where two or more of the lines numbered in the kind it numbers first (its sections, （一）…, or its
    tasks, 1.…) have a heading's words alone on the line above them (加强党的领导 / 1.…), the first of them above the
    first such line, its headings (see :func:`_heads`) counted from the top (family ``h``). A heading that went on
    the task above had hidden its note."""
    numbered = [found[0].family for found in markers if found]
    if not numbered or any(family in _CHAPTER_FAMILIES for family in numbered):
        return markers
    bare = [found is None and _is_unnumbered_heading(text) for found, text in zip(markers, texts)]
    tops = [k for k, found in enumerate(markers) if found and found[0].family == numbered[0]]
    heads = _heads(bare)
    if sum(1 for k in tops if k and bare[k - 1]) < 2 or heads[0] > tops[0]:
        return markers
    return _counted_as("h", heads, markers)


def _heads(bare: list[bool]) -> list[int]:
    """The lines of a heading's words alone (``bare``) that head what follows them: each line of a run of them above
    a paragraph or a task (a chapter's heading right above its first section's too; 保障措施 / 各部门要…。), not the
    run that ends the text (a signature)."""
    last_worded = max((k for k, alone in enumerate(bare) if not alone), default=-1)
    return [k for k in range(last_worded) if bare[k]]


def _counted_as(family: str, lines: list[int], markers: list[tuple[Marker, int] | None]
                ) -> list[tuple[Marker, int] | None]:
    """``markers`` with ``lines`` numbered 1, 2, 3 … in ``family``, as a text that prints no number is counted."""
    counted = list(markers)
    for value, k in enumerate(lines, start=1):
        counted[k] = (Marker(family, str(value), value, ""), 0)
    return counted


def _is_unnumbered_heading(text: str) -> bool:
    """A heading's words alone, as a heading that lost its number prints them: no sentence or clause."""
    return _is_bare_heading(text) and not _CLAUSE_MARKS.search(fold(text))


def _is_bare_heading(words: str) -> bool:
    """Whether a numbered line's words are a heading's only: no sentence but the heading itself, which may
    end with a full stop (（一）推进政府机构职能优化协同高效。), and no note."""
    heading = words.strip().removesuffix("。")
    return 0 < len(heading) <= HEADING_MAX and "。" not in heading and not trailing_note(words)[1]


def _has_its_note(texts: list[str], j: int, last: int) -> bool:
    """Whether paragraph ``j`` says something and ends with who does it, or has it on the lines below it, up to
    ``last`` (…。 / 牵头单位：县司法局 / 配合单位：…), which are no paragraph of their own."""
    return _ends_with_its_note(texts[j]) or (j < last and is_labelled_note(texts[j + 1])
                                              and not is_labelled_note(texts[j]))


def _ends_with_its_note(text: str) -> bool:
    """Whether a paragraph says something and ends with who does it (…。（责任单位：县司法局）, …。由县司法局牵头。)."""
    return bool(_split_note(text)[1] or _sentence_noted(text)[1])


def _without_preamble_counts(markers: list[tuple[Marker, int] | None], rows_as_tasks: dict[int, RowTask | None],
                             headings: frozenset[int]) -> list[tuple[Marker, int] | None]:
    """``markers`` without the paragraphs counted in words (第一，/ 一是) or bulleted before the outline's
    first number, heading or task row: a preamble's (今年工作的思路是：/ 第一，坚持… / ●坚持…), which number no
    task. A heading counted in words (``headings``: 第一、加强党的领导) opens the outline."""
    first = next((k for k, found in enumerate(markers)
                  if found and (found[0].family not in _PREAMBLE_FAMILIES or k in headings) or k in rows_as_tasks), 0)
    return [None if k < first and found and found[0].family in _PREAMBLE_FAMILIES else found
            for k, found in enumerate(markers)]


def _notes_start(body: tuple[Line, ...], markers: list[tuple[Marker, int] | None], first_task: int) -> int:
    """Where a plan's closing notes begin (注： / 说明： on a line of its own, or before numbered
    notes 1. 2. …): a notes heading after the first task below which every kind of number starts
    again at 1, so that none goes on the plan's own numbering; ``len(body)`` if there is none. A
    remark 注：… within a task, with the plan's numbers going on below it, is no such heading."""
    for k in range(first_task + 1, len(body)):
        if body[k].text.lstrip()[:1] not in _NOTES_FIRST:  # most lines, at the cost of a look at one character
            continue
        text = fold(simplified_aligned(body[k].text)).strip()
        if not (heading := _NOTES_HEADING.match(text)):
            continue
        firsts: dict[str, int] = {}
        for found in markers[k + 1:]:
            if found is not None:
                firsts.setdefault(found[0].family, found[0].value)
        if (heading.end() == len(text) or firsts) and all(value == 1 for value in firsts.values()):
            return k
    return len(body)


@dataclass(frozen=True)
class _Annex:
    """An annex's heading: its number (附件2 → ``annex2``) and its title, from the heading line or
    the line below it."""

    marker: Marker
    title: str
    title_line: int | None  # the line below the heading that gives its title, if the heading has none


def _annex_heads(body: tuple[Line, ...], first_task: int, aside: set[int]) -> dict[int, _Annex]:
    """The annexes' headings after the plan's first task (附件1 / 附件：某某重点任务清单), by line; a
    task table's, which is shown as one (``aside``), aside."""
    heads: dict[int, _Annex] = {}
    texts = [line.text for line in body]
    for k in range(first_task + 1, len(body)):
        if k in aside:
            continue
        if _titles_an_annex(texts, k):
            heads[k] = _Annex(Marker("annex", "附件", 1, "附件"), texts[k].strip(), None)
            continue
        if not (found := _annex_heading(texts[k])):
            continue
        number = found.group(1) or ""
        value = marker_value("annex", number or "1")
        printed = body[k].text.strip()[:found.end()].rstrip(":： ")
        title, title_line = body[k].text.strip()[found.end():].strip(), None
        below = body[k + 1].text.strip() if k + 1 < len(body) else ""
        if not title and below and len(below) <= TITLE_MAX and "。" not in below and not match_marker(below):
            title, title_line = below, k + 1
        heads[k] = _Annex(Marker("annex", f"附件{number}", value, printed), title, title_line)
    return heads


def _titles_an_annex(texts: list[str], k: int) -> bool:
    """Whether line ``k`` titles an annex that prints no 附件 above it: a plan's title right under the signature
    the plan ends with (某某县人民政府办公室 / 2023年3月1日 / 某某县2023年法治政府建设重点任务分工方案)."""
    return k >= 2 and is_date_line(texts[k - 1]) and is_organ_line(texts[k - 2]) and is_title_line(texts[k])


def _annex_heading(text: str) -> re.Match | None:
    """An annex's heading line (附件2：某某清单), short and no sentence."""
    if "附" not in text:  # most lines, at the cost of a substring test
        return None
    folded = fold(text).strip()
    return None if len(folded) > TITLE_MAX or "。" in folded else _ANNEX.match(folded)


def _annexes_by_kind(body: tuple[Line, ...], heads: dict[int, _Annex], rows_as_tasks: dict[int, RowTask | None],
                     aside: set[int]) -> tuple[dict[int, _Annex], set[int], set[int]]:
    """The annexes after the plan by what they hold: ``(sections, plain, named)``. An annex that
    numbers tasks of its own (附件1 / 某某重点任务清单 / 一、… 1. …, or a table's numbered rows) closes
    the plan's numbering, and one that numbers nothing but has text of its own (附件2 / 联络员名单 /
    县司法局：张三, its heading's index in ``plain``) stands beside them: both are sections, in their
    place. The lines of an annex only named, its text not copied (附件：某某分解任务表), are ``named``:
    the plan's closing words, not its last task's."""
    sections: dict[int, _Annex] = {}
    plain: set[int] = set()
    named: set[int] = set()
    bounds = [*heads, len(body)]
    for k, end in zip(bounds, bounds[1:]):
        own = range(k + 1, end)
        if any(rows_as_tasks.get(j) or match_marker(body[j].text) and not is_table_row(body[j]) for j in own):
            sections[k] = heads[k]
        elif any(j != heads[k].title_line and j not in aside for j in own):
            sections[k] = heads[k]
            plain.add(k)
        else:
            named.update(range(k, end))
    return sections, plain, named


def joined_lone_openings(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A number or a note's label on a line of its own (``1.`` / ``加强学习。…``, ``牵头单位：`` / ``县司法局``),
    as pages that set a list's numbers apart from its text, or a table's cells copied a line each, leave them,
    joined to the line it opens (unless that line opens with a number or a label of its own)."""
    joined: list[Line] = []
    for line in lines:
        above = joined[-1].text if joined else ""
        if _opens_alone(above) and not match_marker(line.text) and not is_labelled_note(line.text):
            joined[-1] = Line(above.strip() + line.text.strip(), joined[-1].lineno)
        else:
            joined.append(line)
    return tuple(joined) if len(joined) < len(lines) else lines


def numbered_rows(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Rows of a task table copied without its header, a bare figure in each one's first cell (``1<tab>加强学习。<tab>
    县司法局<tab>2023年底前``), as the task lines they stand for (``1.加强学习。<tab>县司法局<tab>…``), whose cells after
    the words are the note (:func:`cells_after_words`). A header gives its rows' cells their roles, and its table reads
    them: so only rows under none, two at least counting up one by one, and not a table of figures or dates. A row
    of a group's number and name right above them (三<tab>保障措施) is the group's line (三、保障措施)."""
    parted = [k for k, line in enumerate(lines) if has_cells(line.text)]
    if not parted:  # most texts
        return lines
    headed = next((k for k in parted if header_columns(cells(lines[k].text))), len(lines))
    rows = {k: number for k in parted if k < headed and (number := _row_without_header(lines[k].text))}
    counted: set[int] = set()
    for above, below in zip(rows, list(rows)[1:]):
        if rows[below] == rows[above] + 1:
            counted |= {above, below}
    if not counted:
        return lines
    groups = {k: group for k in parted if k + 1 in counted and (group := group_row(lines[k].text))}
    return tuple(Line(f"{rows[k]}.{_CELLS_APART.join(cells(line.text)[1:])}", line.lineno) if k in counted
                 else Line(groups[k], line.lineno) if k in groups else line for k, line in enumerate(lines))


def _row_without_header(text: str) -> int:
    """The number in the first cell of a row (a line parted into cells), a bare figure, where the cells after its
    task's words name its units or time limit; else 0."""
    if len(row := cells(text)) < 3 or not re.fullmatch(r"\d{1,4}", fold(row[0])):
        return 0
    return int(fold(row[0])) if cells_after_words(_CELLS_APART.join(row[1:]))[1] else 0


def _opens_alone(text: str) -> bool:
    """Whether a line is only a number (``1.``) or a note's label (``牵头单位：``)."""
    if len(text) > _MARKER_MAX:  # most lines
        return False
    if (found := match_marker(text)) and found[1] == len(fold(text).rstrip()):
        return True
    return is_lone_label(text)


def split_run_in(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Numbered paragraphs run into the line before them, as text taken from a PDF often has them
    (``一、压实责任 1.将法治政府建设… 〔牵头单位:…〕 2.制定…``), each on a line of its own. A
    line is split before a number only after a space, and only where the number goes on with its
    kind's sequence (2. after 1.) after a full stop or a closed note, or opens the first item
    under a heading (一、压实责任 1.…): a number in a sentence (不少于 1 次, 附件 1、2) stays. Right
    after a full stop or a closed note with no space, as a page stripped of its tags runs paragraphs
    together, only the next of the numbers the line opens with is (（一）…。（二）…). A
    whole plan on one line is also split after the title it opens with (see :func:`_glued_title`), and
    after a note closing a paragraph that words run on from (…。（县司法局牵头）各乡镇要…)."""
    run_on = _run_on_lines(lines)
    if not any(_gaps(line in run_on).search(line.text) for line in lines):  # most texts: nothing to split
        return lines
    last: dict[str, int] = {}
    split: list[Line] = []
    for line in lines:
        title = _glued_title(line.text) if line in run_on else ""
        if title:
            split.append(Line(title, line.lineno))
        pieces = _run_in_pieces(line.text[len(title):], last, line in run_on)
        if line in run_on:
            pieces = [part for piece in pieces for part in _after_notes(piece)]
            pieces[-1:] = _closing_sentences_apart(pieces[-1])
        split.extend(Line(piece, line.lineno) for piece in pieces)
    return tuple(split)


def _run_on_lines(lines: tuple[Line, ...]) -> set[Line]:
    """The lines as long as a whole plan, or cut from a line of the file that held the whole page
    (:func:`generator.run_on.holds_the_page`), where numbers may run in with no gap."""
    lengths: dict[int, int] = defaultdict(int)
    for line in lines:
        lengths[line.lineno] += len(line.text)
    total = sum(lengths.values())
    return {line for line in lines if len(line.text) >= _RUN_ON_LINE or holds_the_page(lengths[line.lineno], total)}


# A note that closes a paragraph, right after its last sentence (folded): …。(县司法局牵头,各乡镇(街道)配合),
# one bracket deep at most, before words that run on with no number; and such a bracket as printed, unfolded.
_NOTE_THEN_WORDS = re.compile(r"。[（(][^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）][\u4e00-\u9fff]")
_NOTE_RUN_ON = re.compile(r"(?<=。)\((?:[^()]|\([^()]*\))*\)(?=[\u4e00-\u9fff])(?![一二三四五六七八九十第])")
# A note that ends a clause or sentence after its words (folded): 完善公开目录(县政府办牵头),加强…; and a bracket
# closed before a clause's or sentence's end, as printed, which most paragraphs do not have.
_NOTE_IN_SENTENCE = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[^()]|\([^()]*\))*\)(?=[。,;])")
_CLOSED_BEFORE_STOP = re.compile(r"[)）][。，；,;]")


def _after_notes(text: str) -> list[str]:
    """``text`` cut after each note that closes a paragraph words run on from, in a plan that lost its
    line breaks: the plan's closing words after its last task's note are no part of that task."""
    cuts = [found.end() for found in _NOTE_RUN_ON.finditer(fold(text))]
    return [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)])]


def _closing_sentences_apart(text: str) -> list[str]:
    """The last words of a plan that lost its line breaks, its last task's and then its closing words run together
    (…推行三项制度。本要点自印发之日起施行。), cut where closing sentences end it: words that name the plan itself
    or a charge to all (see :func:`_closes_the_plan`), each a line, for the outline to place as their lines were."""
    sentences = re.findall(r"[^。]+。|[^。]+$", text)
    kept = len(sentences)
    while kept > 1:
        last = sentences[kept - 1]
        if after_note := _after_unbracketed_note(last):  # the task's note, then the first closing words
            sentences[kept - 1:kept] = [last[:after_note], last[after_note:]]
            break
        if not _may_close(simplified_aligned(last)):
            break
        kept -= 1
    return ["".join(sentences[:kept]), *sentences[kept:]]


def _may_close(sentence: str) -> bool:
    return bool(_CLOSING.search(sentence) or _CLOSING_CHARGE.search(sentence))


# Where closing words may begin in a sentence (folded and simplified): words that name the plan, or a charge to all.
_CLOSING_OPENS = re.compile(rf"{_CLOSING.pattern}|{_CHARGE_OPENS}")


def _after_unbracketed_note(sentence: str) -> int:
    """Where closing words begin after a note without brackets that they run on from (牵头单位：县公安局本要点自…,
    牵头单位：县公安局各单位要于…报送…), the note being the last task's; 0 where there is no such note."""
    simple = fold(simplified_aligned(sentence))
    return next((found.start() for found in _CLOSING_OPENS.finditer(simple, 1)
                 if (_CLOSING.match(simple, found.start()) or _CLOSING_CHARGE.match(simple[found.start():]))
                 and _UNBRACKETED_NOTE_AT_END.search(simple[max(0, found.start() - _NOTE_AT_END_MAX):found.start()])),
                0)


def _glued_title(text: str) -> str:
    """The title that a whole plan on one line opens with, run into its preamble; "" if none."""
    return title_run_in(text[:TITLE_MAX + 20])


def _gaps(run_on: bool) -> re.Pattern:
    """Where a number may run in: after a space, or in a line of a whole plan (``run_on``), anywhere."""
    return _NO_GAP if run_on else _RUN_IN_GAP


def _run_in_pieces(text: str, last: dict[str, int], run_on: bool) -> list[str]:
    """``text`` cut before each run-in number (see :func:`split_run_in`), anywhere in a ``run_on``
    line; ``last`` holds the last value of each kind of number so far, and is brought up to date."""
    pieces, start, boxed = [], 0, {}
    families = _RUN_ON_FAMILIES if run_on else _RUN_IN_FAMILIES
    opening = match_marker(text[:_MARKER_MAX])  # a number is short: no need to fold the whole line
    if opening:
        last[opening[0].family] = opening[0].value
    for gap in _gaps(run_on).finditer(text):
        found = match_marker(without_flags(text[gap.end():gap.end() + _MARKER_MAX]))
        if not found or found[0].family not in families and not (run_on and found[0].family == _RUN_ON_BOXES) \
                or gap.start() < start:
            continue
        closed = gap.groupdict().get("closer")  # the paragraph's end, right before the number
        marker, before = found[0], text[start:gap.end() if closed else gap.start()]
        goes_on = marker.value == last.get(marker.family, 0) + 1
        under = opening is not None and _is_under(marker.family, opening[0].family, families)
        # In a whole plan on one line, a chapter's words, then its first section: 二、…。（一）….
        first_under = run_on and under and marker.value == 1 and before.endswith("。")
        if closed and not first_under and (not goes_on or opening is None or _style(opening[0]) != _style(marker)):
            continue  # with no space between, only the next of the numbers this line opened with, printed alike
        after_heading = under and (first_under or ("。" not in before and (marker.value == 1 or goes_on)))
        ended = before.endswith(_CLOSERS_OF_A_PARAGRAPH) or (
            run_on and _UNBRACKETED_NOTE_AT_END.search(fold(simplified_aligned(before[-_NOTE_AT_END_MAX:]))))
        if (goes_on and ended) or after_heading:
            pieces.append(before)
            start = gap.end()
            _counted(last, marker, boxed)
            opening = found
    pieces.append(text[start:])
    return [flag_after_number(piece) for piece in pieces]  # ★3.… cut from a line: 3.★…


def _counted(last: dict[str, int], marker: Marker, boxed: dict[str, int]) -> None:
    """``last`` brought up to date with ``marker``, cut before. A box (专栏2) counts its own list (1. 2.) within the
    plan's: what was counted before it (``boxed``) counts on after it, from the plan's next part or division
    (第三章 / 2.…), which no box holds."""
    if marker.family == _RUN_ON_BOXES:
        boxed.clear()
        boxed.update(last)
    elif marker.family in _OUTSIDE_BOXES and boxed:
        last.update((family, value) for family, value in boxed.items() if family != _RUN_ON_BOXES)
        boxed.clear()
    last[marker.family] = marker.value


def _is_under(family: str, heading_family: str, families: tuple[str, ...]) -> bool:
    """Whether a number of ``family`` (one of ``families``, in their usual order) can open the first item
    under a heading of ``heading_family``: 1. under （一） or 一、, anything under a heading of another
    kind; a chapter's 一、 right after a section's heading (（四）坚持…目标：权责统一、…) is a word's 一
    before a stop."""
    if heading_family not in families or family not in families:  # a box's heading, or a box
        return family != heading_family
    return families.index(family) > families.index(heading_family)


def _style(marker: Marker) -> tuple[str, str]:
    """How a number is printed but for its value: its family and its punctuation (1. and 1、 differ)."""
    return marker.family, fold(marker.printed.replace(marker.label, ""))


def _first_task(body: tuple[Line, ...], skipped: frozenset[int] = frozenset(), in_words: bool = False) -> int:
    """Where the first numbered line of the outline is (``len(body)`` if none), ``skipped`` lines
    aside. Paragraphs counted in words (一是要提高认识。) may be a covering notice's or a preamble's:
    the first of them only ``in_words``."""
    headings: frozenset[int] | None = None  # found only for a text with a heading-like line counted in words
    for k, line in enumerate(body):
        if k in skipped or not (found := match_marker(line.text)) or is_table_row(line):
            continue
        if (found[0].family in COUNTED_IN_WORDS) == in_words:
            return k
        if _may_head(found[0], line.text):
            if headings is None:
                texts = [each.text for each in body]
                headings = _headings_in_words(texts, [match_marker(text) for text in texts])
            if k in headings:
                return k
    return len(body)


def _may_head(marker: Marker, text: str) -> bool:
    """Whether a number in words may head a chapter (第一、加强党的领导): a short line with no sentence."""
    return marker.family == "o" and len(fold(text).strip()) <= HEADING_MAX and "。" not in text


def _headings_in_words(texts: list[str], markers: list[tuple[Marker, int] | None]) -> frozenset[int]:
    """The paragraphs counted in words (of ``texts``, with their ``markers``) that head chapters of the outline
    (第一、加强党的领导 / 1.… / 第二、推进依法行政 / 2.…): each a short line with no sentence, and each followed by
    the outline's own numbers. A preamble's or a notice's points follow one another (第一，坚持党的领导 /
    第二，…), or are sentences, and head nothing."""
    numbered = [k for k, found in enumerate(markers) if found]
    in_words = [(k, after) for k, after in zip(numbered, numbered[1:] + [None]) if markers[k][0].family == "o"]
    if in_words and all(_may_head(markers[k][0], texts[k]) and after is not None
                        and markers[after][0].family not in COUNTED_IN_WORDS for k, after in in_words):
        return frozenset(k for k, _ in in_words)
    return frozenset()


def _annex_list(lines: tuple[Line, ...]) -> frozenset[int]:
    """The lines of a covering notice's list of its annexes (附件：1.某某实施方案 / 2.某某任务分工表),
    whose numbers are not the plan's: the list's first line and the short numbered titles after it."""
    listed: set[int] = set()
    for k, line in enumerate(lines):
        if "附" not in line.text:  # most lines
            continue
        folded = fold(line.text).strip()
        if _ANNEX_LIST.match(folded):
            expected = 2
        elif _ANNEX_LIST_HEADING.fullmatch(folded) and k + 1 < len(lines) and _names_a_document(lines[k + 1].text):
            expected = 1  # 附件： / 1.某某考核办法 / 2.联络员名单
        else:
            continue
        listed.add(k)
        for j in range(k + 1, len(lines)):
            found = match_marker(lines[j].text)
            text = fold(lines[j].text).strip()
            if not found or found[0].family != "i" or found[0].value != expected or len(text) > TITLE_MAX \
                    or "。" in text:
                break
            listed.add(j)
            expected += 1
    return frozenset(listed)


def _names_a_document(text: str) -> bool:
    """Whether a line is the first of a list of documents: 1. and a short title (1.某某县法治政府建设考核办法)."""
    found = match_marker(text)
    title = fold(simplified_aligned(text)).strip()[found[1]:] if found else ""
    return bool(found) and found[0].family == "i" and found[0].value == 1 and len(title) <= TITLE_MAX \
        and "。" not in title and bool(_DOCUMENT.search(title))


def _table_lines(body: tuple[Line, ...], tables: list[TaskTable]) -> set[int]:
    """The lines shown after the plan, not as tasks' text: each task table (caption, header,
    rows), and, from the last table on, everything when no numbered line follows (an appendix).
    A table above the tasks is not among ``tables``: it is no appendix."""
    aside = {k for table in tables for k in range(table.start - _table_heading_above(body, table.start), table.end)}
    if tables and _first_task(body[tables[-1].end:]) == len(body) - tables[-1].end:
        aside.update(range(tables[-1].start, len(body)))
    return aside


def _table_heading_above(body: tuple[Line, ...], start: int) -> int:
    """1 when a heading that only heads the table stands above it (and its caption): an annex's (附件2), or
    one of the plan's numbered headings that names the table (二、重点任务分工, 四、工作任务清单), which is
    no task. Else 0."""
    if start == 0:
        return 0
    above = fold(simplified_aligned(body[start - 1].text)).strip()
    numbered = match_marker(above)
    return int(bool(_ANNEX.fullmatch(above)) or bool(
        numbered and _TABLE_HEADING.fullmatch(above[numbered[1]:].rstrip("。:"))))


def _open_parent(current: _Draft, family: str, root: _Draft) -> _Draft:
    """The node under which a new marker of ``family`` goes."""
    node = current
    while node is not root:
        if node.marker.family == family:
            return node.parent
        node = node.parent
    return current


def _place(current: _Draft, marker: Marker, root: _Draft) -> tuple[_Draft, _Draft | None]:
    """The node under which a new numbered line goes, and for a box (专栏1 …) where the outline
    goes on after it. A box stands beside the task open above it; what it numbers is its own (its
    list starts again at 1) until a number of the outline around it goes on (（二）, 二、, 第二节)."""
    box = _open_box(current)
    if box is not None and (marker.family == "box" or not _in_box(box, marker)):
        current = box.resume
    if marker.family == "box":
        return (current if current is root or current.children else current.parent), current
    if marker.family not in _UNDER_WORDS:
        current = _out_of_words(current)
    elif marker.family in COUNTED_IN_WORDS:
        current = _run_holder(current, marker)
    parent = _open_parent(current, marker.family, root)
    return (root if parent is current and _goes_on_at_the_top(root, marker) else parent), None


def _goes_on_at_the_top(root: _Draft, marker: Marker) -> bool:
    """Whether a chapter's number that would open a list (三、 under 2.2) goes on with the plan's top
    level in another style: its first of its kind, one more than the last number at the top
    (1 总体要求 / 1.1 … / 2 主要任务 / 2.2 … / 三、保障措施)."""
    return (marker.family in _CHAPTER_FAMILIES and marker.value > 1 and bool(root.children)
            and root.children[-1].marker.family != marker.family
            and root.children[-1].marker.value == marker.value - 1
            and not any(node.marker.family == marker.family for node in _descendants(root)))


def _out_of_words(current: _Draft) -> _Draft:
    """The node above the paragraphs counted in words (第一，/ 一是) open at ``current``: they hold
    sub-items at most, so a number of the outline (二、, （二）, 2.) closes them. A heading counted in words
    (第一、加强党的领导) holds the outline's numbers below it."""
    while current.marker is not None and current.marker.family in COUNTED_IN_WORDS and not current.heads:
        current = current.parent
    return current


def _run_holder(current: _Draft, marker: Marker) -> _Draft:
    """Where a paragraph counted in words goes on its run: beside the one before it (二是 after
    一是), even when the outline's numbers after that one (一是 / 1. / 2.) closed it, rather than
    under the last of them. ``current`` when no open node holds the run."""
    node = current
    while node is not None:
        if any(child.marker.family == marker.family and child.marker.value == marker.value - 1
               for child in node.children):
            return node
        node = node.parent
    return current


def _open_box(current: _Draft) -> _Draft | None:
    node = current
    while node.marker is not None:
        if node.marker.family == "box":
            return node
        node = node.parent
    return None


def _in_box(box: _Draft, marker: Marker) -> bool:
    """Whether a numbered line after a box's heading is the box's: it goes on with a list the box
    holds, starts one, or is of a kind the outline around the box does not use. No box holds
    chapters (第二章, 二、)."""
    numbered = [node.marker for node in _descendants(box) if node.marker.family == marker.family]
    if numbered:
        return marker.value == numbered[-1].value + 1
    if marker.family in _CHAPTER_FAMILIES:
        return False
    outline = set()
    node = box.resume
    while node.marker is not None:
        outline.add(node.marker.family)
        node = node.parent
    return marker.family not in outline or marker.value == 1


def _descendants(draft: _Draft):
    for child in draft.children:
        yield child
        yield from _descendants(child)


def _next_numbers(markers: list[tuple[Marker, int] | None]) -> list[Marker | None]:
    """For each line, the number of the next numbered line below it (None after the last)."""
    following: list[Marker | None] = []
    below = None
    for found in reversed(markers):
        following.append(below)
        below = found[0] if found else below
    return following[::-1]


def _attach_paragraph(current: _Draft, root: _Draft, text: str, after_the_tasks: bool = False,
                      next_number: Marker | None = None) -> _Draft:
    """Unnumbered text belongs to the open node unless that node is closed, or it is the plan's
    closing words after its last numbered line (本方案自印发之日起施行), or what follows them.
    Returns the node open after it: a note below a list is its holder's, which closes the list."""
    if current is root:
        root.lines.append(text) if not root.children else root.closing.append(text)
    elif leaves_a_bracket_open(current.lines[-1]):
        current.lines.append(text)  # the line that closes it: a note broken across lines is one
    elif is_labelled_note(text) or is_bracketed_note(text) or is_sentence_note(text):
        holder = _note_holder(current, next_number)
        holder.lines.append(text)
        return holder
    elif after_the_tasks and (root.closing_words or _closes_the_plan(current, simplified_aligned(text))):
        root.closing.append(text)
        root.closing_words = True
    elif _lists_another_unit(current.lines[-1], text):
        current.lines[-1] += f"、{text.strip()}"  # 配合单位： / 县委组织部 / 县委宣传部, a unit to a line
    elif ended_by_note(current.lines) and _ends_with_its_note(text):
        current.lines.append(text)  # another measure of the task, with its own units (…。（省司法厅牵头）)
    elif ended_by_note(current.lines) and not is_task_field(text):
        # Text after a node of the plan's first level is that node's in its place, not the plan's closing
        # text, unless it follows the plan's last number and notes no units (本要点自印发之日起施行).
        stays = current.parent is root and (not after_the_tasks or has_note([text]))
        (current if stays else current.parent).closing.append(text)
    else:
        current.lines.append(text)
    return current


def _lists_another_unit(note: str, text: str) -> bool:
    """Whether a line only names a unit (县委宣传部) below a labelled note on its own line, whose list it goes on,
    a unit to a line, as a table's cell copied a line each lists them."""
    return only_names_a_unit(text) and is_labelled_note(note)


def _closes_the_plan(current: _Draft, text: str) -> bool:
    """Whether text after the last task is the plan's closing words (simplified): words that name the plan
    itself, or a charge to all who carry it out after a task that has said its sentence. Under a heading
    (三、加强督查), or in a chapter of the plan's guarantees (四、保障措施), such a charge is its text; in a chapter
    of its supplementary provisions (五、附则), any closing words are."""
    if _SUPPLEMENTARY.search(simplified_aligned(_chapter(current).lines[0])):
        return False
    if _CLOSING.search(text):
        return True
    return bool(_CLOSING_CHARGE.search(text)) and (len(current.lines) > 1 or "。" in current.lines[0]) \
        and not _GUARANTEES.search(simplified_aligned(_chapter(current).lines[0]))


def _chapter(draft: _Draft) -> _Draft:
    """The chapter (a node of the plan's first level) a node is in."""
    while draft.parent is not None and draft.parent.parent is not None:
        draft = draft.parent
    return draft


_SUB_ITEMS = ("p", "r")  # （1）, ①: the numbers a task's own list of measures goes by


def _note_holder(current: _Draft, next_number: Marker | None) -> _Draft:
    """Whose a note on a line of its own is: the open node's, unless that is the last of a list
    (two items or more) none of which has a note, when the note below the list is the node's
    that holds it (1.严格落实决策程序。/ （1）制定目录。/ （2）推行审查。/ 牵头单位：县司法局;
    第二条 … 应当：/ （一）… / （二）… / 责任单位：市司法局), and so on up while that is a sub-item
    ending its own such list (1.… / （1）… / （2）… / ①… / ②… / 责任单位：X is task 1's). A list that goes on
    below the note (… / 2.落实责任。/ 责任单位：镇党委 / 3.…) did not end there: the note is its item's."""
    holder = current
    while _ends_a_list_without_notes(holder, next_number):
        holder = holder.parent
        if holder.marker.family not in _SUB_ITEMS:
            break
    return holder


def _ends_a_list_without_notes(item: _Draft, next_number: Marker | None) -> bool:
    """Whether a numbered paragraph is the last of a list of two or more under a number, none of which has a
    note, that does not go on below (with ``next_number``, the number of the next numbered line)."""
    if item.parent.marker is None or len(item.parent.children) < 2 or item.parent.children[-1] is not item:
        return False
    if next_number and next_number.family == item.marker.family and next_number.value == item.marker.value + 1:
        return False
    return not any(map(_holds_a_note, item.parent.children))


def _holds_a_note(draft: _Draft) -> bool:
    """Whether a node or one under it has a note: a section whose tasks have theirs is no item of a list without
    notes, so a note below the next section is that section's."""
    return has_note(draft.lines) or any(map(_holds_a_note, draft.children))


def _freeze(draft: _Draft, path: tuple[Marker, ...], parent_anchor: str,
            diagnostics: list[Diagnostic], source: str) -> Node:
    seen: dict[str, int] = {}
    children = []
    previous: Marker | None = None
    for child in draft.children:
        _check_sequence(previous, child, diagnostics, source)
        previous = child.marker
        base = "-".join(filter(None, [parent_anchor, anchor_part(child.marker, draft.marker)]))
        seen[base] = seen.get(base, 0) + 1
        anchor = base if seen[base] == 1 else f"{base}-{seen[base]}"
        children.append(_freeze_child(child, path + (child.marker,), anchor, diagnostics, source))
    return Node(label=tuple(m.label for m in path), anchor=parent_anchor, marker=path[-1] if path else None,
                number=_citation(path),
                title="", text="", note="", paragraphs=tuple(draft.lines), children=tuple(children),
                lineno=draft.lineno, closing=tuple(draft.closing))


# A heading whose text is a list of units, not their note: 考核对象, 适用范围, 实施主体, 成员单位.
_LISTS_UNITS = re.compile(r"(?:对象|范围|主体|成员|名单)(?:单位)?$")


# The dash a paragraph's list sets before each paragraph (——深入学习…。（牵头单位：…）), a bullet, no word of it.
_DASH_BULLET = re.compile(f"^[{DASHES}]+[ \u3000]*")


def _freeze_child(draft: _Draft, path: tuple[Marker, ...], anchor: str,
                  diagnostics: list[Diagnostic], source: str) -> Node:
    node = _freeze(draft, path, anchor, diagnostics, source)
    lines, labelled = _cells_apart(brackets_closed(draft.lines))
    if unclosed := _unclosed_note(lines, draft, diagnostics, source):
        labelled.append(unclosed)
    rest = []
    for k, line in enumerate(lines[1:], start=1):
        if is_labelled_note(line):
            labelled.append(line.strip())
        elif k < len(lines) - 1 and is_bracketed_note(line):  # a note in brackets above the text it covers
            labelled.append(trailing_note(line)[1])
        else:
            rest.append(line)
    first, first_note = heading_note(_DASH_BULLET.sub("", lines[0]) if lines[0][:1] in DASHES else lines[0])
    first, opening_note = leading_note(first)
    if noted := note_after_heading(first):  # 加强学习（牵头单位：县司法局）。将…
        title, heading_s_note, text = noted
        opening_note = NOTES_APART.join(filter(None, [opening_note, heading_s_note]))
    else:
        title, text = split_title(first)
    text, *more = _measures(text)
    rest = [*more, *(measure for paragraph in rest for measure in _measures(paragraph))]
    last = rest[-1] if rest else text
    body, note = trailing_note(last)
    if not note and not labelled and not first_note:
        said_before = [title, text, *rest[:-1]] if rest else [title]
        # Under a heading that says its text lists units (考核对象, 实施主体), a bare list of them is that text.
        bare = any(said_before) and not _LISTS_UNITS.search(simplified_aligned(title))
        body, note = sentence_note(last, after_words=bare)
    text, rest, measured = _measures_noted(text, rest, body)
    note = NOTES_APART.join([part.rstrip("。．.") for part in [opening_note, first_note, *measured, note, *labelled]
                             if part])  # a labelled note's full stop ends its sentence, not the note
    if not note and unbalanced_note(last):
        diagnostics.append(Diagnostic(source, draft.lineno, "warning",
                                      f"the responsibility note of {draft.marker.printed} has unbalanced brackets",
                                      "its units are not listed; close the bracket in the text to have them parsed"))
    if rest:
        rest = rest[:-1] + ([body] if body else [])
    else:
        text = body
    if not (note or text or rest) and node.children and names_units_alone(title) \
            and not _LISTS_UNITS.search(simplified_aligned(title)):
        note = title  # a division of the tasks by unit (一、县司法局 / 1.… / 2.…): the tasks under it are its
    return Node(label=node.label, anchor=anchor, marker=draft.marker, number=node.number, title=title, text=text,
                note=note,
                paragraphs=tuple(rest), children=node.children, lineno=draft.lineno, closing=node.closing)


def _unclosed_note(lines: list[str], draft: _Draft, diagnostics: list[Diagnostic], source: str) -> str:
    """The note that the task's last line opens in a bracket it never closes (…。（牵头单位：县司法局), taken off
    that line and warned of: the text lost its closing bracket, as a copy or a garbled line's last character may."""
    if not (left_open := note_left_open(lines[-1]))[1] or trailing_note(lines[-1])[1]:
        return ""
    lines[-1], note = left_open
    diagnostics.append(Diagnostic(source, draft.lineno, "warning",
                                  f"the responsibility note of {draft.marker.printed} never closes its bracket",
                                  "it is read to the end of its paragraph; check the text against the original, "
                                  "which may have lost the closing bracket"))
    return note


def _cells_apart(lines: list[str]) -> tuple[list[str], list[str]]:
    """A task's lines without the cells of units and time limits that end a row of a task table copied without
    its header (1.加强学习。<tab>县司法局<tab>2023年底前), and those cells, each row's as a note."""
    if not has_cells("\n".join(lines)):  # most tasks; one search of all their lines
        return lines, []
    split = [cells_after_words(line) if has_cells(line) and not is_labelled_note(line) else (line, "")
             for line in lines]
    return [words for words, _ in split], [note for _, note in split if note]


def _measures_noted(text: str, rest: list[str], last: str) -> tuple[str, list[str], list[str]]:
    """A task's text and paragraphs without the notes that end each but the last (a measure each, with its own
    units), and those notes with the ones after a sentence that words follow (…。（X牵头）各地要…, left where
    printed): the task's units too. ``last`` is its last paragraph without its own note."""
    earlier = [_split_note(paragraph) if paragraph.rstrip().endswith(_NOTE_CLOSERS)
               else _sentence_noted(paragraph) for paragraph in ([text, *rest[:-1]] if rest else [])]
    if rest:
        text, rest = earlier[0][0], [paragraph for paragraph, _ in earlier[1:]] + [rest[-1]]
    inline = [said for paragraph in ([text, *rest[:-1]] if rest else []) + [last] for said in _inline_notes(paragraph)]
    return text, rest, [*(said for _, said in earlier if said), *inline]


def _sentence_noted(paragraph: str) -> tuple[str, str]:
    """``(words, note)`` of a paragraph whose last sentence only says who does it (…。由县司法局牵头。), else
    ``(paragraph, "")``."""
    if not says_a_role(paragraph):  # most paragraphs
        return paragraph, ""
    words, note = sentence_note(paragraph)
    return (words, note) if words and note else (paragraph, "")


def _measures(paragraph: str) -> list[str]:
    """A paragraph of measures each followed by its note (…统筹结合。（省委编办牵头）全面实行…。（省司法厅牵头）)
    as a paragraph per measure; ``[paragraph]`` unless every part so cut ends with its note."""
    if not _may_run_on_after_a_note(paragraph):  # most paragraphs
        return [paragraph]
    cuts = [found.end() for found in _NOTE_RUN_ON.finditer(fold(paragraph))]
    if not cuts:
        return [paragraph]
    parts = [paragraph[start:end] for start, end in zip([0, *cuts], [*cuts, len(paragraph)])]
    return parts if all(_ends_with_its_note(part) for part in parts) else [paragraph]


def _inline_notes(paragraph: str) -> list[str]:
    """The notes in brackets inside ``paragraph``, in their order: after a sentence that more words follow
    (…规章。（省发展改革委牵头）各地要…), or ending a clause or sentence that more follow (完善公开目录（县政府办牵头），
    加强…), which name who does what the sentence or clause says. Within a sentence only units in roles make a
    note (with（县公安局、县法院）等部门 the units are the sentence's words)."""
    run_on = _may_run_on_after_a_note(paragraph)
    in_sentence = _CLOSED_BEFORE_STOP.search(paragraph) and says_a_role(paragraph)
    if not (run_on or in_sentence):  # most paragraphs
        return []
    folded = fold(paragraph)
    notes = [note for note in _NOTE_RUN_ON.finditer(folded) if is_responsibility(note.group()[1:-1])] if run_on else []
    if in_sentence:
        notes += [note for note in _NOTE_IN_SENTENCE.finditer(folded)
                  if names_units(paragraph[note.start() + 1:note.end() - 1])]
    return [paragraph[note.start() + 1:note.end() - 1] for note in sorted(notes, key=lambda note: note.start())]


def _may_run_on_after_a_note(paragraph: str) -> bool:
    """Whether words follow a bracket after a full stop in ``paragraph``, as printed (as :data:`_NOTE_RUN_ON`
    finds them once the paragraph is folded): most paragraphs end with their note, if they have one."""
    return "。" in paragraph and _NOTE_THEN_WORDS.search(paragraph) is not None


def _split_note(paragraph: str) -> tuple[str, str]:
    """``(words, note)`` of a paragraph that says something and ends with its note, else ``(paragraph, "")``."""
    body, note = trailing_note(paragraph)
    return (body, note) if note and body.strip() else (paragraph, "")


def _add_row_task(root: _Draft, current: _Draft, task: RowTask, lineno: int) -> _Draft:
    """A row's task, in the group open above it; a row that repeats the 序号 above (a merged cell,
    flattened) adds to that task instead. A row that prints no number is counted as a paragraph with
    its note is (family ``n``)."""
    if task.printed and current.marker is not None and current.table_end == task.table_end \
            and current.marker.label == task.number:
        current.lines += task.lines
        return current
    if "." in task.number:  # 1.2, the second row under the group numbered 1, as a dotted number is
        parts = task.number.split(".")
        marker = Marker(f"d{len(parts)}", task.number, int(parts[-1]), task.printed)
    else:
        family = "i" if task.printed else "n"
        marker = Marker(family, task.number, int(task.number), task.printed)
    parent = _open_parent(current, marker.family, root)
    draft = _Draft(marker, lineno, list(task.lines) or [""], parent=parent, table_end=task.table_end)
    parent.children.append(draft)
    return draft


def _citation(path: tuple[Marker, ...]) -> str:
    """How a citation prints a numbering path: 第二章第一节, 二(三)12; a dotted number (2.1.3)
    already prints the levels it is under."""
    parts: list[str] = []
    for marker in path:
        if marker.family in DOTTED:
            parts = parts[:max(0, len(parts) - marker.label.count("."))]
        parts.append(_number_part(marker))
    return _joined(parts)


def _number_part(marker: Marker) -> str:
    """How a citation prints one level: 第二章, 一, (三), 【二】, 12, 2.1, 第一 (第一，), 一是, 01, 任务3, ●2 (the second
    bullet), 第2项 (the second paragraph with its note under a heading that numbers none)."""
    if marker.family in ("pian", "part", "sec", "art", "annex", "box", "o", "y", "z", "t"):
        return "".join(marker.printed.split()).rstrip(",，、:：.．")
    if marker.family == "b":
        return f"{marker.printed}{marker.value}"
    if marker.family == "n":
        return f"第{marker.value}项"
    if marker.family == "h":
        return f"标题{marker.value}"
    if marker.family == "sq":
        return f"【{marker.label}】"
    return f"({marker.label})" if marker.family in ("s", "p") else marker.label


def _joined(parts: list[str]) -> str:
    """A citation's levels as one number, with a dot between two digits (专栏1·2, 附件2·3), where
    they would otherwise read as one number."""
    joined = ""
    for part in parts:
        joined += ("·" if joined[-1:].isdecimal() and part[:1].isdecimal() else "") + part
    return joined


def _check_sequence(previous: Marker | None, draft: _Draft, diagnostics: list[Diagnostic],
                    source: str) -> None:
    """Warn about gaps and repeats among siblings; numbering may restart or continue."""
    marker = draft.marker
    if previous is None or previous.family != marker.family or marker.value == previous.value + 1:
        return
    if marker.family in DOTTED and marker.value == 1 and dotted_above(marker) != dotted_above(previous):
        return  # 1.2 then 2.1: the dotted number above went on, and this one starts again
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

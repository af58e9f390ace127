"""Property tests: arbitrary text never breaks the decoder, cleaner or parser, wrapped or table-only
plans read as they should, and the fast path of folding to simplified agrees with OpenCC."""
from __future__ import annotations

import re

import opencc
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from generator.clean import clean
from generator.corpus import parse_text
from generator.decode import DecodeError, decode
from generator.export import _compact, _csv_cell, _csv_line, _names_csv, _names_json
from generator.layers import NOTES_APART, measures, responsibility
from generator.link import TaskText, Topic, topic_scores
from generator.model import Line
from generator.parse import parse
from generator.script import to_simplified
from generator.wrapping import _WRAP_SLACK, display_width

from conftest import SOURCES

MARKERS = ["一、", "二、", "第一，", "第二、", "一是", "二是", "01", "02 ",
           "（一）", "(二)", "1.", "2、", "3．", "（1）", "①", "第一部分", "专栏1", "专栏2：", "附件：1.", "1.1 ",
           "2.1.1", "●", "◆ ", "任务1：", "措施二、", "【任务3】", "第4项", ""]
WORDS = ["加强行政复议工作。", "深化政务公开", "(市司法局牵头,各区县政府负责)", "[牵头单位:市法制办]", "2024年6月前",
         "100%", "目标:", "《某某规划》", "?", "設(shè)", "(街道)", " ", "。", "（完成时限：每季度）", "某某县人民政府",
         "2023年3月1日", "&ldquo;", "&#10;", "（县司法局*、县财政局）", "注：带*的为牵头单位",
         "以上任务由县司法局牵头，县直各部门配合。", "\t县司法局\t2023年底前", "｜", "  "]
lines = st.lists(st.tuples(st.sampled_from(MARKERS), st.lists(st.sampled_from(WORDS), max_size=6)), max_size=25)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(parts) -> str:
    return "\n".join(marker + "".join(words) for marker, words in parts)


@FAST
@given(st.binary(max_size=300))
def test_decoder_never_crashes(data):
    try:
        text, _ = decode(data, "x.txt")
    except DecodeError as error:
        assert error.diagnostic.source == "x.txt"
    else:
        assert isinstance(text, str) and text.strip()


@FAST
@given(st.text(max_size=300))
def test_cleaner_and_parser_never_crash_on_any_text(text):
    cleaned, _ = clean(text)
    parsed = parse(cleaned.lines, "x.txt")
    assert all(node.anchor for node in parsed.root.walk() if node.marker)


@FAST
@given(lines)
def test_every_leaf_text_is_in_the_source(parts):
    text = _text(parts)
    cleaned, _ = clean(text)
    parsed = parse(cleaned.lines, "x.txt")
    source = "".join(line.text for line in cleaned.lines).replace(" ", "")
    for node in parsed.root.leaves():
        assert node.marker.printed.replace(" ", "") in source
        # A task's notes (after its heading, its last sentence, on lines of their own) are joined by "；".
        for piece in (node.title, node.text, *node.note.split(NOTES_APART), *node.paragraphs):
            assert piece.replace(" ", "") in source
    anchors = [node.anchor for node in parsed.root.walk() if node.marker]
    assert len(anchors) == len(set(anchors))


@FAST
@given(lines)
def test_parsing_is_idempotent_on_cleaned_text(parts):
    cleaned, _ = clean(_text(parts))
    first = parse(cleaned.lines, "x.txt")
    again, _ = clean("\n".join(line.text for line in cleaned.lines))
    second = parse(tuple(Line(line.text, line.lineno) for line in again.lines), "x.txt")
    assert [(n.anchor, n.title, n.text, n.note) for n in first.root.walk()] == \
           [(n.anchor, n.title, n.text, n.note) for n in second.root.walk()]


# Terms that overlap, nest and repeat across topics, as the taxonomy's do (复议 inside 行政复议).
TOPICS = (Topic("fuyi", "", "", "", ("行政复议", "复议", "复议决定")),
          Topic("gongkai", "", "", "", ("政务公开", "公开")), Topic("both", "", "", "", ("复议", "公开", "议决")))
FRAGMENTS = ["行政", "复议", "决定", "政务", "公开", "议", "政", "的", "。"]


@FAST
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.lists(st.sampled_from(FRAGMENTS), max_size=30),
       st.lists(st.sampled_from(FRAGMENTS), max_size=8))
def test_topic_scores_count_every_term_found_in_heading_and_body(title, body, above):
    """A term in the heading counts 2, in the body 1, or 2 where the task has no heading and its body says it
    twice or more (occurrences overlapping too); where that gives no topic 2 or more, each term of the heading
    the task stands under counts 2 as well."""
    task = TaskText("x#1", "".join(title), "".join(body), "".join(above))

    def occurrences(term: str) -> int:
        return sum(task.body.startswith(term, k) for k in range(len(task.body)))

    expected = {}
    for topic in TOPICS:
        score = sum(2.0 for term in topic.terms if term in task.title)
        score += sum(2.0 if not task.title and occurrences(term) >= 2 else 1.0
                     for term in topic.terms if term in task.body)
        if score:
            expected[topic.slug] = score
    if max(expected.values(), default=0.0) < 2.0:
        for topic in TOPICS:
            if score := sum(2.0 for term in topic.terms if term in task.above):
                expected[topic.slug] = expected.get(topic.slug, 0.0) + score
        expected = {topic.slug: expected[topic.slug] for topic in TOPICS if topic.slug in expected}
    assert list(topic_scores(task, TOPICS).items()) == list(expected.items())


TASKS = ["健全依法决策机制", "深化政务公开。", "加强行政复议工作，发挥主渠道作用。", "推行行政执法三项制度"]
UNITS = ["县司法局", "县委编办", "县政府办公室", "各乡镇人民政府"]
DEADLINES = ["2024年底前", "长期坚持", "2025年6月前"]
table_rows = st.lists(st.tuples(st.sampled_from(TASKS), st.sampled_from(UNITS), st.sampled_from(UNITS),
                                st.sampled_from(DEADLINES)), min_size=2, max_size=30)


@FAST
@given(table_rows, st.sampled_from(["\t", " | ", "   ", "\n"]))
def test_a_plan_that_is_a_numbered_task_table_has_a_task_per_row(rows, separator):
    """However the table was copied (tabs, bars, spaces, or a cell per line), each numbered row is
    a task with its own number, its lead unit and its time limit."""
    header = separator.join(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    body = [separator.join([str(k), *row]) for k, row in enumerate(rows, start=1)]
    text = "\n".join(["某某县2024年法治政府建设重点任务分工方案", header, *body, "某某县人民政府办公室", "2024年3月1日"])
    cleaned, fields = clean(text)
    plan = parse(cleaned.lines, "table.txt")
    tasks = plan.root.leaves()
    assert [node.anchor for node in tasks] == [f"i{k}" for k in range(1, len(rows) + 1)]
    assert [node.marker.printed for node in tasks] == [str(k) for k in range(1, len(rows) + 1)]
    duties, found = responsibility(plan.root), measures(plan.root)
    assert [duties[node.anchor].leads for node in tasks] == [(lead,) for _, lead, _, _ in rows]
    # A time limit in words (长期坚持) is the task's deadline as much as a date.
    assert [found.get(node.anchor, ((), ()))[0] for node in tasks] == [(deadline,) for *_, deadline in rows]


GROUPS = ["加强党的领导", "依法全面履行政府职能", "落实法治建设责任", "配合做好立法工作", "完善时间节点管理"]
grouped_rows = st.lists(st.tuples(st.sampled_from(GROUPS), st.lists(
    st.tuples(table_rows.map(lambda rows: rows[0]), st.sampled_from(["", "", "重点任务"])), min_size=1, max_size=3)),
    min_size=1, max_size=3)


@FAST
@given(grouped_rows, st.sampled_from(["\t", " | ", ","]), st.sampled_from(["line", "row"]), st.booleans(),
       st.booleans())
def test_a_grouped_task_table_has_its_groups_and_a_task_per_row_with_its_cells(groups, separator, group_style,
                                                                               remarks, broken):
    """A task table whose groups head its rows, on lines of their own (一、加强党的领导) or as rows (一 | …), with a
    column of remarks many rows leave empty (a copy loses an empty last cell's tab with the line's end), its
    header perhaps broken in a cell (完成 / 时限), copied with tabs, bars or as CSV: each group a chapter, each
    row a task with its lead unit and time limit, whatever the group's words (领导, 责任 name columns too)."""
    group_style = "line" if separator == "," else group_style
    names = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"] + (["备注"] if remarks else [])
    header = separator.join(names)
    if broken and separator == "\t":
        header = header.replace("完成时限", "完成\n时限")
    lines, count = ["某某县2024年法治政府建设重点任务分工方案", header], 0
    for numeral, (group, rows) in zip("一二三", groups):
        lines.append(f"{numeral}、{group}" if group_style == "line"
                     else separator.join([numeral, group] + [""] * (len(names) - 2)).rstrip())
        for (task, lead, partner, deadline), remark in rows:
            count += 1
            cells = [str(count), task.rstrip("。"), lead, partner, deadline] + ([remark] if remarks else [])
            lines.append(separator.join(cells).rstrip(" \t|"))  # a CSV's row keeps its commas
    plan = _plan_of("\n".join(lines) + "\n")
    assert [chapter.title for chapter in plan.root.children] == [group for group, _ in groups]
    rows = [row for _, rows in groups for row, _ in rows]
    duties, found = responsibility(plan.root), measures(plan.root)
    tasks = plan.root.leaves()
    assert [duties[node.anchor].leads for node in tasks] == [(lead,) for _, lead, _, _ in rows]
    assert [found.get(node.anchor, ((), ()))[0] for node in tasks] == [(deadline,) for *_, deadline in rows]


NOTE_FORMS = {  # how a note may be printed, and whether it stands on lines of its own below the task
    "bracket": ("（牵头单位：{lead}；配合单位：{partner}）", False), "roles": ("（{lead}牵头，{partner}配合）", False),
    "sentence": ("由{lead}牵头，{partner}配合。", False), "split": ("（牵头单位：{lead}；\n配合单位：{partner}）", False),
    "lines": ("牵头单位：{lead}\n配合单位：{partner}", True), "lone": ("牵头单位：\n{lead}\n配合单位：\n{partner}", True),
    "square": ("【牵头单位】{lead}\n【配合单位】{partner}", True), "said": ("由{lead}牵头，{partner}配合。", True),
    "timed": ("牵头单位：{lead}；配合单位：{partner}；完成时限：2024年底前", True),
}
PARTNERS = ["县直各部门", "各乡镇人民政府", "县直有关部门"]
noted_tasks = st.lists(st.lists(st.tuples(st.sampled_from(sorted(NOTE_FORMS)), st.sampled_from(UNITS[:3]),
                                          st.sampled_from(PARTNERS), st.booleans()), min_size=1, max_size=4),
                       min_size=1, max_size=3)


@FAST
@given(noted_tasks, st.sampled_from(["lines", "glued", "spaced out"]))
# Two tasks whose sub-items and labelled notes read alike, which a fresh draw found read as a page's second copy of
# its text (the third task had lost them).
@example([[("bracket", "县司法局", "县直各部门", False), ("lone", "县政府办公室", "县直各部门", True),
           ("lone", "县政府办公室", "各乡镇人民政府", True)]], "lines")
def test_each_task_s_note_in_any_form_and_place_gives_it_its_units(chapters, form_of_text):
    """Notes in brackets, roles, a sentence, labelled lines, a label alone above its units, broken across lines,
    after the task's sub-items or not: each task has its own note's units, the chapter none, though the text
    lost its line breaks (where a note after sub-items would end the last one: none are drawn there) or was
    spaced out letter by letter, as text recognition reads a scan."""
    glued = form_of_text == "glued"
    lines, wanted = ["某某县2024年法治政府建设工作要点", "为推进法治政府建设，制定本要点。"], []
    count = 0
    for numeral, tasks in zip("一二三", chapters):
        lines.append(f"{numeral}、主要任务")
        for first, (form, lead, partner, with_items) in zip([True] + [False] * 3, tasks):
            form = "bracket" if first else form  # a chapter's first task noted so: the others' are no list's note
            printed, below = NOTE_FORMS[form]
            note = printed.format(lead=lead, partner=partner)
            count += 1
            items = with_items and below and not glued
            lines.append(f"{count}.加强学习。组织专题学习。" + ("" if below else note))
            lines += ["（1）制定方案；", "（2）组织实施。"] if items else []
            lines += [note] if below else []
            wanted.append(((lead,), (partner,)))
    if form_of_text == "spaced out":
        lines = [" ".join(line) for line in "\n".join(lines).split("\n")]
    text = "\n".join(lines) + "\n"
    plan = _plan_of(text.replace("\n", "") + "\n" if glued else text)
    duties = responsibility(plan.root)
    tasks = [node for node in plan.root.walk() if node.marker and node.marker.family == "i"]
    assert [(duties[node.anchor].leads, duties[node.anchor].partners) for node in tasks] == wanted
    assert all(chapter.note == "" for chapter in plan.root.children)


def _plan_of(text: str):
    cleaned, _ = clean(text)
    return parse(cleaned.lines, "table.txt")


# How a table is laid out with spaces: how text's width is measured, and a space's width. A converter
# gives each character a column; one may set digits half as wide and drift; an editor lines columns
# up on a screen where a Chinese character is two spaces wide.
LAYOUTS = [(len, 1), (display_width, 1), (display_width, display_width(" "))]


def _laid_out(rows: list[tuple[str, str, str, str]], widths: list[int], gap: int, layout, centred: bool,
              spread: bool) -> str:
    """A task table laid out with spaces (``layout``, one of :data:`LAYOUTS`): each column ``widths[c]``
    wide, each cell's text wrapped to it on the lines below its row's first, ``gap`` between columns,
    the names of the header at their columns' starts or ``centred``, perhaps ``spread`` letter by
    letter over the cells that hold them so (重 点 任 务), and the signature right below."""
    measure, space = layout
    def wrapped(text: str, width: int) -> list[str]:
        lines = [""]
        for character in text:
            if lines[-1] and measure(lines[-1] + character) > width:
                lines.append("")
            lines[-1] += character
        return lines

    def laid(cells_of_row: list[str]) -> list[str]:
        columns = [wrapped(cell, width) for cell, width in zip(cells_of_row, widths)]
        out = []
        for depth in range(max(map(len, columns))):
            parts = [column[depth] if depth < len(column) else "" for column in columns]
            out.append("".join(part + " " * round((width + gap - measure(part)) / space)
                               for part, width in zip(parts, widths)).rstrip())
        return out

    names = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    if spread:  # over cells wide enough to hold them so (a name that wraps is not spread)
        names = [" ".join(name) if measure(" ".join(name)) <= width else name for name, width in zip(names, widths)]
    if centred:
        names[1] = " " * round((widths[1] - measure(names[1])) / 2 / space) + names[1]
    lines = laid(names)
    for k, row in enumerate(rows, start=1):
        lines += laid([str(k), *row])
    # The signature aligned to the right, as a converter gives it, right below the table.
    return "\n".join(["某某县2024年法治政府建设重点任务分工方案", *lines, " " * 30 + "某某县人民政府办公室", " " * 32 + "2024年3月1日"])


@FAST
@given(st.lists(st.tuples(st.sampled_from(TASKS), st.sampled_from(UNITS), st.sampled_from(UNITS + [""]),
                          st.sampled_from(DEADLINES)), min_size=1, max_size=12),
       st.integers(6, 24), st.integers(2, 6), st.integers(1, 3), st.sampled_from(LAYOUTS), st.booleans(),
       st.booleans())
# A fresh draw: one row whose units wrap under columns that a character's and an editor's measure both line
# up, the centred header's names telling them apart (its wrapped 办公室 and 局 had gone to the next columns).
@example([("深化政务公开。", "县政府办公室", "县司法局", "2024年底前")], 12, 3, 2, LAYOUTS[2], True, False)
# And one whose wrapped 府 an editor's measure puts right under the lead units' column: by a character's, 县司法局
# and 各乡镇人民政府 read as units where 县司法局府 and 各乡镇人民政 did not.
@example([("健全依法决策机制", "县司法局", "各乡镇人民政府", "2024年底前")], 7, 6, 1, LAYOUTS[1], False, False)
def test_a_task_table_laid_out_with_spaces_has_a_task_per_row_with_its_cells(rows, task_width, unit_width, gap,
                                                                             layout, centred, spread):
    """A table laid out in columns of spaces (pdftotext -layout, pandoc, an editor), its cells wrapped
    in columns of any width and some left empty, its header's names spread out or not, has a task per
    row with its own text, units and time limit."""
    rows[0] = (*rows[0][:2], rows[0][2] or UNITS[0], rows[0][3])  # one row at least fills every column
    widths = [3, task_width, unit_width, unit_width, max(unit_width, 5)]
    plan = parse_text(_laid_out(rows, widths, gap, layout, centred, spread).encode("utf-8"), "table.txt")
    tasks, duties, found = plan.tasks(), responsibility(plan.root), measures(plan.root)
    assert [node.anchor for node in tasks] == [f"i{k}" for k in range(1, len(rows) + 1)]
    assert [(node.title + node.text).rstrip("。") for node in tasks] == [task.rstrip("。") for task, *_ in rows]
    # A unit in both columns leads, and is listed once.
    assert [(duties[node.anchor].leads, duties[node.anchor].partners) for node in tasks] == [
        ((lead,), (partner,) if partner and partner != lead else ()) for _, lead, partner, _ in rows]
    assert [found[node.anchor][0] for node in tasks] == [(deadline,) for *_, deadline in rows]
    assert plan.root.closing == ("某某县人民政府办公室", "2024年3月1日")


# Seeds whose paragraphs are lines (the one-line seed has no lines to wrap).
WRAPPABLE_SEEDS = ["000_6fb7fc662887b81d.txt", "001_a71f8cb072e3e6a7.txt", "003_426eb988c53443db.txt",
                   "004_cc94ab4884ef54dc.txt"]


def _hard_wrapped(text: str, width: int, measure, indent: str, page_lines: int, kinsoku: bool) -> tuple[str, bool]:
    """``text`` as a PDF's text gives it: each paragraph cut into lines of ``width`` (as
    ``measure`` counts), paragraphs perhaps indented two characters (``indent``: "kept", "lost" as a
    converter that drops indents loses those of its body's paragraphs, or "none"), perhaps set as a
    typesetter sets Chinese (``kinsoku``: no line ends in “ or starts with ，, the character before
    moving down with it), and a page number after every ``page_lines`` lines. Also whether a
    paragraph ends within the wrap's slack of the page's edge, where, without indents, nothing tells
    that it ends."""
    out: list[str] = []
    ends_at_edge = False
    before = ""
    for paragraph in text.splitlines():
        # A document sets its titles centred and its addressees flush; a converter that loses indents
        # loses those of the paragraphs of its body, after a sentence's end or opening with a number.
        body = before.endswith(("。", "）", ")", "]", "】", "〕")) or re.match(r"[（(]?[一二三四五六七八九十\d]", paragraph)
        before = paragraph.strip()
        paragraph = ("\u3000\u3000" if indent == "kept" or (indent == "lost" and body) else "") + paragraph.strip()
        lines, line = [], ""
        for ch in paragraph:
            if measure(line + ch) > width:
                carried = ""
                if kinsoku and len(line) > 3 and (line[-1] in "“‘《（" or ch in "，。、；：”’》）"):
                    line, carried = line[:-1], line[-1]
                lines.append(line)
                line = carried
            line += ch
        lines.append(line)
        if indent == "lost":
            lines[0] = lines[0].lstrip("\u3000")
        out.extend(lines)
        ends_at_edge |= measure(line) >= width - _WRAP_SLACK
    if page_lines:
        for page, at in enumerate(range(page_lines, len(out), page_lines + 1), start=2):
            out.insert(at, f"- {page} -")
    return "\n".join(out), ends_at_edge


def _tasks_as_read(plan) -> list[tuple]:
    duties = responsibility(plan.root)
    return [(node.anchor, node.title, duties[node.anchor].leads if node.anchor in duties else ())
            for node in plan.tasks()]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(WRAPPABLE_SEEDS), st.integers(24, 48), st.sampled_from([display_width, len]),
       st.sampled_from(["kept", "lost", "none"]), st.sampled_from([0, 40, 47]), st.booleans())
def test_a_plan_hard_wrapped_at_a_page_width_reads_as_it_did_unwrapped(seed, width, measure, indent, page_lines,
                                                                        kinsoku):
    """A plan as a PDF prints it (its text without web-page chrome, a page number now and then),
    wrapped at any width counted as a PDF prints or in characters, set with or without the rules of
    Chinese typesetting, has the same metadata and tasks (numbers, titles, leads): always where its
    paragraphs are indented, also where a converter lost the indents, and without indents unless a
    paragraph ends at the page's very edge (nothing then tells that it ends)."""
    text = "\n".join(line.text for line in parse_text((SOURCES / seed).read_bytes(), seed).cleaning.lines)
    wrapped_text, ends_at_edge = _hard_wrapped(text, width, measure, indent, page_lines, kinsoku)
    assume(indent == "kept" or not ends_at_edge)
    original = parse_text(text.encode("utf-8"), seed)
    wrapped = parse_text(wrapped_text.encode("utf-8"), seed)
    assert wrapped.cleaning.lines_rejoined > 0
    assert wrapped.meta == original.meta
    assert _tasks_as_read(wrapped) == _tasks_as_read(original)


SCRIPT_SAMPLE = list("法治政府建設设實施綱要纲著乾隆干於于後后髮发裡里臺台𠀋𩸽 ,。（）abc123")


@FAST
@given(st.text(alphabet=st.sampled_from(SCRIPT_SAMPLE), max_size=40))
def test_simplifying_skips_opencc_only_where_it_would_change_nothing(text):
    assert to_simplified(text) == opencc.OpenCC("t2s").convert(text)


ALL_SEEDS = sorted(path.name for path in SOURCES.glob("*.txt"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_SEEDS), st.lists(st.tuples(st.floats(0, 1), st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\xad")),
                                            max_size=40))
def test_characters_that_show_nothing_change_nothing_a_plan_reads_as(seed, insertions):
    """A page copied from the web may carry zero-width characters anywhere, inside numbers,
    headings and units: the plan reads as it does without them."""
    text = (SOURCES / seed).read_bytes().decode("utf-8")
    marked = text
    for where, character in insertions:
        at = int(where * len(marked))
        marked = marked[:at] + character + marked[at:]
    original, invisible = parse_text(text.encode("utf-8"), seed), parse_text(marked.encode("utf-8"), seed)
    assert invisible.meta == original.meta
    assert _tasks_as_read(invisible) == _tasks_as_read(original)


_PLAIN_NAME = st.text(st.sampled_from("abz09#-._"), max_size=8)
# Half of them plain, half with one character that JSON or CSV might have to escape or quote.
_NAMES = st.lists(st.one_of(_PLAIN_NAME, st.tuples(_PLAIN_NAME, st.sampled_from("\",\r\n；行 \\"), _PLAIN_NAME)
                            .map("".join)), max_size=4)


@FAST
@given(_NAMES, _NAMES)
def test_linked_fields_are_written_as_the_json_and_csv_encoders_write_them(topics, equivalents):
    """tasks.json and tasks.csv write plain task ids and slugs without the encoders; anything
    else still goes through them."""
    assert _names_json(equivalents) == _compact(equivalents)
    assert _names_csv(topics, equivalents) == _csv_line([_csv_cell(topics), _csv_cell(equivalents)])


FIGURE_WORDS = ["出庭应诉率", "出庭應訴率", "、", "和", "报备率", "达到", "不少于", "100%", "９５％", "60学时", "兩期", "二十四次",
                "法治专题讲座", "学法活动", "(", ")", "（其中", "，", "。", "以上", " ", "满意率", "2期"]


@FAST
@given(st.lists(st.sampled_from(FIGURE_WORDS), max_size=16))
def test_a_figure_read_for_an_indicator_stands_as_printed_in_the_words_shown_with_it(words):
    """Whatever words surround figures, each reading's figure is in the words shown with it, as printed, and those
    words are the text's own (perhaps shortened, with an ellipsis)."""
    from generator.indicators import INDICATOR_BY_SLUG, figure, readings
    from generator.script import fold

    text = "".join(words)
    for reading in readings(text):
        assert reading.indicator in INDICATOR_BY_SLUG and reading.value >= 0
        assert reading.figure in reading.clause
        assert all(part in fold(text) for part in reading.clause.split("…") if part)
        assert figure(reading).startswith(f"{reading.value:g}")

"""Part of the parse stage: what one numbered paragraph says. Its heading (a short first line or
sentence, or a phrase before a colon), its text, and its note: who is responsible and by when,
in brackets after it (（牵头单位：县司法局）), labelled after its last sentence (。责任单位：…), as its
last sentence (。由县司法局牵头，县委编办配合。) or the clauses that end it (，由县司法局牵头，2023年底前完成。),
or on lines of its own. How the note's words are read is :mod:`generator.layers`'s; here they are only
told apart from the task's own words.
"""
from __future__ import annotations

import re

from .document_parts import LEVEL_LETTERS
from .layers import (ABOVE_THE_TASKS, ANY_LABEL, BRACKETED, EXHORTS, NOTE_LABELS, NOTES_APART, ROLE_LABEL,
                     is_role_in_brackets, is_time_limit, note_label, parse_note, reads_as_unit, without_role)
from .numbering import printed_prefix
from .script import fold, printed_as, simplified_aligned, to_traditional
from .segment import CLAUSE_TAGS, common_words, stock_tokenizer
from .tables import cells as table_cells, has_cells

# The longest title, heading, and heading with a comma in it, in characters.
TITLE_MAX = 60
HEADING_MAX = 40
_HEADING_WITH_COMMA_MAX = 30
# A sentence's end: a full stop, or a half-width one as a text typed with half-width punctuation has it (加强学习,
# 提升能力. 全面推进…), not a decimal's point (2.5亿) or a web address's dots (www.gov.cn).
_FULL_STOP = re.compile(r"。|(?<![\dA-Za-z])\.(?=\s|$|[\u4e00-\u9fff(“])")
# Words by which a bracket is a note: （市司法局牵头）, （各部门各负其责）.
_NOTE_WORDS = re.compile(r"(牵头|负责|负总责|抓落实|配合|责任单位|责任部门|协办|参与单位|各负其责|统筹|主抓)")
# What a sentence giving a task's units says of them.
_ROLE_WORDS = re.compile(r"(牵头|负责|负总责|各负其责|配合|落实|实施|统筹|主抓|协同)")
# A charge to units (各部门要抓好落实, 各乡镇要积极配合), which names none in a role.
_EXHORTS = re.compile(EXHORTS)
# A unit named without a role, as a bare list after a task's last full stop (…。县司法局、县委宣传部。),
# opens with the level it is of (县司法局, 市委宣传部, 各乡镇): 支持设立县法律援助中心 names none.
_UNIT_OF_A_LEVEL = re.compile(f"[{LEVEL_LETTERS}]|各")
# A note given as its own paragraph, or after a task's last full stop, with a label:
# 牵头单位:县政府办  /  …强化执行职责。责任单位:县司法局  /  完成时限:2023年6月底前  /  【牵头单位】县政府办
# / 以上任务牵头单位:县司法局 (below a list, for all its tasks).
_NOTE_LABEL = f"(?:{ABOVE_THE_TASKS})?(?:{note_label(NOTE_LABELS)}|{ROLE_LABEL})"
_LABELLED_NOTE = re.compile(r"^\s*" + _NOTE_LABEL)
_TRAILING_LABELLED_NOTE = re.compile(r"(?:^|(?<=[。;,]))\s*(?=" + _NOTE_LABEL + ")")
# What ends a note's label as printed (责任单位：, 责任单位:, 【牵头单位】), whichever the script.
_LABEL_END = re.compile("[:：】\\]］]")
_OPENERS, _CLOSERS = "([", ")]"
_OPENERS_AS_PRINTED = printed_as(_OPENERS)


def is_bracketed_note(text: str) -> bool:
    """A line that is nothing but a note in brackets: （责任单位：县司法局；完成时限：2023年底前）."""
    return fold(text).lstrip()[:1] in _OPENERS and trailing_note(text)[0] == ""


def is_sentence_note(text: str) -> bool:
    """Whether a line is nothing but a sentence that says who does the task (由县司法局牵头，县直各部门配合。), as a
    note on a line of its own is; below a list, one that gives the units of the tasks above it too
    (以上任务由县司法局牵头，县直各部门配合。)."""
    return says_a_role(text) and sentence_note(text)[0] == ""


def has_note(lines: list[str]) -> bool:
    """Whether a numbered paragraph has a note: a line that is or ends with one, in brackets, labelled, or a
    sentence that only says who does it (…。由县司法局牵头，县直各部门配合。), or its heading's
    (1.加强学习（牵头单位：县司法局）。组织…)."""
    return any(is_labelled_note(line) or trailing_note(line)[1] or sentence_note(line)[1] for line in lines) \
        or note_after_heading(lines[0][len(printed_prefix(lines[0])):]) is not None


def is_task_field(text: str) -> bool:
    """A field of a task that may follow its note on a line of its own (工作目标：…, 具体措施：…)."""
    return bool(ANY_LABEL.match(fold(text).strip()))


def ended_by_note(lines: list[str]) -> bool:
    """Whether a task's text is over: it ends with its note, unless that note ends its heading
    line (1.加强组织领导（牵头单位：县委办）) or stands on lines of its own right under a heading with
    no sentence (（一）加强学习培训 / 牵头单位：县司法局), whose text follows."""
    if not trailing_note(lines[-1])[1]:
        return False
    heading, *below = lines
    if not below:
        return not heading_note(heading)[1]
    words = fold(heading[len(printed_prefix(heading)):]).rstrip("。. ")
    return "。" in words or not all(is_labelled_note(line) or is_bracketed_note(line) for line in below)


def trailing_note(paragraph: str) -> tuple[str, str]:
    """Split ``paragraph`` into ``(body, note)`` at a trailing 责任 bracket or label.

    The note is the last balanced bracket group, with any such groups right
    before it (（牵头单位：县司法局）（配合单位：县委编办）), when it names who is
    responsible: it holds a responsibility word, or every part of it reads as
    the name of a unit. Failing that, it is a labelled sentence after the last
    full stop, outside any bracket (``…职责。责任单位:县司法局``).
    """
    body, note = _bracketed_note(paragraph)
    if not note:
        body, note = cells_after_words(paragraph) if has_cells(paragraph) else _labelled_tail(paragraph)
        return (body, note) if note else _dashed_units(paragraph)
    while (before := _bracketed_note(body))[1]:
        body, note = before[0], f"{before[1]}{NOTES_APART}{note}"
    if not _LABEL_END.search(body, body.rfind("。") + 1):  # most notes: no label in the sentence before them
        return body, note
    before, labelled = _labelled_tail(body)
    if not labelled or "。" in labelled:
        return body, note
    # The bracket closes a labelled last sentence: a role of its last unit (责任单位：县财政局、县司法局（牵头）) or
    # that unit's other name (…、县政府办（县大数据中心）), kept where it is printed, or more of the note
    # (…（完成时限：2023年底前）, …（*为牵头单位）).
    if is_role_in_brackets(note) or _names_its_unit_again(labelled, note):
        return before, paragraph[len(before):].strip().rstrip("。.")
    return before, f"{labelled}{NOTES_APART}{note}"


def _names_its_unit_again(labelled: str, bracketed: str) -> bool:
    """Whether a bracket after a labelled note's last unit is that unit's other name: one unit's name, right after
    the last unit's (县政府办（县大数据中心）)."""
    return reads_as_unit(labelled) and reads_as_unit(bracketed) and not any(mark in bracketed for mark in "、，,；;")


# The most characters a cell of units or a time limit holds (县委宣传部、县司法局、县公安局 … 2023年12月底前).
_NOTE_CELL_MAX = 60


def cells_after_words(paragraph: str) -> tuple[str, str]:
    """Split off the cells after a task's words (parted by tabs, bars or runs of spaces: :func:`tables.cells`) when
    each names units or gives a time limit and one names units: a row of a task table copied without its header
    (1.加强学习。<tab>县司法局<tab>2023年底前). The note is the cells, each as printed."""
    words, *cells = [cell for cell in table_cells(paragraph) if cell] or [""]  # a bar alone (｜) parts no cells
    if not cells or any(len(cell) > _NOTE_CELL_MAX for cell in cells):  # a sentence's words spaced out
        return _labelled_tail(paragraph)
    limits = [is_time_limit(simplified_aligned(fold(cell))) for cell in cells]
    if not words or all(limits) or not all(limit or names_units(cell, bare=True) for cell, limit in zip(cells, limits)):
        return _labelled_tail(paragraph)
    return words, NOTES_APART.join(cells)


def _labelled_tail(paragraph: str) -> tuple[str, str]:
    """Split off a labelled sentence after the last full stop, outside any bracket (``…职责。责任单位:县司法局``)."""
    folded = fold(simplified_aligned(paragraph))
    for found in _TRAILING_LABELLED_NOTE.finditer(folded):
        if _open_brackets(folded[:found.start()]) == 0:
            return paragraph[:found.start()].rstrip(), paragraph[found.start():].strip()
    return paragraph, ""


# Units a dash sets off after a task's words, in the folded text (健全行政决策程序——县政府办).
_DASH_THEN_UNITS = re.compile(r"(?:——?|――?|--)\s*([^—―\-()\[\]]+?)[。.]?$")


def _dashed_units(paragraph: str) -> tuple[str, str]:
    """Split off the units a dash sets off at the end of a task's words, unbracketed and unlabelled, each named
    with its level or in a role (…程序——县政府办, …改革——县委编办牵头)."""
    folded = fold(paragraph)
    found = _DASH_THEN_UNITS.search(folded)
    if not found or _open_brackets(folded[:found.start()]) or not names_units(units := paragraph[
            found.start(1):found.end(1)].strip(), bare=True):
        return paragraph, ""
    return paragraph[:found.start()].rstrip(), units


_DASHES = "—–-－―~～"


def sentence_note(paragraph: str, after_words: bool = False) -> tuple[str, str]:
    """Split off a last sentence that only says who does the task, unbracketed and unlabelled
    (``…。由县政府办公室牵头，县政府各部门配合。``, ``…。县司法局负责。``), with the time limit
    that may follow it (``…。县司法局牵头。2024年6月底前完成。``): it names units in
    roles, and every unit it names reads as a unit's name, so ``各乡镇要切实负责。`` stays. After
    the task's words (another sentence, or ``after_words``: its heading) it may name them bare
    (``…。县司法局、县委宣传部。``), each opening with its level. Failing that, the clauses that end
    the last sentence, after its words, when each of them names units in roles or gives the time
    limit (``推进…改革，由县司法局牵头，各乡镇配合，2023年底前完成。``)."""
    folded = fold(paragraph).rstrip("。 ")
    start = folded.rfind("。") + 1
    if start and is_time_limit(simplified_aligned(folded[start:])):  # …。县司法局牵头。2024年6月底前完成。
        start = folded.rfind("。", 0, start - 1) + 1
    sentence = paragraph[start:len(folded)].strip().lstrip(_DASHES)  # ——县司法局负责: the dash sets the note off
    if not sentence or _open_brackets(folded[start:]):
        return paragraph, ""  # an unclosed bracket is warned of as such
    if names_units(sentence, bare=bool(start or after_words)):
        return paragraph[:start].rstrip(), sentence
    return _trailing_role_clauses(paragraph, folded, start)


def says_a_role(text: str) -> bool:
    """Whether ``text`` has a role word (牵头, 负责 …) in either script: a quick test before reading units in it."""
    return _ROLE_WORDS.search(simplified_aligned(text)) is not None


def names_units(sentence: str, bare: bool = False) -> bool:
    """Whether ``sentence`` only names units, in roles (县司法局牵头) or, where ``bare``, each opening with
    its level (县司法局、县委宣传部); a charge to units (各部门要抓好落实) names none."""
    in_roles = says_a_role(sentence)
    if not (in_roles or bare) or _EXHORTS.search(simplified_aligned(sentence)):
        return False
    units = parse_note(sentence)
    named = units.leads + units.partners
    return bool(named) and all(reads_as_unit(unit) and (in_roles or _UNIT_OF_A_LEVEL.match(unit)) for unit in named)


def names_units_alone(text: str) -> bool:
    """Whether ``text`` only lists units, each named with its level (县司法局, 县委编办、县司法局), in no roles: no
    label of a note (牵头单位) nor words of a task's own. (Its first letter tells most text apart at once.)"""
    return bool(_UNIT_OF_A_LEVEL.match(text.lstrip())) and not says_a_role(text) and names_units(text, bare=True)


def _trailing_role_clauses(paragraph: str, folded: str, start: int) -> tuple[str, str]:
    """Split off the clauses that end the sentence from ``start`` when each names units in roles or gives
    a time limit, and one names units, with words of the task's own before them."""
    commas = [found.start() for found in re.finditer(",", folded) if found.start() >= start
              and not _open_brackets(folded[start:found.start()])]
    split, named = len(folded), False
    for comma in reversed(commas):
        clause = paragraph[comma + 1:split].strip()
        names = names_units(clause)
        if not (names or is_time_limit(simplified_aligned(fold(clause)))):
            break
        split, named = comma, named or names
    return (paragraph[:split].rstrip(), paragraph[split + 1:len(folded)].strip()) if named else (paragraph, "")


def brackets_closed(lines: list[str], reach: int = 2) -> list[str]:
    """Lines with a bracket that a following line closes, within ``reach`` lines, joined as the
    one paragraph they are: a note broken after its first label (``…。（牵头单位：县委办；`` /
    ``配合单位：县直各部门）``). A bracket that no near line closes is left open (and warned of)."""
    joined: list[str] = []
    k = 0
    while k < len(lines):
        end, depth = k, _open_brackets(fold(lines[k]))
        for j in range(k + 1, min(len(lines), k + 1 + reach)) if depth > 0 else ():
            depth += _open_brackets(fold(lines[j]))
            if depth == 0:
                end = j
                break
        joined.append("".join(lines[k:end + 1]))
        k = end + 1
    return joined


def leaves_a_bracket_open(line: str) -> bool:
    """Whether a line opens a bracket it does not close, for a line below to close (a note broken across lines,
    ``…（牵头单位：县发改局（县粮食和物资储备局）`` / ``）``)."""
    return _open_brackets(fold(line)) > 0


def _open_brackets(folded: str) -> int:
    """Brackets opened and not closed in ``folded`` (negative: closed more than opened)."""
    return sum(folded.count(ch) for ch in _OPENERS) - sum(folded.count(ch) for ch in _CLOSERS)


def _bracketed_note(paragraph: str) -> tuple[str, str]:
    """``(body, note)`` of a paragraph that ends with a bracket naming who is responsible, a full stop or a
    semicolon after it as a list's item ends (…目录（牵头单位：县政府办）；), else ``(paragraph, "")``."""
    folded = fold(paragraph).rstrip("。.; \u3000")
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


def is_labelled_note(paragraph: str) -> bool:
    return bool(_LABELLED_NOTE.match(fold(simplified_aligned(paragraph))))


# A note's label alone on its line, folded, its value on the line below (牵头单位： / 县司法局), as a table's cells
# copied a line each leave it.
_LONE_LABEL = re.compile(r"\s*" + _NOTE_LABEL)
_LONE_LABEL_MAX = 12


def is_lone_label(text: str) -> bool:
    """Whether a line is only a note's label (牵头单位：, 【完成时限】), its value on the next line."""
    return len(text) <= _LONE_LABEL_MAX and text.rstrip()[-1:] in ":：]】］" \
        and bool(_LONE_LABEL.fullmatch(fold(simplified_aligned(text))))


def unbalanced_note(paragraph: str) -> bool:
    """A trailing bracket group that names units but never closes (or opens)."""
    folded = fold(paragraph)
    tail = folded[folded.rfind("。") + 1:] if "。" in folded[:-1] else folded
    return _open_brackets(tail) != 0 and bool(_NOTE_WORDS.search(simplified_aligned(tail)))


def note_left_open(paragraph: str) -> tuple[str, str]:
    """``(body, note)`` of a paragraph whose last bracket opens a note and runs to its end unclosed, its closing
    bracket lost in copying (…组织培训。（牵头单位：县司法局), or garbled (…配合�, …配合�?); else ``(paragraph, "")``. Only a
    task's last paragraph is read so: a line of a note broken inside its bracket has its closing bracket below."""
    folded = fold(paragraph).rstrip("。.; \u3000")
    opened = max(map(folded.rfind, _OPENERS))
    if opened < 0 or _open_brackets(folded) != 1 or _open_brackets(folded[opened:]) != 1:
        return paragraph, ""
    inner = paragraph[opened + 1:len(folded)].rstrip("\ufffd?")  # a lost character, marked so as it was read back
    return (paragraph[:opened].rstrip(), inner) if inner and is_responsibility(inner) else (paragraph, "")


def _says_roles(simple: str) -> bool:
    """Whether a note, folded and simplified, says who does what by a role word or a label (县司法局牵头,
    责任单位：…, 完成时限：…), beyond naming units."""
    return bool(_NOTE_WORDS.search(simple) or _LABELLED_NOTE.match(simple))


def is_responsibility(inner: str) -> bool:
    """Whether a bracket's ``inner`` text is a task's note: it names who does the task (a role word,
    or only units' names, maybe with a time limit: 县司法局、县公安局，2023年底前), or it opens with a
    note's label, a time limit's too (完成时限：2023年底前)."""
    simple = fold(simplified_aligned(inner))
    if _says_roles(simple):
        return True
    parts = [p for p in re.split(r"[,、;\s]", BRACKETED.sub("", simple)) if p.strip()]  # 县司法局 2023年底前 too
    # each in its role (县政数局落实, 县司法局指导), a list's closing 等 no part of the last (县司法局、各县区政府等)
    units = [without_role(p).removesuffix("等") for p in parts if not is_time_limit(p)]
    return bool(units) and all(reads_as_unit(p) for p in units)


# A heading run into its text after a colon: 深化行政审批制度改革：全面清理…。, “互联网+监管”工程：…, “12345”热线：….
# Not a lead-in to a list (重点抓好以下工作：…, 具体要求如下：…), nor a note's label.
_COLON_HEADING = re.compile(r"^([\u4e00-\u9fff“”‘’《》、+0-9A-Za-z]{4,20}?)\s*:\s*(?=\S)")
# A heading set apart from its text by a space, as a line break becomes one in text copied from a page
# (总体要求 坚持以…): Chinese words on either side, which a sentence never parts by a space.
_SPACED_HEADING = re.compile(r"^([\u4e00-\u9fff]{4,20})[ \u3000]+(?=[\u4e00-\u9fff“《])")
# A chapter's heading as plans word one (总体要求, 主要任务, 保障措施 …), in simplified script, which a page that lost
# its line breaks runs into the chapter's first sentence (一、总体要求坚持以…，…。), as does a line that sets nothing
# between them.
_CHAPTER_HEADING_WORDS = ("总体要求", "指导思想", "基本原则", "工作原则", "主要目标", "工作目标", "总体目标", "目标任务",
                          "主要任务", "重点任务", "工作任务", "重点工作", "工作重点", "主要措施", "工作措施", "具体措施",
                          "保障措施", "组织保障", "组织领导", "组织实施", "工作要求", "实施步骤", "工作步骤", "职责分工",
                          "任务分工", "有关要求", "相关要求", "督促检查", "考核评估")
_CHAPTER_HEADING = re.compile(rf"^(?:{'|'.join(_CHAPTER_HEADING_WORDS)})(?=[\u4e00-\u9fff“《][^。]{{3}})")
# The letters such a heading opens with, in either script: most paragraphs open with none.
_CHAPTER_HEADING_OPENS = frozenset(letter for word in _CHAPTER_HEADING_WORDS
                                   for letter in (word[0], to_traditional(word[0])))
# A heading set in square brackets before its text, folded: [深化放管服改革]全面推行….
_BRACKETED_HEADING = re.compile(rf"^\s*\[([^\[\]。]{{2,{HEADING_MAX}}})\]")
# Words that lead into what a colon opens rather than head it (主要任务是：, 工作要求：, 牵头单位：); 行为 and 作为, and
# 实事求是, are words of a heading (规范执法行为：…).
_LEAD_IN = re.compile(r"以下|如下|(?:要求|做到|包括|单位|部门|时限|领导|(?<![行作])为|(?<!求)是|有)$")


def split_title(paragraph: str) -> tuple[str, str]:
    """``(title, rest)``: the opening phrase when it reads as a heading.

    A phrase in square brackets before the text is the heading (【深化放管服改革】全面推行…), as is
    a short phrase ended by a colon (深化行政审批制度改革：全面清理…); a short
    line with no full stop is all heading; otherwise the first sentence is the heading when it
    is short and has at most one comma.
    """
    folded = fold(paragraph)
    if (heading := _BRACKETED_HEADING.match(folded)) and folded[heading.end():].strip():
        return paragraph[heading.start(1):heading.end(1)].strip(), paragraph[heading.end():].strip()
    if (heading := _COLON_HEADING.match(folded)) and not _LEAD_IN.search(simplified_aligned(heading.group(1))):
        return paragraph[:heading.end(1)].strip(), paragraph[heading.end():].strip()
    if heading := _SPACED_HEADING.match(folded):
        return paragraph[:heading.end(1)], paragraph[heading.end():].strip()
    if folded[:1] in _CHAPTER_HEADING_OPENS and (heading := _CHAPTER_HEADING.match(simplified_aligned(folded))) \
            and _a_sentence_opens_at(folded, heading.end()):
        return paragraph[:heading.end()], paragraph[heading.end():].strip()
    stop = _FULL_STOP.search(folded)
    end = stop.start() if stop else -1
    if end < 0:  # a heading on a line of its own, without the stop that leads on to what follows (总体要求：)
        return (paragraph.strip().rstrip("：:；;，,、"), "") if len(folded) <= TITLE_MAX else ("", paragraph)
    sentence = folded[:end]
    commas = len(re.findall(r"[,;]", sentence))
    limit = HEADING_MAX if commas == 0 else _HEADING_WITH_COMMA_MAX if commas == 1 else 0
    if 0 < len(sentence) <= limit and not sentence.endswith(":"):
        return paragraph[:end].strip(), paragraph[end + 1:].strip()
    return "", paragraph


def _a_sentence_opens_at(folded: str, end: int) -> bool:
    """Whether a sentence opens at ``end`` of ``folded`` (总体要求|坚持以…。, 组织实施|各乡镇要…。): the tokenizer ends a
    word there and opens the next with a clause's word (a verb, adverb, preposition …, or a letter that opens one,
    各, 以, 到 …), and a full stop or comma ends a clause of six letters or more; not in 组织领导小组…, whose word runs
    on, nor 重点工作任务清单…, whose next word is a noun, nor 主要任务完成情况。, too short for a clause."""
    stop = _FULL_STOP_OR_COMMA.search(folded, end)
    if not stop or stop.start() - end < _CLAUSE_MIN:  # 主要任务完成情况。 is a heading
        return False
    start = 0
    for token in stock_tokenizer().cut(simplified_aligned(folded[:end + _NEXT_WORD_MAX]), HMM=False):
        if start == end:
            return token[0] in _CLAUSE_OPENERS or token in common_words(CLAUSE_TAGS)
        start += len(token)
        if start > end:
            return False
    return False


_FULL_STOP_OR_COMMA = re.compile("[。,]")
_CLAUSE_MIN = 6  # characters: a clause says more than a heading's last words (坚持党的领导, not 完成情况)
# Letters that open a clause as words of their own, or the words they open (各单位): jieba's common words are two
# letters long at least. Not 为, which says what the heading is (主要任务为…).
_CLAUSE_OPENERS = frozenset("各以到要由在把将对按经")
_NEXT_WORD_MAX = 6  # characters: as long as the word after a heading may be (领导小组, 坚持)


# Units before a colon that open a task's words, as a division of tasks by unit prints them (县司法局：牵头推进…).
_UNITS_MAX = 44
_UNITS_BEFORE_COLON = re.compile(rf"\s*([^:。,;()\[\]]{{2,{_UNITS_MAX - 4}}}?)\s*:\s*(?=\S)")


def leading_note(text: str) -> tuple[str, str]:
    """``(rest, note)`` when a task's words open with its note in brackets (【县司法局】加强…,
    【牵头单位：县司法局】加强…) or with its units and a colon (县司法局、县委编办：推进…), else ``(text, "")``."""
    if text.lstrip()[:1] not in _OPENERS_AS_PRINTED:  # most tasks, without folding them
        return _units_before_colon(text)
    folded = fold(text)
    stripped = len(folded) - len(folded.lstrip())
    depth = 0
    for k in range(stripped, len(folded)):
        depth += (folded[k] in _OPENERS) - (folded[k] in _CLOSERS)
        if depth == 0:
            inner = text[stripped + 1:k]
            return (text[k + 1:].lstrip(), inner) if is_responsibility(inner) and folded[k + 1:].strip() else (text, "")
    return text, ""


def _units_before_colon(text: str) -> tuple[str, str]:
    """``(rest, units)`` when ``text`` opens with units, each named with its level, and a colon; no label of a
    note (牵头单位：) nor words of a task's own."""
    if "：" not in text[:_UNITS_MAX] and ":" not in text[:_UNITS_MAX]:  # most tasks
        return text, ""
    found = _UNITS_BEFORE_COLON.match(fold(text))
    if not found or not names_units_alone(units := text[found.start(1):found.end(1)]):
        return text, ""
    return text[found.end():], units


# A heading that its note in brackets ends, before the task's text, folded: 加强学习（牵头单位：县司法局）。将…,
# 加强培训（县司法局牵头）；每年…
_BRACKET_OPENS = re.compile(f"[{re.escape(_OPENERS_AS_PRINTED)}]")
_HEADING_THEN_BRACKET = re.compile(rf"([^。()\[\]]{{2,{HEADING_MAX}}})[(\[]([^()\[\]]+)[)\]][。.;]?\s*(?=\S)")


def note_after_heading(text: str) -> tuple[str, str, str] | None:
    """``(heading, note, text)`` when a task's words open with a heading its note in brackets ends and
    go on with its text (加强学习培训（牵头单位：县司法局）。将法治教育…, 推进政务公开【责任单位：县政府办】
    完善…); else None. A note that a comma follows sits in the first sentence (推进政务公开（县政府办负责），
    及时公开…), which is split as if it were not there. Before words with no stop between, a bracket of
    units is a note only when it says their roles."""
    if not _BRACKET_OPENS.search(text, 0, HEADING_MAX + 1):  # most tasks, without folding them
        return None
    folded = fold(text)
    found = _HEADING_THEN_BRACKET.match(folded)
    if not found or not is_responsibility(found.group(2)):
        return None
    note, after = text[found.start(2):found.end(2)].strip(), folded[found.end(2) + 1]
    if after == ",":
        title, rest = split_title(text[:found.end(1)] + text[found.end():])
        return title, note, rest
    if after not in "。.;" and not _says_roles(fold(simplified_aligned(note))):
        return None  # units that words run on from are the heading's (推进乡镇（各街道）综合执法改革)
    return text[:found.end(1)].strip(), note, text[found.end():].strip()


def heading_note(line: str) -> tuple[str, str]:
    """A numbered line without its number, split as ``(heading, note)`` when it is a heading that
    ends with its note (1.加强组织领导（牵头单位：县委办）), whose text follows on the lines below;
    ``(line, "")`` for a line with sentences of its own."""
    first = line[len(printed_prefix(line)):]
    return trailing_note(first) if "。" not in fold(first).rstrip("。. ") else (first, "")

"""Annotation layers beside the tree (after regulations-parser's ``layer/``).

Each layer walks a plan's tree and returns ``{anchor: annotation}`` without
touching the tree, so each can be tested alone and added to independently.

* :func:`responsibility` — who leads (牵头) and who takes part (配合/责任单位).
* :func:`measures` — deadlines (``2024年6月前``) and quantitative targets
  (``100%``, ``不少于40学时``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from .document_parts import DAY, SPAN
from .model import Node
from .numbering import years_in_figures
from .script import fold, simplified_aligned

T = TypeVar("T")

# The labels a responsibility note uses (the parser also finds notes by them), written
# `牵头单位:` or in brackets, `【牵头单位】`.
LEAD_LABELS = ("主要责任单位", "牵头责任单位", "牵头单位", "牵头部门", "主责单位", "主责部门", "主办单位",
               "牵头处室", "牵头科室", "牵头股室")  # a department's own plan names its divisions (处室, 科室, 股室)
PARTNER_LABELS = ("责任单位", "责任部门", "责任主体", "实施主体", "落实主体", "实施单位", "承办单位", "配合部门", "配合单位", "协办单位",
                  "参与单位", "参与部门", "协助单位", "协同单位", "协同部门", "协作单位", "责任处室", "责任科室",
                  "配合处室", "配合科室", "责任股室", "配合股室")
TIME_LABELS = ("完成时限", "完成时间", "完成期限", "实施期限", "实施时间", "办结时限", "时间节点", "时限要求", "时间要求")
# Labels of the people who answer for a task (责任领导:张三), which name no unit.
PERSON_LABELS = ("牵头领导", "责任领导", "分管领导", "责任人", "联系人")
# Labels of the units that oversee a task (督办单位：县委依法治县办), which name none that does it.
OVERSEER_LABELS = ("督办单位", "督办部门", "督导单位", "督查单位", "督促单位")
NOTE_LABELS = LEAD_LABELS + PARTNER_LABELS + TIME_LABELS + PERSON_LABELS + OVERSEER_LABELS
# What parts the notes of one task that the parser puts together, as a note printed whole parts its
# clauses (牵头单位：县委编办；完成时限：2023年底前).
NOTES_APART = "；"
# Role words used as labels, before a colon only (牵头：县司法局；配合：县公安局; 主办：…；协办：…; 主责：…；协同：…;
# 负责为… is a sentence).
_LEAD_WORDS = ("牵头", "主办", "主责")
_PARTNER_WORDS = ("配合", "参与", "协助", "协办", "协同")
ROLE_LABEL = rf"(?:{'|'.join(_LEAD_WORDS + _PARTNER_WORDS)}|责任|负责)\s*:\s*"
# What may open a note printed below a list, for all the tasks above it (以上任务牵头单位：县司法局, 上述工作责任单位:),
# folded: it names no unit.
ABOVE_THE_TASKS = r"(?:以上|上述)(?:各项|所列|几项)?(?:任务|工作|措施|事项)?的?"
_ABOVE_THE_TASKS = re.compile(ABOVE_THE_TASKS)


def note_label(labels: tuple[str, ...]) -> str:
    """A pattern for any of ``labels`` as a note prints it, folded: ``牵头单位:``, ``[牵头单位]``,
    ``牵头单位为``, or set off by a space from the unit it names (``牵头单位　县委办``, as tables copied
    to text print it)."""
    either = "|".join(labels)
    return rf"(?:\[(?:{either})\]|(?:{either})\s*:|(?:{either})(?:\s*为|\s+)(?=[\u4e00-\u9fff]))\s*"


_LEAD_LABEL = re.compile("^" + note_label(LEAD_LABELS + _LEAD_WORDS))
# Besides the labels listed, any other label of units (联动部门:, 参加处室:) names units that take part.
_PARTNER_LABEL = re.compile("^(?:" + note_label(PARTNER_LABELS + _PARTNER_WORDS) + r"|(?:责任|负责)\s*:\s*"
                            r"|[\u4e00-\u9fff]{2,4}(?:单位|部门|处室|科室|股室):\s*)")
# Role words at a clause's end (X牵头, Y按职责分工负责), or in brackets after a unit (X（牵头）).
# The share a unit is given before its role: 按职责分工, 按照职责, 按分工 (…分别牵头, …负责), 按照干部管理权限 (…负责).
_BY_SHARE = r"按照?(?:职责分工|职责|分工|[\u4e00-\u9fff]{0,8}?权限)"
# A unit that coordinates (统筹), takes charge (主抓, 主办, 主责) or guides the others (指导) leads too, as does one named
# so (X为牵头单位); one that works with it (协同, 协办) or organises the work (组织实施) helps (X为责任单位).
# A unit that supports the work (县财政局予以保障, 做好经费保障) helps.
_SUPPORTING = r"(?:予以|做好|提供)(?:经费)?(?:保障|支持)"
_LEAD_ROLE = (rf"(?:{_BY_SHARE})?(?:共同|分别|负责)?牵头(?:负责|抓好落实|落实)?|负总责|总牵头|统筹(?:协调|推进|负责|指导)?|主抓|主办|主责"
              r"|(?:督促|业务)?指导|为牵头(?:单位|部门)")
_PARTNER_ROLE = (rf"{_BY_SHARE}(?:分别)?(?:负责|抓好落实|落实)|分工负责|分别负责|具体负责|共同负责|各负其责"
                 r"|(?:配合|协助|参与|协同|协办)(?:落实|实施|推进)?|(?:具体|组织)(?:实施|落实)|抓好?落实|负责落实|负责|落实"
                 rf"|{_SUPPORTING}"
                 r"|为(?:责任|配合|参与|协办|实施)(?:单位|部门|主体)")
# How a clause may say a unit is to take its role, which is no part of its name: 各乡镇要积极配合, 县司法局认真负责.
_MANNER = r"(?:要|应当?|须)?(?:积极|主动|认真|全力|密切|大力|切实|全面)?"
_LEAD_SUFFIX = re.compile(f"{_MANNER}({_LEAD_ROLE})$")
_PARTNER_SUFFIX = re.compile(f"{_MANNER}({_PARTNER_ROLE})$")


def without_role(clause: str) -> str:
    """A clause of a note (folded and simplified) without the role it ends with: 县司法局 of 县司法局牵头, 县政数局落实."""
    found = _LEAD_SUFFIX.search(clause) or _PARTNER_SUFFIX.search(clause)
    return clause[:found.start()] if found else clause
# A role in brackets after a list that each or all of its units take (X、Y（按职责分工分别牵头）, （共同牵头）).
_EACH_LEADS = re.compile(rf"[（(]\s*((?:{_BY_SHARE})?(?:分别|共同)牵头(?:负责)?)\s*[）)]")
# X会同Y负责: X leads, together with Y.
_TOGETHER = re.compile(r"会同")
# A note's labels of its time limit, with those that label one only within a note (时限:全年, 时间:2023年底前).
_NOTE_TIME_LABELS = TIME_LABELS + ("时限", "时间")
# Labelled parts of a note that name no unit that does the task: 完成时限:2020年12月底前, 责任领导:张三,
# 督办单位:县委依法治县办.
_OTHER_LABEL = re.compile("^" + note_label(_NOTE_TIME_LABELS + PERSON_LABELS + OVERSEER_LABELS))
# A labelled clause of another kind (工作要求：…), which names no unit, folded.
ANY_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}:")
# A clause that is a time, not a unit: 2023年底前完成, 长期坚持.
_TIME_CLAUSE = re.compile(r"^(\d{4}\s*年|长期|持续)")
# A remark among a note's clauses, which names no unit: 详见分解任务表, 下同.
_REMARK_CLAUSE = re.compile(r"^(?:详见|参见|具体见|见附件|下同|同上)")
# How the name of a unit (a bureau, office, committee, township …) ends (see UNIT_END).
_UNIT_ENDINGS = ("局", "办", "委", "部门", "政府", "中心", "院", "会", "所", "室", "厅", "处", "队", "部", "股", "园区", "镇", "乡",
                 "街道", "单位", "机关", "小组", "组", "站", "社", "分局", "公司", "集团", "法院", "检察院", "机构", "办公室",
                 "管委会", "社区", "(?<=各|政)村",  # 各村, 各行政村: a township's
                 "联", "协", "校", "馆")  # 县妇联, 县工商联, 县科协, 县政协, 县委党校, 县档案馆
# Where one labelled part of a note ends without a separator: before a bracketed label
# (…县委依法治县办【责任单位】…), a label after a space (县委编办　配合单位:…, 县委编办　配合单位　县司法局), or a label
# and its colon right after a unit's name, or the bracket that closes its other name, as a plan that lost its line breaks
# runs them on (牵头单位：县委宣传部配合单位：…, …县政府办（县大数据中心）配合单位：…; not 主要责任单位:, a longer label).
_UNSEPARATED_LABEL = re.compile(r"(?<=[^;,\s])(?=\[(?:" + "|".join(NOTE_LABELS) + r")\])"
                                r"|\s+(?=(?:" + "|".join(NOTE_LABELS) + r")(?:\s*:|\s+[\u4e00-\u9fff])|" + ROLE_LABEL + ")"
                                rf"|(?<=[{''.join(sorted({ending[-1] for ending in _UNIT_ENDINGS}))})])(?=(?:"
                                + "|".join(NOTE_LABELS) + r")\s*:)")
_HELPING = re.compile(rf"(配合|协助|参与|协同|协办|{_SUPPORTING})")
# A role in brackets after a unit: 市司法局（牵头）、市直有关部门 / 市委编办、市司法局（按职责分工负责）,
# also as a label's word (（牵头单位）, （配合部门）) or only the unit's share (（按职责分工）, （按照干部管理权限）);
# in square brackets too (县政府办〔牵头〕, 【牵头】), folded.
_BRACKETED_ROLE = re.compile(rf"[(\[]\s*({_LEAD_ROLE}|{_PARTNER_ROLE}|(?:牵头|配合)(?:单位|部门)|主责|按照?职责(?:分工)?"
                             r"|按照?[\u4e00-\u9fff]{0,8}?权限)\s*[)\]]$")
# The convention that a list's first unit leads, said in the note (or once in the plan):
# （排在第一位的为牵头单位）, （列第一位的为牵头部门）.
# A convention's words never cross a separator: 县财政局；排在第一位的… keeps 县财政局.
_CONVENTION_OPENS = r"\(?(?:注\s*:\s*)?[^()、,;。:]"
FIRST_LEADS = re.compile(_CONVENTION_OPENS + r"{0,6}(?:第一|首)(?:位|个)[^()]{0,4}(?:为|是)?牵头(?:单位|部门)?\)?")
# Marks set after (or before) a unit's name to say that it leads: 县司法局*、县委组织部, ★县司法局.
LEAD_MARKS = "*＊★☆▲△※"
# The convention that a marked unit leads, said in the note or once in the plan:
# （*为牵头单位）, 注：带*的为牵头单位, 标★者为牵头部门, 加*号的是牵头单位.
MARKED_LEADS = re.compile(rf"{_CONVENTION_OPENS}{{0,4}}?[{re.escape(LEAD_MARKS)}]\s*号?\s*(?:的|者)?(?:单位|部门)?"
                          r"\s*(?:为|是)\s*牵头(?:单位|部门)?\)?")
# What may open a clause before the unit it names: 由X牵头, 此项工作由X负责, 以上任务由X牵头, 具体工作由X负责, 具体由X负责.
_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?(?:工作|任务)|具体)?由")
_ET_CETERA = re.compile(r"等(?=[^等]{2,})")
# What may follow 等 without naming anyone: 市财政局等部门, 市司法局等10个单位, 等有关单位.
_OTHERS = re.compile(r"^(?:[\d一二三四五六七八九十]+个)?(?:其他|其它|各|有关|相关)?(?:职能)?(?:部门|单位)$")


@dataclass(frozen=True)
class Responsibility:
    """Units named in a task's note: ``leads`` (牵头) and ``partners`` (配合/责任)."""

    leads: tuple[str, ...]
    partners: tuple[str, ...]


# How the name of a unit (a bureau, office, committee, township …) ends.
UNIT_END = re.compile(f"({'|'.join(_UNIT_ENDINGS)})$")
# A bracket and what it holds, folded: a unit's alternative (各乡镇（街道）, 各县（市、区）), a remark.
BRACKETED = re.compile(r"\([^()]*\)")


# What says which places a name takes in or leaves out (乡镇（含街道）, 不含开发区), where a unit's name would be.
_INCLUDING = re.compile(r"^(?:含|包括|包含|不含|不包括|除)")


# What a sentence says and no unit's name holds: what its subject must do, or by when
# (市政府各部门要于2022年12月10日前将…报送市委依法治市办 ends as a unit's name does).
EXHORTS = r"要|应当|必须|务必"  # 各部门要抓好落实: a charge, which names no unit in a role
_SENTENCE_WORDS = re.compile(rf"{EXHORTS}|报送|上报|\d\s*[年月日]")


def reads_as_unit(name: str) -> bool:
    """Whether ``name`` ends as a unit's name does (县司法局, 各乡镇（街道）, what is bracketed
    aside): a name before the kind of unit, so a bare kind (街道, 办公室) names none, nor does what
    a bracket says a place takes in (含街道), nor a sentence."""
    simple = BRACKETED.sub("", fold(simplified_aligned(name))).strip(f" {LEAD_MARKS}")
    found = UNIT_END.search(simple)
    return (found is not None and found.start() > 0 and not _INCLUDING.match(simple)
            and not _SENTENCE_WORDS.search(simple))


def split_units(text: str) -> list[str]:
    """Split a list of units at 、，及 and 等, never inside brackets."""
    units, depth, start = [], 0, 0
    folded = fold(text)
    for k, ch in enumerate(folded):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in "、,;" or (ch == "及" and 0 < k < len(folded) - 1 and k - start >= 2)):
            units.append(text[start:k])
            start = k + 1
    units.append(text[start:])
    result = []
    for unit in units:
        first, *others = _ET_CETERA.split(unit)
        result.append(first)
        result.extend(other for other in others if not _OTHERS.match(fold(simplified_aligned(other)).strip()))
    # A list's closing 等 (市司法局等按职责分工负责) is no part of the last unit's name.
    named = [unit.strip(" \u3000:：").removesuffix("等").rstrip(" \u3000") for unit in result]
    return _sharing_their_organ([piece for unit in named if unit for part in _apart_by_spaces(unit)
                                 for piece in _apart_at_and(part)])


# Places named by their level alone (市, 各市（州）, 县市区), folded, their brackets aside, and the organ that
# places so listed may share, named once after the last (各市（州）、县（市、区）人民政府).
_LEVELS = re.compile(r"各?[省市州县区旗盟乡镇街道]{1,4}")
_LEVELS_MAX = 12
_LEVEL_ENDS = "省市州县区旗盟乡镇道縣區鄉鎮)）"
_SHARED_ORGAN = re.compile(r"(?:(?:两|三|四)级)?(?:人民政府|政府|党委和政府|党委政府|党委|管委会)$")


def _sharing_their_organ(units: list[str]) -> list[str]:
    """Places listed by their level before the last, which names the organ they share: each that organ
    (各市（州）、县（市、区）人民政府 → 各市（州）人民政府, 县（市、区）人民政府), or all one where the organ
    counts their tiers (市、县两级政府)."""
    shared: list[str] = []
    waiting: list[str] = []  # places named by their level alone, before their organ
    for unit in units:
        if _level_only(unit):
            waiting.append(unit)
            continue
        organ = _SHARED_ORGAN.search(unit)
        if waiting and organ and _level_only(unit[:organ.start()]):
            tiers = "级" in organ.group()
            shared += ["、".join([*waiting, unit])] if tiers else [place + organ.group() for place in waiting] + [unit]
        else:
            shared += [*waiting, unit]
        waiting = []
    return shared + waiting


def _level_only(name: str) -> bool:
    """Whether a unit is a place named by its level alone; most units end otherwise, a quick test first."""
    return len(name) <= _LEVELS_MAX and name.rstrip()[-1:] in _LEVEL_ENDS \
        and _LEVELS.fullmatch(BRACKETED.sub("", fold(simplified_aligned(name))).strip()) is not None


def _apart_at_and(text: str) -> list[str]:
    """Units joined by 和, 与 or a slash (县司法局和县委编办, 县司法局/县委编办), each apart, where what
    stands on either side reads as a unit's name; a name with 和 in it (县人力资源和社会保障局,
    县住房和城乡建设局) stays whole."""
    if not reads_as_unit(text):
        return [text]
    pieces, start = [], 0
    for found in _AND.finditer(text):
        left = text[start:found.start()]
        if reads_as_unit(left):
            pieces.append(left)
            start = found.end()
    return [*pieces, text[start:]] if pieces else [text]


_AND = re.compile(r"[和与與/／]")


def _apart_by_spaces(text: str) -> list[str]:
    """Units listed with spaces between them (县发改局 县司法局), as tables copied to text list
    them, each apart, and without a time limit set apart so (县司法局 2023年底前); a name with a space in it
    (各乡镇 （街道）) stays whole."""
    parts = text.split()
    units = [part for part in parts if not is_time_limit(fold(simplified_aligned(part)))]
    if len(parts) > 1 and units and all(reads_as_unit(part) for part in units):
        return units
    return [text]


def _clauses(note: str) -> list[str]:
    """The note's parts between separators (；，。) outside brackets, each labelled part apart."""
    # Folding and simplifying keep each character in its place, so what is found in the folded,
    # simplified note is cut in the note.
    for found in reversed(list(_UNSEPARATED_LABEL.finditer(fold(simplified_aligned(note))))):
        note = note[:found.start()] + ";" + note[found.end():]
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(fold(note)):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ";,。":
            parts.append(note[start:k])
            start = k + 1
    parts.append(note[start:])
    return [p.strip().rstrip("。.") for p in parts if p.strip().rstrip("。.")]


@dataclass
class _NoteReading:
    """Where a note's clauses put their units, read one clause at a time: a label opens a list that the
    clauses after it go on (``牵头单位:X；Y``), a role word at a clause's end takes the unlabelled
    clauses waiting before it (``X、Y牵头``), and what neither claims is waiting (``pending``)."""
    in_charge_leads: bool
    leads: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    current: list[str] | None = None

    def read(self, clause: str) -> None:
        clause, simple = _without_above_the_tasks(clause, fold(simplified_aligned(clause)))
        label = _LEAD_LABEL.match(simple) or _PARTNER_LABEL.match(simple)
        if _OTHER_LABEL.match(simple) or _TIME_CLAUSE.match(simple) or is_time_limit(simple) \
                or _REMARK_CLAUSE.match(simple) or (not label and ANY_LABEL.match(simple)):
            self.current = None
        elif label:
            self._labelled(clause, simple, label)
        else:
            self._unlabelled(clause, simple)

    def _labelled(self, clause: str, simple: str, label: re.Match) -> None:
        self.current = self.leads if _LEAD_LABEL.match(simple) else self.partners
        # 责任单位:县发改委牵头，县市场监管局配合: a role word at the clause's end says who leads; the
        # clauses after it go on with the label's list.
        leading = _LEAD_SUFFIX.search(simple, label.end())
        # 责任单位:县司法局、各乡镇按职责分工负责: the role phrase is not part of a unit.
        role = leading or _PARTNER_SUFFIX.search(simple, label.end())
        end = role.start() if role else len(clause)
        # 牵头单位:市司法局会同市财政局: the units after 会同 take part.
        together = _TOGETHER.search(simple, label.end(), end)
        named = split_units(clause[label.end():together.start() if together else end])
        (self.leads if leading else self.current).extend(self.pending + named)
        if together:
            self.partners.extend(split_units(clause[together.end():end]))
        self.pending = []

    def _unlabelled(self, clause: str, simple: str) -> None:
        start = _PREFIX.match(simple).end() if _PREFIX.match(simple) else 0
        if together := _TOGETHER.search(simple, start):
            role = _LEAD_SUFFIX.search(simple) or _PARTNER_SUFFIX.search(simple)
            self.leads.extend(self.pending + split_units(clause[start:together.start()]))
            self.partners.extend(split_units(clause[together.end():role.start() if role else None]))
            self.pending, self.current = [], None
        elif suffix := _LEAD_SUFFIX.search(simple) or _PARTNER_SUFFIX.search(simple):
            leading = _LEAD_SUFFIX.search(simple) or (self.in_charge_leads and suffix.group(1) == "负责")
            (self.leads if leading else self.partners).extend(self.pending + split_units(clause[start:suffix.start()]))
            self.pending, self.current = [], None
        elif self.current is not None:
            self.current.extend(split_units(clause[start:]))
        else:
            self.pending.extend(split_units(clause[start:]))


def _without_above_the_tasks(clause: str, simple: str) -> tuple[str, str]:
    """A clause (and its folded, simplified reading) without the words that open a note for the tasks above it
    (以上任务牵头单位：X → 牵头单位：X), where a label follows them; as it is otherwise."""
    above = _ABOVE_THE_TASKS.match(simple)
    rest = simple[above.end():] if above else ""
    if rest and any(label.match(rest) for label in (_LEAD_LABEL, _PARTNER_LABEL, _OTHER_LABEL)):
        return clause[above.end():], rest
    return clause, simple


def parse_note(note: str, first_leads: bool = False, marked_lead: bool = False) -> Responsibility:
    """Read a responsibility note into lead and partner units.

    Labels before a colon (``牵头单位:``) apply to the clauses after them;
    a role word at a clause's end (``X牵头``, ``Y各负其责``) applies to that
    clause and to unlabelled clauses just before it. A bare ``负责`` leads
    where others help and no one else leads (``X负责，Y配合``); so does X in ``X会同Y负责``. A
    role in brackets after a unit is that unit's (``X（牵头）、Y``), unless it says that each or all of a list lead
    (``X、Y（按职责分工分别牵头）``, ``（共同牵头）``). A note with no role words at
    all lists the responsible units (partners), unless the note or, with ``first_leads``, the
    plan says that the first unit listed leads (``排在第一位的为牵头单位``). A unit marked as
    leading (``县司法局*``) leads where the note or, with ``marked_lead``, the plan says what
    the mark means (``带*的为牵头单位``); the mark is never part of its name.
    """
    # What the note says of who leads names no unit: taken out (folding keeps every character in its place).
    if convention := _said(FIRST_LEADS, note):
        note = _without(note, convention)
    if said := _said(MARKED_LEADS, note):
        note = _without(note, said)
    note = _EACH_LEADS.sub(r"\1", note)  # X、Y（分别牵头）: every unit of the list leads, as in X、Y分别牵头
    whole = fold(simplified_aligned(note))
    reading = _NoteReading(in_charge_leads="牵头" not in whole and bool(_HELPING.search(whole)))
    for clause in _clauses(note):
        reading.read(clause)
    leads, partners = reading.leads, reading.partners + reading.pending
    leads, partners = _own_roles(leads, partners, bool(said) or marked_lead)
    if (convention or first_leads) and not leads:
        leads, partners = partners[:1], partners[1:]
    # A unit that leads one measure of a task and helps with another (司法所牵头，各村配合；司法所负责) leads it.
    return Responsibility(tuple(_unique(leads)), tuple(unit for unit in _unique(partners) if unit not in leads))


# A bracket at a unit's end, folded, which may hold a time limit or the person to ask: 县司法局（2023年底前完成）,
# 县司法局（联系人：张三）.
_BRACKET_AT_END = re.compile(r"\(([^()]+)\)$")
_PERSON_LABEL = re.compile(rf"(?:{'|'.join(PERSON_LABELS)}|负责人|经办人)\s*:")


def is_role_in_brackets(inner: str) -> bool:
    """Whether a bracket holds nothing but a unit's role (牵头, 配合单位, 按职责分工)."""
    return _BRACKETED_ROLE.fullmatch(f"({fold(simplified_aligned(inner)).strip()})") is not None


def _own_roles(leads: list[str], partners: list[str], marked_lead: bool) -> tuple[list[str], list[str]]:
    """Units that carry their role in brackets take it (市司法局（牵头）, 市财政局（配合）), and lose the
    bracket; one that only says it does its part (（负责）, （按职责分工）) keeps its list. A time limit
    in brackets after a unit (县司法局（2023年底前完成）) is no part of its name, nor is the person to ask
    (（联系人：张三）), nor a mark that it leads (县司法局*), which makes it lead where the mark's meaning is
    said (``marked_lead``)."""
    led: list[str] = []
    others: list[str] = []
    for unit, leading in [(unit, True) for unit in leads] + [(unit, False) for unit in partners]:
        if unit.endswith((")", "）")) and (limit := _BRACKET_AT_END.search(fold(unit))) \
                and (is_time_limit(simplified_aligned(limit.group(1)))
                     or _PERSON_LABEL.match(fold(simplified_aligned(limit.group(1))))):
            unit = unit[:limit.start()].rstrip()  # when (2023年底前完成), or whom to ask: not who
        if unit.endswith((")", "）", "]", "〕", "】")) \
                and (role := _BRACKETED_ROLE.search(fold(simplified_aligned(unit)))):
            said = role.group(1)
            if "牵头" in said or said in ("主责", "主办"):
                leading = True
            elif _HELPING.match(said):
                leading = False
            unit = unit[:role.start()].strip()
        if (bare := unit.strip(LEAD_MARKS).strip()) != unit:
            unit, leading = bare, leading or marked_lead
        (led if leading else others).append(unit)
    return led, others


def _without(text: str, found: re.Match) -> str:
    return text[:found.start()] + text[found.end():]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def responsibility(root: Node) -> dict[str, Responsibility]:
    """Each noted node's units, read with what the plan says once of who leads (排在第一位的为牵头单位,
    带*的为牵头单位) wherever it says it."""
    passages = [text for node in root.walk() for text in (node.text, *node.paragraphs, *node.closing)]
    first_leads = any(_said(FIRST_LEADS, text) for text in passages)
    marked_lead = any(_said(MARKED_LEADS, text) for text in passages)
    return {node.anchor: parse_note(node.note, first_leads, marked_lead) for node in root.walk() if node.note}


def for_tasks(root: Node, duties: dict[str, Responsibility], found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
              ) -> tuple[dict[str, Responsibility], dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """The responsibility and measures that hold for each node. A note after a task's opening
    sentence, and a deadline it sets, cover the sub-items listed under it (1.深化…。（牵头单位：X；
    完成时限：2022年底前） / （1）清理… / （2）规范…), which are the plan's tasks: a node without units or
    a deadline of its own has its nearest ancestor's (a note that gives only a time limit names no units of its
    own). A target stays with the text that states it.
    (Pages and the tree download show each note where it is printed.)"""
    deadlines = _inherited(root, {anchor: dates for anchor, (dates, _) in found.items() if dates})
    measured = {anchor: (deadlines.get(anchor, ()), found.get(anchor, ((), ()))[1])
                for anchor in deadlines.keys() | found.keys()}
    naming_units = {anchor: duty for anchor, duty in duties.items() if duty.leads or duty.partners}
    return _inherited(root, naming_units), measured


def _inherited(root: Node, values: dict[str, T]) -> dict[str, T]:
    """Each node's value: its own, or else its nearest ancestor's."""
    result: dict[str, T] = {}

    def visit(node: Node, above: T | None) -> None:
        value = values.get(node.anchor, above)
        if value is not None:
            result[node.anchor] = value
        for child in node.children:
            visit(child, value)

    visit(root, None)
    return result


def _said(convention: re.Pattern, text: str) -> re.Match | None:
    """Where a passage states a convention of who leads (:data:`FIRST_LEADS`, :data:`MARKED_LEADS`), in
    its folded form, which keeps every character in its place; most passages never say 牵头, and are
    not folded."""
    if "牵头" not in text and "牽頭" not in text:
        return None
    return convention.search(fold(simplified_aligned(text)))


# --- deadlines and targets -------------------------------------------------
# A month's or a day's number, in figures or in words (a year in words is read in figures first: years_in_figures).
_MONTH_OR_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DEADLINE = re.compile(
    rf"(?:(?:到|至|于|在)\s*)?\d{{4}}\s*年(?:\s*{_MONTH_OR_DAY}\s*月(?:份|\s*{_MONTH_OR_DAY}\s*" + DAY + r")?)?"
    # to a month of the same year or a later one, or to a later year: 2023年9月至12月, 2023年3月—2024年6月,
    # 2023年至2025年
    r"(?:\s*" + SPAN + rf"\s*(?:(?:\d{{4}}\s*年\s*)?{_MONTH_OR_DAY}\s*月(?:\s*{_MONTH_OR_DAY}\s*" + DAY
    + r")?|\d{4}\s*年))?"
    r"(?:上半年|下半年|年底|年末|底|末|上旬|中旬|下旬|第?[一二三四]季度(?:末|底)?)?"
    r"(?:前|以前|之前|完成)?"
    # A time limit that comes back (每年11月底前, 每季度末前): only with its 前.
    r"|每(?:年|半年|季度|月)(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*" + DAY + r")?(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)")
# A figure a task commits to (folded, simplified, years in figures): a share (95%以上), or a bound and a count of what
# it counts (不少于40学时, 至少两次, 压缩至5个工作日, 不超过15个工作日: the whole measure, not 15个), or a count
# and 以上 (3期以上).
_COUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)"
_TARGET = re.compile(
    r"(?:\d+(?:\.\d+)?\s*%(?:以上|以下)?)"
    r"|(?:(?:不少于|不低于|不超过|不多于|不高于|至少|达到|超过|压缩至|压缩到|缩短至|缩短到|控制在|提高到|提高至|提升到|提升至)"
    rf"\s*{_COUNT}\s*(?:个工作日|工作日|个月|个百分点|个|学时|课时|小时|人次|人|次|期|名|家|天|日|周|件|项|%)(?:以上|以内)?)"
    r"|(?:\d+\s*(?:期|次|名)以上)")


def _starts(text: str, found: re.Match) -> bool:
    """Whether a date found in ``text`` is when something starts, not a deadline: 自2023年1月1日起施行, 2024年起."""
    return text[found.start() - 1:found.start()] in ("自", "从") or text[found.end():found.end() + 1] == "起"


def _is_deadline(found: str) -> bool:
    """A bare year is a date; a year with 到/前/底/a month is a deadline."""
    return bool(re.search(r"(^(到|至|于|在))|(前|底|末|季度|半年|完成)$|月", found))


# A time limit within one year that names no year (folded, simplified): a month's end or day (6月底前, 6月30日前,
# 十二月底), a month (6月份), a quarter, a half or the year's end (第三季度, 上半年, 年底前, 年内), this year's or
# next (今年年底前, 今年底前, 明年6月底前). A plan for one year (a 工作要点) sets it in that year: see due_year.
_IN_ONE_YEAR = (r"(?:今年|本年度?|当年|明年|次年)?"
                rf"(?:{_MONTH_OR_DAY}\s*月(?:\s*{_MONTH_OR_DAY}\s*" + DAY + r")?"
                r"(?:(?:底|末|上旬|中旬|下旬)(?:前|以前|之前)?|前|以前|之前)"
                rf"|{_MONTH_OR_DAY}\s*月份|[今明本次]?年(?:底|末)前?|[上下]半年|第?[一二三四]季度(?:末|底)?前?)"
                r"|(?:(?:今年|本年度?|当年)内|年内)(?![部容])")
_IN_ONE_YEAR_LIMIT = re.compile(_IN_ONE_YEAR)
# Such a limit in a task's words, where no year, figure, 每 or 半 stands before it (a dated deadline and a recurring
# one are blanked first: 2024年6月底前, 每年3月底前; 每年上半年 recurs; 三年内, 半年内 are spans, not limits).
# A word every such limit holds, looked for first: a scan for the limits themselves tries them at every character.
_IN_ONE_YEAR_WORD = re.compile("月|年[底末内]|半年|季度")
_IN_ONE_YEAR_IN_TEXT = re.compile(r"(?<![\d〇零一二三四五六七八九十两几多数近半每年第\x00])(?:" + _IN_ONE_YEAR + ")")
# Time limits that name no day, as a note or a sentence of its own gives them (folded, simplified): one within a
# year (above), a year's span (2023年内, 2023年度), a span of years (2023—2025年), or words (全年, 每季度, 每半年一次,
# 常态化推进, 长期坚持, 及时).
_UNDATED_LIMIT = re.compile(_IN_ONE_YEAR + r"|\d{4}\s*年(?:度内?|内)|本年度"
                            r"|\d{4}\s*年?\s*" + SPAN + r"\s*\d{4}\s*年"
                            r"|全年|(?:每年|每半年|每季度|每月)(?:(?:至少|不少于)?[一二两三四1-4]次)?"
                            r"|常态化(?:推进|开展)?|长期(?:坚持)?"
                            r"|持续(?:推进|开展)?|及时|立即|即时|适时")


# A dated deadline's year, folded: 2025年底前, 到2025年, 2023年9月至12月, 2023年至2025年.
_DUE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


def due_year(deadline: str, one_year: str) -> str:
    """The year a deadline (as :func:`measures` gives it) falls due, the last of a span (2023年3月—2024年6月: 2024);
    for a limit within a year that names none (6月底前, 年底前), the year of a plan for one year (``one_year``,
    :attr:`generator.model.PlanMeta.one_year`; 明年's the next); "" for any other that names no year (长期坚持,
    每年11月底前, a plan's 6月底前 over five years)."""
    folded = years_in_figures(fold(deadline))
    if years := _DUE_YEAR.findall(folded):
        return max(years)
    limit = simplified_aligned(folded).strip().removesuffix("完成")
    if not (one_year and _IN_ONE_YEAR_LIMIT.fullmatch(limit)):
        return ""
    return str(int(one_year) + 1) if limit.startswith(("明", "次")) else one_year


def due_years(deadlines: tuple[str, ...], one_year: str) -> list[str]:
    """The years a task's deadlines fall due (:func:`due_year`), once each, in order."""
    return sorted({year for deadline in deadlines if (year := due_year(deadline, one_year))})


def is_time_limit(sentence: str) -> bool:
    """Whether a sentence (folded) only gives a time limit: 2024年6月底前完成, 二〇二四年底前, 12月底前, 长期坚持."""
    sentence = years_in_figures(sentence.strip())
    limit = sentence.removesuffix("完成")
    return bool(_DEADLINE.fullmatch(limit) and _is_deadline(sentence)) or bool(_UNDATED_LIMIT.fullmatch(limit))


# A note's time limit in words, which names no date: 完成时限：长期坚持, 时间节点：持续推进, 完成时限：每年.
_LABELLED_TIME = re.compile(note_label(_NOTE_TIME_LABELS) + r"([^;,。()\[\]]+)")


def _labelled_times(note: str) -> list[str]:
    """The time limits a note gives by label that hold no dated deadline (those are found as dates),
    as printed: words (长期坚持), or a bare year, which only a label makes a deadline (完成时间：2023年);
    labels are found in either script (時間要求)."""
    folded = fold(note)
    return [value for found in _LABELLED_TIME.finditer(fold(simplified_aligned(note)))
            if (value := folded[found.start(1):found.end(1)].strip())
            and not any(_is_deadline(date.group(0)) for date in _DEADLINE.finditer(years_in_figures(value)))]


def _undated_times(note: str) -> list[str]:
    """The time limits a note gives without a label or a year, among its units (县司法局，12月底前; 全年; 县司法局 长期坚持)."""
    folded = fold(note)
    return [part.strip() for part in re.split(r"[,;、\s]", folded)
            if _UNDATED_LIMIT.fullmatch(simplified_aligned(part.strip()).removesuffix("完成"))]


def _in_one_year(text: str, simple: str, dated: list[re.Match], words_end: int) -> list[str]:
    """The limits within a year that a node's words (``text`` up to ``words_end``, folded; ``simple``, the same in
    simplified script with years in figures, where ``dated`` were found) set without a year, as printed:
    6月底前完成…, 年底前实现… (its note's are read by label and among its units)."""
    if not _IN_ONE_YEAR_WORD.search(simple, 0, words_end):  # most words name no month, quarter or year's end
        return []
    for found in dated:
        simple = simple[:found.start()] + "\x00" * (found.end() - found.start()) + simple[found.end():]
    return [text[m.start():m.end()].strip() for m in _IN_ONE_YEAR_IN_TEXT.finditer(simple, 0, words_end)]


def stated(node: Node) -> str:
    """All a node states, where its deadlines and targets are read: its heading, words and note (a 完成时限 often
    stands beside the units)."""
    return " ".join((node.title, node.text, *node.paragraphs, node.note))


def measures(root: Node) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``{anchor: (deadlines, targets)}`` for every numbered node that has any, read in simplified script (不少於 is
    不少于) and given as printed."""
    result = {}
    for node in root.walk():
        if node.marker is None:
            continue
        joined = stated(node)
        text, simple = fold(joined), years_in_figures(fold(simplified_aligned(joined)))
        dated = list(_DEADLINE.finditer(simple))
        deadlines = _unique([text[m.start():m.end()].strip() for m in dated
                             if _is_deadline(m.group(0)) and not _starts(simple, m)]
                            + _in_one_year(text, simple, dated, len(joined) - len(node.note))
                            + _labelled_times(node.note) + _undated_times(node.note))
        found_targets = (text[m.start():m.end()].strip() for m in _TARGET.finditer(simple))
        # A frequency is a time limit, not a figure besides (每年至少一次 is no 至少一次 as well).
        targets = _unique([target for target in found_targets if not any(target in limit for limit in deadlines)])
        if deadlines or targets:
            result[node.anchor] = (tuple(deadlines), tuple(targets))
    return result


# What ends a clause, folded (a space, too, between a task's heading and its text); brackets are skipped whole.
_CLAUSE_MARKS = ",;:。、!?"
_TARGET_CLAUSE_MAX = 40


def target_clauses(text: str, targets: tuple[str, ...]) -> list[str]:
    """The clause of ``text`` that states each of its ``targets`` (:func:`measures`) wherever it does, once each:
    行政机关负责人出庭应诉率达到100%, where the target alone (达到100%) says nothing of what it measures, as a page
    setting many plans' targets side by side needs to. A clause longer than :data:`_TARGET_CLAUSE_MAX` keeps its
    end, which the figure closes, after an ellipsis."""
    folded = fold(text)
    clauses = []
    for target in targets:
        for found in re.finditer(re.escape(fold(target)), folded):
            begin, end = _clause_bounds(folded, found.start(), found.end())
            clause = text[begin:end].strip()
            clauses.append(clause if len(clause) <= _TARGET_CLAUSE_MAX
                           else "…" + text[max(begin, found.end() - _TARGET_CLAUSE_MAX + 1):found.end()].strip())
    return _unique(clauses)


def _clause_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``folded[start:end]`` begins and ends: at the clause marks around it outside any
    bracket, or at the bracket it stands in (（其中县级达到50%以上）)."""
    begin, depth = start, 0
    while begin > 0:
        mark = folded[begin - 1]
        if depth == 0 and (mark in _CLAUSE_MARKS or mark in "([" or mark.isspace()):
            break
        depth += (mark in ")]") - (mark in "([")
        begin -= 1
    stop, depth = end, 0
    while stop < len(folded):
        mark = folded[stop]
        if depth == 0 and (mark in _CLAUSE_MARKS or mark in ")]" or mark.isspace()):
            break
        depth += (mark in "([") - (mark in ")]")
        stop += 1
    return begin, stop


# --- kinds of responsible body ---------------------------------------------------
# Plans name the same kind of body differently (市政府法制办 / 区法制局 / 市司法局):
# the first rule whose pattern matches a unit's simplified name gives its kind.
UNIT_KINDS: tuple[tuple[str, str, re.Pattern], ...] = tuple(
    (slug, name, re.compile(pattern)) for slug, name, pattern in (
        ("legal-affairs", "司法行政与政府法制机构", r"(法制办|法制局|司法局|司法厅|司法所|法治办|法制科|依法治|法律顾问)"),
        ("lawful-admin-office", "依法行政工作领导小组办公室", r"(依法行政.*(领导小组|办公室))"),
        ("staffing", "机构编制部门", r"(编办|审改办|机构编制)"),
        ("supervision-audit", "监察与审计机关", r"(监察|审计|纪委|监委)"),
        # A Party committee's general office (市委办, 中共某某县委办公室) beside the government's, as plans name them
        # together (市委办、市政府办), and the inspection office of either.
        ("general-office", "党委和政府办公厅（室）", r"(政府办公厅|政府办公室|政府办|两委办|党政办|党政综合办|管委会办公室"
         r"|^\S{0,8}?[省市县区州盟旗]委办(?:公室|公厅)?$|督查室|督查考核)"),
        # Before 建设局: a 营商环境建设局 runs the government's services, as data bureaux run its online ones.
        ("government-services", "政务服务与审批部门",
         r"(政务服务|政务中心|行政服务中心|审批服务|审批局|行政审批|公管办|政务公开|营商环境|政数局|大数据|数据资源|数据管理"
         r"|数据局|12345|便民热线)"),
        ("development", "发展改革与经济部门", r"(发改|发展改革|发展和改革|经济发展|科技创新|经济信息化|经信|工信|工业和信息化|商务)"),
        ("finance", "财政部门", r"(财政)"),
        ("market-regulation", "市场监管部门", r"(工商|市场监督|市场监管|质监)"),
        ("political-legal", "政法委", r"(政法委|综治|平安办)"),
        ("personnel", "组织人事部门", r"(党群|组织部|人力社保|人社|人力资源)"),
        ("publicity", "宣传与网信部门", r"(宣教|宣传|网信)"),
        ("petitions", "信访部门", r"(信访)"),
        ("public-resources", "公共资源交易机构", r"(公共资源交易)"),
        # The departments that enforce most laws, and the bodies a plan asks to work with the government.
        ("public-security", "公安机关", r"(公安|派出所)"),
        ("courts-procuratorates", "审判与检察机关", r"(法院|人民法庭|检察)"),
        ("environment", "生态环境部门", r"(生态环境|环保|环境保护)"),
        ("housing-construction", "住房城乡建设部门", r"(住房|住建|城乡建设|建设局|建设厅|建委)"),  # before 规划
        ("natural-resources", "自然资源与规划部门", r"(自然资源|国土|规划局|规划和)"),
        ("emergency-management", "应急管理部门", r"(应急管理|应急局|安监|安全生产监督|消防)"),
        ("statistics", "统计部门", r"(统计)"),
        ("civil-affairs", "民政与社会事务部门", r"(民政(?!府)|社会事务)"),
        ("agriculture-water", "农业农村与林业水利部门", r"(农业|农村|农委|农牧|林业|林草|水利|水务)"),
        ("education", "教育部门", r"(教育|教体局|教委)"),
        ("health", "卫生健康与医疗保障部门", r"(卫生|卫健|医疗保障|医保)"),
        ("transport", "交通运输部门", r"(交通)"),
        ("taxation", "税务部门", r"(税务)"),
        ("congress-cppcc", "人大与政协", r"(人大|政协)"),
        # After the departments, whose own enforcement brigades (交通运输综合执法大队) are theirs.
        ("urban-management", "城市管理与综合执法部门", r"(城管|城市管理|综合执法|综合行政执法)"),
        ("local-government", "下级政府与派出机构", r"(^各|街道|政府$)"),
    )
)
OTHER_KIND = ("other", "其他部门")


@lru_cache(maxsize=4096)
def unit_kind(unit: str) -> tuple[str, str]:
    """``(slug, name)`` of the kind of body a unit is, e.g. 区法制局 → 司法行政与政府法制机构; remembered, as a
    corpus names the same units again and again, and the lead-unit index and the export both ask."""
    simple = simplified_aligned(unit)
    for slug, name, pattern in UNIT_KINDS:
        if pattern.search(simple):
            return slug, name
    return OTHER_KIND

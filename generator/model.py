"""The small frozen data model shared by every stage of the pipeline.

Stages never mutate these objects: each stage takes the previous stage's
values and returns new ones, so any stage can be tested on its own and a
cached value can be reused without fear of it changing underneath.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# The year in a document number, bracketed: 某政发〔2022〕8号 (the parser's pattern of a whole number holds it).
NUMBER_YEAR_OPENS, NUMBER_YEAR_CLOSES = r"〔\[【(（﹝［〈<＜", r"〕\]】)）﹞］〉>＞"
NUMBER_YEAR = rf"[{NUMBER_YEAR_OPENS}](\d{{4}})[{NUMBER_YEAR_CLOSES}]"
# China's divisions of province level by their codes (GB/T 2260), in the order of the codes, as lists of places
# are ordered, and the Xinjiang Production and Construction Corps, which governs as one.
PROVINCE_CODES = {"北京市": "11", "天津市": "12", "河北省": "13", "山西省": "14", "内蒙古自治区": "15", "辽宁省": "21",
                  "吉林省": "22", "黑龙江省": "23", "上海市": "31", "江苏省": "32", "浙江省": "33", "安徽省": "34",
                  "福建省": "35", "江西省": "36", "山东省": "37", "河南省": "41", "湖北省": "42", "湖南省": "43",
                  "广东省": "44", "广西壮族自治区": "45", "海南省": "46", "重庆市": "50", "四川省": "51", "贵州省": "52",
                  "云南省": "53", "西藏自治区": "54", "陕西省": "61", "甘肃省": "62", "青海省": "63", "宁夏回族自治区": "64",
                  "新疆维吾尔自治区": "65", "新疆生产建设兵团": "66", "台湾省": "71", "香港特别行政区": "81",
                  "澳门特别行政区": "82"}
PROVINCES = tuple(PROVINCE_CODES)


class ProjectFileError(ValueError):
    """A file the site is built from besides the texts (``topics.yml``, ``topic_pins.yml``,
    ``anchors.json``, ``term_weights.json``) that cannot be read, or the texts' folder missing. Its message
    names the file, the line where known, and what to do; the build stops, as every page depends on it."""

    @classmethod
    def of_json(cls, name: str, error, written_by: str) -> "ProjectFileError":
        """For a JSON file a command writes (``json.JSONDecodeError`` ``error``), which a merge may
        have left with conflict markers."""
        return cls(f"{name}, line {error.lineno}: not valid JSON ({error.msg}). `{written_by}` writes it: where a "
                   f"merge left conflict markers in it, keep both sides' entries, or restore it (git checkout "
                   f"{name}) and run that command")


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in one source text, precise enough to act on.

    ``level`` is ``"error"`` (the text cannot be published) or ``"warning"``
    (it is published, but a reader should know).
    """

    source: str
    line: int | None
    level: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}: {self.level}: {self.message}{tail}"


@dataclass(frozen=True)
class Line:
    """One logical line of cleaned text and the source line it came from."""

    text: str
    lineno: int


@dataclass(frozen=True)
class Removal:
    """A piece of web-page chrome taken out of the text, kept for the report."""

    lineno: int
    text: str
    reason: str


@dataclass(frozen=True)
class Mojibake:
    """A run of characters that looks like an encoding accident (乱码)."""

    lineno: int
    text: str


@dataclass(frozen=True)
class CleanText:
    """The result of cleaning: body lines plus a record of every change."""

    lines: tuple[Line, ...]
    removed: tuple[Removal, ...] = ()
    mojibake: tuple[Mojibake, ...] = ()
    romanisation_removed: int = 0
    # Lines joined on to the one before: a hard-wrapped text's, and paragraphs' halves after a page
    # break (see generator.wrapping).
    lines_rejoined: int = 0


@dataclass(frozen=True)
class Marker:
    """A printed number such as ``（一）`` or ``12.``.

    ``family`` says which numbering sequence it belongs to (see
    :mod:`generator.numbering`); ``label`` is the number without brackets or
    punctuation (``一``, ``12``) and ``value`` its integer value.
    """

    family: str
    label: str
    value: int
    printed: str


@dataclass(frozen=True)
class Node:
    """One numbered unit of a plan, or the plan's root.

    ``label`` is the path of printed numbers from the outermost ancestor
    (``('二', '一', '1')``), ``anchor`` the ASCII id derived from it, ``number``
    the path as a reader cites it (``二(一)1``). ``title``
    is the heading phrase when the unit opens with one; ``text`` is the body
    that follows it, without the trailing responsibility ``note``.
    ``paragraphs`` holds unnumbered text between the body and the first
    child (goal statements), ``closing`` unnumbered text after the children.
    """

    label: tuple[str, ...]
    anchor: str
    marker: Marker | None
    number: str
    title: str
    text: str
    note: str
    paragraphs: tuple[str, ...]
    children: tuple["Node", ...]
    lineno: int
    closing: tuple[str, ...] = ()

    @property
    def is_leaf(self) -> bool:
        """Numbered nodes with no numbered children are the plan's tasks; a box (专栏) or an annex
        (附件2：联络员名单) that numbers nothing is only text beside them."""
        return self.marker is not None and self.marker.family not in ("box", "annex") and not self.children

    def walk(self):
        """Yield this node and every descendant, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self) -> list["Node"]:
        return [node for node in self.walk() if node.is_leaf]

    def __getitem__(self, label: str) -> "Node":
        """``plan.root['二']['一']['1']``: the child with that printed number."""
        for child in self.children:
            if child.marker and child.marker.label == label:
                return child
        raise KeyError(label)


@dataclass(frozen=True)
class PlanMeta:
    """Facts about a plan, extracted by rule or set in a sidecar file."""

    slug: str
    title: str
    jurisdiction: str
    level: str
    issuer: str
    doc_number: str
    issued: str
    period: str
    source_url: str
    script: str
    notice_title: str = ""
    department: str = ""  # a department issuing its own plan (司法局), not the place's government
    province: str = ""  # the province-level division the place is in (one of PROVINCES, or a sidecar's)

    @property
    def year(self) -> str:
        """The year pages and URLs give the plan: its date's, else its period's first, else its
        document number's (某政发〔2022〕8号, 某政发2022年8号)."""
        if self.issued or self.period:
            return (self.issued or self.period)[:4]
        found = re.search(NUMBER_YEAR, self.doc_number) or re.search(r"(\d{4})\s*年", self.doc_number)
        return found.group(1) if found else ""

    @property
    def one_year(self) -> str:
        """The year of a plan for one year (2023年法治政府建设工作要点: 2023), within which a time limit it sets without
        a year (6月底前, 年底前) falls; "" for a plan over several years or of no known period."""
        return self.period if re.fullmatch(r"\d{4}", self.period) else ""

    @property
    def province_apart(self) -> str:
        """Its province where its place's name leaves it out (成都市 → 四川省); "" where the name opens
        with it (北京市密云县, 云南省) or none is known."""
        return "" if self.jurisdiction.startswith(self.province) else self.province

    @property
    def owner(self) -> str:
        """Whose plan it is, as pages label it: the place (某某市), or its department (某某市司法局)."""
        return self.jurisdiction + self.department


@dataclass(frozen=True)
class Plan:
    """A parsed plan: metadata, the tree, and how the text was cleaned."""

    source: str
    meta: PlanMeta
    front_matter: tuple[str, ...]
    root: Node
    cleaning: CleanText
    original: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def tasks(self) -> list[Node]:
        return self.root.leaves()

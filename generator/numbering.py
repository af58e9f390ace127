"""The numbering sequences of Chinese official documents.

Each family is one way of printing a number at the start of a paragraph.
Which family is a chapter and which a task is *not* decided here: depth comes
from the order in which a document uses them (see :mod:`generator.parse`).

=========  ==============  ========  ======================================
family     printed         id part   typical role
=========  ==============  ========  ======================================
``pian``   第一篇 / 第1篇     ``pian``  books of a long plan, above its 章
``part``   第一部分 / 第一章  ``part``  parts of long plans (第1章 too)
``sec``    第一节 / 第1节     ``sec``   divisions of a 章
``art``    第一条 / 第1条     ``art``   articles of a 规定 / 办法 / 若干措施
``c``      一、 / 一．       ``c``     chapters
``roman``  Ⅰ、 / Ⅱ．         ``roman`` chapters, or parts above them
``s``      （一） / (一)     ``s``     sections, or tasks in provincial plans
``sq``     【一】 / [一]     ``sq``    chapters or sections in square brackets (微信)
``i``      1. / 1、 / 【1】   ``i``     tasks
``p``      （1） / 1）       ``p``     sub-items
``r``      ①               ``r``     sub-items
``a``      A、 / B. / Ａ．     ``a``     sub-items lettered in order (two or more in a run)
``ri``     i. / ii、 / (iii)  ``ri``    sub-items in small Roman numerals, as a word processor's third
                                       level of list numbers them (two or more in a run)
``d2``…    1.1 / 2.1.1       ``d``     an outline numbered with dots, one
                                       family per depth (2.1 is ``d2``)
``box``    专栏1 / 专栏一     ``box``   a plan's boxes (重点工程, 重大项目)
``o``      第一， / 第一项    ``o``     paragraphs counted in words (工作要点)
``y``      一是 / 二是       ``y``     paragraphs counted in words (工作要点)
``z``      01 / PART 02      ``z``     parts of a page set as an article (微信)
``t``      任务1： / 措施二、  ``t``     tasks numbered by name (任务清单,
           【任务1】/ 行动三：            专项行动)
``b``      ● / ◆ / ■         ``b``     a bulleted list's items, counted in their
                                       run (:func:`with_bullets`)
``n``      (none)            ``n``     paragraphs that end with their note under a
                                       bare heading, counted in their run (the parser)
=========  ==============  ========  ======================================

An annex (附件1) that numbers tasks of its own is found by the parser, not
here: it is only an annex after the plan's first task.

Some texts print chapters and tasks with a space where the punctuation goes
(``一　总体要求``, ``1 深化放管服改革``), as a PDF or a word processor's list may leave them.
:func:`punctuated` gives such numbers their punctuation when the text counts with them, and a number
that lost its punctuation by a slip (8加强…, 二，主要任务) where its neighbours in its list count round it.
"""
from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import replace
from typing import Callable

from .document_parts import CN_YEAR_DIGITS, SPAN, is_organ_line
from .model import Marker
from .script import fold

# A zero typed as a figure or a letter among Chinese numerals (二0二三) is one too; and the financial numerals
# (壹、贰、叁、), as a formal document may number its parts, in either script.
_FINANCIAL = dict(zip("壹贰貳叁參肆伍陆陸柒捌玖", (1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9)))
_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "◯": 0, "0": 0, "O": 0, "Ｏ": 0, "０": 0, "一": 1, "二": 2, "两": 2, "兩": 2,
              "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, **_FINANCIAL}
_CN_UNITS = {"十": 10, "百": 100, "拾": 10, "佰": 100}
_CN = "零〇○一二两兩三四五六七八九十百" + "".join(_FINANCIAL) + "拾佰"
CIRCLED = "".join(map(chr, [*range(0x2460, 0x2474), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0)]))  # ① to ㊿
# Roman numerals as Unicode prints them, one character each (Ⅻ is twelve), as a few plans number their parts.
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# Roman numerals in letters, as one writes tens and units: XIV is X and IV.
_ROMAN_TENS = ("", "X", "XX", "XXX")
_ROMAN_UNITS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
# Letters that number a list (A、 B、, or in full width, Ａ．), which folding leaves as they are.
_LETTERS = string.ascii_letters + "".join(map(chr, [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]))
# Words that count something: a line that opens ``10 个工作日内`` (a sentence wrapped before its
# number), ``三 年`` or ``2.5亿元`` is no numbered paragraph.
_COUNTED = re.compile(r"[个個项項次年月日天周週时時分家人名件条條批所户戶万萬亿億千百倍元岁歲类類种種级級篇期场場轮輪套台"
                      r"辆輛亩畝公米里部处處支座本位]")
# An outline numbered with dots (2.1 总体目标, 2.1.1 深化…, 2.1. 深化…), or with hyphens (2-1 深化…), two to four
# numbers deep, before a paragraph's first character, never before a counted word (a decimal: 2.5亿元; a range:
# 1-3月). Its family is its depth: d2, d3, d4; its label is written with dots.
_DOTTED = re.compile(rf"([1-9]\d?(?:(?:\.\d{{1,2}}){{1,3}}(?!\d|\.\d)\.?|(?:-\d{{1,2}}){{1,3}}(?![\d-])))[ \u3000]*"
                     rf"(?:、[ \u3000]*)?(?!{_COUNTED.pattern})(?=[\u4e00-\u9fff《“])")
DOTTED = ("d2", "d3", "d4")

# The extensions of the files a page offers for download (某某实施方案.pdf).
FILE_EXTENSIONS = r"pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|jpe?g|png"
# A file's or a page's extension, after the dot that is no number's (46469.html: a web address wrapped before its
# last figures).
_EXTENSION = rf"(?:s?html?|aspx?|jsp|php|{FILE_EXTENSIONS})(?![a-z])"
# The spaces after a part's number, and the bar an article's heading may set there (第一部分 | 总体要求), folded.
_BAR = r"\s*(?:[|丨｜]\s*)?"
_KEYCAP = "\u20e3"  # the mark that makes a digit before it a keycap emoji (1⃣)
# The words a task numbered by name opens with, before its number: 任务1, 重点任务一, 工作措施2, 专项行动三.
_TASK_WORDS = r"(?:重点|主要|工作|专项|專項)?(?:任务|任務|措施|举措|舉措|行动|行動)"
# Patterns run on the *folded* line (ASCII punctuation), anchored at its start.
_FAMILIES: tuple[tuple[str, re.Pattern], ...] = (
    ("pian", re.compile(rf"第\s*([{_CN}]+|\d{{1,2}})\s*篇(?!章){_BAR}")),  # not 第一篇章, a sentence's words
    ("part", re.compile(rf"第\s*([{_CN}]+|\d{{1,2}})\s*(?:部分|章){_BAR}")),
    ("sec", re.compile(rf"第\s*([{_CN}]+|\d{{1,2}})\s*[节節]{_BAR}")),
    ("art", re.compile(rf"第\s*([{_CN}]+|\d{{1,3}})\s*[条條]{_BAR}")),
    ("c", re.compile(rf"([{_CN}]+)\s*(?:、|\.(?!\d))\s*")),
    # Ⅱ、 (not Ⅲ级响应), or in letters with their punctuation: II. IV、
    ("roman", re.compile(rf"([{ROMAN}]|[IVX]{{1,4}}(?=\s*[、.]))\s*[、.]?\s*(?!{_COUNTED.pattern})"
                         r"(?=[\u4e00-\u9fff《“]|$)")),
    # 第一， 第一、 第一项, 第1项
    ("o", re.compile(rf"第([{_CN}]{{1,3}}|\d{{1,3}}(?=\s*[项項]))\s*(?:,|、|:|[项項]\s*[,、:.]?)\s*")),
    ("y", re.compile(rf"([{_CN}]{{1,3}})是[:,]?\s*(?=[\u4e00-\u9fff《“])")),
    # （一）, also without its opening bracket (一）, as 1） is (1)) or with a stray 、 after it: （一）、
    ("s", re.compile(rf"\(?\s*([{_CN}]{{1,4}})\s*\)\s*(?:[、.,:]\s*)?")),
    # 【一】, folded, or in the angle brackets a font or an OCR may give for 〔〕 (〈一〉, as in 〈2019〉)
    ("sq", re.compile(rf"[\[〈]\s*([{_CN}]{{1,4}})\s*[\]〉]\s*(?:[、.,:]\s*)?")),
    ("d", _DOTTED),
    # 01, or PART 01 / Part.1 as an article's heading prints it
    ("z", re.compile(rf"(?:(?i:part)\s*[.:]?\s*0?|0)([1-9])[\s.、/|丨｜]*(?!{_COUNTED.pattern})(?=[\u4e00-\u9fff《“]|$)")),
    ("i", re.compile(rf"(\d{{1,4}})\s*(?:\.(?!\d|{_EXTENSION})|、)\s*")),
    ("i", re.compile(r"[\[〈]\s*(\d{1,3})\s*[\]〉]\s*(?:[、.,:]\s*)?")),  # 【1】, 〈1〉, as 【一】 is a section's
    # 1⃣, a keycap emoji (its variation selector taken off), as WeChat numbers, and 1⃣2⃣ past 🔟
    ("i", re.compile(rf"((?:\d{_KEYCAP}){{1,2}})\s*")),
    ("p", re.compile(r"(?:\(\s*)?(\d{1,3})\s*\)\s*(?:[、.,:]\s*)?")),
    ("r", re.compile(rf"([{CIRCLED}])\s*")),
    # i. ii、 (iii): before the letters, whose i. it would otherwise be (a lettered list's i. is its: in_sequence)
    ("ri", re.compile(r"(?:\(\s*(?=[ivx]+\s*\)))?([ivx]{1,6})\s*[、.)]\s*(?=[\u4e00-\u9fff《“])")),
    ("a", re.compile(rf"([{_LETTERS}])\s*[、.]\s*(?=[\u4e00-\u9fff《“])")),
    # 专栏1　主要指标, or with its gap lost, 专栏1主要指标
    ("box", re.compile(rf"(?:专栏|專欄)\s*([{_CN}]+|\d{{1,2}})(?::|\s|$|(?=[\u4e00-\u9fff“《]))\s*")),
    ("t", re.compile(rf"{_TASK_WORDS}\s*([{_CN}]{{1,3}}|\d{{1,3}})\s*[:、.]\s*(?=\S)")),
    ("t", re.compile(rf"[\[(]\s*{_TASK_WORDS}\s*([{_CN}]{{1,3}}|\d{{1,3}})\s*[\])]\s*(?:[、.,:]\s*)?(?=\S)")),  # 【任务1】
)
# The characters each family's number can open with: a line is tried only against the families its
# first character can open, as most lines open with none.
_OPENING = {"pian": "第", "part": "第", "sec": "第", "art": "第", "c": _CN, "roman": ROMAN + "IVX", "o": "第", "y": _CN,
            "s": "(" + _CN, "sq": "[〈", "d": "123456789", "z": "0Pp", "i": "0123456789[〈", "p": "(0123456789",
            "r": CIRCLED, "ri": "ivx(", "a": _LETTERS, "box": "专專", "t": "重主工专專任措举舉行[("}
_FAMILIES_BY_OPENING = {first: tuple((family, pattern) for family, pattern in _FAMILIES if first in _OPENING[family])
                        for first in "".join(_OPENING.values())}
# Numbers a word processor's automatic numbering leaves as one character: ㈠ is （一）, ⑴ is (1), ⒈ is 1.
_ENCLOSED = {**{chr(0x3220 + k): ("s", numeral) for k, numeral in enumerate("一二三四五六七八九十")},
             **{chr(0x2474 + k): ("p", str(k + 1)) for k in range(20)},
             **{chr(0x2488 + k): ("i", str(k + 1)) for k in range(20)},
             # Circled digits of other sets, as word processors' numbering prints them: ❶, ➀, ➊, ⓵ (cited ①).
             **{chr(first + k): ("r", CIRCLED[k]) for first in (0x2776, 0x2780, 0x278A, 0x24F5) for k in range(10)},
             **{chr(0x24EB + k): ("r", CIRCLED[10 + k]) for k in range(10)},  # ⓫ to ⓴, after ❿
             "\U0001F51F": ("i", "10")}  # 🔟, the keycap emoji after 9⃣
FAMILY_NAMES = {"annex": "annex", "pian": "book", "part": "part", "sec": "division", "art": "article", "c": "chapter",
                "roman": "Roman-numbered part", "s": "section", "sq": "section",
                "i": "item", "t": "item", "b": "bullet item", "n": "item", "h": "chapter",
                "p": "sub-item", "r": "sub-item", "a": "sub-item", "ri": "sub-item", "box": "box", "o": "item", "y": "item", "z": "chapter",
                **{family: "item" for family in DOTTED}}
# Numbers that also open what they do not number: a sentence that counts within itself (一是…；二是…
# on one line), a figure (01 alone), a bullet before a lone line: they number only as a run of two or more.
ONLY_IN_RUNS = ("o", "y", "z", "b", "a", "ri")
# What a list may print instead of numbers, before a paragraph's first character (a word processor's
# Symbol or Wingdings bullets are made these by :mod:`generator.clean`).
_BULLETS = "●•◆■▪◇□►▶◎○❖❑➢➤▷★☆✓√" \
    "🔹🔸🔶🔷◾◼👉➡✅✔☑📌📍⭐🌟💡🔺"  # and the emoji an article on WeChat bullets with
# A bulleted item says more than a menu's entry (● 政务公开 ● 互动交流, at a page's foot): six characters at least.
_BULLET = re.compile(rf"\s*([{_BULLETS}])\s*(?=[\u4e00-\u9fff《“]\S{{5}})")
# Paragraphs counted in words, which a covering notice or a preamble may count too.
COUNTED_IN_WORDS = ("o", "y")


def cn_to_int(numeral: str) -> int:
    """``"二十三"`` → 23, ``"十"`` → 10, ``"一〇"`` → 10 (digit-by-digit form)."""
    if not any(ch in _CN_UNITS for ch in numeral):
        value = 0
        for ch in numeral:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        else:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
    return total + current


# A year in words, as formal texts and some titles print dates and periods: 二〇二三年, （二〇二一—二〇二五年）.
_YEAR_IN_WORDS = re.compile(rf"{CN_YEAR_DIGITS}(?=\s*(?:年|{SPAN}))")


def years_in_figures(text: str) -> str:
    """``text`` with its years in words in figures (到二〇二五年 → 到2025年), one for one, so that what is found in it
    is found at the same place in the text as printed."""
    return _YEAR_IN_WORDS.sub(lambda year: f"{cn_to_int(year.group()):04d}", text)


def roman_to_int(numeral: str) -> int:
    """``"Ⅳ"`` or ``"IV"`` → 4; 0 for letters that are no Roman numeral as one writes it (``"IIII"``, ``"VX"``)."""
    if numeral in ROMAN:
        return ROMAN.index(numeral) + 1
    return next((k for k in range(1, 40) if _ROMAN_TENS[k // 10] + _ROMAN_UNITS[k % 10] == numeral), 0)


def marker_value(family: str, label: str) -> int:
    """The value a number of ``family`` printed as ``label`` stands for: 十二 → 12, ② → 2, 3 → 3."""
    if family == "r":  # before the digits: Python counts ① as one (``"①".isdigit()``)
        return CIRCLED.index(label) + 1
    if family in ("roman", "ri"):
        return roman_to_int(label.upper())
    if family == "a":  # B → 2, Ｂ and b too
        return ord(unicodedata.normalize("NFKC", label).upper()) - ord("A") + 1
    if family in DOTTED:  # 2.1.3 is the third under 2.1
        return int(label.rsplit(".", 1)[1])
    if family in ("i", "p") or label.isdigit():
        return int(label)
    return cn_to_int(label)


def match_marker(line: str) -> tuple[Marker, int] | None:
    """The marker that opens ``line`` and where its text starts, if any."""
    folded = fold(line)
    if folded.lstrip()[:1] in _ENCLOSED:
        found = re.match(r"\s*(\S)\s*", folded)
        family, label = _ENCLOSED[found.group(1)]
        return Marker(family, label, marker_value(family, label), line[:found.end()].strip()), found.end()
    for family, pattern in _FAMILIES_BY_OPENING.get(folded[:1], ()):
        found = pattern.match(folded)
        if not found:
            continue
        label = found.group(1).replace(_KEYCAP, "")
        if family == "d":
            label = label.rstrip(".").replace("-", ".")
            family = f"d{label.count('.') + 1}"
        try:
            value = marker_value(family, label)
        except (KeyError, ValueError):
            continue
        if value <= 0:
            continue
        printed = line[:found.end()].strip()
        if printed[-1] in "|丨｜/":  # 第一部分 | 总体要求 is printed 第一部分
            printed = printed.rstrip("|丨｜/ ")
        if family == "box":  # 专栏2：立法重点项目 is printed 专栏2 before its title
            printed = printed.rstrip(":： ")
        return Marker(family, label, value, printed), found.end()
    return None


def with_bullets(texts: list[str], markers: list[tuple[Marker, int] | None]) -> list[tuple[Marker, int] | None]:
    """``markers`` (of ``texts``, line by line) with each bulleted line numbered as the n-th bullet of its
    run (family ``b``), a number of another family ending the run: a bulleted list's items are paragraphs
    a reader cites, and their place in their list is the only number the document gives them."""
    counted = list(markers)
    count = 0
    for k, (text, found) in enumerate(zip(texts, markers)):
        if found is not None:
            count = 0
        elif bullet := opening_bullet(text):
            count += 1
            counted[k] = (Marker("b", str(count), count, bullet.group(1)), bullet.end())
    return counted


def printed_prefix(line: str) -> str:
    """The number or bullet that opens ``line`` as printed there, or ""."""
    if found := match_marker(line):
        return line[:found[1]]
    return bullet.group(0) if (bullet := opening_bullet(line)) else ""


def opening_bullet(line: str) -> re.Match | None:
    """The bullet that opens ``line``; most lines open with none, and are not matched."""
    return _BULLET.match(line) if line.lstrip()[:1] in _BULLETS else None


def in_sequence(markers: list[tuple[Marker, int] | None]) -> list[tuple[Marker, int] | None]:
    """``markers`` (a text's, line by line) without the numbers that do not count. A dotted number
    must be a first (2.1, 2.1.1) or follow the one before it of its depth (2.1 → 2.2), so that a
    decimal a page's width put first on a line (``1.5 小时``) numbers nothing. A number of
    :data:`ONLY_IN_RUNS` must be one of a run 1, 2 …, so that a paragraph that counts within itself
    (一是…；二是…) is no list of one."""
    last: dict[str, Marker] = {}
    runs: dict[str, list[int]] = {}
    kept = list(markers)
    for k, found in enumerate(markers):
        if found is None:
            continue
        if letter := _letter_of_its_run(found[0], last.get("a")):
            found = kept[k] = (letter, found[1])
        marker, before = found[0], last.get(found[0].family)
        if marker.family in DOTTED:
            if marker.value == 1 or (before is not None and before.value == marker.value - 1
                                     and dotted_above(before) == dotted_above(marker)):
                last[marker.family] = marker
            else:
                kept[k] = None
        elif marker.family in ONLY_IN_RUNS:
            if marker.value == 1:
                _drop_lone(kept, runs.get(marker.family))
                runs[marker.family] = [k]
            elif before is not None and before.value == marker.value - 1:
                runs[marker.family].append(k)
            else:
                kept[k] = None
                continue
            last[marker.family] = marker
    for run in runs.values():
        _drop_lone(kept, run)
    return kept


# The families whose numbers a text may print with their closing bracket alone (一） for （一）, 1） for （1）), and
# the family such a number is of where the text prints the two forms as two levels.
_HALF_BRACKETED_LEVEL = {"s": "c", "p": "i"}


def half_brackets_apart(markers: list[tuple[Marker, int] | None]) -> list[tuple[Marker, int] | None]:
    """``markers`` with the numbers printed with their closing bracket alone (一） 1）) as a level of their own
    where the text prints the whole ones (（一） （1）) as the level below them: 一）总体要求 / （一）… / （二）… /
    二）主要任务 / （一）…, read as one family, would repeat its numbers. Told by a whole one that starts again at one
    right after a half one; then the half ones are what they would be with a stop (一、, 1.), unless the text
    numbers with those too (一、 / 一） is a slip of （一）, as 1. / 1） of （1））."""
    kept = list(markers)
    for family, level in _HALF_BRACKETED_LEVEL.items():
        if any(found and found[0].family == level for found in markers):
            continue
        numbered = [(k, found[0]) for k, found in enumerate(markers) if found and found[0].family == family]
        if any(_half_bracketed(before) and not _half_bracketed(after) and after.value == 1
               for (_, before), (_, after) in zip(numbered, numbered[1:])):
            for k, marker in numbered:
                if _half_bracketed(marker):
                    kept[k] = (replace(marker, family=level), markers[k][1])
    return kept


def _half_bracketed(marker: Marker) -> bool:
    printed = fold(marker.printed)
    return ")" in printed and "(" not in printed


def _letter_of_its_run(marker: Marker, last_letter: Marker | None) -> Marker | None:
    """A Roman numeral of one letter (I、 V、 X、, i. v. x.) as the next of a lettered list it follows (H、 → I、,
    h. → i.), else None."""
    if marker.family not in ("roman", "ri") or last_letter is None or marker.label not in ("I", "V", "X", "i", "v", "x"):
        return None
    value = marker_value("a", marker.label)
    return Marker("a", marker.label, value, marker.printed) if last_letter.value == value - 1 else None


def _drop_lone(kept: list[tuple[Marker, int] | None], run: list[int] | None) -> None:
    if run is not None and len(run) == 1:
        kept[run[0]] = None


def dotted_above(marker: Marker) -> str:
    """The number a dotted one goes on: 2.1 for 2.1.3."""
    return marker.label.rsplit(".", 1)[0]


def anchor_part(marker: Marker, parent: Marker | None = None) -> str:
    """The ASCII piece one marker contributes to an anchor under ``parent``'s: ``（十五）`` → ``s15``.
    Every depth of a dotted outline is a ``d``: 2.1.3 under 2.1 under 2 → ``i2-d1-d3``; a dotted
    number under no number it goes on (2.1 at the top, or under 三、) gives its whole: ``d2-1``."""
    if marker.family not in DOTTED:
        return f"{marker.family}{marker.value}"
    if parent is not None and dotted_above(marker) == (parent.label if parent.family in DOTTED else str(parent.value)):
        return f"d{marker.value}"
    return "d" + marker.label.replace(".", "-")


# What a paragraph's first character is, after its number: a Chinese character or an opening mark.
_TEXT_OPENS = r"(?=[\u4e00-\u9fff《“])"
# A number printed with a space, a tab, a comma, a full stop or a bar in place of its punctuation, before the
# paragraph's first character (一　总体要求, 一，总体要求, 1 深化…, 1<tab>深化… as a word processor's list is copied,
# 1。深化… as a typist or a text recognizer may give 1., 一 | 总体要求 as an article's heading prints it).
_GAP = r"(?:[ \u3000\t]|[ \u3000]*[,，。|丨｜][ \u3000]*)"
_GAPPED = {"c": (re.compile(rf"([{_CN}]{{1,3}}){_GAP}{_TEXT_OPENS}"), "、"),
           "i": (re.compile(rf"([1-9１-９]\d{{0,2}}){_GAP}{_TEXT_OPENS}"), ".")}  # figures full width too (\d is)


def punctuated(texts: list[str], is_row: Callable[[str], bool]) -> list[str]:
    """``texts`` with the numbers printed without their punctuation (``一　总体要求``, ``一，总体要求``,
    ``1 深化…``, ``1。深化…``) given it (``一、总体要求``, ``1.深化…``), so that every stage after reads them as numbers. Only where
    the text counts with them: a family's gapped numbers must go 1, 2 … in order (starting again
    at 1 under a new heading), so that a sentence that a page's width wrapped before a number
    (``2 项制度``) is not taken for one; nor is a table's row copied as text (``is_row``:
    ``1  深化…  县司法局``), whose number is its cell's."""
    rewritten = list(texts)
    for pattern, punctuation in _GAPPED.values():
        counted = _counted_lines(texts, pattern, is_row)
        for k, found in counted.items():
            rewritten[k] = f"{found.group(1)}{punctuation}{texts[k][found.end():]}"
    # A slip read right is a neighbour for the next (3. / 4 推行… / 5 落实…, at a list's end): read again.
    while slips := _slips(rewritten, is_row):
        for k, text in slips.items():
            rewritten[k] = text
    return rewritten


# Numbers as a slip of the typist's left them, with the family they are of and the punctuation they lost:
# a task's (8加强…, 8 加强…) and a chapter's (二，主要任务, 二 主要任务, and a heading's 二主要任务: a line
# of its own, short and with no sentence's stop, whose numeral is whole and opens no word a paragraph
# counts with, 二是…, 三年…, 十四五…). Each is looked for as a line opens with it, and after a line break
# in the whole text (a search led by a literal is many times quicker than one that tries every position
# of a text for a line's start).
_GLUED_HEADING = rf"(?![{_CN}是要]|{_COUNTED.pattern}){_TEXT_OPENS}(?=[^\n。；;!！?？]{{2,24}}(?:\n|$))"
_SLIPS = tuple(
    (family, re.compile(rf"\s*{slip}"), re.compile(rf"\n[ \t\u3000\xa0]*{slip}"), punctuation)
    for family, slip, punctuation in (
        ("i", rf"([1-9１-９]\d{{0,2}})[ \u3000]*{_TEXT_OPENS}", "."),
        ("c", rf"([{_CN}]{{1,3}})(?:\s*[,，]|[ \u3000]+)\s*{_TEXT_OPENS}", "、"),
        ("c", rf"([{_CN}]{{1,3}}){_GLUED_HEADING}", "、")))


def _slips(texts: list[str], is_row: Callable[[str], bool]) -> dict[int, str]:
    """The lines whose number lost its punctuation in a list that has it, by a slip of the typist's
    (7.… / 8加强… / 9.…; 一、 / 二，主要任务 / 三、), each with its punctuation put back: only where the
    numbers above and below it, the nearest of the list, are one less and one more (or, for a list's
    1, where a 2 is below it and no 1 above), so that no count word need tell it from a sentence
    wrapped before a number (8 支持… is the list's 8, as 2 项制度 would be no number elsewhere); a
    list's last number, with only the one before it to go by, must be followed by no count word (三
    年内…, 9 个…). Not a table's row (``is_row``)."""
    slips: dict[int, str] = {}
    joined = "\n" + "\n".join(texts)
    for family, slipped, after_a_break, punctuation in _SLIPS:
        if not after_a_break.search(joined):  # most texts: no line opens like a slip
            continue
        items = [(k, found[0].value) for k, text in enumerate(texts)
                 if (found := match_marker(text)) and found[0].family == family]
        for (above, before), (below, after) in zip([(-1, 0), *items], [*items, (len(texts), 0)]):
            if after == before + 2:
                missing, last = before + 1, False
            elif after == 2 and before != 1:  # a list's first number, under a list that ended above it
                missing, last = 1, False
            elif before and after <= 1:  # a list's last number, above a new list or none
                missing, last = before + 1, True
            else:
                continue
            for k in range(above + 1, below):
                found = slipped.match(texts[k])
                if found and marker_value(family, found.group(1)) == missing and not is_row(texts[k][found.end():]) \
                        and not (last and _COUNTED.match(texts[k], found.end())) and not is_organ_line(texts[k]):
                    slips[k] = f"{found.group(1)}{punctuation}{texts[k][found.end():]}"
                    break
    return slips


def _counted_lines(texts: list[str], pattern: re.Pattern, is_row: Callable[[str], bool]) -> dict[int, re.Match]:
    """The lines of ``texts`` that open with ``pattern``'s number and count 1, 2, 3 …; none unless
    some number 2 follows a 1."""
    counted: dict[int, re.Match] = {}
    last, seconds = 0, 0
    for k, text in enumerate(texts):
        found = pattern.match(text)
        if not found or _COUNTED.match(text, found.end()) or is_row(text):
            continue
        value = marker_value("i" if found.group(1).isdigit() else "c", found.group(1))
        if value == last + 1 or value == 1:
            counted[k] = found
            seconds += value == 2 and last == 1
            last = value
    return counted if seconds else {}


# Marks a plan may set before a task's number to flag it (★3.推进…: a key task, a new one).
FLAGS = "★☆▲△※"


def flag_after_number(line: str) -> str:
    """``line`` with a flag set before the number it opens with (★3.推进…) moved after that number
    (3.★推进…): the number is the task's, and the flag, kept, is a mark on its words."""
    if line[:1] not in FLAGS:  # most lines
        return line
    flags = line[:len(line) - len(line.lstrip(FLAGS))]
    rest = without_flags(line)
    found = match_marker(rest)
    return f"{rest[:found[1]]}{flags}{rest[found[1]:]}" if found else line


def without_flags(text: str) -> str:
    """``text`` without the flags it opens with and the spaces after them (▲ 4.加强… → 4.加强…)."""
    return text.lstrip(FLAGS).lstrip() if text[:1] in FLAGS else text

"""Script and punctuation normalisation shared by several stages.

Pages always show the characters as printed; matching and linking work on a
*folded* view (ASCII punctuation, simplified script) so that ``（一）`` and
``(一)``, ``牽頭`` and ``牵头`` are the same thing to every rule.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# Full-width forms, the small forms Big5 and some fonts give (﹙一﹚, ﹐) and the hollow lenticular brackets an
# article on WeChat may set a number in (〖一〗), as ASCII.
_FULLWIDTH = "（）［］【】〔〕﹝﹞〖〗：；，．！？０１２３４５６７８９　－～﹙﹚﹐﹒﹔﹕﹗﹖"
_ASCII = "()[][][][][]:;,.!?0123456789 -~(),.;:!?"
# The dashes a Chinese text prints, one or two to a dash (——): the em dash, the horizontal bar, the full-width hyphen.
DASHES = "—―－"
# The horizontal bar, which GB2312 and some editors give for the dash (――, 2021―2025年), is the dash; the small
# enumeration comma is the comma; the ratio sign some input methods type for the colon (牵头单位∶) and the
# presentation form a Big5 text's colon may be decoded as (牽頭單位︰) are the colon.
_AS_PRINTED = {"―": "—", "﹑": "、", "∶": ":", "︰": ":"}
_FOLDED = dict(zip(_FULLWIDTH, _ASCII, strict=True)) | _AS_PRINTED
_FOLDABLE = re.compile(f"[{re.escape(''.join(_FOLDED))}]")
_NOT_CJK = re.compile("[^\u4e00-\u9fff\u3400-\u4dbf]+")
# Share of CJK characters that must change under t2s to call a text traditional.
_TRADITIONAL_SHARE = 0.04


def fold(text: str) -> str:
    """Full-width punctuation and digits to ASCII (and the horizontal bar to the dash), one character for one.

    Length is preserved, so an index found in the folded text is valid in the
    original. (A regular expression: ``str.translate`` with a table is several times slower
    on Chinese text.) Folding is done on every line many times, by rule after rule, so a line's
    folding is remembered; a whole text's is not kept.
    """
    return _fold_line(text) if len(text) <= _REMEMBERED_MAX else _fold(text)


def printed_as(folded: str) -> str:
    """The characters that fold to those of ``folded``, themselves included: ``"(["`` → ``"([（［【〔﹝〖﹙"``, for a quick
    test of a line as printed before folding it."""
    return folded + "".join(printed for printed, ascii_form in _FOLDED.items() if ascii_form in folded)


def _fold(text: str) -> str:
    return _FOLDABLE.sub(lambda match: _FOLDED[match.group()], text)


# Lines up to this long have their folded and simplified forms remembered, the last so many of them.
_REMEMBERED_MAX = 1000
_REMEMBERED = 1 << 12
_fold_line = lru_cache(maxsize=_REMEMBERED)(_fold)


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """``text`` in simplified script. Most texts are simplified already, and most calls are on
    them: a text with no character that t2s changes is returned as it is, without OpenCC. A
    line's is remembered, as its folding is, and so is the last whole text's, which metadata's
    rules read one after another (its place, its parent, its province)."""
    return _simplified_line(text) if len(text) <= _REMEMBERED_MAX else _simplified_text(text)


def _simplified(text: str) -> str:
    if not _changed_by_t2s().search(text):
        return text
    if "乾" in text:  # rarely: the places simplified script writes with 乾 keep it
        return "".join(part if _KEPT_AS_WRITTEN.fullmatch(part) else _converter("t2s").convert(part)
                       for part in _KEPT_AS_WRITTEN.split(text))
    return _converter("t2s").convert(text)


# Places whose names simplified script writes with 乾 (乾县, 乾安县), which t2s makes 干 as it makes 乾淨 干净; in
# traditional script (乾縣) it keeps them.
_KEPT_AS_WRITTEN = re.compile("(乾县|乾安)")


def to_traditional(text: str) -> str:
    """``text`` in traditional script, for words the generator adds to a traditional text's own (a place's name
    before the organ a page names by its level alone)."""
    return _converter("s2t").convert(text)


_simplified_line = lru_cache(maxsize=_REMEMBERED)(_simplified)
_simplified_text = lru_cache(maxsize=1)(_simplified)


@lru_cache(maxsize=1)
def _t2s_changes() -> dict[str, str]:
    """Every CJK character of the basic plane that t2s changes, and what it becomes."""
    characters = [chr(code) for code in range(0x3400, 0xA000)]
    converted = _converter("t2s").convert("\n".join(characters)).split("\n")
    return {a: b for a, b in zip(characters, converted) if a != b}


@lru_cache(maxsize=1)
def _changed_by_t2s() -> re.Pattern:
    """A character t2s may change: one of :func:`_t2s_changes` (a character class of some 3,700,
    matched in C), or any beyond the basic plane, which are rare and left to OpenCC."""
    return re.compile("[" + re.escape("".join(_t2s_changes())) + "]|[\U00010000-\U0010FFFF]")


@lru_cache(maxsize=1)
def simplified_characters() -> dict[str, str]:
    """Every CJK character that t2s changes, one for one: the table a browser
    needs to fold a traditional search query to simplified."""
    return {a: b for a, b in _t2s_changes().items() if len(b) == 1}


def simplified_aligned(text: str) -> str:
    """Simplified text with exactly one character per original character.

    OpenCC converts phrases, which can in rare cases change the length; rules
    that slice the original by positions found in the simplified text need
    this character-by-character view.
    """
    converted = to_simplified(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := to_simplified(ch)) == 1 else ch for ch in text)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def detect_script(text: str) -> str:
    """``"traditional"`` or ``"simplified"``, by the share of CJK characters that t2s changes."""
    cjk = len(_NOT_CJK.sub("", text))
    changed = len(_changed_by_t2s().findall(text))
    return "traditional" if cjk and changed >= _TRADITIONAL_SHARE * cjk else "simplified"


# Characters that show nothing, which pages copied from the web carry inside words (一、\u200b总体要求,
# 牵头单位：\u200b县司法局) and editors set round text (\u202a1.加强学习\u202c, marks of its direction): Unicode's
# format characters (soft hyphens, zero widths, directions, invisible operators) and variation selectors, and the
# control characters a word processor's text may hold (\x07, its cell's end), but for those that break lines. Left
# in, they would split numbers, headings, units and search terms.
_INVISIBLE = "".join(chr(code) for code in range(0x10000) if unicodedata.category(chr(code)) == "Cf") \
    + "".join(map(chr, range(0xFE00, 0xFE10))) + "\x00-\x08\x0e-\x1b\x1f\x7f"
# Spaces of other widths, as a page indents with &emsp; (\u2003\u2003为深入推进…), are spaces, so that an indented
# paragraph's number opens its line.
_SPACES = {**{chr(code): " " for code in range(0x2000, 0x200b)}, "\u202f": " ", "\u205f": " "}
# A PDF's font may map a letter's glyph to the radical of that shape, and a text copied from it holds the
# radical (⼀、总体要求, 实施⽅案, 部⻔): it looks the same but is no letter, so that no number, kind of plan or
# unit would be read. Each is read as its letter: Kangxi radicals and compatibility ideographs as Unicode
# decomposes them (⼀ → 一, ⽅ → 方), and the radicals supplement's forms of whole letters as its
# CJKRadicals.txt and EquivalentUnifiedIdeograph.txt equate them (⻔ → 门, ⻓ → 长).
_SUPPLEMENT_LETTERS = dict(zip("⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                               "母民西见角贝车长门青韦页风飞马骨鬼鱼鸟卤麦黄黾齐齿龙龟"))
_RADICAL_LETTERS = {**{chr(code): letter for code in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]
                       if is_cjk(letter := unicodedata.normalize("NFKC", chr(code))) and letter != chr(code)},
                    **_SUPPLEMENT_LETTERS}
# One pass finds the three kinds, each read as it shows (the invisible ones as nothing).
_SHOWN_AS = _SPACES | _RADICAL_LETTERS
_NOT_AS_SHOWN = re.compile(f"[{_INVISIBLE}{''.join(_SHOWN_AS)}]")


def as_shown(text: str) -> str:
    """``text`` as it shows: without the characters that show nothing, its spaces of other widths as spaces and
    its radicals as the letters they stand for."""
    return _NOT_AS_SHOWN.sub(lambda found: _SHOWN_AS.get(found.group(), ""), text)

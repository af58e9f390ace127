"""Stage 1: bytes → str.

Government sites publish in UTF-8 and in GB18030/GBK, and people save pages
as UTF-16 from Windows editors. The encoding is chosen by *strict* decoding of
the whole file, in an order where a success is meaningful: a BOM settles it, and
so do UTF-16's zero bytes without one; otherwise UTF-8 (which almost never decodes non-UTF-8 bytes by accident), then
GB18030 (a superset of GBK), unless what it decodes is Big5 misread. Binary
files and documents saved with a ``.txt`` name are rejected rather than
published as garbage.
"""
from __future__ import annotations

import codecs
import re

from .model import Diagnostic


class DecodeError(ValueError):
    """A source file that cannot be read as text."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS = ("utf-8", "gb18030")
# Magic numbers of formats people save as .txt by mistake.
_BINARY_SIGNATURES = {
    b"PK\x03\x04": "a ZIP container (a .docx/.xlsx file?)",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"{\\rtf": "an RTF document",
}
_MAX_CONTROL_SHARE = 0.01
# What Chinese prose is written in: CJK ideographs and punctuation, full-width forms, ASCII,
# Latin-1 and general punctuation (“”, no-break and zero-width spaces), a BOM left inside.
_PROSE = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\t\n\r -~\u00a0-\u00ff\u2000-\u206f\ufeff]")
_MIN_PROSE_SHARE = 0.9
# Kana, Greek, Cyrillic, box drawings and private-use characters: see _unless_big5.
_FOREIGN = re.compile("[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\ue000-\uf8ff]")
_MAX_FOREIGN_SHARE = 0.01
# Unicode's control characters (category Cc) other than \t \n \v \f \r.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`DecodeError` naming ``source``."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise _error(source, "the file is empty", "add the plan's text or delete the file")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise _error(source, f"the file is {what}, not plain text",
                         "save the document as plain text (UTF-8) and add that instead")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding, source), encoding, source)
    if unmarked := _utf16_without_bom(data):
        return _checked(*unmarked, source)
    for encoding in _FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030":
            text, encoding = _unless_big5(data, text)
        return _checked(text, encoding, source)
    raise _error(source, "the bytes are not valid UTF-8, GB18030/GBK or UTF-16",
                 "re-save the text as UTF-8 (or GB18030) and add it again")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` for UTF-16 saved without a byte-order mark: the byte order in which
    zero bytes (which no other encoding of text has) read as Chinese prose, not as the other
    order's garbage of rare scripts; None for other bytes."""
    if b"\x00" not in data or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_PROSE.findall(text)) >= _MIN_PROSE_SHARE * len(text):
            return text, encoding
    return None


def _unless_big5(data: bytes, as_gb18030: str) -> tuple[str, str]:
    """GB18030 decodes almost any bytes, Big5 (traditional script from Hong Kong, Taiwan or a
    page's 繁體 version) among them, into garbage: Big5's commonest characters (lead bytes A4–A9)
    come out as kana, Greek, Cyrillic, box drawings or private-use characters, which Chinese
    prose hardly uses. Where they abound, the text is Big5 if it decodes as such (Microsoft's
    cp950) with fewer of them."""
    share = _foreign_share(as_gb18030)
    if share <= _MAX_FOREIGN_SHARE:
        return as_gb18030, "gb18030"
    try:
        as_big5 = data.decode("cp950")
    except UnicodeDecodeError:
        return as_gb18030, "gb18030"
    return (as_big5, "big5") if _foreign_share(as_big5) < share else (as_gb18030, "gb18030")


def _foreign_share(text: str) -> float:
    return len(_FOREIGN.findall(text)) / max(1, len(text))


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _error(source, f"the file starts with a {encoding} byte-order mark but is not "
                     f"valid {encoding} at byte {exc.start}",
                     "re-save the text as UTF-8 and add it again") from exc


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    """Refuse text that decoded but is really binary (control characters)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _error(source, "the file holds only whitespace", "add the plan's text or delete the file")
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise _error(source, f"the file looks binary ({controls} control characters)",
                     "save the document as plain text (UTF-8) and add that instead")
    return text, encoding


def _error(source: str, message: str, hint: str) -> DecodeError:
    return DecodeError(Diagnostic(source, None, "error", message, hint))

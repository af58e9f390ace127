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
import email
import re
from functools import lru_cache

from .model import Diagnostic


class DecodeError(ValueError):
    """A source file that cannot be read as text."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


# UTF-32's marks before UTF-16's: UTF-32 LE's (FF FE 00 00) begins with UTF-16 LE's.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
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
# Unicode's control characters (category Cc) other than \t \n \v \f \r and the next line (NEL, \x85), all of them
# line breaks.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


# How a whole text is garbled when its bytes were once read in the wrong encoding and saved again
# (乱码): GBK or UTF-8 read as Latin-1 or Windows-1252 (·¨ÖÎÕþ¸®, æ³•æ²»), or UTF-8 read as GBK
# (娉曟不鏀垮簻).
# Each pair is (what it was misread as, what it was).
_MISREADINGS = (("latin-1", "gb18030"), ("latin-1", "utf-8"), ("gbk", "utf-8"))
_MISREAD = ", misread as "
# Chinese prose is written mostly in GB2312's 3,755 commonest characters; garbled text is not.
# (Of the distinct characters a text opens with: prose has 0.98 or more; text garbled by reading
# UTF-8 as GBK about 0.35–0.5, and Latin-1 garble has no Chinese characters at all.)
_COMMON_SHARE_OF_PROSE = 0.9
_COMMON_SHARE_OF_GARBLE = 0.8
_SAMPLE = 1000
# A line of Chinese in UTF-8 read as GBK pairs its bytes anew: two characters' six bytes make three GBK
# characters, the first (a lead byte, E4–E9, and the byte after it) one of these 384 rare ones. Two such, one or
# two characters apart, mark a garble (none in the seeds, the probe texts or 1,100 synthetic plans).
_GBK_GARBLE_CHARACTERS = "".join(sorted({bytes([lead, trail]).decode("gbk", errors="ignore")
                                         for lead in range(0xE4, 0xEA) for trail in range(0x80, 0xC0)} - {""}))
_GBK_GARBLE = re.compile(rf"[{_GBK_GARBLE_CHARACTERS}][^\n]{{1,2}}[{_GBK_GARBLE_CHARACTERS}]")
_LINES_READ_BACK = "; lines read back: "
_CJK = re.compile("[\u4e00-\u9fff]")
# At most this share of a text's characters may be lost (bytes the misreading could not keep, which
# come back as U+FFFD and are marked as 乱码 by cleaning) for its repair to be kept.
_MAX_LOST_SHARE = 0.25


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`DecodeError` naming ``source``. A text garbled
    as a whole by a misreading is read back (the encoding then says so: ``gb18030, misread as
    latin-1``; see :func:`misreading_warnings`). A web archive is read as the page it holds."""
    if (page := _archived_page(data)) is not None:
        text, encoding = decode(page, source)
        return text, f"web archive, {encoding}"
    return _checked(*_lines_read_back(*_unless_misread(*_decoded(data, source))), source)


# A web archive (.mht, 单个文件网页, as Word and Internet Explorer save a page): a MIME message whose parts are the
# page, its bytes quoted-printable or in base64, and its pictures.
_ARCHIVE_HEAD = 4096
_ARCHIVE_SIGNS = (b"mime-version:", b"multipart/related")


def _archived_page(data: bytes) -> bytes | None:
    """The bytes of the page a web archive holds (its first HTML part, else its first text part); None for any
    other file."""
    head = data[:_ARCHIVE_HEAD].lower()
    if not all(sign in head for sign in _ARCHIVE_SIGNS):  # most files
        return None
    parts = [part for part in email.message_from_bytes(data).walk() if part.get_content_maintype() == "text"]
    page = next((part for part in parts if part.get_content_subtype() == "html"), parts[0] if parts else None)
    return page.get_payload(decode=True) if page is not None else None


def _decoded(data: bytes, source: str) -> tuple[str, str]:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise _error(source, "the file is empty", "add the plan's text or delete the file")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise _error(source, f"the file is {what}, not plain text",
                         "save the document as plain text (UTF-8) and add that instead")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source), encoding
    if unmarked := _utf16_without_bom(data):
        return unmarked
    for encoding in _FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030":
            text, encoding = _unless_big5(data, text)
        return text, encoding
    raise _error(source, "the bytes are not valid UTF-8, GB18030/GBK, Big5 or UTF-16",
                 "re-save the text as UTF-8 (or GB18030) and add it again")


def misreading_warnings(source: str, encoding: str) -> tuple[Diagnostic, ...]:
    """What a reader of the plan should know when :func:`decode` read a garbled text, or garbled lines, back."""
    encoding, _, lines = encoding.partition(_LINES_READ_BACK)
    warnings = [Diagnostic(source, int(number), "warning",
                           "the line was garbled (乱码): its UTF-8 bytes had been read as GBK and saved again; it is "
                           "read back as UTF-8", "check the line against the original page")
                for number in lines.split(", ") if number]
    if _MISREAD in encoding:
        written_in, misread_as = encoding.split(_MISREAD)
        warnings.insert(0, Diagnostic(
            source, None, "warning", f"the whole text was garbled (乱码): its {written_in} bytes had been read as "
            f"{misread_as} and saved again; it is read back as {written_in}",
            "check the page against the original; characters the misreading lost are marked as 乱码, "
            "and saving the original file instead brings them back"))
    return tuple(warnings)


def _unless_misread(text: str, encoding: str) -> tuple[str, str]:
    """``text`` read back from the bytes it was made of, where it reads as garbled and they as
    Chinese prose: its characters encoded as they were misread, decoded as they were written."""
    sample = text[:_SAMPLE]
    if not _may_be_garbled(sample) or _common_share(sample) >= _COMMON_SHARE_OF_GARBLE:
        return text, encoding
    for misread_as, written_in in _MISREADINGS:
        written = _bytes_misread(text, misread_as).decode(written_in, errors="replace")
        lost = written.count("\ufffd")
        if lost <= _MAX_LOST_SHARE * len(written) and _common_share(written[:_SAMPLE]) >= _COMMON_SHARE_OF_PROSE:
            return written, f"{written_in}{_MISREAD}{misread_as}"
    return text, encoding


def _lines_read_back(text: str, encoding: str) -> tuple[str, str]:
    """``text`` with each line garbled alone read back, where the rest of it is sound: a title or a line a page
    pasted from another that had read UTF-8 as GBK (鏌愭煇鍘挎硶娌…), whose bytes decode as UTF-8 into Chinese
    prose. The encoding then names the lines: ``utf-8; lines read back: 1, 7``."""
    if not _GBK_GARBLE.search(text):  # most texts
        return text, encoding
    lines = text.split("\n")
    read_back = []
    for number, line in enumerate(lines, 1):
        if _GBK_GARBLE.search(line) and (written := _read_back(line)):
            lines[number - 1] = written
            read_back.append(str(number))
    if not read_back:
        return text, encoding
    return "\n".join(lines), f"{encoding}{_LINES_READ_BACK}{', '.join(read_back)}"


def _read_back(line: str) -> str | None:
    """A line garbled by reading UTF-8 as GBK as it was written, if that reads as Chinese prose where the line
    does not, losing few characters (a byte the misreading could not pair, which it replaced: the character it
    was part of comes back as U+FFFD, marked as 乱码 by cleaning); None otherwise."""
    if _common_share(line) >= _COMMON_SHARE_OF_GARBLE:
        return None
    written = _bytes_misread(line.replace("\ufffd", ""), "gbk").decode("utf-8", errors="replace")
    if written.count("\ufffd") > 2 + len(written) // 10 or _common_share(written) < _COMMON_SHARE_OF_PROSE:
        return None
    return written


def _bytes_misread(text: str, misread_as: str) -> bytes:
    """The bytes that, read as ``misread_as``, gave ``text``. Read as Latin-1 (as a page without
    its charset is read by default), each byte became the character of its number; Windows-1252
    reads most of the bytes 80–9F as other characters (€, “, …): so a character below U+0100 is its
    own byte, any other its Windows-1252 byte. A character the misreading put for bytes it could not
    read (U+FFFD) is a lost byte, ``?``."""
    if misread_as != "latin-1":
        return text.encode(misread_as, errors="replace")
    return b"".join(bytes([ord(ch)]) if ord(ch) < 0x100 else ch.encode("windows-1252", errors="replace")
                    for ch in text)


def _may_be_garbled(sample: str) -> bool:
    """What garbled text gives itself away by, at the cost of a few substring tests: no Chinese
    character at all (Latin-1 garble), or what a Chinese comma, full stop or 、 becomes when UTF-8
    is read as GBK (锛, 銆)."""
    return "锛" in sample or "銆" in sample or not _CJK.search(sample)


def _common_share(text: str) -> float:
    """The share of a sample's Chinese characters (each counted once) that are prose's commonest;
    0 with none."""
    used = _CJK.findall("".join(set(text)))
    return len(_common_characters().intersection(used)) / len(used) if used else 0.0


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """The commonest characters of either script: GB2312's first level (rows 16 to 55, 3,755
    characters) and Big5's (lead bytes A4 to C6, 5,401)."""
    simplified = (bytes([row, cell]).decode("gb2312", errors="ignore") for row in range(0xB0, 0xD8)
                  for cell in range(0xA1, 0xFF))
    traditional = (bytes([lead, trail]).decode("big5", errors="ignore") for lead in range(0xA4, 0xC7)
                   for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)))
    return frozenset((*simplified, *traditional)) - {""}


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

"""Source text is data: every string from a plan leaves through here.

Two outlets exist. Body text goes into raw HTML blocks, which Markdown leaves
alone, so HTML escaping is enough. Headings must stay Markdown (so the table
of contents sees them); there every character Markdown or
attr_list could act on is backslash-escaped after HTML escaping.
"""
from __future__ import annotations

import html
import re

from .clean import find_mojibake

# Python-Markdown's backslash-escapable characters (ESCAPED_CHARS); escaping
# any other character would leave a visible backslash.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!])")


def text(value: str) -> str:
    """HTML-escaped text, safe in element content and in quoted attributes."""
    return html.escape(value, quote=True)


def inline(value: str) -> str:
    """Text for a Markdown heading or link label: no markup survives."""
    escaped = html.escape(value, quote=False)
    # Entities must keep their '&' and ';' but nothing else may act as syntax.
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def marked(value: str) -> str:
    """HTML-escaped text with mojibake runs wrapped in a visible ``<mark>``."""
    out, pos = [], 0
    for start, end in find_mojibake(value):
        out.append(text(value[pos:start]))
        out.append(f'<mark class="atlas-mojibake" title="疑似乱码 (mojibake in the source)">'
                   f"{text(value[start:end])}</mark>")
        pos = end
    out.append(text(value[pos:]))
    return "".join(out)

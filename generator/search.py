"""Publish: the site's own chunked search index, written with the pages.

Material's built-in search puts the whole corpus in one ``search_index.json``
that every reader downloads (about 16 MB for 1,000 pages). Pagefind, which this
site used before, chunks its index, but at 1,000 plans a reader still fetched
over 600 KB for a first query (its WebAssembly, a chunk per word per shard, a
whole page's text per result), and indexing needed 1.6 GB per shard of 400
pages. This index is made from the model, not from HTML, in a fraction of a
second per 100 plans, and a query downloads only:

* ``search/index.json``: where each page's units start, each plan's place and
  province, the topic pages' titles and the provinces each has a section for
  (together about 10 KB gzipped at 1,000 plans), and the folder of this build's
  index, ``search/<content hash>/``;
* one term bucket per term of the query, ``terms/<n>.json`` in that folder;
* the unit chunks holding the results shown, ``units/<n>.json`` there;
* once, for a query in Chinese, the table that folds traditional characters
  to simplified (``assets/t2s.txt``).

A *unit* is what a result links to: a plan's opening (title, metadata, notice,
preamble, closing text), every numbered part of a plan (its anchor), each
topic page and each indicator's page of 量化指标. Units are numbered page after
page, plans by slug, then topics, then indicators.

Text is folded one character for one (the traditional characters to
simplified with the table the browser uses, full-width letters and digits to
ASCII, upper to lower case). Its *symbols* are CJK characters, ASCII letters and
digits; anything else separates. A unit's *terms* are its pairs of adjacent
symbols. A query is cut the same way, so an unspaced Chinese phrase (行政复议)
needs all of its pairs (行政, 政复, 复议), and the browser then checks the phrase
itself in the units it shows. No word list is needed on either side, so the
browser segments exactly as the index did, and a phrase that a word segmenter
would cut differently in a query and in a text still matches. A query word needs
two symbols. A word that a plan's place or province holds (成都, 四川), or its year
(2015, whole: 15 is none), is held by every unit of that plan, so 四川 行政复议 finds the
tasks on 行政复议 of the plans of Sichuan's places, whose texts seldom name their
province, and 成都 2015 38 finds task 38 of 成都's plan of 2015, the way the site names a
plan and a citation a task (a task's number is searched with its words); and since a province
(四川) beside a topic's name (行政复议) asks for that topic where that province is,
its section of the topic page is offered first.

A term's postings are ``(unit − previous unit) × 4 + min(count, 4) − 1``: the
unit gaps for intersecting and the count for ranking, in small numbers that
compress well. Terms are grouped into buckets by ``(31 × first + second code
point) mod buckets``, which atlas-search.js computes alike.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np

from .corpus import Corpus
from .indicators import Indicator
from .link import Topic
from .model import Plan
from .render import heading_text, plan_url, region_anchor, region_short_name, regions_in_order
from .render_compare import indicator_url, topic_url
from .script import simplified_characters

T2S_PATH = "assets/t2s.txt"
INDEX_PATH = "search/index.json"
# Units per chunk file: a result costs one chunk download, shared with its neighbours.
UNITS_PER_CHUNK = 4
# Postings per bucket file, on average: a query's buckets stay a few KB each, and a
# site of 1,000 plans has a few thousand bucket files, not hundreds of thousands.
POSTINGS_PER_BUCKET = 4000
_MAX_COUNT = 4
_BLOCK_CHARACTERS = 1 << 19

_FULL_WIDTH = slice(0xFF01, 0xFF5F)  # ！ to ～, which are ! to ~ shifted
_FULL_WIDTH_OFFSET = 0xFEE0
# CJK characters (the unified block and extension A), ASCII digits and letters.
_SYMBOL_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (ord("0"), ord("9")), (ord("a"), ord("z")))


@dataclass(frozen=True)
class Unit:
    """A search result: the link says ``heading`` and quotes ``text``; ``title`` (a heading
    phrase the text does not repeat, and a task's number as a citation gives it, 二(八)38) is searched
    with the text."""

    anchor: str
    heading: str
    text: str
    title: str = ""

    @property
    def searched(self) -> str:
        return f"{self.title}\n{self.text}"


@dataclass(frozen=True)
class Page:
    url: str
    title: str
    units: tuple[Unit, ...]
    # A topic's comparison page (or an indicator's): it quotes every plan, so it comes after them in the
    # results, unless its title holds the query, when it comes first.
    topic: bool = False
    indicator: bool = False
    # A plan's place, province and year (成都市 四川省 2015), as the site names a plan: a query word they hold
    # (a year whole) is held by each of its units.
    places: str = ""
    # The regions a topic page has a section for (全国, 四川省 …): a query naming one beside the topic
    # is led to that section.
    regions: tuple[str, ...] = ()
    # A plan in traditional script: its results are marked so (lang="zh-Hant"), as its page's words are.
    traditional: bool = False


def t2s_table() -> str:
    """Traditional/simplified pairs run together (``復复議议…``): about 11 KB gzipped."""
    return "".join(a + b for a, b in sorted(simplified_characters().items()))


@lru_cache(maxsize=1)
def _folding_tables() -> tuple[np.ndarray, np.ndarray]:
    """What each code point of the Basic Multilingual Plane folds to (traditional characters to
    simplified by the browser's table, full-width forms to ASCII, A–Z to a–z), and whether a
    folded code point is a symbol. Characters beyond it are never symbols."""
    folded = np.arange(0x10000, dtype=np.int32)
    for traditional, simplified in simplified_characters().items():
        folded[ord(traditional)] = ord(simplified)
    folded[_FULL_WIDTH] -= _FULL_WIDTH_OFFSET
    folded[(folded >= ord("A")) & (folded <= ord("Z"))] += ord("a") - ord("A")
    folded[0xFFFF] = 0xFFFF  # where characters beyond the plane go
    symbol = np.zeros(0x10000, dtype=bool)
    for low, high in _SYMBOL_RANGES:
        symbol[low:high + 1] = True
    return folded, symbol


def term_postings(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each term of each text once, sorted by term then text: ``(terms, texts, counts)``, a term
    being ``first code point << 16 | second`` (every symbol is below U+10000), a count capped at 4.

    Array arithmetic, over blocks of texts that fit a processor's cache: a corpus of
    1,000 plans has over 10 million characters. Each block comes out sorted, and the
    blocks follow each other in text order, so one stable sort by term finishes the job
    (a merge of already sorted runs)."""
    blocks, start = [], 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and (end == start or size + len(texts[end]) <= _BLOCK_CHARACTERS):
            size += len(texts[end])
            end += 1
        blocks.append(_block_postings(texts[start:end], start))
        start = end
    if not blocks:
        return np.zeros(0, np.uint32), np.zeros(0, np.int32), np.zeros(0, np.uint8)
    terms, owners, counts = (np.concatenate(parts) for parts in zip(*blocks))
    order = np.argsort(terms, kind="stable")
    return terms[order], owners[order], counts[order]


def _block_postings(texts: list[str], first: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    fold_table, symbol_table = _folding_tables()
    code_points = np.frombuffer("\0".join(texts).encode("utf-32-le"), dtype=np.uint32)
    codes = fold_table[np.minimum(code_points, 0xFFFF)]
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(text) + 1 for text in texts])[:len(codes)]
    symbol = symbol_table[codes]
    pair = np.flatnonzero(symbol[:-1] & symbol[1:])
    terms = codes[pair].astype(np.int64) << 16 | codes[pair + 1]
    # Terms are below 0xA000 << 16, so a term and a text number below 2**31 share one int64.
    keys, counts = np.unique(terms << 31 | owner[pair], return_counts=True)
    # Narrow types, capped counts: the whole corpus's postings are held at once.
    return ((keys >> 31).astype(np.uint32), ((keys & 0x7FFFFFFF) + first).astype(np.int32),
            np.minimum(counts, _MAX_COUNT).astype(np.uint8))


def search_index(corpus: Corpus, topics: tuple[Topic, ...], sections: dict[str, list[str]] | None = None,
                 indicators: tuple[Indicator, ...] = ()) -> dict[str, str]:
    """The index's files for the plans, the topic pages and the pages of ``indicators``; ``sections``: the
    regions each topic page has a section for (:func:`generator.render_compare.topic_regions`), by topic."""
    return search_files(search_pages(corpus, topics, sections or {}, indicators))


def search_pages(corpus: Corpus, topics: tuple[Topic, ...], sections: dict[str, list[str]],
                 indicators: tuple[Indicator, ...] = ()) -> list[Page]:
    """What the index holds, in unit order."""
    pages = [Page(plan_url(plan.meta.slug), plan.meta.title, tuple(plan_units(plan)),
                  places=" ".join(filter(None, [plan.meta.jurisdiction, plan.meta.province_apart, plan.meta.year])),
                  traditional=plan.meta.script == "traditional")
             for plan in sorted(corpus.plans, key=lambda plan: plan.meta.slug)]
    pages += [Page(topic_url(topic.slug), topic.name, (topic_unit(topic),), topic=True,
                   regions=tuple(name for name in sections.get(topic.slug, ()) if name))
              for topic in sorted(topics, key=lambda topic: topic.slug)]
    # An indicator's page, found by its name or any word plans name it with (出庭率).
    pages += [Page(indicator_url(indicator.slug), indicator.name,
                   (Unit("", indicator.name, "量化指标：" + "、".join(indicator.terms), indicator.name),),
                   topic=True, indicator=True) for indicator in sorted(indicators, key=lambda i: i.slug)]
    return pages


def topic_unit(topic: Topic) -> Unit:
    return Unit("", topic.name, f"{topic.description}（{topic.group}）", topic.name)


def plan_units(plan: Plan) -> Iterator[Unit]:
    meta, root = plan.meta, plan.root
    facts = [meta.issuer, meta.doc_number, meta.issued, meta.jurisdiction, meta.period]
    yield Unit("top", meta.title, _joined([*facts, *plan.front_matter, *root.paragraphs, *root.closing]), meta.title)
    for node in root.walk():
        if node is not root:
            yield Unit(node.anchor, heading_text(node), _joined([node.text, *node.paragraphs, node.note, *node.closing]),
                       f"{node.number}\n{node.title}")


def _joined(parts: Iterable[str]) -> str:
    return "\n".join(part for part in parts if part)


def search_files(pages: list[Page]) -> dict[str, str]:
    """The index's files for ``pages``: ``search/index.json`` and, in a folder named by their
    content, the term buckets and unit chunks it points to.

    A reader's browser may keep an old ``index.json`` or an old bucket for a while after the
    site is rebuilt; unit numbers and buckets from two builds must never be mixed, so each
    build's files have their own folder, and the script asks for ``index.json`` afresh."""
    terms, units, counts = term_postings([unit.searched for page in pages for unit in page.units])
    buckets = _bucket_count(len(terms))
    parts = _term_buckets(terms, units, counts, buckets)
    parts.update(_unit_chunks(pages))
    folder = f"search/{_content_hash(parts)}/"
    files = {folder + name: content for name, content in parts.items()}
    files[T2S_PATH] = t2s_table()
    regions = regions_in_order({name for page in pages for name in page.regions})
    files[INDEX_PATH] = _dumps({"format": 1, "folder": folder, "buckets": buckets, "units_per_chunk": UNITS_PER_CHUNK,
                                # as gaps: each page starts where the one before it ends
                                "page_starts": [0, *(len(page.units) for page in pages)][:len(pages)],
                                "page_places": [page.places for page in pages],
                                "traditional_pages": [number for number, page in enumerate(pages) if page.traditional],
                                "regions": [[region_anchor(name), name, region_short_name(name)] for name in regions],
                                # each topic page's sections by region, as numbers in the list of regions
                                "topic_pages": [[number, page.url, page.title,
                                                 [regions.index(name) for name in page.regions]]
                                                for number, page in enumerate(pages) if page.topic],
                                # those of them that are an indicator's page
                                "indicator_pages": [number for number, page in enumerate(pages) if page.indicator]})
    return files


def _content_hash(files: dict[str, str]) -> str:
    digest = hashlib.blake2b(digest_size=6)
    for name in sorted(files):
        digest.update(f"{name}\0{files[name]}\0".encode())
    return digest.hexdigest()


def _bucket_count(total_postings: int) -> int:
    buckets = 16
    while buckets * POSTINGS_PER_BUCKET < total_postings:
        buckets *= 2
    return buckets


def _term_buckets(terms: np.ndarray, units: np.ndarray, counts: np.ndarray, buckets: int) -> dict[str, str]:
    """One file per bucket: ``{term: postings}``, postings as in the module docstring. Postings
    become Python numbers one bucket at a time (all at once, they would be millions of objects)."""
    first = np.flatnonzero(np.diff(terms.astype(np.int64), prepend=-1))
    units = units.astype(np.int64)
    previous = np.concatenate(([0], units[:-1]))
    previous[first] = 0
    postings = (units - previous) * _MAX_COUNT + counts - 1
    distinct = terms[first].astype(np.int64)
    bucket_of_term = ((distinct >> 16) * 31 + (distinct & 0xFFFF)) % buckets
    by_bucket = np.argsort(bucket_of_term, kind="stable")
    bounds = np.searchsorted(bucket_of_term[by_bucket], np.arange(buckets + 1)).tolist()
    starts, ends, distinct = first.tolist(), np.append(first[1:], len(terms)).tolist(), distinct.tolist()
    files = {}
    for number in range(buckets):
        grouped = {}
        for k in by_bucket[bounds[number]:bounds[number + 1]].tolist():
            grouped[chr(distinct[k] >> 16) + chr(distinct[k] & 0xFFFF)] = postings[starts[k]:ends[k]].tolist()
        files[f"terms/{number}.json"] = _dumps(grouped)
    return files


def _unit_chunks(pages: list[Page]) -> dict[str, str]:
    rows = [(number, item) for number, page in enumerate(pages) for item in page.units]
    chunks = {}
    for start in range(0, len(rows), UNITS_PER_CHUNK):
        chunk = rows[start:start + UNITS_PER_CHUNK]
        chunks[f"units/{start // UNITS_PER_CHUNK}.json"] = _dumps(
            {"pages": {str(number): [pages[number].url, pages[number].title] for number, _ in chunk},
             "units": [[number, item.anchor, item.heading, item.text] for number, item in chunk]})
    return chunks


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

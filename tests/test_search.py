"""The site's own search index: folding, terms, postings, and what a query finds in it.

``find`` reads the written files as atlas-search.js does (bucket by the same hash, unit
numbers from the gaps, every term of the word required); the browser tests check the
script itself on the built site.
"""
from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.search import INDEX_PATH, Page, Unit, search_files, search_index, term_postings

MAX_COUNT = 4
SYMBOL = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff0-9a-z]")


def term_counts(text: str) -> dict[str, int]:
    terms, _, counts = term_postings([text])
    return {chr(term >> 16) + chr(term & 0xFFFF): count for term, count in zip(terms.tolist(), counts.tolist())}


def word_terms(folded_word: str) -> list[str]:
    return [a + b for a, b in zip(folded_word, folded_word[1:]) if SYMBOL.match(a) and SYMBOL.match(b)]


def postings(files: dict[str, str], term: str) -> dict[int, int]:
    """``{unit: count}`` for a term, decoded as the browser decodes it."""
    index = json.loads(files[INDEX_PATH])
    bucket = json.loads(files[f"{index['folder']}terms/{(31 * ord(term[0]) + ord(term[1])) % index['buckets']}.json"])
    found, unit = {}, 0
    for code in bucket.get(term, []):
        unit += code // MAX_COUNT
        found[unit] = code % MAX_COUNT + 1
    return found


def find(files: dict[str, str], folded_word: str) -> set[int]:
    """Units holding every term of the word."""
    lists = [postings(files, term) for term in word_terms(folded_word)]
    return set.intersection(*(set(found) for found in lists)) if lists else set()


def unit_row(files: dict[str, str], unit: int) -> list:
    return chunk(files, unit)["units"][unit % json.loads(files[INDEX_PATH])["units_per_chunk"]]


def chunk(files: dict[str, str], unit: int) -> dict:
    index = json.loads(files[INDEX_PATH])
    return json.loads(files[f"{index['folder']}units/{unit // index['units_per_chunk']}.json"])


def test_traditional_full_width_and_capital_letters_fold_to_the_query_form():
    assert term_counts("行政復議") == term_counts("行政复议") == {"行政": 1, "政复": 1, "复议": 1}
    assert term_counts("ＰＤＦ２０") == term_counts("Pdf20") == {"pd": 1, "df": 1, "f2": 1, "20": 1}


def test_punctuation_and_spaces_separate_and_counts_are_per_text():
    assert "政复" not in term_counts("行政、复议") and "政复" not in term_counts("行政 复议")
    assert term_counts("行政行政，行政")["行政"] == 3
    terms, texts, counts = term_postings(["复议复议", "行政", "复议"])
    found = {(chr(t >> 16) + chr(t & 0xFFFF), x): c for t, x, c in zip(terms.tolist(), texts.tolist(), counts.tolist())}
    assert found == {("复议", 0): 2, ("议复", 0): 1, ("行政", 1): 1, ("复议", 2): 1}


def test_seed_index_finds_each_plans_tasks_on_the_phrase(corpus):
    files = search_index(corpus, ())
    chunks = [json.loads(content) for path, content in files.items() if "/units/" in path]
    urls = {int(number): page[0] for part in chunks for number, page in part["pages"].items()}
    indexed = {(urls[row[0]], row[1]) for part in chunks for row in part["units"]}
    nodes = sum(sum(1 for _ in plan.root.walk()) for plan in corpus.plans)  # each plan's opening and numbered parts
    assert len(json.loads(files[INDEX_PATH])["page_starts"]) == 5 and len(indexed) == nodes
    assert json.loads(files[INDEX_PATH])["page_places"] == ["成都市 四川省 2015", "北京市密云县 2011", "铜川市 陕西省 2024",
                                                            "云南省 2021", "惠州市仲恺高新区 广东省 2018"]
    # A task's number as its citation gives it is searched with its words: 成都 二(八)38.
    assert any(unit_row(files, unit)[1] == "c2-s8-i38" for unit in find(files, "38"))
    assert {(f"plans/{plan.meta.slug}/", task.anchor) for plan in corpus.plans for task in plan.tasks()} <= indexed
    assert urls[0] == "plans/chengdu-2015/" and unit_row(files, 0)[1] == "top"
    rows = [unit_row(files, unit) for unit in find(files, "行政复议")]
    assert len({row[0] for row in rows}) == 5
    assert any(urls[row[0]] == "plans/chengdu-2015/" and row[1] == "c2-s8-i38" for row in rows)  # 加强行政复议工作
    assert any(row[1] == "c7-s26" and "行政復議" in row[2] for row in rows)  # 云南, printed in traditional script


def test_source_text_is_json_data_in_the_chunks():
    page = Page("plans/x/", "<b>题</b>", (Unit("c1-i1", "1.<script>", '加强"审查"</p>', "标题"),))
    files = search_files([page])
    assert chunk(files, 0) == {"pages": {"0": ["plans/x/", "<b>题</b>"]}, "units": [[0, "c1-i1", "1.<script>", '加强"审查"</p>']]}
    assert find(files, "标题") == find(files, "审查") == {0}


CHARACTERS = "行政复議议法治，。 ab1"
texts = st.text(alphabet=CHARACTERS, max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(texts, min_size=1, max_size=4), min_size=1, max_size=5), st.data())
def test_every_unit_is_found_by_any_run_of_its_text_with_exact_counts(pages_texts, data):
    pages = [Page(f"p{n}/", f"p{n}", tuple(Unit(f"a{k}", "", text) for k, text in enumerate(unit_texts)))
             for n, unit_texts in enumerate(pages_texts)]
    files = search_files(pages)
    folded = [text.replace("議", "议") for unit_texts in pages_texts for text in unit_texts]
    unit = data.draw(st.integers(0, len(folded) - 1))
    start = data.draw(st.integers(0, len(folded[unit])))
    word = folded[unit][start:start + data.draw(st.integers(2, 6))]
    if word_terms(word):
        assert unit in find(files, word)
    for term in set(word_terms(word)):
        expected = {k: min(sum(1 for j in range(len(text) - 1) if text[j:j + 2] == term), MAX_COUNT)
                    for k, text in enumerate(folded) if term in text}
        assert postings(files, term) == expected

"""The faster tokenizer, where installed, gives exactly jieba's tokens."""
from __future__ import annotations

import pytest

from generator.decode import decode
from generator.link import _terms, load_topics, task_texts

from conftest import ROOT, SOURCES


def test_fast_tokenizer_gives_jiebas_tokens_on_every_seed_task_and_line(corpus):
    pytest.importorskip("jieba_fast_dat", reason="jieba-fast-dat has no wheel for this platform; jieba runs instead")
    from generator.segment import tokenizer

    fast, plain = tokenizer(), tokenizer(fast=False)
    assert type(fast) is not type(plain)
    for made in (fast, plain):
        for term in _terms(load_topics(ROOT / "topics.yml")):
            made.add_word(term, freq=200000)
    texts = [text for task in task_texts(corpus.plans) for text in (task.title, task.body)]
    # The raw texts too: web furniture, pinyin, mojibake, Latin letters and digits.
    texts += [line for path in sorted(SOURCES.glob("*.txt")) for line in decode(path.read_bytes(), path.name)[0].splitlines()]
    assert sum(len(text) for text in texts) > 100_000
    for text in texts:
        assert fast.lcut(text, HMM=False) == plain.lcut(text, HMM=False), text[:40]


TEXT = "深化行政复议体制改革，全面推行权责清单制度，加强行政执法监督。" * 20


def _cut(_):
    from generator.segment import tokenizer

    return tokenizer().lcut(TEXT, HMM=False)


def test_workers_starting_together_compile_the_dictionary_once_and_cut_alike(tmp_path, monkeypatch):
    pytest.importorskip("jieba_fast_dat", reason="jieba-fast-dat has no wheel for this platform; jieba runs instead")
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from generator.segment import tokenizer

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # no compiled dictionary yet
    with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("fork")) as pool:
        results = list(pool.map(_cut, range(8)))
    assert all(result == tokenizer(fast=False).lcut(TEXT, HMM=False) for result in results)
    assert len(list(tmp_path.glob("fazhi-atlas-jieba-*.dat"))) == 1


def test_the_table_of_words_that_open_a_clause_is_jieba_posseg_s_tags_and_frequencies():
    """Metadata reads a clause's first word from jieba's dictionary tags directly (see
    ``generator.meta._reads_as_place``): the same words ``jieba.posseg`` tags as such."""
    import jieba.posseg

    from generator.segment import CLAUSE_TAGS, common_words

    tokenizer = jieba.posseg.dt.tokenizer
    tokenizer.check_initialized()
    expected = {word for word, tag in jieba.posseg.dt.word_tag_tab.items()
                if len(word) >= 2 and tag.startswith(CLAUSE_TAGS) and tokenizer.FREQ.get(word, 0) >= 100}
    assert common_words(CLAUSE_TAGS, 100) == expected
    assert {"推进", "完善", "加强", "落实", "按照"} <= expected and not {"惠州", "成都", "某某"} & expected
    verbs = {word for word in expected if jieba.posseg.dt.word_tag_tab[word].startswith("v")}
    assert common_words(("v",), 100) == verbs and "呈贡" not in verbs and "落实" not in verbs


def test_parsing_a_text_loads_no_second_copy_of_jiebas_dictionary():
    """``jieba.posseg`` loads the dictionary again, half a second in every parse worker."""
    import subprocess
    import sys

    probe = ("import sys; from generator.corpus import parse_text;"
             "parse_text('宝鸡市凤翔县法治政府建设实施方案\\n一、主要任务\\n1.推进市容整治。'.encode(), 'a.txt');"
             "print('jieba.posseg' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout.strip() == "False"

"""Anchors and URLs are a promise: adding texts or editing wording never moves them."""
from __future__ import annotations

import re

from generator.corpus import load_corpus
from generator.link import link, load_pins, load_topics
from generator.pipeline import build

from conftest import ROOT, SEEDS, SMALL_PLAN, SOURCES, seed_sources

NEW_PLAN = (SMALL_PLAN + """二、规范行政执法
3.全面落实行政裁量权基准制度。细化量化裁量标准。(市司法局牵头)
""").encode("utf-8")


def _ids(corpus):
    return {plan.meta.slug: [node.anchor for node in plan.root.walk() if node.marker] for plan in corpus.plans}


def test_adding_a_text_and_editing_a_task_keeps_every_id(tmp_path):
    before = load_corpus(SOURCES)
    sources = seed_sources(tmp_path)
    chengdu = sources / SEEDS["chengdu"]
    edited = chengdu.read_text(encoding="utf-8").replace("深化行政审批制度改革。", "持续深化行政审批制度改革。")
    chengdu.write_text(edited, encoding="utf-8")
    (sources / "005_new.txt").write_bytes(NEW_PLAN)
    after = load_corpus(sources)
    old, new = _ids(before), _ids(after)
    assert set(old) <= set(new) and len(new) == len(old) + 1
    for slug, anchors in old.items():
        assert new[slug] == anchors
    assert after.plan("chengdu-2015").root["二"]["一"]["1"].title == "持续深化行政审批制度改革"


def test_topic_urls_do_not_depend_on_the_corpus(tmp_path):
    topics = load_topics(ROOT / "topics.yml")
    slugs = [topic.slug for topic in topics]
    assert len(slugs) == len(set(slugs)) and "xingzheng-fuyi" in slugs
    corpus = load_corpus(SOURCES)
    links = link(corpus.plans, topics)
    assert [t.slug for t in links.topics] == slugs


def test_indicator_urls_are_their_recorded_slugs_whatever_the_corpus(tmp_path):
    """An indicator's page is at its slug as INDICATORS records it: a plan added or gone never moves one."""
    from generator.indicators import INDICATORS

    slugs = [indicator.slug for indicator in INDICATORS]
    assert len(slugs) == len(set(slugs)) and all(re.fullmatch(r"[a-z]+(-[a-z]+)*", slug) for slug in slugs)
    seeds = {path for path in build(SOURCES, ROOT / "topics.yml").files if path.startswith("targets/")}
    (tmp_path / "new.txt").write_bytes(NEW_PLAN.replace("细化量化裁量标准。".encode(), "持证上岗率达到100%。".encode()))
    alone = {path for path in build(tmp_path, ROOT / "topics.yml").files if path.startswith("targets/")}
    assert "targets/chuting-yingsu.md" in seeds and alone == {"targets/chizheng-shanggang.md"}


def test_pins_and_exclusions_survive_regeneration(tmp_path):
    corpus = load_corpus(SOURCES)
    topics = load_topics(ROOT / "topics.yml")
    pins_file = tmp_path / "topic_pins.yml"
    pins_file.write_text("xingzheng-fuyi:\n  pin: [miyun-2011#c2-i3]\n  exclude: [chengdu-2015#c2-s8-i38]\n",
                         encoding="utf-8")
    for _ in range(2):
        links = link(corpus.plans, topics, load_pins(pins_file))
        assert "xingzheng-fuyi" in links.task_topics["miyun-2011#c2-i3"]
        assert "xingzheng-fuyi" not in links.task_topics.get("chengdu-2015#c2-s8-i38", ())


def test_a_renamed_topic_keeps_its_old_url_and_pins(tmp_path):
    sources = seed_sources(tmp_path)
    (sources / "topic_pins.yml").write_text("caiiangquan-jizhun:\n  pin: [miyun-2011#c2-i3]\n", encoding="utf-8")
    files = build(sources, ROOT / "topics.yml").files
    assert "topics/cailiangquan-jizhun.md" in files and "topics/caiiangquan-jizhun.md" not in files
    redirect = files["topics/caiiangquan-jizhun/index.html"]
    assert 'url=../cailiangquan-jizhun/' in redirect and "location.hash" in redirect
    assert "miyun-2011/#c2-i3" in files["topics/cailiangquan-jizhun.md"]  # pinned under the old slug


def test_equivalents_are_symmetric_and_cross_plan(corpus):
    links = link(corpus.plans, load_topics(ROOT / "topics.yml"))
    for identifier, others in links.equivalents.items():
        for other, score in others:
            assert other.split("#")[0] != identifier.split("#")[0]
            assert identifier in dict(links.equivalents[other])
            assert 0 < score


def test_a_single_plan_has_no_equivalents_and_links_without_error(seeds):
    links = link((seeds["tongchuan"],), load_topics(ROOT / "topics.yml"))
    assert links.equivalents == {} and links.task_topics

"""Published URLs keep working when a slug changes or a task is renumbered."""
from __future__ import annotations

from generator import registry
from generator.corpus import load_corpus
from generator.pipeline import build

from conftest import ROOT, SEEDS, SOURCES, seed_sources


def test_the_committed_registry_matches_the_seeds():
    kept = registry.reconcile(registry.load(ROOT / "anchors.json"), load_corpus(SOURCES))
    assert kept.diagnostics == () and kept.redirects == {} and kept.aliases == {}
    assert "plans/chengdu-2015/#c2-s8-i38" in kept.registry


def test_renumbered_task_keeps_its_old_anchor_as_alias(tmp_path):
    sources = seed_sources(tmp_path)
    published = registry.current_entries(load_corpus(sources))
    chengdu = sources / SEEDS["chengdu"]
    chengdu.write_text(chengdu.read_text(encoding="utf-8").replace("38.加强行政复议工作", "45.加强行政复议工作"),
                       encoding="utf-8")
    (tmp_path / "anchors.json").write_text(registry.dump(published), encoding="utf-8")
    result = build(sources, ROOT / "topics.yml", tmp_path / "anchors.json")
    assert any("c2-s8-i38 moved to plans/chengdu-2015/#c2-s8-i45" in d.message for d in result.corpus.diagnostics)
    page = result.files["plans/chengdu-2015.md"]
    assert '<span id="c2-s8-i38" class="atlas-alias"></span>' in page
    assert page.index('id="c2-s8-i38"') < page.index("{#c2-s8-i45}")
    recorded = registry.load_text(result.files["data/anchors.json"])
    assert recorded["plans/chengdu-2015/#c2-s8-i38"]["moved_to"] == "plans/chengdu-2015/#c2-s8-i45"


def test_changed_slug_gets_a_redirect_page(tmp_path):
    sources = seed_sources(tmp_path)
    (tmp_path / "anchors.json").write_text(registry.dump(registry.current_entries(load_corpus(sources))),
                                           encoding="utf-8")
    (sources / SEEDS["miyun"]).with_suffix(".yml").write_text("slug: miyun-county-2011\n", encoding="utf-8")
    result = build(sources, ROOT / "topics.yml", tmp_path / "anchors.json")
    redirect = result.files["plans/miyun-2011/index.html"]
    assert 'url=../miyun-county-2011/' in redirect and "location.hash" in redirect
    assert "plans/miyun-county-2011.md" in result.files


def test_lost_url_is_reported(tmp_path):
    sources = seed_sources(tmp_path)
    published = {"plans/chengdu-2015/#c9-i99": {"source": SEEDS["chengdu"], "key": "不存在的任务"}}
    kept = registry.reconcile(published, load_corpus(sources))
    [problem] = kept.diagnostics
    assert "no longer exists" in problem.message and "anchors --update" in problem.hint


def test_the_registry_tells_which_text_a_plan_url_was_published_for():
    published = {"plans/moumou-2023/": {"source": "b.txt", "key": ""},
                 "plans/moumou-2023/#c1-i1": {"source": "b.txt", "key": "全面推行权责清单制度"},
                 "plans/old-2020/": {"source": "c.txt", "key": "", "moved_to": "plans/new-2020/"}}
    assert registry.published_plans(published) == {"moumou-2023": "b.txt"}

"""One real strict MkDocs build over the seeds, checked as a user would."""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import subprocess
import sys
from csv import DictReader
from datetime import datetime, timezone
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest

from conftest import ROOT, SEEDS, SOURCES, make_site_project
from generator.mkdocs_plugin import AtlasPlugin
from generator.pipeline import build

# The gold set lives outside the repository; FAZHI_EVAL_DIR points to it elsewhere.
SCORER = Path(os.environ.get("FAZHI_EVAL_DIR", ROOT.parent / "shared" / "eval")) / "score_links.py"


@pytest.fixture(scope="module")
def site(seed_site):
    return seed_site


def test_every_plan_has_a_page_with_task_anchors(site):
    html = (site / "plans" / "chengdu-2015" / "index.html").read_text(encoding="utf-8")
    assert 'id="c2-s1-i1"' in html and 'id="c2-s8-i38"' in html and 'id="c3-s4"' in html
    assert "复制引用" in html and 'data-citation="《成都市法治政府建设规划(2015-2020年)》(成府发〔2015〕20号) 二(一)1"' in html
    assert 'class="headerlink"' in html
    for slug in ("zhongkai-2018", "yunnan-2021", "tongchuan-2024", "miyun-2011"):
        assert (site / "plans" / slug / "index.html").exists()


def test_home_lists_plans_with_task_counts(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "plans/yunnan-2021/" in html and "<td>40</td>" in html and "省级" in html
    # Below the province level, by province: 陕西省's 铜川市 after 四川省's 成都市, though newer.
    assert "<th>省份</th>" in html and html.index("<td>四川省</td>") < html.index("<td>陕西省</td>")
    # Above them, the plans issued last, newest first, each with its date and place (云南's prints no date).
    latest = html[html.index('<ul class="atlas-latest">'):html.index("</ul>", html.index('<ul class="atlas-latest">'))]
    assert re.findall(r'<li>([\d-]+) · ([^<]+) · <a href="plans/([a-z0-9-]+)/"', latest) == [
        ("2024-03-02", "陕西省铜川市", "tongchuan-2024"), ("2018-02-07", "广东省惠州市仲恺高新区", "zhongkai-2018"),
        ("2015-07-06", "四川省成都市", "chengdu-2015"), ("2011-11-22", "北京市密云县", "miyun-2011")]


def test_the_navigation_lists_plans_by_level_then_province(site):
    html = (site / "plans" / "miyun-2011" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index("md-nav--primary"):html.index("md-nav--secondary")]
    assert nav.index("县级") < nav.index("北京市") < nav.index("密云县 2011") and "北京市密云县" not in nav


def test_report_lists_chrome_and_mojibake(site):
    html = (site / "report" / "index.html").read_text(encoding="utf-8")
    assert "本文链接" in html and "atlas-mojibake" in html and "<td>信息表</td>" in html and "<td>相关链接</td>" in html
    assert "metadata table" not in html


def test_a_traditional_plan_s_own_words_are_marked_as_traditional_and_nothing_else_is(site):
    """lang="zh-Hant" on what the plan prints (the site's language, zh, is read as simplified), so a browser
    draws it in a traditional font and a screen reader reads it so; its simplified reading is zh-Hans."""
    page = (site / "plans" / "zhongkai-2018" / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article"):page.index("</article>")]
    assert '<h1 id="top" lang="zh-Hant">仲愷高新區' in article and '<h3 id="c2-s1" lang="zh-Hant">' in article
    assert '<td lang="zh-Hant">仲愷高新區管委會</td>' in article and "<td>惠州市仲恺高新区</td>" in article
    assert '<p class="atlas-text" lang="zh-Hant">為貫徹落實' in article
    assert '<span class="atlas-role">牵头</span><span lang="zh-Hant">區編辦' in article
    assert '<details class="atlas-alt" lang="zh-Hans"><summary>简体文本</summary>' in article
    # Every paragraph of its tasks is marked; the buttons and labels are the site's, unmarked.
    assert article.count('<p class="atlas-body" lang="zh-Hant">') == article.count('<p class="atlas-body"')
    assert 'lang="zh-Hant">复制引用' not in article and '<summary lang' not in article
    # Listed elsewhere: the task's words, not the simplified place and year before them.
    elsewhere = (site / "plans" / "chengdu-2015" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'惠州市仲恺高新区 2018 <span lang="zh-Hant">二\(一\)\d+ ', elsewhere)
    assert 'lang="zh-Hant"' not in elsewhere.replace('<span lang="zh-Hant">', "")
    topic = (site / "topics" / "xingzheng-fuyi" / "index.html").read_text(encoding="utf-8")
    assert '<p class="atlas-text" data-level="province" data-year="2021" lang="zh-Hant"><a href="../../plans/yunnan-2021/">' in topic
    index = json.loads((site / "search" / "index.json").read_text(encoding="utf-8"))
    slugs = sorted(("chengdu-2015", "miyun-2011", "tongchuan-2024", "yunnan-2021", "zhongkai-2018"))
    assert [slugs[page] for page in index["traditional_pages"]] == ["yunnan-2021", "zhongkai-2018"]


def test_search_is_a_chunked_index_with_a_script_folding_table(site):
    """What a query finds is tested in a real browser (test_browser.py); here, the files."""
    index = json.loads((site / "search" / "index.json").read_text(encoding="utf-8"))
    folder = site / index["folder"]
    assert folder.parent == site / "search" and len(list(site.glob("search/*/"))) == 1
    assert len(list((folder / "terms").iterdir())) == index["buckets"] >= 16
    units = list((folder / "units").iterdir())
    assert len(units) >= 190 // index["units_per_chunk"]
    assert max(path.stat().st_size for path in units) < 64 * 1024  # a chunk is a few tasks, not a page
    assert not (site / "search" / "search_index.json").exists() and not (site / "pagefind").exists()
    pairs = (site / "assets" / "t2s.txt").read_text(encoding="utf-8")
    assert "議议" in pairs and "復复" in pairs and "設设" in pairs


def test_export_schema(site):
    tasks = json.loads((site / "data" / "tasks.json").read_text(encoding="utf-8"))
    plans = json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))
    assert len(tasks) == 190 and len(plans) == 5
    task = next(t for t in tasks if t["id"] == "chengdu-2015#c2-s1-i1")
    assert task["path"] == ["二", "一", "1"] and task["url"] == "plans/chengdu-2015/#c2-s1-i1"
    assert task["lead"] == ["市委编办(市审改办)"] and task["source"] == "000_6fb7fc662887b81d.txt"
    assert task["lead_kinds"] == ["staffing"]  # its anchor on the lead-unit index, units/#staffing
    tree = json.loads((site / "data" / "plans" / "chengdu-2015.json").read_text(encoding="utf-8"))["tree"]
    node = tree["children"][1]["children"][0]["children"][0]  # 二(一)1, as the plan prints its note
    assert (node["anchor"], node["lead"], node["lead_kinds"]) == ("c2-s1-i1", ["市委编办(市审改办)"], ["staffing"])
    assert tree["children"][0]["children"][1]["due_years"] == ["2020"]  # 一(二) 主要目标: 到2020年
    assert {"title", "text", "partners", "deadlines", "targets", "topics", "equivalents"} <= set(task)
    assert all(other.split("#")[0] != "chengdu-2015" for other in task["equivalents"])
    assert {p["slug"]: p["task_count"] for p in plans}["miyun-2011"] == 29
    assert {p["slug"]: p["province"] for p in plans}["chengdu-2015"] == "四川省"
    csv = (site / "data" / "tasks.csv").read_bytes()
    assert csv.startswith("\ufeff".encode()) and "chengdu-2015#c2-s1-i1".encode() in csv
    rows = {row["id"]: row for row in DictReader(StringIO(csv.decode("utf-8-sig")))}
    assert {key: rows["miyun-2011#c3-i6"][key] for key in ("plan", "place", "province", "level", "year")} == {
        "plan": "miyun-2011", "place": "北京市密云县", "province": "北京市", "level": "county", "year": "2011"}
    led = next(row for row in rows.values() if "；" in row["lead"])  # two units of one kind count once
    assert rows["yunnan-2021#c8-s30"]["due_years"] == "2024；2025"  # 2024年年底前, 到2025年
    assert len(led["lead_kinds"].split("；")) == len(set(led["lead_kinds"].split("；"))) >= 1


def test_a_plan_page_lists_its_tasks_by_each_unit_that_leads_or_takes_part_in_them(site):
    """What a department's reader looks for first: the tasks that are theirs, as the export names their units."""
    tasks = [task for task in json.loads((site / "data" / "tasks.json").read_text(encoding="utf-8"))
             if task["plan"] == "chengdu-2015"]
    page = (site / "plans" / "chengdu-2015" / "index.html").read_text(encoding="utf-8")
    table = page[page.index('<details class="atlas-units">'):].split("</details>")[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", table)
    assert "各单位的任务（16 个单位）" in table and len(rows) == 16

    def anchors(cell: str) -> list[str]:
        return re.findall(r'<a href="#([^"]+)"', cell)

    for unit, led, helped in rows:
        assert anchors(led) == [task["id"].split("#")[1] for task in tasks if unit in task["lead"]]
        assert anchors(helped) == [task["id"].split("#")[1] for task in tasks if unit in task["partners"]]
    assert rows[0][0] == "市政府法制办" and len(anchors(rows[0][1])) == 22  # the unit leading most first
    assert all(f'id="{anchor}"' in page for _, led, helped in rows for anchor in anchors(led + helped))
    assert '<a href="#c2-s1-i3" title="健全行政权力清单制度">二(一)3</a>' in rows[0][1]


def test_the_guide_s_example_citation_is_what_the_button_copies(site):
    """The user's guide cites 成都 2015, task 38, as the page's "copy citation" button does, at its anchor."""
    guide = (site / "guide" / "index.html").read_text(encoding="utf-8")
    example = re.search(r"《成都市[^<]*?38 https://…/plans/chengdu-2015/#c2-s8-i38", html.unescape(guide))
    page = (site / "plans" / "chengdu-2015" / "index.html").read_text(encoding="utf-8")
    button = re.search(r'data-citation="([^"]*)" data-number="二\(八\)38" data-anchor="c2-s8-i38"', page)
    assert example and button and example.group(0).startswith(html.unescape(button.group(1)) + " https://")
    assert 'href="guide/"' in (site / "index.html").read_text(encoding="utf-8")


def test_comparison_pages(site):
    topic = (site / "topics" / "xingzheng-fuyi" / "index.html").read_text(encoding="utf-8")
    assert topic.count('id="plan-') >= 3 and "atlas-shared" in topic and "plans/yunnan-2021/#c7-s26" in topic
    # Plans by province, in the order of their codes: 北京市 (11) … 四川省 (51) … 陕西省 (61), each under its own.
    regions = [topic.index(f'<h2 id="province-{code}"') for code in ("11", "44", "51", "53", "61")]
    plans = [topic.index(f'id="plan-{slug}"') for slug in ("miyun-2011", "zhongkai-2018", "chengdu-2015",
                                                                  "yunnan-2021", "tongchuan-2024")]
    assert regions == sorted(regions) and all(r < p for r, p in zip(regions, plans)) and plans == sorted(plans)
    assert all(p < r for p, r in zip(plans, regions[1:]))
    # The plans a topic misses, a line per province, each named by place (within the province) and year with its
    # title on hover; a plan's heading, too, leaves out the province it stands under.
    gaps = [page.read_text(encoding="utf-8") for page in (site / "topics").glob("*/index.html")]
    assert any('<li>北京市：<span data-level="county" data-year="2011"><a href="../../plans/miyun-2011/" title="密云县人民政府关于加强法治'
               '政府建设的实施意见">密云县 2011</a></span></li><li>陕西省：' in page for page in gaps)
    # Each plan's part marked with its level and year, for the page's filter by level and year.
    assert '<h3 data-level="county" data-year="2011" id="plan-miyun-2011">密云县 2011' in topic
    assert '<h3 data-level="province" data-year="2021" id="plan-yunnan-2021">云南省 2021' in topic
    assert '<ul class="atlas-topic-tasks" data-level="province" data-year="2021">' in topic
    assert re.findall(r'<input type="checkbox" value="(\w+)" checked>', topic) == ["province", "city", "county", "zone"]
    # The first and the last year to show: the plans' years, the first and last chosen; a pair side by side
    # carries both plans' levels and years.
    years = topic[topic.index('<p class="atlas-years" hidden>'):]
    years = years[:years.index("</p>")]
    assert re.findall(r"<option( selected)?>(\d+)</option>", years) == [
        *((" selected" if year == "2011" else "", year) for year in ("2011", "2015", "2018", "2021", "2024")),
        *((" selected" if year == "2024" else "", year) for year in ("2011", "2015", "2018", "2021", "2024"))]
    assert re.search(r'<div class="atlas-pair" data-score="[\d.]+" data-levels="city county" data-years="2015 2011">',
                     topic)
    # A year's deadlines are filtered alike, among the plans due that year.
    due = (site / "deadlines" / "2025" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<option>(\d+)</option>", due) == ["2024", "2021"]
    # A target with what it measures, as each plan states it, beside the other plans'.
    answering = (site / "topics" / "xingzheng-yingsu" / "index.html").read_text(encoding="utf-8")
    assert '<span class="atlas-chip atlas-target">行政机关负责人出庭应诉率达到100%</span>' in answering
    assert '<span class="atlas-chip atlas-target" lang="zh-Hant">全省各級行政機關負責人出庭應訴率達到100%</span>' in answering
    # The index of topics counts each topic's tasks and the plans they come from (of the page's plan headings).
    index = (site / "topics" / "index.html").read_text(encoding="utf-8")
    plans_on_page = topic.count('<h3 data-level="')
    assert re.search(rf'href="xingzheng-fuyi/">行政复议</a>（\d+ 项，{plans_on_page} 份规划）', index)
    matrix = (site / "coverage" / "index.html").read_text(encoding="utf-8")
    assert "topics/xingzheng-fuyi/#plan-chengdu-2015" in matrix
    head = matrix[matrix.index("<thead>"):matrix.index("</thead>")]
    assert head.index(">四川省<") < head.index(">陕西省<") and head.index("成都市 2015") < head.index("铜川市 2024")
    units = (site / "units" / "index.html").read_text(encoding="utf-8")
    assert "司法行政与政府法制机构" in units and "區法制局" in units
    legal = units[units.index('id="legal-affairs"'):]
    assert legal.index("惠州市仲恺高新区 2018") < legal.index("成都市 2015")  # by province: 广东 (44), 四川 (51)


def test_the_comparison_of_two_plans_offers_every_plan_and_lists_each_plan_s_tasks_by_topic(site):
    """compare/ offers every plan, by province, and the taxonomy's topics; compare/<slug>.json gives each plan's
    tasks on each topic (anchor, number, title) as the export's topics have them, for the page's script."""
    page = (site / "compare" / "index.html").read_text(encoding="utf-8")
    offered = re.findall(r'<option value="([a-z0-9-]+)"', page)  # once: the script copies them to the other side
    assert offered == ["miyun-2011", "zhongkai-2018", "chengdu-2015", "yunnan-2021", "tongchuan-2024"]
    assert '<optgroup label="四川省"><option value="chengdu-2015">成都市 2015　成都市法治政府建设规划(2015-2020年)' in page
    assert '<option value="yunnan-2021" lang="zh-Hant">云南省 2021　云南省法治政府建設實施綱要' in page
    topics = json.loads(html.unescape(re.search(r'class="atlas-compare__topics">(.*?)</script>', page).group(1)))
    assert ["xingzheng-fuyi", "行政复议"] in topics
    tasks = json.loads((site / "data" / "tasks.json").read_text(encoding="utf-8"))
    for slug in offered:
        listed = json.loads((site / "compare" / f"{slug}.json").read_text(encoding="utf-8"))
        by_topic = {(topic, anchor) for topic, items in listed["topics"].items() for anchor, *_ in items}
        assert by_topic == {(topic, task["id"].split("#")[1]) for task in tasks if task["plan"] == slug
                            for topic in task["topics"]}
        assert listed["traditional"] == (slug in ("zhongkai-2018", "yunnan-2021"))
    chengdu = json.loads((site / "compare" / "chengdu-2015.json").read_text(encoding="utf-8"))
    assert ["c2-s8-i38", "二(八)38", "加强行政复议工作"] in chengdu["topics"]["xingzheng-fuyi"]
    # With its deadlines and targets (each in its clause), where it has any, as the export dates and counts them.
    tongchuan = {task[0]: task[3:] for items in json.loads((site / "compare" / "tongchuan-2024.json").read_text(
        encoding="utf-8"))["topics"].values() for task in items}
    assert tongchuan["c5-i20"][1] == ["行政机关负责人出庭应诉率达到100%"] and tongchuan["c1-i1"][0] == ["2024年6月前"]
    exported = {task["id"].split("#")[1]: task for task in tasks if task["plan"] == "tongchuan-2024"}
    assert all(bool(measures) == bool(exported[anchor]["deadlines"] or exported[anchor]["targets"])
               and (not measures or measures[0] == exported[anchor]["deadlines"]) for anchor, measures in tongchuan.items())
    # Its figures by indicator (量化指标), as the indicators' pages give them, and the indicators any plan sets.
    assert json.loads((site / "compare" / "tongchuan-2024.json").read_text(encoding="utf-8"))["figures"][
        "chuting-yingsu"] == [["c5-i20", "五20", "100%"]]
    indicators = json.loads(html.unescape(re.search(r'class="atlas-compare__indicators">(.*?)</script>', page).group(1)))
    assert ["chuting-yingsu", "行政机关负责人出庭应诉率"] in indicators and "susong-baisu" not in dict(indicators)
    card = (site / "plans" / "chengdu-2015" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../compare/?a=chengdu-2015">与另一份规划逐个主题对照</a>' in card


def test_the_deadline_pages_list_each_year_s_tasks_by_province_and_plan_as_the_export_dates_them(site):
    """承诺时间表: the years the export's dated deadlines fall due (a span's last year), with their tasks and plans
    counted, and each year's tasks on its page under their province and plan, linked to their anchors."""
    tasks = json.loads((site / "data" / "tasks.json").read_text(encoding="utf-8"))
    due: dict[str, set[str]] = {}
    for task in tasks:
        years = {max(years) for deadline in task["deadlines"] if (years := re.findall(r"(20\d\d)年", deadline))}
        assert task["due_years"] == sorted(years)  # the export's own field, to filter by in a spreadsheet
        for year in years:
            due.setdefault(year, set()).add(task["id"])
    assert sorted(due) == ["2018", "2020", "2021", "2022", "2023", "2024", "2025", "2035"]
    index = (site / "deadlines" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="(\d{4})/">\d{4}</a></td><td>(\d+)</td><td>(\d+)</td></tr>', index)
    assert rows == [(year, str(len(ids)), str(len({task.split("#")[0] for task in ids}))) for year, ids in sorted(due.items())]
    for year, ids in due.items():
        page = (site / "deadlines" / year / "index.html").read_text(encoding="utf-8")
        assert {f"{slug}#{anchor}" for slug, anchor in re.findall(r'href="\.\./\.\./plans/([a-z0-9-]+)/#([^"]+)"', page)} == ids
    # 云南 八(三十), due 2024年年底前 and 到2025年, is on both years' pages; by province: 云南省 (53) before 陕西省 (61).
    page = (site / "deadlines" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "yunnan-2021/#c8-s30" in page and "yunnan-2021/#c8-s30" in (site / "deadlines" / "2025" / "index.html").read_text(
        encoding="utf-8")
    assert page.index('<h2 id="province-53"') < page.index('id="plan-yunnan-2021"') < page.index('<h2 id="province-61"')
    assert '<span class="atlas-chip atlas-deadline">2024年6月前</span>' in page  # as the plan prints it
    assert re.findall(r'<input type="checkbox" value="(\w+)" checked>', page) == ["province", "city"]  # its levels
    # A plan's card counts its tasks of each year, linked to its section of that year's page.
    for slug in {task.split("#")[0] for ids in due.values() for task in ids}:
        card = (site / "plans" / slug / "index.html").read_text(encoding="utf-8").split('<table class="atlas-card">')[1]
        counted = re.findall(r'<a href="\.\./\.\./deadlines/(\d{4})/#plan-([a-z0-9-]+)">\d{4}</a>（(\d+) 项）', card)
        assert counted == [(year, slug, str(len([task for task in ids if task.startswith(slug + "#")])))
                           for year, ids in sorted(due.items()) if any(task.startswith(slug + "#") for task in ids)]
    assert "到期任务" not in (site / "plans" / "miyun-2011" / "index.html").read_text(encoding="utf-8")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="deadlines/">承诺时间表</a>' in home and "承诺时间表" in home[home.index("md-nav--primary"):]


@pytest.mark.skipif(not SCORER.exists(), reason="the evaluation set is not beside this checkout (set FAZHI_EVAL_DIR)")
def test_links_meet_the_quality_bar(site):
    result = subprocess.run([sys.executable, str(SCORER), str(site / "data" / "tasks.json"), "--min-f1", "0.80"],
                            capture_output=True, text=True)
    assert "coverage 174/174" in result.stdout
    precision = float(result.stdout.split("P=")[1].split()[0])
    assert result.returncode == 0 and precision >= 0.80, result.stdout


def test_the_build_is_dated_by_its_newest_plan_not_by_the_clock(site, corpus):
    """MkDocs stamps the sitemap's gzip header with the build's date: the newest plan's, so the
    same texts give the same bytes on any day."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        pytest.skip("the environment dates the build itself")
    newest = max(plan.meta.issued for plan in corpus.plans if plan.meta.issued)
    stamped = int.from_bytes((site / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert datetime.fromtimestamp(stamped, timezone.utc).date().isoformat() == newest


def test_a_build_whose_newest_plan_is_dated_by_its_month_is_dated_by_that_month_s_first_day(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    plans = [SimpleNamespace(meta=SimpleNamespace(issued=issued)) for issued in ("2023-11-20", "2023-12", "")]
    plugin = AtlasPlugin()
    plugin._date_the_build(SimpleNamespace(plans=plans))
    assert datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), timezone.utc).date().isoformat() == "2023-12-01"
    plugin._undate()
    assert "SOURCE_DATE_EPOCH" not in os.environ


def test_a_yearly_plan_s_limits_without_a_year_fall_due_in_its_year(tmp_path):
    """A county's 2023 工作要点 sets 6月底前 and 年底前, naming no year: the timeline, the plan's card and the export
    give them 2023 (明年 2024); a plan over five years leaves its 6月底前 undated, as it cannot tell which year."""
    (tmp_path / "yaodian.txt").write_text(
        "某某县2023年法治政府建设工作要点\n一、主要任务\n1.推行告知承诺制。6月底前完成事项清单动态调整。（牵头单位：县司法局）\n"
        "2.开展述法。年底前书面述法。（牵头单位：县委办）\n3.评估执法。明年第一季度前完成评估。\n4.加强学习。持续深化学法。\n",
        encoding="utf-8")
    (tmp_path / "fangan.txt").write_text("某某市法治政府建设实施方案（2021—2025年）\n一、主要任务\n"
                                         "1.推行告知承诺制。6月底前完成事项清单动态调整。（牵头单位：市司法局）\n", encoding="utf-8")
    files = build(tmp_path, ROOT / "topics.yml").files
    slug = next(path for path in files if re.fullmatch(r"plans/[a-z-]+-2023\.md", path))[len("plans/"):-len(".md")]
    by_plan = {task["id"]: (task["deadlines"], task["due_years"]) for task in json.loads(files["data/tasks.json"])}
    assert by_plan[f"{slug}#c1-i1"] == (["6月底前"], ["2023"]) and by_plan[f"{slug}#c1-i2"] == (["年底前"], ["2023"])
    assert by_plan[f"{slug}#c1-i3"] == (["明年第一季度前"], ["2024"]) and by_plan[f"{slug}#c1-i4"] == ([], [])
    [five_years] = [task for key, task in by_plan.items() if not key.startswith(slug)]
    assert five_years == (["6月底前"], [])
    assert sorted(path for path in files if path.startswith("deadlines/")) == ["deadlines/2023.md", "deadlines/2024.md"]
    assert f"plans/{slug}/#c1-i1" in files["deadlines/2023.md"] and f"plans/{slug}/#c1-i2" in files["deadlines/2023.md"]
    assert f"plans/{slug}/#c1-i3" in files["deadlines/2024.md"]
    assert f'deadlines/2023/#plan-{slug}">2023</a>（2 项）' in files[f"plans/{slug}.md"]
    assert "年度工作要点只写月份或年底的期限（6月底前、年底前）按要点的年份计" in files["deadlines.md"]  # as it says


def test_a_plan_s_card_lists_the_other_plans_of_its_place_by_year(tmp_path):
    """A reader following one place over the years: 成都's plans of 2015, 2021 and 2023 each list the other two,
    earliest first, a traditional title marked so; a place with one plan has no such row."""
    for seed in ("chengdu", "miyun"):
        (tmp_path / SEEDS[seed]).write_bytes((SOURCES / SEEDS[seed]).read_bytes())
    tasks = "一、主要任务\n1.加强行政复议工作。（牵头单位：市司法局）\n2.深化政务公开。（牵头单位：市政府办公厅）\n"
    (tmp_path / "chengdu-2023.txt").write_text("成都市2023年法治政府建設工作要點\n一、主要任務\n1.規範行政執法。（牽頭單位：市司法局）\n"
                                             "2.推進法治督察。（牽頭單位：市委依法治市辦）\n", encoding="utf-8")
    (tmp_path / "chengdu-2021.txt").write_text(f"成都市2021年法治政府建设工作要点\n{tasks}", encoding="utf-8")
    pages = build(tmp_path, ROOT / "topics.yml").files

    def neighbours(slug: str) -> list[str]:
        card = pages[f"plans/{slug}.md"].split('<table class="atlas-card">')[1].split("</table>")[0]
        return re.findall(r"<li>(\d{4}) <a href=\"\.\./([a-z0-9-]+)/\">", card)

    assert neighbours("chengdu-2015") == [("2021", "chengdu-2021"), ("2023", "chengdu-2023")]
    assert neighbours("chengdu-2021") == [("2015", "chengdu-2015"), ("2023", "chengdu-2023")]
    assert neighbours("chengdu-2023") == [("2015", "chengdu-2015"), ("2021", "chengdu-2021")]
    assert '<a href="../chengdu-2023/"><span lang="zh-Hant">成都市2023年法治政府建設工作要點</span></a>' \
        in pages["plans/chengdu-2015.md"]
    assert neighbours("miyun-2011") == [] and "同地其他规划" not in pages["plans/miyun-2011.md"]
    # Each links to the two set side by side by topic.
    card = pages["plans/chengdu-2021.md"].split('<table class="atlas-card">')[1].split("</table>")[0]
    assert re.findall(r'href="\.\./\.\./compare/\?a=([a-z0-9-]+)&amp;b=([a-z0-9-]+)"', card) == [
        ("chengdu-2021", "chengdu-2015"), ("chengdu-2021", "chengdu-2023")]


def test_a_plan_s_card_lists_the_plans_of_the_places_above_it_province_first(tmp_path):
    """成都市郫都区's plan is checked against the nation's 纲要 (issued by 中共中央、国务院, printed under its title),
    四川省's and 成都市's; a department's own plan (四川省司法厅's) governs its department, not the places below, and
    is none of them."""
    tasks = "一、主要任务\n1.加强行政复议工作。（牵头单位：{0}司法局）\n2.深化政务公开。（牵头单位：{0}政府办）\n"
    texts = {"sichuan-2021.txt": f"四川省法治政府建设实施方案（2021—2025年）\n{tasks.format('省')}",
             "sichuan-2023.txt": f"四川省2023年法治政府建设工作要点\n{tasks.format('省')}",
             "sifating-2022.txt": f"四川省司法厅2022年法治政府建设工作要点\n{tasks.format('厅')}",
             "chengdu-2022.txt": f"成都市2022年法治政府建设工作要点\n{tasks.format('市')}",
             "pidu-2022.txt": f"成都市郫都区2022年法治政府建设工作要点\n{tasks.format('区')}",
             "gangyao.txt": "法治政府建设实施纲要（2021—2025年）\n中共中央、国务院\n一、主要任务\n（一）加强行政复议工作。\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    pages = build(tmp_path, ROOT / "topics.yml").files

    def above(slug: str) -> list[tuple[str, str]]:
        card = pages[f"plans/{slug}.md"].split('<table class="atlas-card">')[1].split("</table>")[0]
        row = card.split("<th>上级规划</th>")[1].split("</tr>")[0] if "上级规划" in card else ""
        return re.findall(r'<a href="\.\./\.\./compare/\?a=([a-z0-9-]+)&amp;b=([a-z0-9-]+)">', row)

    assert above("pidu-2022") == [("pidu-2022", "quanguo-2021"), ("pidu-2022", "sichuan-2021"),
                                  ("pidu-2022", "sichuan-2023"), ("pidu-2022", "chengdu-2022")]
    assert above("chengdu-2022") == [("chengdu-2022", "quanguo-2021"), ("chengdu-2022", "sichuan-2021"),
                                     ("chengdu-2022", "sichuan-2023")]
    assert above("sichuan-2021") == [("sichuan-2021", "quanguo-2021")]
    assert above("sichuan-sifating-2022") == [("sichuan-sifating-2022", "quanguo-2021")] and above("quanguo-2021") == []


def test_data_files_reach_mkdocs_through_a_folder_that_is_removed_after_the_build(tmp_path, monkeypatch):
    """In this process, as `mkdocs serve` rebuilds: a copy of the data files left per build would
    fill the disk over a long session."""
    import tempfile

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    seed = SEEDS["tongchuan"]
    project = make_site_project(tmp_path, {seed: (SOURCES / seed).read_bytes()}, with_seeds=False)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    for _ in range(2):
        build(load_config(str(project / "mkdocs.yml")))
        assert json.loads((project / "site" / "data" / "tasks.json").read_text(encoding="utf-8"))
        assert (project / "site" / "assets" / "t2s.txt").stat().st_size > 10000
        assert not [path for path in temporary.iterdir() if path.is_dir()]
        # The build's date was the plugin's for the build only: the next build, or a test after, has the clock.
        assert "SOURCE_DATE_EPOCH" not in os.environ


def test_html_blocks_handed_to_mkdocs_as_stand_ins_come_back_as_markdown_would_render_them():
    """The plugin hands a generated page's HTML blocks to MkDocs as comments standing in for them
    (so neither MkDocs nor Python-Markdown parses them) and puts them back after rendering: each
    page renders to the very HTML it would without them."""
    pages = {path: text for path, text in build(SOURCES, ROOT / "topics.yml").files.items() if path.endswith(".md")}
    plugin = AtlasPlugin()
    plugin._generated_pages, plugin._blocks = frozenset(pages), {}
    def render(source: str) -> str:
        return markdown.Markdown(extensions=["attr_list", "toc", "meta"]).convert(source)

    stood_in = 0
    for path, text in pages.items():
        page = SimpleNamespace(file=SimpleNamespace(src_uri=path))
        handed = plugin.on_page_markdown(text, page=page, config=None, files=None)
        stood_in += handed.count("<!--atlas-block-")
        assert plugin.on_page_content(render(handed), page=page, config=None, files=None) == render(text), path
    assert stood_in > 250  # every task of the seeds is a block


def test_the_indicator_pages_set_each_plan_s_figure_for_a_measure_side_by_side(site):
    """量化指标: 铜川 五20 and 云南 七(二十七) both promise 行政机关负责人出庭应诉率 100%; the training hours run from
    成都's 40 to 60; each figure links to its task, with the words that say what it measures, highest first."""
    index = (site / "targets" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="([a-z-]+)/">([^<]+)</a></td><td>(\d+)</td><td>(\d+)</td><td>([^<]+)</td>'
                      r"<td>([^<]+)</td></tr>", index)
    assert ("chuting-yingsu", "行政机关负责人出庭应诉率", "2", "2", "100%", "100%（2 份规划）") in rows
    assert ("peixun-xueshi", "法治培训学时", "3", "3", "40学时–60学时", "60学时（2 份规划）") in rows
    assert all((site / "targets" / slug / "index.html").is_file() for slug, *_ in rows)
    page = (site / "targets" / "peixun-xueshi" / "index.html").read_text(encoding="utf-8")
    found = re.findall(r'<tr(?: id="plan-[a-z0-9-]+")? data-level="(\w+)" data-year="(\d+)"><td>([^<]+)</td><td>[^<]+</td><td><a href="\.\./\.\./'
                       r'plans/([a-z0-9-]+)/"[^>]*>[^<]+</a></td><td><a href="\.\./\.\./plans/[a-z0-9-]+/#([^"]+)">'
                       r"([^<]+)</a></td><td[^>]*>([^<]+)</td></tr>", page)
    assert found == [("province", "2021", "60学时", "yunnan-2021", "c10-s39", "十(三十九)",
                      "確保每人每年接受不少于60學時的業務知識和法律法規培訓"),
                     ("city", "2024", "60学时", "tongchuan-2024", "c3-i8", "三8", "行政执法人员每人每年接受不少于60学时的公共法律常识"),
                     ("city", "2015", "40学时", "chengdu-2015", "c2-s9-i44", "二(九)44", "每名法制机构工作人员每年培训时间不少于40学时")]
    for _, _, _, slug, anchor, _, _ in found:
        assert f'id="{anchor}"' in (site / "plans" / slug / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<input type="checkbox" value="(\w+)" checked>', page) == ["province", "city"]
    # The same figures in a spreadsheet, a row each, with whose plan and which task.
    rows = list(csv.DictReader(io.StringIO((site / "data" / "targets.csv").read_text(encoding="utf-8-sig"))))
    on_pages = sum(len(re.findall(r"<tr(?: id=\"[^\"]+\")? data-level=", (site / "targets" / slug / "index.html").read_text(
        encoding="utf-8"))) for slug in {row["indicator"] for row in rows})
    assert len(rows) == on_pages == 19
    assert {"indicator": "peixun-xueshi", "name": "法治培训学时", "value": "60", "unit": "学时", "figure": "60學時",
            "words": "確保每人每年接受不少于60學時的業務知識和法律法規培訓", "id": "yunnan-2021#c10-s39", "plan": "yunnan-2021",
            "place": "云南省", "province": "云南省", "level": "province", "year": "2021", "number": "十(三十九)",
            "url": "plans/yunnan-2021/#c10-s39"} in rows
    # A task that sets a figure links to every plan's for that indicator, at its plan's row.
    plan_page = (site / "plans" / "tongchuan-2024" / "index.html").read_text(encoding="utf-8")
    task = plan_page[plan_page.index('data-anchor="c3-i8"'):]
    assert task[:task.index("</div>")].count('<p class="atlas-figures">各地的数值：<a href="../../targets/peixun-xueshi/'
                                            '#plan-tongchuan-2024">法治培训学时</a></p>') == 1
    # A plan's card names the figures it sets, each linked to its first row on the indicator's page.
    card = (site / "plans" / "tongchuan-2024" / "index.html").read_text(encoding="utf-8").split("<th>量化指标</th>")[1]
    figures = re.findall(r'<a href="\.\./\.\./targets/([a-z-]+)/#(plan-[a-z0-9-]+)">[^<]+</a> ([^<·]+?)(?: ·|</td>)', card)
    assert ("chuting-yingsu", "plan-tongchuan-2024", "100%") in figures and ("peixun-xueshi", "plan-tongchuan-2024", "60学时") in figures
    for slug, row, _ in figures:
        assert len(re.findall(f'<tr id="{row}" ', (site / "targets" / slug / "index.html").read_text(encoding="utf-8"))) == 1
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="data/targets.csv">targets.csv</a>' in home
    assert '<a href="targets/">量化指标</a>' in home and "量化指标" in home[home.index("md-nav--primary"):]

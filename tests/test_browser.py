"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

A local server on 127.0.0.1 serves the strict build of the five seeds. Screenshots
go to ``test-artifacts/`` (kept by the test run, ignored by git) for a reviewer.
"""
from __future__ import annotations

import re
import shutil
import struct
import zlib
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks.browser import CHROMIUM_ARGS, Requests, chromium_path, serve
from conftest import ROOT, make_site_project, mkdocs_build

CHROMIUM = chromium_path()
if not CHROMIUM:
    pytest.skip("no Chromium: install Debian's `chromium` package (.ci/run does) to run the browser tests",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is installed by `pip install -e .[dev]`")

ARTIFACTS = ROOT / "test-artifacts"
FIVE_PLANS = {"chengdu-2015", "zhongkai-2018", "yunnan-2021", "tongchuan-2024", "miyun-2011"}


@pytest.fixture(scope="module")
def base_url(seed_site):
    with serve(seed_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextmanager
def open_tab(browser, base_url: str):
    """A fresh tab on ``base_url`` that records console errors and failed requests in ``.problems``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url,
                                  permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda message: message.type == "error" and tab.problems.append(message.text))
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    tab.on("requestfailed", lambda request: tab.problems.append(f"failed: {request.url}"))
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture
def page(browser, base_url):
    with open_tab(browser, base_url) as tab:
        yield tab


def search(page, query: str, pages: int = 5) -> list[str]:
    """Type a query into the header search box; the result pages' paths, once ``pages`` are shown."""
    page.fill("#atlas-search-input", "")
    page.type("#atlas-search-input", query)
    page.wait_for_function("query => document.getElementById('atlas-search-results').dataset.query === query",
                           arg=query, timeout=20000)
    page.wait_for_function(f"document.querySelectorAll('.atlas-search__page').length >= {pages}")
    return page.eval_on_selector_all(".atlas-search__title", "links => links.map(a => a.pathname)")


def plans_in(paths: list[str]) -> set[str]:
    return {path.split("/")[2] for path in paths if path.startswith("/plans/")}


def in_viewport(page, anchor: str) -> bool:
    return page.evaluate("""id => { const box = document.getElementById(id).getBoundingClientRect();
                                    return box.top >= 0 && box.top < window.innerHeight; }""", anchor)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def distinct_byte_values(png: Path) -> int:
    """How varied the decompressed pixel rows are: a blank page gives a handful."""
    data, pixels = png.read_bytes(), b""
    position = 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IDAT":
            pixels += data[position + 8:position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(pixels)))


def test_simplified_query_finds_all_five_plans_and_lands_on_the_yunnan_task(page):
    page.goto("")
    paths = search(page, "行政复议")
    assert paths[0] == "/topics/xingzheng-fuyi/"  # the topic named like the query comes first
    assert plans_in(paths) == FIVE_PLANS
    assert distinct_byte_values(screenshot(page, "search-results")) > 40
    hit = page.locator('.atlas-search__hit[href^="/plans/yunnan-2021/#"]').first
    anchor = hit.get_attribute("href").split("#")[1]
    assert anchor == "c7-s26"  # 七(二十六) is about 行政复议; 七(二十四) only names it in a list
    # The phrase is marked in the traditional excerpt, as printed.
    marks = hit.locator("xpath=..").locator(".atlas-search__excerpt mark").all_inner_texts()
    assert "行政復議" in marks
    # A traditional plan's words are marked so in the results, as on its page; a simplified one's are not.
    traditional = "element => element.matches(':lang(zh-Hant)')"
    assert hit.evaluate(traditional) and hit.locator("xpath=..").locator(".atlas-search__excerpt").evaluate(traditional)
    assert not page.locator('.atlas-search__hit[href^="/plans/chengdu-2015/#"]').first.evaluate(traditional)
    assert not page.locator(".atlas-search__more").first.evaluate(traditional)
    chengdu = page.eval_on_selector_all('.atlas-search__hit[href^="/plans/chengdu-2015/#"]', "a => a.map(x => x.hash)")
    assert chengdu[:2] == ["#c2-s8-i38", "#c2-s9-i42"]
    hit.click()
    page.wait_for_url(f"**/plans/yunnan-2021/#{anchor}")
    page.wait_for_timeout(300)
    assert in_viewport(page, anchor)
    heading_section = page.locator(f'.atlas-task[data-anchor="{anchor}"]').inner_text()
    assert "行政復議" in heading_section or "行政复议" in heading_section


def test_the_arrow_keys_go_through_the_results_and_back_to_the_box(page):
    page.goto("")
    search(page, "行政复议")
    stops = page.eval_on_selector_all("#atlas-search-results :is(a, button)", "stops => stops.map(s => s.href || s.textContent)")
    focused = "() => document.activeElement.href || document.activeElement.textContent || document.activeElement.id"
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == stops[0]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == stops[2]
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == stops[1]
    page.keyboard.press("Enter")  # a focused result opens as a link does
    page.wait_for_url(f"**{stops[1].split('/', 3)[3]}")
    page.go_back()
    search(page, "行政复议")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == "atlas-search-input"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert page.evaluate(focused) == "atlas-search-input" and page.locator("#atlas-search-results").is_hidden()


def test_traditional_query_finds_the_simplified_plans(page):
    page.goto("")
    paths = search(page, "行政復議")
    assert {"chengdu-2015", "tongchuan-2024", "miyun-2011"} <= plans_in(paths)
    hits = page.eval_on_selector_all(".atlas-search__hit", "links => links.map(a => a.hash)")
    assert "#c2-s8-i38" in hits  # 成都 2015, task 38: 加强行政复议工作


def test_a_place_or_province_in_a_query_keeps_that_place_s_plans(page):
    """Plans seldom name their own province, nor a task its place: a word the plan's place or province
    holds is held by each of its tasks."""
    page.goto("")
    assert plans_in(search(page, "四川 行政复议", pages=1)) == {"chengdu-2015"}
    hits = page.eval_on_selector_all(".atlas-search__hit", "links => links.map(a => a.hash)")
    assert hits[:2] == ["#c2-s8-i38", "#c2-s9-i42"]  # as the query without its province ranks them
    assert plans_in(search(page, "廣東 行政復議", pages=1)) == {"zhongkai-2018"}  # folded like any word
    assert plans_in(search(page, "密云 复议", pages=1)) == {"miyun-2011"}
    # A place alone finds its plan's opening.
    assert search(page, "铜川", pages=1)[0] == "/plans/tongchuan-2024/"
    assert page.eval_on_selector_all(".atlas-search__hit", "a => a.map(x => x.hash)")[0] == "#top"


def test_a_province_beside_a_topic_s_name_leads_first_to_that_province_s_section_of_the_topic(page):
    page.goto("")
    search(page, "四川 行政复议", pages=2)
    bets = page.eval_on_selector_all(".atlas-search__topic a", "links => links.map(a => [a.textContent, a.hash])")
    assert bets == [["行政复议 · 四川省", "#province-51"]]
    assert plans_in(search(page, "四川 行政复议", pages=2)) == {"chengdu-2015"}  # the tasks still follow
    page.click(".atlas-search__topic a")
    page.wait_for_url("**/topics/xingzheng-fuyi/#province-51")
    page.wait_for_timeout(300)
    assert in_viewport(page, "province-51")
    # Only where the topic page has that province's section: no plan of Yunnan's is on 行政裁量权基准.
    page.goto("")
    search(page, "雲南 裁量权", pages=1)
    assert page.locator(".atlas-search__topic").count() == 0
    search(page, "陕西 裁量权", pages=1)
    assert page.eval_on_selector_all(".atlas-search__topic a", "links => links.map(a => a.hash)") == ["#province-61"]
    # Words that fit many topics (行政) offer the three whose names they fit most closely, the shortest.
    search(page, "北京 行政", pages=1)
    titles = page.eval_on_selector_all(".atlas-search__topic a", "links => links.map(a => a.textContent)")
    assert len(titles) == 3 and all(title.endswith(" · 北京市") and "行政" in title for title in titles)
    assert [len(title) for title in titles] == sorted(len(title) for title in titles)


def test_an_indicator_s_name_in_a_query_leads_first_to_its_page_of_figures(page):
    """出庭应诉率 asks for the figures places set for it: 量化指标's page of 行政机关负责人出庭应诉率 comes first, said
    to be one, then the tasks that name it; a word plans name it with (出庭率) finds the page among the results."""
    page.goto("")
    paths = search(page, "出庭应诉率", pages=2)
    bets = page.eval_on_selector_all(".atlas-search__topic", "bets => bets.map(b => [b.querySelector('a').pathname, "
                                     "b.querySelector('.atlas-search__excerpt').textContent])")
    assert bets == [["/targets/chuting-yingsu/", "量化指标：各地为这一指标定下的数值并列比较"]]
    assert paths[0] == "/targets/chuting-yingsu/" and {"tongchuan-2024", "yunnan-2021"} <= plans_in(paths)
    assert "/targets/chuting-yingsu/" in search(page, "出庭率", pages=1)


def test_a_query_downloads_only_its_terms_buckets_and_the_chunks_it_shows(page, seed_site):
    requests = Requests(page)
    page.goto("")
    requests.wait_until_quiet()
    assert not [url for url in requests.finished if "/search/" in url]  # nothing before typing
    search(page, "行政复议")
    requests.wait_until_quiet()
    buckets = {url for url in requests.finished if "/terms/" in url}
    chunks = {url for url in requests.finished if "/units/" in url}
    assert 1 <= len(buckets) <= 3  # 行政, 政复, 复议
    assert 1 <= len(chunks) <= 5 * 4  # at most four results on each of five pages
    assert len(chunks) < len(list(seed_site.glob("search/*/units/*.json"))) / 2
    assert page.problems == []


def test_an_open_page_finds_again_after_the_site_is_rebuilt(browser, seed_site, tmp_path):
    """Each build's index has its own folder; a page whose index is gone reloads it."""
    site = tmp_path / "site"
    shutil.copytree(seed_site, site)
    with serve(site) as url, open_tab(browser, url) as tab:
        tab.goto("")
        search(tab, "行政复议")
        folder = next(site.glob("search/*/units")).parent
        folder.rename(folder.with_name("rebuilt"))
        index = site / "search" / "index.json"
        index.write_text(index.read_text(encoding="utf-8").replace(folder.name, "rebuilt"), encoding="utf-8")
        assert plans_in(search(tab, "权责清单", pages=3)) >= {"zhongkai-2018", "yunnan-2021", "tongchuan-2024"}
        assert not [problem for problem in tab.problems if "rebuilt" in problem]


def test_a_plan_named_by_place_and_year_and_a_task_by_its_cited_number_are_found(page):
    """As the site names a plan (成都 2015) and a citation a task (二(八)38): each had found nothing."""
    page.goto("")
    search(page, "成都 2015 38", pages=1)
    assert page.eval_on_selector_all(".atlas-search__hit", "a => a.map(x => x.hash)") == ["#c2-s8-i38"]
    # As a reader numbers a task: the figures apart from the Chinese around them.
    search(page, "成都 第38项", pages=1)
    assert page.eval_on_selector_all(".atlas-search__hit", "a => a.map(x => x.hash)") == ["#c2-s8-i38"]
    assert plans_in(search(page, "2015 行政复议", pages=1)) == {"chengdu-2015"}
    # The task numbered 15 comes first, before the plan's opening, whose dates hold 15 more often (2015-2020).
    search(page, "成都 15", pages=1)
    assert page.eval_on_selector_all(".atlas-search__hit", "a => a.map(x => x.hash)")[:2] == ["#c2-s3-i15", "#top"]
    # A year names a plan only whole: 15 is no 2015, so 15 行政复议 finds no plan of 2015 by its year.
    search(page, "15 行政复议", pages=0)
    assert page.locator(".atlas-search__page").count() == 0


def test_words_are_all_required_and_a_single_character_is_refused(page):
    page.goto("")
    paths = search(page, "行政复议 听证", pages=1)
    assert "/plans/tongchuan-2024/" in paths
    excerpts = page.locator(".atlas-search__page").first.locator(".atlas-search__excerpt")
    marked = "|".join(excerpts.first.locator("mark").all_inner_texts())
    assert "行政复议" in marked and "听证" in marked
    page.fill("#atlas-search-input", "法")
    page.wait_for_selector("text=请输入至少两个相连的字")
    assert page.locator(".atlas-search__page").count() == 0


def test_full_width_digits_and_traditional_words_fold_as_the_index_folded_them(page):
    """仲恺 prints 12345 and 政務, 铜川 12345 and 政务; typed as full-width digits and
    traditional script, the words still find both."""
    page.goto("")
    paths = search(page, "１２３４５ 政務", pages=2)
    assert plans_in(paths) == {"zhongkai-2018", "tongchuan-2024"}
    assert "12345" in "".join(page.locator(".atlas-search__excerpt mark").all_inner_texts())


def test_a_traditional_plan_s_words_are_marked_traditional_on_its_page_and_in_its_table_of_contents(page):
    """So a browser draws them in a traditional font; the theme writes the table of contents without lang."""
    page.goto("plans/zhongkai-2018/")
    traditional = "element => element.matches(':lang(zh-Hant)')"
    assert page.locator("h1").evaluate(traditional) and page.locator(".atlas-body").first.evaluate(traditional)
    assert page.locator('.md-nav--secondary a.md-nav__link[href="#c2-s1"]').last.evaluate(traditional)
    assert page.locator("details.atlas-alt p").first.evaluate("p => p.matches(':lang(zh-Hans)')")
    assert not page.locator(".atlas-cite").first.evaluate(traditional)
    page.goto("plans/chengdu-2015/")
    assert not page.locator('.md-nav--secondary a.md-nav__link[href="#c2-s1"]').last.evaluate(traditional)


def test_deep_link_scrolls_the_task_into_view(page):
    page.goto("plans/chengdu-2015/#c2-s8-i38")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.evaluate("window.scrollY") > 2000
    assert in_viewport(page, "c2-s8-i38")


def test_an_address_that_asks_for_a_task_by_its_number_lands_on_it_under_its_anchor(page):
    """"See 成都 2015, task 38": plans/chengdu-2015/#38 goes where #c2-s8-i38 does, as does the number a citation
    gives (二(八)38, with the plan's full-width brackets too) or 第38项; a number two parts share goes nowhere."""
    for asked, anchor in (("chengdu-2015/#38", "c2-s8-i38"), ("chengdu-2015/#二（八）38", "c2-s8-i38"),
                          ("chengdu-2015/#第38项", "c2-s8-i38"), ("chengdu-2015/#8", "c2-s1-i8"),
                          ("tongchuan-2024/#五21", "c5-i21"), ("yunnan-2021/#二十六", "c7-s26"),
                          ("zhongkai-2018/#第32條", "c2-s6-i32")):  # in a traditional plan's words too
        page.goto(f"plans/{asked}")
        page.wait_for_function(f"window.location.hash === '#{anchor}'")
        page.wait_for_timeout(200)
        assert in_viewport(page, anchor), asked
    page.goto("plans/chengdu-2015/#(一)")  # 一(一), 二(一) and 三(一)
    page.wait_for_timeout(300)
    assert page.evaluate("decodeURIComponent(window.location.hash)") == "#(一)" and page.evaluate("window.scrollY") == 0
    page.evaluate("window.location.hash = '#40'")  # asked for on the page, too
    page.wait_for_function("window.location.hash === '#c2-s8-i40'")
    page.goto("plans/tongchuan-2024/#%E4")  # a stray %, which names nothing: no error (page.problems below)
    page.wait_for_timeout(200)
    assert page.problems == []


def test_an_address_with_no_page_offers_the_plans_of_the_place_it_names_keeping_the_anchor(page):
    """A link to a plan of a year the site lacks, or with its place mistyped, gets the site's own page (as a static
    host serves 404.html), which offers that place's plans with the anchor asked for."""
    offered = "() => [...document.querySelectorAll('.atlas-missing:not([hidden]) a')].map(a => a.getAttribute('href'))"
    response = page.goto("plans/chengdu-2016/#c2-s8-i38")
    assert response.status == 404 and page.inner_text("h1") == "找不到这个页面"
    page.wait_for_selector(".atlas-missing:not([hidden])")
    assert [href.split("/", 3)[3] for href in page.evaluate(offered)] == ["plans/chengdu-2015/#c2-s8-i38"]
    page.goto("plans/chendu-2015/")  # a letter short
    page.wait_for_selector(".atlas-missing:not([hidden])")
    assert [href.split("/", 3)[3] for href in page.evaluate(offered)] == ["plans/chengdu-2015/"]
    page.goto("plans/lasa-2015/")  # no plan of the place: the page's advice alone
    page.wait_for_load_state("networkidle")
    assert page.evaluate(offered) == [] and "plans/chengdu-2015/" in page.inner_text("article")
    indicators = page.eval_on_selector("article >> text=量化指标", "a => a.href")
    page.click("article >> text=主题")  # the ways in from there lead where they say
    assert page.url.endswith("/topics/") and page.inner_text("h1").startswith("主题")
    page.wait_for_load_state("networkidle")  # its icon fetched: leaving at once would cut that off, a problem
    page.goto(indicators)
    assert page.url.endswith("/targets/") and page.inner_text("h1").startswith("量化指标")
    # The only problems are the three addresses' own answers.
    assert page.problems == ["Failed to load resource: the server responded with a status of 404 (Not Found)"] * 3


def test_copy_citation_puts_citation_and_url_on_the_clipboard(page, base_url):
    page.goto("plans/chengdu-2015/?from=a-newsletter")  # a query the link carried is no part of the task's address
    page.click('.atlas-cite[data-anchor="c2-s1-i1"]')
    page.wait_for_function("document.querySelector('.atlas-cite[data-anchor=\"c2-s1-i1\"]').textContent === '已复制'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == ("《成都市法治政府建设规划(2015-2020年)》(成府发〔2015〕20号) 二(一)1 "
                      f"{base_url}plans/chengdu-2015/#c2-s1-i1")


def test_a_printed_plan_is_its_own_text_and_each_task_prints_its_address(page, base_url):
    """The theme opens every <details> to print it: a plan's equivalents and simplified readings would
    come to about as many pages as the plan, and its buttons do nothing on paper."""
    page.goto("plans/zhongkai-2018/")
    page.emulate_media(media="print")
    shown = "element => getComputedStyle(element).display !== 'none'"
    assert page.locator(".atlas-body").first.evaluate(shown) and page.locator(".atlas-role").first.evaluate(shown)
    for hidden in ("details.atlas-same", "details.atlas-alt", ".atlas-cite", ".atlas-figures"):
        assert not page.locator(hidden).first.evaluate(shown), hidden
    address = page.locator('.atlas-tools:has(.atlas-cite[data-anchor="c2-s1-i1"])').evaluate(
        "tools => getComputedStyle(tools, '::after').content")
    assert address == f'"{base_url}plans/zhongkai-2018/#c2-s1-i1"'
    page.goto("topics/xingzheng-fuyi/")
    assert not page.locator(".atlas-levels").evaluate(shown) and not page.locator(".atlas-years").evaluate(shown)
    page.emulate_media(media="screen")  # nor a filter's boxes and years
    assert page.locator(".atlas-levels").evaluate(shown) and page.locator(".atlas-years").evaluate(shown)
    page.goto("plans/zhongkai-2018/")
    assert page.locator(".atlas-cite").first.evaluate(shown)
    assert page.locator('.atlas-tools').first.evaluate("tools => getComputedStyle(tools, '::after').content") == "none"


def test_two_plans_chosen_from_a_plan_s_card_are_set_side_by_side_by_topic_and_the_choice_is_in_the_address(page):
    page.goto("plans/tongchuan-2024/")
    page.click("text=与另一份规划逐个主题对照")
    page.wait_for_url("**/compare/?a=tongchuan-2024*")  # the plan's page gone, whose script has no .atlas-compare
    page.wait_for_function("document.querySelector('.atlas-compare').dataset.shown === 'tongchuan-2024|miyun-2011'")
    assert page.url.endswith("compare/?a=tongchuan-2024&b=miyun-2011")
    page.select_option("select[name=b]", "chengdu-2015")
    page.wait_for_function("document.querySelector('.atlas-compare').dataset.shown === 'tongchuan-2024|chengdu-2015'")
    assert page.url.endswith("compare/?a=tongchuan-2024&b=chengdu-2015")
    row = page.locator('tr[data-topic="xingzheng-fuyi"]')
    cells = row.locator("td")
    assert cells.nth(0).locator("a").count() >= 1 and "二(八)38 加强行政复议工作" in cells.nth(1).inner_text()
    # A topic only one of them has is marked on the other's side, and the summary counts both kinds.
    assert page.locator("td.atlas-compare__missing").count() > 0
    assert re.fullmatch(r"两份规划共同涉及 \d+ 个主题；仅规划甲涉及 \d+ 个，仅规划乙涉及 \d+ 个；共同定下数值的量化指标 1 个。",
                        page.inner_text(".atlas-compare__summary"))
    # The figures both set side by side, each linked to its task; 未定 where one sets none (成都 no 出庭应诉率).
    figures = page.eval_on_selector_all(".atlas-compare__figures tbody tr", """rows => rows.map(row =>
        [row.dataset.indicator, ...[...row.querySelectorAll('td')].map(td => td.textContent)])""")
    assert ["peixun-xueshi", "60学时（三8）", "40学时（二(九)44）"] in figures
    assert ["chuting-yingsu", "100%（五20）", "未定"] in figures
    assert page.locator('.atlas-compare__figures tr[data-indicator="peixun-xueshi"] td a').nth(1).get_attribute(
        "href") == "../plans/chengdu-2015/#c2-s9-i44"
    # A task's targets, each in its clause, and its deadlines beside it, as text.
    answering = page.locator('tr[data-topic="xingzheng-yingsu"] td').nth(0)
    assert "行政机关负责人出庭应诉率达到100%" in answering.locator(".atlas-chip.atlas-target").all_inner_texts()
    assert "2024年6月前" in page.locator('tr[data-topic="quanze-qingdan"] td').nth(0).locator(
        ".atlas-chip.atlas-deadline").all_inner_texts()
    # A traditional plan's tasks are marked so; a task's link lands on its anchor.
    page.select_option("select[name=a]", "zhongkai-2018")
    page.wait_for_function("document.querySelector('.atlas-compare').dataset.shown === 'zhongkai-2018|chengdu-2015'")
    assert page.locator('tr[data-topic="xingzheng-fuyi"] td:nth-of-type(1) a[lang="zh-Hant"]').count() >= 1
    assert page.get_attribute("th.atlas-compare__a", "lang") == "zh-Hant"
    assert page.get_attribute("th.atlas-compare__b", "lang") is None
    row.locator("td").nth(1).locator("a", has_text="二(八)38").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("plans/chengdu-2015/#c2-s8-i38")
    page.wait_for_timeout(300)
    assert in_viewport(page, "c2-s8-i38") and page.problems == []


def test_topic_page_links_tasks_of_several_plans_and_highlights_shared_text(page):
    page.goto("topics/xingzheng-fuyi/")
    links = page.eval_on_selector_all('article a[href*="plans/"][href*="#c"]', "links => links.map(a => a.href)")
    assert len({link.split("/plans/")[1].split("/")[0] for link in links}) >= 3
    assert page.locator(".atlas-pair mark.atlas-shared").count() >= 2
    assert page.locator(".atlas-pair mark.atlas-shared").first.is_visible()
    # Side by side on a screen, one above the other on a phone.
    first, second = page.locator(".atlas-pair").first.locator(":scope > div").all()
    assert first.bounding_box()["y"] == second.bounding_box()["y"]
    page.set_viewport_size({"width": 390, "height": 900})
    assert second.bounding_box()["y"] > first.bounding_box()["y"] + first.bounding_box()["height"] - 1
    target = links[0]
    page.goto(target)
    page.wait_for_timeout(300)
    assert in_viewport(page, target.split("#")[1])


def test_an_indicator_page_shows_the_figures_of_the_plans_chosen(page):
    """量化指标's rows are filtered as a topic's plans are: 市级 unticked leaves 云南's 60学时 alone, and the years
    2015–2021 leave 云南's and 成都's."""
    page.goto("targets/peixun-xueshi/")
    rows = """() => [...document.querySelectorAll('table.atlas-readings tbody tr')]
        .filter(row => row.offsetParent !== null).map(row => row.querySelector('a').getAttribute('href').split('/')[3])"""
    assert page.evaluate(rows) == ["yunnan-2021", "tongchuan-2024", "chengdu-2015"]
    page.uncheck('.atlas-levels input[value="city"]')
    assert page.evaluate(rows) == ["yunnan-2021"]
    page.goto("targets/peixun-xueshi/?years=2015-2021")
    assert page.evaluate(rows) == ["yunnan-2021", "chengdu-2015"]


def test_a_topic_page_shows_the_plans_of_the_levels_ticked_and_keeps_the_choice_in_the_address(page):
    page.goto("topics/xingzheng-fuyi/")
    shown = "element => element.offsetParent !== null"
    assert page.locator(".atlas-levels").evaluate(shown)  # the script shows the filter
    page.uncheck('.atlas-levels input[value="city"]')
    assert not page.locator("#plan-chengdu-2015").evaluate(shown) and not page.locator("#plan-tongchuan-2024").evaluate(shown)
    assert not page.locator('ul.atlas-topic-tasks[data-level="city"]').first.evaluate(shown)
    assert page.locator("#plan-yunnan-2021").evaluate(shown) and page.locator("#plan-miyun-2011").evaluate(shown)
    # 四川 and 陕西 have city plans alone here: their headings and table-of-contents entries go with them.
    assert not page.locator("#province-51").evaluate(shown) and page.locator("#province-53").evaluate(shown)
    toc = page.locator('.md-nav--secondary a.md-nav__link[href="#province-51"]').last
    assert not toc.evaluate(shown)
    assert page.evaluate("window.location.search") == "?levels=province%2Ccounty%2Czone"
    page.goto("topics/xingzheng-fuyi/?levels=city")
    assert page.locator("#plan-chengdu-2015").evaluate(shown) and not page.locator("#plan-yunnan-2021").evaluate(shown)
    assert page.locator('.atlas-levels input[value="city"]').is_checked()
    assert not page.locator('.atlas-levels input[value="province"]').is_checked()
    page.check('.atlas-levels input[value="province"]')
    assert page.locator("#plan-yunnan-2021").evaluate(shown)
    assert page.evaluate("window.location.search") == "?levels=province%2Ccity"
    # The pairs side by side: those of two plans both ticked alone (the province's and the cities'), and the
    # section goes with its last pair.
    pairs = """() => [...document.querySelectorAll('.atlas-pair')].map(p => [p.offsetParent !== null,
        [...p.querySelectorAll('a')].map(a => a.getAttribute('href').split('/')[3]).sort().join(' ')])"""
    both_ticked = {"chengdu-2015", "tongchuan-2024", "yunnan-2021"}
    listed = page.evaluate(pairs)
    assert [visible for visible, _ in listed] == [set(plans.split()) <= both_ticked for _, plans in listed]
    assert 0 < sum(visible for visible, _ in listed) < len(listed)
    assert page.locator("h2#compare").evaluate(shown)
    page.goto("topics/xingzheng-fuyi/?levels=zone")
    assert not any(visible for visible, _ in page.evaluate(pairs))
    assert not page.locator("h2#compare").evaluate(shown) and not page.locator(".atlas-pairs-intro").evaluate(shown)
    assert not page.locator('.md-nav--secondary a.md-nav__link[href="#compare"]').last.evaluate(shown)
    # The plans a topic misses: a province's line goes with its last plan shown, and the 、 between two plans
    # is drawn only between those shown (the line's markup copied, with a second plan, to have two).
    page.goto("topics/fumian-qingdan/")
    page.uncheck('.atlas-levels input[value="county"]')
    beijing, shaanxi = page.locator(".atlas-gaps li").all()
    assert not beijing.evaluate(shown) and shaanxi.evaluate(shown)
    separators = page.evaluate("""() => {
        const line = document.querySelector('.atlas-gaps li:last-child');
        line.insertAdjacentHTML('beforeend', '<span data-level="county"><a>甲县 2020</a></span><span data-level="city">'
                                + '<a>乙市 2021</a></span>');
        const marks = () => [...line.querySelectorAll('span')].map(s => getComputedStyle(s, '::before').content);
        const before = marks();
        line.querySelector('span').hidden = true;
        return [before, marks()];
    }""")
    assert separators == [["none", '"、"', '"、"'], ["none", "none", '"、"']]  # the first shown opens the list


def test_a_topic_page_shows_the_plans_of_the_years_chosen_with_the_levels_and_keeps_both_in_the_address(page):
    page.goto("topics/xingzheng-fuyi/")
    shown = "element => element.offsetParent !== null"
    plans = ("miyun-2011", "chengdu-2015", "zhongkai-2018", "yunnan-2021", "tongchuan-2024")

    def visible():
        return [slug for slug in plans if page.locator(f"#plan-{slug}").evaluate(shown)]

    assert page.locator(".atlas-years").evaluate(shown) and visible() == list(plans)
    page.select_option('.atlas-years select[name="from"]', "2015")
    page.select_option('.atlas-years select[name="to"]', "2018")
    assert visible() == ["chengdu-2015", "zhongkai-2018"]
    assert page.evaluate("window.location.search") == "?years=2015-2018"
    # Their provinces' headings alone are left, and the one pair of those two plans.
    assert not page.locator("#province-11").evaluate(shown) and page.locator("#province-44").evaluate(shown)
    pairs = page.evaluate("() => [...document.querySelectorAll('.atlas-pair')].filter(p => p.offsetParent !== null)"
                          ".map(p => p.dataset.years)")
    assert pairs == ["2015 2018"]
    # Chosen the wrong way round, the same years; with a level unticked, both hold.
    page.select_option('.atlas-years select[name="from"]', "2018")
    page.select_option('.atlas-years select[name="to"]', "2015")
    assert visible() == ["chengdu-2015", "zhongkai-2018"]
    page.uncheck('.atlas-levels input[value="zone"]')
    assert visible() == ["chengdu-2015"]
    assert page.evaluate("window.location.search") == "?years=2015-2018&levels=province%2Ccity%2Ccounty"
    # The address alone chooses them; back to the first and the last year, every plan again and no years asked.
    page.goto("topics/xingzheng-fuyi/?years=2021-2024&levels=city")
    assert visible() == ["tongchuan-2024"]
    assert page.input_value('.atlas-years select[name="from"]') == "2021"
    page.select_option('.atlas-years select[name="from"]', "2011")
    assert visible() == ["chengdu-2015", "tongchuan-2024"]
    assert page.evaluate("window.location.search") == "?levels=city"
    # The choice goes with the reader to the next topic, whose address then says it; an address that asks for
    # another choice has it; all levels and years chosen again, the next page shows all.
    page.select_option('.atlas-years select[name="from"]', "2015")

    def go(address):  # once the page has fetched all it asks for: its icon, which leaving at once would cut off
        page.wait_for_load_state("networkidle")
        page.goto(address)

    go("topics/quanze-qingdan/")
    assert page.evaluate("window.location.search") == "?levels=city&years=2015-2024"
    assert page.locator('.atlas-levels input[value="city"]').is_checked()
    assert not page.locator('.atlas-levels input[value="province"]').is_checked()
    go("topics/xingzheng-fuyi/?levels=province")
    assert visible() == ["yunnan-2021"]
    go("topics/xingzheng-fuyi/")
    assert visible() == ["chengdu-2015", "tongchuan-2024"]  # the choice last made, not the last address's
    for level in ("province", "county", "zone"):
        page.check(f'.atlas-levels input[value="{level}"]')
    page.select_option('.atlas-years select[name="from"]', "2011")
    go("topics/quanze-qingdan/")
    assert page.evaluate("window.location.search") == ""
    assert all(heading.evaluate(shown) for heading in page.locator("h3[data-level]").all())
    # Years a page has none of are met by its nearest within them; where it has none within them, all are shown.
    go("targets/peixun-xueshi/?years=2016-2023")  # plans of 2015, 2021 and 2024
    assert page.input_value('.atlas-years select[name="from"]') == page.input_value('.atlas-years select[name="to"]') \
        == "2021"
    assert page.evaluate("() => [...document.querySelectorAll('table.atlas-readings tbody tr')]"
                         ".filter(row => row.offsetParent !== null).length") == 1
    go("targets/peixun-xueshi/?years=2016-2020")
    assert [page.input_value(f'.atlas-years select[name="{bound}"]') for bound in ("from", "to")] == ["2015", "2024"]
    # Levels carried to a page that has none of them would show nothing there: it shows all.
    go("topics/xingzheng-fuyi/?levels=zone")
    page.uncheck('.atlas-levels input[value="zone"]')
    page.check('.atlas-levels input[value="zone"]')  # chosen, not only asked for: carried on
    go("deadlines/2025/")  # the plans of a province and a city
    assert page.evaluate("window.location.search") == ""
    assert all(heading.evaluate(shown) for heading in page.locator("h3[data-level]").all())
    page.wait_for_load_state("networkidle")
    assert page.problems == []


def test_a_matrix_keeps_its_topics_in_view_as_its_columns_scroll_past_and_takes_the_contents_column(page):
    """The coverage matrix and the lead-unit overview are one wide table each (a column per plan or province, 31
    provinces at scale): the empty table of contents gives them its width, and their first column stays put."""
    page.goto("coverage/")
    assert page.locator(".md-sidebar--secondary").get_attribute("hidden") is not None
    page.set_viewport_size({"width": 390, "height": 900})
    # Each plan's column is headed by its place and year on one vertical line, not broken (成都市 201 / 5).
    heads = page.eval_on_selector_all("th.atlas-plan-head a", "links => links.map(a => a.getClientRects().length)")
    assert len(heads) == 5 and set(heads) == {1}
    scroller = page.locator(".atlas-scroll")
    assert scroller.evaluate("box => box.scrollWidth > box.clientWidth")
    scroller.evaluate("box => { box.scrollLeft = 150; }")
    page.wait_for_timeout(100)
    left = scroller.evaluate("box => box.getBoundingClientRect().left")
    topic = page.locator(".atlas-matrix tbody tr:not(.atlas-group) > th").first
    group = page.locator(".atlas-matrix tr.atlas-group th > span").first
    assert abs(topic.evaluate("cell => cell.getBoundingClientRect().left") - left) < 1
    assert 0 <= group.evaluate("name => name.getBoundingClientRect().left") - left < 20  # its group's name too
    # What scrolls under it is covered: the cell at the topic's place is the topic's.
    box = topic.bounding_box()
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('th') !== null",
                         [box["x"] + 5, box["y"] + box["height"] / 2])
    # A topic's page, with headings, keeps its table of contents.
    page.goto("topics/xingzheng-fuyi/")
    assert page.locator(".md-sidebar--secondary").get_attribute("hidden") is None


def test_a_plan_s_table_of_units_keeps_each_task_s_number_on_one_line_on_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto("plans/tongchuan-2024/")
    page.click("details.atlas-units summary")
    lines = page.eval_on_selector_all(".atlas-units-table a", "links => links.map(a => a.getClientRects().length)")
    assert len(lines) > 50 and set(lines) == {1}


def test_coverage_matrix_cells_link_to_the_topic_and_plan(page):
    page.goto("coverage/")
    cell = page.locator('table.atlas-matrix a[href$="topics/xingzheng-fuyi/#plan-chengdu-2015"]')
    assert cell.count() == 1 and int(cell.inner_text()) >= 1
    cell.click()
    page.wait_for_url("**/topics/xingzheng-fuyi/#plan-chengdu-2015")
    page.wait_for_timeout(300)
    assert in_viewport(page, "plan-chengdu-2015")


def test_the_home_page_keeps_a_plan_s_province_and_place_on_one_line(page):
    """The title wraps in a narrow table; the province and place beside it do not (四川 / 省)."""
    page.set_viewport_size({"width": 700, "height": 900})
    page.goto("")
    lines = page.eval_on_selector_all("table.atlas-plans td", """cells => cells
        .filter(td => ["四川省", "北京市密云县", "惠州市仲恺高新区"].includes(td.textContent))
        .map(td => { const range = document.createRange(); range.selectNodeContents(td);
                     return range.getClientRects().length; })""")
    titles = page.eval_on_selector_all("table.atlas-plans td a[href^='plans/']", """links => links
        .map(a => a.getClientRects().length)""")
    assert lines == [1, 1, 1] and max(titles) > 1


@pytest.mark.parametrize("name, path", [("home", ""), ("plan", "plans/yunnan-2021/"),
                                        ("topic", "topics/xingzheng-fuyi/"),
                                        ("compare", "compare/?a=chengdu-2015&b=yunnan-2021")])
def test_pages_render_without_console_errors(page, name, path):
    page.goto(path)
    page.wait_for_load_state("networkidle")
    assert page.problems == []
    assert distinct_byte_values(screenshot(page, name)) > 40


def test_search_shows_hostile_text_literally(browser, tmp_path):
    hostile = "某某市法治政府建设实施方案\n一、总则\n1.加强<img src=x onerror=alert(1)>审查<b>工作</b>。\n2.其他工作。\n"
    project = make_site_project(tmp_path, {"hostile.txt": hostile.encode("utf-8")}, with_seeds=False)
    assert mkdocs_build(project, "--strict").returncode == 0
    with serve(project / "site") as url:
        tab = browser.new_page(base_url=url)
        alerts = []
        tab.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
        tab.goto("")
        search(tab, "审查", pages=1)
        # Result pages are drawn as their chunks arrive: the plan's may come after the topic page's.
        tab.wait_for_function("text => document.getElementById('atlas-search-results').innerText.includes(text)",
                              arg="审查<b>工作</b>", timeout=20000)
        results = tab.locator("#atlas-search-results")
        assert results.locator("img, b, script").count() == 0
        assert "=alert(1)>审查<b>工作</b>" in results.inner_text()
        assert alerts == []
        tab.close()

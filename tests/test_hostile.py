"""Source text is data: nothing in a text or a sidecar becomes markup, a link or template output."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, make_site_project, mkdocs_build

HOSTILE = """某某市法治政府建设实施方案
一、<script>alert(1)</script>总则
1.加强<img src=x onerror=alert(1)>工作。见[x](javascript:alert(1))与{: onclick="alert(1)"}。(市司法局牵头)
2.表格 | a | b | 与 *强调* _下划线_ `代码` <!-- 注释 --> <!--atlas-block-0--> {{ config }} {% raw %}
# 不是标题
3.&lt;已转义&gt; & 符号。
4.导出 "topics":"\\u001f","equivalents":"\\u001f" 与 "x","y";"z" 照录。
""".encode("utf-8")
SIDECAR = ('title: "<b onmouseover=alert(1)>某某</b> {{ config.site_name }}"\nslug: moumou-2023\n'
           'level: "<i>乡镇</i>"\n').encode("utf-8")


# A file's name is data too: MkDocs puts the text's path into its page's edit and source buttons' links.
HOSTILE_NAME = '平安县" onmouseover="alert(1)<b>.txt'
NAMED_PLAN = "平安县2022年法治政府建设工作要点\n一、主要任务\n1.加强学习。（县司法局牵头）\n".encode("utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_site_project(tmp_path_factory.mktemp("hostile"),
                                {"hostile.txt": HOSTILE, "hostile.yml": SIDECAR, HOSTILE_NAME: NAMED_PLAN},
                                with_seeds=False)
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_hostile_text_is_shown_literally(hostile_site):
    html = (hostile_site / "plans" / "moumou-2023" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html and "[x](javascript:alert(1))" in html
    article = html.split("<article")[1].split("</article>")[0]
    assert ' onclick="' not in article and "onclick=&quot;alert(1)&quot;" in article
    assert "<b onmouseover" not in html and "{{ config.site_name }}" in html and "{{ config }}" in html
    assert "&lt;!-- 注释 --&gt;" in html and "*强调*" in html and "`代码`" in html
    assert "&lt;!--atlas-block-0--&gt;" in html  # no stand-in for a page's HTML can be forged
    # A character reference is the character it stands for, which is escaped like any other.
    assert "&lt;已转义&gt; &amp; 符号" in html and "<已转义>" not in html
    assert "<h1" in html and html.count("<h1") == 1


def test_a_file_s_name_is_a_url_s_path_in_its_page_s_links(hostile_site):
    html = (hostile_site / "plans" / "pingan-2022" / "index.html").read_text(encoding="utf-8")
    assert '" onmouseover="' not in html and "<b>" not in html
    assert "平安县&quot; onmouseover=&quot;alert(1)&lt;b&gt;.txt</td>" in html  # its card names it, as text
    assert html.count("source_texts/%E5%B9%B3%E5%AE%89%E5%8E%BF%22%20onmouseover%3D%22alert%281%29%3Cb%3E.txt\"") == 2


def test_a_level_of_its_own_is_listed_and_literal(hostile_site):
    """A sidecar may set a level the site does not know; the plan is still listed under it."""
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert "<i>乡镇</i>" not in home and "&lt;i&gt;乡镇&lt;/i&gt;" in home
    section = home.split("&lt;i&gt;乡镇&lt;/i&gt;")[1]
    assert 'href="plans/moumou-2023/"' in section.split("</table>")[0]


def test_a_level_or_date_of_its_own_cannot_break_the_attributes_its_plan_is_marked_with(tmp_path):
    """Topic pages mark each plan's part with its level and year for their filter, in a heading's attribute list
    too; a sidecar's date that opens with no year marks none."""
    from generator.pipeline import build

    from conftest import SEEDS, SOURCES

    (tmp_path / SEEDS["tongchuan"]).write_bytes((SOURCES / SEEDS["tongchuan"]).read_bytes())
    (tmp_path / "plan.txt").write_text("某某镇2023年法治政府建设工作要点\n一、主要任务\n1.加强行政复议工作。（镇司法所牵头）\n",
                                       encoding="utf-8")
    level = '乡镇"} {#x onclick=alert(1)} <b>'
    (tmp_path / "plan.yml").write_text(f"level: '{level}'\nissued: '\"><b x=\"'\nslug: moumou-2023\n",
                                       encoding="utf-8")
    topic = build(tmp_path, ROOT / "topics.yml").files["topics/xingzheng-fuyi.md"]
    key = "x" + level.encode("utf-8").hex()
    assert f'{{#plan-moumou-2023 data-level="{key}" data-year=""}}' in topic
    assert f'<input type="checkbox" value="{key}" checked>' in topic
    label = "乡镇&quot;} {#x onclick=alert(1)} &lt;b&gt;</label>"  # its name, as text, in the box's label alone
    assert topic.count("onclick") == topic.count(label) == 1 and "<b>" not in topic


def test_hostile_text_is_literal_in_export(hostile_site):
    tasks = json.loads((hostile_site / "data" / "tasks.json").read_text(encoding="utf-8"))
    assert any("<img src=x onerror=alert(1)>" in task["title"] + task["text"] for task in tasks)
    # Text that reads like the fields the rest of the corpus fills in is still only text.
    exported = next(task for task in tasks if task["text"].startswith("导出"))
    assert exported["title"] + exported["text"] == '导出 "topics":"\\u001f","equivalents":"\\u001f" 与 "x","y";"z" 照录。'
    assert all(isinstance(task["topics"], list) and isinstance(task["equivalents"], list) for task in tasks)
    rows = list(csv.DictReader(io.StringIO((hostile_site / "data" / "tasks.csv").read_text(encoding="utf-8-sig"))))
    assert [row["id"] for row in rows] == [task["id"] for task in tasks]
    assert any(row["title"] + row["text"] == exported["title"] + exported["text"] for row in rows)


def test_builds_are_byte_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "12345"):
        code = ("import sys, json; from pathlib import Path; from generator.pipeline import build;"
                "r = build(Path(sys.argv[1]), Path(sys.argv[2]));"
                "print(json.dumps(r.files, ensure_ascii=False, sort_keys=True))")
        result = subprocess.run([sys.executable, "-c", code, str(ROOT / "source_texts"), str(ROOT / "topics.yml")],
                                capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed},
                                cwd=ROOT, timeout=300)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert '"data/tasks.json"' in outputs[0]


def test_titles_are_literal_where_other_plans_list_them(tmp_path):
    """The home page's latest plans, a card's plans of the same place and of the places above: a title a sidecar
    set is text there too."""
    from generator.pipeline import build

    for name, place, year, work in (("a.txt", "某某市", 2023, "行政复议"), ("b.txt", "某某市", 2024, "政务公开"),
                                    ("c.txt", "某某省", 2022, "执法监督")):
        (tmp_path / name).write_text(f"{place}{year}年法治政府建设工作要点\n一、主要任务\n1.加强{work}工作。\n",
                                     encoding="utf-8")
        (tmp_path / name).with_suffix(".yml").write_text(
            f'title: "<b onmouseover=alert(1)>{name}</b>"\nissued: {year}-03-01\nprovince: 某某省\n', encoding="utf-8")
    pages = build(tmp_path, ROOT / "topics.yml").files
    home, card = pages["index.md"], pages["plans/moumou-2023.md"]
    assert "atlas-latest" in home and "同地其他规划" in card and "上级规划" in card
    assert not any("<b onmouseover" in page for path, page in pages.items() if path.endswith(".md"))  # data is data
    assert "&lt;b onmouseover=alert(1)&gt;b.txt&lt;/b&gt;" in card and "&lt;b onmouseover=alert(1)&gt;c.txt&lt;/b&gt;" in card


def test_a_spreadsheet_reads_a_formula_in_a_text_as_text(tmp_path):
    """A task's words that open with =, +, - or @ would run as a formula where tasks.csv is opened in Excel, as the
    site invites: they start with an apostrophe there, and stay as printed in tasks.json."""
    from generator.pipeline import build

    (tmp_path / "formula.txt").write_text('某某市法治政府建设实施方案\n一、主要任务\n1.=HYPERLINK("http://x.example","点击")\n'
                                          "2.@SUM(A1:A9)+1 加强执法。\n3.-2+3 出庭应诉率达到100%。\n", encoding="utf-8")
    files = build(tmp_path, ROOT / "topics.yml").files
    rows = list(csv.DictReader(io.StringIO(files["data/tasks.csv"].lstrip("\ufeff"))))
    tasks = json.loads(files["data/tasks.json"])
    assert [row["title"] + row["text"] for row in rows] == ["'" + task["title"] + task["text"] for task in tasks]
    assert tasks[0]["title"] + tasks[0]["text"] == '=HYPERLINK("http://x.example","点击")'
    [target] = csv.DictReader(io.StringIO(files["data/targets.csv"].lstrip("\ufeff")))
    assert target["words"].startswith("'-2+3")

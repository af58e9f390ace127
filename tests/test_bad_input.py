"""Bad input: clear errors naming the file, and every other text still publishes."""
from __future__ import annotations

import codecs
import re
import subprocess
import sys

import pytest

from generator.corpus import load_corpus, parse_text
from generator.link import load_pins, load_topics
from generator.model import ProjectFileError
from generator.pipeline import PINS_FILE, OwnPartsWork, build

from conftest import ROOT, SMALL_PLAN, make_site_project, mkdocs_build

GOOD = SMALL_PLAN
OTHER = GOOD.replace("某某市", "另一市").replace("某府发", "另府发")
BAD_FILES = {
    "a_empty.txt": b"",
    "b_blank.txt": b" \n\t\n",
    "c_word.txt": b"PK\x03\x04" + bytes(range(256)) * 8,
    "d_random.txt": bytes(range(256)) * 16,
}


def _write(folder, files):
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return folder


def test_each_bad_file_is_reported_and_the_good_ones_publish(tmp_path):
    files = {**BAD_FILES, "good_gbk.txt": GOOD.encode("gbk"),
             "good_utf16.txt": codecs.BOM_UTF16_LE + OTHER.encode("utf-16-le")}
    corpus = load_corpus(_write(tmp_path / "src", files))
    assert {p.source for p in corpus.plans} == {"good_gbk.txt", "good_utf16.txt"}
    errors = {d.source: d for d in corpus.errors}
    assert set(errors) == set(BAD_FILES)
    assert "empty" in errors["a_empty.txt"].message and "ZIP" in errors["c_word.txt"].message
    # The encodings it names are those it reads (Big5 too, a traditional page's).
    assert "UTF-8, GB18030/GBK, Big5 or UTF-16" in errors["d_random.txt"].message
    assert all(d.hint for d in errors.values())


def test_the_report_opens_with_the_build_at_a_glance_and_the_files_that_need_attention_errors_first(tmp_path):
    """At a thousand files, the few with problems had to be looked for among the sections."""
    from generator.render import render_report

    undated = "某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（牵头单位：县司法局）\n"
    corpus = load_corpus(_write(tmp_path / "src", {"a_good.txt": GOOD, "b_undated.txt": undated,
                                                   "c_word.txt": b"PK\x03\x04" + bytes(100), "计划.txt": ""}))
    report = render_report(corpus)
    assert "共 4 个源文件：发布 2 份规划" in report and "未发布 2 个文件；错误 2 条，警告 1 条。" in report
    attention = report[report.index("## 需要处理的文件"):report.index("{#file-a_good-txt}")]
    linked = re.findall(r'<a href="#(file-[^"]+)">([^<]+)</a>', attention)
    assert [name for _, name in linked] == ["c_word.txt", "计划.txt", "b_undated.txt"]  # errors first, then by name
    assert all(f"{{#{anchor}}}" in report for anchor, _ in linked) and "{#file-c_word-txt}" in report
    assert "ZIP" in attention and "no year" in attention
    assert "需要处理的文件" not in render_report(load_corpus(_write(tmp_path / "fine", {"a_good.txt": GOOD})))


def test_a_text_the_generator_fails_on_is_an_error_naming_where_and_the_others_publish(tmp_path, monkeypatch):
    """A fault of the generator's that one text brings out (as a Roman IV、 after a lettered list once raised in
    numbering) is that text's error, not the whole build's stop."""
    import generator.corpus

    real_annotate = generator.corpus.annotate

    def annotate(plan):
        if plan.source == "faulty.txt":
            raise IndexError("tuple index out of range")
        return real_annotate(plan)

    monkeypatch.setattr(generator.corpus, "annotate", annotate)
    corpus = load_corpus(_write(tmp_path / "src", {"good.txt": GOOD, "faulty.txt": OTHER}))
    assert [plan.source for plan in corpus.plans] == ["good.txt"]
    [error] = corpus.errors
    assert error.source == "faulty.txt" and error.level == "error"
    assert re.fullmatch(r"the generator failed on this text \(IndexError: tuple index out of range, at "
                        r"test_bad_input\.py:\d+\)", error.message)
    assert "report it" in error.hint and "other texts are published" in error.hint


def test_files_a_build_would_pass_over_are_named_with_what_to_do(tmp_path):
    sources = _write(tmp_path / "src", {"plan.txt": GOOD, "plan.yml": "level: city\n", "notice.docx": b"PK\x03\x04",
                                        "page.md": GOOD, "gone.yml": "slug: gone\n", PINS_FILE: "{}\n",
                                        "README.md": "说明", ".gitkeep": "", "OTHER.TXT": OTHER})
    result = build(sources, ROOT / "topics.yml")
    unread = {d.source: d for d in result.corpus.diagnostics if d.source != "plan.txt"}
    assert set(unread) == {"notice.docx", "page.md", "gone.yml", "OTHER.TXT"}
    assert "pdftotext" in unread["notice.docx"].hint and "page.txt" in unread["page.md"].hint
    assert "OTHER.txt" in unread["OTHER.TXT"].hint
    assert "gone.txt" in unread["gone.yml"].message
    assert [plan.source for plan in result.corpus.plans] == ["plan.txt"]


def test_same_plan_twice_is_published_once(tmp_path):
    rescrape = GOOD.replace("编制权责清单并动态调整。", "编制权责清单并动态调整,及时公布。") + "\n打印\n"
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD, "b.txt": GOOD, "c.txt": rescrape}))
    assert [p.source for p in corpus.plans] == ["a.txt"]
    assert {d.source for d in corpus.errors} == {"b.txt", "c.txt"}
    assert all("repeats a.txt" in d.message for d in corpus.errors)


# A second plan of the same place and year: a work plan beside the implementation plan.
POINTS = (GOOD.replace("实施方案", "工作要点").replace("权责清单", "政务公开").replace("行政复议", "行政应诉")
          .replace("某府发〔2023〕5号", "某府发〔2023〕9号"))


@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_a_second_plan_of_a_place_and_year_adds_its_kind_to_its_url_whatever_the_file_order(tmp_path, names):
    corpus = load_corpus(_write(tmp_path / "src", {names[0]: GOOD, names[1]: POINTS}),
                         per_plan=OwnPartsWork(load_topics(ROOT / "topics.yml")))
    assert {plan.meta.title: plan.meta.slug for plan in corpus.plans} == {
        "某某市法治政府建设实施方案": "moumou-2023", "某某市法治政府建设工作要点": "moumou-2023-yaodian"}
    [warning] = corpus.diagnostics
    assert warning.source == names[1] and warning.level == "warning" and "plans/moumou-2023-yaodian/" in warning.message
    # What the parse made of it beside the parse, its downloads and task ids, has the URL it has.
    made = corpus.made[names[1]]
    assert set(made.export.downloads) == {"data/plans/moumou-2023-yaodian.json", "data/plans/moumou-2023-yaodian.txt"}
    assert made.features.identifiers[0] == "moumou-2023-yaodian#c1-i1"


def test_the_plan_published_at_a_url_keeps_it(tmp_path):
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD, "b.txt": POINTS}), published={"moumou-2023": "b.txt"})
    assert {plan.source: plan.meta.slug for plan in corpus.plans} == {"a.txt": "moumou-2023-fangan",
                                                                    "b.txt": "moumou-2023"}


def test_two_places_of_one_name_are_told_apart_by_the_place_they_are_in(tmp_path):
    plans = {name: f"{city}长安区法治政府建设实施方案（2021—2025年）\n一、主要任务\n1.加强{work}工作。\n"
             for name, city, work in (("a.txt", "西安市", "行政复议"), ("b.txt", "石家庄市", "执法监督"))}
    corpus = load_corpus(_write(tmp_path / "src", plans))
    assert {plan.meta.jurisdiction: plan.meta.slug for plan in corpus.plans} == {
        "石家庄市长安区": "changan-2021", "西安市长安区": "xian-changan-2021"}
    assert [d.level for d in corpus.diagnostics] == ["warning"]


def _plans_of_one_name(places: dict[str, str]) -> dict[str, str]:
    return {name: f"{place}2022年法治政府建设工作要点\n一、主要任务\n1.加强{work}工作。\n"
            for (name, place), work in zip(places.items(), ("行政复议", "执法监督"))}


@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_a_place_named_alone_keeps_its_name_s_url_beside_a_place_of_that_name_within_it(tmp_path, names):
    """长沙县 is in 长沙市, 吉林市 in 吉林省: each moves to a URL naming the place above it, whichever is read first,
    where the one read second had been an error (no URL to move to) when the other came first."""
    corpus = load_corpus(_write(tmp_path / "src", _plans_of_one_name(dict(zip(names, ("长沙县", "长沙市"))))))
    assert {plan.meta.jurisdiction: plan.meta.slug for plan in corpus.plans} == {
        "长沙市": "changsha-2022", "长沙市长沙县": "changsha-changsha-2022"}
    corpus = load_corpus(_write(tmp_path / "src2", _plans_of_one_name(dict(zip(names, ("吉林市", "吉林省"))))))
    assert {plan.meta.jurisdiction: plan.meta.slug for plan in corpus.plans} == {
        "吉林省": "jilin-2022", "吉林市": "jilin-jilin-2022"}
    assert [d.level for d in corpus.diagnostics] == ["warning"]


def test_a_place_named_alone_moves_to_a_url_naming_its_province_where_a_place_within_it_was_published_first(tmp_path):
    corpus = load_corpus(_write(tmp_path / "src", _plans_of_one_name({"a.txt": "长沙县", "b.txt": "长沙市"})),
                         published={"changsha-2022": "a.txt"})
    assert {plan.meta.jurisdiction: plan.meta.slug for plan in corpus.plans} == {
        "长沙市长沙县": "changsha-2022", "长沙市": "hunan-changsha-2022"}
    assert [d.level for d in corpus.diagnostics] == ["warning"]


def test_a_slug_a_sidecar_chose_is_kept(tmp_path):
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD, "b.txt": POINTS, "b.yml": "slug: moumou-2023\n"}))
    assert {plan.source: plan.meta.slug for plan in corpus.plans} == {"a.txt": "moumou-2023-fangan",
                                                                    "b.txt": "moumou-2023"}


def test_a_slug_clash_that_no_kind_resolves_is_an_error_with_a_fix(tmp_path):
    second = GOOD.replace("权责清单", "政务公开").replace("行政复议", "行政应诉")  # a 实施方案 too
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD, "b.txt": second}))
    assert [plan.source for plan in corpus.plans] == ["a.txt"]
    [error] = corpus.errors
    assert error.source == "b.txt" and "already used by a.txt" in error.message and "b.yml" in error.hint


@pytest.mark.parametrize("sidecar,words", [
    ("title: [unclosed", "not valid YAML"),
    ("- a list\n- not a mapping", "mapping"),
    ("colour: red", "unknown sidecar field"),
    ("slug: ../../etc", "not allowed"),
    ("slug: has space", "not allowed"),
    ("slug: 成都", "not allowed"),
    ("slug: a/b", "not allowed"),
    ("title: {a: 1}", "single value"),
    ("issued: 2015-13-45", "a date that is no day"),
    ('title: "  "', "title is blank"),  # it had given the plan an empty heading and empty links
])
def test_bad_sidecars_are_refused(tmp_path, sidecar, words):
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD, "a.yml": sidecar, "z.txt": OTHER}))
    assert [p.source for p in corpus.plans] == ["z.txt"]
    [error] = corpus.errors
    assert error.source == "a.yml" and words in error.message


def test_sidecar_overrides_metadata(tmp_path):
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD,
                                                   "a.yml": "slug: mou-2023\nperiod: 2023–2025\ndepartment: 司法局\n"}))
    meta = corpus.plans[0].meta
    assert (meta.slug, meta.period, meta.department) == ("mou-2023", "2023–2025", "司法局")


def test_a_sidecar_s_place_gives_its_province_unless_the_sidecar_gives_one(tmp_path):
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD, "a.yml": "jurisdiction: 四川省某某市\n",
                                                   "b.txt": OTHER, "b.yml": "province: 廣西\n"}))
    assert {plan.source: plan.meta.province for plan in corpus.plans} == {"a.txt": "四川省", "b.txt": "广西壮族自治区"}


def test_a_sidecar_date_written_as_yaml_reads_it_is_the_issue_date(tmp_path):
    """YAML reads ``issued: 2023-03-01`` as a date, not a string: it is taken as the ISO date it is."""
    corpus = load_corpus(_write(tmp_path / "src", {"a.txt": GOOD.replace("2023年1月5日\n", ""),
                                                   "a.yml": "issued: 2024-03-01\n"}))
    assert not corpus.errors and corpus.plans[0].meta.issued == "2024-03-01"
    # The URL takes the year the sidecar gives, as it would have taken one found in the text.
    assert corpus.plans[0].meta.slug == "moumou-2024"


def test_text_without_numbering_is_published_with_a_warning():
    plan = parse_text("某某市法治政府建设工作要点\n今年要加强法治政府建设。\n继续推进依法行政。".encode(), "plain.txt")
    assert plan.tasks() == [] and len(plan.root.paragraphs) == 2
    assert any("no numbered paragraphs" in d.message for d in plan.diagnostics)


def test_numbering_defects_are_warnings_with_lines():
    text = "\n".join(["某某市法治政府建设实施方案", "一、总则", "1.甲。", "2.乙。", "4.丙。", "4.丁。", "2.戊。",
                      "5.己。(市司法局牵头,各区县政府负责", "6.庚。市司法局牵头，各区县政府负责）"])
    plan = parse_text(text.encode(), "gaps.txt")
    messages = {(d.line, d.message) for d in plan.diagnostics}
    assert (5, "item numbering jumps from 2. to 4.") in messages
    assert (6, "item 4. appears twice") in messages
    assert (7, "item numbering goes back from 4. to 2.") in messages
    assert (8, "the responsibility note of 5. never closes its bracket") in messages
    assert (9, "the responsibility note of 6. has unbalanced brackets") in messages
    anchors = [n.anchor for n in plan.tasks()]
    assert anchors == ["c1-i1", "c1-i2", "c1-i4", "c1-i4-2", "c1-i2-2", "c1-i5", "c1-i6"]


def test_large_inputs_parse():
    chapters = "".join(f"{'一二三四五六七八九十'[c]}、第{c}章\n" + "".join(
        f"{c * 200 + k + 1}.加强第{k}项工作。推进依法行政。(市司法局牵头)\n" for k in range(200)) for c in range(10))
    assert len(parse_text(("某某市法治政府建设实施方案\n" + chapters).encode(), "many.txt").tasks()) == 2000
    huge = "某某市法治政府建设实施方案\n一、总则\n1.加强工作。" + "推进依法行政,建设法治政府。" * 360000
    assert len(huge.encode()) > 5_000_000
    assert len(parse_text(huge.encode(), "huge.txt").tasks()) == 1


@pytest.mark.parametrize("row", ['1,"加强', '1\t"加强'], ids=["csv", "tab-separated"])
def test_a_table_cell_whose_quote_never_closes_leaves_the_text_as_it_is(row):
    # csv refuses a field longer than 128 KB: read to the text's end, the open quote would make one.
    text = f"某某市法治政府建设实施方案\n一、总则\n序号,重点任务,牵头单位\n{row}" + "工作。" * 50000 + "\n2.推进依法行政。\n"
    assert [task.anchor for task in parse_text(text.encode(), "open.txt").tasks()] == ["c1-i2"]


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory):
    return make_site_project(tmp_path_factory.mktemp("broken"), {"zz_broken.txt": b"PK\x03\x04" + bytes(500)})


def test_strict_build_fails_and_lenient_build_publishes_the_rest(broken_project):
    strict = mkdocs_build(broken_project, "--strict")
    assert strict.returncode != 0 and "zz_broken.txt" in strict.stderr
    lenient = mkdocs_build(broken_project)
    assert lenient.returncode == 0, lenient.stderr
    site = broken_project / "site"
    assert (site / "plans" / "chengdu-2015" / "index.html").exists()
    report = (site / "report" / "index.html").read_text(encoding="utf-8")
    assert "zz_broken.txt" in report and "ZIP" in report and "<td>错误</td>" in report


def test_check_command_exits_non_zero_on_errors(broken_project):
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--strict", "--sources",
                             str(broken_project / "source_texts")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and "zz_broken.txt: error" in result.stdout
    clean = subprocess.run([sys.executable, "-m", "generator", "check", "--strict"], capture_output=True, text=True,
                           cwd=ROOT)
    assert clean.returncode == 0 and "5 plan(s), 0 error(s)" in clean.stdout


@pytest.mark.parametrize("edit,says", [
    (lambda text: text.replace("name: 权责清单,", "name: 权责清单"), "topics.yml, line "),  # a comma lost: bad YAML
    (lambda text: text.replace("slug: fumian-qingdan", "slug: quanze-qingdan"),
     "more than one topic has the slug quanze-qingdan"),
    (lambda text: text.replace("slug: fumian-qingdan, ", ""), "needs a `name:` and a `slug:`"),
    (lambda text: text.replace("slug: fumian-qingdan", "slug: 负面清单"), "needs a `name:` and a `slug:`"),
])
def test_a_topic_taxonomy_that_cannot_be_read_says_where_and_what_to_fix(tmp_path, edit, says):
    topics = tmp_path / "topics.yml"
    topics.write_text(edit((ROOT / "topics.yml").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ProjectFileError, match=re.escape(says)):
        load_topics(topics)


@pytest.mark.parametrize("pins,says", [
    ("xingzheng-fuyi:\n  pin: [chengdu-2015#c2-s8-i38\n", "topic_pins.yml, line 2–3: not valid YAML"),
    ("- chengdu-2015#c2-s8-i38\n", "each entry names a topic's slug"),
])
def test_pins_that_cannot_be_read_say_where_and_what_to_fix(tmp_path, pins, says):
    (tmp_path / "topic_pins.yml").write_text(pins, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=re.escape(says)):
        load_pins(tmp_path / "topic_pins.yml")


@pytest.mark.parametrize("name,load,command", [
    ("anchors.json", "generator.registry:load", "python -m generator anchors --update"),
    ("term_weights.json", "generator.similarity:load_weights", "python -m generator weights --update"),
])
def test_a_json_file_a_merge_left_conflict_markers_in_says_where_and_what_to_do(tmp_path, name, load, command):
    import importlib
    module, function = load.split(":")
    path = tmp_path / name
    path.write_text('{\n<<<<<<< HEAD\n "tasks": 1\n=======\n "tasks": 2\n>>>>>>> other\n}\n', encoding="utf-8")
    with pytest.raises(ProjectFileError, match=re.escape(f"{name}, line 2: not valid JSON")) as raised:
        getattr(importlib.import_module(module), function)(path)
    assert f"`{command}` writes it" in str(raised.value) and f"git checkout {name}" in str(raised.value)


@pytest.mark.parametrize("missing, says", [("topics.yml", ("topics.yml: no such file", "git checkout topics.yml")),
                                            ("source_texts", ("source_texts: no such folder",
                                                              "create it, or name the folder"))])
def test_a_site_missing_what_it_is_built_from_stops_with_what_to_do_and_no_traceback(tmp_path, missing, says):
    """A typo in the texts' folder's name had ended the build in a traceback."""
    project = make_site_project(tmp_path, with_seeds=False)
    path = project / missing
    path.rmdir() if path.is_dir() else path.unlink()
    result = mkdocs_build(project)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert all(words in result.stderr for words in says)


def test_check_stops_where_the_texts_folder_is_missing(tmp_path):
    """It had found no plans and no error."""
    checked = subprocess.run([sys.executable, "-m", "generator", "check", "--sources", str(tmp_path / "source_texts")],
                             capture_output=True, text=True, cwd=ROOT)
    assert checked.returncode == 1 and "source_texts: no such folder" in checked.stderr


def test_a_folder_s_own_files_and_folders_named_as_texts_are_no_plans(tmp_path):
    """macOS leaves ._a.txt beside a copied a.txt (bytes of no text), an editor a hidden copy; a README
    explains the folder; a folder named x.txt holds no text: none is a plan, none stops the others."""
    source_dir = _write(tmp_path / "src", {"a.txt": GOOD, "._a.txt": b"\x00\x05\x16\x07" * 64,
                                          ".a.txt": GOOD, "README.txt": "这里放规划原文。\n"})
    (source_dir / "b.txt").mkdir()
    corpus = load_corpus(source_dir)
    assert [plan.source for plan in corpus.plans] == ["a.txt"] and not corpus.diagnostics

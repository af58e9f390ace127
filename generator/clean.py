"""Stage 2: decoded text → clean body lines, with a record of every change.

The rules are general to Chinese government web pages, not to any one file:

* A page saved as HTML or Markdown is read as its reader shows it (:mod:`generator.markup`).
* Romanisation that a "pinyin annotator" glued after characters
  (``設(shè)``) is removed when the bracket holds a tone-marked syllable or a
  reading of the character before it; ``(PPP)``, ``(街道)`` stay.
* A line of many thousand characters is a page whose line breaks were lost:
  it is split at whitespace runs, which is where the paragraphs were.
* Short lines that are site furniture (counters, breadcrumbs, print/share
  buttons, QR prompts, related links, footers) are removed; metadata tables
  (索引号 / 发文字号 …) are removed from the body and kept as fields.
* Numbers printed with a space for their punctuation (``一　总体要求``) get it back, where the
  text counts with them (:func:`generator.numbering.punctuated`).
* A PDF's running head or foot, printed beside the page number on every page, is removed there.
* Text hard-wrapped at a page's width (taken from a PDF or a printed page)
  has its paragraphs joined back (:mod:`generator.wrapping`).
* Mojibake (乱码) runs are found around lost-byte marks and kept, but listed.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from .document_parts import (REMARK, SEAL_WORDS, WRITTEN_DATE, is_notice_title, is_organ_line,
                             names_a_plan_on_the_subject)
from .laid_out import laid_out_rows
from .layers import ANY_LABEL
from .markup import visible_text
from .model import CleanText, Line, Mojibake, Removal
from .numbering import CIRCLED, FILE_EXTENSIONS, flag_after_number, match_marker, opening_bullet, punctuated
from .paragraphs import is_labelled_note
from .run_on import SITE_FOOTER, split_run_on
from .script import DASHES, as_shown, fold, is_cjk, simplified_aligned
from .segment import stock_tokenizer
from .tables import MAX_COLUMNS, NUMBER_HEADER, SPACED_FIELD_LABELS, cells, has_cells, header_columns
from .wrapping import PARAGRAPH_ENDS, rejoin_wrapped

# --- romanisation -----------------------------------------------------------
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A reading of one character or of a word, its syllables run together or spaced: (shè), (zhèngfǔ), （zhèng fǔ）.
_LETTERS = "[a-zü" + _TONED + "]"
# A page that gives readings gives them toned, and only such a text is read for them (some untoned ones too, 的(de)).
_TONED_LETTER = re.compile(f"[{_TONED}]")
_ROMANISATION = re.compile(rf"(?<=[^\s(（])[(（]({_LETTERS}{{1,12}}(?: {_LETTERS}{{1,6}}){{0,3}})[)）]")
# The same reading glued on without brackets (建設shè實施), as a browser copies a page that sets it as ruby
# without the brackets for browsers that show none.
_READING_LETTER = re.compile(_LETTERS)
_GLUED_READING = re.compile(rf"(?<=[\u4e00-\u9fff])({_LETTERS}{{1,6}})(?![a-zA-Z0-9ü{_TONED}])")


@lru_cache(maxsize=4096)
def _readings(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def _is_romanisation(match: re.Match) -> bool:
    """Whether the letters matched read the character before them: toned as pinyin is, or its reading."""
    syllable = match.group(1)
    if any(ch in _TONED for ch in syllable):
        return True
    before = match.string[match.start() - 1]
    return is_cjk(before) and syllable in _readings(before)


def remove_romanisation(text: str) -> tuple[str, int]:
    """Drop ``(shè)``-style readings glued after characters, bracketed or not; return the count."""
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        if _is_romanisation(match):
            count += 1
            return ""
        return match.group(0)

    text = _ROMANISATION.sub(replace, text)
    if _READING_LETTER.search(text):  # a line with no letter: one scan, a third of the pattern's
        text = _GLUED_READING.sub(replace, text)
    return text, count


# --- chrome and metadata tables --------------------------------------------
_CHROME_MAX = 80
# The imprint under an official document (版记): whom it is copied to, and who printed it when
# (抄送：县委办，县人大办。 / 某某县人民政府办公室　2023年3月12日印发), folded.
_PRINTED_ON = re.compile(rf"({WRITTEN_DATE})\s*印发$")
_IMPRINT = re.compile(rf"^(抄送|抄报|主送)\s*:|{_PRINTED_ON.pattern}")
# A file a page offers for download, by its name's ending and the size a site may print after it
# (某某实施方案.pdf, 分工表.xlsx（56.2kb）), folded and lowercased.
_DOWNLOAD = re.compile(rf"\.(?:{FILE_EXTENSIONS})\s*(?:\(\s*[\d.]+\s*[kmg]?b?\s*\))?$")
# An official document's remarks on a line of their own (附注), folded: how it is published, （此件公开发布）,
# （此件不予公开）, and whom to call, （联系人：张三，联系电话：1234567）; a plan with no signature ends with them too.
_DOCUMENT_REMARK = re.compile(rf"^(?:{REMARK}|\(联系人\s*:[^()]*(?:电话|手机)[^()]*\))$")
# A PDF's page number as its text keeps it: - 2 -, — 2 —.
_PAGE_NUMBER = r"[-—–－]\s*\d{1,3}\s*[-—–－]"
# A rule of dashes (———— as an article draws one, ~~~~, ▌▌), or a table's border (+---+---+, ├───┼───┤, Markdown's
# |:---|---:|), its bars and spaces too; as wide as a table, however wide (pandoc's rules round a table are); marker's
# page end after the page's number ({3}-----).
_RULE = r"|\-_=*·•+~～—–\u2500-\u259f"
_SEPARATOR = re.compile(rf"^(?:\{{\d{{1,4}}\}})?[{_RULE}](?:[{_RULE} :]*[{_RULE}])?$")
# A date in figures, as a page prints when it was posted: 2023-03-02, 2023.02.15, 2023年03月02.
_FIGURED_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
_CHROME_RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (reason, re.compile(pattern)) for reason, pattern in (
        ("counter", r"^(本站|今日|总|累计)?(浏览|点击|阅读|访问)(量|次数|数)?[:\s]|^您是第\s*\d+\s*位访(客|问者)"),
        # 发布时间:2023年…, or a bare 时间 before a date as sites print it (时间:2018-11-14 09:03), not
        # a phase of the plan's own timetable (时间:2023年3月至6月).
        # A date with the hour, as a page or a WeChat article prints when it was posted, with the province
        # it was posted from (2023年03月02日 18:30 广东), or after the account that posted it (某某司法
        # 2022-03-08 18:30 发表于陕西) or the organ and site (某某县政府 www.moumou.gov.cn 2016-03-21 00:00).
        ("timestamp", r"^(?:(?:发布|更新)时间[:\s]*\d{4}|(?:时间|日期)[:\s]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                      rf"|{_FIGURED_DATE}\s*日?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
                      r"(?:\s+[\u4e00-\u9fff]{2,3})?$"
                      r"|\S.{0,40}\s\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:发表于[\u4e00-\u9fff]{0,3})?$)"),
        ("byline", r"^(来源|文章来源|新闻来源|作者|发布者|发布人|录入|责任编辑|编辑|信息来源|稿源|责编|审核|审校|校对|"
                   r"初审|复审|终审|排版|供稿|撰稿|素材来源|文字|图片来源|图源|图片|摄影|本期编辑|一审|二审|三审|"
                   r"监制|出品|策划|图文|转自|本文来源|(?:文章)?转载自|投稿邮箱)\s*[:|丨\s]"
                   # a WeChat article's header: 原创 某某司法 某某县司法局 2023-03-02 18:30 发表于某某
                   r"|^原创\s.{0,60}\d{1,2}:\d{2}"
                   # and the collection or topic it is in: 收录于合集 #法治政府建设 12个
                   r"|^收录于(?:合集|话题)"),
        # One tool or a row of them, each maybe bracketed: 【打印】【关闭】, 【字体：大 中 小】 打印本页.
        ("page tools", r"^(?:[【\[]?\s*(?:打印|列印|我要打印|关闭|关闭窗口|收藏|分享|分享到|字号|字体|返回顶部|打印本页|"
                       r"保存本页|纠错|"
                       r"【?\s*大\s*中\s*小\s*】?|"
                       # the buttons under an article on WeChat
                       r"阅读原文|轻触阅读原文|在看|点赞|赞|写留言|留言|转发|继续滑动看下一个|向上滑动看下一个|知道了|"
                       # a site's header and reading aids: versions, accounts, share targets, colours, font
                       # sizes (a- a a+, t t t), reading aloud
                       r"我要纠错|视力保护色|背景色|微信|微博|qq空间|qq好友|朋友圈|手机版|简体版|繁体版|english|"
                       r"用户登录|登录|注册|收藏本站|设为首页|智能问答|无障碍浏览|适老化|网站支持ipv6|朗读|语音播报|听全文|"
                       r"默认|超大|大|中|小|a[+-]?|t|首页|网站首页|返回首页)"
                       r"\s*[\]】]?(?:\s*[:|/]\s*[^【\[\]】]*|\s+|$|(?=[【\[])))+$"),
        # The buttons under an article run together (分享收藏点赞在看).
        ("page tools", r"^(?:分享|收藏|点赞|在看|转发|写留言|留言|微信|微博|qq空间|qq好友|朋友圈){2,}$"),
        # An article's asks of its reader: 点击“阅读原文”查看, 喜欢就点个在看吧, 转载请注明出处.
        ("page tools", r"^点击.{0,2}阅读原文|^(喜欢就|记得)?(点个|戳).{0,2}(在看|赞)|^(转载请注明|声明:本文(转|来)自)"),
        # An article's end mark (- END -) and arrows pointing at what follows (▼, ↓↓↓).
        ("separator", r"^[-—–_\s]*(?:the\s*)?end[-—–_\s]*$|^[▼▲↓↑⬇\s]+$"),
        ("breadcrumb", r"^(您?当前的?位置|您的位置|您现在的位置|您所在的位置|所在位置)"),
        # A site's menu, from its home page on: 首页  机构概况  政务公开  政务服务  互动交流.
        ("site menu", r"^(?:网站)?首页(?:(?:\s*[|丨/·]\s*|\s+)[\u4e00-\u9fff]{2,6}){3,}$"),
        ("page tools", r"^:$"),  # what is left of a widget's label and its buttons
        ("page tools", r"^(内容概述|内容摘要)[:]?$"),
        # The day a reader visits, as a site's header prints it, maybe after the site's name
        # (天津市静海区人民政府 2019年12月3日星期二): a weekday, which no signature's date gives.
        ("site date", rf"^今天是[:\s]*\d{{4}}|{WRITTEN_DATE}\s*(?:星期|周|礼拜)[一二三四五六日天](?:\s.{{0,20}})?$"),
        # A reader's line between its header (Title:, URL Source:) and the page it read.
        ("page tools", r"^markdown content:$"),
        ("page tools", r"^(无障碍|简体|繁体|长者模式|关怀版)(\s*[|/]?\s*(无障碍|简体|繁体|长者模式|关怀版))*$"),
        ("breadcrumb", r"^[^。,;:]{1,15}(\s*[>»›]\s*[^。,;:>»›]{1,15}){2,}$|^(网站)?首页\s*[>»›]"),
        ("qr prompt", r"(二维码|扫一扫|微信公众号|关注我们|关注该公众号|微信扫描|预览时标签不可点)"),
        ("related links", r"^(本文链接|本文关键词|本页链接|原文链接|相关(解读|政策|链接|文章|阅读|新闻|文件|附件)|"
                          r"\[(政策解读|图文解读|图解|视频解读)\]|(政策解读|图文解读|图解|视频解读)$|"
                          r"上一篇|下一篇|附件下载|往期推荐|往期回顾|推荐阅读|延伸阅读|喜欢此内容的人还喜欢)"),
        ("leave-site prompt", r"(即将离开|是否继续)"),
        ("site footer", f"({SITE_FOOTER}|icp备|公网安备)"),  # and what a 备案号's value holds
        ("site footer", r"^(地址|邮编|邮政编码|传真|维护|维护单位)[:]|^建议使用.{0,30}(分辨率|浏览器)|^(政府网站找错|党政机关|网站纠错)$"),
        # 主办: is a note's label too (主办：县委编办); beside the site's 承办 or 技术支持 it is the footer's.
        ("site footer", r"^主办\s*:.{0,40}(承办|技术支持|运维)"),
        ("separator", _SEPARATOR.pattern),
        ("page number", rf"^{_PAGE_NUMBER}$|^第\s*\d{{1,3}}\s*页(\s*[/,]?\s*共\s*\d{{1,3}}\s*页)?$"
                        r"|^page\s*\d{1,3}(\s*(of|/)\s*\d{1,3})?$"),
    )
)
# Furniture told by words that a sentence may hold too, anywhere in its line (微信公众号, 联系电话) or
# at its start (相关文件).
_WORDS_ANYWHERE = ("qr prompt", "site footer", "leave-site prompt", "related links")
# What a line that a page's width cut mid-sentence may end with, which furniture never does.
_MID_SENTENCE = ("“", "‘", "《", "（", "(", "、", "，", ",")
# A hard-wrapped paragraph's lines are this long at least.
_WRAPPED_LINE_MIN = 20


# The heading of a list of the site's other articles at a page's foot (相关文章, 推荐阅读), folded.
_RELATED_HEADING = re.compile(r"^(相关(文章|阅读|新闻|链接|信息|推荐|文件|政策|解读)|推荐阅读|延伸阅读|往期推荐|往期回顾|猜你喜欢|"
                              r"热点(新闻|文章)|最新(文章|发布))\s*:?$")
# An article's title in such a list is short.
_LISTED_TITLE_MAX = 60


def related_list(texts: list[str]) -> frozenset[int]:
    """The lines (numbered from 1) of the list of other articles' titles under a 相关文章 heading at
    a page's foot, down to the text's end: titles of notices and reports, which no rule of furniture
    tells from a plan's own headings, told by where they stand. Every line below the heading must be
    short and no sentence; numbered (1.关于…的通知) only below a numbered text, the plan's, since a
    heading above the plan's text has the plan's short headings below it. Above the plan, as a page's
    sidebar printed before its text gives one, only the numbered or bulleted titles right below the
    heading (:func:`_listed_titles`)."""
    above_the_plan: frozenset[int] = frozenset()
    for k, text in enumerate(texts):
        if not _RELATED_HEADING.match(fold(simplified_aligned(text)).strip()):
            continue
        below = [j for j in range(k + 1, len(texts)) if texts[j]]
        after_the_plan = any(map(_numbers_the_plan, texts[:k]))
        if all(len(texts[j]) <= _LISTED_TITLE_MAX and "。" not in texts[j]
               and (after_the_plan or not match_marker(texts[j])) for j in below):
            return above_the_plan | {j + 1 for j in below}
        if not after_the_plan:
            above_the_plan |= _listed_titles(texts, below)
    return above_the_plan | _bulleted_titles_at_the_foot(texts)


def _listed_titles(texts: list[str], below: list[int]) -> frozenset[int]:
    """The lines (numbered from 1) of a list of other articles' titles, each numbered or bulleted (1.关于印发…的通知),
    that a related heading above the plan heads, as a page's sidebar printed before its text gives one: the run of
    them right below the heading."""
    listed = []
    for j in below:
        title = fold(simplified_aligned(_after_number_or_bullet(texts[j]))).strip()
        if not title or len(title) > _LISTED_TITLE_MAX or "。" in title or not _ARTICLE_TITLE.search(title):
            break
        listed.append(j + 1)
    return frozenset(listed)


def _after_number_or_bullet(text: str) -> str:
    """What a numbered or bulleted line says after its number or bullet; "" for a line with neither."""
    if found := match_marker(text):
        return text[found[1]:]
    bullet = opening_bullet(text)
    return text[bullet.end():] if bullet else ""


# The heading of a policy interpretation or a drafting note that a page prints after the plan, folded and
# simplified: 《某某县2024年法治政府建设工作要点》政策解读, 关于《…》的解读, 图文解读：….
_INTERPRETATION = re.compile(r"^(?:关于)?《[^》]{4,80}》(?:的)?(?:政策|文件)?(?:解读|起草说明)(?:材料)?$"
                             r"|^(?:政策解读|文件解读|图文解读|一图读懂)(?:[:|]|$)")


_INTERPRETATION_HEADING_MAX = 100


def may_name_an_interpretation(text: str) -> bool:
    """A cheap test, by substrings, for words an interpretation's heading holds: most texts and lines hold none."""
    return "解读" in text or "说明" in text or "一图" in text


def interpretation(texts: list[str]) -> frozenset[int]:
    """The lines (numbered from 1) of a policy interpretation printed after the plan, from its heading to the
    text's end: another document, whose numbered sections (一、起草背景 …) are no chapters of the plan. Only
    below a numbered text, the plan's: a page may print the interpretation first and the plan below it, or
    a link to it among its page's fields (2. [发文机构] … / 政策解读) and the titles of other articles."""
    for k, text in enumerate(texts):
        if len(text) <= _INTERPRETATION_HEADING_MAX and may_name_an_interpretation(text) \
                and _INTERPRETATION.match(fold(simplified_aligned(text)).strip()) \
                and any(map(_numbers_the_plan, texts[:k])):
            return frozenset(range(k + 1, len(texts) + 1))
    return frozenset()


def _numbers_the_plan(text: str) -> bool:
    """Whether a line is numbered as a plan's are, not as a page numbers its fields (2. [发文机构] …) or lists other
    articles (1.关于印发…的通知)."""
    found = match_marker(text)
    return bool(found) and not table_fields(text) \
        and not _ARTICLE_TITLE.search(fold(simplified_aligned(text[found[1]:])).strip())


# An article's title, folded and simplified, as a list of other articles gives it: 关于…, …的通知, …工作要点;
# not a plan's item, which opens with what it does (制定…办法, 修订…规划).
_ARTICLE_TITLE = re.compile(r"^(?!制定|修订|修改|出台|起草|编制|建立|健全|完善|推进|推行|落实|开展|加强|深化|清理|组织)"
                            r"(?:关于|.*(?:通知|报告|公告|通告|意见|方案|规划|要点|计划|办法)$)")


def _bulleted_titles_at_the_foot(texts: list[str]) -> frozenset[int]:
    """The lines (numbered from 1) of a bulleted list of other articles' titles that ends a page with
    no heading above it (● 关于印发…的通知 / ● …情况的报告), two or more: the site's, not the plan's
    bulleted items, which a title's words and its place tell apart."""
    listed: list[int] = []
    for k in range(len(texts) - 1, -1, -1):
        if not texts[k]:
            continue
        bullet = opening_bullet(texts[k])
        title = texts[k][bullet.end():] if bullet else ""
        if not title or len(title) > _LISTED_TITLE_MAX or "。" in title or "《" in title \
                or not _ARTICLE_TITLE.search(fold(simplified_aligned(title)).strip()):
            break
        listed.append(k + 1)
    return frozenset(listed) if len(listed) >= 2 else frozenset()


def _goes_on(before: str, line: str) -> bool:
    """Whether ``line`` goes on a sentence, as hard-wrapped text does (…“云南掌上12348”微信公众号、“云南),
    rather than being a page's furniture: it ends mid-sentence, or it and the line before it are as long
    as a page's lines, the one before ends no sentence and this one opens with no label."""
    return line.endswith(_MID_SENTENCE) or (
        min(len(before), len(line)) >= _WRAPPED_LINE_MIN and not before.endswith(PARAGRAPH_ENDS)
        and not ANY_LABEL.match(fold(line)))  # a field of its own (主办单位：…), not a sentence going on


# A page number at the start of the line that follows it: "- 2 - 工作汇报，…".
_PAGE_NUMBER_OPENING = re.compile(rf"^{_PAGE_NUMBER}\s+(?=\S)")
# A field's label, before its value: 发文字号：…, or bracketed, as a law database heads its copy (【发文字号】洪府发…).
_FIELD = re.compile(r"\[?(" + SPACED_FIELD_LABELS + r")(?:\]|(?=[\s:\[]|$))")
# A field list's bullet or number before a label (folded): • 索引号 / 1. 索引号 / 1 索引号 / (1)索引号 / ①索引号.
_TABLE_ROW_PREFIX = re.compile(rf"^\s*([•·●▪]\s*|\d{{1,2}}(?:[.、)]\s*|\s+)|\(\d{{1,2}}\)\s*|[{CIRCLED}]\s*)?")
# A field's label alone on its line, its value on the next: "• 发文字号:" / "镇政发〔2024〕7号".
_LABEL_ALONE = re.compile(r"^\s*([•·●▪]\s*)?\[?(" + SPACED_FIELD_LABELS + r")\]?\s*[:：]\s*$")
# Any short label alone (来源:, 内容概述:), which is no field's value.
_ANY_LABEL_ALONE = re.compile(r"^\s*([•·●▪]\s*)?[^\s:：]{1,8}\s*[:：]\s*$")


# The address of the page a text was copied from, as the page or a reader prints it:
# 本文链接：https://…, 原文链接：…, URL Source: … (a field named 网址); and when a reader says the
# page was published (Published Time: 2023-03-05T10:20:00+08:00), as a site's 生成日期, and what the
# page was titled (Title: …), as a site's 标题.
_PAGE_ADDRESS = re.compile(r"^(?:本文链接|原文链接|原文地址|文章链接|本页链接|网页地址|url source)\s*[:：]\s*(https?://\S+)$",
                           re.IGNORECASE)
_PUBLISHED = re.compile(r"^published time:\s*(\d{4}-\d{2}-\d{2})\S*$", re.IGNORECASE)
_READER_TITLE = re.compile(r"^title:\s*(\S.*)$", re.IGNORECASE)


def table_fields(line: str) -> list[tuple[str, str]]:
    """Key/value pairs when ``line`` is a row of a page's metadata table, or gives the page's address
    or when it was published."""
    if address := _PAGE_ADDRESS.match(line):
        return [("网址", address.group(1))]
    if published := _PUBLISHED.match(line):
        return [("生成日期", published.group(1))]
    if title := _READER_TITLE.match(line):
        return [("标题", title.group(1).strip())]
    if "|" in line:
        return _pipe_row_fields(line)
    simplified = fold(simplified_aligned(line))
    body = _TABLE_ROW_PREFIX.sub("", simplified, count=1)
    if not _FIELD.match(body):  # most lines: no need to look for fields further on
        return []
    matches = list(_FIELD.finditer(body))
    # One field alone is a table row only as "label:" (名称: …) or a table's cell (标题<tab>…), never a
    # word that opens a sentence.
    labelled = body[matches[0].end():].lstrip(" \u3000").startswith((":", "\t"))
    if len(matches) < 2 and not body.startswith("[") and not labelled:
        return []
    offset = len(simplified) - len(body)
    fields = []
    for match, following in zip(matches, matches[1:] + [None]):
        end = following.start() if following else len(body)
        value = line[offset + match.end():offset + end].strip(" \t\u3000\xa0:：[]")
        fields.append((re.sub(r"\s+", "", match.group(1)), value))
    return fields


def _pipe_row_fields(line: str) -> list[tuple[str, str]]:
    """A table row flattened with pipes: ``索 引 号 | 116… | 主题分类 | 金政发 |``."""
    cells = [cell.strip(" \t\u3000\xa0:：") for cell in line.split("|")]
    keys = [re.sub(r"\s+", "", fold(simplified_aligned(cell))) for cell in cells[0::2]]
    values = cells[1::2] + [""] * (len(keys) - len(cells[1::2]))
    if not keys or not _FIELD.fullmatch(keys[0]):
        return []
    return [(key, value) for key, value in zip(keys, values) if _FIELD.fullmatch(key)]


def fields_on_two_lines(lines: list[str]) -> list[str]:
    """A page's field list with each label alone on its line and the value on the next non-blank
    one (``• 发文字号:`` / ``镇政发〔2024〕7号``), each field put on one line, where
    :func:`table_fields` finds it; the value's line is left blank, so line numbers stay. A label
    followed by another label, a field or page furniture has no value."""
    lines = list(lines)
    for k, line in enumerate(lines):
        if not line.rstrip().endswith((":", "：")) or not (label := _LABEL_ALONE.match(fold(simplified_aligned(line)))):
            continue
        following = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), None)
        if following is not None and not _is_label_or_chrome(lines[following]) \
                and (re.sub(r"\s+", "", label.group(2)) in _TITLE_LABELS or not _titles_a_plan(lines[following])):
            lines[k] = f"{line.rstrip()} {lines[following].strip()}"
            lines[following] = ""
    return lines


# The labels of a page's field that holds its title (标题：/ 某某县…工作要点), which no other left empty takes.
_TITLE_LABELS = ("标题", "名称", "信息名称")


def _titles_a_plan(line: str) -> bool:
    """Whether a line is a plan's title, alone (某某县法治政府建设实施方案): no field's value below a label left empty."""
    simple = fold(simplified_aligned(line)).strip()
    return len(simple) <= _LISTED_TITLE_MAX and "。" not in simple and names_a_plan_on_the_subject(simple)


# A table copied from a spreadsheet: a cell that holds line breaks is in quotes
# (1<tab>"加强学习。 / 组织培训。"<tab>县司法局); a table saved as CSV opens with its header (序号,重点任务,…; 序號 in
# traditional script).
_OPENS_QUOTED_CELL = re.compile(r'(?:^|\t)"')
_QUOTED_ROW_LINES = 10
_CSV_HEADER = re.compile(r'^\s*"?序[号號]"?\s*,[^,]*,')
_CSV_LINES_BETWEEN_ROWS = 2  # a group's line, and a blank line


def spreadsheet_rows(lines: list[str]) -> list[str]:
    """A table copied from a spreadsheet with each row on one line of tab-separated cells, as a
    table's rows are read: a row whose quoted cells hold line breaks (their breaks as spaces), and
    every row of a table saved as CSV under its header. The lines a row took are left blank, so
    line numbers stay."""
    lines = list(lines)
    for k, line in enumerate(lines):
        try:
            if _CSV_HEADER.match(line) or ("," in line and _is_csv_header(line)):
                _put_csv_rows(lines, k)
                lines[:k] = [_cell_alone(above, line.count(",")) for above in lines[:k]]
            elif "\t" in line and line.count('"') % 2 and _OPENS_QUOTED_CELL.search(line):
                first, last, row = next(_records(lines, k, min(len(lines), k + _QUOTED_ROW_LINES), "excel-tab"))
                if last > first and lines[last].count('"') % 2:  # the quote it opened closes on its last line
                    _put_row(lines, first, last, row)
        except csv.Error:  # a quote no cell closes made one field of the rest of the text: no rows here
            continue
    return lines


_CSV_HEADER_MAX = 120  # characters: a header's names are short
# What a task table's column is named, at the end of its name (工作任务, 牵头单位, 完成时限): a sentence's clauses
# that ASCII commas part (考评指标,加强组织领导,完善工作机制) end otherwise.
_COLUMN_NAME = re.compile(r"^\S{0,8}(?:任务|内容|措施|举措|事项|项目|要求|目标|指标|单位|部门|领导|责任人|时限|时间|期限|节点|备注|分工)$")
_COLUMN_NAME_MAX = 11


def _is_csv_header(line: str) -> bool:
    """Whether a line is a task table's header saved as CSV without a 序号 column (工作任务,牵头单位,完成时限): every
    cell a column's name."""
    comma = line.find(",")
    if comma > _COLUMN_NAME_MAX + 4 or len(line) > _CSV_HEADER_MAX or line.count(",") < 2 or "\t" in line:
        return False  # most lines: a sentence's first clause is longer than a column's name
    if not _COLUMN_NAME.match(simplified_aligned(line[:comma].strip(' "'))):
        return False
    names = tuple(cell.strip() for cell in next(csv.reader([line])))
    return all(_COLUMN_NAME.match(simplified_aligned(name)) for name in names) and header_columns(names) is not None


def _cell_alone(line: str, empty_cells: int) -> str:
    """A row of one cell in a sheet saved as CSV, its other cells empty, as many as its table's header has after its
    first: the sheet's title above its table (某某县…重点任务分工表,,,,), as the cell alone, unquoted; any other
    line as it is."""
    if not line.endswith("," * empty_cells) or line.endswith("," * (empty_cells + 1)):
        return line
    cell = line[:-empty_cells].strip()
    if '"' not in cell:
        return cell if "," not in cell else line
    quoted = cell.startswith('"') and cell.endswith('"') and '"' not in cell[1:-1].replace('""', "")
    return cell[1:-1].replace('""', '"') if quoted else line


def _put_csv_rows(lines: list[str], header: int) -> None:
    """The rows of a table saved as CSV, from its header on, as long as they have its cells, but for a group's
    line or a blank line between them (a line of one cell, 一、加强党的领导), left as it is."""
    columns, apart = None, 0
    for first, last, row in _records(lines, header, len(lines), "excel"):
        if len(row) == (columns := columns or len(row)):
            _put_row(lines, first, last, row)
            apart = 0
        elif len(row) <= 1 and apart < _CSV_LINES_BETWEEN_ROWS:
            apart += 1
        else:
            break


def _records(lines: list[str], start: int, stop: int, dialect: str) -> Iterator[tuple[int, int, list[str]]]:
    """The csv module's records in ``lines[start:stop]``, each with its first and last line."""
    last = start - 1

    def fed():
        nonlocal last
        for last in range(start, stop):
            yield lines[last] + "\n"  # a line break within a quoted cell is kept

    first = start
    for row in csv.reader(fed(), dialect=dialect):
        yield first, last, row
        first = last + 1


def _put_row(lines: list[str], first: int, last: int, row: list[str]) -> None:
    lines[first] = "\t".join(" ".join(cell.split()) for cell in row)
    lines[first + 1:last + 1] = [""] * (last - first)


def _is_label_or_chrome(line: str) -> bool:
    """A line that is no field's value: a label of its own (来源:), a field, page furniture other
    than a date with its hour (发文日期: / 2024年04月06日 16:40), or a notice's title below a field left empty
    (文号: / 某某市人民政府关于印发…的通知); a date with a label of its own is a field (发文机关: / 发布时间:2017-03-22,
    the first left empty)."""
    simple = fold(simplified_aligned(line))
    reason = chrome_reason(line)
    return bool(_ANY_LABEL_ALONE.match(simple) or _FIELD.match(_TABLE_ROW_PREFIX.sub("", simple, count=1))
                or reason not in (None, "timestamp") or (reason == "timestamp" and ANY_LABEL.match(simple))
                or is_notice_title(line))


# The mark before an image's caption, as an article prints it under the picture: ▲图片来源：….
_CAPTION_MARK = re.compile(r"^[▲△]\s*(?=[^\s▲△▼▽↓↑⬇])")


def chrome_reason(line: str) -> str | None:
    """Why ``line`` is web-page furniture, or ``None`` if it is content."""
    text = fold(simplified_aligned(line)).strip().lower().lstrip("•·●▪ ")
    if text[:1] in "▲△":  # an image's caption: ▲图片来源：…
        text = _CAPTION_MARK.sub("", text)
    if not text:
        return None
    if len(text) > _CHROME_MAX:
        return "separator" if _SEPARATOR.match(text) else None
    if _IMPRINT.search(text):
        return "imprint"
    if _DOWNLOAD.search(text) and "," not in text:  # a file's name (1.某某实施方案.pdf) is no paragraph
        return "download link"
    # A sentence, a numbered line, a table's header or a line in brackets (a task's note) is content
    # even where it names what furniture names (3.公布联系电话。, 4.加强宣传（主办单位：县委宣传部）,
    # 序号	单位	联系电话, （主办单位：县委编办）).
    if _DOCUMENT_REMARK.match(text):
        return "document remark"
    if "。" in text or match_marker(text) or (has_cells(text) and NUMBER_HEADER.match(cells(text)[0])) \
            or (text.startswith("(") and text.endswith(")")):
        return None
    for reason, pattern in _CHROME_RULES:
        if pattern.search(text):
            return reason
    return None


# --- mojibake ----------------------------------------------------------------
_LOST_BYTE = re.compile(r"[?\ufffd\u3100-\u312f]")
# A PDF's glyphs that its font maps to no character, as pdfminer reads them: (cid:1234)(cid:567).
_UNMAPPED_GLYPHS = re.compile(r"(?:\(cid:\d{1,6}\))+")
_STOP = set("，。、；：,.;:“”\"'「」 \t\u3000\xa0")
_WINDOW = 14


def _suspicious_anchor(text: str, i: int) -> bool:
    """A ``?`` glued into Chinese text is a lost byte; one that ends a
    sentence (followed by nothing, a space or punctuation) is a question."""
    if text[i] != "?":
        return True
    before, after = text[i - 1:i], text[i + 1:i + 2]
    return (not before.isascii() or not after.isascii()) and (after.isalnum() or after == "?"
                                                              or (after and not after.isascii()))


def find_mojibake(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of runs that look like encoding accidents, or a PDF's glyphs read as no character.

    A run starts at a lost-byte mark and grows over neighbouring tokens that
    jieba cannot join into words: real text around a stray mark segments into
    words and stops the run, garbled text stays single characters.
    """
    spans = [found.span() for found in _UNMAPPED_GLYPHS.finditer(text)] if "(cid:" in text else []
    for match in _LOST_BYTE.finditer(text):
        i = match.start()
        if (spans and i < spans[-1][1]) or not _suspicious_anchor(text, i):
            continue
        spans.append(_grow_run(text, i))
    return _merge(spans)


def _grow_run(text: str, anchor: int) -> tuple[int, int]:
    lo, hi = max(0, anchor - _WINDOW), min(len(text), anchor + _WINDOW + 1)
    window = simplified_aligned(text[lo:hi])
    tokens, pos = [], lo
    for token in stock_tokenizer().lcut(window, HMM=False):
        tokens.append((pos, pos + len(token), token))
        pos += len(token)
    index = next(k for k, (s, e, _) in enumerate(tokens) if s <= anchor < e)
    start = end = index

    def garbled(k: int) -> bool:
        token = tokens[k][2]
        return len(token) == 1 and token not in _STOP or not any(is_cjk(c) for c in token) \
            and not any(c in _STOP for c in token)

    while start > 0 and garbled(start - 1):
        start -= 1
    while end + 1 < len(tokens) and garbled(end + 1):
        end += 1
    return tokens[start][0], tokens[end][1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- the stage ---------------------------------------------------------------
_INDENT = " \t\u3000\xa0"
# A word processor's bullets in its Symbol or Wingdings font come out in text as private-use characters,
# which show as nothing or a box: each is read as the bullet it draws.
_FONT_BULLETS = {"\uf06c": "●", "\uf06e": "■", "\uf071": "❑", "\uf075": "◆", "\uf076": "❖", "\uf0a7": "▪",
                 "\uf0b7": "•", "\uf0d8": "►", "\uf0fc": "✓"}
_FONT_BULLET = re.compile(f"[{''.join(_FONT_BULLETS)}]")
# Or, where the text lost the font, as the letter of its code (Wingdings' l for ●, Ø for ➢, ü for ✓, Symbol's · for •,
# Courier New's o for ○), before a tab or a space at a line's start: read as the bullet it draws.
_LETTER_BULLETS = {"l": "●", "n": "■", "q": "❑", "u": "◆", "v": "❖", "§": "▪", "Ø": "➢", "ü": "✓", "·": "•", "o": "○"}
_LETTER_BULLET = re.compile(f"^([ \t]*)([{''.join(_LETTER_BULLETS)}])[ \t]+(?=[\u4e00-\u9fff《“])", re.M)
# Such a bullet after a line break: a search for it, which a line break's literal makes quick, finds none in most texts.
_LETTER_BULLET_BELOW = re.compile(f"\n[ \t]*[{''.join(_LETTER_BULLETS)}][ \t]+(?=[\u4e00-\u9fff《“])")
# A table drawn with box characters (┌─┬─┐ / │序号│任务│), as converters from word processors
# print one, parts its cells with these: read as bars, its rules then go as separators.
_BOX_BARS = re.compile("[│┃║]")
# The gap a PDF set with space between its letters (临 江 市 2 0 2 3 年 …), or a heading spread over its line
# (某  某  市), puts between two letters: a space or two; three, a word's space spaced out so (1 深化 → 1   深 化).
# A table's columns are parted by more.
_LETTER_GAP = re.compile(r"(?<=\S)[ \u3000]{1,3}(?=\S)")
# Such a gap beside a character that is not ASCII (2023 年, 〔 2023 〕): between two ASCII ones it may part
# words (2023-03-01 18:30).
_GAP_BESIDE_WIDE = re.compile(r"(?<=[^\x00-\x7f\s])[ \u3000]{1,3}(?=\S)|(?<=\S)[ \u3000]{1,3}(?=[^\x00-\x7f\s])")
# A heading's words after its number, spread letter by letter over a line (一、总  体  要  求, 第一章　总　则).
_SPREAD_AFTER_NUMBER = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff])+")


# What text recognition reads for a number's one at a line's start: a dash for 一 (—、总体要求, （—）指导思想,
# 十—、, 第—章, —是), or a stroke of its shape, a hyphen, a box's rule or the kana mark of a long sound (-、, ─、,
# ー、); the letter l for 1 (l.加强…, （l）…); never a dash or letter before anything but the number's
# punctuation, a bracket's end or what a number is of.
_ONE_STROKES = f"{DASHES}-─ー"
_MISREAD_ONE = re.compile(rf"^(\s*(?:第|[（(])?\s*(?:[二三四五六七八九]?十)?)(?:(?P<dash>[{re.escape(_ONE_STROKES)}])"
                          r"(?=\s*(?:[、.．)）]|章|节|條|条|部分|是))"
                          r"|l(?=\s*[.．、)）]\s*[\u4e00-\u9fff]))")


def numbers_read_right(line: str) -> str:
    """``line`` with the one that text recognition misread in the number it opens with (—、总体要求,
    l.加强学习) read right: read as a dash or a letter, the plan lost its first chapter or task."""
    found = _MISREAD_ONE.match(line)  # anchored: most lines fail at their first character
    if not found:
        return line
    return f"{line[:found.end(1)]}{'一' if found.group('dash') else '1'}{line[found.end():]}"


# A full stop typed or recognised as a dot (. or ．) after a Chinese letter or a closing mark, before a Chinese
# letter, a figure, an opening mark or the line's end: 制度.由县司法局牵头.2024年底前完成; or opening a line, where a
# program that wrapped the text at so many characters left it, before a Chinese letter. A number's dot (一., 1.)
# is no stop, nor one between figures (2.5倍, 2023.3.1) or letters (www.gov.cn).
_DOT_FOR_STOP = re.compile(r"(?<=[\u4e00-\u9fff）)”》])[.．](?=[\u4e00-\u9fff0-9（(“《【]|\s*$)")
_DOT_OPENING = re.compile(r"^(\s*)[.．](?=[\u4e00-\u9fff])")


def stops_read_right(line: str) -> str:
    """``line`` with the full stops that text recognition, or an editor set to Western marks, gave as dots read
    as 。, which every rule that finds a sentence's end looks for: a note that is a task's last sentence, after
    制度.由县司法局牵头., was the task's words."""
    if "." not in line and "．" not in line:  # most lines
        return line
    found = match_marker(line)
    start = found[1] if found else 0
    return _DOT_OPENING.sub(r"\1。", line[:start] + _DOT_FOR_STOP.sub("。", line[start:]))


def _row_test(texts: list[str]) -> Callable[[str], bool]:
    """How to tell a table's row copied as text, whose number is its first cell's (1<tab>深化…<tab>县司法局), from a
    list's item whose number a tab sets off from its words (1<tab>加强学习。), as a word processor's list is copied:
    a row has three cells or more, or two in a text with a table of two columns headed 序号 (序号<tab>指标名称)."""
    two_columns = any(len(row := cells(text)) == 2 and NUMBER_HEADER.match(simplified_aligned(row[0]))
                      for text in texts if "\t" in text)
    return lambda text: has_cells(text) and (two_columns or len(cells(text)) > 2)


# Marks a page sets before a number or a note's label to catch the eye, which say nothing (👉1., ▌一、, ◆ 2.,
# ➤（一）, ——责任单位：, ★牵头单位：): arrows, blocks, shapes, dingbats, emoji and dashes, with the spaces after them.
_DECORATION = re.compile(r"^(?:[\u2022\u2023\u2043\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f※]"
                         r"|[—–\-－]{2,})+[ \t\u3000]*")


# Where a signature's seal was, as a conversion notes it: 某某县人民政府（盖章）, （某某县人民政府盖章）.
_SEAL = re.compile(rf"[（(]\s*(?:{SEAL_WORDS})\s*[)）]$|^[（(]\s*(\S{{2,30}}?)\s*(?:盖章|蓋章)\s*[)）]$")


def without_seal(line: str) -> str:
    """``line`` without the note of a seal after an organ or a date (某某县人民政府（盖章） → 某某县人民政府), or
    the organ alone where the note names it (（某某县人民政府盖章） → 某某县人民政府)."""
    if "章" not in line or not (found := _SEAL.search(line)):  # most lines
        return line
    return found.group(1) or line[:found.start()].rstrip()


# A heading set whole in brackets, as an article marks its parts (【一、总体要求】).
_BRACKETED = re.compile(r"^[【〖［\[][ \u3000]*(.+?)[ \u3000]*[】〗］\]]$")


def unbracketed(line: str) -> str:
    """``line`` without the brackets it is set in where what they hold opens with a number (【一、总体要求】 →
    一、总体要求); a number alone in them (【一】) is one, and a note in them (【牵头单位：…】) stays."""
    if line[:1] not in "【〖［[" or not (found := _BRACKETED.match(line)) or not match_marker(found.group(1)):
        return line
    return found.group(1)


def undecorated(line: str) -> str:
    """``line`` without the marks that decorate the number or the note's label it opens with (👉1.加强… →
    1.加强…, ——责任单位：… → 责任单位：…); a line whose marks stand before words keeps them (● 制定…: a bulleted
    item)."""
    first = line[:1]
    if first < "\u2014" and first != "-" or "\u3000" <= first < "\ufe0f":  # most lines: words, figures, brackets
        return line
    if not (found := _DECORATION.match(line)):
        return line
    rest = line[found.end():]
    return rest if match_marker(rest) or is_labelled_note(rest) else line


def letters_closed_up(lines: list[str]) -> list[str]:
    """``lines`` without the gaps between letters of those spaced out letter by letter: a heading a word
    processor spread over its line (某 某 市 法 治 政 府 …), or every line of a scan's recognised text or
    a PDF set with space between its letters (临 江 市 2 0 2 3 年 …), where a line half spaced out
    (临 政 办 〔20 2 1〕 8 号) is closed up too, and one that keeps words together (发布时间 2023-03-01 18:30)
    loses the gaps beside Chinese letters. What a line says, and what a reader searches for, is the words."""
    shares = [_spaced_share(line) if " " in line or "\u3000" in line else 0.0 for line in lines]  # most have none
    spaced = sum(share >= _SPACED_OUT for share in shares)
    if not spaced:
        return lines
    if 2 * spaced < sum(1 for line in lines if len(line.split()) >= _SPACED_MIN_WORDS):
        return [_LETTER_GAP.sub(_closed_gap, line) if share >= _SPACED_OUT else line
                for line, share in zip(lines, shares)]
    return [_closed_up_with_indent(line, _LETTER_GAP if share >= _HALF_SPACED_OUT else _GAP_BESIDE_WIDE)
            for line, share in zip(lines, shares)]


def _closed_gap(gap: re.Match) -> str:
    """Nothing for a gap between letters; one space for a word's space spaced out."""
    return " " if len(gap.group()) == 3 else ""


def _closed_up_with_indent(line: str, gap: re.Pattern) -> str:
    """A line of a text spaced out letter by letter, closed up, its indent (which a PDF's layout spaced out
    as it spaced the letters) narrowed as much as its words."""
    words = line.lstrip()
    if not words:
        return line
    closed = gap.sub(_closed_gap, words)
    indent = line[:len(line) - len(words)]
    return indent[:round(len(indent) * len(closed) / len(words))] + closed


_SPACED_MIN_WORDS = 4
# Text recognition misses a gap now and then (临江 市 2 0 2 1 年), as a line run together with the next lacks one.
_SPACED_OUT = 3 / 4
_HALF_SPACED_OUT = 1 / 2
_TWO_CHINESE_LETTERS = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf].*?[\u4e00-\u9fff\u3400-\u4dbf]")


def _spaced_share(line: str) -> float:
    """How many of the places between two letters of ``line`` hold a gap, where half of them do at least: none
    for a line of fewer than four words or fewer than two Chinese letters."""
    words = line.split()
    if len(words) < _SPACED_MIN_WORDS:
        return 0.0
    share = (len(words) - 1) / (sum(map(len, words)) - 1)
    return share if share >= _HALF_SPACED_OUT and _TWO_CHINESE_LETTERS.search(line) else 0.0


def closed_up(line: str) -> str:
    """``line`` without the spaces a word processor put between the letters of a heading's words after its
    number to spread them over the line (一、总  体  要  求, 第一章　总　则): what the heading says, and what a
    reader searches for, is the words. Lines spread whole are closed up before (:func:`letters_closed_up`)."""
    if (" " in line or "\u3000" in line) and (found := match_marker(line)) \
            and _SPREAD_AFTER_NUMBER.fullmatch(spread := line[found[1]:]):
        return line[:found[1]] + re.sub(r"[ \u3000]+", "", spread)
    return line


def clean(text: str) -> tuple[CleanText, list[tuple[str, str]]]:
    """Clean decoded text; return the result and any metadata-table fields."""
    # A PDF converter opens each page with a form feed, which is no line of its own.
    text = as_shown(visible_text(text))
    text = _BOX_BARS.sub("|", text).replace("\n\f", "\n").replace("\f", "\n")
    if any(bullet in text for bullet in _FONT_BULLETS):  # a substring test each: most texts hold none
        text = _FONT_BULLET.sub(lambda found: _FONT_BULLETS[found.group()], text)
    if _LETTER_BULLET.match(text) or _LETTER_BULLET_BELOW.search(text):
        text = _LETTER_BULLET.sub(lambda found: found.group(1) + _LETTER_BULLETS[found.group(2)], text)
    raw_lines = [stops_read_right(line) for line in
                 fields_on_two_lines(letters_closed_up(laid_out_rows(spreadsheet_rows(text.splitlines()))))]
    stripped_lines = [line.strip(_INDENT) for line in raw_lines]
    page_numbers = bare_page_numbers(stripped_lines)
    running = running_heads(stripped_lines, page_numbers)
    related = related_list(stripped_lines)
    explained = interpretation(stripped_lines) if may_name_an_interpretation(text) else frozenset()
    repeated = repeated_copy(["" if k in running or k in page_numbers
                              or len(line) <= _PAGE_NUMBER_MAX and _is_page_number(line) else line
                              for k, line in enumerate(stripped_lines, start=1)])
    sorting = _Sorting()
    text_length = sum(map(len, stripped_lines))
    readings = _TONED_LETTER.search(text) is not None  # one scan of the text, where most hold none
    for lineno, raw in enumerate(raw_lines, start=1):
        if lineno in running or lineno in page_numbers:
            sorting.remove(lineno, raw.strip(_INDENT), "running head" if lineno in running else "page number")
        elif lineno in related:
            sorting.remove(lineno, raw.strip(_INDENT), chrome_reason(raw) or "related links")
        elif lineno in explained:
            sorting.remove(lineno, raw.strip(_INDENT), "interpretation")
        elif lineno in repeated:
            sorting.remove(lineno, raw.strip(_INDENT), "repeated copy")
        else:
            read, count = remove_romanisation(raw) if readings else (raw, 0)
            sorting.romanisation += count
            # A page glued on one line holds nearly the whole text, but for the readings it lost.
            for part in split_run_on(read, text_length - (len(raw) - len(read))):
                sorting.read(lineno, part)
    texts = [line.text for line in sorting.lines]
    lines = [Line(text, line.lineno) for text, line in zip(punctuated(texts, _row_test(texts)), sorting.lines)]
    lines, rejoined = rejoin_wrapped(lines, sorting.indents, frozenset(sorting.after_breaks))
    lines, contents = without_contents(lines)
    removed = sorted([*sorting.removed, *contents], key=lambda removal: removal.lineno)
    return CleanText(tuple(lines), tuple(removed), tuple(sorting.mojibake), sorting.romanisation,
                     rejoined), sorting.fields


@dataclass
class _Sorting:
    """Cleaning's line-by-line pass: each line kept or removed with its reason. The line after a page number
    just removed (``page_break``) is noted, as it may go on the paragraph the page break cut (see
    :func:`generator.wrapping.rejoin_wrapped`)."""
    lines: list[Line] = field(default_factory=list)
    indents: list[str] = field(default_factory=list)  # each kept line's leading space: where paragraphs start
    removed: list[Removal] = field(default_factory=list)
    mojibake: list[Mojibake] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    romanisation: int = 0
    page_break: bool = False
    after_breaks: set[int] = field(default_factory=set)  # the kept lines (by index) a page number stood above

    def remove(self, lineno: int, text: str, reason: str) -> None:
        self.removed.append(Removal(lineno, text, reason))
        self.page_break = self.page_break or reason == "page number"

    def _imprint_s_organ_removed(self) -> None:
        """The line above an imprint's date (某某县人民政府办公室 / 2023年3月2日印发): the organ that printed the
        document, on a line of its own, is no more the plan's than the date is."""
        above = self.lines.pop()
        self.indents.pop()
        self.remove(above.lineno, above.text, "imprint")

    def read(self, lineno: int, part: str) -> None:
        stripped = part.strip(_INDENT)
        if page_number := _PAGE_NUMBER_OPENING.match(stripped):
            self.remove(lineno, page_number.group(0).strip(), "page number")
            stripped = stripped[page_number.end():]
        if not stripped:
            return
        stripped = closed_up(undecorated(unbracketed(flag_after_number(numbers_read_right(without_seal(stripped))))))
        row = table_fields(stripped)
        reason = "metadata table" if row else chrome_reason(stripped)
        if reason in _WORDS_ANYWHERE and self.lines and self.lines[-1].lineno >= lineno - 1 \
                and _goes_on(self.lines[-1].text, stripped):  # right below the line it would go on
            reason = None
        if reason:
            if reason == "imprint" and self.lines and self.lines[-1].lineno >= lineno - 2 \
                    and _PRINTED_ON.match(fold(stripped)) and is_organ_line(self.lines[-1].text):  # the date alone
                self._imprint_s_organ_removed()
            self.fields.extend(row or _dated(stripped, reason))
            self.remove(lineno, stripped, reason)
            return
        self.mojibake.extend(Mojibake(lineno, stripped[s:e]) for s, e in find_mojibake(stripped))
        if self.page_break:
            self.after_breaks.add(len(self.lines))
        self.lines.append(Line(stripped, lineno))
        self.indents.append(part[:len(part) - len(part.lstrip(_INDENT))])
        self.page_break = False


# The date a page's line of when it was posted gives (发布时间：2023.02.15 来源：…, 2023年03月02日 18:30, a WeChat
# article's header: 原创 某某司法 2023-03-02 18:30 发表于某某), not when it was last changed (更新时间).
_POSTED = re.compile(rf"^(?!更新)\D{{0,60}}?({_FIGURED_DATE})")


def _dated(line: str, reason: str) -> list[tuple[str, str]]:
    """When the page was posted (发布时间), where ``line`` is the page's line saying so, or when the document
    was printed (印发日期), where it is its imprint's date: fields for a plan that prints no date of its own
    (see :func:`generator.meta.extract`). A page's line of when it was posted may open with the organ that
    posted it (某某县政府 www.moumou.gov.cn 2016-03-21 00:00), its 发布机构 for a plan that names no issuer."""
    if reason == "timestamp" and (found := _POSTED.match(fold(line).strip())):
        poster = line.split(maxsplit=1)[0]
        return [("发布时间", found.group(1))] + ([("发布机构", poster)] if is_organ_line(poster) else [])
    if reason == "imprint" and (found := _PRINTED_ON.search(fold(line))):
        return [("印发日期", found.group(1))]
    return []


def bare_page_numbers(texts: list[str]) -> frozenset[int]:
    """The lines of ``texts`` (a text's lines without their indents; numbered from 1) that are a
    PDF's page numbers printed as bare figures (``3``): the longest run of figures alone on their
    lines that count up one by one, a page or more apart, in lines that hold text (a page saved with a
    blank line after each paragraph has them farther apart). The numbers of a table copied one cell per
    line (序号 1, 2 …), or of an article's parts (01 / 加强党的领导 / … / 02), stand closer together than
    that; but a text's last page may hold a line or two, so a figure on its last line goes on the run it
    counts up."""
    figures = []  # (line number, how many lines hold text up to it, value)
    filled = 0
    for lineno, text in enumerate(texts, start=1):
        filled += bool(text)
        if text.isdigit() and len(text) <= 3 and text.isascii():
            figures.append((lineno, filled, int(text)))
    chains: list[list[tuple[int, int]]] = []  # the lines of runs of figures counting up a page apart
    waiting: dict[int, list[list[tuple[int, int]]]] = defaultdict(list)  # figure → the runs it would go on, oldest first
    for lineno, position, value in figures:
        runs = waiting[value]
        last_page = position == filled
        run = next((run for run in runs if last_page or position - run[-1][1] > MAX_COLUMNS), None)
        if run is None:
            run = []
            chains.append(run)
        else:
            runs.remove(run)
        run.append((lineno, position))
        waiting[value + 1].append(run)
    longest = max(chains, key=len, default=[])
    return frozenset(lineno for lineno, _ in longest) if len(longest) >= 2 else frozenset()


def _is_page_number(text: str) -> bool:
    """A page number printed with its dashes or words (— 2 —, 第 3 页); every one has a figure."""
    return len(text) <= _PAGE_NUMBER_MAX and _FIGURE.search(text) is not None and chrome_reason(text) == "page number"


_FIGURE = re.compile(r"\d")
# The longest line that may be a page number (第 3 页 共 12 页), and a running head (a document's title).
_PAGE_NUMBER_MAX = 20
_RUNNING_HEAD_MAX = 40


# The least a second copy of a text repeats: lines in a row, two of them numbered.
_COPY_MIN_LINES = 5


def repeated_copy(texts: list[str]) -> frozenset[int]:
    """The lines of ``texts`` (as for :func:`bare_page_numbers`) that copy the text again after itself, as a page
    that holds its article twice gives it (its view for screens and its view for phones or for printing, both in its
    HTML): from a numbered line that stood before, the lines that repeat those after it in order, at least half as
    many as lie between the two (the text again, not a passage a plan says twice), with the lines right above
    that repeat those above it (the title): a copy with its title, or from the outline's first number (two tasks'
    sub-items and notes alike are no copy). Lines a PDF prints on every page are left out (blank)."""
    filled = [k for k, text in enumerate(texts) if text]
    seen: dict[str, list[int]] = defaultdict(list)  # a line's text → where it stood before, of the filled lines
    first_numbered = next((at for at, k in enumerate(filled) if match_marker(texts[k])), None)
    for at, k in enumerate(filled):
        earlier = seen[texts[k]]
        for before in earlier if earlier and match_marker(texts[k]) else ():
            run = _lines_alike(texts, filled, before, at, at - before)
            if run >= _COPY_MIN_LINES and 2 * run >= at - before \
                    and sum(bool(match_marker(texts[filled[before + n]])) for n in range(run)) >= 2:
                above = _lines_alike(texts, filled[::-1], len(filled) - before, len(filled) - at,
                                     at - before - run)
                if above or before == first_numbered:  # the text again from its title or its outline's start
                    return frozenset(filled[n] + 1 for n in range(at - above, at + run))
        earlier.append(at)
    return frozenset()


def _lines_alike(texts: list[str], filled: list[int], first: int, second: int, most: int) -> int:
    """How many lines from ``first`` on (of the filled lines ``filled``) the lines from ``second`` on repeat, in
    order, up to ``most``."""
    run = 0
    while run < most and max(first, second) + run < len(filled) \
            and texts[filled[first + run]] == texts[filled[second + run]]:
        run += 1
    return run


def running_heads(texts: list[str], bare_numbers: frozenset[int] = frozenset()) -> frozenset[int]:
    """The lines of ``texts`` (as for :func:`bare_page_numbers`) that a PDF prints beside its page
    numbers on every page: a running head or foot (某某县人民政府文件 / — 2 —), the same short line
    next to half the page numbers or more, two at least, neither opening nor ending as a piece of a
    sentence does (punctuation) nor labelled as a note: a line of the text that happens to stand
    beside two of them (the end of a repeated note, …按职责分工负责）, or a note's line, 配合单位：县直各部门)
    is no running head. Only the copies beside a page number go: the same words elsewhere (the title
    on the first page) are the text's."""
    filled = [k for k, text in enumerate(texts) if text]
    beside: dict[str, set[int]] = defaultdict(set)  # a line's text → the lines beside page numbers that hold it
    pages = 0
    for i, k in enumerate(filled):
        if k + 1 in bare_numbers or _is_page_number(texts[k]):
            pages += 1
            for j in (i - 1, i + 1):
                if 0 <= j < len(filled):
                    beside[texts[filled[j]]].add(filled[j] + 1)
    return frozenset(lineno for text, linenos in beside.items()
                     if len(linenos) >= max(2, pages / 2) and len(text) <= _RUNNING_HEAD_MAX
                     and "。" not in text and not text.endswith(_PUNCTUATION) and not text.startswith(_PUNCTUATION)
                     and chrome_reason(text) is None and not match_marker(text) and not text.isdigit()
                     and not is_labelled_note(text)
                     for lineno in linenos)


# What a running head neither starts nor ends with, and a piece of a sentence or note may: ）。，…
_PUNCTUATION = tuple("。，、；：,;:)）]】〕")


# A table of contents (目录) near the top lists the headings the plan then prints: left in, its
# entries would be chapters of their own, and the real chapters numbered a second time.
_CONTENTS_HEADING = re.compile(r"^目\s*[录錄]$")
_CONTENTS_WITHIN = 80
# An entry's dot leader and page number: 一、总体要求……………3.
_LEADER_AND_PAGE = re.compile(r"[\s.…·\-—_]*\d{0,3}$")
_ENTRY_MAX = 40


def without_contents(lines: list[Line]) -> tuple[list[Line], list[Removal]]:
    """The lines without a table of contents, and its lines as removed. Only a run of headings
    under 目录 whose first heading the text prints again below counts, so nothing else is lost."""
    start = next((k for k, line in enumerate(lines[:_CONTENTS_WITHIN])
                  if _CONTENTS_HEADING.match(fold(line.text).strip())), None)
    if start is None:
        return lines, []
    first_entry, end = "", start + 1
    while end < len(lines) and (entry := _contents_entry(lines[end].text)) and entry != first_entry:
        first_entry = first_entry or entry
        end += 1
    if not first_entry or first_entry not in (_unspaced(line.text) for line in lines[end:]):
        return lines, []
    return lines[:start] + lines[end:], [Removal(line.lineno, line.text, "table of contents")
                                         for line in lines[start:end]]


def _contents_entry(text: str) -> str:
    """A numbered heading as a table of contents lists it, without leader or page number; or ""."""
    heading = _LEADER_AND_PAGE.sub("", fold(text).strip())
    if len(heading) > _ENTRY_MAX or "。" in heading or match_marker(heading) is None:
        return ""
    return _unspaced(heading)


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))

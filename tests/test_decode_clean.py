"""Decoding and cleaning: encodings, errors, romanisation, chrome, mojibake."""
from __future__ import annotations

import codecs
import email.charset
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from generator.clean import (chrome_reason, clean, closed_up, find_mojibake, letters_closed_up, remove_romanisation,
                             stops_read_right, table_fields)
from generator.decode import DecodeError, decode
from generator.corpus import parse_text
from generator.layers import responsibility

TEXT = "成都市法治政府建设规划\n一、主要任务\n1.加强行政复议工作。"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # saved without a byte-order mark
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-32"), "utf-32"),  # a byte-order mark, then four bytes a letter
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
])
def test_decodes_common_encodings(data, encoding):
    assert decode(data, "x.txt") == (TEXT, encoding)


@pytest.mark.parametrize("charset,transfer", [("utf-8", "quoted-printable"), ("gb2312", "base64")])
def test_a_web_archive_is_read_as_the_page_it_holds(charset, transfer):
    """Word and Internet Explorer save a page as one file (.mht, 单个文件网页): a MIME message whose parts hold the
    page, quoted-printable or in base64, and its pictures. It had been read as its raw parts (=E5=8A=A0…)."""
    archive = MIMEMultipart("related")
    archive.preamble = "This document is a Single File Web Page, also known as a Web Archive file."
    body_charset = email.charset.Charset(charset)
    body_charset.body_encoding = email.charset.QP if transfer == "quoted-printable" else email.charset.BASE64
    archive.attach(MIMEText("<html><body><p>某某县2024年法治政府建设工作要点</p><p>一、主要任务</p>"
                            "<p>1.加强学习培训。（牵头单位：县委组织部）</p><p>2.规范行政执法。</p></body></html>", "html",
                            body_charset))
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    plan = parse_text(archive.as_bytes(), "plan.mht.txt")
    assert (plan.meta.title, [(task.anchor, task.note) for task in plan.tasks()]) == (
        "某某县2024年法治政府建设工作要点", [("c1-i1", "牵头单位：县委组织部"), ("c1-i2", "")])
    assert plan.encoding.startswith("web archive, ")


TRADITIONAL = "仲愷高新區法治政府建設實施方案\n一、總體要求\n1.加強黨對法治政府建設的領導，健全政府機構職能體系。\n"


@pytest.mark.parametrize("codec,encoding", [("big5", "big5"), ("cp950", "big5"), ("gbk", "gb18030"),
                                            ("utf-8", "utf-8")])
def test_traditional_script_in_big5_is_not_misread_as_gbk(codec, encoding):
    """GB18030 decodes Big5 bytes without an error, into garbage (ヲ穇蔼穝跋…)."""
    assert TRADITIONAL.encode("big5").decode("gb18030").startswith("ヲ穇蔼穝跋")
    assert decode(TRADITIONAL.encode(codec), "x.txt") == (TRADITIONAL, encoding)


@pytest.mark.parametrize("written,misread_as,encoding", [
    (TEXT.encode("utf-8"), "latin-1", "utf-8, misread as latin-1"),  # a page without its charset, read by default
    (TRADITIONAL.encode("utf-8"), "latin-1", "utf-8, misread as latin-1"),
    (TEXT.encode("gbk"), "latin-1", "gb18030, misread as latin-1"),
    (TEXT.encode("gbk"), "cp1252", "gb18030, misread as latin-1"),
])
def test_a_text_garbled_whole_by_a_misreading_is_read_back(written, misread_as, encoding):
    garbled = written.decode(misread_as, errors="ignore" if misread_as == "cp1252" else "strict")
    assert "法治" not in garbled and "法治" in decode(garbled.encode("utf-8"), "x.txt")[0]
    text, said = decode(garbled.encode("utf-8"), "x.txt")
    assert said == encoding and text.replace("\ufffd", "")[:10] == (TEXT if "法治政府建设" in text else TRADITIONAL)[:10]
    plan = parse_text(garbled.encode("utf-8"), "x.txt")
    assert "乱码" in plan.diagnostics[0].message and plan.tasks()[0].anchor == "c1-i1"


def test_a_text_misread_as_gbk_is_read_back_with_its_lost_characters_marked():
    # An editor that opened UTF-8 as GBK lost the bytes that made no GBK character.
    garbled = (TEXT * 3).encode("utf-8").decode("gbk", errors="replace")
    assert garbled.startswith("鎴愰兘")
    text, encoding = decode(garbled.encode("utf-8"), "x.txt")
    assert encoding == "utf-8, misread as gbk" and text.startswith("成都市法治政府")
    assert find_mojibake(text)  # what was lost is shown as 乱码
    # Chinese prose in either script is never taken for garbled text.
    assert decode(TRADITIONAL.encode("utf-8"), "x.txt")[1] == "utf-8"


@pytest.mark.parametrize("title", ["某某县法治政府建设实施方案（2021—2025年）", "某某县2024年法治政府建设工作要点",
                                   "仲愷高新區法治政府建設實施方案"])
def test_a_line_garbled_alone_by_reading_utf8_as_gbk_is_read_back_and_named(title):
    """A title pasted from a page that had read UTF-8 as GBK, in an otherwise sound text: it had stayed garbled
    (鏌愭煇鍘…), and the plan had no title, place or year."""
    garbled = title.encode("utf-8").decode("gbk", errors="replace")
    body = "为深入推进依法行政，制定本方案。\n一、主要任务\n1.加强行政复议工作。（牵头单位：县司法局）\n"
    plan = parse_text(f"{garbled}\n{body}".encode("utf-8"), "x.txt")
    # A character that lost a byte the misreading could not pair (beside ASCII, at the line's end) is U+FFFD, marked
    # as 乱码; every other is itself.
    read = plan.meta.title
    assert len(read) == len(title) and all(ch in (original, "\ufffd") for ch, original in zip(read, title))
    assert read.count("\ufffd") <= 2 and plan.cleaning.mojibake[0].lineno == 1
    assert plan.encoding == "utf-8; lines read back: 1"
    warning = plan.diagnostics[0]
    assert (warning.line, warning.level) == (1, "warning") and "乱码" in warning.message
    assert plan.root.paragraphs[0] == "为深入推进依法行政，制定本方案。" and plan.tasks()[0].anchor == "c1-i1"


def test_a_sound_line_beside_a_garbled_one_and_rare_characters_are_left_as_they_are():
    garbled = "某某县法治政府建设实施方案".encode("utf-8").decode("gbk", errors="replace")
    text, encoding = decode(f"{garbled}\n一、主要任务\n1.加强行政复议工作。".encode("utf-8"), "x.txt")
    assert text.split("\n")[1:] == ["一、主要任务", "1.加强行政复议工作。"]
    # Rare characters of a real text (a place's, 鄌郚镇; 濬县) are no garble.
    assert decode("濬县鄌郚镇法治政府建设实施方案".encode("utf-8"), "x.txt")[1] == "utf-8"


@pytest.mark.parametrize("separator", ["\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x85"],
                         ids=["crlf", "cr", "line-separator", "paragraph-separator", "vertical-tab", "next-line"])
def test_every_line_break_a_text_may_hold_breaks_its_lines(separator):
    """Windows' and old Macs' ends of line, Unicode's separators, a word processor's manual line break (\v) and
    the next line (NEL, U+0085), which a text converted from a mainframe's holds: it was refused as binary."""
    plan = parse_text(TEXT.replace("\n", separator).encode("utf-8"), "x.txt")
    assert (plan.meta.title, [task.anchor for task in plan.tasks()]) == (
        "成都市法治政府建设规划", [task.anchor for task in parse_text(TEXT.encode("utf-8"), "x.txt").tasks()])


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"PK\x03\x04" + bytes(range(256)) * 4, "ZIP"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 4, "PDF"),
    (bytes(range(256)) * 8, "not valid"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),
])
def test_rejects_non_text_with_a_clear_error(data, words):
    with pytest.raises(DecodeError) as error:
        decode(data, "bad.txt")
    assert error.value.diagnostic.source == "bad.txt"
    assert words in str(error.value)
    assert error.value.diagnostic.hint


def test_removes_romanisation_but_keeps_real_brackets():
    text, count = remove_romanisation("建設(shè)法治區(qū)，推廣(PPP)模式，各鎮(街道)，規劃(2015-2020年)，的(de)")
    assert text == "建設法治區，推廣(PPP)模式，各鎮(街道)，規劃(2015-2020年)，的"
    assert count == 3
    # A word's reading, its syllables maybe spaced, in either kind of bracket.
    assert remove_romanisation("法治（fǎ zhì）政府(zhèngfǔ)，采用(and or)方式") == ("法治政府，采用(and or)方式", 2)
    # Glued on without brackets, as a browser copies ruby: toned, or the reading of the letter before it; not
    # other letters after a letter (政务app, 推行e政务).
    assert remove_romanisation("法治政府建設shè實施，執zhi法，政务app，推行e政务") == ("法治政府建設實施，執法，政务app，推行e政务", 2)


def test_readings_a_page_sets_as_ruby_are_no_part_of_its_text():
    """<rt> holds a reading shown above its letter, <rp> the brackets round it for browsers without ruby; their end
    tags may be left out."""
    page = ("<html><body><p>法治政府建<ruby>設<rp>(</rp><rt>shè</rt><rp>)</rp></ruby>實施方案</p>"
            "<p>一、主要任<ruby>務<rt>wù</ruby>和<ruby><rb>措<rt>cuò<rb>施<rt>shī</ruby></p></body></html>")
    cleaned, _ = clean(page)
    assert [line.text for line in cleaned.lines] == ["法治政府建設實施方案", "一、主要任務和措施"]


@pytest.mark.parametrize("line,reason", [
    ("浏览量:          时间:2018-11-14 09:03:51", "counter"),
    ("政务公开 > 政策公开 > 政策文件", "breadcrumb"),
    ("打印", "page tools"),
    ("字号:\xa0\xa0 \xa0", "page tools"),
    ("扫描二维码 关注我们", "qr prompt"),
    ("本文链接://www.example.com/rule/1.html", "related links"),
    ("主办单位:某某市人民政府办公室", "site footer"),
    ("网站标识码:6102000073 备案号:陕ICP备09018839号", "site footer"),
    ("來源:云南發布", "byline"),
    ("文章来源:司法局 更新时间:2021/03/29 11:30:01", "byline"),
    ("【打印】 【字体:", "page tools"),
    ("【打印】【关闭】", "page tools"),
    ("【我要打印】【关闭窗口】", "page tools"),
    ("[ 打印本页 ] [ 关闭窗口 ]", "page tools"),
    ("发布者：管理员", "byline"),
    ("日期：2023-03-01", "timestamp"),
    ("【列印】【關閉】", "page tools"),
    ("抄送：县委办，县人大办，县政协办。", "imprint"),
    ("时间:2018-11-14 09:03:51", "timestamp"),
    ("平安县人民政府办公室　　　　2023年3月12日印发", "imprint"),
    ("【字体：大 中 小】【打印】【关闭窗口】", "page tools"),
    ("您所在的位置:政务公开 > 工作报告", "breadcrumb"),
    ("今天是:2019年10月31日 星期三 农历十月初七", "site date"),
    ("天津市静海区人民政府 2019年12月3日星期二", "site date"),
    ("2023年3月1日 周三", "site date"),
    ("无障碍 简体| 繁体", "page tools"),
    ("- 12 -", "page number"),
    ("第5页/共9页", "page number"),
    ("审核：李某某", "byline"),
    ("阅读原文", "page tools"),
    ("分享 收藏 在看 点赞", "page tools"),
    ("往期推荐", "related links"),
    ("湘ICP备05004424号", "site footer"),
    ("首页 > 政务公开", "breadcrumb"),
    ("原创 某某司法 某某县司法局 2023-03-02 18:30 发表于广东", "timestamp"),
    ("某某司法 2022-03-08 18:30 发表于陕西", "timestamp"),  # a WeChat article's header, not marked 原创
    ("收录于合集 #法治政府建设 12个", "byline"),  # the collection a WeChat article is in
    ("监制：李四", "byline"), ("出品：某某县司法局", "byline"), ("转自：某某发布", "byline"), ("投稿邮箱：a@b.cn", "byline"),
    ("-THE END-", "separator"),
    ("2023年03月02日 18:30 广东", "timestamp"),
    ("2023-03-02 18:30:05", "timestamp"),
    ("预览时标签不可点", "qr prompt"),
    ("关注该公众号", "qr prompt"),
    ("| :--- |:---:| ---: |", "separator"),
    ("————————————", "separator"),  # a rule as an article draws one
    ("~~~~~~~~", "separator"),
    ("Page 4 of 5", "page number"),
    ("【我要纠错】", "page tools"),
    ("分享到：微信 微博 QQ空间", "page tools"),
    ("A- A A+", "page tools"),
    ("默认 大 超大", "page tools"),
    ("视力保护色：", "page tools"),
    ("繁體版 English 手机版", "page tools"),
    ("语音播报", "page tools"),
    (" : ", "page tools"),
    ("【政策解读】关于《某某方案》的解读", "related links"),
    ("相关附件：", "related links"),
    ("建议使用1024×768分辨率浏览", "site footer"),
    ("您是第12345位访客", "counter"),
    ("本站访问量：123456", "counter"),
    ("政府网站找错", "site footer"),
    ("维护：某某县信息中心", "site footer"),
    ("返回首页", "page tools"),
    ("- END -", "separator"),
    ("▼", "separator"),
    ("分享收藏点赞在看", "page tools"),
    ("点击“阅读原文”查看", "page tools"),
    ("喜欢就点个在看吧", "page tools"),
    ("转载请注明出处", "page tools"),
    ("排版丨赵六", "byline"),
    ("一审：张三 二审：李四 三审：王五", "byline"),
    ("素材来源：某某县司法局", "byline"),
    ("▲图片来源：某某县融媒体中心", "byline"),  # an image's caption under the picture
    ("图源：网络", "byline"),
    ("1.某某县法治政府建设实施方案.pdf", "download link"),
    ("某某县重点任务分工表.xlsx（56.2KB）", "download link"),
    ("（此件公开发布）", "document remark"),
    ("(此件不予公开)", "document remark"),
    ("（联系人：张三，联系电话：0812-1234567）", "document remark"),
    ("首页  机构概况  政务公开  政务服务  互动交流", "site menu"),
    ("网站首页 · 信息公开 · 办事服务 · 互动交流", "site menu"),
])
def test_recognises_web_chrome(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("line", ["一、完善政府职能体系", "1.加强行政复议工作。", "联系群众,公开投诉电话、畅通举报渠道,建立健全相关制度并长期坚持执行落实到位",
                                  "打印机采购管理规定。", "1 - 2 - 3", "简体字与繁体字对照表",
                                  "关闭一批违规企业", "▲加强学习培训", "3.加强宣传。（主办单位：县委宣传部）", "（责任单位：县司法局；联系人：张三，电话：1234567）", "4.畅通投诉渠道，公布联系电话。",
                                  "5.推广政务服务二维码", "时间：2023年3月至6月",
                                  "审核权限下放到乡镇。", "在看守所开展法治宣传",
                                  "序号\t单位\t联络员\t联系电话", "| 序号 | 单位 | 联系电话 |", "序号  单位  联系电话",
                                  "2023年3月1日 9:00 召开动员会", "原创作品保护",
                                  "加强政策解读", "政策解读工作要及时跟进", "注册登记制度改革", "A级景区", "中小企业",
                                  "党政机关要带头守法", "维护群众合法权益", "建议使用规范用语", "首页设置法治专栏", "首页 法治 专栏 设置完成。",
                                  "文字材料要规范", "大中小学法治教育", "登记注册", "3.推行电子证照，版式文件统一为.ofd"])
def test_keeps_content(line):
    assert chrome_reason(line) is None


def test_an_imprint_s_organ_on_the_line_above_its_date_goes_with_it():
    """版记 copied as two lines: the office that printed the document, then when. Neither is the last task's."""
    plan = parse_text("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.推进公开。\n抄送：县委办。\n"
                      "某某县人民政府办公室\n2023年3月2日印发\n".encode("utf-8"), "x.txt")
    assert plan.tasks()[-1].paragraphs == () and plan.tasks()[-1].text == "" and not plan.root.closing
    assert [(removal.text, removal.reason) for removal in plan.cleaning.removed] == [
        ("抄送：县委办。", "imprint"), ("某某县人民政府办公室", "imprint"), ("2023年3月2日印发", "imprint")]
    # When the document was printed dates a plan that prints no date of its own, and no other.
    assert plan.meta.issued == "2023-03-02"
    signed = parse_text("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n某某县人民政府\n2023年2月27日\n"
                        "某某县人民政府办公室　　2023年3月2日印发\n".encode("utf-8"), "y.txt")
    assert signed.meta.issued == "2023-02-27"


def test_metadata_table_rows_become_fields():
    assert table_fields("6. [发文字号] 密政发〔2011〕38号") == [("发文字号", "密政发〔2011〕38号")]
    assert table_fields("发文日期 2024年03月04日 发布日期 2024-03-06") == [("发文日期", "2024年03月04日"),
                                                                   ("发布日期", "2024-03-06")]
    assert table_fields("1.加强行政复议工作。") == []
    # One field alone only in the form "label:", as a page's list of fields gives it.
    assert table_fields("名称: 某某市人民政府办公室关于印发某某方案的通知") == [
        ("名称", "某某市人民政府办公室关于印发某某方案的通知")]
    assert table_fields("主题词:") == [("主题词", "")]
    assert table_fields("分类管理行政执法事项。") == [] and table_fields("标题党现象要治理") == []
    # Labels spaced out to align a column.
    assert table_fields("索 引 号：11xxxx/2021-00012\t发布机构：平安县人民政府办公室") == [
        ("索引号", "11xxxx/2021-00012"), ("发布机构", "平安县人民政府办公室")]
    assert table_fields("生成日期：2021-06-01\t文　　号：平政发〔2021〕8号") == [
        ("生成日期", "2021-06-01"), ("文号", "平政发〔2021〕8号")]
    # Numbered as any list numbers its items; such rows had been taken for the plan's tasks, and the plan lost its title.
    for number in ("1 ", "(1)", "（1）", "1）", "①"):
        assert table_fields(f"{number}发文字号：铜政发〔2024〕5号") == [("发文字号", "铜政发〔2024〕5号")]
    assert table_fields("1 加强行政复议工作。") == []


def test_a_page_s_field_table_gives_issuer_number_and_date_under_the_names_sites_use():
    from generator.corpus import parse_text
    page = ("平安县法治政府建设实施方案_平安县人民政府\n索 引 号：11xxxx/2021-00012\t发布机构：平安县人民政府办公室\n"
            "生成日期：2021-06-01\t文　　号：平政发〔2021〕8号\n平安县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n")
    meta = parse_text(page.encode("utf-8"), "p.txt").meta
    assert (meta.issuer, meta.doc_number, meta.issued) == ("平安县人民政府办公室", "平政发〔2021〕8号", "2021-06-01")
    # Other names sites give their fields: they stayed in the front matter, and the date was lost.
    other = parse_text("成文时间：2021年5月28日\n登记号：PAXD01-2021-0003\n文种：通知\n文件类型：规范性文件\n"
                       "平安县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n".encode("utf-8"), "p.txt")
    assert (other.meta.issued, other.front_matter) == ("2021-05-28", ())
    assert len(other.cleaning.removed) == 4


def test_a_heading_spread_letter_by_letter_is_closed_up_after_its_number_too():
    assert letters_closed_up(["某 某 市 法 治 政 府 建 设 规 划", "一、总体要求"]) == ["某某市法治政府建设规划", "一、总体要求"]
    assert closed_up("第一章　总　则") == "第一章　总则" and closed_up("一、总  体  要  求") == "一、总体要求"
    # Words apart by a space, or a sentence, are no spread heading.
    assert closed_up("（一）指导思想 坚持党的领导") == "（一）指导思想 坚持党的领导"
    assert closed_up("1.加强 学习") == "1.加强 学习"


def test_a_text_spaced_out_letter_by_letter_is_closed_up_line_by_line():
    """As text recognition of a scan reads Chinese, or a PDF set with space between its letters: a word's space
    spaced out (1 深 化, three wide) stays one; a table's columns, wider, stay; a line's indent narrows with its words."""
    spaced = ["        临 江 市 2 0 2 3 年 法 治 政 府 建 设 工 作 要 点", "1   深 化 改 革 。 （ 牵 头 单 位 ： 县 司 法 局 ）",
              "2023 年 8 月 25 日", "临 政 办 〔20 2 1〕 8 号", "发布时间 2023-03-01 18:30", "序 号      重 点 任 务"]
    assert letters_closed_up(spaced) == ["    临江市2023年法治政府建设工作要点", "1 深化改革。（牵头单位：县司法局）",
                                         "2023年8月25日", "临政办〔2021〕8号", "发布时间2023-03-01 18:30", "序号      重点任务"]
    # In a text whose lines are not spaced out, only a line spaced out whole is closed up.
    written = ["2023 年 8 月 25 日", "引进 PPP 项目 5 个", "王 伟  李 强  赵 敏"]
    assert letters_closed_up(written) == ["2023 年 8 月 25 日", "引进 PPP 项目 5 个", "王伟李强赵敏"]


def test_full_stops_given_as_dots_are_read_as_full_stops():
    """As text recognition, or an editor set to Western marks, gives them: after a Chinese letter or a closing mark,
    before a Chinese letter, a figure, an opening mark or the line's end; not a number's dot, nor one between figures
    or letters, nor a leader's."""
    assert stops_read_right("1.加强学习.组织专题学习.由县司法局牵头.2024年底前完成.") == \
        "1.加强学习。组织专题学习。由县司法局牵头。2024年底前完成。"
    assert stops_read_right("（二）完善制度体系．（县司法局负责）.") == "（二）完善制度体系。（县司法局负责）。"
    assert stops_read_right("  .由县司法局牵头.") == "  。由县司法局牵头。"  # a wrap left it opening the line
    for kept in ("一.总体要求", "提高2.5倍", "2023.3.1", "见www.gov.cn网站", "一、总体要求......3"):
        assert stops_read_right(kept) == kept


def test_a_pdf_s_glyphs_read_as_no_character_are_marked_as_mojibake():
    """pdfminer reads a glyph its font maps to no character as (cid:1234): the run is listed, as garbled text is."""
    plan = parse_text("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强(cid:3028)(cid:1234)学习。组织专题学习。\n"
                      "2.规范执法。推行三项制度。\n".encode(), "cid.txt")
    assert [(m.lineno, m.text) for m in plan.cleaning.mojibake] == [(3, "(cid:3028)(cid:1234)")]


def test_radicals_a_pdf_s_font_gave_for_letters_are_read_as_the_letters():
    """A PDF's font maps some glyphs to radicals of the same shape (⼀ U+2F00 for 一, ⻔ U+2ED4 for 门, ⽅ for
    方) or to compatibility ideographs; copied, they look right but read as no number, kind of plan or unit."""
    text = ("某某市法治政府建设实施⽅案（2023—2025年）\n⼀、总体要求\n坚持党的领导。\n⼆、主要任务\n"
            "1.加强⾏政决策。（牵头部⻔：市司法局；配合部⻔：市政府办）\n2.推进严格执法。（牵头部⻔：市公安局）\n")
    plan = parse_text(text.encode(), "radicals.txt")
    assert (plan.meta.title, plan.meta.period) == ("某某市法治政府建设实施方案（2023—2025年）", "2023–2025")
    assert [(task.anchor, task.title) for task in plan.tasks()] == \
        [("c1", "总体要求"), ("c2-i1", "加强行政决策"), ("c2-i2", "推进严格执法")]
    assert [(duty.leads, duty.partners) for duty in responsibility(plan.root).values()] == \
        [(("市司法局",), ("市政府办",)), (("市公安局",), ())]
    cleaned, _ = clean("\uf9f4\u2f8f\u2ecb")  # 林 as a compatibility ideograph, ⾏ and ⻋
    assert [line.text for line in cleaned.lines] == ["林行车"]


def test_mojibake_runs_are_found_and_real_text_is_not():
    text = "要求全省認真貫徹落實?!对颇鲜》ㄖ握ㄔO實施綱要"
    [(start, end)] = find_mojibake(text)
    assert text[start:end] == "?!对颇鲜》ㄖ握ㄔO"
    assert find_mojibake("加强行政复议工作,提高办案质量。") == []
    assert find_mojibake("是否继续?") == []


def test_characters_that_show_nothing_are_taken_out_of_headings_and_units():
    cleaned, _ = clean("一、\u200b总体要求\n\xa0\xa01.\xa0坚持党的领导。（牵头单位：\u200b县司法局）\n\u3000\u30002.\ufeff加强学习。")
    assert [line.text for line in cleaned.lines] == ["一、总体要求", "1.\xa0坚持党的领导。（牵头单位：县司法局）", "2.加强学习。"]
    # Marks of the text's direction an editor sets round a line or a name, invisible operators, variation selectors,
    # and control characters a word processor's text may hold (\x07 ends its table's cells).
    preamble = "为深入推进依法行政，加快建设法治政府，结合本县实际，制定本要点。" * 8  # two control characters in 1%
    plan = parse_text(f"某某县2023年法治政府建设工作要点\n{preamble}\n一、\u200e总体要求\n坚持党的领导。\n二、主要任务\n"
                      "\u202a1.加强学习。（牵头单位：\u202a县司法局\u202c）\n2.\u2061规范执法。（牵头单位：县公安局\u200f）\n"
                      "3.推进公开\ufe00。（牵头单位：县政府办\u180e）\n\x074.深化\x1b改革。\n".encode(), "marks.txt")
    assert [(task.anchor, task.title) for task in plan.tasks()] == \
        [("c1", "总体要求"), ("c2-i1", "加强学习"), ("c2-i2", "规范执法"), ("c2-i3", "推进公开"), ("c2-i4", "深化改革")]
    assert [duty.leads for duty in responsibility(plan.root).values()] == [("县司法局",), ("县公安局",), ("县政府办",)]


def test_run_on_page_is_split_into_paragraphs():
    line = "为了落实。 " + " ".join(f"一、第{k}章 内容很长的段落" + "甲" * 300 for k in range(8))
    cleaned, _ = clean(line)
    assert len(cleaned.lines) > 8
    assert all(item.lineno == 1 for item in cleaned.lines)


def test_a_page_that_lost_its_line_breaks_and_its_spaces_is_cut_where_its_lines_ended():
    tasks = [f"{k}.推进第{k}项重点工作。按照要求认真组织实施各项具体措施，确保取得实效，形成长效机制，"
             "年底前完成全部任务并报告工作结果。（县司法局牵头，各乡镇配合）" for k in range(1, 25)]
    text = ("索引号：000-2023-01 发文机构：某某县人民政府办公室某某县人民政府办公室关于印发某某县2023年法治政府建设工作要点的通知"
            "某政办发〔2023〕5号各乡镇人民政府，县直各单位：《某某县2023年法治政府建设工作要点》已经县政府同意，现印发给你们，"
            "请认真贯彻执行。某某县人民政府办公室2023年3月1日某某县2023年法治政府建设工作要点为深入推进依法行政，结合我县实际，"
            "制定本要点。一、加强党的领导" + "".join(tasks[:12]) + "二、规范行政执法" + "".join(tasks[12:])
            + "各乡镇、各部门要抓好落实。主办单位：某某县人民政府办公室网站标识码：1234567890")
    plan = parse_text(text.encode("utf-8"), "glued.txt")
    meta = plan.meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.issued, meta.slug) == (
        "某某县2023年法治政府建设工作要点", "某政办发〔2023〕5号", "某某县人民政府办公室", "2023-03-01", "moumou-2023")
    assert plan.front_matter[1:] == ("各乡镇人民政府，县直各单位：", "《某某县2023年法治政府建设工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。",
                                     "某某县人民政府办公室", "2023年3月1日")
    assert plan.root.paragraphs == ("为深入推进依法行政，结合我县实际，制定本要点。",)
    assert [node.anchor for node in plan.root.children] == ["c1", "c2"]
    assert [task.anchor for task in plan.tasks()] == [f"c1-i{k}" for k in range(1, 13)] + [f"c2-i{k}" for k in range(13, 25)]
    assert {task.note for task in plan.tasks()} == {"县司法局牵头，各乡镇配合"}
    # The words after the last task's note are not that task's, and the page's footer is furniture.
    assert plan.tasks()[-1].text.endswith("报告工作结果。")
    assert [removal.reason for removal in plan.cleaning.removed] == ["metadata table", "site footer", "site footer"]


def test_a_glued_notice_s_list_of_its_annexes_does_not_open_the_plan_s_outline():
    tasks = "".join(f"{k}.推进第{k}项重点工作。按照要求认真组织实施各项具体措施，确保取得实效，形成长效机制，"
                    "年底前完成全部任务并报告工作结果。（县司法局牵头，各乡镇配合）" for k in range(1, 25))
    text = ("某某县人民政府办公室关于印发某某县2023年法治政府建设工作要点的通知某政办发〔2023〕5号各乡镇人民政府，县直各单位："
            "现将《某某县2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。附件：1.某某县2023年法治政府建设工作要点"
            "2.某某县2023年法治政府建设重点任务分工表某某县人民政府办公室2023年3月1日某某县2023年法治政府建设工作要点"
            "为深入推进依法行政，结合我县实际，制定本要点。一、加强党的领导" + tasks)
    plan = parse_text(text.encode("utf-8"), "glued.txt")
    assert [task.anchor for task in plan.tasks()] == [f"c1-i{k}" for k in range(1, 25)]
    assert (plan.meta.title, plan.meta.issued) == ("某某县2023年法治政府建设工作要点", "2023-03-01")


def test_html_saved_as_text_is_reduced_to_its_text():
    page = "<!DOCTYPE html><html><head><title>某某县人民政府 关于印发…的通知</title><script>var x=1;</script></head>" \
           "<body><div>一、总则</div><p>1.加强行政复议工作。</p></body></html>"
    cleaned, _ = clean(page)
    assert [line.text for line in cleaned.lines] == ["一、总则", "1.加强行政复议工作。"]


def test_a_page_s_source_lines_broken_inside_a_paragraph_are_no_breaks_of_its_text():
    """Word's "Save as Web Page" and sites' editors break a paragraph's source lines near 76 columns, between two
    letters or in an element's attributes: a browser shows one paragraph (no space between Chinese letters), where
    the task's title had been cut at the break and the rest made a paragraph of its own (a mark that shows nothing
    beside the break too). <pre> keeps its lines."""
    page = ("<html><body>\n<p class=MsoNormal><span lang=EN-US>1.</span><span style='font-family:仿宋'>深入学习贯彻"
            "习近平法治思想，纳入学法\u200b\n内容。（牵头单位：县委依法治县办；配合单位：县</span><span\nlang=EN-US>\n"
            "</span><span>司法局）</span></p>\n<p>2.推行<span lang=EN-US>\nWeb\n</span>服务。</p>\n"
            "<pre>一、总体要求\n坚持党的领导。</pre>\n</body></html>")
    cleaned, _ = clean(page)
    assert [line.text for line in cleaned.lines] == [
        "1.深入学习贯彻习近平法治思想，纳入学法内容。（牵头单位：县委依法治县办；配合单位：县司法局）", "2.推行 Web 服务。",
        "一、总体要求", "坚持党的领导。"]
    # A table's cells, each a paragraph or two set on lines of their own, and broken in the middle as well.
    cell = "<td width=100 valign=top>\n  <p class=MsoNormal><span>{}</span></p>\n  </td>"
    rows = [["序号", "重点任务", "牵头单位"], ["1", "纳入县政府常务会议学\n  法内容", "县委依法治县办</span></p>\n  <p><span>县司法局"]]
    table = "<table>" + "".join("\n <tr>\n  " + "\n  ".join(cell.format(text) for text in row) + "\n </tr>" for row in rows)
    cleaned, _ = clean(f"<html><body>\n{table}\n</table>\n</body></html>")
    assert [line.text for line in cleaned.lines] == ["序号\t重点任务\t牵头单位", "1\t纳入县政府常务会议学法内容\t县委依法治县办 县司法局"]


def test_a_page_s_title_names_the_plan_where_its_text_does_not():
    """The page's <title> is no text of it, but where the body prints no title, it names the plan (the site's name
    after it taken off): the plan had no title, and its URL no kind."""
    page = ("<html><head><title>某某县2023年法治政府建设工作要点_政策文件_某某县人民政府</title></head><body>"
            "<p>为深入推进法治政府建设，制定本要点。</p><p>一、主要任务</p><p>1.加强学习培训。</p><p>2.推进政务公开。</p></body></html>")
    plan = parse_text(page.encode("utf-8"), "page.txt")
    assert plan.meta.title == "某某县2023年法治政府建设工作要点" and plan.root.paragraphs[0].startswith("为深入推进")
    # A title the body prints comes first.
    titled = page.replace("<body>", "<body><h1>某某县2023年法治政府建设工作要点（修订）</h1>")
    assert parse_text(titled.encode("utf-8"), "page.txt").meta.title == "某某县2023年法治政府建设工作要点（修订）"


def test_a_file_s_name_titles_a_plan_whose_text_prints_no_title_as_a_page_s_title_does():
    """A text copied from its outline on, saved under the name its page gave the download: where the name names a
    plan (or the notice that issues one, with a browser's (1) after it), it titles the plan; the plan had no title,
    place or year, and its URL was plans/plan/. A name that names no plan gives nothing, and the text's own title
    comes first."""
    body = "一、主要任务\n1.加强学习。（牵头单位：县司法局）\n2.规范执法。（牵头单位：县公安局）\n".encode()
    named = parse_text(body, "某某县2023年法治政府建设工作要点.txt").meta
    assert (named.title, named.jurisdiction, named.slug) == ("某某县2023年法治政府建设工作要点", "某某县", "moumou-2023")
    notice = parse_text(body, "source_texts/某某县人民政府办公室关于印发《某某县2023年法治政府建设工作要点》的通知(1).txt").meta
    assert (notice.title, notice.issuer, notice.slug) == ("某某县2023年法治政府建设工作要点", "某某县人民政府办公室", "moumou-2023")
    assert parse_text(body, "000_6fb7fc662887b81d.txt").meta.title == "主要任务"  # its first heading, as no title
    # The site's name before it, as some sites name their downloads, is no part of it.
    assert parse_text(body, "某某县人民政府_某某县2023年法治政府建设工作要点.txt").meta.title == "某某县2023年法治政府建设工作要点"
    titled = "某某县2024年法治政府建设工作要点\n".encode() + body
    assert parse_text(titled, "某某县2023年法治政府建设工作要点.txt").meta.title == "某某县2024年法治政府建设工作要点"


def test_character_references_left_in_plain_text_are_the_characters_they_stand_for():
    text = ("二、深化&ldquo;放管服&rdquo;改革&nbsp;&#8203;\n1.推行&#x201C;一网通办&#x201D;&#10;R&amp;D &copy2023 &foo;\n"
            "2.防范&lt;script&gt;\n")
    cleaned, _ = clean(text)
    assert [(line.lineno, line.text) for line in cleaned.lines] == [
        (1, "二、深化“放管服”改革"), (2, "1.推行“一网通办” R&D &copy2023 &foo;"), (3, "2.防范<script>")]
    # Escaped twice, as some sites print them: they had been shown as &ldquo;.
    twice, _ = clean("1.深化&amp;ldquo;放管服&amp;rdquo;改革，R&amp;D&amp;amp;\n")
    assert twice.lines[0].text == "1.深化“放管服”改革，R&D&"


MARKDOWN_PAGE = """Title: 某某县2023年法治政府建设工作要点

URL Source: https://www.example.gov.cn/art/2023/3/1/art_1.html

# 某某县2023年法治政府建设工作要点

[首页](https://www.example.gov.cn/) > [政务公开](https://www.example.gov.cn/zwgk/)

![](https://www.example.gov.cn/logo.png)

## 一、主要任务 ##

1\\. **加强学习**。（责任单位：[县司法局](/sfj/)）

> 2\\. 加强培训。
- 3.推进公开。

---

- 2 -
"""


def test_a_page_saved_as_markdown_is_read_without_its_markup():
    cleaned, _ = clean(MARKDOWN_PAGE)
    assert [(line.lineno, line.text) for line in cleaned.lines] == [  # each line keeps its number
        (5, "某某县2023年法治政府建设工作要点"), (11, "一、主要任务"), (13, "1. 加强学习。（责任单位：县司法局）"),
        (15, "2. 加强培训。"), (16, "3.推进公开。")]
    assert [(removal.lineno, removal.reason) for removal in cleaned.removed] == [
        (1, "metadata table"), (3, "metadata table"), (7, "breadcrumb"), (20, "page number")]
    # Text with less of Markdown's markup than a page is left as it is, but for strong emphasis and a heading's
    # hashes before Chinese words, which no plan prints (# 某某县…: the title had kept them and lost its place).
    text = "# 某某县法治政府建设实施方案\n1.加强 **学习**。\n#不是标题\n## 2023 年\n#123\n"
    assert [line.text for line in clean(text)[0].lines] == ["某某县法治政府建设实施方案", "1.加强 学习。", "#不是标题", "2023 年",
                                                            "#123"]
    assert clean("## \u3000\u3000某某县法治政府建设实施方案\n")[0].lines[0].text == "某某县法治政府建设实施方案"  # indented
    # A bullet before words is the bullet it draws, so that the list's items are numbered by their place in it.
    bulleted = MARKDOWN_PAGE.replace("- 3.推进公开。", "- 推进公开。\n* 推进监督。")
    assert [line.text for line in clean(bulleted)[0].lines][-2:] == ["●推进公开。", "●推进监督。"]
    # A page whose only markup is a quote's mark before each paragraph (pandoc's for an indented one) or a bullet before
    # each number is Markdown too: the marks had been the tasks' first words, and the tasks counted by their notes.
    for mark in ("> ", "- "):
        marked = "某某县2023年法治政府建设工作要点\n一、主要任务\n" + "".join(
            f"{mark}{k}.{task}。（县司法局牵头）\n" for k, task in enumerate(("加强学习", "规范执法", "推进公开"), 1))
        plan = parse_text(marked.encode(), "x.txt")
        assert [(task.anchor, task.title) for task in plan.tasks()] == [
            ("c1-i1", "加强学习"), ("c1-i2", "规范执法"), ("c1-i3", "推进公开")], mark
    # A quote's mark before a few of them, too few to call the page Markdown, is taken off all the same.
    few = parse_text("某某县2023年法治政府建设工作要点\n一、主要任务\n> 1.加强学习。\n2.规范执法。\n> 3.推进公开。\n".encode(), "x.txt")
    assert [(task.anchor, task.title) for task in few.tasks()] == [("c1-i1", "加强学习"), ("c1-i2", "规范执法"),
                                                                  ("c1-i3", "推进公开")]


def test_a_pdf_a_converter_wrote_as_markdown_keeps_its_html_tables_and_figures():
    """MinerU writes a PDF's headings with #, its tables as HTML on one line and its figures as inline math: the
    table's rows had been lost (one line of tags under the chapter) and a figure read $100\\%$. A picture's comment
    and a footnote's mark had been words of the plan."""
    text = ("# 某某县2023年法治政府建设工作要点\n\n# 一、深入学习贯彻习近平法治思想\n\n"
            "1.加强学习培训。培训覆盖率达到 $1 0 0 \\%$ ，参训人数 $\\geq 500$ 人。（牵头单位：县委组织部）\n\n"
            "# 二、重点任务分工\n\n<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>"
            "<tr><td>2</td><td>推进合法性审查全覆盖</td><td>县司法局</td><td>2023年12月</td></tr>"
            "<tr><td>3</td><td>规范行政执法</td><td>县司法局</td><td>持续推进</td></tr></table>\n\n"
            "公式 $x^{2}$ 照录。\n")
    plan = parse_text(text.encode(), "x.md.txt")
    # Docling marks a picture with a comment, and a converter a footnote with [^1]: neither is words of the plan.
    noted = parse_text(("<!-- image -->\n" + text.replace("。（牵头", "。[^1]（牵头") + "\n[^1]: 本要点由县司法局负责解释。\n")
                       .encode(), "x.md.txt")
    assert (noted.tasks()[0].note, noted.root.paragraphs, noted.root.closing) == (
        "牵头单位：县委组织部", (), ("本要点由县司法局负责解释。",))
    # In a text with too few other signs of Markdown a comment is taken off all the same: between a signature's organ
    # and its date it had left the plan unsigned.
    signed = parse_text("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。\n2.规范执法。\n某某县人民政府办公室\n"
                        "<!-- image -->\n2023年3月1日\n".encode(), "x.txt")
    assert (signed.meta.issuer, signed.meta.issued) == ("某某县人民政府办公室", "2023-03-01")
    assert [(task.anchor, task.title, task.note) for task in plan.tasks()] == [
        ("c1-i1", "加强学习培训", "牵头单位：县委组织部"), ("c2-i2", "推进合法性审查全覆盖", "牵头单位：县司法局；完成时限：2023年12月"),
        ("c2-i3", "规范行政执法", "牵头单位：县司法局；完成时限：持续推进")]
    assert plan.tasks()[0].text == "培训覆盖率达到100%，参训人数≥500人。"
    assert "公式 $x^{2}$ 照录。" in plan.root["二"].paragraphs  # math that is more than a figure stays as written


def test_a_markdown_page_with_html_inside_its_lines_is_read_as_markdown():
    """marker sets a page's anchors as spans before its headings, a footnote's number as <sup>, a line break in a
    cell as <br> and a page's end as {1}----: two tags had made the page HTML, its lines one paragraph, and the
    plan had no tasks."""
    text = ('# <span id="page-0-0"></span>某某县2023年法治政府建设工作要点\n\n为深入推进依法行政，制定本要点。<sup>1</sup>\n\n'
            '## <span id="page-0-1"></span>一、主要任务\n\n**1.加强学习培训**。（牵头单位：县委组织部、<br>县司法局）\n\n'
            "{1}------------------------------------------------\n\n**2.开展专题宣传**。（牵头单位：县委宣传部）\n")
    plan = parse_text(text.encode(), "x.md.txt")
    assert (plan.meta.title, plan.root.paragraphs) == ("某某县2023年法治政府建设工作要点", ("为深入推进依法行政，制定本要点。",))
    assert [(task.anchor, task.title, task.note) for task in plan.tasks()] == [
        ("c1-i1", "加强学习培训", "牵头单位：县委组织部、县司法局"), ("c1-i2", "开展专题宣传", "牵头单位：县委宣传部")]
    # With too few other signs to be read as Markdown, the anchor and the page's end are taken off all the same.
    light = parse_text(('## <span id="page-0-0"></span>某某县法治政府建设规划（2021—2025年）\n\n第一部分　主要任务\n\n'
                        "（一）加强学习。（牵头单位：县司法局）\n\n{1}------------------------------------------------\n\n"
                        "（二）规范执法。（牵头单位：县公安局）\n").encode(), "x.md.txt")
    assert (light.meta.title, [task.note for task in light.tasks()], light.root.closing) == (
        "某某县法治政府建设规划（2021—2025年）", ["牵头单位：县司法局", "牵头单位：县公安局"], ())
    # A page with a page's own tags is HTML still, whatever Markdown its text holds.
    page = "<html><body><p># 某某县2023年法治政府建设工作要点</p><p>一、主要任务</p><p>1.加强学习。</p></body></html>"
    assert [line.text for line in clean(page)[0].lines][1:] == ["一、主要任务", "1.加强学习。"]


def test_a_one_misread_in_a_number_is_one():
    """Text recognised from a scanned page reads 一 as a dash, 1 as the letter l: the plan lost its first
    chapter or task."""
    text = ("某某县法治政府建设实施方案\n—、总体要求\n（—）指导思想。\n（二）工作目标。\nl.加强学习。\n2.规范执法。\n"
            "十—、加强领导\n——坚持党的领导。\nlaw 与 I.5 倍\n")
    assert [line.text for line in clean(text)[0].lines] == [
        "某某县法治政府建设实施方案", "一、总体要求", "（一）指导思想。", "（二）工作目标。", "1.加强学习。", "2.规范执法。",
        "十一、加强领导", "——坚持党的领导。", "law 与 I.5 倍"]
    plan = parse_text(text.encode(), "x.txt")
    assert [node.anchor for node in plan.root.children] == ["c1", "c11"]
    assert [task.anchor for task in plan.tasks()][:3] == ["c1-s1", "c1-s2-i1", "c1-s2-i2"]
    # Or as another stroke of its shape: a hyphen, a box's rule, the kana mark of a long sound (Japanese models and
    # fonts); a page number's hyphens stay.
    strokes = "某某县法治政府建设实施方案\n-、总体要求\n（─）指导思想。\nー、主要任务\n- 2 -\n"
    assert [line.text for line in clean(strokes)[0].lines][1:4] == ["一、总体要求", "（一）指导思想。", "一、主要任务"]


def test_paragraphs_indented_with_em_spaces_open_with_their_numbers():
    """Pages indent paragraphs with &emsp; (U+2003) as often as with ideographic spaces: the plan had no task."""
    text = "某某县2024年法治政府建设工作要点\n\u2003\u2003一、加强党的领导\n\u2003\u20031.深入学习。（县司法局牵头）\n\u2002 2.落实责任。\n"
    assert [line.text for line in clean(text)[0].lines][1:] == ["一、加强党的领导", "1.深入学习。（县司法局牵头）", "2.落实责任。"]
    assert [task.anchor for task in parse_text(text.encode(), "x.txt").tasks()] == ["c1-i1", "c1-i2"]
    markup = ("<p>&emsp;&emsp;<strong>一、加强党的领导</strong></p><p>&emsp;&emsp;1.深入学习。（县司法局牵头）<br/>"
              "&emsp;&emsp;2.落实责任。</p>")
    assert [task.anchor for task in parse_text(("某某县2024年法治政府建设工作要点" + markup).encode(), "x.txt").tasks()] == [
        "c1-i1", "c1-i2"]


def test_a_page_that_holds_its_article_twice_gives_the_plan_once():
    """A site's page for screens and its page for phones (or for printing) both in the HTML: the second copy, its
    title too, is removed, where every task had been read twice (c1-2, a warning that the numbering goes back)."""
    plan = ("某某县2023年法治政府建设工作要点\n一、主要任务\n1.加强学习。（牵头单位：县司法局）\n2.规范执法。（牵头单位：县公安局）\n"
            "二、保障措施\n加强组织领导。\n")
    page = f"<html><body><div class=pc>{plan}</div><p>打印本页 关闭窗口</p><div class=mobile>{plan}</div></body></html>"
    parsed = parse_text(page.replace("\n", "<br>").encode(), "twice.txt")
    assert [task.anchor for task in parsed.tasks()] == ["c1-i1", "c1-i2", "c2"] and not parsed.diagnostics
    assert [r.reason for r in parsed.cleaning.removed] == ["page tools"] + ["repeated copy"] * 6
    # A passage a plan says twice is no copy of it: two numbered lines, or five far apart.
    for repeated in ("1.加强学习。\n2.加强培训。\n", "（一）加强学习\n（二）加强培训\n（三）加强考核\n（四）加强监督\n（五）加强宣传\n"):
        text = (f"某某县法治政府建设实施方案\n一、主要任务\n{repeated}" + "坚持依法行政。\n" * 6 + f"二、保障措施\n{repeated}")
        assert not [r for r in clean(text)[0].removed if r.reason == "repeated copy"]
    # Nor are two tasks' sub-items and notes that read alike, the lines above them and the outline's start not.
    alike = ("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。（县司法局牵头）\n" + "".join(
        f"{k}.加强培训。\n（1）制定方案；\n（2）组织实施。\n牵头单位：\n县政府办公室\n配合单位：\n县直各部门\n" for k in (2, 3)))
    assert not [r for r in clean(alike)[0].removed if r.reason == "repeated copy"]


def test_a_policy_interpretation_printed_after_the_plan_is_no_part_of_it():
    """Its sections (一、起草背景 …) were read as the plan's chapters after its signature, which then signed nothing."""
    text = ("某某县2024年法治政府建设工作要点\n一、加强党的领导\n1.深入学习。（县司法局牵头）\n某某县人民政府办公室\n2024年3月1日\n"
            "关于《某某县2024年法治政府建设工作要点》的解读\n一、起草背景\n为贯彻落实中央部署，起草了本要点。\n二、主要内容\n共两项任务。\n")
    plan = parse_text(text.encode(), "x.txt")
    assert [node.anchor for node in plan.root.walk() if node.marker] == ["c1", "c1-i1"]
    assert (plan.meta.issuer, plan.meta.issued) == ("某某县人民政府办公室", "2024-03-01")
    assert {r.reason for r in plan.cleaning.removed} == {"interpretation"} and len(plan.cleaning.removed) == 5
    # Printed above the plan, it is left to the parser: the plan's own text below it is no interpretation's.
    above = "《某某县2024年法治政府建设工作要点》政策解读\n近日，县政府办公室印发了要点。\n" + text.split("关于《")[0]
    assert [node.anchor for node in parse_text(above.encode(), "y.txt").root.walk() if node.marker] == ["c1", "c1-i1"]


def test_a_flag_before_a_task_s_number_is_a_mark_on_its_words():
    """★3.推进… flags a key task: read as a line of words, it was the text of the task above, and the
    plan lost task 3."""
    text = ("某某县2024年法治政府建设工作要点\n一、主要任务\n1.加强学习培训。\n"
            "2.开展述法工作。（牵头单位：县委依法治县办 配合单位：县直各部门）\n"
            "★3.推进示范创建。（牵头单位：县司法局）\n▲ 4.加强普法。\n★县司法局负责\n")
    assert [line.text for line in clean(text)[0].lines][-3:] == ["3.★推进示范创建。（牵头单位：县司法局）", "4.▲加强普法。",
                                                                 "★县司法局负责"]
    plan = parse_text(text.encode(), "x.txt")
    assert [(task.anchor, task.title) for task in plan.tasks()][1:3] == [("c1-i2", "开展述法工作"),
                                                                        ("c1-i3", "★推进示范创建")]
    assert plan.tasks()[1].note == "牵头单位：县委依法治县办 配合单位：县直各部门"
    # In a plan whose lines were lost, or run in after a space, the flag goes with the number it is cut before.
    longer = text.replace("1.加强学习培训。", "1.加强学习培训。将习近平法治思想纳入干部教育培训必修课程，每年组织专题培训不少于2次。").replace(
        "\n★县司法局负责\n", "（牵头单位：县司法局）\n二、保障措施\n5.加强组织领导。各单位要把法治政府建设摆在重要位置。"
                                             "（牵头单位：县委依法治县办）\n★6.强化督促检查。县委依法治县办要加强督察。\n")
    for joined in (longer.replace("\n", ""), longer.replace("\n", " ")):
        assert [task.title for task in parse_text(joined.encode(), "x.txt").tasks()] == [
            "加强学习培训", "开展述法工作", "★推进示范创建", "▲加强普法", "加强组织领导", "★强化督促检查"]


def test_marks_that_decorate_a_number_or_a_note_s_label_are_taken_off_and_a_bullet_before_words_stays():
    """A page sets emoji, arrows, blocks or shapes before its numbers to catch the eye (👉1., ▌一、): read as
    words, they hid every number, and the plan had no task."""
    text = ("某某县2023年法治政府建设工作要点\n▌一、深入学习贯彻习近平法治思想\n👉1.加强理论学习。\n👉 2.开展专题培训。\n"
            "▌二、推进严格规范公正文明执法\n◆ 3.落实三项制度。\n➤（一）开展评查。\n● 制定执法规范\n👉 关注我们\n")
    assert [line.text for line in clean(text)[0].lines][1:] == [
        "一、深入学习贯彻习近平法治思想", "1.加强理论学习。", "2.开展专题培训。", "二、推进严格规范公正文明执法", "3.落实三项制度。",
        "（一）开展评查。", "● 制定执法规范"]
    # Before a note's label too, dashes among them; before a sentence's words, they stay.
    notes = "某某县2023年法治政府建设工作要点\n1.加强学习。\n——责任单位：县司法局\n2.推进公开。\n→牵头单位：县政府办\n★牵头单位：县委办\n——各乡镇要加强宣传。\n"
    assert [line.text for line in clean(notes)[0].lines][1:] == [
        "1.加强学习。", "责任单位：县司法局", "2.推进公开。", "牵头单位：县政府办", "牵头单位：县委办", "——各乡镇要加强宣传。"]
    # Brackets a heading is set in whole (【一、总体要求】), where the chapters were lost; a number alone in them, or a
    # note, stays.
    bracketed = "某某县2023年法治政府建设工作要点\n【一、总体要求】\n〖二、主要任务〗\n【一】加强学习\n【牵头单位：县司法局】\n"
    assert [line.text for line in clean(bracketed)[0].lines][1:] == [
        "一、总体要求", "二、主要任务", "【一】加强学习", "【牵头单位：县司法局】"]


def test_a_page_a_text_browser_saved_is_read_without_its_links_numbers_and_addresses():
    """lynx -dump numbers each link ([3]政策文件) and lists their addresses under References at the foot: the
    numbered addresses had been the plan's last tasks, the menu its first, and the plan had no title."""
    page = ("   [1]首页 [2]政务公开\n\n      某某县2023年法治政府建设工作要点\n\n   一、主要任务\n\n"
            "   1.加强学习。（牵头单位：县司法局）\n\n   2.规范执法。\n\n   [3]打印本页\n\nReferences\n\n"
            "   1. http://www.moumou.gov.cn/\n   2. http://www.moumou.gov.cn/zwgk/\n   3. javascript:window.print()\n")
    plan = parse_text(page.encode(), "lynx.txt")
    assert (plan.meta.title, [task.anchor for task in plan.tasks()]) == ("某某县2023年法治政府建设工作要点", ["c1-i1", "c1-i2"])
    assert plan.tasks()[0].note == "牵头单位：县司法局" and plan.cleaning.lines[-1].lineno == 9
    # Without such a list at the foot, brackets are the text's own.
    assert [line.text for line in clean("1.[2]加强学习。\nReferences to laws\n")[0].lines] == ["1.[2]加强学习。", "References to laws"]


def test_a_document_pandoc_wrote_as_markdown_gets_its_brackets_and_typographic_marks_back():
    # pandoc -t markdown escapes brackets and writes “ ” — … as " --- ...
    text = ('仲恺高新区"十三五"时期法治政府建设实施方案(2016---2020年)\n一、主要任务\n'
            '1.深化审批改革......\\[牵头单位:区政务办\\]\n2.推行"双随机"抽查。\\[牵头单位:区市场监管局\\]\n'
            '3.加强执法监督。\\[牵头单位:区司法局\\]\n')
    assert [line.text for line in clean(text)[0].lines] == [
        "仲恺高新区“十三五”时期法治政府建设实施方案(2016—2020年)", "一、主要任务",
        "1.深化审批改革……[牵头单位:区政务办]", "2.推行“双随机”抽查。[牵头单位:区市场监管局]",
        "3.加强执法监督。[牵头单位:区司法局]"]
    # A table's rule keeps its dashes, to go as a separator.
    assert clean("| 序号 | 任务 |\n|---|---|\n" + text)[0].lines[0].text.startswith("| 序号 | 任务 |")


def test_words_furniture_is_told_by_are_content_in_a_task_s_note_or_a_sentence_a_page_s_width_cut():
    text = ("1.深化改革，推进机构职能优化协同高效。\n（主办单位：县委编办；协办单位：县司法局）\n"
            "2.实现公共法律服务实体平台四级全覆盖，“云岭法务通”\n公共法律服务机器人、“云南掌上12348”微信公众号、“云南\n"
            "法网”、“12348”热线全天候服务，推进公共法律服务网络平台建设和\n联系电话、电子邮箱等信息公开，提升服务质量。\n"
            "扫一扫在手机打开当前页\n主办单位：某某县人民政府办公室\n")
    cleaned, _ = clean(text)
    assert [removal.reason for removal in cleaned.removed] == ["qr prompt", "site footer"]
    assert "（主办单位：县委编办；协办单位：县司法局）" in [line.text for line in cleaned.lines]
    # So are the words a list of related links opens with, at the start of such a line.
    cut = clean("1.加强规范性文件管理，对不符合规定的文件及时清理，并将\n相关文件清理结果及时向社会公布，确保政令统一\n"
                "和法制统一。\n相关文件：\n上一篇：关于印发某某县法治政府建设实施方案的通知\n")[0]
    assert [(removal.lineno, removal.reason) for removal in cut.removed] == [(4, "related links"), (5, "related links")]
    # A page's footer below a long line stays furniture: a field (主办单位：…), or below furniture taken out.
    for between in ("", "【打印本页】【关闭窗口】\n"):
        footed = clean("1.加强学习。\n附件：某某县2024年法治政府建设重点任务分工表\n" + between
                       + "主办单位：某某县人民政府办公室  承办单位：某某县大数据中心\n")[0]
        assert footed.removed[-1].reason == "site footer" and len(footed.lines) == 2


def test_a_government_page_s_posting_date_in_its_head_dates_a_plan_that_gives_none():
    page = ('<!DOCTYPE html><html><head><meta name="ArticleTitle" content="某某县法治政府建设实施方案">'
            '<meta name="PubDate" content="2023-03-05 10:20"><title>某某县人民政府</title></head><body>'
            '<div>某某县法治政府建设实施方案</div><p>一、主要任务</p><p>1.加强学习。</p></body></html>')
    plan = parse_text(page.encode("utf-8"), "page.txt")
    assert (plan.meta.issued, plan.meta.slug) == ("2023-03-05", "moumou-2023")
    # A date the text gives comes first.
    dated = page.replace("<p>1.加强学习。</p>", "<p>1.加强学习。</p><p>某某县人民政府</p><p>2023年2月1日</p>")
    assert parse_text(dated.encode("utf-8"), "page.txt").meta.issued == "2023-02-01"


@pytest.mark.parametrize("line", ["本文链接：https://www.example.gov.cn/art/1.html",
                                  "URL Source: https://www.example.gov.cn/art/1.html",
                                  "原文链接: https://www.example.gov.cn/art/1.html"])
def test_the_address_of_the_page_a_text_was_copied_from_is_its_source(line):
    plan = parse_text(f"某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n{line}\n".encode("utf-8"), "plan.txt")
    assert plan.meta.source_url == "https://www.example.gov.cn/art/1.html"
    assert plan.tasks()[0].paragraphs == () and plan.cleaning.removed[-1].lineno == 4
    # A reader's header says when the page was published: the date when the text gives none.
    read = parse_text(f"Title: 某某县法治政府建设实施方案\n{line}\nPublished Time: 2023-03-05T10:20:00+08:00\n"
                      "某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n".encode("utf-8"), "plan.txt")
    assert (read.meta.issued, read.meta.source_url) == ("2023-03-05", "https://www.example.gov.cn/art/1.html")
    chosen = parse_text(f"某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n{line}\n".encode("utf-8"), "plan.txt",
                        {"source_url": "https://www.example.gov.cn/chosen.html"})
    assert chosen.meta.source_url == "https://www.example.gov.cn/chosen.html"  # a sidecar's wins
    # Only a web address is one: 原文链接：见附件 names none.
    assert parse_text("某某县法治政府建设实施方案\n一、主要任务\n1.加强学习。\n原文链接：见附件\n".encode("utf-8"),
                      "plan.txt").meta.source_url == ""


@pytest.mark.parametrize(("line", "issued"), [
    ("发布时间：2023.02.15   来源：平安县司法局   浏览次数：312", "2023-02-15"),
    ("2023年03月02日 18:30 广东", "2023-03-02"),  # a WeChat article's
    ("平安司法 2023-03-02 18:30 发表于陕西", "2023-03-02"),  # and its header
    ("时间：2023-02-15 09:03", "2023-02-15"),
    ("更新时间：2024-05-01", ""),  # when the page changed last: no date of the plan's
])
def test_the_line_saying_when_a_page_was_posted_dates_a_plan_that_prints_no_date(line, issued):
    text = f"平安县法治政府建设工作要点\n{line}\n一、主要任务\n1.加强学习。\n"
    plan = parse_text(text.encode("utf-8"), "plan.txt")
    assert plan.cleaning.removed[0].reason == "timestamp" and plan.tasks()[0].anchor == "c1-i1"
    assert (plan.meta.issued, plan.meta.slug) == (issued, f"pingan-{issued[:4]}" if issued else "pingan")
    # A date the text prints is its own; and a year it gives otherwise, its period's, is kept in its URL.
    signed = parse_text((text + "平安县人民政府\n2023年1月20日\n").encode("utf-8"), "plan.txt")
    assert signed.meta.issued == "2023-01-20"
    planned = parse_text(text.replace("工作要点", "实施方案（2021—2025年）").encode("utf-8"), "plan.txt")
    assert (planned.meta.issued, planned.meta.slug) == ("", "pingan-2021")


def test_a_reader_s_header_titles_a_plan_whose_text_gives_no_title_and_is_no_part_of_it():
    read = parse_text("Title: 某某县2023年法治政府建设工作要点_某某县人民政府\n\nURL Source: https://www.example.gov.cn/a.html\n\n"
                      "Markdown Content:\n一、主要任务\n\n1.加强学习。\n".encode("utf-8"), "plan.txt")
    assert (read.meta.title, read.meta.slug, read.meta.notice_title) == ("某某县2023年法治政府建设工作要点", "moumou-2023", "")
    assert not read.front_matter and [removal.lineno for removal in read.cleaning.removed] == [1, 3, 5]
    # The text's own title comes first; a page titled by its covering notice gives the notice's title.
    noticed = parse_text("Title: 关于印发某某县法治政府建设实施方案的通知 - 某某县人民政府\n某某县法治政府建设实施方案（2021—2025年）\n"
                         "一、主要任务\n1.加强学习。\n".encode("utf-8"), "plan.txt")
    assert noticed.meta.title == "某某县法治政府建设实施方案（2021—2025年）"
    assert noticed.meta.notice_title == "关于印发某某县法治政府建设实施方案的通知"


def test_a_list_the_browser_numbers_is_numbered_as_a_document_prints_its_lists():
    page = ("<html><body><p>一、主要任务</p><ol start=\"3\"><li>加强行政复议。<ol><li>规范受理。</li><li>提高质量。"
            "<ol><li>甲项。</li></ol></li></ol></li><li>推进政务公开。</li></ol><ul><li>无序项。</li></ul></body></html>")
    cleaned, _ = clean(page)
    assert [line.text for line in cleaned.lines] == ["一、主要任务", "3.加强行政复议。", "（1）规范受理。", "（2）提高质量。",
                                                     "①甲项。", "4.推进政务公开。", "● 无序项。"]
    # A list an editor styled shows the numbers its class or style sets: UEditor's custom lists draw theirs as pictures
    # (一、 （一） 1） …), which the text had read as the default 1. and （1）.
    styled = ('<html><body><ol class="custom_cn list-paddingleft-1"><li><p>主要任务</p><ol class="custom_cn2"><li>'
              '<p>推进依法行政</p></li><li><p>严格规范执法</p></li></ol></li><li><p>保障措施</p></li></ol>'
              '<ol style="list-style-type: cjk-ideographic" start="11"><li>加强督查</li></ol>'
              '<ol class="custom_num1"><li>规范受理。</li></ol><ol type="1"><li>提高质量。</li></ol></body></html>')
    assert [line.text for line in clean(styled)[0].lines] == [
        "一、", "主要任务", "（一）", "推进依法行政", "（二）", "严格规范执法", "二、", "保障措施", "十一、加强督查", "1）规范受理。",
        "1.提高质量。"]


def test_an_unordered_list_s_items_in_a_page_are_bulleted_as_the_browser_shows_them():
    items = "".join(f"<li>{item}（责任单位：县司法局）</li>" for item in ("深入学习贯彻习近平法治思想。", "落实第一责任人职责。"))
    page = (f"<html><body><ul class=\"nav\"><li>网站首页</li><li>政务公开</li></ul><p>某某县2024年法治政府建设工作要点</p>"
            f"<p>一、加强党的领导</p><ul>{items}</ul><p>二、推进依法行政</p></body></html>")
    plan = parse_text(page.encode("utf-8"), "page.txt")
    assert [(task.anchor, task.number, task.note) for task in plan.tasks()] == [
        ("c1-b1", "一●1", "责任单位：县司法局"), ("c1-b2", "一●2", "责任单位：县司法局"), ("c2", "二", "")]
    # A menu's entries are no tasks, and a page tool's is furniture as before, bulleted or not.
    assert [(removal.text, removal.reason) for removal in plan.cleaning.removed] == [("● 网站首页", "page tools")]


def test_a_table_of_contents_is_removed_when_the_text_prints_its_headings_below():
    toc = "目  录\n一、总体要求……………1\n二、主要任务……………3\n（一）依法全面履行政府职能……4\n三、组织保障…………9\n"
    body = "为推进依法行政，制定本纲要。\n一、总体要求\n坚持党的领导。\n二、主要任务\n1.深化行政审批制度改革。\n"
    cleaned, _ = clean("某某省法治政府建设实施纲要（2021—2025年）\n" + toc + body)
    assert [line.text for line in cleaned.lines] == ["某某省法治政府建设实施纲要（2021—2025年）", *body.splitlines()]
    assert [(r.lineno, r.reason) for r in cleaned.removed] == [(k, "table of contents") for k in range(2, 7)]
    # Headings under 目录 that the text never prints again are no table of contents: nothing is lost.
    kept, _ = clean("目录\n一、总体要求\n二、主要任务\n")
    assert [line.text for line in kept.lines] == ["目录", "一、总体要求", "二、主要任务"] and not kept.removed


def test_a_table_of_contents_whose_leaders_fill_one_width_is_no_hard_wrapped_text():
    """A word processor's dot leaders make every entry as wide as the page: its last entry is no line
    a paragraph goes on from, so the body's first heading below it stays a heading of its own."""
    headings = ["一、总体要求", "（一）指导思想", "（二）主要目标", "二、主要任务", "（一）健全政府机构职能体系",
                "（二）健全依法行政制度体系", "（三）严格规范公正文明执法", "（四）强化行政权力制约监督",
                "三、组织保障", "（一）加强组织领导", "（二）强化考核评价"]
    toc = "".join(f"{heading}{'…' * (30 - len(heading))}{page}\n" for page, heading in enumerate(headings, 1))
    body = "一、总体要求\n（一）指导思想\n坚持党的领导。\n二、主要任务\n1.深化行政审批制度改革。\n三、组织保障\n加强领导。\n"
    cleaned, _ = clean("某某市法治政府建设规划（2021—2025年）\n目　录\n" + toc + body)
    assert [line.text for line in cleaned.lines] == ["某某市法治政府建设规划（2021—2025年）", *body.splitlines()]
    assert {r.reason for r in cleaned.removed} == {"table of contents"} and len(cleaned.removed) == 12


EVERY_KIND_OF_FURNITURE = """浏览次数：123
发布时间：2023-03-01
来源：县司法局
【打印】【关闭】
当前位置：首页 > 政务公开 > 文件
首页  机构概况  政务公开  政务服务  互动交流
今天是：2023年3月1日
扫一扫在手机打开当前页
上一篇：关于某某的通知
您即将离开本站，是否继续？
主办单位：某某县人民政府办公室
------
- 2 -
索引号：123/2023-1 发文字号：某政发〔2023〕1号
目录
一、总体要求
二、主要任务
某某县法治政府建设实施方案
一、总体要求
坚持以习近平法治思想为指导。
二、主要任务
1.加强学习。
- 3 -
某某县人民政府文件
2.加强培训。
- 4 -
某某县人民政府文件
某某县法治政府建设实施方案
一、总体要求
坚持以习近平法治思想为指导。
二、主要任务
1.加强学习。
2.加强培训。
抄送：县委办，县人大办。
附件下载：某某县法治政府建设实施方案.pdf
（此件公开发布）
《某某县法治政府建设实施方案》政策解读
一、起草背景
"""


def test_every_kind_of_removed_line_has_a_name_on_the_build_report():
    from generator.render import REMOVAL_NAMES
    removed = clean(EVERY_KIND_OF_FURNITURE)[0].removed
    assert [r.lineno for r in removed] == [*range(1, 18), 23, 24, 26, 27, *range(28, 39)]
    assert {r.reason for r in removed} == set(REMOVAL_NAMES)


PDF_WITH_A_RUNNING_HEAD = """某某县人民政府文件
某某县法治政府建设实施方案
一、主要任务
1.推进政府机构职能优化协同高效。坚持优化政府组织结构与促进政府职能转变统筹结合。（牵头单位：县委编办
— 1 —
某某县人民政府文件
；配合单位：县直各部门）
2.深入推进放管服改革。（牵头单位：县政务服务中心）
— 2 —
某某县人民政府文件
3.持续优化法治化营商环境。（牵头单位：县发改局）
"""


def test_a_pdf_s_running_head_beside_its_page_numbers_is_removed_and_the_paragraph_it_cut_is_whole():
    cleaned = clean(PDF_WITH_A_RUNNING_HEAD)[0]
    assert [(r.lineno, r.reason) for r in cleaned.removed] == [
        (5, "page number"), (6, "running head"), (9, "page number"), (10, "running head")]
    texts = [line.text for line in cleaned.lines]
    # The same words at the top of the first page, beside no page number, are the text's.
    assert texts[0] == "某某县人民政府文件"
    assert texts[3] == "1.推进政府机构职能优化协同高效。坚持优化政府组织结构与促进政府职能转变统筹结合。（牵头单位：县委编办；配合单位：县直各部门）"


def test_page_numbers_printed_as_bare_figures_are_removed_but_a_table_s_numbers_stay():
    tasks = [f"{k}.加强第{k}项工作。" for k in range(1, 21)]
    table = ["序号", "重点任务", "牵头单位", "1", "深化改革", "县发改局", "2", "推行公示", "县司法局"]
    head = "某某县人民政府文件"
    text = "\n".join(["某某县法治政府建设实施方案", *tasks[:10], "1", head, *tasks[10:], "2", head, *table, "3"])
    cleaned = clean(text)[0]
    assert [(r.lineno, r.text, r.reason) for r in cleaned.removed] == [
        (12, "1", "page number"), (13, head, "running head"), (24, "2", "page number"), (25, head, "running head"),
        (35, "3", "page number")]
    assert [line.text for line in cleaned.lines][-9:] == table


def test_the_last_page_s_number_is_removed_however_few_lines_the_page_holds():
    tasks = [f"{k}.加强第{k}项工作。" for k in range(1, 21)]
    text = "\n".join(["某某县法治政府建设实施方案", *tasks, "", "1", "", "牵头单位：", "县司法局", "", "2", ""])
    cleaned = clean(text)[0]
    assert [(r.text, r.reason) for r in cleaned.removed] == [("1", "page number"), ("2", "page number")]
    assert [line.text for line in cleaned.lines][-2:] == ["牵头单位：", "县司法局"]


def test_numbers_a_few_paragraphs_apart_are_no_page_numbers_however_many_blank_lines_part_them():
    # An article's parts (01 / 加强党的领导 / …), saved as a page with a blank line or two after each paragraph.
    lines = ["某某县2024年法治政府建设工作要点", "01", "加强党的领导", "1.深入学习贯彻习近平法治思想。", "2.落实第一责任人职责。",
             "02", "推进依法行政", "1.完善决策程序。", "2.规范执法行为。"]
    cleaned = clean("\n\n\n".join(lines))[0]
    assert [line.text for line in cleaned.lines] == lines and cleaned.removed == ()


HTML_TASK_TABLE = """<html><body><h1>某某县2023年法治政府建设重点任务分工方案</h1>
<table>
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td colspan="5">一、依法全面履行政府职能</td></tr>
<tr><td rowspan="2">1</td><td>深化放管服改革<br/>推进一网通办</td><td>县发改局</td><td>县政务服务中心<br>县直各部门</td>
<td rowspan="2">2023年12月底前</td></tr>
<tr><td>推进证明事项告知承诺制</td><td>县司法局</td><td>县直各部门</td></tr>
<tr><td>2</td><td><p>推进行政执法“三项制度”</p></td><td>县司法局</td><td>各执法部门</td><td>长期坚持</td></tr>
</table></body></html>"""


def test_an_html_table_s_rows_are_lines_of_cells_with_merged_cells_in_every_row_they_span():
    lines = [line.text for line in clean(HTML_TASK_TABLE)[0].lines]
    assert lines[1:] == ["序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                         "一、依法全面履行政府职能",
                         "1\t深化放管服改革 推进一网通办\t县发改局\t县政务服务中心 县直各部门\t2023年12月底前",
                         "1\t推进证明事项告知承诺制\t县司法局\t县直各部门\t2023年12月底前",
                         "2\t推进行政执法“三项制度”\t县司法局\t各执法部门\t长期坚持"]
    plan = parse_text(HTML_TASK_TABLE.encode("utf-8"), "table.html.txt")
    first, second = plan.tasks()
    assert (first.anchor, second.anchor) == ("c1-i1", "c1-i2")
    assert responsibility(plan.root)["c1-i1"].leads == ("县发改局", "县司法局")


def test_an_html_table_s_header_over_two_rows_is_its_second_row_which_names_every_column():
    page = HTML_TASK_TABLE.replace(
        "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>",
        '<tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>'
        "<tr><th>牵头单位</th><th>配合单位</th></tr>")
    assert [line.text for line in clean(page)[0].lines] == [line.text for line in clean(HTML_TASK_TABLE)[0].lines]
    # A first row merged across every column, a caption, heads no row below and is kept.
    captioned = HTML_TASK_TABLE.replace("<table>", '<table><tr><td colspan="5">重点任务分工表</td></tr>')
    assert "重点任务分工表" in [line.text for line in clean(captioned)[0].lines]


def test_a_table_that_lays_out_a_page_gives_its_paragraphs_and_its_data_table_its_rows():
    page = ("<html><body><table><tr><td><p>某某县法治政府建设实施方案</p><p>一、主要任务</p>"
            "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr><tr><td>1</td><td>加强学习</td><td>县司法局</td></tr>"
            "</table><p>二、保障措施</p></td></tr></table></body></html>")
    assert [line.text for line in clean(page)[0].lines] == [
        "某某县法治政府建设实施方案", "一、主要任务", "序号\t重点任务\t牵头单位", "1\t加强学习\t县司法局", "二、保障措施"]
    # Cells and rows whose end tags HTML lets a page leave out, and a table the page never closes.
    loose = "<html><body><p>某某方案</p><table><tr><td>序号<td>任务<td>牵头单位<tr><td>1<td>加强学习<td>县司法局<tr><td>2<td>加强培训"
    assert [line.text for line in clean(loose)[0].lines] == ["某某方案", "序号\t任务\t牵头单位", "1\t加强学习\t县司法局",
                                                            "2\t加强培训"]
    # A layout in rows and columns (a sidebar beside the content) is no data table either.
    columns = ("<html><body><table><tr><td>首页</td><td>网站导航</td></tr><tr><td>政务公开</td><td>"
               "<p>某某县法治政府建设实施方案</p><p>一、主要任务</p><p>1.加强学习。</p><p>2.加强培训。</p><p>3.加强考核。</p>"
               "</td></tr></table></body></html>")
    assert [line.text for line in clean(columns)[0].lines][-5:] == [
        "某某县法治政府建设实施方案", "一、主要任务", "1.加强学习。", "2.加强培训。", "3.加强考核。"]


def test_a_page_s_field_table_in_html_gives_its_fields_the_title_too():
    page = ("<html><body><table><tr><th>索 引 号</th><td>116/2023-12</td><th>发文机关</th><td>某某县人民政府办公室</td></tr>"
            "<tr><th>标　　题</th><td colspan=\"3\">关于印发某某县2023年法治政府建设工作要点的通知</td></tr></table>"
            "<p>某某县2023年法治政府建设工作要点</p><p>一、主要任务</p></body></html>")
    cleaned, fields = clean(page)
    assert dict(fields) == {"索引号": "116/2023-12", "发文机关": "某某县人民政府办公室",
                            "标题": "关于印发某某县2023年法治政府建设工作要点的通知"}
    assert [line.text for line in cleaned.lines] == ["某某县2023年法治政府建设工作要点", "一、主要任务"]


def test_a_line_of_the_text_that_happens_to_stand_beside_two_page_numbers_is_no_running_head():
    wrapped = ["某某市法治政府建设实施方案", "1.加强学习。严格落实学法制度。（市司法局牵头，市政", "府各部门按职责分工负责）", "- 2 -",
               "2.加强培训。定期组织培训。（市司法局牵头，市政", "府各部门按职责分工负责）", "- 3 -", "3.加强考核。"]
    removed = clean("\n".join(wrapped))[0].removed
    assert [(r.lineno, r.reason) for r in removed] == [(4, "page number"), (7, "page number")]
    # So is a note's line on its own, which two tasks at the foot or top of their pages may share.
    noted = ["某某市法治政府建设实施方案", "1.加强学习。严格落实学法制度。", "牵头单位：市司法局", "配合单位：市直各部门", "- 2 -",
             "2.加强培训。定期组织培训。", "牵头单位：市司法局", "- 3 -", "配合单位：市直各部门", "3.加强考核。"]
    removed = clean("\n".join(noted))[0].removed
    assert [(r.lineno, r.reason) for r in removed] == [(5, "page number"), (8, "page number")]

"""A document-sharing or law site names the document by its file or page label, with words of its own.

Class: the name a site gives carries the site's note (X预案Word下载.docx, X条例最新全文.doc, 《X预案》.docx, X条例2022修正【全文】):
the note and the quotes are the site's, the name under them the title. Texts are made up.
"""

from parsers.structure import parse_structure

_PLAN_BODY = (
    "1总则\n1.1编制目的\n为做好甲市防汛工作，最大程度减少灾害损失，制定本预案。\n"
    "1.2工作原则\n统一领导，分级负责。\n"
)


def test_a_file_name_with_the_site_s_download_note_is_titled_without_it() -> None:
    text = (
        "甲市城市防汛应急预案Word下载.docx\n"
        "《甲市城市防汛应急预案Word下载.docx》由会员分享，可在线阅读，更多相关《甲市城市防汛应急预案Word下载.docx(9页珍藏版)》"
        "请在某某网上搜索。\n" + _PLAN_BODY
    )
    doc = parse_structure(text)
    assert doc.title == "甲市城市防汛应急预案"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_file_name_in_quotes_is_titled_by_the_name_inside() -> None:
    text = (
        "《乙市重污染天气应急预案》.docx\n- 文档编号:123456\n- 格式:DOCX\n"
        "《乙市重污染天气应急预案》.docx\n"
        "《《乙市重污染天气应急预案》.docx》由会员分享，可在线阅读，更多相关请在某某网上搜索。\n"
        "《乙市重污染天气应急预案》\n一、总则\n（一）编制目的\n为减轻重污染天气危害，制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙市重污染天气应急预案"
    assert doc.status is None


def test_a_law_s_name_with_the_site_s_latest_full_text_note_is_titled_without_it() -> None:
    text = (
        "丙省河道管理条例最新全文\n丙省河道管理条例最新全文.doc\n"
        "下文是关于丙省河道管理的最新条例。\n"
        "第一章总则第一条为了加强河道管理，结合本省实际，制定本条例。\n第二条本条例适用于本省行政区域。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙省河道管理条例"
    assert doc.status is None


def test_a_law_site_s_edition_tag_and_full_text_note_are_dropped() -> None:
    text = (
        "我的位置:首页 > 法律法规 > 地方条例 > 丁市养犬管理条例2031修正【全文】\n\n"
        "丁市养犬管理条例2031修正【全文】\n\n来源:某律网整理 2032-01-15 14:56:47 人看过\n"
        "丁市养犬管理条例2031修正【全文】\n第一章 总则\n第一条 为了规范养犬行为，制定本条例。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丁市养犬管理条例"
    assert doc.notice_title is None


def test_a_file_name_whose_words_after_the_name_are_its_own_is_no_title_and_the_heading_stands() -> (
    None
):  # guard
    # 含附件 is the file's own name (the document with its annexes), no site's note: no kind of document at its end,
    # so the file name titles nothing and the heading under it is the title
    text = (
        "戊市停车服务收费管理实施细则含附件.docx\n戊市停车服务收费管理实施细则含附件.docx\n"
        "市停车服务收费管理实施细则\n第一条 为规范停车收费，制定本细则。\n第二条 本细则适用于本市。\n"
    )
    assert parse_structure(text).title == "市停车服务收费管理实施细则"


def test_a_file_name_with_the_site_s_page_count_gives_the_title_and_its_status() -> None:
    text = (
        "己省农村供水工程管理办法(试行)(共6页).doc\n\n上传人:某某 文档编号:1234 格式:DOC 页数:6\n"
        "己省农村供水工程管理办法(试行)(共6页).doc_第1页\n第1页 / 共6页\n"
        "《己省农村供水工程管理办法(试行)(共6页).doc》由会员分享,可在线阅读,更多相关请在某某网上搜索。\n"
        "1、x7Gq 9Lm2 aP0z 第一章 总 则 第一条 为加强农村供水工程管理，制定本办法。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "己省农村供水工程管理办法"
    assert doc.status == "试行"
    assert doc.notice_title is None


def test_a_page_that_adds_its_reading_of_the_plan_keeps_the_plan_s_title() -> None:
    text = (
        "庚市商务局关于印发《庚市推动夜间经济高质量发展实施方案》的通知及政策解读\n"
        "各县（市、区）商务主管部门：\n现将《庚市推动夜间经济高质量发展实施方案》印发给你们，请认真贯彻落实。\n"
        "庚市商务局\n2031年4月18日\n庚市推动夜间经济高质量发展实施方案\n一、总体要求\n（一）指导思想\n"
    )
    doc = parse_structure(text)
    assert doc.title == "庚市推动夜间经济高质量发展实施方案"
    assert doc.notice_title == "庚市商务局关于印发《庚市推动夜间经济高质量发展实施方案》的通知"

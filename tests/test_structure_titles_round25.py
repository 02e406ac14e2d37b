"""Round 25 (issue 7): what a collection or a page glues to a title, and titles with no title line of their own.

Classes: a collection's list numeral before a title (⑴X条例), a contents heading run onto a scheme's title (X预案目录),
a news headline over a draft whose name stands over its stage alone, a lead that hands over a text whose name
stands alone under it (a white paper named by its theme), an environmental impact report as a kind of document.
Texts are made up.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.collection_marks import drop_collection_marks

_ARTICLES = (
    "第一条 为了加强城区绿地的保护和管理，改善生态环境，根据有关法律、法规，结合本市实际，制定本办法。\n"
    "第二条 本市行政区域内城区绿地的规划、建设、保护和管理，适用本办法。\n"
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("⑴甲市城区绿地保护条例", "甲市城区绿地保护条例"),
        ("（2）乙县农村饮水工程管理办法", "乙县农村饮水工程管理办法"),
        ("【3】丙市物业服务收费规定", "丙市物业服务收费规定"),
        ("丁市重污染天气应急预案目录", "丁市重污染天气应急预案"),
        ("戊市森林防火应急预案 目 录", "戊市森林防火应急预案"),
        # kept: a list of its own kind, a numbered sentence, a title opening with its year
        ("己市政府集中采购目录", "己市政府集中采购目录"),
        ("①造成三十人以上死亡", "①造成三十人以上死亡"),
        ("2021年庚市重点工作计划", "2021年庚市重点工作计划"),
    ],
)
def test_collection_marks_dropped_when_a_named_document_is_left(title: str, expected: str) -> None:
    assert drop_collection_marks(title) == expected


def test_collection_numeral_before_a_regulation_title() -> None:
    text = "⑴甲市城区绿地保护办法\n" + _ARTICLES
    assert parse_structure(text).title == "甲市城区绿地保护办法"


def test_scheme_title_with_its_contents_heading_under_a_notice() -> None:
    text = (
        "乙市人民政府办公室关于印发《乙市森林火灾应急预案》的通知\n"
        "各区县人民政府，市直各单位：\n"
        "《乙市森林火灾应急预案》已经市人民政府同意，现印发给你们，请遵照执行。\n"
        "乙市人民政府办公室\n"
        "2020年3月1日\n"
        "乙市森林火灾应急预案目录\n"
        "1.总则\n1.1编制目的\n1.2编制依据\n2.组织机构\n"
        "1.总则\n1.1编制目的\n为有效应对森林火灾，保障人民群众生命财产安全，制定本预案。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "乙市森林火灾应急预案"


def test_draft_name_over_its_stage_outranks_a_news_headline() -> None:
    text = (
        "丙市拟规定每户限养一只犬\n"
        "快来提意见!\n"
        "丙市正在征集意见!\n"
        "多个品种拟被列入城区禁养名录\n"
        "丙市城市禁养犬名录\n"
        "（征求意见稿）\n"
        "根据《丙市养犬管理条例》，结合本市实际，现将禁养犬名录制定如下：\n"
        "一、适用范围\n本市城区。\n二、名录\n略。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "丙市城市禁养犬名录"
    assert structure.status == "征求意见稿"


def test_lead_hands_over_a_text_whose_name_stands_alone_under_it() -> None:
    text = (
        "丁省人民政府新闻办公室3月6日发表了《丁省生态保护的新进展》白皮书。全文如下：\n"
        "丁省生态保护的新进展\n"
        "（2019年3月）\n"
        "前言\n"
        "生态保护是一项长期任务，丁省多年来持续推进。\n"
        "一、森林覆盖率稳步提高\n"
        "全省森林面积持续增加。\n"
    )
    assert parse_structure(text).title == "丁省生态保护的新进展"


def test_lead_quoting_a_name_that_does_not_stand_under_it_gives_no_title() -> None:
    text = (
        "戊市日前发表了《戊市生态保护的新进展》。全文如下：\n"
        "生态保护是一项长期任务，戊市多年来持续推进，取得明显成效。\n"
        "一、森林覆盖率稳步提高\n"
    )
    assert parse_structure(text).title != "戊市生态保护的新进展"


def test_call_on_an_environmental_impact_report_names_the_report() -> None:
    text = (
        "依据有关规定，庚市东环路改建工程的环境影响报告书征求意见稿已形成，现公开如下信息：\n"
        "一、查阅方式\n"
        "1、网络查阅：《庚市东环路改建工程环境影响报告书（征求意见稿）》随本公告一同发布。\n"
        "2、纸质版查阅地点：庚市建设局。\n"
        "二、公众范围\n"
        "沿线居民。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "庚市东环路改建工程环境影响报告书"
    assert structure.status == "征求意见稿"


def test_field_abbreviating_a_title_gives_way_to_the_title_wrapped_below() -> None:
    text = (
        "• 文件名称:\n"
        "  庚开发区突发公共事件总体应急预案\n"
        "• 发布机构:\n"
        "  庚经济技术开发区\n"
        "• 庚开发区突发公共事件总体应急预案\n"
        "  日期:2013-10-12 来源:庚市人民政府办公室\n"
        "  庚经济技术开发区管委会突发公共事件\n"
        "  总体应急预案\n"
        "  一、总则\n"
        "  (一)编制目的\n"
        "  为提高处置突发公共事件的能力，制定本预案。\n"
    )
    assert parse_structure(text).title == "庚经济技术开发区管委会突发公共事件总体应急预案"


def test_law_database_record_header_on_one_line_gives_title_and_organ() -> None:
    text = (
        "甲州林地保护条例(2010年修正本)制定机关: 甲州人民代表大会常务委员会效力级别: 地方性法规时 效 性: 现行有效"
        "公布日期: 2010.05.18施行日期: 2010.06.01题注: (2010年5月18日乙省人民代表大会常务委员会批准)\n"
        "第一条 为了保护林地资源，根据有关法律，结合本州实际，制定本条例。\n"
        "第二条 本州行政区域内林地的保护和管理，适用本条例。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "甲州林地保护条例(2010年修正本)"
    assert structure.issuer == "甲州人民代表大会常务委员会"


def test_a_sentence_before_one_label_is_no_record_header() -> None:
    text = "本办法所称发布部门: 指甲市人民政府。\n第一条 为了规范管理，制定本办法。\n"
    assert parse_structure(text).title is None


def test_menu_entries_over_a_title_that_names_its_place_are_not_its_head() -> None:
    text = (
        "政府信息公开\n"
        "法定主动公开内容\n"
        "政府信息公开年报\n"
        "政府网站年度报表\n"
        "依申请公开\n"
        "辛市人民政府政务信息公开指南\n"
        "根据《中华人民共和国政府信息公开条例》等规定，为便于公民依法获取政务信息，特编制本指南。\n"
        "一、主动公开\n"
        "（一）主动公开的内容\n"
    )
    assert parse_structure(text).title == "辛市人民政府政务信息公开指南"


def test_title_wrapped_over_three_lines_keeps_its_head() -> None:
    text = (
        "壬市人民政府办公室关于印发\n"
        "壬市2024年城乡环境整治\n"
        "壬市工作方案的通知\n"
        "各区县人民政府：\n"
        "现将《壬市2024年城乡环境整治壬市工作方案》印发给你们，请认真贯彻执行。\n"
    )
    assert (
        parse_structure(text).notice_title
        == "壬市人民政府办公室关于印发壬市2024年城乡环境整治壬市工作方案的通知"
    )

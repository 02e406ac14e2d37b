"""A page's first line that names another document (a related link, a site's column, a breadcrumb ending in a kind of
document) over the page's own title line. The text never names the first line again; the line under it, before any
sentence, names a document the text names again (the page repeats its title, or the document's own head does). That
line is the title; a covering notice on it is read as covering notices are.

A covering notice over the document it issues, a title the text names again, and a line under the first that the text
does not name again are left as they were.

Texts are made up; the forms are those of document-sharing sites, law databases and county portals.
"""

import pytest

from parsers.structure import parse_structure

_NOTICE = "甲市人民政府办公厅关于印发甲市社区物业管理办法的通知"
_NOTICE_BODY = (
    "各区人民政府，各委、局：经市人民政府同意，现将《甲市社区物业管理办法》印发给你们，请照此执行。\n"
    "甲市人民政府办公厅2031年8月28日\n"
    "甲市社区物业管理办法\n"
    "第一章 总则\n第一条 为加强社区物业管理，制定本办法。\n第二条 本市社区物业管理工作，适用本办法。\n"
)
_REGULATION_BODY = (
    "第一章 总则\n第一条 为了加强地名管理，实现地名标准化，结合本市实际，制定本条例。\n"
    "第二条 本市行政区域内的地名管理工作适用本条例。\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "甲市人民政府办公厅关于进一步加强旧楼区长效管理的意见",  # a recommended document
        "乙省城市供热条例（2031年）",  # a related law, its year in brackets
        "当前位置：首页 > 政策文件 > 管理办法",  # a breadcrumb ending in a kind of document
    ],
)
def test_the_page_title_under_a_first_line_named_nowhere_else(first: str) -> None:
    text = f"{first}\n{_NOTICE}-甲政办发[2031]69号\n{_NOTICE}正文：\n{_NOTICE}（甲政办发〔2031〕69号）{_NOTICE_BODY}"
    structure = parse_structure(text)
    assert structure.title == "甲市社区物业管理办法"
    assert structure.notice_title == _NOTICE


def test_a_portal_column_over_a_notice_glued_to_its_number() -> None:
    notice = "丙市人民政府办公室关于印发《丙市城市供水事故应急预案（修订）》的通知"
    text = (
        "丙市企业优惠政策\n招商政策\n投资流程\n厂房租赁\n"
        f"丙政办发〔2031〕8号{notice}\n"
        "发布部门：市政府办 发布时间：2031年04月22日\n"
        f"丙政办发〔2031〕8号{notice}各县市区人民政府，市政府各局委：现将《丙市城市供水事故应急预案（修订）》"
        "印发给你们，请认真贯彻执行。\n1 总则\n1.1 编制目的\n为做好供水事故应急处置，制定本预案。\n"
    )
    structure = parse_structure(text)
    assert (structure.title, structure.status) == ("丙市城市供水事故应急预案", "修订")
    assert structure.notice_title == notice


def test_a_regulation_under_a_site_heading_that_names_another() -> None:
    text = f"丁市地名管理条例实施细则（乙市地名管理条例）\n本文目录\n乙市地名管理条例\n{_REGULATION_BODY}乙市地名管理条例（全文完）\n"
    assert parse_structure(text).title == "乙市地名管理条例"


def test_a_covering_notice_over_the_document_it_issues_is_kept() -> None:
    text = f"{_NOTICE}\n{_NOTICE_BODY}"
    structure = parse_structure(text)
    assert (structure.title, structure.notice_title) == ("甲市社区物业管理办法", _NOTICE)


def test_a_title_the_text_names_again_is_kept() -> None:
    text = (
        "丁市地名管理条例\n本文目录\n乙市地名管理条例\n"
        f"{_REGULATION_BODY}第三条 乙市地名管理条例与丁市地名管理条例不一致的，适用丁市地名管理条例。\n"
    )
    assert parse_structure(text).title == "丁市地名管理条例"


def test_a_line_under_it_the_text_does_not_name_again_is_no_title() -> None:
    text = f"丁市地名管理条例\n乙市地名管理条例\n本条例共五章三十条\n{_REGULATION_BODY}"
    assert parse_structure(text).title == "丁市地名管理条例"


@pytest.mark.parametrize(
    ("page", "own"),
    [
        (
            "乙省殡葬管理条例\n⑴ 甲市殡葬管理办法\n",
            "甲市殡葬管理办法",
        ),  # a related law over the list's numbered entry
        (
            "档案管理制度\n发布时间：2031-09-19\n甲市物业管理实施办法(2031)\n",
            "甲市物业管理实施办法",
        ),  # a site's year
    ],
)
def test_the_own_title_over_the_first_numbered_heading(page: str, own: str) -> None:
    text = f"{page}第一章 总则\n第一条 为了加强管理，根据有关法律，结合本市实际，制定本办法。\n第二条 本办法适用于本市。\n"
    assert parse_structure(text).title == own


def test_a_wrapped_title_s_second_line_is_no_title() -> None:
    text = (
        "甲市人民政府关于2031年国民经济\n和社会发展计划草案的报告\n"
        "第一章 总则\n第一条 本报告所称计划，指年度计划。\n"
    )
    assert parse_structure(text).title != "和社会发展计划草案的报告"

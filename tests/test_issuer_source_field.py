"""A government page that names no issuer otherwise (no signature, no 发布机构 field, no body at the title's head) but
whose 来源 line names a department: that department is the issuer (field conventions: the 来源 department of a page
whose 发布机构 is empty; the 来源 body of an interpretation page). A 来源 naming a newspaper, a news agency, a site or
its information centre is the publisher, never the issuer; a body named anywhere stronger still wins.

Texts are made up; the forms are those of county and city sites' bylines.
"""

import pytest

from parsers.structure import parse_structure

_CALL = (
    "为进一步规范生活垃圾分类工作，我们起草了《甲县生活垃圾分类实施方案（征求意见稿）》，现公开征求意见。\n"
    "一、征求意见时间\n2031年11月4日至2031年12月4日。\n二、反馈方式\n请通过电子邮件反馈。\n"
)


@pytest.mark.parametrize(
    ("byline", "issuer"),
    [
        ("发布时间:2031-11-04 10:57 来源:甲县住房和城乡建设局 【字体:大 中 小】", "甲县住房和城乡建设局"),
        ("信息来源: 乙市民政局 征集时间:[ 2031-10-10 00:00 ] 至 [ 2031-11-10 00:00 ]", "乙市民政局"),
        ("来源:丙区司法局2031-10-13", "丙区司法局"),
        ("• 来源: 丁市应急管理局", "丁市应急管理局"),
        ("时间: 2031-09-23 13:17 来源: 戊县人民政府办公室", "戊县人民政府办公室"),
    ],
)
def test_a_byline_naming_a_department_gives_the_issuer(byline: str, issuer: str) -> None:
    doc = parse_structure(f"关于公开征求生活垃圾分类实施方案意见的公告\n{byline}\n{_CALL}")
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    "byline",
    ["来源:甲市日报", "来源: 新华社", "来源:甲县信息中心", "来源:乙市人民政府网", "来源：本站原创"],
)
def test_a_byline_naming_a_publisher_gives_no_issuer(byline: str) -> None:
    doc = parse_structure(f"关于公开征求生活垃圾分类实施方案意见的公告\n{byline}\n{_CALL}")
    assert doc.issuer is None


def test_a_body_at_the_titles_head_wins_over_the_byline() -> None:
    doc = parse_structure(
        f"甲县人民政府关于公开征求生活垃圾分类实施方案意见的公告\n来源:甲县政府办公室\n{_CALL}"
    )
    assert doc.issuer == "甲县人民政府"


@pytest.mark.parametrize(
    "byline",
    [
        "来源:甲研究院 jia-yanjiu.org 日期:2031-08-01",
        "来源: 乙产业研究院 yiyuan.com.cn",
        "来源：丙协会www.bingxie.org",
    ],
)
def test_a_byline_naming_the_site_by_its_address_gives_no_issuer(byline: str) -> None:
    # the page says which site it copied the text from: a publisher, not the body that issued it
    doc = parse_structure(f"关于公开征求生活垃圾分类实施方案意见的公告\n{byline}\n{_CALL}")
    assert doc.issuer is None


@pytest.mark.parametrize(
    ("lead", "byline"),
    [
        ("近日，甲市发展改革委印发《甲市绿色转型行动计划》，明确了今后三年的任务。", "来源: 甲市发改委"),
        ("日前，乙县农业农村局印发《乙县稻渔综合种养实施方案》。", "来源：乙县农业农村局办公室"),
    ],
)
def test_a_lead_naming_the_issuing_body_wins_over_the_byline(lead: str, byline: str) -> None:
    # a news page's 来源 echoes (or shortens) the body its lead names as issuing the document
    name = lead[lead.index("《") + 1 : lead.index("》")]
    doc = parse_structure(f"{name}\n{byline}\n{lead}\n一、主要目标\n到2031年，完成各项任务。\n")
    assert doc.issuer == lead[3 : lead.index("印发")]

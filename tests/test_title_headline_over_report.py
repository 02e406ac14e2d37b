"""A news page's headline over its report stays the page's title, also when the report goes on to quote a document
with its addressee and numbered parts: the first prose under the headline (after a dateline, a credit, a share
button) is a news lead (甲网·乙客户端讯（记者 X）…) or opens on the day it tells of (5月16日，…; 昨天，…; 2031年3月1日至
3月7日，…). A line that names no document over a document's own body, with no report under it, is still no title.
A menu's bulleted item (• 使用浏览器打开, • 甲省…启动 over the headline again) is never part of the headline.

Texts are made up; the layouts are those of news sites and portals reposting a notice.
"""

import pytest

from parsers.structure import parse_structure

_NOTICE = (
    "各区人民政府，市政府各部门：\n"
    "为做好疫情防控工作，经研究，现将有关事项通告如下：\n"
    "一、全区所有个体诊所自即日起暂停营业。\n"
    "二、群众出现发热症状的，请到定点医院就诊。\n"
)


@pytest.mark.parametrize(
    ("headline", "under"),
    [
        ("甲市乙区临时关闭全区所有个体诊所", "··\n5月16日，甲市乙区防控工作指挥部办公室发布通告：\n"),
        ("丙州哪个县发展好（两县上榜）", "昨天，丁省领导小组办公室公布了2031年度示范县名单。两县上榜。\n"),
        (
            "戊市政府新闻办召开《戊市规章制定办法》解读新闻发布会",
            "分享:\n己网·庚客户端讯（记者 辛）12月16日上午，戊市政府新闻办召开新闻发布会。\n",
        ),
        (
            "《壬县农村公路管理办法》的结果反馈",
            "2031年11月18日至11月24日，我局向社会征求了意见，现将结果反馈如下：\n",
        ),
    ],
)
def test_the_headline_over_a_report_is_the_title(headline: str, under: str) -> None:
    assert parse_structure(f"{headline}\n{under}{_NOTICE}").title == headline


def test_a_menu_bullet_is_no_part_of_the_headline() -> None:
    text = (
        "• 甲省新一轮采煤沉陷区治理启动\n"
        "甲省新一轮采煤沉陷区治理启动\n"
        "2031-06-09 08:34:34 乙网 作者: 丙\n"
        "5月29日，甲省新一轮采煤沉陷区治理正式启动，8个乡镇被列为试点。\n"
        "治理工作将采取新模式、新机制。\n"
    )
    assert parse_structure(text).title == "甲省新一轮采煤沉陷区治理启动"


def test_a_line_over_a_document_with_no_report_is_no_title() -> None:
    assert parse_structure(f"进一步加强疫情防控工作\n{_NOTICE}").title is None

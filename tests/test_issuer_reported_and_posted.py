"""The body a page names behind its text, where the 来源 byline is not it.

- A page's 发布机构 field (or 公开责任部门) names the body behind the text, before the byline's 来源 (the portal that
  carried it): a zone named by its place (甲经济技术开发区, 乙高新区) and a bureau with its second name in brackets
  (区发展改革局(区粮食物资局)) are bodies too.
- A news page whose headline names a document and whose lead tells that another body made it (《X》经甲省人大常委会审议
  通过, 乙局印发《X》) only reports it: its 来源 body is the publisher, no issuer. The 来源 body's own act (《X》经甲省人大
  常委会审议通过 under 来源：甲省人大常委会), and a document another body made that the page's own text cites, leave the 来源 reading.

Texts are made up; the forms are those of city portals' open-government tables and news pages.
"""

import pytest

from parsers.structure import parse_structure

_PLAN = (
    "甲市突发公共事件总体应急预案\n"
    "1.总则\n1.1编制目的\n为提高应对突发公共事件的能力，保障公众生命财产安全，制定本预案。\n"
    "1.2适用范围\n本预案适用于本区域内突发公共事件的应对工作。\n"
)


@pytest.mark.parametrize(
    ("table", "issuer"),
    [
        ("• 发布机构:\n甲市经济技术开发区\n• 成文日期:\n2031-10-12\n", "甲市经济技术开发区"),
        ("• 公开责任部门:乙州高新区\n• 公开方式:政府网站\n", "乙州高新区"),
        (
            "体裁分类:  发布机构: 区发展改革局(区粮食物资局)\n成文日期: 2031-07-15  公开方式: 主动公开\n",
            "区发展改革局(区粮食物资局)",
        ),
    ],
    ids=["zone_under_label", "responsible_department", "second_name"],
)
def test_the_posting_field_before_the_portals_byline(table: str, issuer: str) -> None:
    text = f"{table}日期:2031-10-12 00:00:00 来源:甲市人民政府办公室 浏览量:\n{_PLAN}"
    assert parse_structure(text).issuer == issuer


@pytest.mark.parametrize(
    "lead",
    [
        "近日，新修订的《甲省物业管理条例》经甲省第九届人民代表大会常务委员会第十二次会议审议通过，于2031年3月1日起施行。",
        "日前，甲省住房和城乡建设厅印发《甲省物业管理条例》实施细则配套文件，对《甲省物业管理条例》作出解读。",
    ],
    ids=["adopted_by_congress", "bureau_issued"],
)
def test_a_news_page_reporting_anothers_document(lead: str) -> None:
    text = (
        "新修订的《甲省物业管理条例》3月起施行\n"
        "来源:乙市档案局 2031-02-02\n阅读量:879\n"
        f"{lead}\n"
        "《条例》明确了业主大会的设立程序，强调加强街道办事处对物业服务的指导与监督。\n"
    )
    assert parse_structure(text).issuer is None


def test_the_source_bodys_own_act_keeps_it() -> None:
    # the 来源 body is the one that adopted the document: its own news
    text = (
        "新修订的《甲省物业管理条例》3月起施行\n"
        "来源:甲省人大常委会 2031-02-02\n"
        "近日，新修订的《甲省物业管理条例》经甲省人大常委会第十二次会议审议通过，于2031年3月1日起施行。\n"
        "《条例》明确了业主大会的设立程序。\n"
    )
    assert parse_structure(text).issuer == "甲省人大常委会"


def test_a_document_the_pages_own_text_cites_keeps_it() -> None:
    text = (
        "关于对甲市人民代表大会第四次会议第12号建议的办理情况\n"
        "来源: 甲市农业农村局  |   发布日期: 2031-06-13 16:28\n"
        "建议内容:关于支持茶叶产业发展的建议\n"
        "为推动乡村振兴，乙省农业农村厅印发了《乙省茶产业高质量发展专项规划》，明确了发展目标。\n"
        "我局将认真落实规划要求，加大对茶叶产业的支持力度。\n"
    )
    assert parse_structure(text).issuer == "甲市农业农村局"

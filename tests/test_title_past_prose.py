"""A heading standing past a text's first paragraphs, over the document's opening, is the title of a text that has
no title line.

A page may store prose before the document's heading: a news item about something else, a covering letter's
sentences, a reporter's lead over the draft it hands over. The head's readers stop at the first sentence; the heading
is then read past it when the next line opens a document (目录, 第一章, 第一条, 一、, a note of adoption, 为…，). A
letter issuing several documents is titled by its own title, not by its first document's heading; a heading followed by
more prose is a section's name or a sentence's subject, no title.

Texts are made up; the layouts are those of portals, news sites and covering letters.
"""

import pytest

from parsers.structure import parse_structure

TITLED = [
    # a news item about something else scraped before the document, its purpose paragraph under the heading
    (
        "6月3日，甲县农业技术推广会在乙镇召开，各乡镇农技站负责人参加会议。\n"
        "会议总结了上半年工作，部署了夏季田间管理重点任务。\n"
        "甲县耕地质量提升“十六五”规划\n"
        "为加强耕地保护，提升耕地质量，根据有关法律法规，制定本规划。\n"
        "一、发展基础\n"
        "（一）耕地保护成效明显\n",
        "甲县耕地质量提升“十六五”规划",
        None,
    ),
    # a reporter's lead over the draft it hands over without 以下为全文, its contents under the heading
    (
        "2031年3月2日，丙市司法局发布关于征求《丙市城市绿道条例（草案）》意见的公告。\n"
        "据介绍，该条例列入丙市人大常委会年度立法计划。\n"
        "丙市城市绿道条例（草案）\n"
        "目  录\n"
        "第一章 总 则\n"
        "第二章 规划建设\n"
        "第一章 总 则\n"
        "第一条 为了规范城市绿道的规划、建设和管理，制定本条例。\n",
        "丙市城市绿道条例",
        "草案",
    ),
    # a covering letter stored without its title line, the one document it issues under it
    (
        "各乡镇人民政府，县直各单位：\n"
        "为规范全县村级公益设施管理，县民政局制定了本办法，现印发给你们，请认真贯彻执行。\n"
        "丁县村级公益设施管理办法（试行）\n"
        "第一章 总 则\n"
        "第一条 为规范村级公益设施的建设和管理，制定本办法。\n",
        "丁县村级公益设施管理办法",
        "试行",
    ),
    # a call over its draft: the draft quoted twice (once without its 的), and the form to fill, are one document
    (
        "第一部分：公告内容\n"
        "为推动养老服务发展，癸市民政局草拟了实施意见，现公开征求意见。\n"
        "附件：\n"
        "1.《癸市促进养老服务发展的实施意见（征求意见稿）》\n"
        "2.《癸市促进养老服务发展实施意见（征求意见稿）》起草说明\n"
        "3.征求意见反馈表\n"
        "癸市民政局\n"
        "2031年12月19日\n"
        "第二部分：草案内容\n"
        "癸市促进养老服务发展的实施意见\n"
        "（征求意见稿）\n"
        "为积极应对人口老龄化，推动我市养老服务发展，制定本实施意见。\n"
        "一、发展目标\n",
        "癸市促进养老服务发展的实施意见",
        "征求意见稿",
    ),
    # a browser's warning over the page, the heading under it with the page's date bar, then the notice's addressee
    (
        "系统检测到您的浏览器版本过低，建议您更换其他浏览器访问本站。\n"
        "选择城市\n"
        "庚市人民政府关于做好高校毕业生就业工作的实施意见\n"
        "时间: 2031-09-26 09:37 分类: 政策法规 来源: 转载\n"
        "各区人民政府，市政府各部门：\n"
        "为做好高校毕业生就业工作，现提出如下实施意见。\n",
        "庚市人民政府关于做好高校毕业生就业工作的实施意见",
        None,
    ),
    # a gazette's blurb over a notice, its 文号 between the heading and the addressee
    (
        "政府公报\n"
        "《辛省人民政府公报》是由辛省人民政府主管并公开发行的政府出版物，每月出版两期。\n"
        "辛省人民政府办公厅关于开展行政规范性文件清理工作的通知\n"
        "辛政办发〔2031〕7号\n"
        "各市人民政府，省政府各厅委、各直属机构：\n"
        "为了推进依法行政，经省政府同意，决定开展行政规范性文件清理工作。\n",
        "辛省人民政府办公厅关于开展行政规范性文件清理工作的通知",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "status"), TITLED)
def test_a_heading_past_the_first_paragraphs_over_its_opening_is_the_title(
    text: str, title: str, status: str | None
) -> None:
    parsed = parse_structure(text)
    assert parsed.title == title
    assert parsed.status == status


def test_a_letter_issuing_several_documents_is_not_titled_by_the_first() -> None:
    text = (
        "各区人民政府，市政府各部门：\n"
        "《戊市政府规章起草工作规定》《戊市政府规章评估办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "戊市人民政府办公室\n"
        "2031年4月12日\n"
        "戊市政府规章起草工作规定\n"
        "第一条 为规范政府规章起草工作，制定本规定。\n"
    )
    assert parse_structure(text).title is None


def test_a_heading_followed_by_more_prose_is_no_title() -> None:
    text = (
        "5月9日，己市召开农村人居环境整治推进会，会议通报了各区工作进展。\n"
        "会议强调，各区要对照任务清单，抓好整改落实。\n"
        "己市农村人居环境整治方案\n"
        "会议指出，今年以来全市共改造农村户厕一万余座，成效明显。\n"
    )
    assert parse_structure(text).title is None


def test_a_call_listing_several_attachments_is_not_titled_by_the_first() -> None:
    text = (
        "根据市政府工作安排，我局起草了以下文件，现公开征求社会公众意见。\n"
        "附件：1.壬市医疗保障局关于调整门诊特定病种范围的通知\n"
        "2.壬市医疗保障局关于规范长期护理保险经办的通知\n"
        "2031年3月28日\n"
        "附件1\n"
        "壬市医疗保障局关于调整门诊特定病种范围的通知\n"
        "（公开征求意见稿）\n"
        "各定点医疗机构，各有关单位：\n"
        "一、调整门诊特定病种范围。\n"
    )
    assert parse_structure(text).title is None


def test_a_heading_that_is_only_a_kind_over_its_opening_is_the_title() -> None:
    text = (
        "通告\n"
        "为了维护公共安全，保障人民群众生命财产安全，根据有关法律法规，现就有关事项通告如下：\n"
        "一、本县城区范围内禁止燃放烟花爆竹。\n"
        "二、本通告自发布之日起施行。\n"
    )
    assert parse_structure(text).title == "通告"


def test_a_contents_heading_over_a_fragment_is_no_title() -> None:  # guard: 目录 names a list, not the text
    text = "目录\n第一章 总则\n第二章 管理\n第一章 总则\n第一条 为了加强管理，制定本条例。\n第二条 本条例适用于本市。\n"
    assert parse_structure(text).title is None

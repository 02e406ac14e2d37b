"""Units a reader does not count (round 28, counts50): the numbered lines of amended wording a decision quotes
(一、将第三条修改为：“… / （一）… ”), and a call's parts that are only ways of sending comments (一、登录…网站提出意见 /
二、发送电子邮件至… / （一）信函方式寄至…), which no document numbers as its own, whatever the call is on."""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.model import Node
from parsers.structure import Structure, parse_structure

SKIPPED = frozenset(["notice", "signature", "attachment"])


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def counted(structure: Structure, kind: str) -> int:
    """Nodes of ``kind`` outside the notice, signature and attachments (as the field corpus counts them)."""

    def count(nodes: list[Node]) -> int:
        return sum((n.kind == kind) + count(n.children) for n in nodes if n.kind not in SKIPPED)

    return count(structure.nodes)


@pytest.mark.parametrize(
    "text",
    [
        # the quote opens on the amendment's line and never closes before the excerpt ends
        "甲市人民代表大会常务委员会关于修改《甲市制定地方性法规条例》的决定\n"
        "甲市人民代表大会常务委员会决定对《甲市制定地方性法规条例》作如下修改：\n"
        "一、将第三条修改为：“立法应当遵循下列原则：\n（一）坚持依法立法；\n（二）坚持科学立法；\n（三）坚持民主\n",
        # the announcement on a line of its own, the quote on the next, closed after the items
        "乙县关于修改《乙县河道管理办法》的决定\n县人民政府决定对《乙县河道管理办法》作如下修改：\n"
        "一、第五条修改为：\n“河道管理实行下列制度：\n（一）河长制；\n（二）巡查制度。”\n"
        "二、删去第八条。\n三、第九条修订为：\n“（一）禁止采砂；\n（二）禁止倾倒垃圾。”\n",
        # traditional characters, the quoted wording numbered with 第X条 and items
        "丙州條例修正案（草案）\n一、將第二條改為：“第二條　本條例適用於下列區域：\n（一）城區；\n（二）鎮區。”\n"
        "二、增加一條，作為第三條：“第三條　州人民政府負責實施本條例。”\n三、將第四條修改為：“第四條　禁止下列行為：\n"
        "（一）亂扔垃圾；\n（二）焚燒秸稈\n",
    ],
)
def test_the_wording_a_decision_quotes_has_no_units(text: str) -> None:
    structure = parse(text)
    assert counted(structure, "measure") == 0
    assert counted(structure, "article") == 0
    assert counted(structure, "action") in (1, 3)


def test_a_quote_that_lost_its_closing_mark_ends_at_the_next_amendment() -> None:
    text = (
        "丁市关于修改《丁市养犬管理规定》的决定\n一、将第三条修改为：“养犬人应当遵守下列规定：\n（一）办理登记；\n"
        "二、将第五条修改为：“犬只应当免疫。”\n三、删去第七条。\n"
    )
    assert counted(parse(text), "action") == 3


def test_parts_after_a_closed_quote_and_a_policy_quoting_a_sentence_stay_units() -> None:
    text = (
        "戊县关于推进“放管服”改革的实施方案\n为贯彻“放管服”改革要求，制定本方案。\n一、总体要求\n"
        "（一）指导思想。坚持“一网通办”。\n（二）基本原则。\n二、主要任务\n（一）优化服务。\n"
    )
    structure = parse(text)
    assert counted(structure, "action") == 2
    assert counted(structure, "measure") == 3


@pytest.mark.parametrize(
    "text",
    [
        # a call on the content of a law still to be drafted: no draft stage named, the parts are ways to send
        "关于征求甲市食品安全地方立法内容意见的公告\n为做好地方立法工作，现公开征求意见。有关单位和个人可以在"
        "2025年1月15日前，通过以下两种方式提出意见：\n（一）信函方式邮寄至：甲市市场监督管理局法规处，邮编：100000。\n"
        "（二）通过电子邮件方式将意见发送至：abc@example.com。\n甲市市场监督管理局\n2024年12月3日\n",
        # the first way is to log in to a site, a long name before 提出意见
        "关于《乙省修改部分省政府规章的决定（草案征求意见稿）》公开征求意见的公告\n为提高立法质量，现公开征求意见，"
        "社会各界可通过以下方式提出意见：\n一、登录乙省司法厅网站“首页-互动交流-法规规章草案意见征集栏目”在线提出意见。\n"
        "二、发送电子邮件至lifa@example.com。\n三、通过信函方式将意见寄至乙省司法厅立法处。\n乙省司法厅\n2022年11月4日\n",
        # a 倡议 asking for proposals, the ways numbered 一、 二、 三、
        "关于征集丙县民生实事项目建议的通知\n欢迎社会各界积极建言献策，方式如下：\n一、登录丙县人民政府门户网站留言。\n"
        "二、邮箱：minsheng@example.com。\n三、来信寄至丙县人民政府办公室。\n丙县人民政府办公室\n2024年3月1日\n",
    ],
)
def test_ways_of_sending_comments_are_the_calls(text: str) -> None:
    structure = parse(text)
    assert counted(structure, "action") == 0
    assert counted(structure, "measure") == 0


def test_a_call_for_suggestions_numbering_its_content_keeps_its_parts() -> None:
    text = (
        "关于征集丁市立法项目建议的公告\n现面向社会公开征集立法项目建议，有关事项如下：\n一、征集内容\n"
        "涉及城市管理的立法项目。\n二、征集时间\n2025年1月1日至1月31日。\n三、提交方式\n发送电子邮件至lifa@example.com。\n"
        "丁市司法局\n2024年12月20日\n"
    )
    assert counted(parse(text), "action") == 3


def test_numbered_amendments_each_quoting_paragraphs_stay_units() -> None:
    # each paragraph of a quote opens with a mark and only the last closes; a quote inside a line nests
    text = (
        "己省人民政府关于修改部分省政府规章的决定\n一、对《己省城市绿化办法》作出修改\n"
        "（一）将第三条修改为：“城市人民政府应当将城市绿化纳入规划，坚持“绿水青山”理念。\n"
        "“省住房和城乡建设主管部门负责全省城市绿化工作。\n（二）将第四条修改为：“城市绿地系统规划应当包括下列内容：\n"
        "“（一）规划依据；\n“（二）规划目标。”\n（三）删去第九条。\n"
    )
    structure = parse(text)
    assert counted(structure, "action") == 1
    assert counted(structure, "measure") == 3


# A quote that lost its closing mark (common in web copies) ends where the amending text's own labels run on:
# the announcing line's next label of the same kind (round 28, fix34).
@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # an article amends a standard; its quote never closes, the next articles are the rule's own
        (
            "某市养老服务补贴办法\n\n第一条 为规范养老服务补贴管理，制定本办法。\n\n第二条 本办法适用于本市行政区域。\n\n"
            "第三条 自2024年起，补贴标准修改为：“每人每月200元。\n\n第四条 补贴按月发放。\n\n"
            "第五条 市民政局负责组织实施。\n\n第六条 本办法自发布之日起施行。\n",
            "article",
            6,
        ),
        (
            "某县农业补贴实施办法\n\n第一条 为规范补贴发放，制定本办法。\n\n第二条 补贴对象修改为：“种粮大户和家庭农场。\n\n"
            "第三条 补贴标准按面积计算。\n\n第四条 县农业农村局负责解释。\n\n第五条 本办法自印发之日起施行。\n",
            "article",
            5,
        ),
        # a notice's first part opens the quote on its line, the quoted items below, the notice's parts after
        (
            "某市关于调整部分事项的通知\n\n各区人民政府：\n\n为做好相关工作，现将有关事项通知如下：\n\n"
            "一、将申请条件修改为：“\n（一）本市户籍；\n（二）年满60周岁。\n\n二、加强组织领导。\n\n三、强化监督检查。\n",
            "action",
            3,
        ),
        # the announcement on a line of its own, the quote on the next; the decision's part runs on after it
        (
            "庚县关于修改《庚县物业管理办法》的决定\n县人民政府决定作如下修改：\n一、第六条调整为：\n"
            "“业主大会应当履行下列职责：\n（一）制定管理规约；\n（二）选举业主委员会\n"
            "二、本决定自公布之日起施行。\n三、《庚县物业管理办法》根据本决定作相应修改，重新公布。\n",
            "action",
            3,
        ),
        # the amendments numbered （一）（二）: the second is the next label of the first, though it amends nothing
        (
            "辛市关于调整公交票价的通知\n一、调整内容\n（一）普通线路票价调整为：“每人次1元\n1．持老年卡免费乘车；\n"
            "2．持学生卡半价乘车；\n（二）执行时间为2025年3月1日起。\n（三）各公交企业做好宣传解释。\n",
            "measure",
            3,
        ),
    ],
    ids=["articles_six", "articles_five", "notice_parts", "announced_alone", "measures"],
)
def test_a_quote_that_lost_its_closing_mark_ends_at_the_amending_texts_next_label(
    text: str, kind: str, expected: int
) -> None:
    assert counted(parse(text), kind) == expected


def test_a_quote_numbering_its_own_parts_keeps_them_past_the_announcers_next_label() -> None:
    # the quoted wording restarts at 一、 and runs on to 二、: its own run, not the decision's next part
    text = (
        "壬市人民政府关于修改《壬市河长制工作方案》的决定\n一、将第二部分修改为：“二、主要任务\n"
        "一、全面落实河长责任；\n二、加强水资源保护；\n三、强化水污染防治。”\n二、本决定自公布之日起施行。\n"
    )
    structure = parse(text)
    assert counted(structure, "action") == 2

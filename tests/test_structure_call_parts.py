"""A call's own numbered parts (round 24): a 公示, a hearing notice or a call for comments on one draft numbers
how and when to comment (一、公示时间 / 二、意见反馈), and those parts are the call's, not the draft's: they go
into the notice. A call for suggestions (征集) presenting no draft, and a 公示 of several documents, number
their own content: those parts stay the document's."""

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


def body_parts(structure: Structure) -> int:
    """一、 and （一） parts outside the notice, signature and attachments (as the field corpus counts them)."""

    def count(nodes: list[Node]) -> int:
        return sum(
            (n.kind in ("action", "measure")) + count(n.children) for n in nodes if n.kind not in SKIPPED
        )

    return count(structure.nodes)


def notice_parts(structure: Structure) -> int:
    return sum(1 for n in structure.iter_nodes() if n.kind == "action" and n.node_id.startswith("notice"))


SIGNED = "\n甲县自然资源局\n2025年3月1日\n"


def test_the_parts_of_a_plan_shown_for_comment_are_the_notice():
    """The page stores no title line: the call's sentence, its parts, the enclosed draft's name, the signature."""
    text = (
        "为推进甲县乙镇国土空间总体规划实施，根据有关规定，现将规划草案予以公示，广泛听取社会各界意见。\n"
        "一、公示时间\n2025年3月1日至2025年3月30日。\n"
        "二、公示方式\n甲县人民政府网站。\n"
        "三、意见反馈\n公示期间，任何单位和个人可书面提出意见。\n"
        "附件：甲县乙镇国土空间总体规划（2021—2035年）草案公示稿.pdf\n" + SIGNED
    )
    structure = parse(text)
    assert body_parts(structure) == 0
    assert notice_parts(structure) == 3


def test_the_parts_of_a_hearing_notice_are_the_notice():
    text = (
        "甲市人民代表大会常务委员会法制工作委员会\n立法听证会公告\n"
        "为广泛听取社会意见，决定就《甲市乙保护条例（草案）》举行立法听证会。现将有关事项公告如下：\n"
        "一、听证事项\n条例草案的适用范围是否合理。\n"
        "二、听证会时间和地点\n2025年5月8日上午，市人大常委会会议室。\n"
        "三、听证陈述人\n听证陈述人由公民自愿报名。\n"
        "四、报名办法\n自公告之日起接受电话报名。\n"
    )
    assert body_parts(parse(text)) == 0


def test_the_ways_of_sending_comments_are_the_notice():
    """No title line: the call's sentence names the draft, then the ways of sending comments."""
    text = (
        "为提高决策的科学性，现将《甲县乙工程实施方案（征求意见稿）》向社会公开征求意见，"
        "公众可通过以下方式提出意见：\n"
        "一、通过信函方式将意见寄至甲县住房和城乡建设局，并在信封上注明“意见征集”字样；\n"
        "二、通过电子邮件将意见发送至abc@example.cn；\n"
        "三、通过传真方式将意见传真至0000-1234567。\n"
        "意见反馈截止日期为2025年6月30日。\n"
    )
    assert body_parts(parse(text)) == 0


def test_parts_given_with_their_value_on_the_line_are_the_notice():
    text = (
        "甲县乡镇国土空间总体规划（2021-2035）草案公示\n"
        "根据《甲省国土空间规划管理办法》等规定，现将规划草案进行公示。\n"
        "一、公示方式：甲县人民政府网站。\n"
        "二、公示类型：草案公示。\n"
        "三、意见反馈方式：对规划草案有意见的单位或者个人，可在公示之日起30日内邮寄书面意见。\n"
    )
    assert body_parts(parse(text)) == 0


def test_a_call_in_traditional_characters_is_read_the_same():
    text = (
        "關於《甲市乙管理辦法（聽證稿）》的聽證會公告\n"
        "為廣泛聽取社會公眾的意見和建議，現就有關事項公告如下：\n"
        "一、聽證事項\n辦法的適用範圍。\n"
        "二、聽證時間和地點\n2025年2月上旬，市政府會議室。\n"
        "三、報名時間、方式和要求\n自公告之日起至2025年1月20日。\n"
        "四、其他事項\n旁聽人不發言。\n"
    )
    assert body_parts(parse(text)) == 0


def test_a_call_for_suggestions_without_a_draft_numbers_its_own_content():
    text = (
        "关于征集2026年民生实事项目建议的公告\n"
        "为办好民生实事，现面向社会征集项目建议。\n"
        "一、征集时间\n即日起至2025年10月31日。\n"
        "二、征集内容\n与群众生活密切相关的项目。\n"
        "三、征集方式\n可通过信函、电子邮件提交建议。\n"
    )
    assert body_parts(parse(text)) == 3


def test_a_call_on_a_law_still_to_be_drafted_numbers_its_own_content():
    text = (
        "甲市将启动《甲市乙保护条例》立法工作，现面向社会征集意见建议。\n"
        "一、通过电子邮件将意见发送至abc@example.cn。\n"
        "二、通过信函方式将意见寄至甲市文化局，邮政编码：000000。\n"
        "三、反馈截止时间：2026年4月3日。\n"
    )
    assert body_parts(parse(text)) == 3


def test_a_showing_of_several_plans_numbers_its_own_content():
    text = (
        "关于《甲市绿地系统规划》《甲市公园体系规划》规划内容的公示\n"
        "为提升城市绿地规划建设水平，现将两个规划的内容予以公示。\n"
        "一、公示时间\n2026年1月22日至2026年2月5日。\n"
        "二、公众意见反馈方式\n电子邮件反馈：abc@example.cn。\n"
    )
    assert body_parts(parse(text)) == 2


def test_a_policy_whose_parts_are_its_measures_keeps_them():
    """A plan with one part about its own 公示 is no call: its other parts are its measures."""
    text = (
        "甲县乙工程实施方案（征求意见稿）\n"
        "一、总体要求\n坚持统筹推进。\n"
        "二、公示时间\n项目名单公示七日。\n"
        "三、保障措施\n加强组织领导。\n"
    )
    assert body_parts(parse(text)) == 3


CALL = (
    "为提高立法质量，现将草案全文公布，公开征求社会各界意见。请于2025年6月30日前将意见发送至abc@example.cn。\n"
    "甲市司法局\n2025年5月30日\n"
)


@pytest.mark.parametrize(
    ("notice", "explanation"),
    [
        (
            "关于公开征求《甲市乙条例（草案）》意见的公告\n",
            "关于《甲市乙条例（草案）》的起草说明\n一、起草背景\n近年来，我市乙工作取得明显成效。\n"
            "二、主要内容\n草案共六章三十条。\n",
        ),
        (
            "甲市司法局关于《甲市丙办法（送审稿）》公开征集意见建议的通告\n",
            "一、立法的必要性\n现行办法施行已逾十年，部分规定已不适应实际。\n",
        ),
        (
            "甲省人大常委会法制工作委员会关于公布《甲省丁条例修正案（草案）》征求意见的通知\n",
            "一、修改条例的必要性和总体思路\n为落实上位法，有必要修改条例。\n二、修改的主要内容\n共修改五处。\n",
        ),
    ],
    ids=["drafting_background", "legislative_necessity", "amendment_rationale"],
)
def test_the_explanation_a_call_gives_of_its_draft_is_the_notice(notice: str, explanation: str):
    assert body_parts(parse(notice + CALL + explanation)) == 0


def test_a_page_explaining_a_draft_numbers_its_own_content():
    text = (
        "关于《甲区乙停车服务收费标准（征求意见稿）》的政策解读\n"
        "一、文件制定背景和依据\n（一）国家有关规定。\n（二）本区实际。\n"
        "二、文件制定过程\n（一）开展调研。\n"
    )
    assert body_parts(parse(text)) == 5


def test_a_draft_stored_under_its_call_keeps_its_parts():
    text = (
        "关于征求《甲市乙发展规划（征求意见稿）》意见的公告\n" + CALL + "甲市乙发展规划（征求意见稿）\n"
        "一、发展背景\n十三五以来，我市乙产业快速发展。\n二、总体要求\n坚持创新驱动。\n"
    )
    assert body_parts(parse(text)) == 2

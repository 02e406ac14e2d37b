"""A covering notice's own requirements when the document it hands over is not stored (round 25): the sentence
that hands the document over announces them (并就有关事项通知如下, 并提出如下要求). They are the notice's: the
document proper holds no parts. A notice that only hands over, the document's body following without its title,
keeps the parts as the document's; so does a notice that hands nothing over."""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def top_parts(structure: Structure) -> list[str | None]:
    """Labels of the parts outside the notice (as the document scorer counts them)."""
    out: list[str | None] = []

    def walk(nodes, inside: bool) -> None:
        for node in nodes:
            skipped = inside or node.kind in ("notice", "signature", "attachment")
            if node.kind == "action" and not skipped:
                out.append(node.label)
            walk(node.children, skipped)

    walk(structure.nodes, False)
    return out


REQUIREMENTS = (
    "一、提高站位，主动担当作为。各责任单位要把任务落实到位。\n"
    "二、加强领导，强化办理机制。各主要责任单位要加强组织领导。\n"
    "三、强化督查，确保按时完成。区政府督查室将定期督查。\n"
)


HEAD = "分享到：\n{title}\n【字体：大 中 小】\n各乡镇人民政府，区直各单位：\n"


def test_requirements_announced_in_the_handing_sentence_are_the_notice_own():
    text = (
        HEAD.format(title="甲区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知")
        + "区人大会议审议通过的《政府工作报告》明确了2021年我区经济社会发展的目标任务。为确保各项任务落到实处，"
        "现将《2021年区政府工作报告重点工作责任分工》印发给你们，并就其贯彻落实提出如下要求：\n"
        + REQUIREMENTS
    )
    assert top_parts(parse(text)) == []


def test_a_forwarding_notice_with_its_own_opinions():
    text = (
        HEAD.format(title="乙市人民政府办公室转发省农业厅关于印发乙省富民兴村三年行动方案的通知")
        + "为推进富民兴村工作，现将省农业厅《关于印发〈乙省富民兴村三年行动方案〉的通知》转发给你们，"
        "并结合我市实际，提出如下意见，请一并贯彻落实。\n"
        + REQUIREMENTS
        + "乙市人民政府办公室\n2018年6月5日\n"
    )
    assert top_parts(parse(text)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the name first, 现 right before the verb (round 37)
        "《2021年区政府工作报告重点工作责任分工》经区政府研究同意，现印发给你们，并就抓好落实通知如下。",
        # the requirements announced as 以下要求 after 请 (round 37)
        "区政府办公室起草了《2021年区政府工作报告重点工作责任分工》。现印发给你们，请按以下要求认真落实。",
    ],
)
def test_requirements_after_a_handing_sentence_that_names_the_document_first(sentence: str):
    text = (
        HEAD.format(title="甲区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知")
        + sentence
        + "\n"
        + REQUIREMENTS
    )
    assert top_parts(parse(text)) == []


def test_a_notice_that_only_hands_over_keeps_the_parts():
    """No parts announced: what follows may be the document's body, its title line lost."""
    text = (
        HEAD.format(title="甲区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知")
        + "区人大会议审议通过的《政府工作报告》明确了2021年我区经济社会发展的目标任务。为确保各项任务落到实处，"
        "现将《2021年区政府工作报告重点工作责任分工》印发给你们，请认真贯彻执行。\n" + REQUIREMENTS
    )
    assert top_parts(parse(text)) == ["一、", "二、", "三、"]


def test_the_document_stored_after_its_title_keeps_its_parts():
    text = (
        HEAD.format(title="丁市人民政府关于印发丁市重点工作方案的通知")
        + "为推进重点工作，现将《丁市重点工作方案》印发给你们，并就有关事项通知如下，请一并贯彻执行。\n"
        "丁市重点工作方案\n一、总体要求\n坚持稳中求进。\n二、主要任务\n推进重点项目。\n"
    )
    assert top_parts(parse(text)) == ["一、", "二、"]


def test_a_notice_that_hands_nothing_over_keeps_its_parts():
    text = (
        HEAD.format(title="戊市人民政府关于做好防汛工作的通知")
        + "为做好今年防汛工作，确保安全度汛，现就有关事项通知如下：\n"
        + REQUIREMENTS
    )
    assert top_parts(parse(text)) == ["一、", "二、", "三、"]


def test_requirements_after_a_wrapped_title_under_a_metadata_table():
    text = (
        "文 号 | 己政办〔2020〕2 号 | 发文日期 | 2020-04-19 |\n---|---|---|---|\n发布机构 | 政府办 | 有 效 性 | 有效 |\n"
        "区人民政府办公室关于印发2020年区政府\n工作报告确定的主要目标任务责任分解\n方案的通知\n"
        "各街道办事处，区人民政府各部门：\n2020年是全面建成小康社会的收官之年。为确保目标任务全面完成，现将《2020年区政府"
        "工作报告确定的主要目标任务责任分解方案》印发给你们，并就有关事项通知如下，请一并贯彻执行。\n"
        + REQUIREMENTS
    )
    assert top_parts(parse(text)) == []

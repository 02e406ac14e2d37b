"""A plan's or a regulation's note of adoption under its title names the congress that made it, in the forms a
plan's page writes it: the place by 省 or 市 alone (市五届人大), the session without its 第 (省十届人大四次会议), the
plenary of the session after it (…第二次会议第五次大会通过), the approval as 审查批准, a date by the month only
(2031年12月甲区…) or one whose 日 was lost (2031114甲市…). The congress, its term kept, is the issuer of a
regulation; of a plan outline it is not (field conventions, round 31 D6: the session approves the government's plan,
and with nothing else naming a body the issuer is none). A sentence of
the text that tells what a congress adopted (区八届人大三次会议审议通过的《X》, …批准了《X》) is no note: it names no
issuer.

Texts are made up; the forms are those of plans and regulations as provincial and city sites post them.
"""

import pytest

from parsers.structure import parse_structure

_PLAN = "甲市国民经济和社会发展第十六个五年规划纲要"
_BODY = "第一章　发展基础\n本规划纲要是今后五年全市发展的行动纲领。\n"
_LAW = "甲市城市更新条例"
_ARTICLES = "第一章　总则\n第一条　为了推进城市更新，制定本条例。\n"


@pytest.mark.parametrize(
    ("note", "issuer"),
    [
        ("（2031年2月27日市七届人大第五次会议通过）", "市七届人大"),
        ("（2031年1月12日省十二届人大四次会议批准）", "省十二届人大"),
        ("（2031年3月13日甲省第九届人民代表大会第二次会议第五次大会通过）", "甲省第九届人民代表大会"),
        ("（2032年2月9日乙自治区第七届人民代表大会第三次会议第四次大会通过）", "乙自治区第七届人民代表大会"),
        ("（2031年1月28日甲省第八届人民代表大会第四次会议审查批准）", "甲省第八届人民代表大会"),
        (
            "（2031年12月甲自治区第十届人民代表大会常务委员会第三十三次会议通过）",
            "甲自治区第十届人民代表大会常务委员会",
        ),
        ("2031114甲市第五届人民代表大会第五次会议批准）", "甲市第五届人民代表大会"),
    ],
)
def test_the_congress_of_the_note_issued_it(note: str, issuer: str) -> None:
    assert parse_structure(f"{_LAW}\n{note}\n{_ARTICLES}").issuer == issuer
    assert (
        parse_structure(f"{_PLAN}\n{note}\n{_BODY}").issuer is None
    )  # a plan outline's session (round 31 D6)


@pytest.mark.parametrize(
    "sentence",
    [
        "区八届人大三次会议审议通过的《政府工作报告》，确定了2031年十项民生实事。现将实事项目分解如下。",
        "县九届人大二次会议审议通过的《乙县乡村振兴促进办法》，自2031年起施行。现将贯彻要求通知如下。",
        "市六届人大五次会议批准了《甲市城市更新专项规划》。现将规划实施事项通知如下。",
        "省十一届人大三次会议批准了《乙省2031年预算执行情况的报告》。现就落实工作通知如下。",
    ],
)
def test_a_sentence_telling_what_a_congress_adopted_names_no_issuer(sentence: str) -> None:
    text = f"各乡镇人民政府，县政府各部门：\n{sentence}\n附件：2031年重点工作任务分解表\n"
    assert parse_structure(text).issuer is None

"""Classes of language read in heldout14 (issue 8, round 13), each on sentences written for this file.

None of these sentences is copied from a fixture; near misses are tested beside each class.

* traditional forms of the count units and words a goal reads (戶, 噸, 輛, 張, 畝 …) are read as their simplified
  forms, one character for one, so a traditional goal's count (增加到1200戶) is a target, not a goal without a number;
* a loan verb between a cap and its amount (个人最高可贷10万元) leaves the cap on the amount (max, the verb out of the
  surface, as 最高可给予 does); in a paragraph that pays interest on the loans (…给予贴息) that cap is the base of the
  payout (basis), not the payout;
* a sentence after a dated goal sentence that opens with a connective and a task verb (同时，紧紧围绕…，推动构建…;
  此外，加快…) is a task: no goal without a number; traditional task words (緊緊圍繞, 推動構建) read the same;
* a count of aspects (从规模、质量、主体三个维度实现…提升, 在四个方面取得突破) is a goal's scope, not its quantity: the part
  is a goal without a number; with no goal verb (要抓好五个方面的工作) it is a task and no goal at all;
* a mixed numeral, digits 万 digits before 亿 or 元 (2万5000亿元, 1万2000元), is one number (25000亿, 12000), in money and
  in targets;
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2027年，全縣規上企業數量增加到1200戶，新增專精特新企業30戶。",
            [(2027, 1200, "户"), (2027, 30, "户")],
        ),
        ("到2028年，新建充電樁500個，新能源公交車達到300輛。", [(2028, 500, "个"), (2028, 300, "辆")]),
        (
            "到2026年，建成高標準農田20萬畝，糧食產量穩定在80萬噸以上。",
            [(2026, 200000, "亩"), (2026, 800000, "吨")],
        ),
    ],
)
def test_traditional_count_units_give_targets(text: str, expected: list[tuple[int, float, str]]) -> None:
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals if g.value is not None] == expected
    assert not [
        g for g in goals if g.value is None
    ]  # the counted goals are not read as goals without a number


def test_the_simplified_sentence_reads_the_same() -> None:
    traditional = targets_of("到2027年，全縣規上企業數量增加到1200戶。")
    simplified = targets_of("到2027年，全县规上企业数量增加到1200户。")
    assert [(g.year, g.value, g.kind) for g in traditional] == [(g.year, g.value, g.kind) for g in simplified]


def test_a_loan_cap_is_a_max_and_the_base_of_an_interest_subsidy() -> None:
    text = "创业者个人最高可贷15万元，小微企业最高可贷款200万元，财政按贷款市场报价利率给予全额贴息。"
    money = money_of(text)
    assert [(m.surface, m.high, m.kind, m.role) for m in money.values()] == [
        ("15万元", 150000, "max", "basis"),
        ("200万元", 2000000, "max", "basis"),
    ]


def test_the_interest_may_be_named_in_another_sentence_of_the_paragraph() -> None:
    money = money_of("今年起加大贴息贷款支持力度。其中，个人最高可贷15万元。")
    assert [(m.high, m.kind, m.role) for m in money.values()] == [(150000, "max", "basis")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no interest paid: the cap is still a max, but no base of a payout
        ("个人最高可贷15万元。", (150000, "max", "other")),
        # a condition on the loan (…以内的) stays a threshold
        ("对贷款200万元以内的，给予全额贴息。", (2000000, "max", "threshold")),
        # the interest paid is the payout, not its base
        ("单户最多可享受贴息20万元。", (200000, "max", "subsidy")),
    ],
)
def test_near_misses_of_a_loan_cap(text: str, expected: tuple[float, str, str]) -> None:
    assert [(m.high, m.kind, m.role) for m in money_of(text).values()] == [expected]


@pytest.mark.parametrize(
    "later",
    [
        "同时，紧紧围绕品牌建设、园区建设，推动构建“一核两带”茶产业发展格局。",
        "同時，緊緊圍繞品牌建設、園區建設，推動構建“一核兩帶”茶產業發展格局。",
        "此外，加快建设茶叶交易市场。",
        "与此同时，巩固提升茶叶首位产业地位。",
    ],
)
def test_a_task_after_a_connective_names_no_goal(later: str) -> None:
    goals = targets_of("力争2027年全县茶产业综合产值达到50亿元。" + later)
    assert [(g.year, g.value) for g in goals] == [(2027, 50)]


def test_a_goal_after_a_connective_is_still_a_goal() -> None:
    goals = targets_of("力争2027年全县茶产业综合产值达到50亿元。同时，茶产业发展格局基本形成。")
    assert [(g.year, g.value, g.metric) for g in goals] == [
        (2027, 50, "全县茶产业综合产值"),
        (2027, None, "茶产业发展格局基本形成"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2028年，要从产业规模、创新能力、市场主体三个维度实现全面提升。",
            [(2028, None, "要从产业规模、创新能力、市场主体三个维度实现全面提升")],
        ),
        (
            "到2028年，在四个方面取得突破，新建园区3个。",
            [(2028, None, "在四个方面取得突破"), (2028, 3, "新建园区")],
        ),
        ("到2028年，要重点抓好五个方面的工作，新建园区3个。", [(2028, 3, "新建园区")]),
        # near miss: a count of things, not of aspects, is a quantity
        ("到2028年，全县培育龙头企业5个。", [(2028, 5, "全县培育龙头企业")]),
    ],
)
def test_a_count_of_aspects_is_the_scope_of_a_goal(text: str, expected: list) -> None:
    assert [(g.year, g.value, g.metric) for g in targets_of(text)] == expected


def test_a_mixed_numeral_with_wan_is_one_number() -> None:
    text = "到2027年，全省工业营业收入达到2万5000亿元以上，完成投资1万2000亿元。"
    money = money_of(text)
    assert [(m.low, m.high, m.kind) for m in money.values()] == [
        (2.5e12, None, "min"),
        (1.2e12, 1.2e12, "exact"),
    ]
    assert [(g.value, g.kind, g.unit) for g in targets_of(text)] == [
        (25000, "min", "亿元"),
        (12000, "exact", "亿元"),
    ]
    assert [m.low for m in money_of("每人每年补助1万2000元。").values()] == [12000]


def test_a_wan_amount_before_another_amount_stays_apart() -> None:
    # 万元 closes the first amount: the next number is its own
    assert [m.low for m in money_of("全年收入3万元，8000亿元。").values()] == [30000, 8e11]

"""Round 30 (oldvalue33): the old value of a changed payout, cap or rate is other (fixtures/heldout/SOURCES.md, "Written
down in round 30"): 由X提高到Y, 从X调整为Y, 由原来的X增至Y, 分别由X1、X2提高到Y1、Y2 and X提高到Y after a comma. The new
value keeps the role its clause gives it; an agent's 由 with no change after the amount, a condition that grows, and a
goal's base are left as they were.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("甲市将科技奖励标准由4万元提高到9万元。", ["4万元"], ["9万元"]),
        (
            "乙县低保月人均补助标准分别由310元、205元提高到330元、218元。",
            ["310元", "205元"],
            ["330元", "218元"],
        ),
        (
            "新认定企业奖励标准分别由6万元提高到12万元，3万元提高到7万元。",
            ["6万元", "3万元"],
            ["12万元", "7万元"],
        ),
        ("对新入规企业的一次性奖励由原来的8万元增至15万元。", ["8万元"], ["15万元"]),
        ("单个项目年度贴息上限从900万元调整为700万元。", ["900万元"], ["700万元"]),
        ("科技进步奖一等奖奖金由每项6万元提高至每项12万元。", ["6万元"], ["12万元"]),
        ("省財政將種糧大戶補貼標準從每畝140元提高到190元。", ["140元"], ["190元"]),
    ],
)
def test_the_old_value_of_a_changed_payout_is_other(text, old, new):
    money = money_of(text)
    assert [money[s].role for s in old] == ["other"] * len(old)
    assert [money[s].role for s in new] == ["subsidy"] * len(new)


def test_the_old_rate_of_a_changed_grant_rate_is_other():
    ratios = ratios_of("丙省将融资担保风险补偿比例由1%提高到3%，对合作银行给予补偿。")
    assert ratios["1%"].role == "other"
    assert ratios["3%"].role == "subsidy_rate"


def test_a_payout_raised_with_no_old_value_keeps_its_role():
    assert money_of("丁市将一次性创业补贴提高到6000元。")["6000元"].role == "subsidy"
    assert ratios_of("戊县将贷款贴息比例提高到60%。")["60%"].role == "subsidy_rate"


def test_an_agents_you_before_a_payout_changes_nothing():
    assert money_of("补贴资金由市财政按每人每年600元标准拨付。")["600元"].role == "subsidy"


def test_a_condition_that_grows_stays_a_threshold():
    money = money_of("对年产值由2亿元以下增加到4亿元以上的企业，给予50万元奖励。")
    assert money["2亿元以下"].role == "threshold"
    assert money["4亿元以上"].role == "threshold"
    assert money["50万元"].role == "subsidy"


def test_a_goals_base_stays_other_and_its_value_a_target():
    ratios = ratios_of("到2027年，森林覆盖率由2022年的41%提高到45%。")
    assert ratios["41%"].role == "other"
    assert ratios["45%"].role == "target"

"""Census class K (round 23, faults54): a comparison sign right before a number is a bound word written short, as
in the indicator lists and tables of plans: ≥ (≧) is 大于等于, at least (kind min); ≤ (≦) is 小于等于, at most (max).
Target cells already read signs (lexicon [tense] bound_signs); now a share or an amount in running text does too.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("到2030年，全市孕产妇系统管理率≥90%。", "≥90%", 0.9, "min"),
        ("到2030年，全市5岁以下儿童死亡率≤4‰。", "≤4‰", 0.004, "max"),
        ("到2030年，全县城市生活垃圾回收利用率≧ 35%。", "≧ 35%", 0.35, "min"),
        ("到2030年，全县单位产值能耗下降率≦3%。", "≦3%", 0.03, "max"),
    ],
)
def test_a_sign_before_a_share_bounds_it(text, surface, value, kind):
    ratio = ratios_of(text)[surface]
    assert (ratio.value, ratio.kind) == (value, kind)


def test_a_sign_before_an_amount_bounds_it():
    money = money_of("对单个项目的补助≤200万元。")["≤200万元"]
    assert (money.low, money.high, money.kind) == (None, 2000000.0, "max")


def test_the_goal_row_takes_the_signs_bound():
    rows = [(t.year, t.value, t.kind) for t in targets_of("到2030年，全省婴儿死亡率从2020年的6.2‰降到≤5‰。")]
    assert rows == [(2030, 5.0, "max")]

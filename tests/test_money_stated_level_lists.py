"""Census class M1 (round 22, faults53): levels stated in a list closed by 和/及 (产值分别达到1260亿元和173亿元), or followed
by a citation mark (…达6314亿元 [7]), condition nothing: reported or aimed levels, role other, kind exact, as the same
amounts joined by 、 already read. A 的 after them still names who qualifies (a threshold).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "2030年,全县电子、纺织、食品产值分别达52.3亿元、17亿元和9.8亿元,较2025年增长40%。",
            ["52.3亿元", "17亿元", "9.8亿元"],
        ),
        ("去年,全市两大产业集群营业收入分别达到860亿元和415亿元。", ["860亿元", "415亿元"]),
        ("全区文旅和体育产业总产值分别达到73亿元及26亿元,均创历年新高。", ["73亿元", "26亿元"]),
        ("截至今年6月,全省高新技术企业营业收入达3120亿元 [3]", ["3120亿元"]),
    ],
)
def test_levels_listed_with_a_closing_joiner_or_cited_condition_nothing(text, surfaces):
    money = money_of(text)
    for surface in surfaces:
        assert (money[surface].role, money[surface].kind) == ("other", "exact"), surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对年营业收入达到2000万元和5000万元的企业,分别给予10万元、20万元奖励。", "2000万元"),
        ("对年营业收入达到2000万元和5000万元的企业,分别给予10万元、20万元奖励。", "5000万元"),
        ("营业收入达到500万元和研发投入占比3%以上的企业,可申报认定。", "500万元"),
    ],
)
def test_levels_that_name_who_qualifies_stay_thresholds(text, surface):
    assert money_of(text)[surface].role == "threshold"

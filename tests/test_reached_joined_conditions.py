"""Census class K (round 25, faults56): after a reach verb, a second condition joined by 且 before the noun the amount
qualifies (年产值首次达到3000万元且当年增速高于全市平均的企业) leaves the amount a condition: threshold, kind min, as
达到3000万元的企业 is (lexicon [roles] reached_joined_condition_pattern, read in Lexicon.reached_attributive_tail).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("对年经营规模首次达到2500万元且当年增速高于全市平均增速的商贸企业,给予20万元奖励。", "2500万元"),
        (
            "对上半年营业额达9000万元、1.6亿元且同比持平及增长的限上企业,分别给予15万元、25万元奖励。",
            "9000万元",
        ),
        (
            "对上半年营业额达9000万元、1.6亿元且同比持平及增长的限上企业,分别给予15万元、25万元奖励。",
            "1.6亿元",
        ),
        ("对年经营规模达到4000万元并且纳税额增长的服务业企业,给予30万元奖励。", "4000万元"),
    ],
)
def test_a_reached_amount_with_a_joined_condition_is_a_threshold(sentence, amount):
    found = money_of(sentence)[amount]
    assert (found.role, found.kind) == ("threshold", "min")


def test_the_grant_stays_a_subsidy():
    found = money_of("对年经营规模首次达到2500万元且当年增速高于全市平均增速的商贸企业,给予20万元奖励。")[
        "20万元"
    ]
    assert (found.role, found.kind) == ("subsidy", "exact")

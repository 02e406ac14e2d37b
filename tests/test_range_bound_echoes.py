"""A bracket that repeats a range's first bound with an inclusion word (3亿元（含3亿元）至5亿元（不含5亿元）) is an
inclusion mark between the bounds, as （含） is: one range, not two amounts (lexicon [bounds] inclusion_echo_pattern,
parsers/bound_lists.py merge_ranges).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("完成固定资产投资2亿元(含2亿元)至4亿元(不含4亿元)的项目,奖励150万元。", 2e8, 4e8),
        ("年营业收入800万元（含800万元）至3000万元的企业,给予8万元奖励。", 8e6, 3e7),
        ("年纳税额500万元(包含500万元)—1000万元的企业,奖励20万元。", 5e6, 1e7),
        ("对投资6000万元（含）至2亿元的项目,给予60万元补助。", 6e7, 2e8),
    ],
)
def test_an_echoed_first_bound_still_joins_the_range(sentence, low, high):
    ranges = [m for m in money_of(sentence).values() if m.kind == "range"]
    assert [(m.low, m.high) for m in ranges] == [(low, high)]

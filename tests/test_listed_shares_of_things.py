"""Census class L2 (round 23, faults54): a share of the things named after it (50%左右的设市城市进入…) is a goal when no
other quantity of its item is what the goal counts; the item ends at the 、 that opens the next share of the list
(…行列、60%左右的城市…), so the first share of a list of shares of things is a target as the later ones are.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("到2030年，力争全省50%左右的县城达到国家园林县城标准、30%左右的镇达到省级园林城镇标准。", "50%左右"),
        ("到2028年，全市80%的行政村建成美丽乡村示范村、60%的乡镇达到生态乡镇标准。", "80%"),
        ("到2027年，力争40%以上的规上工业企业完成数字化改造、20%以上的企业建成智能工厂。", "40%以上"),
    ],
)
def test_the_first_share_of_a_list_of_shares_of_things_is_a_target(text, surface):
    assert ratios_of(text)[surface].role == "target"


def test_a_share_whose_item_counts_something_else_stays_as_it_was():
    # 30%的企业…建成3个…中心: the item counts the centres, so the share is what qualifies the firms (not asked here)
    roles = ratios_of("到2027年，推动30%的规上企业建成3个以上研发中心。")
    assert roles["30%"].role != "target"

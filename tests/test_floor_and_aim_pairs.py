"""保X争Y: the first figure of a floor-and-aim pair is a minimum (round 37, ratios38).

Stage: kind. 保 (hold) right before a figure and 争 (strive for) opening a second one right after it state the least
the text will accept and a higher aim: 保6%、争7% is at least 6 %, aiming at 7 %; the same for money (保200亿元争300亿元).
The aim stays as written; a lone 保 states no pair.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import money_of, ratios_of


def test_a_share_pair():
    r = ratios_of("甲市提出“保6%、争7%”的增长目标。")
    assert (r["6%"].kind, r["6%"].value) == ("min", 0.06)
    assert (r["7%"].kind, r["7%"].value) == ("exact", 0.07)


def test_a_money_pair():
    m = money_of("新材料产业营业收入保200亿元争300亿元。")
    assert (m["200亿元"].kind, m["200亿元"].low, m["200亿元"].high) == ("min", 2e10, None)
    assert m["300亿元"].kind == "exact"


def test_no_aim_after_it_no_floor():
    assert ratios_of("乙县全年保6.5%增长。")["6.5%"].kind == "exact"
    assert ratios_of("丙区今年确保5%、争取6%。")["5%"].kind == "exact"  # 确保: an aim word of its own

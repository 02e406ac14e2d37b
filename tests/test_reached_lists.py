"""A list of amounts a reach verb opens in an eligibility condition (达到1亿元、3亿元、6亿元的平台) is a list of thresholds,
each the least that qualifies, also when the noun the 的 qualifies is long (a place's name in it); an investment that
sizes a project in a report (投资5亿元的某地示范牧场项目) stays no condition. Sentences made up (round 13)."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _money(sentence: str) -> list[tuple[str, str, str]]:
    doc = parse_bytes(("关于某项奖励的通知\n" + sentence + "\n").encode("utf-8"), "award.txt")
    return [(m.surface, m.kind, m.role) for m in doc.money]


@pytest.mark.parametrize("reach", ["达到", "首次达到"])
def test_every_member_of_a_reached_list_in_a_condition_is_a_threshold(reach: str) -> None:
    found = _money(
        f"对年交易额{reach}1亿元、3亿元、6亿元的平台，分别给予10万元、30万元、50万元的一次性奖励。"
    )
    assert found == [
        ("1亿元", "min", "threshold"),
        ("3亿元", "min", "threshold"),
        ("6亿元", "min", "threshold"),
        ("10万元", "exact", "subsidy"),
        ("30万元", "exact", "subsidy"),
        ("50万元", "exact", "subsidy"),
    ]


def test_a_long_noun_after_a_reached_amount_still_makes_it_a_condition() -> None:
    found = _money(
        "其网上年度交易额首次达到2亿元、5亿元的某某省电子商务平台,分别给予20万元、75万元的一次性奖励。"
    )
    assert [(kind, role) for _, kind, role in found[:2]] == [("min", "threshold"), ("min", "threshold")]


def test_an_investment_sizing_a_project_in_a_report_is_no_condition() -> None:
    found = _money("截至目前，某公司投资5.5亿元的某地奶牛示范牧场项目正加快建设。")
    assert found == [("5.5亿元", "exact", "other")]  # no reach verb: the long noun is no condition

"""A bare year named as the year of the goal list after it (census18b-era misses on heldout74 and heldout88): a verb of
setting may stand before the colon (建议2031年全旗…主要预期目标确定为：A；B；C), and a comparison inside the named list
(主要预期目标：地区生产总值同比增长6.5%左右；…) is the named goal's change, not a report of a result. A list of results
(完成情况：…同比增长5.8%) and a review of a year before the text's date still give nothing. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def test_goals_set_as_after_a_bare_year() -> None:
    text = (
        "建议2031年全旗经济社会发展主要预期目标确定为：地区生产总值增长6.5%左右；固定资产投资增速15%；"
        "一般公共预算收入完成1.57亿元。\n"
    )
    assert target_rows(text) == [
        (2031, "地区生产总值", 6.5, "%", "exact"),
        (2031, "固定资产投资增速", 15.0, "%", "exact"),
        (2031, "一般公共预算收入", 1.57, "亿元", "exact"),
    ]


def test_a_comparison_in_a_named_goal_list_is_the_goals_change() -> None:
    text = (
        "某市《政府工作报告》提出2031年全市经济社会发展主要预期目标：地区生产总值同比增长6.5%左右；"
        "城镇新增就业10万人以上；居民消费价格涨幅控制在3%左右。\n"
    )
    # (years and values only: how the metric is trimmed around 同比 is not this test's concern)
    assert [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text)] == [
        (2031, 6.5, "%", "exact"),
        (2031, 100000.0, "人", "min"),
        (2031, 3.0, "%", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # results, not goals: no words naming goals before the comparison
        "发布日期：2032-01-10\n\n2031年，全市地区生产总值同比增长5.8%，城镇新增就业10.2万人。\n",
        # a review of the year before the text's date
        "发布日期：2032-01-10\n\n2031年主要指标完成情况：地区生产总值同比增长5.8%；城镇新增就业10.2万人。\n",
    ],
)
def test_results_stay_results(text: str) -> None:
    assert target_rows(text) == []

"""A span-ahead statement (未来五年，…) that lists its goals as a goal list does, each a noun and its figure with no goal
verb of its own (…达到17平方米；全市口袋公园600个), keeps every figure that closes its part after a goal of the
sentence (parsers.goal_spans.span_ahead_figure). A figure something else follows, one its part forecasts, and a lone
noun and figure with no goal before it stay no goal. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return target_rows(text, "news.txt")


def test_a_noun_and_figure_after_a_goal_of_the_span_is_a_goal() -> None:
    text = "未来三年，全市人均公园绿地面积达到17平方米；全市口袋公园600个，城市绿道500公里。\n"
    assert _rows(text) == [
        (None, "全市人均公园绿地面积", 17.0, "平方米", "exact"),
        (None, "全市口袋公园", 600.0, "个", "exact"),
        (None, "城市绿道", 500.0, "公里", "exact"),
    ]


def test_shares_after_a_doubling_goal_are_goals() -> None:
    # (the doubling itself is the span's goal of 2 倍, as SOURCES.md round 21 (C4) and the census gold read it since
    # round 35, targets49: …规模翻番，约占GDP的N% holds its 2 倍 row, year null)
    text = "未来五年，推动全市冰雪经济总规模翻番，占全市服务业增加值的12%，冰雪装备制造产值占全市工业产值的2%以上。\n"
    assert [(value, bound) for _, _, value, _, bound in _rows(text)] == [
        (2.0, "exact"),
        (12.0, "exact"),
        (2.0, "min"),
    ]


def test_counts_of_a_list_with_a_bracketed_aside_are_goals() -> None:
    text = (
        "未来五年，全市花卉苗木销售收入达到60亿元，年销售收入1亿元以上的经营主体8家以上(其中5亿元以上2家)，"
        "花卉出口基地6个。\n"
    )
    assert [(value, bound) for _, _, value, _, bound in _rows(text)] == [
        (60.0, "exact"),
        (8.0, "min"),
        (2.0, "exact"),
        (6.0, "exact"),
    ]


def test_a_rate_in_words_named_with_a_budget_word_is_a_goal() -> None:
    text = "未来五年，全市全社会研发投入占GDP比重达到百分之四左右。\n"
    assert _rows(text) == [(None, "全市全社会研发投入占GDP比重", 4.0, "%", "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "未来十年，全市老旧小区改造任务将分布在12个区(县)。\n",  # a place the task is spread over, not closing its part
        "未来五年，全市新能源汽车产业链企业300家。\n",  # a lone noun and figure, no goal before it
    ],
)
def test_figures_that_close_no_list_of_goals_stay_no_goal(text: str) -> None:
    assert _rows(text) == []


def test_a_figure_its_part_forecasts_stays_no_goal() -> None:
    text = "未来五年，全市将推动5G基站覆盖率达到95%以上，预计为数字经济贡献约2个百分点。\n"
    assert [value for _, _, value, _, _ in _rows(text)] == [95.0]


def test_a_yearly_change_by_its_own_verb_is_a_goal_as_growth_is() -> None:
    # 递增/递减 ([roles] yearly_change_verbs) state a yearly rate as 增长 (a goal verb) does
    text = "未来五年，全县地区生产总值年均递增9%，一般公共预算收入年均增长8%。\n"
    assert [value for _, _, value, _, _ in _rows(text)] == [9.0, 8.0]

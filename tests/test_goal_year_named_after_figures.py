"""A year whose sentence names its figures that year's goal after them (提出2032年…增长8%左右的目标) sets targets of
that year, as 今年 there does (round 36, targets52; lexicon [targets] named_goal_year_patterns). A result told with a
目标 (超过…年初提出的…目标, 完成了…的目标) and a year's figure followed by another year's goal stay no goal.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, metric, value, kind) for year, metric, value, _, kind in target_rows(text + "\n", "news.txt")
    ]


def test_a_year_and_its_figure_named_a_goal() -> None:
    text = "东城报 2032-01-05\n全会明确了2033年全区生产总值增长8%左右的目标。"
    assert _rows(text) == [(2033, "全区生产总值", 8.0, "exact")]


def test_several_figures_before_one_goal_word() -> None:
    text = "东城报 2032-01-05\n全会提出2033年全区工业产值增长8%左右、林木覆盖率提高到45%以上的目标。"
    assert _rows(text) == [(2033, "全区工业产值", 8.0, "exact"), (2033, "林木覆盖率", 45.0, "min")]


def test_a_result_beyond_the_goal_set_early_in_the_year_is_none() -> None:
    text = "东城报 2032-01-05\n全区工业产值增长9%，超过2031年年初提出的工业产值增长8%的目标。"
    assert _rows(text) == []


def test_a_year_figure_then_another_year_goal_is_no_goal_of_the_first() -> None:
    text = "东城报 2032-01-05\n2031年全区产值为80亿元，照此增速，2035年的目标产值将超过百亿元。"
    assert all(year != 2031 for year, _, _, _ in _rows(text))

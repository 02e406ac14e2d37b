"""A bare year opening a sentence that lists its metrics, each a level hedged as aimed at (2031年，全县蔬菜种植面积达30万亩
以上，年产量达80万吨以上，综合产值达120亿元以上，带动农民增收突破3亿元；), in a text with no date: the year's plan, every metric
of the sentence its goal (round 31, targets32; lexicon [tense] hedged_level_pattern, aimed_statements_min). One or two
hedged levels may be a review's rounded results, and 稳定在/保持在…以上 is how a review keeps a level: they decide
nothing; words that report (已, 了) make the clause a report whatever its hedges. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _years(text: str) -> list[int]:
    return [year for year, _, _, _, _ in target_rows(text)]


def test_a_run_of_hedged_levels_is_the_years_plan() -> None:
    text = "2031年，全县蔬菜种植面积达30万亩以上，年产量达80万吨以上，综合产值达到120亿元以上，带动农民增收突破3亿元；\n"
    assert _years(text) == [2031, 2031, 2031, 2031]


def test_hedged_changes_and_levels_count_together() -> None:
    text = "2031年，第一产业增加值增长6%左右，龙头企业数达到700户以上，农产品加工产值提高到900亿元左右。\n"
    assert _years(text) == [2031, 2031, 2031]


@pytest.mark.parametrize(
    "sentence",
    [
        "2031年，全市粮食产量达到120万吨以上，农民人均可支配收入达到3万元。",  # one hedged level
        "2031年，全市粮食产量稳定在120万吨以上，蔬菜产量保持在80万吨以上，油料产量稳定在5万吨以上。",  # kept levels
        "2031年，全县蔬菜种植面积已达30万亩以上，年产量达80万吨以上，综合产值达120亿元以上。",  # 已: a report
    ],
)
def test_too_few_or_kept_or_reported_levels_decide_nothing(sentence: str) -> None:
    assert _years(sentence + "\n") == []

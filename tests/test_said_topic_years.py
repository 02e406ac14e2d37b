"""A sentence whose topic is a year, the time the text speaks in (2031年是“十六五”的开局之年，也是…关键一年。), sets the
year 今年 and an opener with no year of their own name after it in that paragraph, in a text with no date (a news page
that gives only a month and a day). Not a year named inside the goal's own sentence, nor a purpose (为确保任务落实，…),
nor a paragraph whose topic sentence names two years. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text, "news.txt")]


@pytest.mark.parametrize(
    "text",
    [
        # 今年 in the next sentence, its goals after 力争全年
        "5月8日，某市举行发布会。\n2031年是“十六五”规划开局之年，也是改革攻坚的关键之年。今年将加快建设港口强市，"
        "努力开创临港产业新格局。力争全年港口吞吐量突破260万吨，临港产业产值突破900亿元。\n",
        # a comma after the year, 一年 for 之年; traditional characters
        "5月8日，某市舉行發布會。\n2031年，是實施新規劃的重要一年。今年將加快建設港口強市。力爭全年港口吞吐量突破260萬噸，"
        "臨港產業產值突破900億元。\n",
        # an opener with no 今年: the year the paragraph speaks of
        "5月8日，某县召开会议。\n2031年是乡村建设的起步之年，也是承上启下的关键一年，全县将加快项目建设。"
        "确保港口吞吐量突破260万吨，临港产业产值突破900亿元。\n",
    ],
)
def test_a_year_that_is_the_topic_names_this_year(text: str) -> None:
    assert _rows(text) == [(2031, 2600000.0, "吨", "min"), (2031, 900.0, "亿元", "min")]


@pytest.mark.parametrize(
    "text",
    [
        # no topic sentence: an undated 今年 names no year
        "5月8日，某市举行发布会。\n今年将加快建设港口强市。力争全年港口吞吐量突破260万吨。\n",
        # two topic years in the paragraph: which one is spoken of is not told
        "5月8日，某市举行发布会。\n2030年是规划收官之年。2031年是新规划开局之年。今年将加快建设港口强市。"
        "力争全年港口吞吐量突破260万吨。\n",
        # a purpose after the topic sentence names no goal
        "5月8日，某区印发方案。\n2031年是规划开局之年。为确保任务落实，根据第十六个五年规划纲要，特制定本工作方案。\n",
    ],
)
def test_no_year_is_spoken_of(text: str) -> None:
    assert _rows(text) == [] or all(year is None for year, *_ in _rows(text))


def test_the_topic_year_does_not_date_a_text_with_a_date() -> None:
    text = "2030年5月8日\n2031年是规划开局之年。今年将加快建设港口强市。力争全年港口吞吐量突破260万吨。\n"
    assert _rows(text) == [(2030, 2600000.0, "吨", "min")]


def test_a_goal_list_after_the_topic_sentence_keeps_its_statement() -> None:
    text = "2031年，是规划的开局之年。报告提出今年的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业12万人。\n"
    assert _rows(text) == [(2031, 5.5, "%", "exact"), (2031, 120000.0, "人", "exact")]

"""A year after a goal opener and 在/于 (round 17, census17 T6′): 力争在2012年进入…, 确保于2025年建成….

在/于 between the opener and the year changes nothing: the year is the goal's, and it carries to the later clauses of
its sentence as 力争到2012年 does. Without an opener, or with a report, 在2025年 opens no goal. None of these sentences is
copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize("opener", ["力争在", "确保在", "争取在", "力争于", "确保于"])
def test_a_year_after_an_opener_and_zai_is_the_goals_year(opener: str) -> None:
    text = f"全县综合实力{opener}2028年进入全省前10名；地区生产总值达到500亿元以上，年均增长8%。"
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit, g.kind) for g in goals] == [
        (2028, 10, "名", "max"),  # 前10名: rank 10 or better (round 28)
        (2028, 500, "亿元", "min"),
        (2028, 8, "%", "exact"),
    ]


def test_a_deadline_after_an_opener_and_zai_is_the_goals_year() -> None:
    goals = targets_of("力争在2027年底前，全市新能源汽车保有量达到20万辆。")
    assert [(g.year, g.value, g.unit) for g in goals] == [(2027, 200000, "辆")]


@pytest.mark.parametrize(
    "text",
    [
        "在2025年，全市生产总值达到1000亿元，比上年增长6%。",  # no opener: a report of 2025
        "该县于2025年，全市生产总值达到1000亿元，完成全年任务。",  # 于 without an opener: a report
    ],
)
def test_zai_and_a_year_without_an_opener_opens_no_goal(text: str) -> None:
    assert [g for g in targets_of(text) if g.year in (2023, 2025)] == []


@pytest.mark.parametrize(
    "text",
    [
        "力争在2020年基础上，全市地区生产总值翻一番，达到2000亿元。",
        "争取在2022年的水平上，全县粮食产量提高5%。",
        "确保在2020年的基础，全县农民人均收入翻一番。",
    ],
)
def test_an_opener_zai_and_a_base_year_opens_no_goal_of_that_year(text: str) -> None:
    # 在2020年(的)基础上/水平上/同期: the year a change is measured from, not the goal's (main reads none of these)
    assert [(g.year, g.metric) for g in targets_of(text)] == []


def test_the_percent_after_a_base_year_stays_other() -> None:
    from parsers.pipeline import parse_bytes

    doc = parse_bytes("争取在2022年的水平上，全县粮食产量提高5%。".encode(), name="base.txt")
    assert [(r.surface, r.role) for r in doc.ratios] == [("5%", "other")]

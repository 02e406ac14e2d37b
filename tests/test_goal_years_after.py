"""Goals stated before the year they reach, in the clause that names it (parsers/goal_years_after.py; census of round
30, year31: a news lead or a plan's digest gives a yearly rate or a list of goals first, its year only later in the
clause). The clause's opening parts take the latest year its statements reach when they aim (a word of intent, a hedge,
a yearly rate) and name no time of their own, report nothing and grant nothing. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _years_and_values(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_a_yearly_rate_takes_the_year_its_clause_reaches_later() -> None:
    text = "某市旅游发展规划发布\n国内游客人数年均增长12%左右，预计2027年达到3000万人次；旅游收入年均增长9%左右。\n"
    assert target_rows(text)[0] == (2027, "国内游客人数年均", 12.0, "%", "exact")
    assert _years_and_values(text)[1:] == [(2027, 30000000.0), (2027, 9.0)]


def test_a_rate_with_its_modal_before_a_bare_year_of_the_level() -> None:
    text = "地区生产总值年均要增长6%以上，2029年全市经济总量要达到1800亿元左右。\n"
    assert _years_and_values(text) == [(2029, 6.0), (2029, 1800.0)]


def test_goals_listed_before_a_deadline_later_in_their_clause() -> None:
    text = "某市汽车产业将以龙头企业为引领，培育500户以上配套企业，全力推进一批重大项目建设，到2029年，建成1个整车基地。\n"
    assert _years_and_values(text)[0] == (2029, 500.0)


def test_the_rate_runs_to_the_latest_year_its_clause_reaches() -> None:
    text = "研发经费投入年均增长10%左右，高新技术企业2027年突破3.5万家、2028年突破3.8万家。\n"
    assert _years_and_values(text)[0] == (2028, 10.0)


@pytest.mark.parametrize(
    "opening",
    [
        "“十四五”期间地区生产总值年均增长6.5%",  # a span of its own
        "过去五年地区生产总值年均增长8%左右",  # a review
        "去年全市生产总值增长6%左右",  # last year
        "全年全市生产总值增长5.5%左右",  # the year the text reviews
        "目前全市生产总值达1200亿元以上",  # the present
        "全市生产总值已达到1200亿元以上",  # done
        "全市生产总值为1200亿元",  # no aim: a level stated
        "对年均增长20%以上的企业给予一次性奖励",  # a measure's condition
    ],
)
def test_an_opening_with_its_own_time_a_report_or_no_aim_takes_no_year(opening: str) -> None:
    text = opening + "，到2030年全市生产总值达到1800亿元。\n"
    assert _years_and_values(text) == [(2030, 1800.0)]

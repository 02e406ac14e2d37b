"""A five-year plan's indicators listed after 包括 with no colon and no 到 year (…十五五规划…设置18项指标，包括A、B…) are
the plan's goals for the period's last year; what stands before 包括 is no goal, and a plan reviewed after its end
sets none."""

from __future__ import annotations

from parsers.pipeline import parse_bytes

TEXT = (
    "市长就某市十五五规划介绍，围绕产业、民生、生态设置18项指标，包括全市工业增加值年均增长6%左右、"
    "常住人口城镇化率达到72%以上、单位生产总值能耗下降13%，空气优良天数比例稳定在90%以上。"
)


def targets(text: str):
    return parse_bytes(text.encode(), "plan.txt").targets


def test_the_indicators_after_the_plans_includes_are_its_goals_for_the_periods_end():
    got = {(t.surface, t.year) for t in targets(TEXT)}
    assert got == {
        ("全市工业增加值年均增长6%左右", 2030),
        ("常住人口城镇化率达到72%以上", 2030),
        ("单位生产总值能耗下降13%", 2030),
        ("空气优良天数比例稳定在90%以上", 2030),
    }


def test_a_traditional_page_reads_the_same():
    text = "某市十五五規畫設置18項指標，包括全市工業增加值年均增長6%左右、常住人口城鎮化率達到72%以上。"
    assert {(t.value, t.year) for t in targets(text)} == {(6, 2030), (72, 2030)}


def test_a_plan_that_includes_no_figures_names_no_goal_year():
    text = "某市十五五规划包括产业发展、城市建设两部分。全市工业增加值增长6%左右。"
    assert all(t.year != 2030 for t in targets(text))


def test_a_span_ahead_alone_after_includes_is_no_goal():
    text = (
        "某市十五五规划纲要提出18项主要指标，包括未来五年，全市工业增加值年均增长6%左右，"
        "常住人口城镇化率达到72%以上。"
    )
    got = [t.surface for t in targets(text)]
    assert "未来五年" not in got
    assert "全市工业增加值年均增长6%左右" in got

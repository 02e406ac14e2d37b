"""A bare planned year read as 到 would be (census18b T3b, G-N1): a plan that states outright that it sets goals, by a
line naming them above the year (一、主要目标 ⏎ 2031年，…) or by a plan's words before the year in its sentence
(方案要求，2031年年底前，…), states that year's goals as 到2031年 would, those with no number among them. A bare year
that reports (a year before the text's date, 比上年, 已) gives nothing, under such a line or not. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_PLAN = "某市2031年民生基础设施补短板实施方案\n\n发布日期：2031-06-28\n\n一、主要目标\n\n"


def test_a_bare_year_under_a_goals_line_states_every_goal_of_its_paragraph() -> None:
    text = _PLAN + (
        "2031年，城乡民生基础设施建设9大工程全面有序推进，完成投资力争超过145亿元。"
        "进一步改善城乡景观面貌。新增城市道路180公里。\n"
    )
    assert target_rows(text) == [
        (2031, "城乡民生基础设施建设9大工程全面有序推进", None, None, None),
        (2031, "投资", 145.0, "亿元", "min"),
        (2031, "进一步改善城乡景观面貌", None, None, None),
        (2031, "城市道路", 180.0, "公里", "exact"),
    ]


def test_the_same_paragraph_with_to_gives_the_same_goals() -> None:
    bare = (
        _PLAN
        + "2031年，城乡民生基础设施建设全面有序推进，完成投资力争超过145亿元。进一步改善城乡景观面貌。\n"
    )
    to = bare.replace("\n2031年，", "\n到2031年，")
    assert target_rows(bare) == target_rows(to)


def test_a_plans_words_before_the_year_frame_its_deadline() -> None:
    text = "方案要求，2031年年底前，累计新改造农村卫生厕所550万户；农村生活污水治理率达到45%以上。\n"
    assert target_rows(text) == [
        (2031, "新改造农村卫生厕所", 5500000.0, "户", "exact"),
        (2031, "农村生活污水治理率", 45.0, "%", "min"),
    ]


def test_a_later_dash_line_keeps_its_own_year() -> None:
    text = _PLAN + "——2031年，工业投资增速达到11%，产业发展全面提速。\n\n——2032年，工业投资增速达到12%。\n"
    assert [(year, value) for year, _, value, _, _ in target_rows(text) if value is not None] == [
        (2031, 11.0),
        (2032, 12.0),
    ]


_DATED = "某市民生基础设施补短板工作情况\n\n发布日期：2031-06-28\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a review of the year before the text's date
        "通报指出，2030年，全市地区生产总值增长5.5%，城乡面貌全面改善。",
        # a result against the year before
        "方案提出，2030年，我市完成投资300亿元，比上年增长10%。",
        # a result stated as done
        "方案要求，2031年，全市已建成城市道路180公里。",
        # a part of a year already run
        "方案要求，2031年上半年，全市完成投资80亿元。",
    ],
)
def test_a_bare_year_that_reports_gives_nothing(paragraph: str) -> None:
    assert target_rows(_DATED + paragraph + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "本办法自2031年1月1日起施行。",
        "2031年第一季度，全市完成投资80亿元。",
        "2030年以来，全市累计建成城市道路180公里。",
        "截至2030年底，全市建成城市道路180公里。",
        "张某，2001年出生，现任某公司经理。",
        "某政办〔2031〕5号",
    ],
)
def test_dates_that_are_no_plan_year_give_nothing(line: str) -> None:
    assert target_rows(_DATED + line + "\n") == []

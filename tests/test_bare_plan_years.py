"""A bare planned year read as 到 would be (census18b T3b, G-N1): a plan that states outright that it sets goals, by a
line naming them above the year (一、主要目标 ⏎ 2031年，…) or by a plan's words before the year in its sentence
(方案要求，2031年年底前，…), states that year's goals as 到2031年 would, those with no number among them. A bare year
that reports (a year before the text's date, 比上年, 已) gives nothing, under such a line or not. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_PLAN = "某市2031年城乡建设提升实施方案\n\n发布日期：2031-06-28\n\n一、主要目标\n\n"


def test_a_bare_year_under_a_goals_line_states_every_goal_of_its_paragraph() -> None:
    text = _PLAN + (
        "2031年，城乡水电气路7大工程全面推进，完成投资力争超过260亿元。"
        "进一步提升城区环境品质。新增城市绿道95公里。\n"
    )
    assert target_rows(text) == [
        (2031, "城乡水电气路7大工程全面推进", None, None, None),
        (2031, "投资", 260.0, "亿元", "min"),
        (2031, "进一步提升城区环境品质", None, None, None),
        (2031, "城市绿道", 95.0, "公里", "exact"),
    ]


def test_a_continued_task_is_no_goal_but_its_figures_are() -> None:
    text = _PLAN + (
        "2031年，城乡水电气路建设全面推进，完成投资力争超过260亿元。"
        "继续实施新一轮和美乡村建设工程，全市整治70个村庄，树立宜居乡村示范村9个，继续推进河道沿线整治绿化。\n"
    )
    assert target_rows(text) == [
        (2031, "城乡水电气路建设全面推进", None, None, None),
        (2031, "投资", 260.0, "亿元", "min"),
        (2031, "村庄", 70.0, "个", "exact"),
        (2031, "树立宜居乡村示范村", 9.0, "个", "exact"),
    ]


def test_the_same_paragraph_with_to_gives_the_same_goals() -> None:
    bare = _PLAN + "2031年，城乡水电气路建设全面推进，完成投资力争超过260亿元。进一步提升城区环境品质。\n"
    to = bare.replace("\n2031年，", "\n到2031年，")
    assert target_rows(bare) == target_rows(to)


def test_a_plans_words_before_the_year_frame_its_deadline() -> None:
    text = "方案要求，2031年年底前，累计新改造农村户厕320万户；农村生活污水治理率达到45%以上。\n"
    assert target_rows(text) == [
        (2031, "新改造农村户厕", 3200000.0, "户", "exact"),
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


# A bare year in the middle of a sentence whose subject states its intent before it (census18b T3b-mid): the intent is
# the year's clause's too, as 到 before the year would make it a goal.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "湖南省将加快建设钢铁高端精品产业基地，重点实施50个大项目，2035年销售收入超过7300亿元。",
            [(2035, "销售收入", 7300.0, "亿元", "min")],
        ),
        (
            "千亿级集群目标：南疆将建设世界级棉纺基地，2035年新增高端纺纱产能50万吨、智能织布机1万台。",
            [(2035, "高端纺纱产能", 500000.0, "吨", "exact"), (2035, "智能织布机", 10000.0, "台", "exact")],
        ),
    ],
)
def test_an_intent_before_a_bare_year_in_its_sentence_dates_the_goal(sentence: str, expected: list) -> None:
    assert target_rows(sentence + "\n") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # 将 marking a moved object (将…作为…), and a result counted up before the year
        "坚持将推动龙头企业高质量发展作为产业发展的重中之重，全市累计培育龙头企业25家，2034年企业资产总额57亿元，"
        "实现营业收入31.7亿元。",
        # a plan named as a noun in the clause before a semicolon: the year after it reports
        "某地黄牛等8个品牌入选全国农业品牌精品培育计划；2034年，农业特色优势产业产值增长3.6%，农产品加工转化率达58%。",
        # a report cue between the intent and the year
        "全市将继续推进产业升级，据统计，2034年全市完成投资300亿元。",
    ],
)
def test_no_intent_of_the_years_clause(sentence: str) -> None:
    assert target_rows(sentence + "\n") == []


def test_an_intent_before_a_year_before_the_texts_date_reports() -> None:
    text = "发布日期：2035-03-01\n\n全市将继续推进产业升级，2034年全市工业投资突破300亿元。\n"
    assert target_rows(text) == []

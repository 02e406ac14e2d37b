"""The shape features of a goal unit (parsers.goal_unit_shape), read by the learned goal detector."""

from __future__ import annotations

import pytest

from parsers.context import TextIndex
from parsers.goal_features import figure_units, unit_features
from parsers.goal_unit_shape import lead_line, part_features, shape_tables
from parsers.lexicon import lexicon


def _shape(text: str) -> list[str]:
    return part_features(text, shape_tables(lexicon()))


@pytest.mark.parametrize(
    ("unit", "shape"),
    [
        # a plan's list: every figure bound (左右, 以上, 以内) and set by a goal verb
        (
            "生产总值增长6%左右，固定资产投资增长8%以上，失业率控制在4.5%以内。",
            ["s:fig=3", "s:bound=all", "s:verb=all"],
        ),
        # a report: figures with no bound and no goal verb
        ("全年生产总值1200亿元，同比6.5%，居民收入3.2万元。", ["s:fig=3", "s:bound=none", "s:verb=none"]),
        # two of three bound (most), one of three with a goal verb (some)
        ("粮食产量50万吨以上，油料10万吨左右，新增农田3万亩。", ["s:fig=3", "s:bound=most", "s:verb=some"]),
        # one figure: its count only
        ("规上工业增加值突破500亿元。", ["s:fig=1"]),
        # a year is no figure
        ("到2027年基本建成。", ["s:fig=0"]),
    ],
)
def test_parts_with_a_figure_are_counted_with_their_bounds_and_goal_verbs(
    unit: str, shape: list[str]
) -> None:
    assert _shape(unit) == shape


def test_four_or_more_figures_share_a_bucket() -> None:
    assert _shape("甲增长1%，乙增长2%，丙增长3%，丁增长4%，戊增长5%。")[0] == "s:fig=4"


def test_the_lead_is_the_line_above_the_paragraph_and_blank_lines_are_skipped() -> None:
    text = "会议明确，今年全县主要目标任务是：\n\n粮食产量50万吨以上。"
    assert lead_line(text, text.index("粮食")) == "会议明确，今年全县主要目标任务是："
    assert lead_line("粮食产量50万吨以上。", 0) == ""


def _features(text: str, current_year: int | None) -> set[str]:
    ix = TextIndex(text, current_year=current_year)
    unit = list(figure_units(ix.norm))[-1]
    return set(unit_features(ix.norm, unit, ix.lex, current_year))


def test_a_goal_lead_with_a_colon_and_its_year_is_read_above_a_list() -> None:
    text = "某县新闻\n会议明确，今年全县主要目标任务是：\n粮食产量50万吨以上，新增企业10家以上。\n"
    found = _features(text, 2031)
    assert {"l:colon", "l:goal", "l:goal_colon", "l:year+", "x:goal_bound"} <= found
    # a past year in the lead, and no goal word: a review's line
    review = _features("某县新闻\n2029年全县完成情况如下：\n粮食产量50万吨，新增企业10家。\n", 2031)
    assert "l:year-" in review and "l:goal" not in review and "x:goal_bound" not in review


def test_a_bound_list_under_a_goal_heading_is_read_as_one_and_an_unbound_one_is_not() -> None:
    plan = "主要目标\n生产总值增长6%左右，财政收入增长5%以上，城镇化率提高1个百分点左右。\n"
    report = "主要成绩\n生产总值增长6%，财政收入增长5%，城镇化率提高1个百分点。\n"
    assert "x:goal_bound" in _features(plan, None)
    assert "x:goal_bound" not in _features(report, None)


def test_an_undated_text_naming_the_year_of_its_work_is_told_apart() -> None:
    body = "主要目标\n生产总值增长6%左右。\n"
    dated_by_work = "编者按：各项部署都在2033年2月6日的辛县政府工作报告中。\n" + body
    assert "w:work" in _features(dated_by_work, None)
    assert "w:work" not in _features(body, None)
    assert "w:work" not in _features(dated_by_work, 2033)  # a dated text needs no work year

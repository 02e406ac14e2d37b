"""Goal classes of round 8 wave 2 (issue 8), on texts written for this file (none copied from a fixture).

* a numbered heading alone on its line that names goals (一、工作目标) over a unit that names no year: the goals of
  the plan's year the text named above it (2027年是…之年), when that year is coming; a comparison with the year before
  (同比增长12%) states the planned change there, no report;
* near misses: no year named above the unit; a year before the text's date; a heading of results (目标完成情况); a
  comparison outside a unit of goals (a report: 同比增长8%).
"""

from __future__ import annotations

from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.targets import extract_targets


def _rows(text: str, current_year: int | None = None) -> list[tuple]:
    index = TextIndex(text, current_year=current_year)
    return [
        (t.year, t.value if t.value is not None else (t.low, t.high), t.unit)
        for t in extract_targets(text, one_clause(text), index)
        if t.value is not None or t.low is not None
    ]


_YEARLESS_UNIT = (
    "{opening}\n"
    "{heading}\n"
    "坚持创新驱动，加快产业转型升级。\n"
    "——产业规模持续扩大。软件业务收入同比增长12%，新增规上企业30家。\n"
    "——创新能力明显增强。认定高新技术企业不少于40家。\n"
    "二、重点任务\n"
    "（一）培育企业。新增企业50家。\n"
)


def test_yearless_goal_unit_takes_the_year_named_above() -> None:
    text = _YEARLESS_UNIT.format(opening="2027年是规划实施的关键之年，现制定本方案。", heading="一、工作目标")
    assert _rows(text) == [(2027, 12.0, "%"), (2027, 30.0, "家"), (2027, 40.0, "家")]


def test_yearless_goal_unit_of_a_plan_period_takes_its_last_year() -> None:
    text = _YEARLESS_UNIT.format(
        opening="为落实《数字经济行动计划（2025—2027年）》，制定本方案。", heading="（一）主要目标"
    )
    assert [row[0] for row in _rows(text)] == [2027, 2027, 2027]


def test_yearless_goal_unit_with_no_year_named_above_gives_no_row() -> None:
    text = _YEARLESS_UNIT.format(opening="为加快软件产业发展，制定本方案。", heading="一、工作目标")
    assert _rows(text) == []


def test_yearless_goal_unit_of_a_past_year_gives_no_row() -> None:
    text = _YEARLESS_UNIT.format(opening="2024年是规划实施的关键之年。", heading="一、工作目标")
    assert _rows(text, current_year=2026) == []


def test_heading_of_results_is_no_goal_unit() -> None:
    text = _YEARLESS_UNIT.format(opening="2027年是规划实施的关键之年。", heading="一、目标完成情况")
    assert _rows(text) == []


def test_comparison_outside_a_goal_unit_still_reports() -> None:
    text = "到2027年，全市软件业务收入达到500亿元。\n今年上半年，软件业务收入同比增长8%。\n"
    assert _rows(text) == [(2027, 500.0, "亿元")]


_COMMA_HEADLINES = (
    "省政府印发沿江地区发展规划。\n"
    "规划提出，到2028年，沿江地区综合实力明显增强，地区生产总值年均增长6%。\n"
    "{first}，高技术产业产值占比达到45%。\n"
    "生态环境持续改善，湿地保护率达到60%。\n"
)


def test_comma_headline_with_a_degree_word_carries_the_year() -> None:
    text = _COMMA_HEADLINES.format(first="创新能力大幅提升")
    assert _rows(text) == [(2028, 6.0, "%"), (2028, 45.0, "%"), (2028, 60.0, "%")]


def test_comma_part_without_a_degree_word_is_no_headline() -> None:
    text = _COMMA_HEADLINES.format(first="省长在会上指出")
    assert _rows(text) == [(2028, 6.0, "%")]


_SUB_HEADED = (
    "记者从会上获悉，政府工作报告描绘了今后五年的发展蓝图。\n"
    "{above}\n"
    "到2030年，全市地区生产总值年均增长6%以上，产业结构持续优化，城乡居民收入稳步增长。\n"
    "生态建设 迈上新台阶\n"
    "推动国土绿化全面提速，森林覆盖率达到48%，单位生产总值能耗下降12%。\n"
)


def test_news_sub_headings_carry_the_year_over_their_paragraphs() -> None:
    text = _SUB_HEADED.format(above="经济发展 迈上新台阶")
    assert _rows(text) == [(2030, 6.0, "%"), (2030, 48.0, "%"), (2030, 12.0, "%")]


def test_a_figure_line_above_is_no_sub_heading() -> None:
    text = _SUB_HEADED.format(above="全市投资完成1000亿元")
    assert _rows(text) == [(2030, 6.0, "%")]


def _goals_without_number(text: str) -> list[str]:
    index = TextIndex(text)
    return [
        t.surface for t in extract_targets(text, one_clause(text), index) if t.value is None and t.low is None
    ]


def test_task_part_before_a_year_phrase_is_the_means_of_its_goal() -> None:
    text = "到2030年，产业结构明显优化，全力推进科创走廊建设，至2030年科技进步贡献率达到65%。\n"
    assert _goals_without_number(text) == ["产业结构明显优化"]
    assert _rows(text) == [(2030, 65.0, "%")]


def test_a_dated_plan_title_line_is_no_goal() -> None:
    text = (
        "2027年全市国民经济和社会发展计划\n"
        "2027年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业5万人以上。\n"
    )
    assert _goals_without_number(text) == []
    assert _rows(text) == [(2027, 6.0, "%"), (2027, 50000.0, "人")]


def test_a_plan_in_a_book_title_opens_no_goal() -> None:
    text = "《2027年全市重点项目投资计划》印发后，全市重点项目完成投资300亿元。\n"
    assert _rows(text) == [] and _goals_without_number(text) == []


def test_a_year_then_a_plan_verb_still_opens_a_goal() -> None:
    text = "2027年，全市计划新增规上企业120家。\n"
    assert _rows(text) == [(2027, 120.0, "家")]


def test_a_number_without_unit_after_a_verb_of_reaching_is_the_goal_value() -> None:
    text = "到2028年，城乡居民收入比缩小到2.1以内，数字化发展水平达到75，建成5G基站3000个。\n"
    assert _rows(text) == [(2028, 2.1, None), (2028, 75.0, None), (2028, 3000.0, "个")]
    assert _goals_without_number(text) == []


def test_a_number_without_unit_and_no_verb_of_reaching_is_none() -> None:
    text = "到2028年，全省排名进入全国前10，数字化发展水平明显提升。\n"
    # round 28 (fixtures/heldout/SOURCES.md): the rank is the goal's figure (前10: rank 10 or better, 位 as no unit is
    # written), not a bare number read as a quantity
    assert _rows(text) == [(2028, 10.0, "位")]


def test_traditional_shrink_reads_as_simplified() -> None:
    text = "到2028年，城鄉居民收入倍差縮小到1.9以內。\n"
    assert _rows(text) == [(2028, 1.9, None)]


def test_a_part_saying_what_the_goals_signify_is_no_goal() -> None:
    text = "到2030年，全省旅游总收入达到5000亿元，昭示文旅产业的巨大潜能，标志着产业迈上新台阶。\n"
    assert _goals_without_number(text) == []
    assert _rows(text) == [(2030, 5000.0, "亿元")]


def test_a_plan_named_as_a_noun_after_a_year_opens_no_goal_of_that_year() -> None:
    text = "2024年启动的新三年行动计划提出，到2026年全市数字经济核心产业增加值突破900亿元。\n"
    assert [row[0] for row in _rows(text)] == [2026]
    assert _goals_without_number(text) == []


def test_yuan_per_head_keeps_its_per_unit() -> None:
    text = "到2027年，全员劳动生产率达到28万元/人，亩均税收达到30万元/亩，人均收入达到5万元。\n"
    assert _rows(text) == [(2027, 280000.0, "元/人"), (2027, 300000.0, "元/亩"), (2027, 50000.0, "元")]


def test_a_sentence_about_the_plan_itself_is_no_goal() -> None:
    text = (
        "到2030年，全省居民收入年均增长7%左右。届时，全省城乡差距明显缩小。"
        "据了解，这是全省首个十年规划，描绘了未来发展的宏伟蓝图，对于全省高质量发展具有重要意义。\n"
    )
    assert _goals_without_number(text) == ["全省城乡差距明显缩小"]
    assert _rows(text) == [(2030, 7.0, "%")]

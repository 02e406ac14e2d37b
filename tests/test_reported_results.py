"""Figures a text reports as reached are no targets (issue 8, round 12): a sentence outside any goal statement that
holds a report cue (预计, 位居, 连续 …) and no word of intent (力争, 将, 目标 …) states results, so its changes by about
so much, its yearly changes and the levels it reaches take role other, not target. Texts written for this file.

Near misses: the same figures with a word of intent, after a goal's year phrase, or under a goal heading stay targets;
in a dated text an estimate for the text's own year or a later one is a forecast the plan states, a target.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, one_clause, ratios_of, targets_of

from parsers.amounts import extract_amounts
from parsers.context import TextIndex


def _ratio_roles(text: str) -> dict[str, str]:
    return {surface: r.role for surface, r in ratios_of(text).items()}


def _money_roles(text: str) -> dict[str, str]:
    return {surface: m.role for surface, m in money_of(text).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estimate of a result: changes by about so much are results
        ("预计全县工业产值增长6.5%左右，农民人均收入增长7%左右。", {"6.5%左右": "other", "7%左右": "other"}),
        ("初步核算，全镇地区生产总值增长4.8%左右。", {"4.8%左右": "other"}),
        ("回顾2030年，丁市工业产值增长6.4%左右。", {"6.4%左右": "other"}),
        # yearly changes ranked against others: results
        ("全镇农产品销售额年均增长12.4%，增速位居全市第二。", {"12.4%": "other"}),
        ("乙区外贸进出口额连续三年年均增长9.6%。", {"9.6%": "other"}),
        # near misses: a word of intent, a goal's year phrase, a goal heading
        ("力争全镇农产品销售额年均增长12.4%，增速位居全市前列。", {"12.4%": "target"}),
        ("预计到2029年，全县工业产值将增长6.5%左右。", {"6.5%左右": "target"}),
        ("今年主要预期目标是：全县工业产值增长6.5%左右。", {"6.5%左右": "target"}),
        ("全县工业产值增长6.5%左右。", {"6.5%左右": "target"}),
    ],
)
def test_ratio_in_a_report_is_no_target(text: str, expected: dict[str, str]) -> None:
    assert _ratio_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("预计丙县实现旅游综合收入48.6亿元。", {"48.6亿元": "other"}),
        ("初步核算，全县一般公共预算收入达到21.3亿元。", {"21.3亿元": "other"}),
        # near misses
        ("力争全年实现旅游综合收入48.6亿元。", {"48.6亿元": "target"}),
        ("到2029年，全县一般公共预算收入达到21.3亿元。", {"21.3亿元": "target"}),
    ],
)
def test_money_in_a_report_is_no_target(text: str, expected: dict[str, str]) -> None:
    assert _money_roles(text) == expected


def _dated_ratio_roles(text: str, year: int) -> dict[str, str]:
    _, ratios = extract_amounts(text, one_clause(text), TextIndex(text, current_year=year))
    return {r.surface: r.role for r in ratios}


def test_estimate_for_the_texts_own_year_is_a_forecast() -> None:
    text = "2030年全县客运量下降2.4%，2031年客运量预计提高3%左右。"
    # in a text of 2031 the estimate for 2031 is what the plan expects; the year before is a result
    assert _dated_ratio_roles(text, 2031)["3%左右"] == "target"
    # read a year later, both years are past: the estimate reports a result
    assert _dated_ratio_roles(text, 2032)["3%左右"] == "other"


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # a year before the text's date, no word of intent: what that year reached
        ("2030年丁市工业产值增长4.2%左右，服务业增加值增长6%左右。", 2031, "other"),
        # a goal met, named by a noun of intent (目标): still a result of a year before the text
        ("2030年，丁市城镇化率提高到61.5%，圆满完成规划确定的目标。", 2031, "other"),
        # a five-year period over by the text's date
        ("“十六五”期间，丁市工业产值年均增长5.3%。", 2036, "other"),
        # near misses: the period still running, a word of intent, the text's own year
        ("“十六五”期间，丁市工业产值年均增长5.3%。", 2033, "target"),
        ("2030年丁市力争工业产值增长4.2%左右，服务业增加值增长6%左右。", 2031, "target"),
        ("2031年丁市工业产值增长4.2%左右，服务业增加值增长6%左右。", 2031, "target"),
    ],
)
def test_figure_dated_before_the_text_is_a_result(text: str, year: int, expected: str) -> None:
    roles = _dated_ratio_roles(text, year)
    assert roles and set(roles.values()) == {expected}, roles


# --- a text dated by a written date with its source, or under a paper's name ----------------------------------


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("子县发布年度报告\n2034年03月05日 来源：子县融媒体中心\n正文。\n", 2034),
        ("子县发布年度报告\n2034年3月5日　作者：某某\n正文。\n", 2034),
        ("子县发布年度报告\n子县日报 2034年03月05日\n正文。\n", 2034),
    ],
)
def test_date_line_with_its_source_dates_the_text(head: str, year: int) -> None:
    assert TextIndex(head).current_year == year


def test_date_inside_a_sentence_dates_no_text() -> None:
    # near miss: a date a sentence names is no page stamp
    assert (
        TextIndex("子县发布年度报告\n会议定于2034年3月5日召开，来源广泛的代表参加。\n").current_year is None
    )


# --- a plan's closing year reported after it ---------------------------------------------------------------------


def _targets(text: str) -> list[tuple]:
    from parsers.pipeline import parse_bytes

    document = parse_bytes(text.encode("utf-8"), "probe.txt")
    return [(t.year, t.value) for t in document.targets]


_DATED = "丑区发展成就发布\n2036年01月12日 来源：丑区发布\n"


def test_closing_year_reported_after_it_sets_no_goal() -> None:
    text = (
        _DATED
        + "“十五五”以来，丑区坚持创新驱动，到2035年底，全区地区生产总值达到380亿元，圆满完成规划确定的各项目标。\n"
        + "到2040年，全区地区生产总值力争突破520亿元。\n"
    )
    assert _targets(text) == [(2040, 520.0)]


def test_closing_year_with_a_verb_of_intent_stays_a_goal() -> None:
    # near miss: a past year with 力争 (a plan copied onto a later page) keeps its goal
    text = _DATED + "近年来，丑区产业加快集聚，力争到2035年，全区地区生产总值达到380亿元。\n"
    assert _targets(text) == [(2035, 380.0)]


def test_same_sentence_in_its_own_years_is_a_goal() -> None:
    # near miss: read before its year, the sentence plans
    text = "丑区发展规划发布\n2031年01月12日 来源：丑区发布\n到2035年底，全区地区生产总值达到380亿元。\n"
    assert _targets(text) == [(2035, 380.0)]


# --- a sentence that sets a goal and reports a figure gives the goal ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2034年，寅市公共自行车投放量达到9000辆，目前已投放4100辆。", [(2034, 9000.0)]),
        ("力争到2034年寅市跨境电商交易额突破900亿元，2031年已达到520亿元。", [(2034, 900.0)]),
        # near misses: a later part with no figure of its own reports the goal met; a comparison reports back
        ("到2031年，寅市公共自行车投放量达到9000辆，已提前完成了目标。", []),
        ("据统计，2031年前三季度，寅市新开门店1.6万家，同比增长4%。", []),
    ],
)
def test_goal_and_report_in_one_sentence(text: str, expected: list[tuple]) -> None:
    assert [(t.year, t.value) for t in targets_of(text)] == expected


# --- the lines under a heading of results ------------------------------------------------------------------------


def _money_roles_of_document(text: str) -> dict[str, str]:
    from parsers.pipeline import parse_bytes

    return {m.surface: m.role for m in parse_bytes(text.encode("utf-8"), "probe.txt").money}


@pytest.mark.parametrize(
    "heading",
    ["◆ 2030年成效盘点", "2030年成就：", "一、2030年工作回顾"],
)
def test_short_result_lines_joined_by_a_comma_are_results(heading: str) -> None:
    text = (
        "辰市政府工作报告解读\n辰市日报 2031年02月01日\n"
        + heading
        + "\n●全市地区生产总值达到2860亿元，增长6.2%\n●一般公共预算收入完成131亿元\n"
        + "■ 2031年目标\n●全市地区生产总值突破3000亿元\n●一般公共预算收入增长5%\n"
    )
    assert _money_roles_of_document(text) == {
        "2860亿元": "other",
        "131亿元": "other",
        "突破3000亿元": "target",
    }


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # review12 item 7: a heading of a year after the text's date names what the plan aims at, though it says 成就
        ("◆ 2032年成就目标：", [(2032, 260.0), (2032, 4.0), (2032, 12.0)]),
        ("一、2032年要取得的成就", [(2032, 260.0), (2032, 4.0), (2032, 12.0)]),
        # near misses: the year of the text's date or one before it, a review
        ("◆ 2030年成效盘点", []),
        ("一、2031年工作回顾", []),
    ],
)
def test_a_review_word_under_a_coming_years_heading_names_goals(heading: str, expected: list[tuple]) -> None:
    from parsers.pipeline import parse_bytes

    text = (
        "辰市发展规划解读\n辰市日报 2031年02月01日\n"
        + heading
        + "\n●全市一般公共预算收入达到260亿元\n●税收收入增长4%\n●新开国际航线12条\n"
    )
    doc = parse_bytes(text.encode("utf-8"), "probe.txt")
    assert [(t.year, t.value) for t in doc.targets if t.value is not None] == expected
    role = "target" if expected else "other"
    assert {m.surface: m.role for m in doc.money} == {"260亿元": role}
    assert {r.surface: r.role for r in doc.ratios} == {"4%": role}


# --- a part of a year already run ----------------------------------------------------------------------------------


def test_first_quarters_of_a_year_are_no_deadline() -> None:
    text = "酉市经济运行通报\n2031-10-25 10:00 来源：酉市统计局\n2031年前三季度，全市地区生产总值增长5.6%左右，规上工业增加值增长8%以上。\n"
    assert _targets(text) == []
    assert _dated_ratio_roles("2031年前三季度，全市地区生产总值增长5.6%左右。", 2031)["5.6%左右"] == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031年1—9月，全市固定资产投资增长7%左右。", "other"),
        ("今年以来，全市实际使用外资增长12%左右。", "other"),
        # near misses: a deadline before a year, a verb of intent for the half year
        ("2031年前，全市固定资产投资年均增长7%左右。", "target"),
        ("上半年力争全市固定资产投资增长7%左右。", "target"),
    ],
)
def test_figure_of_a_part_of_the_year(text: str, expected: str) -> None:
    assert list(_dated_ratio_roles(text, 2031).values()) == [expected]

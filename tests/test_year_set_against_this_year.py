"""A bare year set against this year in its own sentence (parsers.clause_tense): 2022年，…增长4.3%，今年…增长6%左右
tells the year gone by beside this year's aim. With no date on the text and no word of intent before the part that
names this year, the bare year's clause reports (no goal of that year); the words of intent of the this-year part
(力争, 预期目标) are that part's own, and its ratio and money rows keep role target, as does a share named a goal
before its value (…增长目标定为12%), unless that value is a condition's threshold (parsers.roles); texts written for
this file."""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.clause_tense import Tense, clause_tense
from parsers.context import TextIndex
from parsers.lexicon import lexicon
from parsers.pipeline import parse_bytes
from parsers.targets import extract_targets


def _goals(text: str, current_year: int | None = None) -> list[tuple]:
    index = TextIndex(text, current_year=current_year)
    return [(t.year, t.value, t.unit) for t in extract_targets(text, one_clause(text), index)]


def _tense(sentence: str, year: int, text_year: int | None = None) -> Tense | None:
    """The tense of the clause after the sentence's opening year (as GoalReports.year_clause_tense reads it)."""
    start = sentence.index("年") + 1
    return clause_tense(sentence, start, len(sentence), year, text_year, lexicon())


@pytest.mark.parametrize(
    "clause",
    [
        "2022年，乙县地区生产总值增长4.3%左右，今年预期增长6%左右。",
        "2019年，丙省铁矿石产量1.2亿吨，今年的产量增长目标定为12%，全年力争产出1.4亿吨。",
        "2023年，丁市茶叶产值达到18亿元，茶叶产值力争今年达到25亿元以上。",
    ],
)
def test_an_undated_year_told_beside_this_years_aim_reports(clause: str) -> None:
    year = int(clause[:4])
    assert _tense(clause, year) is Tense.REPORT
    assert [goal for goal in _goals(clause) if goal[0] == year] == []  # no goal of the year gone by


def _roles(text: str) -> tuple[list[tuple], list[tuple]]:
    document = parse_bytes(text.encode(), name="x.txt")
    return [(r.value, r.role) for r in document.ratios], [(m.low, m.role) for m in document.money]


@pytest.mark.parametrize(
    ("text", "ratios"),
    [
        (
            "2023年，庚县农业总产值增长3.6%左右，今年预期目标增长7%左右。",
            [(0.036, "other"), (0.07, "target")],
        ),
        (
            "2021年辛市社会消费品零售总额增长4.8%，今年的主要预期目标是社会消费品零售总额增长8%以上。",
            [(0.048, "other"), (0.08, "target")],
        ),
        ("2023年，庚县农业总产值增长3.6%，今年新增就业岗位增长4%。", [(0.036, "other"), (0.04, "other")]),
    ],
)
def test_this_years_aim_keeps_its_role_beside_the_year_gone_by(text: str, ratios: list[tuple]) -> None:
    """Undated, the this-year part with its own words of intent (预期目标, 力争) states this year's aim: its ratio and
    money rows keep role target (fixtures/heldout/SOURCES.md, round 16 Q1) while the year gone by reports; a this-year
    part with no intent (今年新增…增长4%) states nothing aimed at."""
    assert _roles(text)[0] == ratios


def test_this_years_money_aim_is_a_target_and_the_years_result_other() -> None:
    ratios, money = _roles("2024年，壬县果品产值达到9.5亿元，果品产值力争今年达到13亿元，增长12%。")
    assert money == [(9.5e8, "other"), (1.3e9, "target")]
    _, money = _roles("2024年，壬县果品产值达到9.5亿元，今年以来新增果品产值2亿元。")
    assert [role for _, role in money] == ["other", "other"]  # 今年以来: a part of a year already run


def test_the_year_keeps_an_aim_of_its_own() -> None:
    clause = "2027年，戊市力争建成5G基站8000个，今年新建1500个。"
    assert _tense(clause, 2027) is Tense.PLAN


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        # 今年以来: a part of a year already run, which reports of itself, not a this-year part
        ("2030年，全省新能源装机达到5000万千瓦，今年以来新增装机300万千瓦。", Tense.REPORT),
        # 本年度 is no contrast read here
        ("2030年，全省新能源装机达到5000万千瓦，本年度完成投资20亿元。", None),
        ("2026年，全市计划新开工重大项目120个，完成投资800亿元以上。", Tense.PLAN),  # no this-year part
    ],
)
def test_without_a_this_year_part_nothing_changes(clause: str, tense: Tense | None) -> None:
    assert _tense(clause, int(clause[:4])) is tense


def test_a_dated_text_still_decides_by_its_date() -> None:
    assert _tense("2027年，己县粮食产量达到60万吨，今年达到55万吨。", 2027, text_year=2026) is Tense.PLAN
    assert (
        _tense("2025年，己县粮食产量达到52万吨，今年力争达到55万吨。", 2025, text_year=2026) is Tense.REPORT
    )


def test_a_share_named_a_goal_before_its_value_is_a_target() -> None:
    text = "2019年，丙省铁矿石产量1.2亿吨，今年的产量增长目标定为12%，全年力争产出1.4亿吨。"
    document = parse_bytes(text.encode(), name="x.txt")
    assert [(r.value, r.role) for r in document.ratios] == [(0.12, "target")]
    reported = parse_bytes("2019年，丙省铁矿石产量增长8%，完成目标。".encode(), name="y.txt")
    assert [(r.value, r.role) for r in reported.ratios] == [(0.08, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "申报企业上年度技术改造投入占销售收入比重指标为4%以上的，给予20万元奖励。",
        "对单位产值水耗指标是2%以下的园区，优先安排资金。",
        "未完成年度节能目标为8%的单位，予以通报并处以罚款。",
    ],
)
def test_a_goal_noun_before_a_conditions_value_leaves_it_a_threshold(text: str) -> None:
    """A value a goal noun names that qualifies who gets or pays (…指标为4%以上的，给予…; …的园区; …的单位，…罚款) is
    the condition's threshold, not a goal."""
    assert [role for _, role in _roles(text)[0]] == ["threshold"]


def test_a_goal_noun_before_a_value_that_ends_its_statement_is_a_target() -> None:
    assert _roles("甲省确定的明年粮食增产目标为3%。")[0] == [(0.03, "target")]

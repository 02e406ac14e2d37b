"""A state a plan means to reach at a part's end, set beside other parts of its year's statement (round 29): 更加 with
the state (公共服务体系更加完善, 城乡发展更加协调) or an outcome verb of a stage (产业体系初步形成, 补偿机制基本建立,
交通网络全面建成) is a goal with no number even in a statement that otherwise keeps only its goals with a number, as
城区功能不断优化 is (lexicon [targets] state_change_goal_pattern). A past year's report and 更加 before a verb of doing
stay unread. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_REPORT = "某区2033年国民经济和社会发展计划\n\n发布日期：2033-01-11\n\n"


def _goals(body: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(_REPORT + body)]


@pytest.mark.parametrize(
    "phrase",
    [
        "公共服务体系更加完善",
        "文化产品供给更加丰富",
        "城乡区域发展更加协调",
        "现代乡村产业体系初步形成",
        "生态保护补偿机制基本建立",
        "综合立体交通网络全面建成",
    ],
)
def test_a_bare_years_statement_keeps_a_state_reached(phrase: str) -> None:
    assert (2033, phrase, None) in _goals(f"2033年，全区地区生产总值增长6%左右，{phrase}。\n")


def test_a_past_year_reports_its_state() -> None:
    assert _goals("2031年，全区地区生产总值增长6%，公共服务体系更加完善。\n") == []


@pytest.mark.parametrize("part", ["更加注重生态保护", "体系更加完善的地区", "初步形成的产业"])
def test_no_part_without_the_form_at_its_end_is_kept(part: str) -> None:
    assert _goals(f"2033年，全区地区生产总值增长6%左右，{part}。\n") == [(2033, "全区地区生产总值", 6.0)]

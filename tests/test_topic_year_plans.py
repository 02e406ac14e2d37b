"""A year that is first its sentence's topic (2031年是规划开局之年，也是…关键一年，全市将新建…) heads the year's plan in
the parts after the copula's 之年/一年, as a bare 2031年，全市将… does (lexicon planned_goal_year_pattern): its quantified
goals give rows of that year. Not without 将, not in a text dated after the year, not a plenum named by its term and
session (省委十三届四次全会: lexicon [traps] ordinal_pattern). Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text, "news.txt")]


_PLAN = "2031年是规划开局之年，也是承上启下的关键一年，全市将新建高标准农田3万亩，新增设施农业面积1万亩。"
_TWO = [(2031, 30000.0, "亩", "exact"), (2031, 10000.0, "亩", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PLAN, _TWO),
        # traditional characters
        (
            "2031年是規劃開局之年，也是承上啟下的關鍵一年，全市將新建高標準農田3萬畝，新增設施農業面積1萬畝。",
            _TWO,
        ),
        # a comma after the year, one 一年, a count
        ("2031年，是乡村建设的重要一年，全县将新建村级服务中心12个。", [(2031, 12.0, "个", "exact")]),
        # a text dated that year
        ("2031年1月5日\n" + _PLAN, _TWO),
        # a plenum the plan carries out is no count of anything
        (
            "2031年是规划开局之年，全市将全面落实省委十三届四次全会部署，新建高标准农田3万亩。",
            [(2031, 30000.0, "亩", "exact")],
        ),
        # no figure in the topic's sentence: its 将 leads tasks, and the title's work plan keeps its section's goals
        (
            "某局2031年工作计划\n2031年是规划开局之年，全局将紧紧围绕中心工作，重点抓好以下几项工作：\n"
            "（一）推动产业发展。茶叶产值增长15%以上。\n",
            [(2031, 15.0, "%", "min")],
        ),
    ],
)
def test_a_topic_year_heads_its_plan(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no 将: what the year was, and what was done
        "2030年是规划收官之年，全市新建高标准农田3万亩，新增设施农业面积1万亩。",
        # a text dated after the year tells that year's plan
        "2033年1月5日\n" + _PLAN,
        # a rule the plan states is no goal (as after 2031年，全市将…)
        "2031年是规划开局之年，全市将实施乡村建设行动，补贴比例为40%。",
    ],
)
def test_no_goal_of_the_topic_year(text: str) -> None:
    assert _rows(text) == []

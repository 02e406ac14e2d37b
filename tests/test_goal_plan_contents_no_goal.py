"""News of what a plan holds for a year, not a state to reach (round 35, issue 8, targets47): a verb of setting goals
before the year (明确了到2025年…, 提出到…) opens the year's statement, but a part that names the plan's contents (的重点
任务和保障措施, 分三步走的实施路径, 的总体思路和基本原则, …的要求) or only names goals of other years (以及到2035年、
2050年的远景目标) is no goal without a number. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, metric) for year, metric, _, _, _ in target_rows(text + "\n", "news.txt")]


@pytest.mark.parametrize(
    "text",
    [
        "《方案》明确了到2026年的重点任务和保障措施。",
        "《方案》提出了到2026年分三步走的实施路径。",
        "文件确立了到2031年的总体思路和基本原则。",
        "会议提出了到2026年全面推进乡村振兴的要求。",
        "《规划》提出了到2021年、2023年两个时间节点的发展目标，以及到2036年、2051年的远景目标。",
    ],
)
def test_a_plans_contents_for_the_year_are_no_goal(text: str) -> None:
    assert _rows(text) == []


def test_a_goal_after_the_plans_roadmap_is_still_read() -> None:
    assert _rows("《方案》明确了到2026年的时间表和路线图，全面建成现代化产业体系。") == [
        (2026, "全面建成现代化产业体系")
    ]


def test_a_goal_met_by_a_standards_requirement_is_still_a_goal() -> None:
    assert _rows("到2026年，全市地表水水质全面达到国家标准的要求。") == [
        (2026, "全市地表水水质全面达到国家标准的要求")
    ]

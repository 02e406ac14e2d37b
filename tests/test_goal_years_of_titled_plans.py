"""A bare year after a plan named by its title (《…规划》提出，2027年…) or after a plan that sets out its goals across
parts with no figure (规划提出，作为主产区，…，2027年…): the clause is the plan's, so it aims, in a text with no date too
(census of round 30, year31; lexicon [tense] plan_title_frame_pattern). 指出 states what is as well, and a report cue
still reports. The frame decides the clause's tense only: its quantified goals count, as a bare plan year's do.
Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _years_and_values(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "记者获悉，《某省数字经济发展规划》提出，2027年，全省数字经济核心产业增加值占比达到12%以上，建成5G基站8万个。\n",
            [(2027, 12.0), (2027, 80000.0)],
        ),
        ("《某市关于加快科技创新的实施意见》明确，2026年，新增高新技术企业300家以上。\n", [(2026, 300.0)]),
        (
            "规划提出，作为全国的主产区，两省综合生产能力稳步提升，2027年两省甘蔗面积稳定在1500万亩。\n",
            [(2027, 15000000.0)],
        ),
    ],
)
def test_a_titled_plan_or_one_setting_out_across_parts_frames_a_bare_year(text: str, expected: list) -> None:
    assert _years_and_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "《规划》指出，2020年，全省数字经济规模达到1.5万亿元。\n",  # 指出: the base year stated
        "《规划》提出，2020年，全省数字经济规模已达到1.5万亿元。\n",  # a report cue reports
        "会议听取了各方面意见，2026年全县新增企业50家。\n",  # 意见 with no title: no plan named
        "规划提出，全省高新技术企业1500家，2027年全省新增企业50家。\n",  # a figure between: no frame over parts
    ],
)
def test_a_statement_a_report_or_no_plan_frames_nothing(text: str) -> None:
    assert _years_and_values(text) == []


def test_a_titled_frame_gives_the_quantified_goals_only() -> None:
    text = "《某市产业链发展行动方案》提出，2027年，建立健全产业链协同机制，新增链主企业50家。\n"
    assert [(year, metric) for year, metric, _, _, _ in target_rows(text)] == [(2027, "链主企业")]

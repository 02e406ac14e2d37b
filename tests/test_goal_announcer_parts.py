"""A part of a goal sentence that tells who set what (丙县确定; 乙市提出实施“三大工程”; 某区则发出…动员令; 丁市也规划出…
思路) is the news frame of a measure, no goal without a number (round 37, falsegoals37; lexicon [targets]
no_goal_announcer_pattern and no_goal_report_pattern, parsers.goal_clauses.no_goal_part). A proposal whose rest is a
state (甲省提出农村居民收入增长高于城镇居民) keeps it as the goal.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _parts(sentence: str) -> list[str]:
    return [t.surface for t in targets_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "goals"),
    [
        (
            "到2031年，全县竹产业综合产值达到50亿元，丙县确定，竹木加工园区扩区工作年内启动。",
            ["全县竹产业综合产值达到50亿元", "竹木加工园区扩区工作年内启动"],
        ),
        (
            "到2031年，全市冰雪旅游接待人次突破800万人次，乙市提出实施“三大工程”。",
            ["全市冰雪旅游接待人次突破800万人次"],
        ),
        (
            "到2031年，全区软件业务收入达到300亿元，某区则发出软件产业攻坚的动员令。",
            ["全区软件业务收入达到300亿元"],
        ),
    ],
)
def test_announcing_parts_are_no_goal(sentence: str, goals: list[str]) -> None:
    assert _parts(sentence) == goals


def test_a_proposed_state_stays_a_goal() -> None:
    sentence = "到2031年，甲省提出农村居民收入增长高于城镇居民，城乡居民收入比缩小至2.1。"
    assert _parts(sentence) == ["甲省提出农村居民收入增长高于城镇居民", "城乡居民收入比缩小至2.1"]

"""A part of a goal sentence that is only a date (2029年5月, 至2031年) or only a clause of when (…进入旺盛期后) names no
goal without a number (round 37, falsegoals37; lexicon [targets] no_goal_time_word_pattern,
parsers.goal_clauses.no_goal_part). The goals around it stay.

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
        ("到2031年，全县油茶林面积达到30万亩，2029年5月，县里印发了扶持办法。", ["全县油茶林面积达到30万亩"]),
        (
            "到2031年，全县脐橙种植面积稳定在12万亩，挂果进入旺盛期后，年产鲜果达到20万吨。",
            ["全县脐橙种植面积稳定在12万亩", "年产鲜果达到20万吨"],
        ),
    ],
)
def test_time_parts_are_no_goal(sentence: str, goals: list[str]) -> None:
    assert _parts(sentence) == goals


def test_a_goal_that_ends_in_a_time_word_stays() -> None:
    assert _parts("到2031年，全县乡村旅游接待人次比2028年翻一番，景区服务质量明显提升。") == [
        "全县乡村旅游接待人次比2028年翻一番",
        "景区服务质量明显提升",
    ]

"""Parts of a goal statement that only give the ground or the source of what follows (按规划，; 综合考虑…条件，; 详见附件2;
具体包括：; 报告显示，) name no goal without a number (round 36, falsegoals36; lexicon [targets] no_goal_ground_pattern and
no_goal_frame_end_pattern, parsers.goal_clauses.no_goal_part). A part that goes on to its verb (按照规划建成…) and the goals
around them stay.

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
        ("到2031年，按规划，全县生态环境质量持续改善。", ["全县生态环境质量持续改善"]),
        (
            "到2031年，综合考虑国内外发展趋势和本省发展条件，全省综合实力明显提升。",
            ["全省综合实力明显提升"],
        ),
        (
            "到2031年，全市数字经济核心产业增加值占比达到12%，详见附件2。",
            ["全市数字经济核心产业增加值占比达到12%"],
        ),
        (
            "到2031年，全市乡村振兴取得重要进展。具体包括：农业基础更加稳固，农民收入持续增长。",
            ["全市乡村振兴取得重要进展", "农业基础更加稳固", "农民收入持续增长"],
        ),
        (
            "对于2031年的预期目标，报告显示，全市城乡居民收入增长与经济增长基本同步。",
            ["全市城乡居民收入增长与经济增长基本同步"],
        ),
    ],
)
def test_a_ground_or_a_source_is_no_goal(sentence, goals):
    assert _parts(sentence) == goals


def test_a_part_going_on_to_its_verb_stays_a_goal():
    assert _parts("到2031年，按照规划建成城乡一体的供水体系。") == ["按照规划建成城乡一体的供水体系"]

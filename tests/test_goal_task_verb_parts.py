"""Parts of a goal sentence that name work on what exists (培育壮大…, 巩固提升…, 改造升级…, 对标…, 锚定…), 丰富…供给,
严格…管理, or 全面深化/充分发挥 … are tasks, no goal without a number (SOURCES.md round 27: tasks are left out; round 37,
falsegoals37; lexicon [targets] no_goal_task_pattern, parsers.goal_clauses.no_goal_part). A state the goal names with
the same verbs (…规模不断壮大, 优势进一步巩固) and the figures beside the tasks stay.

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
            "到2031年，全县茶叶综合产值达到60亿元，培育壮大茶旅融合新业态，巩固提升茶叶加工首位产业。",
            ["全县茶叶综合产值达到60亿元"],
        ),
        (
            "到2031年，全区船舶修造业产值突破80亿元，改造升级船台码头等传统设施，对标国际绿色船厂建设要求。",
            ["全区船舶修造业产值突破80亿元"],
        ),
        (
            "到2031年，全市陶瓷产业链更加完善，全面深化国有企业改革，充分发挥龙头企业带动作用。",
            ["全市陶瓷产业链更加完善"],
        ),
        (
            "力争到2031年，全省竹林面积稳定在1500万亩，推动全省竹产业高质量发展。",
            ["全省竹林面积稳定在1500万亩"],
        ),
        (
            "到2031年，全省蚕桑基地面积稳定在90万亩，丰富蚕丝制品有效供给，严格桑园用药管理。",
            ["全省蚕桑基地面积稳定在90万亩"],
        ),
    ],
)
def test_task_parts_are_no_goal(sentence: str, goals: list[str]) -> None:
    assert _parts(sentence) == goals


def test_a_state_reached_with_the_same_verbs_stays_a_goal() -> None:
    sentence = (
        "到2031年，全县茶旅融合新业态不断壮大，茶叶加工首位产业地位进一步巩固，推动竹产业成为县域主导产业。"
    )
    assert _parts(sentence) == [
        "全县茶旅融合新业态不断壮大",
        "茶叶加工首位产业地位进一步巩固",
        "推动竹产业成为县域主导产业",
    ]

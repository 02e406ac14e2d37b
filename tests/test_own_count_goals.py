"""Census class C (round 23, faults54): a count of the text's own focuses, policy measures, indicators or milestones
(围绕六项重点，…; 《八条政策措施》的出台; 以20项指标作为…; 两个时间节点的目标) counts what the text itself lists, no goal:
no row, as for 七项工作任务 (lexicon [targets] own_task_pattern). A count of things to build stays a goal.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "到2032年，全县农业农村工作将围绕六项重点，持续提升粮食产量。",
        "《八条政策措施》的出台，为2032年全市民营经济发展起到推动作用。",
        "2032年，某县以20项指标作为考核评价美丽乡村的基本内容。",
        "规划提出到2030年、2035年两个时间节点的发展目标。",
    ],
)
def test_a_count_of_the_texts_own_parts_gives_no_quantified_row(sentence):
    assert [t for t in targets_of(sentence) if t.value is not None] == []


def test_a_count_of_things_to_build_is_still_a_goal():
    rows = [
        (t.year, t.value) for t in targets_of("到2032年，全市建成六个重点实验室，新增时间节点监测站20个。")
    ]
    assert rows == [(2032, 6.0), (2032, 20.0)]

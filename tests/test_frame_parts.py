"""Census class G (round 25, faults56): a part that only sets the ground, the condition, the means, the rule or the
base of the goals after it is a frame, no goal without a number (lexicon [targets] frame_pattern):
在…的基础上 / 在…前提下, …的前提下, 根据/按照…, 通过 + a measure (not 通过…验收, a goal), 相较于…, 与…相比.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _surfaces(sentence):
    return [t.surface for t in targets_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2031年,在基本建成现代化强市的基础上,全面实现城乡一体化。", ["全面实现城乡一体化"]),
        ("到2031年,在确保粮食生产安全前提下,建成现代农业示范区。", ["建成现代农业示范区"]),
        ("到2031年,在主要河流来水正常的前提下,建成节水型社会。", ["建成节水型社会"]),
        ("到2031年,根据规划安排,新增学位将重点向山区倾斜。", ["新增学位将重点向山区倾斜"]),
        ("到2031年,通过全面推行田长制,耕地保有量达到120万亩。", ["耕地保有量达到120万亩"]),
        ("到2031年,相较于“十四五”末,再生铝利用量增长12%左右。", ["再生铝利用量增长12%左右"]),
        ("到2031年,与上年相比,建成区绿地率提高到40%。", ["建成区绿地率提高到40%"]),
    ],
)
def test_a_frame_part_is_no_goal(sentence, expected):
    assert _surfaces(sentence) == expected


def test_passing_an_inspection_stays_a_goal():
    assert _surfaces("到2031年,通过国家生态县复核,建成美丽乡村示范县。") == [
        "通过国家生态县复核",
        "建成美丽乡村示范县",
    ]

"""Census class O (round 24, faults55): an ordinal of a session, a census, a round, a batch or an issue (第14届人民代表大会
第2次会议, 第五次全国经济普查, 第三批, 第2期) names which one, no amount of anything: no goal row takes it for its number
(lexicon [traps] ordinal_pattern). A rank (全国第1位) and a sector's name (第一产业增加值增长5%) are not such ordinals.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "市第十六届人民代表大会第四次会议开幕，市长在报告中提出，2031年全市经济增长目标为6%左右；同日，邻市举行第9届人民代表大会第4次会议。",
        "2031年，全县将高标准做好第六次全国经济普查工作，地区生产总值增长6%左右。",
        "2031年主要预期目标：地区生产总值增长6%左右；高标准完成第六次全国农业普查。",
        "到2031年，全市力争入选第三批国家级示范区，地区生产总值增长6%左右。",
        "2031年，全区将举办第十二期创业培训班，地区生产总值增长6%左右。",
        "到2031年，全省将开展第十轮对口帮扶，地区生产总值增长6%左右。",
    ],
)
def test_an_ordinal_gives_no_goal_its_number(sentence):
    assert [t.value for t in targets_of(sentence) if t.value is not None] == [6.0]


def test_a_sector_keeps_its_figure_and_a_rank_its_goal():
    rows = [
        (t.surface, t.value)
        for t in targets_of("到2031年，全市第一产业增加值增长5%，粮食产量保持全省第1位。")
    ]
    # round 28 (fixtures/heldout/SOURCES.md): a rank as the goal is a target, 第1位 exact
    assert rows == [("全市第一产业增加值增长5%", 5.0), ("粮食产量保持全省第1位", 1.0)]

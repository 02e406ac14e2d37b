"""Census class T (round 24, faults55): an amount sizing the noun right after it that 一批 counts (培育一批产值超过10亿元
椰子加工龙头企业, with no 的 between) says which firms count, no quantity of the goal: a goal without a number, as with 的
(一批产值超10亿元的龙头企业). A count of such firms (龙头企业5家) still is the goal's number.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "到2030年，培育一批销售收入超过20亿元食品加工骨干企业。",
        "到2031年，全市打造一批营业收入超50亿元产业集群。",
        "到2031年，壮大一批年产值5亿元以上农产品加工企业。",
    ],
)
def test_an_amount_sizing_what_a_batch_counts_is_no_number(sentence):
    rows = targets_of(sentence)
    assert rows and [t.value for t in rows] == [None]


def test_a_count_of_sized_firms_keeps_its_number():
    assert [t.value for t in targets_of("到2030年，培育营业收入超20亿元骨干企业8家。")] == [8.0]

"""A bare scale word sizing the noun a 一批 counts (一批百亩示范田、千亩攻关田: fields of a hundred mu, a class of
things) is no goal's quantity (parsers.goal_quantities batch_attribute), as an amount inside a 一批 noun's 的-modifier
is not; a scale word that is the quantity (新增茶园千亩) still is. Pages of my own wording."""

from __future__ import annotations

import pytest
from goal_layout_probes import Probe, matches, parsed_rows

PROBES = [
    Probe(
        "batch sizes/a list of sized fields a 一批 counts, then a quantity",
        "某县农业农村工作会议\n2027年，全县将建设一批小麦百亩示范方、千亩高产田；新建高标准农田8万亩。\n",
        ((2027, 80000.0, "亩"),),
    ),
    Probe(
        "batch sizes/a sized field in a batch, a count after it",
        "某县农业农村工作会议\n到2027年，培育一批千亩茶园示范片，茶叶产量达到1.2万吨。\n",
        ((2027, 12000.0, "吨"),),
    ),
    Probe(
        "batch sizes/no batch: the scale word is the quantity",
        "某县农业农村工作会议\n到2027年，全县新增茶园千亩，茶叶产量达到1.2万吨。\n",
        ((2027, 1000.0, "亩"), (2027, 12000.0, "吨")),
    ),
]


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_a_size_word_in_a_batch_is_no_quantity(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"

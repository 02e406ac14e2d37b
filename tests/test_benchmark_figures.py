"""Census class K3 (round 24, faults55): a comparator reaching its figure across the name of what is compared with, the
figure then 的 and a rate or level (低于第三产业7.6%的增速, 高于全国5%的GDP增速, 高於全國5.5%的平均水平, 超过年初预定增
14%的目标) gives the benchmark's own figure: no bound of it, kind exact (lexicon [bounds.adjacency]
benchmark_after_pattern). A comparator right before its figure (实现高于5%的增长) and an after-word (超过…百分之五十以上的)
still bound it.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("今年前三季度全县工业增速达9.1%，高于全省6.2%的平均增速。", "6.2%"),
        ("第一产业增速仅2.8%，低于服务业6.4%的增速。", "6.4%"),
        ("全市生产总值增长8.3%，超过年初确定7.5%的目标。", "7.5%"),
        ("城镇居民收入增幅远高于全国4.9%的增长率。", "4.9%"),
        ("本县增长7.2%，高於全國5.1%的平均水平。", "5.1%"),
    ],
)
def test_a_benchmarks_own_figure_is_exact(sentence, surface):
    ratios = ratios_of(sentence)
    found = [m for s, m in ratios.items() if s.endswith(surface)]
    assert [m.kind for m in found] == ["exact"]


def test_a_benchmarks_amount_is_exact_too():
    assert money_of("农民人均可支配收入2.6万元，高于全省2.1万元的平均水平。")["2.1万元"].kind == "exact"


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("力争实现高于6%的增长。", "高于6%", "min"),
        ("超过核定载畜量百分之二十以上的，每个羊单位罚款二十元。", "超过核定载畜量百分之二十以上", "min"),
    ],
)
def test_a_comparator_right_before_its_figure_still_bounds_it(sentence, surface, kind):
    assert ratios_of(sentence)[surface].kind == kind

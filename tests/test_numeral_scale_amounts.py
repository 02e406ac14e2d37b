"""Census class S (round 24, faults55): a scale that holds its own numeral (百亿元, 千亿元, 万亿元, 千万元) is an amount with
no digit before it (实现产值百亿元; round 16: a size class with a numeral written is a required row), kind min when it
names a class (千亿元级, 千亿元产业, 进入百亿元集群行列). Not after a word of a vague many (数百亿元, 上千万元), not a step
counted (跨越3个千亿元台阶) nor a rate's denominator (百亿元地区生产总值专利授权数). (lexicon [money] numeral_scales and
the patterns after it; parsers/candidates.py _bare_scale.)

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high", "kind"),
    [
        ("用3年时间，实现茶叶全产业链产值百亿元。", "百亿元", 1e10, 1e10, "exact"),
        ("到2030年，全市力争打造2个千亿元级产业集群。", "千亿元", 1e11, None, "min"),
        ("全区电子信息产业进入千亿元阵营。", "千亿元", 1e11, None, "min"),
        ("该县迈入全省百亿元县行列。", "百亿元", 1e10, None, "min"),
        ("培育形成一批千万元企业。", "千万元", 1e7, None, "min"),
        ("打造若干个百亿元级产业集群。", "百亿元", 1e10, None, "min"),
    ],
)
def test_a_scale_with_its_numeral_is_an_amount(sentence, surface, low, high, kind):
    m = money_of(sentence)[surface]
    assert (m.low, m.high, m.kind) == (low, high, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "全市累计吸引投资数百亿元。",
        "每个项目投资上千万元。",
        "五年间全省地区生产总值连跨两个千亿元台阶。",
        "每百亿元地区生产总值专利授权数达到300件。",
    ],
)
def test_a_vague_many_a_step_or_a_denominator_is_no_such_amount(sentence):
    assert not [s for s, m in money_of(sentence).items() if s in ("百亿元", "千万元", "千亿元")]

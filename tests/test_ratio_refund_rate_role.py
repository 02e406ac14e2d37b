"""Census class M9: a refund paid back at a rate (退还…的30%, 返还…的50%) is a rate paid (subsidy_rate), like a grant's.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("室内温度低于十六摄氏度的，退还不达标天数供热费的40%。", "40%", 0.4),
        ("由财政用企业当年缴纳的地方税收返还企业土地出让金的60%。", "60%", 0.6),
        ("对按期完成改造的，返还已缴保证金的80%。", "80%", 0.8),
    ],
)
def test_a_refund_at_a_rate_is_a_rate_paid(text, surface, value):
    r = ratios_of(text)[surface]
    assert (r.value, r.kind, r.role) == (value, "exact", "subsidy_rate")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # a penalty's base stays the penalty's
        ("逾期不退还的，处应退还金额30%的罚款。", "30%", "other"),
        # a refund's rate set by a copula: a policy's setting (test_census_classes), not this rule's
        ("今年将继续实施稳岗返还政策，返还比例为60%。", "60%", "other"),
        # a reported share of refunds: a report, no rate paid
        ("2023年，全市退还税款同比增长15%。", "15%", "other"),
        # a statistic of the refund (占…的12%): the share is no object of the refund verb
        ("2025年全市税收返还占地方财政收入的12%，同比下降3个百分点。", "12%", "other"),
    ],
)
def test_a_refund_word_in_a_penalty_or_a_report_is_no_rate_paid(text, surface, role):
    assert ratios_of(text)[surface].role == role

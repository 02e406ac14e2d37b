"""A band whose lower end carries an inclusion note before its bound word (round 36, money49).

营业收入在300万元(含300万元)以上至600万元的…: the note （含X） stands between the number and its 以上, so the lower end's
surface stops before it; the band is still one range X–Y (300万–600万), and the upper number is no row of its own. The
band before a head noun, with the award after it, is a condition: threshold.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        (
            "营业收入在300万元(含300万元)以上至600万元的企业，每家奖励2万元。",
            "300万元(含300万元)以上至600万元",
            3e6,
            6e6,
        ),
        (
            "纳税额在150万元（含150万元）以上至400万元的纳税人，奖励1.5万元。",
            "150万元（含150万元）以上至400万元",
            1.5e6,
            4e6,
        ),
        (
            "营业收入在300万元(含300万元)以上600万元以下的企业，奖励2万元。",
            "300万元(含300万元)以上600万元以下",
            3e6,
            6e6,
        ),
    ],
)
def test_a_band_with_an_inclusion_note_is_one_range(text, surface, low, high):
    money = money_of(text)
    assert len(money) == 2, list(money)
    m = money[surface]
    assert (m.kind, m.low, m.high, m.role) == ("range", low, high, "threshold")


def test_a_note_with_another_bound_word_is_no_band():
    # 以下 after the note is the lower number's own bound the other way: no range across it
    money = money_of("营业收入在300万元(含300万元)以下至600万元的企业，奖励2万元。")
    assert money["300万元"].kind == "max"

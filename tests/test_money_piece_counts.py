"""块 counts things, not yuan, where its sentence names a thing counted in 块 shortly before it (round 36, falsegoals36;
lexicon [money] weak_unit_count_nouns): 足球场地数量达到1.2块，…每万人达到1.5块以上 counts pitches, even before a mark,
where 块 would otherwise read as money. A subsidy's 块 (每天补贴50块) stays money.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import money_of


def test_pitches_counted_in_kuai_are_no_money() -> None:
    sentence = "到2031年，每万人拥有足球场地数量达到1.2块，有条件的城区每万人达到1.5块以上。"
    assert money_of(sentence) == {}


def test_a_subsidy_in_kuai_stays_money() -> None:
    found = money_of("每天补贴50块，每人每月最多1500块。")
    assert [(m.surface, m.low) for m in found.values()] == [("50块", 50.0), ("最多1500块", None)]

"""Census class M3 (round 22, faults53): a penalty word named among the costs a payout excludes (…最高80万元，不含罚息和
违约金; 不包括违约金、滞纳金) fines nobody: the payout stays a subsidy. A penalty word outside such an exclusion still makes the
sentence's amounts penalties.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对符合条件的企业按贷款利息的50%给予补贴,每年补贴总额最高80万元,不含罚息和违约金。", "最高80万元"),
        ("给予租金补贴,每户每月最高2000元,不包括违约金、滞纳金等费用。", "最高2000元"),
    ],
)
def test_a_penalty_word_a_payout_excludes_fines_nobody(text, surface):
    assert money_of(text)[surface].role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("逾期不缴纳的,处5000元罚款,并加收滞纳金。", "5000元"),
        ("违反本规定的,没收违法所得,并处1万元以上5万元以下罚款。", "1万元以上5万元以下"),
    ],
)
def test_penalty_words_outside_an_exclusion_still_fine(text, surface):
    assert money_of(text)[surface].role == "penalty"

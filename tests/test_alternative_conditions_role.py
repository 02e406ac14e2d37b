"""Census class of round 30 (roles32): bounded figures offered as alternatives (…X及以上，或…Y及以上; …占…2%以上不到6%，
或者…占…4‰以上不到9‰，…的，处…) are ways to qualify: thresholds, money and ratios alike. A fine offered as an
alternative stays a penalty; alternative caps of a grant stay a payout's caps.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of

SIZES = "重点项目：固定资产投资额8000万元及以上，或年营业收入6000万元及以上，或年纳税额800万元及以上。"
TIERS = "有下列情形之一的，按下列规定处理：（一）漏报数额占应报数2%以上不到6%，或者漏报人数占应报数4‰以上不到9‰，情节较轻的，予以警告。"


@pytest.mark.parametrize("surface", ["8000万元及以上", "6000万元及以上", "800万元及以上"])
def test_bounded_amounts_offered_as_alternatives_are_thresholds(surface):
    assert money_of(SIZES)[surface].role == "threshold"


@pytest.mark.parametrize("surface", ["2%以上不到6%", "4‰以上不到9‰"])
def test_bounded_shares_offered_as_alternatives_are_thresholds(surface):
    assert ratios_of(TIERS)[surface].role == "threshold"


def test_a_fine_offered_as_an_alternative_stays_a_penalty():
    money = money_of("违反本条规定的，对个人处三百元以上一千元以下罚款，或者对单位处二万元以上罚款。")
    assert money["三百元以上一千元以下"].role == "penalty"
    assert money["二万元以上"].role == "penalty"


def test_alternative_caps_of_a_grant_stay_its_rates():
    text = "其中，补助资金不超过新增设备投资额的25%，或不超过项目总投资的15%。"
    ratios = ratios_of(text)
    assert ratios["不超过新增设备投资额的25%"].role == "subsidy_rate"

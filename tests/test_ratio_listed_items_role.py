"""Roles of round 36 (roles38): the first item of a list whose bound the last item carries is no size of a noun.

分别增长8%和10%以上 / 分别占全省的55%和60%以上 / 分别达到98.2%和95%以上: the figure before 和/及/与 and the next figure
is one item of a list of results (`other`), not a share qualifying a noun; a list that ends in 的 and a noun
(营业收入500万元以上和2000万元以上的企业) still names who qualifies (`threshold`).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("去年城镇和农村居民人均可支配收入分别增长8%和10%以上，居民消费稳步回升。", "8%"),
        ("全县茶叶、油茶面积分别占全市的55%和60%以上，位居全市第一。", "55%"),
        ("全市行政村和自然村通硬化路比例分别达到98.2%和95%以上，农村交通条件明显改善。", "98.2%"),
    ],
)
def test_a_lists_first_share_is_no_condition(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize("surface", ["500万元以上", "2000万元以上"])
def test_a_list_ending_in_its_noun_still_qualifies(surface):
    text = "对年营业收入500万元以上和2000万元以上的企业，分别给予5万元和10万元奖励。"
    assert money_of(text)[surface].role == "threshold"

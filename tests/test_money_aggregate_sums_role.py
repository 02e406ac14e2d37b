"""Census class of round 30 (roles32): an amount in a sentence that names a grant word is no payout when its clause
makes it an aggregate: a fund, sum or scale noun with a level verb right before the number (补偿金额达到X, 直补资金增加到X),
or a verb of securing from above, levering or paying out in bulk earlier in its comma part with only the fund's name
between (争取…经费X, 撬动…投入X, 共发放…补贴X, 让利X), or a sum set to a purpose (X试点资金用于…, 其中X作为…).
What the recipient pays in (个人缴费标准为每人X, 农户自费X) is no payout either. Summing these as subsidies inflates the
totals.
One recipient's marks (可, 每, 最高, 给予, 一次性, a 对…的 condition) keep a payout.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an aggregate noun and a level verb right before the number
        ("全县农机购置补贴资金规模达3.6亿元，惠及农户1.2万户。", "3.6亿元"),
        ("去年全市生态补偿金额达到8.4亿元，补偿面积120万亩。", "8.4亿元"),
        ("今年全省耕地地力保护补贴资金增加到21.5亿元。", "21.5亿元"),
        ("市级财政支持冬季农业开发资金累计达2600万元，用于补助种植大户。", "2600万元"),
        # a stock, with or without a level verb
        ("截至6月底，合作银行已累计发放贴息贷款86亿元，贷款余额62.5亿元。", "62.5亿元"),
        ("组织重点项目签约，总授信120亿元，并给予贴息支持。", "120亿元"),
        # a sum secured from above, levered or paid out in bulk
        ("去年全县共争取上级科技补助经费4321万元。", "4321万元"),
        ("全年共发放惠民补贴260万元，惠及农户3000余户。", "260万元"),
        ("对企业研发给予后补助，撬动企业研发投入增量12.6亿元。", "12.6亿元"),
        ("全年减税降费120亿元，金融机构让利85亿元，发放稳岗返还资金6亿元。", "85亿元"),
        ("发放消费券5000万元、落实各类补贴1亿元，拉动消费18亿元。", "18亿元"),
        # a sum raised, then the grant it funds (fix36: 重奖 is a grant word, the 筹资 sum is no payout)
        ("全县筹资300万元，重奖在科技攻关中作出突出贡献的集体和个人。", "300万元"),
        # what the recipient pays in
        ("城乡居民：个人缴费标准为每人380元，财政补助标准为每人670元。", "380元"),
        ("每亩种苗费1200元，县财政补助1000元，农户自费200元。", "200元"),
        # a sum set to a purpose
        ("全县286万元试点资金用于农户保费补贴和技术培训。", "286万元"),
        ("市财政列支3000万元，其中1200万元作为担保资本金，用于企业融资补贴。", "1200万元"),
    ],
)
def test_an_aggregate_in_a_grant_sentence_is_no_payout(text, surface):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == ("exact", "other")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        # one recipient's payout, though a verb of the class stands before it
        ("对认定为省级示范企业的，兑现奖补资金30万元。", "30万元", "exact", "subsidy"),
        ("企业通过认定后，兑付奖补资金20万元。", "20万元", "exact", "subsidy"),
        ("对首次获批的省级示范社，落实一次性奖励5万元。", "5万元", "exact", "subsidy"),
        ("带动就业成效明显的，给予企业10万元奖励。", "10万元", "exact", "subsidy"),
        ("企业当年兑现奖补资金最高不超过300万元。", "最高不超过300万元", "max", "subsidy"),
        ("每家企业可争取补助资金20万元。", "20万元", "exact", "subsidy"),
        # a standard raised: the payout as it is now (奖励标准提高到X), no aggregate noun before the verb
        ("新认定的高新技术企业奖励标准提高到10万元。", "10万元", "exact", "subsidy"),
        # the grant beside a contribution
        ("城乡居民：个人缴费标准为每人380元，财政补助标准为每人670元。", "670元", "exact", "subsidy"),
        # a payout and what it may be spent on
        ("对达标企业，给予每家企业8万元一次性奖补，用于安全生产投入。", "8万元", "exact", "subsidy"),
    ],
)
def test_one_recipients_payout_stays_a_payout(text, surface, kind, role):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == (kind, role)


def test_each_word_of_the_aggregate_tables_has_one_source() -> None:
    # review31 S14: the pooling verbs that sum a total and one recipient's marks are taken from their own tables,
    # not spelled again in aggregate_sum_verbs / aggregate_sum_breaks
    from parsers.lexicon import lexicon

    words = lexicon().section("sums")
    pooling = {*words["pooling_verbs"], *words["summing_pooling_verbs"]}
    assert not pooling & set(words["aggregate_sum_verbs"])
    assert not set(words["recipient_marks"]) & set(words["aggregate_sum_breaks"])
    assert not set(words["pooling_verbs"]) & set(words["summing_pooling_verbs"])

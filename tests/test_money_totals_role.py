"""Census class M1: a fund handed down or paid out as a whole (下达, 拨付, 预拨, 兑现, 发放 … a fund noun, the amount) is
the size of a programme (role other), not one recipient's payout. One recipient's marks (每, 最高, 给予, a grant word
such as 奖励 before the amount) keep a payout.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("日前，省财政厅下达某市2024年度招商引资激励奖补资金3210万元，居全省第三。", "3210万元"),
        ("市县两级联动拨付贴息资金1.2亿元，支持企业技术改造。", "1.2亿元"),
        ("已向8家合作银行预拨2025年贴息资金3000万元。", "3000万元"),
        ("今年共兑现2023年度奖补资金56.7万元。", "56.7万元"),
        ("截至9月末，累计发放乡村振兴贷款12.3亿元。", "12.3亿元"),
        ("各地发放约3.6亿元消费券和数字红包。", "3.6亿元"),
        ("今年全市已下拨农机购置专项资金800万元。", "800万元"),
    ],
)
def test_a_fund_handed_down_or_paid_out_as_a_whole_is_no_payout(text, surface):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == ("exact", "other")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        # a grant word before the amount: one recipient's payout
        ("对认定的企业拨付奖励资金20万元。", "20万元", "exact", "subsidy"),
        # one recipient's mark: 每户
        ("向每户发放补贴资金2000元。", "2000元", "exact", "subsidy"),
        # a cap: what one recipient may get
        ("对符合条件的项目拨付补助资金，每个项目最高不超过50万元。", "最高不超过50万元", "max", "subsidy"),
        # a number between the verb and the fund that is no year: a count, so the verb does not reach the amount
        ("向3家企业发放贷款贴息，每家给予贴息资金30万元。", "30万元", "exact", "subsidy"),
    ],
)
def test_one_recipients_payout_stays_a_payout(text, surface, kind, role):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == (kind, role)


def test_a_birth_year_or_a_document_number_is_no_year_of_a_fund():
    # 2023年 names the fund (a year); 〔2023〕12号 is a document number: a number between, so no total
    m = money_of("按照财综〔2023〕12号文件，拨付给予企业的奖补资金10万元。")["10万元"]
    assert m.role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a 对…的 condition right before the paying verb names one recipient: a grant rule
        ("对认定为国家级专精特新“小巨人”的企业，兑现奖补资金50万元。", "50万元"),
        ("对符合条件的困难群众发放临时救助资金1000元。", "1000元"),
        ("对符合条件的个人创业者发放创业担保贷款20万元，并给予全额贴息。", "20万元"),
        # 兑现/发放 with no total's mark, no plural recipient, no year's fund: one recipient's payout
        ("企业通过认定后，兑现奖补资金30万元。", "30万元"),
    ],
)
def test_a_paying_verb_for_one_recipient_stays_a_payout(text, surface):
    assert money_of(text)[surface].role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("省财政厅下达2023年度专精特新奖补资金6753万元。", "6753万元"),
        ("市财政已拨付贴息资金2.13亿元，惠及企业300家。", "2.13亿元"),
        # a plural recipient before the verb, a year naming the fund, a loan put out
        ("已向14家合作银行发放风险补偿资金5000万元。", "5000万元"),
        ("拟兑现2011年度奖补资金31.78万元。", "31.78万元"),
        ("创新推出金融产品26个，发放肉牛产业贷款45.89亿元。", "45.89亿元"),
    ],
)
def test_a_paying_verb_with_a_totals_mark_is_a_total(text, surface):
    assert money_of(text)[surface].role == "other"

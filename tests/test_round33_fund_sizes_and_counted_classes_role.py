"""Roles of round 33 (roles35): classes of clause language the census of role errors found.

- A fund named right before its amount, with nothing marking one recipient (获省级补助资金300万元, 设立…专项资金800万元,
  兑付…奖补资金260万元), is the fund's whole, `other` (D1 of round 31): an analyst summing payouts must not add it. It
  stays a payout when one recipient is marked (每个, 单项, 一次性, 给予, 最高, a 对…的 condition, a grade's condition).
- A fund's least size (专项资金不少于20亿元, 设立总额不低于5000万元的…基金) is `other`, not a condition.
- A share reached that ends a "…的，" part before a grant (用电量分别达到上年同期90%、110%的，一次性补贴…), and the
  later shares of its list, are conditions (`threshold`).
- A loan's floor in an interest-subsidy sentence (单笔贷款不低于200万元且…) says which loans qualify (`threshold`),
  not what the subsidy is computed on; the band above an amount (超出100万元部分) stays `basis`.
- A level told with its change (营业收入超过900亿元、增长9.5%) is a stated level (`other`), whatever its bound.
- A count among things, then each one's measure and a bound amount (有9个县GDP超过200亿元, 其中6个园区产值规模超过
  五百亿元) is a size class (`threshold`); so is a bound amount between a count and the noun it sizes (培育8条超20亿元
  特色林业全产业链, 超50亿元的产业2个).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("县财政设立茶产业发展奖补专项资金800万元，采取先建后补的方式扶持茶产业。", "800万元"),
        ("2023年该县的油茶项目获省级补助资金300万元。", "300万元"),
        ("全年培育新增企业12家，兑付规上企业、高新技术企业奖补资金260万元，发展质效稳步提升。", "260万元"),
        ("今年市里将再出台8项新政策，新增补贴资金4.2亿元，支持农业发展。", "4.2亿元"),
        ("市财政统筹安排省级财政资金2亿元、市级财政资金6亿元，用于支持特色产业发展。", "6亿元"),
        ("区级财政补助资金为5210.6万元。", "5210.6万元"),
    ],
)
def test_a_fund_named_before_its_amount_is_its_whole(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("每个示范村补助资金60万元。", "60万元"),
        ("对认定为省级专精特新企业的，奖励资金50万元。", "50万元"),
        ("产量在10—50万吨(含)之间的品种，补助资金40万元。", "40万元"),
        ("对通过认定的企业，一次性奖励资金30万元。", "30万元"),
        ("单项奖补资金最高150万元。", "最高150万元"),
        ("该乡镇预计可获得市级财政奖补资金120万元。", "120万元"),
    ],
)
def test_one_recipients_fund_stays_a_payout(text, surface):
    assert money_of(text)[surface].role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "2024—2026年累计安排各类支持制造业发展的专项资金不少于20亿元，采取贷款贴息、奖励补助等方式支持企业。",
            "不少于20亿元",
        ),
        ("市本级设立总额不低于5000万元的科技成果转化基金，重点支持初创企业。", "不低于5000万元"),
        ("提出设立10亿元以上中小企业应急转贷周转资金。", "10亿元以上"),
    ],
)
def test_a_funds_least_size_is_no_condition(text, surface):
    assert money_of(text)[surface].role == "other"


def test_a_funds_floor_inside_a_condition_stays_a_threshold():
    text = "企业所募集资金达300万元以上且投资在本区的，按不高于募资总额的1%给予补助。"
    assert money_of(text)["300万元以上"].role == "threshold"


def test_reached_shares_before_a_grant_are_conditions():
    ratios = ratios_of("规上工业企业5月、6月用电量分别达到上年同期90%、110%的，一次性补贴2万元。")
    assert (ratios["90%"].role, ratios["110%"].role) == ("threshold", "threshold")


def test_reached_shares_of_a_goal_stay_targets():
    ratios = ratios_of("到2027年，两项覆盖率分别达到85%、95%。")
    assert (ratios["85%"].role, ratios["95%"].role) == ("target", "target")


def test_a_loans_floor_in_an_interest_subsidy_is_a_condition():
    text = "企业获得银行贷款，单笔贷款不低于200万元且近三年未获得财政贴息的，按贷款利率的40%给予贴息。"
    assert money_of(text)["不低于200万元"].role == "threshold"


def test_a_loans_band_above_an_amount_stays_the_base():
    text = "单个主体可享受贴息的贷款金额最高不超过100万元，超出100万元部分的贷款额不享受贴息补助。"
    assert money_of(text)["超出100万元"].role == "basis"


def test_a_level_told_with_its_change_is_stated():
    text = "软件服务业营业收入超过900亿元、增长9.5%。"
    assert money_of(text)["超过900亿元"].role == "other"


def test_a_bound_level_with_a_bounded_change_in_a_condition_stays_a_threshold():
    text = "一季度完成产值3000万元以上、同比增长12%以上的规上工业企业，给予奖励。"
    assert money_of(text)["3000万元以上"].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("在全省86个县中，有9个县GDP超过200亿元，40个县增速超过全省平均水平。", "超过200亿元"),
        ("全市园区工业总产值达到1.6万亿元，其中6个园区工业总产值规模超过五百亿元。", "超过五百亿元"),
    ],
)
def test_a_count_among_things_reaching_a_size_is_a_size_class(text, surface):
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("到2028年，培育8条超20亿元特色林业全产业链，建设一批示范基地。", "超20亿元"),
        ("同时，推进空间集聚，建设2个旅游总收入超五百亿元的市(州)。", "超五百亿元"),
        ("其中，培育产值超500亿元的产业4个(粮食、蔬菜)，超50亿元的产业2个(茶叶、油茶)。", "超50亿元"),
    ],
)
def test_a_bound_amount_between_a_count_and_its_noun_is_a_size_class(text, surface):
    assert money_of(text)[surface].role == "threshold"

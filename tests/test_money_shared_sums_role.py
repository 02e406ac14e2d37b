"""Round 31's D1 (fixtures/heldout/SOURCES.md, "Written down in round 31"): a sum paid to several recipients together is
`other` — a count of recipients that receives it (31家企业获…216万元), several recipients named with 共, a sum after the
grants listed (各奖励…，共X), a programme's total right after a budget verb (安排50万元支持…, 斥资X表彰…). An analyst who
sums subsidies must not add a programme's total to its payouts. What one recipient gets stays `subsidy` (各, 每家, 分别,
最高, a 对…的 condition, one recipient's total over stages).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a count of recipients, a verb of receiving, the amount
        ("据统计，全市31家企业获省级技术改造奖励216万元。", "216万元"),
        ("全县已有45户农业经营主体享受政策，共获得各类奖补资金380余万元。", "380余万元"),
        ("上半年，对18个村级集体经济组织给予产业扶持资金540万元。", "540万元"),
        ("截至9月底，86个技改项目已获得2.1亿元省级贴息支持。", "2.1亿元"),
        # a grant verb right before the count
        ("去年共奖励12个先进乡镇考核激励资金960万元。", "960万元"),
        # several recipients named, then 共获
        ("甲县丰源农业有限公司和乙县绿谷茶业有限公司共获省级龙头企业奖励资金60万元。", "60万元"),
        # the sum of the grants listed
        ("评出的9个先进县各奖励3000万元，共2.7亿元。", "2.7亿元"),
        # review32 S11: an earlier amount of the same list (、) does not split the counted recipients from the next
        ("全市27家企业获省级奖励105万元、市级奖励50万元。", "50万元"),
        ("全市27家企业获省级奖励105万元、市级奖励50万元。", "105万元"),
        # a programme's total right after a budget verb
        ("今年安排80万元支持本地农产品企业开拓外地市场。", "80万元"),
        ("县里斥资65万元，奖励科技创新成绩突出的团队和个人。", "65万元"),
    ],
)
def test_a_sum_several_recipients_get_together_is_other(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("华兴机械等7家企业每家获得技改奖励12万元。", "12万元"),
        ("对验收达标的4个示范场，各扶持35万元。", "35万元"),
        ("对排名前3位的县，市财政分别给予200万元奖励。", "200万元"),
        ("每年安排最高60万元经费支持青年创业孵化基地运营。", "最高60万元"),
        ("对认定为市级龙头企业的，安排30万元一次性奖励。", "30万元"),
        ("入驻企业达到20家的孵化园区，给予100万元运营奖励。", "100万元"),
        ("对成功上市的企业实行分阶段奖励，共400万元。", "400万元"),
        ("引进5家以上配套企业的，给予招商团队奖励20万元。", "20万元"),
        # a reward per unit brought in (每… in the count's part), and a count of one: no several recipients
        ("每新增10户农户，给予合作社1万元奖励。", "1万元"),
        ("每引进1家企业，给予招商团队10万元奖励。", "10万元"),
        ("新引进1家世界500强企业，给予引荐人50万元奖励。", "50万元"),
        # a count that is a condition: after a level verb, bounded, or before a 的
        ("辐射带动超过200户农户，给予合作社5万元奖励。", "5万元"),
        ("新增带动100户以上农户，给予企业10万元奖励。", "10万元"),
        ("成功引进3家企业落户的，给予招商团队20万元奖励。", "20万元"),
        # what each of the counted recipients gets: 分别, 均, 各
        ("全市5个先进乡镇分别获得30万元奖励。", "30万元"),
        ("8个示范村均获得20万元奖补。", "20万元"),
        ("6个示范村各获得20万元奖补。", "20万元"),
        # review32 S10: a count in an earlier comma part with no verb of receiving after it: the later part grants
        # the amount to each
        ("全市已有5家企业入选，对入选企业给予奖励50万元。", "50万元"),
        ("经专家评审，确定8个项目为示范项目，给予奖补资金20万元。", "20万元"),
        # review32 S11's guard: another number between the count and the amount splits them
        ("全市27家企业获评2031年度先进单位，奖励50万元。", "50万元"),
    ],
)
def test_what_one_recipient_gets_stays_a_subsidy(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "subsidy"

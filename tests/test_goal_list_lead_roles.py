"""Census class L (round 23, faults54): a goal list opened by any goal word that closes its lead with a colon or a dash
(目标任务：…, 奋斗目标是：…, 民生目标：…, 主要预期目标——…) lists the goals of its sentence: every share and amount
after it is a target, as after the heads 主要预期目标是：…; a grant word in the share's part still keeps a subsidy rate,
and a report of the past after such a word (…目标完成情况：…同比增长…) still reports.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("目标任务：全年实现旅游业增加值增长11%；全市接待游客量达5200万人次。", "11%"),
        ("今年全区的工作目标是：规模以上工业增加值增长9%，固定资产投资增长7%，外贸进出口增长4%。", "7%"),
        ("今年全区的工作目标是：规模以上工业增加值增长9%，固定资产投资增长7%，外贸进出口增长4%。", "4%"),
        ("某县未来五年的奋斗目标是：经济保持较快增长，财政收入、工业总产值年均分别增长6%、8%左右。", "6%"),
        ("民生目标：城镇登记失业率控制在4.5%以内，基本养老保险参保率达到96%。", "96%"),
        (
            "报告提出了今年的主要预期目标——地区生产总值增长6%，社会消费品零售总额增长8%，研发投入增长11%。",
            "8%",
        ),
        (
            "报告提出了今年的主要预期目标——地区生产总值增长6%，社会消费品零售总额增长8%，研发投入增长11%。",
            "11%",
        ),
        ("报告提出了今年的主要預期目標——地區生產總值增長6%，居民收入增長7%。", "7%"),
        ("规划设置了20项主要指标，包括：地区生产总值年均增长5%左右、研发投入占比4%以上。", "4%以上"),
    ],
)
def test_a_share_listed_after_a_goal_lead_is_a_target(text, surface):
    assert ratios_of(text)[surface].role == "target"


def test_an_amount_listed_after_a_goal_lead_is_a_target():
    assert (
        money_of("发展目标：全年完成固定资产投资320亿元，实现旅游总收入85亿元。")["85亿元"].role == "target"
    )


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # a grant word in the share's part: the rate of the grant, whatever lead stands before
        ("工作目标：对新建项目按投资额的20%给予补助。", "20%", "subsidy_rate"),
        # a report after the goal word: the goals met, figures of the past
        ("年度目标完成情况：全年地区生产总值比上年增长5.2%。", "5.2%", "other"),
        # no colon or dash after the goal word: no list opened
        ("为实现这一目标，全市企业总数中高新技术企业占比为35%。", "35%", "other"),
    ],
)
def test_near_misses_keep_their_roles(text, surface, role):
    assert ratios_of(text)[surface].role == role

"""Census16 class T2: a 今年/全年 goal in a document whose own date line or title gives the year. Two ways it was lost:
a purpose phrase (以建设…为目标，) read as the lead of a goal list, which moved the year's goals behind it, and 今年
with the modal 要 (今年要培育…), which opened no statement as 今年…将/力争 does. Sentences made up; near misses stay
what they were: a report of the year so far, 主要/需要/要求 (no modal of a goal), a list lead that is one, a result
stated with no word of intent."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _targets(text: str) -> list[tuple[str, float | None, int | None]]:
    doc = parse_bytes(text.encode("utf-8"), "news.txt")
    return [(t.surface, t.value, t.year) for t in doc.targets if t.value is not None]


_DATED = "某省林业工作会议召开\n\n2031年03月05日 09:55 来源：某某日报\n\n"


def test_a_purpose_after_the_years_goals_leaves_them_the_years() -> None:
    body = (
        "今年某省将大力实施“绿化攻坚工程”，全年完成造林绿化300万亩，森林覆盖率增加1个百分点，实现林业总产值900亿元。"
        "以建设绿色某省为目标，今年某省将大力推进防护林等重点工程建设。"
        "到2033年全省森林覆盖率达到35%。\n"
    )
    assert _targets(_DATED + body) == [
        ("全年完成造林绿化300万亩", 3000000.0, 2031),
        ("森林覆盖率增加1个百分点", 1.0, 2031),
        ("实现林业总产值900亿元", 900.0, 2031),
        ("全省森林覆盖率达到35%", 35.0, 2033),
    ]


def test_a_goal_list_lead_after_this_year_still_leads_its_list() -> None:
    """目标是： and 目标为， name the list that follows: only a purpose, 为目标，, does not."""
    body = (
        "今年全县经济工作的总体要求已经明确。主要目标是：地区生产总值增长6%左右，新增城镇就业5000人以上。\n"
    )
    assert _targets(_DATED + body) == [
        ("地区生产总值增长6%左右", 6.0, 2031),
        ("新增城镇就业5000人以上", 5000.0, 2031),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "某市2031年重点工作任务印发\n\n某市政府网站发布了《2031年重点工作任务》通知，",  # undated: the title's year
        _DATED + "会议提出，",  # dated: the date line's year
    ],
)
def test_this_year_with_the_modal_yao_states_the_years_goals(head: str) -> None:
    text = head + "今年要培育主营业务收入超百亿元企业12家左右，还要构建中小微企业创业服务平台。\n"
    assert [(value, year) for _, value, year in _targets(text)] == [(12.0, 2031)]


@pytest.mark.parametrize(
    "body",
    [
        "今年主要农作物播种面积为60万亩，比去年增加2万亩。",  # 主要: no modal; a result
        "今年需要改造的危房有300户。",  # 需要: a need counted, no goal
        "今年要求各地新建的项目不少于30个的，给予奖励。",  # 要求: a rule's condition
        "今年以来，全县要闻频出，新增企业35家。",  # the year so far; 要闻 is news
    ],
)
def test_this_year_without_the_modal_of_a_goal_states_none(body: str) -> None:
    assert _targets(_DATED + body + "\n") == []


_DATED_PAGE = "2026年12月28日\n"


@pytest.mark.parametrize(
    "body",
    [
        "今年全市完成固定资产投资500亿元，增长8%，下一步要继续扩大有效投资。",  # 要 of a later clause
        "今年是全面实施“十四五”规划纲要的收官之年，全市地区生产总值达到5000亿元。",  # 纲要
        "今年全县完成造林面积3万亩，会议纪要显示，超额完成任务。",  # 纪要
        "今年全市新增城镇就业5万人，简要情况如下。",  # 简要
        "今年全县共建成村级服务站120个，必要时可延长服务时间。",  # 必要
        "今年全市办理行政许可事项3000件，要件齐全率达到100%。",  # 要件
        "今年全区新增市场主体1万户，纲要确定的目标全面完成。",  # 纲要
    ],
)
def test_a_report_of_the_year_with_a_word_holding_yao_states_none(body: str) -> None:
    """Review17 A1: 要 opens the year's goals only as the modal of 今年's own clause before a goal verb."""
    assert _targets(_DATED_PAGE + body + "\n") == []
    doc = parse_bytes((_DATED_PAGE + body + "\n").encode("utf-8"), "news.txt")
    assert all(m.role != "target" for m in doc.money)
    assert all(r.role != "target" for r in doc.ratios if r.surface == "8%")  # 增长8%: the year's report


def test_this_year_with_the_modal_yao_before_continue_and_a_goal_verb() -> None:
    text = _DATED_PAGE + "会议提出，今年全县粮食产量要继续稳定在50万吨以上。\n"
    assert [(value, year) for _, value, year in _targets(text)] == [(500000.0, 2026)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "某市2031年重点工作任务印发\n\n某市发布了通知，今年要培育千亿元以上企业13家左右。\n",
            "千亿元以上企业",
        ),
        (_DATED_PAGE + "会议提出，今年全县粮食产量要继续稳定在50万吨以上。\n", "全县粮食产量"),
        (_DATED_PAGE + "今年全省粮食产量达到1300万吨，明年要继续稳定在1300万吨以上。\n", None),
        ("到2030年，要素市场交易额达到500亿元。\n", "要素市场交易额"),  # 要素: no modal
    ],
)
def test_the_modal_yao_is_no_part_of_the_metric(text: str, metric: str | None) -> None:
    """Review17 A6: 要/要继续 before the goal verb are stripped from the metric shown to users."""
    doc = parse_bytes(text.encode("utf-8"), "news.txt")
    assert [t.metric for t in doc.targets] == [metric]

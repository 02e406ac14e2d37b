"""Census class "今年 in a report's news" (round 25, goals59): a text with no date of its own names the year of the
meeting or work plan it reports (记者从甲州2031年旅游工作会议上获悉; 区长介绍2031年工作安排; 根据《2031年全省…工作要点》):
news of it is written that year, so its 今年 is that year (lexicon [document_date] work_year_pattern, read by
parsers.document_date.work_year as the last topic year of parsers.goal_topics). A year's work done, sought, reviewed
or still being drawn up names no such year, nor does a head that names two. It dates no text (stated_date).

Every text here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.context import TextIndex
from parsers.document_date import stated_date, work_year
from parsers.lexicon import lexicon


def _work_year(text: str) -> int | None:
    return work_year(TextIndex(text).norm, lexicon())


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("4月20日，记者从甲州2031年旅游工作会议上获悉，今年，甲州将加快景区建设。", 2031),
        (
            "乙县召开2029年全县农业工作会议，全面总结交流2028年全县农业生产情况，安排部署2029年重点工作。",
            2029,
        ),
        ("1月26日，丙区第九届人民代表大会第五次会议召开，区长介绍2030年工作安排。今年是关键之年。", 2030),
        ("记者从省林业局获悉，根据《2027年全省林草产业发展工作要点》，今年全省将扩大油茶种植。", 2027),
        ("昨日，丁省政府网站发布了《2028年全省重点工作任务》通知，今年要培育百亿元企业10家。", 2028),
        ("15日，2032年戊省两会第二场“厅长通道”举行，省农业农村厅厅长回答记者提问。", 2032),
        ("为兜牢民生底线，本市人社部门确定了2026年工作目标：全年城镇新增就业30万人以上。", 2026),
        ("记者从2033年2月6日的己县政府工作报告中了解到，今年己县将新建中小学5所。", 2033),
        ("会议听取并审议了2030年庚市政府工作报告。", 2030),
    ],
)
def test_the_year_of_the_work_a_text_reports(text, year):
    assert _work_year(text) == year
    assert stated_date(TextIndex(text).norm, lexicon()) is None  # a year, no date of the text


@pytest.mark.parametrize(
    "text",
    [
        "当前，各县在基本完成2030年度工作任务的基础上，已陆续开展下一阶段工作。",
        "省委办公厅现面向全国公开征集2031年全省重点工作意见建议。",
        "会议要求，认真落实2030年中央经济工作会议精神，做好各项工作。",
        "经对2030年度全市民政主要工作目标考核情况的认真审核，现通报如下。",
        "为做好市政府2031年立法工作计划的编制工作，现公开征集立法项目。",
        "区长回顾了2030年工作，介绍2031年工作安排。会议部署2032年重点工作。",
        "甲市印发2029—2031年工作任务清单，明确各部门职责。",
        "会议总结2030年工作，分析当前形势。",
        "甲区2030年度政府信息公开工作报告\n今年，甲区将进一步推进政务公开。",
        "乙市2030年度法治政府建设工作报告",
    ],
)
def test_a_year_of_work_done_sought_reviewed_or_drawn_up_is_none(text):
    assert _work_year(text) is None


NEWS = (
    "甲区召开人民代表大会 ⏎"
    "1月27日，甲区第十届人民代表大会第六次会议召开，区长介绍{year}年工作安排。今年是关键之年，做好全年工作意义重大。"
    "甲区提出今年经济社会发展主要预期目标：地区生产总值增长5%-5.5%，规上工业增加值增长5%左右，"
    "社会消费品零售总额增长5%，新增城镇就业1.7万人以上。"
).replace(" ⏎", "\n")


def test_the_year_goals_of_a_report_in_the_news_take_the_year_of_its_work_plan():
    rows = [(year, value) for year, _, value, _, _ in target_rows(NEWS.format(year=2031), "news.txt")]
    assert rows == [(2031, None), (2031, 5.0), (2031, 5.0), (2031, 17000.0)]


def test_without_the_year_the_goals_of_this_year_stay_undated():
    undated = NEWS.replace("区长介绍{year}年工作安排", "区长作政府工作报告")
    assert target_rows(undated, "news.txt") == []


def test_a_meeting_year_dates_the_year_goals_of_a_later_paragraph():
    text = (
        "乙州将大力发展旅游业\n"
        "4月22日，记者从乙州2029年旅游工作会议上获悉，今年，乙州将加快旅游公路建设。\n"
        "今年，乙州力争实现旅游接待人数1800万人次，旅游总收入100亿元。\n"
    )
    rows = [(year, metric, value) for year, metric, value, _, _ in target_rows(text, "news.txt")]
    assert rows == [(2029, "旅游接待人数", 18000000.0), (2029, "旅游总收入", 100.0)]


def test_a_yearless_goal_list_under_news_of_a_dated_work_report_takes_its_year():
    text = (
        "辛县今年这样干\n"
        "辛县融媒体中心讯 按照2033年2月6日的辛县政府工作报告，今年，辛县将聚焦产业升级和乡村振兴。\n"
        "主要目标\n"
        "地区生产总值增长7%左右，一般公共预算收入增长5%，农村居民人均可支配收入增长8%左右，"
        "粮食产量稳定在30万吨以上。\n"
    )
    rows = [(year, value) for year, _, value, _, _ in target_rows(text, "news.txt") if value is not None]
    assert rows == [(2033, 7.0), (2033, 5.0), (2033, 8.0), (2033, 300000.0)]
    # the same news without the report's day: its 今年 names no year, the list stays undated (no row)
    undated = text.replace("2033年2月6日的", "")
    assert [r for r in target_rows(undated, "news.txt") if r[2] is not None] == []

"""Plan or report for a clause a bare year heads (parsers.clause_tense), and the date a text states
(parsers.document_date), on texts written for this file.

* a text dated by its own words (a page stamp, a 文号, a speech's date line, a signature's date, a title) sets a
  bare year against its year: the year after it, or its own year with a hedged figure, is planned; a year before it
  is reported;
* with no date, the clause's words decide: a plan cue (计划, 力争 …) plans, a hedge alone (左右) decides nothing;
* a report cue (预计, 已, 完成了) outweighs every plan cue; a comparison (比上年) gives way to one;
* a dated page's metadata dates it as well (Document.published).
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.clause_tense import Tense, clause_tense
from parsers.context import TextIndex
from parsers.document_date import stated_date
from parsers.lexicon import lexicon
from parsers.pipeline import parse_bytes
from parsers.targets import extract_targets


def _goals(text: str, current_year: int | None = None) -> list[tuple]:
    index = TextIndex(text, current_year=current_year)
    return [(t.year, t.metric, t.value, t.unit) for t in extract_targets(text, one_clause(text), index)]


def _tense(clause: str, year: int, text_year: int | None) -> Tense | None:
    return clause_tense(clause, 0, len(clause), year, text_year, lexicon())


_STAMP = "甲市召开经济工作会议\n2026-01-20 10:15:00 来源：甲市日报\n"


def test_a_plan_year_in_a_dated_text_gives_its_goals() -> None:
    text = _STAMP + "2026年，全市地区生产总值增长6%左右，城镇新增就业5万人以上。\n"
    assert _goals(text) == [(2026, "全市地区生产总值", 6.0, "%"), (2026, "城镇新增就业", 50000.0, "人")]


def test_a_report_year_in_a_dated_text_gives_none() -> None:
    text = _STAMP + "2025年，全市地区生产总值增长5.2%左右，城镇新增就业4.8万人。\n"
    assert _goals(text) == []


def test_both_years_in_one_text_keep_only_the_plan() -> None:
    text = (
        _STAMP
        + "2025年，全市地区生产总值增长5.2%左右，城镇新增就业4.8万人。\n"
        + "2026年，全市地区生产总值增长6%左右，城镇新增就业5万人以上。\n"
    )
    assert [(year, value) for year, _, value, _ in _goals(text)] == [(2026, 6.0), (2026, 50000.0)]


def test_without_a_date_the_words_decide() -> None:
    assert _goals("2026年，全市地区生产总值增长6%左右。") == []  # a hedge alone: a report could say so too
    planned = _goals("2026年，全市计划新开工重大项目120个，完成投资800亿元以上。")
    assert [(year, value, unit) for year, _, value, unit in planned] == [
        (2026, 120.0, "个"),
        (2026, 800.0, "亿元"),
    ]


def test_a_report_cue_outweighs_the_plan_and_the_date() -> None:
    text = _STAMP + "2026年，乙县预计将实现地区生产总值300亿元。\n"
    assert _goals(text) == []
    assert _tense("，全县完成了年初确定的目标：生产总值增长5%", 2025, None) is Tense.REPORT
    assert _tense("，全县力争生产总值比上年增长6%", 2026, None) is Tense.PLAN
    assert _tense("，全县生产总值比上年增长5.1%", 2025, None) is Tense.REPORT


@pytest.mark.parametrize(
    "clause",
    [
        "上半年，全市新增企业800家",  # a part of the year: a period, neither
        "是全面实施新规划的开局之年",  # what the year is
        "营业收入增长超过20%的，给予10万元奖励",  # a measure's condition
    ],
)
def test_clauses_that_are_neither(clause: str) -> None:
    assert _tense(clause, 2026, 2026) is None


def test_a_clause_ends_before_another_year() -> None:
    # the 将 is 2028's: 2024 reports
    assert _goals("2024年，机场旅客吞吐量近900万人次，新航站楼将于2028年建成。") == []


@pytest.mark.parametrize(
    ("text", "year", "source"),
    [
        ("乙县出台新政策\n2024-03-08 09:00 来源：县政府网\n正文。", 2024, "stamp"),
        ("标题\n2023年08月17日 09:36\n正文。", 2023, "stamp"),
        ("甲省人民政府文件\n甲政发〔2025〕3号\n各市人民政府：\n正文。", 2025, "doc number"),
        ("——2026年1月26日在甲市第十八届人民代表大会第四次会议上\n各位代表：\n正文。", 2026, "speech"),
        (
            "关于印发某办法的通知\n各单位：\n" + "正文。" * 300 + "\n甲市人民政府\n2022年5月6日\n",
            2022,
            "foot",
        ),
        ("2024年7月27日，甲省人民政府印发若干措施。\n正文。", 2024, "lead"),
        ("2025年甲市政府工作报告\n各位代表：\n正文。", 2025, "title"),
        ("甲市推进某产业发展行动方案（2025—2027年）\n正文。", 2025, "title"),
    ],
)
def test_the_date_a_text_states(text: str, year: int, source: str) -> None:
    stated = stated_date(TextIndex(text).norm, lexicon())
    assert (stated.year, stated.source) == (year, source)


def test_a_text_without_a_date_and_a_sentence_that_names_a_report() -> None:
    assert stated_date("各单位：\n现将有关事项通知如下。\n", lexicon()) is None
    # one line is a sentence, not a title over a text
    assert stated_date("2023年，政府工作报告明确提出推进改革。", lexicon()) is None


def test_a_dated_page_dates_its_goals() -> None:
    page = (
        "<html><head><title>甲市经济工作要点</title></head><body>"
        "<h1>甲市经济工作要点</h1><div class='info'>发布时间：2027-02-10 09:00</div>"
        "<div class='content'><p>2027年，全市地区生产总值增长5.5%左右，城镇新增就业6万人以上。</p>"
        "<p>2026年，全市地区生产总值增长5.1%左右。</p></div></body></html>"
    ).encode()
    doc = parse_bytes(page, name="page.html")
    assert doc.published is not None and doc.published.year == 2027
    assert [(t.year, t.value) for t in doc.targets] == [(2027, 5.5), (2027, 60000.0)]


def test_a_plain_text_records_the_day_it_states() -> None:
    doc = parse_bytes((_STAMP + "2026年，全市地区生产总值增长6%左右。\n").encode(), name="news.txt")
    assert doc.published is not None and doc.published.date().isoformat() == "2026-01-20"
    assert [(t.year, t.value) for t in doc.targets] == [(2026, 6.0)]
    # a 文号 gives a year only: the goals are dated, the table's published stays empty
    notice = parse_bytes(
        "甲市人民政府文件\n甲政发〔2026〕3号\n2026年，全市计划新建学校12所。\n".encode(), name="n.txt"
    )
    assert notice.published is None
    assert [(t.year, t.value) for t in notice.targets] == [(2026, 12.0)]

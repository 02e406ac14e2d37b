"""Where a goal's year stands: a bare year opening a dash line of goals (census18 T3b). A plan lists its goals one
year a line (——2031年，技工贸总收入增速达到6%、…。高新技术产业产值占比达到62%。 ⏎ ——2032年，…): the dash stands
where a boundary would, so the line's year dates its first sentence and the later sentences of its line, as a bare
plan year at a line start does, not the title's period end. A dash line that reports (a past year, 已) gives no goal;
nor does a hyphen inside a span of years (2030-2031年). Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_TITLE = "某县经济开发区三年攻坚行动方案（2031-2033年）\n\n一、发展目标\n\n"


def test_a_dash_line_year_dates_its_line() -> None:
    text = _TITLE + (
        "——2031年，技工贸总收入增速达到6%、工业总产值增速达到9%，工业投资增速达到11%。"
        "高新技术产业产值占比达到62%。省级以上研发机构达到140家。\n\n"
        "——2032年，技工贸总收入增速达到8%。省级以上研发机构达到155家。\n"
    )
    assert target_rows(text) == [
        (2031, "技工贸总收入增速", 6.0, "%", "exact"),
        (2031, "工业总产值增速", 9.0, "%", "exact"),
        (2031, "工业投资增速", 11.0, "%", "exact"),
        (2031, "高新技术产业产值占比", 62.0, "%", "exact"),
        (2031, "省级以上研发机构", 140.0, "家", "exact"),
        (2032, "技工贸总收入增速", 8.0, "%", "exact"),
        (2032, "省级以上研发机构", 155.0, "家", "exact"),
    ]


def test_a_dash_line_that_reports_gives_no_goal() -> None:
    # a review of the year before the text's date, under a dated page
    text = "某市2032年工作回顾\n\n发布日期：2032-01-10\n\n——2031年，全市营业收入已达到900亿元，增长7%。\n"
    assert target_rows(text) == []


def test_a_hyphen_in_a_span_of_years_opens_nothing() -> None:
    text = "发布日期：2029-03-01\n\n某市在2030-2031年，全市累计完成投资300亿元，较上年增长7%。\n"
    assert target_rows(text) == []


def test_a_rank_aimed_at_does_not_make_the_line_a_report() -> None:
    # 排名 is a report cue (位居全国第三); 排名力争进入前五 names the rank the plan aims at
    text = _TITLE + "——2033年，在全省开发区综合考核排名力争进入前五，工业投资增速达到13%。\n"
    rows = target_rows(text)
    assert (
        2033,
        "工业投资增速",
        13.0,
        "%",
        "exact",
    ) in rows  # the rank aimed at may stand as a goal without a number
    assert all(year == 2033 for year, *_ in rows)


def test_a_rank_held_still_reports() -> None:
    text = "发布日期：2034-01-10\n\n2033年，全市固定资产投资增速达到12%，排名全省第三。\n"
    assert target_rows(text) == []


def test_a_dash_line_of_a_half_year_or_a_quarter_reports() -> None:
    # a dash line of part of the year the text sets goals for: its figures are results (review18b M1)
    for part, dated in (("上半年", "2032-07-15"), ("一季度", "2032-04-20"), ("前三季度", "2032-10-18")):
        text = (
            f"某县2032年{part}工作情况\n发布日期：{dated}\n2032年，全县将地区生产总值增长6%作为预期目标。\n"
            f"——2032年{part}，全县营业收入增长7.5%，规上工业增加值增长6.2%。\n"
        )
        assert [(year, value) for year, _, value, *_ in target_rows(text)] == [(2032, 6.0)], part

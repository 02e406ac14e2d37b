"""Where a goal's year stands: a bare year opening a dash line of goals (census18 T3b). A plan lists its goals one
year a line (——2031年，营业收入增速达到7%、…。规模以上工业增加值占全市比重达到20%。 ⏎ ——2032年，…): the dash stands
where a boundary would, so the line's year dates its first sentence and the later sentences of its line, as a bare
plan year at a line start does, not the title's period end. A dash line that reports (a past year, 已) gives no goal;
nor does a hyphen inside a span of years (2030-2031年). Sentences made up."""

from __future__ import annotations

from parsers.pipeline import parse_bytes

_TITLE = "某市高新区三年提升工作方案（2031-2033年）\n\n一、发展目标\n\n"


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets]


def test_a_dash_line_year_dates_its_line() -> None:
    text = _TITLE + (
        "——2031年，营业收入增速达到7%、地区生产总值增速达到8%，固定资产投资增速达到10%。"
        "规模以上工业增加值占全市比重达到20%。市级以上创新平台达到320家。\n\n"
        "——2032年，营业收入增速达到9%。市级以上创新平台达到330家。\n"
    )
    assert _rows(text) == [
        (2031, "营业收入增速", 7.0, "%", "exact"),
        (2031, "地区生产总值增速", 8.0, "%", "exact"),
        (2031, "固定资产投资增速", 10.0, "%", "exact"),
        (2031, "规模以上工业增加值占全市比重", 20.0, "%", "exact"),
        (2031, "市级以上创新平台", 320.0, "家", "exact"),
        (2032, "营业收入增速", 9.0, "%", "exact"),
        (2032, "市级以上创新平台", 330.0, "家", "exact"),
    ]


def test_a_dash_line_that_reports_gives_no_goal() -> None:
    # a review of the year before the text's date, under a dated page
    text = "某市2032年工作回顾\n\n发布日期：2032-01-10\n\n——2031年，全市营业收入已达到900亿元，增长7%。\n"
    assert _rows(text) == []


def test_a_hyphen_in_a_span_of_years_opens_nothing() -> None:
    text = "发布日期：2029-03-01\n\n某市在2030-2031年，全市累计完成投资300亿元，较上年增长7%。\n"
    assert _rows(text) == []


def test_a_rank_aimed_at_does_not_make_the_line_a_report() -> None:
    # 排名 is a report cue (位居全国第三); 排名奋力冲刺前二十 names the rank the plan aims at
    text = _TITLE + "——2033年，在全国高新区综合评价排名奋力冲刺前二十，固定资产投资增速达到12%。\n"
    assert _rows(text) == [(2033, "固定资产投资增速", 12.0, "%", "exact")]


def test_a_rank_held_still_reports() -> None:
    text = "发布日期：2034-01-10\n\n2033年，全市固定资产投资增速达到12%，排名全省第三。\n"
    assert _rows(text) == []


def test_a_dash_line_of_a_half_year_or_a_quarter_reports() -> None:
    # a dash line of part of the year the text sets goals for: its figures are results (review18b M1)
    for part, dated in (("上半年", "2032-07-15"), ("一季度", "2032-04-20"), ("前三季度", "2032-10-18")):
        text = (
            f"某县2032年{part}工作情况\n发布日期：{dated}\n2032年，全县将地区生产总值增长6%作为预期目标。\n"
            f"——2032年{part}，全县营业收入增长7.5%，规上工业增加值增长6.2%。\n"
        )
        assert [(year, value) for year, _, value, *_ in _rows(text)] == [(2032, 6.0)], part

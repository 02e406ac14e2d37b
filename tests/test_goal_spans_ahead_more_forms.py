"""Goals of a span of years ahead with no calendar year (round 35, issue 8, targets47): a range written with its first
年 (通过三年到五年的努力), a plan's 计划 right before the span however long the news before it (去年…，并计划用5年时间，…),
and 新发展 as a verb of growing new (新发展茶园4万亩). Year null, as the conventions give a span's goals. Sentences
made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, value, unit, bound) for year, _, value, unit, bound in target_rows(text + "\n", "news.txt")
    ]


def test_a_range_of_years_written_with_its_first_year_word_sets_goals() -> None:
    assert _rows("会议要求，通过三年到五年的努力，全省冷链仓储基地达到30个。") == [
        (None, 30.0, "个", "exact")
    ]


def test_a_plan_right_before_the_span_aims_after_long_news_of_now() -> None:
    text = (
        "去年，全县实施茶园提质工程，建设生态茶园8万亩，年产干茶2万吨，实现产值9亿元，"
        "并计划用4年时间，新发展茶园3万亩。"
    )
    assert _rows(text)[-1:] == [(None, 30000.0, "亩", "exact")]


def test_a_span_inside_a_list_of_measures_stays_no_goal() -> None:
    # no aim before the span, and a long lead: a measure's time, not a goal's
    text = "各地要加大财政投入，引导土地加快流转，完善基础设施配套，健全社会化服务体系，用3年时间建设12处现代农业示范园。"
    assert _rows(text) == []


def test_a_count_a_verb_of_making_leads_after_the_span_is_its_goal() -> None:
    assert _rows("力争3年内建成省级冷链物流园区12个。") == [(None, 12.0, "个", "exact")]
    assert _rows("3年内，全市新增规上农产品加工企业20家。") == [(None, 20.0, "家", "exact")]


def test_a_count_after_a_verb_of_results_stays_no_goal() -> None:
    # 完成…改造: a result's verb as well as an aim's (review17 A5)
    assert _rows("用两年时间，全市完成农贸市场改造40个。") == []

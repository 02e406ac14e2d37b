"""Where a goal's year stands: in an earlier sentence of the same paragraph (census16/17 T3). A report's news opens a
year's plan with its work plan (2031年工作安排，深入实施…。) as it does with 将 (2031年，全县将…): the later sentences'
goals with a goal verb are that year's. In a sentence a goal opener leads (力争完成X…，实现Y…), each part a goal verb
leads is a goal too. A review (工作回顾), a report of the present (现有), another year and a new paragraph end the
carry. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _years_values(text: str) -> list[tuple[int | None, float | None]]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_a_work_plan_opening_its_paragraph_dates_the_later_sentences() -> None:
    text = (
        "2031年工作安排，深入实施产业攻坚行动，加快构建现代产业体系。做大做强工业经济。"
        "加快实施一批新材料项目，铝材产量达到30万吨，新材料产业产值达到200亿元。"
    )
    assert target_rows(text) == [
        (2031, "铝材产量", 300000.0, "吨", "exact"),
        (2031, "新材料产业产值", 200.0, "亿元", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a review reports the year past
        "2029年工作回顾，深入实施产业攻坚行动。铝材产量达到30万吨，新材料产业产值达到200亿元。",
        # the present status in a later sentence is no goal
        "2031年工作安排，深入实施产业攻坚行动。全市现有规上企业1200家。",
        # the next paragraph is not carried
        "2031年工作安排，深入实施产业攻坚行动。\n铝材产量达到30万吨。\n",
    ],
)
def test_a_review_the_present_or_another_paragraph_takes_no_year(text: str) -> None:
    assert target_rows(text) == []


def test_another_year_ends_what_the_work_plan_carries() -> None:
    text = "2031年工作安排，全面推进产业升级，铝材产量达到30万吨。2029年全市铝材产量达到20万吨。"
    assert _years_values(text) == [(2031, 300000.0)]


def test_each_goal_verb_after_an_opener_in_a_carried_sentence_is_a_goal() -> None:
    text = (
        "2031年，全县将以创建产业园为抓手，推动茶产业转型升级。"
        "力争完成茶叶加工量12万吨，实现综合产值260亿元；接待游客超900万人次。"
    )
    assert target_rows(text) == [
        (2031, "茶叶加工量", 120000.0, "吨", "exact"),
        (2031, "综合产值", 260.0, "亿元", "exact"),
        (2031, "接待游客", 9000000.0, "人次", "min"),
    ]


def test_a_goal_verb_without_an_opener_in_its_sentence_stays_no_goal() -> None:
    # 实现 after a report of the present: no opener leads the sentence
    text = "2031年，全县将推动茶产业转型升级。截至目前，全县茶园面积达35万亩，实现综合产值180亿元。"
    assert [value for _, _, value, _, _ in target_rows(text)] == []


@pytest.mark.parametrize(
    "report",
    [
        "上年全市地区生产总值增长6%。",
        "上半年全市完成固定资产投资80亿元，增长8%。",
        "去年全县新增市场主体1万户。",
    ],
)
def test_a_sentence_telling_the_year_before_or_a_part_run_ends_the_carry(report: str) -> None:
    # review17b: the year of a work plan must not date the figures of last year or of a half-year already run
    text = f"2031年工作安排，力争全市地区生产总值达到500亿元。{report}"
    assert _years_values(text) == [(2031, 500.0)]


def test_a_plan_timing_its_projects_in_a_half_year_keeps_the_carry() -> None:
    text = "2031年工作安排，力争全市地区生产总值达到500亿元。推动重点项目在上半年集中投产，力争新增装机容量达到300万千瓦。"
    assert _years_values(text) == [(2031, 500.0), (2031, 3000000.0)]

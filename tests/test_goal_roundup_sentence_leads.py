"""A news round-up of several places' goals for the year: a dated page whose lead is one sentence saying places set
今年's goals (近日，各县区确定了今年的主要目标。), then each place's name and its bullet items. The sentence leads the bullets
as a lead line with no colon does: each bulleted figure is a target of the page's year; a lead saying the goals were
met leads results (round 36, targets52; lexicon [targets] goal_lead_line_pattern, parsers.goal_leads).

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_BULLETS = "甲县\n◆茶叶产量增长8%以上\n◆旅游接待人次增长12%\n丁区\n▲新增城镇就业3000人\n▲森林覆盖率达到68%\n"


def _rows(text: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(text, "news.txt")]


def test_a_sentence_lead_over_places_and_bullets() -> None:
    text = "西岭晚报 2033-02-20\n近日，各县区相继确定了今年的主要目标。\n" + _BULLETS
    assert _rows(text) == [
        (2033, "茶叶产量", 8.0),
        (2033, "旅游接待人次", 12.0),
        (2033, "城镇就业", 3000.0),
        (2033, "森林覆盖率", 68.0),
    ]


def test_a_sentence_saying_the_goals_were_met_leads_none() -> None:
    text = "西岭晚报 2033-12-20\n各县区全面完成了今年的主要目标。\n" + _BULLETS
    assert _rows(text) == []


def test_a_bullet_with_no_figure_does_not_end_a_place_list() -> None:
    text = (
        "西岭晚报 2033-02-20\n近日，各县区相继确定了今年的主要目标。\n甲县\n●茶叶产量增长8%以上\n●河湖水质稳中向好\n"
        "●旅游接待人次增长12%\n丁区\n■林业产值增长6%\n■职工工资增长与效益增长同步\n■新增城镇就业3000人\n"
    )
    rows = _rows(text)
    assert (2033, "城镇就业", 3000.0) in rows

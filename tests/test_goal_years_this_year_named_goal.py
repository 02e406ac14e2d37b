"""今年/明年 whose sentence names its figures the year's goal after them (…增长6%左右的发展目标) or calls them a 目标任务
right before them: the year the text's date names (lexicon [targets] relative_goal_closed_pattern; census of round 30,
jinnian33). A stretch of the year (今年1-10月), a result (完成了…目标) and an estimate give none. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.context import TextIndex
from parsers.document_date import stated_date
from parsers.lexicon import lexicon

_DATE = "发布时间：2026-03-04\n"


def _rows(sentence: str, date: str = _DATE) -> list[tuple[int, float]]:
    return [(year, value) for year, _, value, _, _ in target_rows(date + sentence + "\n")]


def test_goals_named_after_their_figures_take_the_texts_year() -> None:
    sentence = "会议确定了今年农业农村发展主要经济指标，要求锚定一产增加值增长6%左右、农民人均收入增长6.5%以上的发展目标，聚焦增产增收。"
    assert _rows(sentence) == [(2026, 6.0), (2026, 6.5)]


def test_a_target_task_before_its_figure_takes_the_texts_year() -> None:
    sentence = "据了解，今年某县全年粮食播种面积目标任务31.2万亩，全年粮食产量目标任务11.56万吨。"
    assert _rows(sentence) == [(2026, 312000.0), (2026, 115600.0)]


def test_goals_named_before_a_later_intent_word_count_too() -> None:
    sentence = "今年某县粮食播种面积目标任务31.2万亩，粮食亩产要力争达到370公斤/亩。"
    assert _rows(sentence) == [(2026, 312000.0), (2026, 370.0)]


def test_next_year_is_the_year_after_the_date() -> None:
    assert _rows("明年某县粮食播种面积目标任务32万亩。") == [(2027, 320000.0)]


def test_a_text_dated_in_another_year_gives_that_year() -> None:
    assert _rows("今年某县粮食播种面积目标任务31.2万亩。", date="发布时间：2019-02-11\n") == [
        (2019, 312000.0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "今年1-10月，某市地区生产总值增长6%，完成了全年的目标。",  # a stretch of the year, a result
        "今年某市地区生产总值已增长6%，超出预期的目标。",  # 已: a result
        "预计今年某市地区生产总值增长6%左右的目标能够实现。",  # an estimate
        "今年全县新增市场主体2万户，规划确定的目标全面完成。",  # the 目标 of another part: a result
    ],
)
def test_a_stretch_a_result_or_an_estimate_gives_no_goal(sentence: str) -> None:
    assert _rows(sentence) == []


def test_a_cited_documents_number_does_not_date_the_text() -> None:
    """A 文号 in brackets after a cited title is that document's; the text's own on a line of its own dates it."""
    cited = "某县部署春耕生产\n根据《关于做好粮食生产工作的通知》（某政办发〔2019〕3号），今年某县粮食播种面积目标任务31.2万亩。\n"
    assert stated_date(TextIndex(cited).norm, lexicon()) is None
    assert target_rows(cited) == []
    own = "某县部署春耕生产\n某政办发〔2026〕3号\n今年某县粮食播种面积目标任务31.2万亩。\n"
    assert _rows(own, date="") == [(2026, 312000.0)]


def test_a_change_against_last_year_named_the_goal_is_one() -> None:
    """同比 reports a change unless aimed: one bounded and named the year's goal right after it is aimed."""
    assert _rows("某区提出今年数字产业产值同比增长7%左右的目标。") == [(2026, 7.0)]
    assert _rows("今年某区实现了数字产业产值同比增长7%左右的目标。") == []  # a goal met

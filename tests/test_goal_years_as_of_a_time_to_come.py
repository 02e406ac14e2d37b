"""截至 (as of) a time its sentence then aims at (截至2031年底，全市充电桩将达到3000个; 截至“十五五”末，…将达…): a
deadline, the goals' year (round 31, targets32; lexicon [targets] status_deadline_year_pattern,
status_deadline_period_pattern). 截至 with no intent after it reports a status; a time before the text's date is a
report whatever follows; 已 or 了 before the intent reports. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _head(year: int) -> str:
    return f"某市新能源汽车推广应用方案\n{year}年3月1日\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_as_of_a_years_end_with_will_is_a_deadline() -> None:
    text = _head(2030) + "截至2031年底，全市充电桩将达到3000个，新能源汽车保有量将突破2万辆。\n"
    assert _rows(text) == [(2031, 3000.0), (2031, 2e4)]


def test_as_of_a_period_end_with_will_in_an_undated_text() -> None:
    text = "根据该规划，截至“十五五”末，全省数字经济核心产业营业收入将达2.4万亿元。\n"
    assert _rows(text) == [(2030, 24000.0)]  # 2.4万亿元 in 亿元


@pytest.mark.parametrize(
    "sentence",
    [
        "截至2031年底，全市共建成充电桩3000个。",  # no intent: a status
        "截至2029年底，全市充电桩将达到3000个。",  # before the text's date (2030): a report
        "截至2031年底，全市已建成充电桩3000个，将继续推进。",  # 已 before the intent
    ],
)
def test_a_status_stays_a_status(sentence: str) -> None:
    assert _rows(_head(2030) + sentence + "\n") == []


def test_an_intent_of_a_later_year_leaves_the_status_a_status() -> None:
    # the 力争 is the later year's (到2033年): the status as of 2031 stays a status, undated or not
    text = "截至2031年底，全市充电桩约3000个，力争到2033年达到8000个。\n"
    assert _rows(text) == [(2033, 8000.0)]

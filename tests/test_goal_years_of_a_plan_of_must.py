"""A bare year opening its part, then the modal 要 in that part (2027年要在科技创新上求突破。…再增长8%。新建…30家以上。):
the year's plan, as a bare year before 将 states it (lexicon [targets] planned_goal_year_pattern; census of round 30,
year31): its quantified goals and those of the later sentences of its paragraph. 要素, 主要, 需要 are no modal, and a
year before the text's date is a report's. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_DATE = "2027年1月12日\n"


def test_a_year_before_the_modal_carries_to_the_later_sentences() -> None:
    text = _DATE + (
        "市长提出，2027年要在提升产业链韧性上求突破、见实效。统筹产业引导资金，市级技改投入再增长8%。"
        "新建市级中试基地、工程研究中心30家以上。\n"
    )
    assert [(year, value) for year, _, value, _, _ in target_rows(text)] == [(2027, 8.0), (2027, 30.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "2027年要素市场化配置改革深入推进，新建市级工程研究中心30家。",  # 要素: a noun
        "2025年要在提升产业链韧性上求突破。新建市级工程研究中心30家以上。",  # before the text's date
    ],
)
def test_no_modal_or_a_past_year_opens_no_plan(sentence: str) -> None:
    assert [value for _, _, value, _, _ in target_rows(_DATE + sentence + "\n")] == []

"""A bare year opening its part, then the modal 要 in that part (2027年要在科技创新上求突破。…再增长10%。新建…40家以上。):
the year's plan, as a bare year before 将 states it (lexicon [targets] planned_goal_year_pattern; census of round 30,
year31): its quantified goals and those of the later sentences of its paragraph. 要素, 主要, 需要 are no modal, and a
year before the text's date is a report's. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_DATE = "2027年1月12日\n"


def test_a_year_before_the_modal_carries_to_the_later_sentences() -> None:
    text = _DATE + (
        "省长提出，2027年要在增强科技创新能力上求突破、见实效。深化科技资金统筹整合，省级科技投入再增长10%。"
        "新建省实验室、省级技术创新中心40家以上。\n"
    )
    assert [(year, value) for year, _, value, _, _ in target_rows(text)] == [(2027, 10.0), (2027, 40.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "2027年要素市场化配置改革深入推进，新建省级技术创新中心40家。",  # 要素: a noun
        "2025年要在增强科技创新能力上求突破。新建省级技术创新中心40家以上。",  # before the text's date
    ],
)
def test_no_modal_or_a_past_year_opens_no_plan(sentence: str) -> None:
    assert [value for _, _, value, _, _ in target_rows(_DATE + sentence + "\n")] == []

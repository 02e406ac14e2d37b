"""A plan document handed down (专项资金计划下达3.1亿元, 投资计划下达…) is an allocation told: its 计划 is the funds' or
the investment's plan, a noun, no intent of the text, so a bare year before it opens no goal (round 36, falsegoals36;
lexicon [tense] cue_in_name_words). 计划下达专项资金… (plans to hand down) keeps its verb and its goals.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _values(text: str) -> list[float]:
    return [value for _, _, value, _, _ in target_rows(text + "\n", "news.txt") if value is not None]


def test_a_funds_plan_handed_down_is_no_goal() -> None:
    text = "据悉，2031年第二批省级传统产业改造升级专项资金计划下达3.1亿元，按照60%:40%比例切块至市县。"
    assert _values(text) == []


def test_a_plan_to_hand_down_funds_stays_a_goal() -> None:
    assert _values("2031年，全省计划下达专项资金3.1亿元，支持项目120个。") == [3.1, 120.0]

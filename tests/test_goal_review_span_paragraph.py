"""False goals, round 35 (targets48), class 1: a paragraph that opens a review of a span running to now (近年来，…)
reports what the span reached; a later sentence's year before the text's date (到2035年底，…达到98万亩 in a text of
2036) closes that span, no goal ([targets] review_span_words, goal_reports._review_span_before). A goal year after
the date in the same paragraph keeps its row.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_HEAD = "设施农业发展迈上新台阶\n发布时间：2036-03-02 10:00:00 来源：某某网\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(_HEAD + text + "\n", "news.txt")]


def test_a_past_year_after_a_review_span_is_no_goal() -> None:
    text = (
        "近年来，省委、省政府出台了一系列扶持政策，加大资金投入，推动设施农业发展。到2035年底，全省设施农业面积达到"
        "98万亩，产量超过350万吨。今年政府工作报告提出，到2040年，全省设施农业面积达到150万亩。"
    )
    assert _rows(text) == [(2040, 1500000.0, "亩")]

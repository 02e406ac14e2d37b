"""A yearless goal lead at a line's start two paragraphs under the year's topic sentence, past the general requirement
(round 36, targets50): a work report writes 2031年是…之年。 ⏎ 港区工作的总体要求是：坚持…。 ⏎ 主要预期目标是：A增长…；
B…；C…, and every goal of that list is the topic year's (parsers.goal_leads._topic_above). Before, only a lead right
under the topic paragraph took its year; past the requirement the list's later items were lost. Prose passed over names
no year and holds no figure: a paragraph of figures or of another year between ends the reach.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_TOPIC = "三、2031年重点工作\n2031年是“十六五”规划开局之年，做好今年工作责任重大。\n"
_REQUIREMENT = "港区工作的总体要求是：坚持稳中求进，扎实推动各项事业取得新进展，奋力开创港城发展新局面。\n"
_LEAD = (
    "港区发展的主要预期目标是：港口吞吐量增长6%以上；外贸进出口总额增长8%左右，"
    "渔民人均可支配收入增长7%；港口安全事故率控制在0.5%以内。\n"
    "围绕上述目标，重点做好以下工作。\n"
)


def _rows(text: str) -> list[tuple]:
    return [(year, value, kind) for year, _, value, _, kind in target_rows(text, "report.txt")]


_GOALS = [(2031, 6.0, "min"), (2031, 8.0, "exact"), (2031, 7.0, "exact"), (2031, 0.5, "max")]


def test_a_lead_past_the_general_requirement_takes_the_topic_year() -> None:
    assert _rows(_TOPIC + _REQUIREMENT + _LEAD) == _GOALS


def test_a_lead_right_under_the_topic_still_does() -> None:
    assert _rows(_TOPIC + _LEAD) == _GOALS


def test_a_paragraph_of_past_figures_between_ends_the_reach() -> None:
    past = "去年全区港口吞吐量增长3.2%，外贸进出口总额增长4.1%。\n"
    rows = _rows(_TOPIC + past + _LEAD)
    assert (2031, 8.0, "exact") not in rows and (2031, 0.5, "max") not in rows

"""A year whose own sentence names its goal (2031年全市快递业务量目标为3.6亿件以上，…) keeps that sentence's goals when a
later sentence of its statement names goals in passing (各区具体任务目标，由市邮政管理局另行下达) (round 36, targets50;
parsers.goal_scopes): before, the search for the words that name a goal list ran past the year's sentence and took
目标， there as the lead, so the year's goals began after it and the figures before it were lost. A later sentence's
lead still counts when it names what follows (2031年是…之年。今年港区的主要预期目标是：…).

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, value, kind) for year, _, value, _, kind in target_rows(text + "\n", "notice.txt") if value
    ]


def test_goals_of_the_years_own_sentence_stay() -> None:
    text = (
        "2031年全市快递业务量目标为3.6亿件以上，同比增长12%以上。各区具体任务目标，由市邮政管理局另行下达。"
    )
    assert _rows(text) == [(2031, 360000000.0, "min"), (2031, 12.0, "min")]


def test_a_lead_naming_what_follows_in_the_next_sentence_still_leads() -> None:
    text = "2031年是规划开局之年，也是港区设立10周年。今年港区的主要预期目标是：港口吞吐量增长6%左右，外贸进出口增长8%以上。"
    assert _rows(text) == [(2031, 6.0, "exact"), (2031, 8.0, "min")]

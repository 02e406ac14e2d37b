"""A stage of a plan in steps named again over its goals (round 36, targets50; parsers.goal_stage_leads): a plan's news
gives the stage its year (“第一步”是到2031年，…) and lists the stage's goals in a later paragraph that names the stage
before a colon (全市给“第一步”定下了具体要求：A…，B…). Those goals take the stage's year. A stage given two years, or a
lead with one figure after it, leads nothing.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_STEPS = (
    "某市港航建设分两步走：“第一步”是到2031年，港口综合实力明显提高、航运服务更加完善；"
    "“第二步”是到2035年，全面建成区域航运中心。\n\n"
)
_LEAD = "全市给“第一步”定下了具体要求：集装箱吞吐量达到500万标箱以上，内河航道总里程达到1200公里，港口岸电覆盖率达到90%。\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text, "news.txt")]


def test_the_stage_named_again_gives_its_goals_its_year() -> None:
    assert _rows(_STEPS + _LEAD) == [(2031, 5000000.0, "标箱"), (2031, 1200.0, "公里"), (2031, 90.0, "%")]


def test_a_stage_given_two_years_leads_nothing() -> None:
    steps = _STEPS.replace("“第二步”", "“第一步”")
    assert _rows(steps + _LEAD) == []


def test_one_figure_after_the_stage_leads_nothing() -> None:
    assert _rows(_STEPS + "全市给“第一步”定下了具体要求：港口岸电覆盖率达到90%。\n") == []

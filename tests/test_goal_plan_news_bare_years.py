"""News of a plan issued (印发《…方案》，明确实施…，于2033年建成…) then its goals with a bare year opening a clause (于
optional): the plan's words before the year, past the name of the action it sets (实施“…三年行动”, 实施…工程), frame
the clause as the plan's, so its quantified goals are that year's (round 36, targets52; lexicon [tense]
plan_title_frame_pattern, [targets] repeated_goal_year_pattern). A year before the text's date stays a result.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(text + "\n", "news.txt")]


def test_a_deadline_with_yu_after_a_named_action() -> None:
    text = "近日，丁省印发《城乡绿化行动方案》，明确实施“林荫道路三年行动”，于2034年建成林荫道路60条，新增游园80处。"
    assert _rows(text) == [(2034, "林荫道路", 60.0), (2034, "游园", 80.0)]


def test_a_bare_year_after_a_named_project() -> None:
    text = "近日，乙市印发《河湖治理实施方案》，明确实施碧水工程，2034年县级以上水源地达标率达到100%。"
    assert _rows(text) == [(2034, "县级以上水源地达标率", 100.0)]


def test_a_year_before_the_date_after_an_action_stays_a_result() -> None:
    text = (
        "东城报 2031-03-05\n近年来，甲省实施“绿地提升三年行动”，于2029年建成口袋公园40个，新增绿道120公里。"
    )
    assert _rows(text) == []

"""Goals of an undated text that follow, in a paragraph of their own, the plan it stated with its year
(parsers/goal_detected_scopes.py, _stated_plan_year; census of round 31, targets33: news of a work report or a plan
states its year once, `2031年，力争…。`, and its tasks after it with no year and often no word of intent, `同时，…新增…
500家`). They take the year of the last goal statement with a year before them, when no year is named between, the
year is still to come and no review's heading stands above them. Texts made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_PLAN = "某市政府工作报告摘要\n报告指出，2031年，全市力争地区生产总值增长6%左右。\n"
# a paragraph between with no figure: the plan's own statement does not reach the tasks after it
_BETWEEN = "全市还将全力推动重大工业项目落地，建成投产一批重点项目。\n"
_TASKS = "壮大市场主体。新增国家高新技术企业600家以上，专精特新企业达到120家左右，上市公司达到12家以上。\n"


def _years_and_values(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text) if value is not None]


def test_tasks_in_a_later_paragraph_take_the_stated_year() -> None:
    text = _PLAN + _BETWEEN + _TASKS
    assert _years_and_values(text) == [(2031, 6.0), (2031, 600.0), (2031, 120.0), (2031, 12.0)]


def test_a_deadline_year_stated_before_the_tasks_of_a_plan() -> None:
    text = (
        "某县推进乡村振兴三年行动\n按照行动方案，到2033年，全县乡村振兴将取得重大突破，农村居民人均可支配收入达到3万元。\n"
        "落实粮食产能提升行动。着力稳面积、提单产，粮食播种面积不低于90万亩，油料播种面积达到5万亩以上。\n"
    )
    assert _years_and_values(text) == [(2033, 30000.0), (2033, 900000.0), (2033, 50000.0)]


def test_a_past_year_named_between_stops_the_stated_year() -> None:
    text = _PLAN + _BETWEEN + "2030年，全市新增企业200家。\n" + _TASKS
    assert _years_and_values(text) == [(2031, 6.0)]


def test_no_task_under_a_review_heading_takes_the_stated_year() -> None:
    # a review's figures, hedged as a plan's would be: without the heading's check they took 2031
    assert _years_and_values(_PLAN + _BETWEEN + "过去五年工作回顾\n" + _TASKS) == [(2031, 6.0)]


def test_a_status_after_the_plan_is_no_goal() -> None:
    text = _PLAN + _BETWEEN + "壮大市场主体。目前，全市共有国家高新技术企业3000家以上。\n"
    assert _years_and_values(text) == [(2031, 6.0)]


def test_a_paragraph_of_one_sentence_in_prose_takes_the_stated_year() -> None:
    # one sentence with its clauses and a full stop is prose, no metric line of its own
    tasks = "着力提升市场主体质量，新增国家高新技术企业600家以上，专精特新企业达到120家左右，上市公司达到12家以上。\n"
    assert _years_and_values(_PLAN + _BETWEEN + tasks)[1:] == [(2031, 600.0), (2031, 120.0), (2031, 12.0)]


def test_metric_lines_take_no_stated_year() -> None:
    # lines of a metric and its figure take their year only from a heading the rules read
    assert _years_and_values(
        _PLAN + _BETWEEN + "新增国家高新技术企业600家以上\n专精特新企业达到120家左右\n"
    ) == [(2031, 6.0)]

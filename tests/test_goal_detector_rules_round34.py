"""Two rules the learned goal detector's units pass before their score (parsers.goal_detected_scopes), round 34: a
goal named as the aim one strives toward (朝着/向着/为…目标 奋进/迈进/努力) is a goal whatever the detector scores it;
a unit naming a part of the year already run (上半年, 前三季度, 1—8月) with no verb of intent is a report, however
bounded its figures. Sentences made up (names and figures of no fixture)."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple]:
    return [(t.year, t.value, t.unit) for t in targets_of(text)]


def _document_targets(text: str) -> list[tuple]:
    return [(t.year, t.value) for t in parse_bytes(text.encode("utf-8"), "probe.txt").targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("朝着到2031年全县花卉产业综合产值翻一番的目标奋进。", [(2031, 2.0, "倍")]),
        ("全县干部群众向着到2032年农村居民收入翻一番的目标阔步迈进。", [(2032, 2.0, "倍")]),
        ("为实现到2033年全区粮食总产稳定在45万吨以上的目标而努力奋斗。", [(2033, 450000.0, "吨")]),
    ],
)
def test_a_goal_one_strives_toward_is_a_goal(sentence: str, expected: list[tuple]) -> None:
    assert _rows(sentence) == expected


def test_figures_before_the_striving_phrase_are_not_its_goal() -> None:
    # the figure reports the quarters run; the phrase after it names no figure of its own
    text = "发布日期：2032-10-18\n前三季度，全县规上工业增加值增长8.2%，向全年目标迈进。\n"
    assert _document_targets(text) == []


@pytest.mark.parametrize(
    ("part", "date"),
    [("前三季度", "2033-10-21 16:00"), ("上半年", "2033-07-19 10:00"), ("1—8月", "2033-09-14 09:00")],
)
def test_a_report_of_a_part_of_the_year_run_is_no_goal(part: str, date: str) -> None:
    text = (
        f"戌市经济运行通报\n{date} 来源：戌市统计局\n"
        f"2033年{part}，全市地区生产总值增长4.9%左右，规上工业增加值增长7%以上。\n"
    )
    assert _document_targets(text) == []


def test_a_part_of_the_year_a_plan_aims_at_is_a_goal() -> None:
    # the near miss: a verb of intent makes the half year the plan's own timing
    text = (
        "发布日期：2033-03-01\n2033年上半年，全市力争地区生产总值增长4.9%左右，规上工业增加值增长7%以上。\n"
    )
    assert _document_targets(text) == [(2033, 4.9), (2033, 7.0)]


def test_a_half_year_report_whose_figures_read_like_a_goal_list_is_no_goal() -> None:
    # every figure bound (以上, 以内) as a plan binds its goals, so the detector alone reads the unit as a goal; the
    # half year already run, with no verb of intent, makes it a report (goal_detected_scopes.reports_an_elapsed_period)
    report = (
        "2033年上半年，全县新增就业岗位3000个以上，城镇调查失业率控制在5.5%以内，规上工业增加值增长6%以上。\n"
    )
    aimed = report.replace("全县", "全县力争")
    assert _document_targets("发布日期：2033-07-18\n" + report) == []
    assert _document_targets("发布日期：2033-07-18\n" + aimed) == [(2033, 3000.0), (2033, 5.5), (2033, 6.0)]

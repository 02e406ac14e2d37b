"""An estimate (预计) in a later part of a year's clause whose earlier part plans by a verb (round 32, targets36):

2028年，某市将加快…，预计…增长4%左右。某市将推进…，新增…20万吨。 The estimate is its own part's; the clause's 将
makes the year a plan's, so the year reaches the later sentence's goals as any plan year does. Before, one 预计
anywhere made the whole clause a report.

Guards: an estimate before every plan verb (2028年，全市生产总值预计增长4%左右，力争…: an estimate of a result, as
before), and another report cue beside the estimate (达到了). Sentences made up, undated."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_a_plan_year_reaches_the_next_sentence_past_an_estimate() -> None:
    text = "2028年，某市将加快建设区域物流枢纽，预计港口货物吞吐量增长4%左右。某市将推进冷链设施建设，新增冷库库容20万吨。"
    assert (2028, 2e5) in _rows(text)


def test_a_planned_crop_with_an_estimated_yield_carries_its_year() -> None:
    text = (
        "2028年，某县将扩大设施蔬菜生产，计划种植面积12万亩，预计产量48万吨。"
        "另外，生猪出栏量达到30万头，禽蛋产量达到2万吨。"
    )
    rows = _rows(text)
    assert (2028, 3e5) in rows and (2028, 2e4) in rows


def test_an_estimate_before_every_plan_verb_still_reports() -> None:
    text = "2028年，全市生产总值预计增长4%左右，力争规上工业增加值增长6%。"
    assert _rows(text) == []


def test_another_report_cue_beside_the_estimate_still_reports() -> None:
    text = "2028年，某县将扩大设施蔬菜生产，种植面积达到了12万亩，预计产量48万吨。"
    assert _rows(text) == []


def test_an_estimate_after_a_record_still_to_write_keeps_the_plan_year() -> None:
    # the slogan's 答卷 is no report cue (奋力书写…答卷): the estimate is then the clause's only cue, as above
    text = (
        "2028年，某镇将聚焦产业振兴，奋力书写乡村振兴新答卷，预计全镇农业总产值增长6%左右。"
        "某镇将推进冷链设施建设，新增冷库库容20万吨。"
    )
    assert (2028, 2e5) in _rows(text)

"""An estimate (预计) in a later part of a year's clause whose earlier part plans by a verb (round 32, targets36):

2028年，某省将坚持…，预计…增长5.5%左右。某省将推动…，数字经济占比达到45%以上。 The estimate is its own part's; the
clause's 将 makes the year a plan's, so the year reaches the later sentence's goals as any plan year does. Before, one
预计 anywhere made the whole clause a report.

Guards: an estimate before every plan verb (2028年，全市生产总值预计增长5.5%左右，力争…: an estimate of a result, as
before), and another report cue beside the estimate (达到了). Sentences made up, undated."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_a_plan_year_reaches_the_next_sentence_past_an_estimate() -> None:
    text = "2028年，某省将坚持稳中求进，预计全省地区生产总值增长5.5%左右。某省将推动数字经济实现突破，数字经济占比达到45%以上。"
    assert (2028, 45.0) in _rows(text)


def test_a_planned_crop_with_an_estimated_yield_carries_its_year() -> None:
    text = (
        "2028年，某兵团将继续推进棉花基地建设，计划播种面积760万亩，预计总产皮棉115万吨。"
        "同时，抓好粮食生产，粮食播种面积达到415万亩，产量达到210万吨。"
    )
    rows = _rows(text)
    assert (2028, 4.15e6) in rows and (2028, 2.1e6) in rows


def test_an_estimate_before_every_plan_verb_still_reports() -> None:
    text = "2028年，全市生产总值预计增长5.5%左右，力争规上工业增加值增长6%。"
    assert _rows(text) == []


def test_another_report_cue_beside_the_estimate_still_reports() -> None:
    text = "2028年，某兵团将继续推进棉花基地建设，播种面积达到了760万亩，预计总产皮棉115万吨。"
    assert _rows(text) == []


def test_an_estimate_after_a_record_still_to_write_keeps_the_plan_year() -> None:
    # the slogan's 答卷 is no report cue (奋力书写…答卷): the estimate is then the clause's only cue, as above
    text = (
        "2028年，某镇将坚持稳字当头，奋力书写高质量发展新答卷，预计全镇地区生产总值增长7%左右。"
        "某镇将推动数字经济实现突破，数字经济占比达到45%以上。"
    )
    assert (2028, 45.0) in _rows(text)

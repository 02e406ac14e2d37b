"""A slogan of the record still to write (奋力书写…答卷, 谱写…答卷) in a year's plan is an aim, not a review's record
handed in (round 32, targets36). Before, its 答卷 (a past marker, for 交出了…答卷) made the whole clause a report.

Guards: a record handed in (交出了一份亮眼答卷) still reports, and so does 交出…答卷 without 了 (left as it was).
Sentences made up, undated."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_a_record_to_write_leaves_the_plan_year() -> None:
    text = "2028年，某县将聚焦产业振兴，奋力书写乡村振兴新答卷，全年地区生产总值增长6.5%以上，一般公共预算收入增长5%。"
    assert _rows(text) == [(2028, 6.5), (2028, 5.0)]


def test_a_record_to_write_in_quotes_leaves_the_plan_year() -> None:
    text = "2028年，某区将持续擦亮营商环境“金”招牌，谱写创新发展“优”答卷，地区生产总值增长6%左右，新增市场主体3000户以上。"
    assert _rows(text) == [(2028, 6.0), (2028, 3000.0)]


def test_a_record_handed_in_still_reports() -> None:
    text = "2028年，某县交出了一份亮眼答卷，全年粮食产量稳定在25万吨以上，农民人均可支配收入增长7%。"
    assert _rows(text) == []


def test_a_record_handed_in_without_a_particle_still_reports() -> None:
    text = (
        "2028年，某县将聚焦产业振兴，交出满意答卷，全年粮食产量稳定在25万吨以上，农民人均可支配收入增长7%。"
    )
    assert _rows(text) == []

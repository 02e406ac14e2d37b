"""A slogan of the record still to write (奋力书写…答卷, 谱写…答卷) in a year's plan is an aim, not a review's record
handed in (round 32, targets36). Before, its 答卷 (a past marker, for 交出了…答卷) made the whole clause a report.

Guards: a record handed in (交出了一份亮眼答卷) still reports, and so does 交出…答卷 without 了 (left as it was).
Sentences made up, undated."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_a_record_to_write_leaves_the_plan_year() -> None:
    text = "2028年，某镇将坚持稳字当头，奋力书写高质量发展新答卷，全年地区生产总值增长7%以上，财政收入增长6%以上。"
    assert _rows(text) == [(2028, 7.0), (2028, 6.0)]


def test_a_record_to_write_in_quotes_leaves_the_plan_year() -> None:
    text = "2028年，某街道将全面奏响发展“强”音，谱写现代化“新”答卷，完成固定资产投资80亿元以上，新增就业1200人以上。"
    assert _rows(text) == [(2028, 80.0), (2028, 1200.0)]


def test_a_record_handed_in_still_reports() -> None:
    text = "2028年，某镇交出了一份亮眼答卷，全年地区生产总值增长7%以上，财政收入增长6%以上。"
    assert _rows(text) == []


def test_a_record_handed_in_without_a_particle_still_reports() -> None:
    text = "2028年，某镇将坚持稳字当头，交出满意答卷，全年地区生产总值增长7%以上，财政收入增长6%以上。"
    assert _rows(text) == []

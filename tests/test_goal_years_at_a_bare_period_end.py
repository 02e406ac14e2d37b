"""A five-year period's end opening its part with no 到 (“十五五”期末，…; 十五五末，…) outside that period's own plan
(round 31, targets32; SOURCES.md round 13: a goal at a named plan period's end takes the period's last year): the
goals' year when the text's date stands before the period's end, or, in an undated text, when the rest of its
sentence aims (a verb of intent or a hedge of aims: 以上, 左右) and reports nothing. A text dated at or after the end
reviews the period; a period's end inside its part is a base (…，是“十五五”末的2倍). Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _head(year: int) -> str:
    return f"某市国土空间生态修复实施方案\n{year}年3月1日\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_an_undated_period_end_whose_sentence_aims() -> None:
    text = "“十五五”期末，全市城镇化率达到65%，森林覆盖率达到45%以上。\n"
    assert _rows(text) == [(2030, 65.0), (2030, 45.0)]


def test_a_period_end_in_a_text_dated_before_it() -> None:
    assert _rows(_head(2027) + "十五五末，全市城镇化率达到65%。\n") == [(2030, 65.0)]


def test_a_period_end_in_single_quotes_after_a_goal_verb() -> None:
    text = "他说：“力争‘十五五’末，培育100家亿元以上企业。”\n"
    assert _rows(text) == [(2030, 100.0)]


def test_a_period_end_in_a_text_dated_at_or_after_it_is_a_review() -> None:
    assert _rows(_head(2031) + "“十五五”末，全市城镇化率达到65%以上。\n") == []


def test_an_undated_period_end_that_reports_is_no_goal() -> None:
    assert _rows("“十五五”期末，全市城镇化率已达到65%以上。\n") == []


def test_a_period_end_inside_its_part_is_a_base() -> None:
    text = _head(2027) + "到2035年，全市林业产值达到400亿元，是“十五五”末的2倍。\n"
    assert [year for year, _ in _rows(text)] == [2035]


def test_a_subject_before_a_period_end_and_a_goal_verb() -> None:
    # 某集团“十五五”末力争…: the subject's goals of the period's last year (lexicon subject_goal_year_patterns)
    text = "某集团“十五五”末力争形成2000万吨钢规模，销售收入达到600亿元以上。\n"
    assert _rows(text) == [(2030, 2e7), (2030, 600.0)]


def test_a_subject_before_a_period_end_that_reports() -> None:
    assert _rows("某集团“十五五”末已形成2000万吨钢规模。\n") == []

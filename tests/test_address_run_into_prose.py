"""A browser's address stamp is a line of its own: an address holds no Chinese punctuation (round 31, targets34;
parsers/data/furniture.toml [print] stamps). A page that ran its address, date and source into its prose (http://甲网
2031-03-05 10:20 来源: 乙网站作为…。到2033年，力争…) keeps that line as text, and its goals are read; the furniture
rules match a line with its spaces removed, so the address pattern took the whole line, goals and all, before.
Text made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.structure import parse_structure

RUN_INTO_PROSE = (
    "某市倾力打造三大产业基地\n"
    "http://news.example.com.cn 2031-03-05 10:20 来源: 某部网站作为全省经济的“发动机”,某市坚持集中精力打造汽车、"
    "农产品加工、轨道客车三大产业基地。到2033年,力争汽车业产值达到7000亿元,农产品加工业产值达到2000亿元。\n"
    "其中,某市已确立十大农产品加工系列。\n"
)


def test_an_address_run_into_prose_is_no_stamp() -> None:
    text = RUN_INTO_PROSE
    furniture = [text[s:e] for s, e in parse_structure(text).furniture]
    assert not any("力争" in piece for piece in furniture)


def test_the_goals_after_an_address_run_into_prose_are_read() -> None:
    rows = [(year, value, unit) for year, _, value, unit, _ in target_rows(RUN_INTO_PROSE)]
    assert rows == [(2033, 7000.0, "亿元"), (2033, 2000.0, "亿元")]


def test_an_address_on_its_own_line_stays_furniture() -> None:
    text = (
        "某市促进科技创新若干措施\n"
        "http://kjj.example.gov.cn/art/2031/3/5/art_1_123.html 1/3\n"
        "第一条 为促进科技创新，制定本措施。\n"
    )
    furniture = [text[s:e].strip() for s, e in parse_structure(text).furniture]
    assert furniture == ["http://kjj.example.gov.cn/art/2031/3/5/art_1_123.html 1/3"]


@pytest.mark.parametrize(
    "field",
    ["来源：某市政府网 2031-03-05 10:20 ", "发布时间：2031-03-05 10:20 ", "•2031-03-05 "],
)
def test_a_field_run_into_prose_keeps_its_goals(field: str) -> None:
    """A field's value ends no sentence: a line a field opens that goes past a full stop is the text's."""
    text = (
        "某市倾力打造三大产业基地\n"
        f"{field}某市坚持打造汽车产业基地。到2033年,力争汽车业产值达到7000亿元,农产品加工业产值达到2000亿元。\n"
        "其中,某市已确立十大农产品加工系列。\n"
    )
    assert [(year, value) for year, _, value, _, _ in target_rows(text)] == [(2033, 7000.0), (2033, 2000.0)]


def test_a_field_line_of_its_own_and_a_summary_stay_the_sites() -> None:
    text = (
        "某市倾力打造三大产业基地\n"
        "来源：某市政府网 2031-03-05 10:20\n"
        "导读：某市出台新政策。到2033年，力争汽车业产值达到7000亿元。\n"
        "某市坚持打造汽车产业基地。\n"
    )
    furniture = [text[s:e].strip() for s, e in parse_structure(text).furniture]
    assert furniture == [
        "来源：某市政府网 2031-03-05 10:20",
        "导读：某市出台新政策。到2033年，力争汽车业产值达到7000亿元。",
    ]

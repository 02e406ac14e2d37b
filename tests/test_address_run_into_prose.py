"""A browser's address stamp is a line of its own: an address holds no Chinese punctuation (round 31, targets34;
parsers/data/furniture.toml [print] stamps). A page that ran its address, date and source into its prose (http://甲网
2031-03-05 10:20 来源: 乙网站…。到2033年，力争…) keeps that line as text, and its goals are read; the furniture
rules match a line with its spaces removed, so the address pattern took the whole line, goals and all, before.
Text made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.structure import parse_structure

RUN_INTO_PROSE = (
    "某市加快建设两大新材料产业园\n"
    "http://news.example.com.cn 2031-03-05 10:20 来源: 某省工信厅网站某市近年来坚持把新材料作为主导产业，"
    "规划建设两大产业园。到2033年,力争新材料产业产值达到600亿元,引进配套企业80家。\n"
    "其中,某市已建成三个公共技术平台。\n"
)


def test_an_address_run_into_prose_is_no_stamp() -> None:
    text = RUN_INTO_PROSE
    furniture = [text[s:e] for s, e in parse_structure(text).furniture]
    assert not any("力争" in piece for piece in furniture)


def test_the_goals_after_an_address_run_into_prose_are_read() -> None:
    rows = [(year, value, unit) for year, _, value, unit, _ in target_rows(RUN_INTO_PROSE)]
    assert rows == [(2033, 600.0, "亿元"), (2033, 80.0, "家")]


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
        "某市加快建设两大新材料产业园\n"
        f"{field}某市近年来坚持把新材料作为主导产业。到2033年,力争新材料产业产值达到600亿元,引进配套企业80家。\n"
        "其中,某市已建成三个公共技术平台。\n"
    )
    assert [(year, value) for year, _, value, _, _ in target_rows(text)] == [(2033, 600.0), (2033, 80.0)]


def test_a_field_line_of_its_own_and_a_summary_stay_the_sites() -> None:
    text = (
        "某市加快建设两大新材料产业园\n"
        "来源：某市政府网 2031-03-05 10:20\n"
        "导读：某市出台新政策。到2033年，力争新材料产业产值达到600亿元。\n"
        "某市近年来坚持把新材料作为主导产业。\n"
    )
    furniture = [text[s:e].strip() for s, e in parse_structure(text).furniture]
    assert furniture == [
        "来源：某市政府网 2031-03-05 10:20",
        "导读：某市出台新政策。到2033年，力争新材料产业产值达到600亿元。",
    ]

"""A period whose years a copy lost ((—年), (-年): a spam or forum copy drops digits, as in 截止日期为年11月24日) is still
the title's period, not a site's label in brackets (field conventions, round 17: a period in the title's line is the
title's). Texts are made up."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("甲市妇女发展规划(—年)\n序言\n男女平等是基本国策。\n一、指导思想\n", "甲市妇女发展规划(—年)"),
        (
            "乙县干线公路整治三年行动实施方案(-年)\n一、总体要求\n推进整治。\n",
            "乙县干线公路整治三年行动实施方案(-年)",
        ),
        ("丙区河道管理办法(全文)\n第一条 为了加强河道管理，制定本办法。\n", "丙区河道管理办法"),
    ],
)
def test_a_period_whose_years_a_copy_lost_stays_in_the_title(text: str, title: str) -> None:
    assert parse_structure(text).title == title

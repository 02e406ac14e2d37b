"""A month and day written with a slash in a dateline (2024 02/20 08:42:14) is a date, no fraction; a fraction after a
year written with 年 (2024年1/3的资金) stays a share. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _ratios(text: str) -> list[tuple[str, float]]:
    return [(r.surface, round(r.value, 4)) for r in parse_bytes(text.encode("utf-8"), "page.txt").ratios]


@pytest.mark.parametrize(
    "text",
    [
        "甲市新闻网 2024 02/20 08:42:14 来源：甲市新闻网",
        "发布时间：2023-03/15 来源：乙县政府网",
        "2022 03/08 09:30 乙县发布",
    ],
)
def test_a_datelines_month_and_day_is_no_fraction(text: str) -> None:
    assert _ratios(text) == []


def test_a_fraction_after_a_year_with_nian_stays() -> None:
    assert _ratios("2024年1/3的专项资金用于乙类补助。") == [("1/3", 0.3333)]

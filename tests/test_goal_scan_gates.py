"""The whole-year parts (parsers.goal_yearless) are found by match_starts.scan, which tries the pattern only where a
match can open (spaces, 全, 年), not at every position as finditer did: the same matches, so the same goals. These
pin what a gate there must not skip: a part after spaces (the match opens at the first space after the mark), at the
text's start and after a line break. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.goal_yearless import _whole_year_part
from parsers.lexicon import lexicon
from parsers.match_starts import scan

_DATE = "2031年1月5日\n"

_TEXTS = [
    "加强就业支持，全年计划新增城镇就业1.7万人以上。",
    "加强就业支持， \u3000全年计划新增城镇就业1.7万人以上。",  # spaces between the mark and 全年
    "全年计划开展专题招商活动12次左右。",  # at the text's start
    "一、招商引资\n年内计划引进项目30个以上；全年计划新开工项目20个以上。",  # after a line break, then a semicolon
    "今年全年计划新增就业1万人以上。",  # 全年 inside a part: no match
    "全年全年计划新增就业1万人以上，年内年内计划完成10个以上。",
    "推进城市更新，\t年内全市完成老旧小区改造50个以上，新建口袋公园20个。",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_scan_finds_what_finditer_finds(text: str) -> None:
    pattern = lexicon().derived(_whole_year_part)
    assert [m.span() for m in scan(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_DATE + "加强就业支持， \u3000全年计划新增城镇就业1.7万人以上。", [(2031, 17000.0, "人", "min")]),
        (_DATE + "年内计划开展专题招商活动12次。", [(2031, 12.0, "次", "exact")]),
        (
            _DATE + "一、招商引资\n\u3000\u3000年内计划引进项目30个以上。",
            [(2031, 30.0, "个", "min")],
        ),
    ],
)
def test_a_whole_year_part_after_spaces_or_a_break_is_still_read(text: str, expected: list[tuple]) -> None:
    rows = [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text, "news.txt")]
    assert rows == expected

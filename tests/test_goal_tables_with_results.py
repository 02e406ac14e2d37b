"""A table of the year's goals and how each was met, copied one cell a line, each cell closed by a bar (issue 8,
round 36): 类别 ⏎ 序号 ⏎ 指标名称 ⏎ 20XX年预期目标 ⏎ 20XX年完成情况, a group's name on its first row only (a lone bar
elsewhere), a goal cell of two figures or of words alone. The goal column gives that year's goals, the result column
none. Texts written for this file."""

from __future__ import annotations

from extraction_helpers import one_clause, targets_of

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _table(head: str, header: list[str], rows: list[list[str]]) -> str:
    lines = [head] + [f"{cell} |" for cell in header]
    for row in rows:
        lines += [f"{cell} |" if cell else "|" for cell in row]
    return "\n".join(lines) + "\n"


_HEADER = ["类别", "序号", "指标名称", "2029年预期目标", "2029年完成情况"]
_ROWS = [
    ["农业 生产", "1", "粮食总产量", "稳定在52万吨以上", "53.1万吨"],
    ["", "2", "乡村民宿接待人次", "增长7%", "增长7.4%"],
    ["", "3", "农产品加工业产值", "稳中有进", "86亿元"],
    ["乡村 建设", "4", "常住人口", "增长3万人左右，年末人口40万左右", "增长2.6万人"],
]
_TEXT = _table("表3 2029年乙县农业农村主要预期目标完成情况", _HEADER, _ROWS)


def _read(text: str) -> list[tuple]:
    return [(t.year, t.value, t.kind, t.unit, t.metric) for t in targets_of(text)]


def test_each_goal_cell_gives_a_goal_of_the_columns_year_and_the_result_cells_none():
    assert _read(_TEXT) == [
        (2029, 520000.0, "min", "吨", "粮食总产量"),
        (2029, 7.0, "exact", "%", "乡村民宿接待人次"),
        (2029, None, None, None, "农产品加工业产值"),  # 稳中有进: a goal without a number
        (2029, 30000.0, "exact", "人", "常住人口"),
        (2029, 400000.0, "exact", "人", "年末人口"),  # the cell's second goal, named by its own words
    ]


def test_a_goal_cells_ratio_is_a_target_and_a_result_cells_is_not():
    _, ratios = extract_amounts(_TEXT, one_clause(_TEXT))
    assert [(r.surface, r.role) for r in ratios] == [("7%", "target"), ("7.4%", "other")]


def test_the_group_name_left_out_of_a_later_row_keeps_the_rows_aligned():
    text = _TEXT.replace("\n|\n2 |", "\n2 |")  # the merged cell dropped, not written as a lone bar
    assert [(y, v) for y, v, *_ in _read(text)] == [
        (2029, 520000.0),
        (2029, 7.0),
        (2029, None),
        (2029, 30000.0),
        (2029, 400000.0),
    ]


def test_lines_closed_by_bars_without_a_goal_column_give_no_goal():
    # the year's results alone: no column of goals in the header
    text = _table(
        "表3 2029年乙县农业农村主要目标完成情况",
        ["类别", "序号", "指标名称", "单位", "2029年完成情况"],
        [["农业 生产", "1", "粮食总产量", "万吨", "53.1"], ["", "2", "农产品加工业产值", "亿元", "86"]],
    )
    assert _read(text) == []
    # cells closed by bars, but no header of goals or results at all
    text = _table(
        "丙镇2029年便民服务事项清单", ["序号", "事项名称", "办理时限"], [["1", "户籍证明", "3个工作日"]]
    )
    assert _read(text) == []


def test_a_row_of_words_alone_does_not_end_the_table():
    rows = [
        ["水产 养殖", "1", "水产品产量", "稳中有进", "稳中向好"],
        ["", "2", "养殖池塘改造面积", "1.5万亩", "1.6万亩"],
    ]
    text = _table(
        "表1 2031年丁县渔业主要预期目标完成情况", _HEADER[:3] + ["2031年预期目标", "2031年实际完成"], rows
    )
    assert _read(text) == [
        (2031, None, None, None, "水产品产量"),
        (2031, 15000.0, "exact", "亩", "养殖池塘改造面积"),
    ]


def test_a_goal_column_without_a_year_takes_the_captions():
    text = _table(
        "表1 2031年丁县渔业主要预期目标完成情况",
        ["指标名称", "预期目标", "完成情况"],
        [["水产品产量", "增长3%", "增长3.2%"], ["养殖池塘改造面积", "1.5万亩", "1.6万亩"]],
    )
    assert [(y, v) for y, v, *_ in _read(text)] == [(2031, 3.0), (2031, 15000.0)]


def test_a_text_dated_after_the_goal_year_still_gives_that_years_goals():
    # a report of the next year: the goal column's year has passed, its cells are that year's goals all the same
    index = TextIndex(_TEXT, current_year=2030)
    assert [(t.year, t.value) for t in extract_targets(_TEXT, sentence_clauses(_TEXT), index)] == [
        (2029, 520000.0),
        (2029, 7.0),
        (2029, None),
        (2029, 30000.0),
        (2029, 400000.0),
    ]


def test_the_same_table_without_bars_reads_the_same():
    # cells one a line with no bar: an empty group cell is a blank line, passed over like the blank lines between cells
    text = _TEXT.replace(" |\n", "\n").replace("\n|\n", "\n\n")
    assert _read(text) == _read(_TEXT)
    assert len(_read(text)) == 5

"""Goal tables copied one cell a line, each cell closed by a bar (`指标名称 |` ⏎ `单位 |` ⏎ …), as a page's table comes
out of a reader that keeps the cell borders: the header's cells stand one a line, a 序号 or 类别 column above the metric's,
a column of who leads each goal (牵头单位, 责任单位, 来源), base cells written `-` or `/`, and a group's name written on
its first row only (a merged cell). Texts written for this file."""

from __future__ import annotations

from extraction_helpers import targets_of


def _table(head: str, header: list[str], rows: list[list[str]]) -> str:
    lines = [head] + [f"{cell} |" for cell in header]
    for row in rows:
        lines += [f"{cell} |" for cell in row]
    return "\n".join(lines) + "\n"


def _read(text: str) -> list[tuple[int, float, str, str]]:
    return [(t.year, t.value, t.kind, text[t.char_start : t.char_end]) for t in targets_of(text)]


def test_a_numbered_table_with_a_lead_column_gives_each_goal_year_its_cell():
    text = _table(
        "某县全民健身提升行动计划(2024-2027年)主要目标",
        ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位"],
        [
            ["1", "经常参加体育锻炼人数比例", "%", "36.2", "≥38", "≥40", "县文旅局"],
            ["2", "人均体育场地面积", "平方米", "-", "2.6", "2.8", "县体育中心"],
            ["3", "国民体质监测合格率", "%", "90.5", "≤1.5", "持续提升", "县卫健局"],
        ],
    )
    got = _read(text)
    assert [(y, v, k) for y, v, k, _ in got] == [
        (2025, 38.0, "min"),
        (2027, 40.0, "min"),
        (2025, 2.6, "exact"),
        (2027, 2.8, "exact"),
        (2025, 1.5, "max"),
    ]
    assert [s.endswith(c) for (*_, s), c in zip(got, ["≥38", "≥40", "2.6", "2.8", "≤1.5"], strict=True)] == [
        True
    ] * 5


def test_the_base_column_and_the_lead_column_give_no_goal():
    text = _table(
        "某市智慧城市建设三年行动方案主要指标",
        ["序号", "指标", "单位", "2024年", "2026年", "责任单位"],
        [
            ["1", "5G基站数", "个", "1200", "3000", "市工信局"],
            ["2", "千兆宽带用户数", "万户", "12", "20", "市通信办"],
        ],
    )
    assert [(y, v) for y, v, *_ in _read(text)] == [(2026, 3000.0), (2026, 200000.0)]


def test_a_group_named_on_its_first_row_only_keeps_the_rows_aligned():
    # 类别 is a merged cell: written on the group's first row, left out or empty (a lone bar) on the others
    text = _table(
        "某市数字经济创新发展行动计划\n表1 主要指标",
        ["类别", "主要指标", "单位", "2022年", "2027年", "来源"],
        [
            ["总体", "数字经济增加值占地区生产总值比重", "%", "38", "45", "市统计局"],
            ["数字产业化企业数量", "家", "/", "300", "市经信委"],
            ["", "数字化示范项目", "个", "/", "80", "市经信委"],
            ["产业数字化", "规模以上工业企业数字化改造覆盖率", "%", "60", "90", "市经信委"],
        ],
    ).replace("\n |\n", "\n|\n")
    assert [(y, v) for y, v, *_ in _read(text)] == [(2027, 45.0), (2027, 300.0), (2027, 80.0), (2027, 90.0)]


def test_a_cell_with_words_around_its_figure_is_read_as_prose():
    text = _table(
        "某区健康行动计划(2025-2027年)主要目标任务",
        ["序号", "指标名称", "单位", "2024年", "2025年", "2027年", "牵头单位"],
        [
            ["1", "居民健康素养水平", "%", "28", "每年提升2%左右", "每年提升2%左右", "区卫健局"],
            ["2", "道路交通万车死亡率", "人/万车", "1.8", "较2023年 下降5%", "较2025年 下降5%", "区公安分局"],
        ],
    )
    assert [(y, v) for y, v, *_ in _read(text)] == [(2025, 2.0), (2027, 2.0), (2025, 5.0), (2027, 5.0)]


def test_a_rate_per_population_column_keeps_its_unit_on_a_bounded_cell():
    text = _table(
        "某市妇幼健康提升行动方案主要目标",
        ["序号", "指标名称", "单位", "2024年", "2026年", "牵头单位"],
        [
            ["1", "孕产妇死亡率", "/10万", "9.8", "≤8", "市卫健委"],
            ["2", "新生儿死亡率", "‰", "2.1", "≤1.8", "市卫健委"],
        ],
    )
    assert [(t.year, t.value, t.kind, t.unit) for t in targets_of(text)] == [
        (2026, 8.0, "max", "/10万"),
        (2026, 1.8, "max", "‰"),
    ]


def test_a_table_one_cell_a_line_without_bars_reads_the_same():
    # a page's table whose cells hold paragraphs comes out of the reader one cell a line, with no bar
    text = _table(
        "某县全民健身提升行动计划(2024-2027年)主要目标",
        ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位"],
        [["1", "经常参加体育锻炼人数比例", "%", "36.2", "≥38", "≥40", "县文旅局"]],
    )
    assert _read(text.replace(" |", "")) == [
        (2025, 38.0, "min", "≥38"),
        (2027, 40.0, "min", "≥40"),
    ]

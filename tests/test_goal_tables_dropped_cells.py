"""Goal tables copied one cell a line whose empty cells the page dropped (parsers/goal_table_cell_lines.py): blank
lines between the header's cells and the rows', the lead columns' names (领域, 序号) stacked above the metric's, and a
last column of kinds (指标性质: 预期性, 约束性) that closes each row, so a row without its unit or its base still gives
its target. Texts written for this file."""

from __future__ import annotations

from extraction_helpers import targets_of


def _cells(*cells: str, gap: str = "\n\n") -> str:
    return gap.join(cells) + gap


def _read(text: str) -> list[tuple[int, float, str, str]]:
    return [(t.year, t.value, t.kind, t.metric) for t in targets_of(text)]


def test_rows_without_a_unit_or_a_base_keep_their_targets_under_the_right_column():
    text = "某县“十五五”时期教育事业主要发展指标\n\n" + _cells(
        "领域", "序号", "主要指标", "单位", "2025年", "2030年目标", "指标性质",
        "学前教育", "1", "学前三年毛入园率", "%", "92", ">95", "预期性",
        "2", "普惠性幼儿园覆盖率", "%", "-", "≥90", "约束性",
        "义务教育", "3", "九年义务教育巩固率", "97.5", "98", "约束性",
        "4", "每百名学生拥有专任教师数", "6.1", "<7", "预期性",
        "5", "课后服务覆盖面", "-", "全覆盖", "预期性",
        "6", "县域义务教育优质均衡发展", "个", "2", "预期性",
    )  # fmt: skip
    assert _read(text) == [
        (2030, 95.0, "min", "学前三年毛入园率"),
        (2030, 90.0, "min", "普惠性幼儿园覆盖率"),
        (2030, 98.0, "exact", "九年义务教育巩固率"),
        (2030, 7.0, "max", "每百名学生拥有专任教师数"),
        (2030, 2.0, "exact", "县域义务教育优质均衡发展"),  # its base dropped, its unit kept: 2个
    ]


def test_a_table_with_bars_and_no_lead_column_drops_its_empty_cells_too():
    text = "某市养老服务三年行动计划主要指标\n" + _cells(
        "指标名称 |", "单位 |", "2024年 |", "2026年 |", "属性 |",
        "养老机构护理型床位占比 |", "% |", "55 |", "60 |", "约束性 |",
        "每千名老年人拥有养老床位数 |", "40 |", "45 |", "预期性指标 |",
        "其中：社区养老床位数 |", "18 |", "预期性 |",
        gap="\n",
    )  # fmt: skip
    assert _read(text) == [
        (2026, 60.0, "exact", "养老机构护理型床位占比"),
        (2026, 45.0, "exact", "每千名老年人拥有养老床位数"),
        (2026, 18.0, "exact", "其中：社区养老床位数"),
    ]


def test_a_review_table_of_kinds_gives_no_goal():
    review = "某区2024年主要目标完成情况\n\n" + _cells(
        "序号", "指标", "单位", "2024年目标", "属性", "1", "地区生产总值增速", "6", "预期性",
    )  # fmt: skip
    assert _read(review) == []

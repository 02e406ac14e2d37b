"""Row-major goal tables with one year column (parsers/goal_tables.py): an indicator table of a plan gives each metric's
value for one year (`指标 ⇥ 2027年 ⇥ 属性`), its header maybe letter-spaced as a layout spreads it (`指 标    2027 年
属 性`), its cells set apart by runs of spaces, a tab or a bar; each row's unit from the metric's brackets or the unit
column, a bare cell (100, >7.5) taking it. A year named a base, or a table of no plan, gives none. Texts written for
this file."""

from __future__ import annotations

from extraction_helpers import targets_of


def _read(text: str) -> list[tuple[int, float, str, str | None, str]]:
    return [(t.year, t.value, t.kind, t.unit, text[t.char_start : t.char_end]) for t in targets_of(text)]


def test_a_letter_spaced_header_over_rows_set_apart_by_spaces():
    text = (
        "专栏 2        某市养老服务体系建设主要指标\n\n\n"
        "                       指 标                              2027 年        属 性\n\n"
        "        1.养老机构护理型床位占比(%)                              >60           约束性\n\n"
        "        2.社区养老服务设施覆盖率（%）                            100           预期性\n\n\n"
        "        3.培训养老护理员人数(万人)                               >1.5          预期性\n"
    )
    assert [(y, v, k, u) for y, v, k, u, _ in _read(text)] == [
        (2027, 60.0, "min", "%"),
        (2027, 100.0, "exact", "%"),
        (2027, 15000.0, "min", "人"),
    ]
    assert [t.metric for t in targets_of(text)][:2] == ["养老机构护理型床位占比", "社区养老服务设施覆盖率"]


def test_one_year_column_beside_a_unit_column_and_an_attribute_column():
    text = (
        "表3  “十五五”时期文化事业发展主要指标\n指标 | 单位 | 2030年 | 属性 |\n"
        "公共图书馆人均藏书量 | 册 | 2.2 | 预期性 |\n每万人拥有公共文化设施面积 | 平方米 | >2000 | 预期性 |\n"
        "行政村综合文化服务中心覆盖率 | % | 100 | 约束性 |\n"
    )
    assert [(y, v, k, u) for y, v, k, u, _ in _read(text)] == [
        (2030, 2.2, "exact", "册"),
        (2030, 2000.0, "min", "平方米"),
        (2030, 100.0, "exact", "%"),
    ]


def test_a_tab_separated_table_of_one_year_in_a_plan():
    text = (
        "某县生态环境保护规划（2024—2026年）\n主要指标\n指标名称\t2026年\n"
        "地表水达到或好于Ⅲ类水体比例（%）\t≥85\n细颗粒物年均浓度（微克/立方米）\t<30\n"
    )
    assert [(y, v, k) for y, v, k, _, _ in _read(text)] == [(2026, 85.0, "min"), (2026, 30.0, "max")]


def test_no_goal_from_a_base_year_or_a_table_of_no_plan():
    base = (
        "某区“十五五”规划主要指标\n指 标    2025 年 基 期    属 性\n人均地区生产总值(万元)    9.6    预期性\n"
    )
    statistics = (
        "某市2024年国民经济运行情况\n一、主要经济指标\n指标\t2024年\n"
        "地区生产总值（亿元）\t1280\n城镇居民人均可支配收入（元）\t52000\n"
    )
    assert _read(base) == [] and _read(statistics) == []

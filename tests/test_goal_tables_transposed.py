"""Transposed goal tables (parsers/goal_table_transposed.py): the metrics in a row, a row of targets under them, as a
page stores a wide indicator table it turned or broke into blocks (`主要指标 |` ⏎ `A | B |` ⏎ `2027年目标值 |` ⏎
`>80% | 3.5 |` ⏎ `属性 | 约束性 | …`), maybe letter-spaced; a sign in a cell (>, <, ≥) bounds its figure, a bare
figure is a level with no unit; a table at a page's top is the document's, no bar of links. Texts written for this
file."""

from __future__ import annotations

from extraction_helpers import one_clause, targets_of

from parsers.amounts import extract_amounts
from parsers.pipeline import parse_bytes


def _read(text: str) -> list[tuple[int, float, str, str, str]]:
    return [(t.year, t.value, t.kind, t.metric, text[t.char_start : t.char_end]) for t in targets_of(text)]


def test_blocks_of_metrics_each_under_a_spaced_header_give_the_target_row_under_them():
    text = (
        "主 要 指 标 |\n森林覆盖率 | 城市污水处理率 | 单位地区生产总值能耗 |\n"
        "2027 年 目 标 值 |\n>45% | 98% | <0.4吨标准煤/万元 |\n属 性 | 约束性 | 约束性 | 约束性 |\n"
        "主 要 指 标 |\n城乡居民收入比 | 义务教育巩固率 |\n2027 年 目 标 值 |\n2.3 | 96.5% |\n"
        "属 性 | 预期性 | 预期性 |\n"
    )
    assert _read(text) == [
        (2027, 45.0, "min", "森林覆盖率", ">45%"),
        (2027, 98.0, "exact", "城市污水处理率", "98%"),
        (2027, 0.4, "max", "单位地区生产总值能耗", "<0.4吨标准煤/万元"),
        (2027, 2.3, "exact", "城乡居民收入比", "2.3"),
        (2027, 96.5, "exact", "义务教育巩固率", "96.5%"),
    ]


def test_the_label_may_open_the_row_of_its_targets_and_a_unit_row_gives_the_units():
    text = (
        "某市数字经济发展行动方案\n主要指标\t数字经济核心产业增加值\t5G基站数\t上云企业\n"
        "单位\t亿元\t万个\t家\n2026年目标\t800\t1.2\t≥3000\n属性\t预期性\t预期性\t预期性\n"
    )
    assert [(y, v, k, m) for y, v, k, m, _ in _read(text)] == [
        (2026, 800.0, "exact", "数字经济核心产业增加值"),
        (2026, 12000.0, "exact", "5G基站数"),
        (2026, 3000.0, "min", "上云企业"),
    ]


def test_rows_of_years_in_a_plan_give_the_years_after_the_base():
    text = (
        "某县乡村振兴规划（2023—2025年）\n指标 | 农村居民人均可支配收入（元） | 农村自来水普及率（%） |\n"
        "2022年 | 18500 | 88 |\n2025年 | 23000 | 92 |\n属性 | 预期性 | 约束性 |\n"
    )
    assert [(y, v, m) for y, v, _, m, _ in _read(text)] == [
        (2025, 23000.0, "农村居民人均可支配收入"),
        (2025, 92.0, "农村自来水普及率"),
    ]


def test_no_goal_from_a_row_major_header_a_base_row_or_a_review():
    base_only = "主要指标 |\n粮食产量 | 森林覆盖率 |\n基期值 |\n300万吨 | 40% |\n"
    review = (
        "二、上年主要目标完成情况\n主要指标 |\n粮食产量 | 森林覆盖率 |\n2024年目标值 |\n300万吨 | 40% |\n"
    )
    years = "主要指标 |\n2024年 | 2025年 |\n粮食产量 | 300 |\n"
    assert _read(base_only) == [] and _read(review) == [] and _read(years) == []


def test_a_sign_before_a_share_bounds_it_and_a_markup_tag_does_not():
    _, ratios = extract_amounts("＞90% | <5% | ≥60%", one_clause("＞90% | <5% | ≥60%"))
    assert [(r.surface, r.kind) for r in ratios] == [("＞90%", "min"), ("<5%", "max"), ("≥60%", "min")]
    _, ratios = extract_amounts("<p>50%的企业完成改造", one_clause("<p>50%的企业完成改造"))
    assert [(r.surface, r.kind) for r in ratios] == [("50%", "exact")]


def test_a_table_at_the_top_of_a_page_is_read_not_taken_for_a_bar_of_links():
    text = "主要指标 | 规模以上工业增加值增速 | 研发投入强度 |\n2026年目标 | 7% | >3% |\n属性 | 预期性 | 预期性 |\n"
    doc = parse_bytes(text.encode("utf-8"), "table.txt")
    assert [(t.year, t.value, text[t.char_start : t.char_end]) for t in doc.targets] == [
        (2026, 7.0, "7%"),
        (2026, 3.0, ">3%"),
    ]
    assert [(r.surface, r.kind) for r in doc.ratios] == [("7%", "exact"), (">3%", "min")]
    menu = parse_bytes(
        "首页 | 政务公开 | 政策文件\n甲市关于促进消费的若干措施\n一、总体要求\n".encode(), "menu.txt"
    )
    assert [n.kind for n in menu.nodes][0] == "furniture"

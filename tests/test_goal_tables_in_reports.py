"""A table of the year's goals and results copied one cell a line as real pages give it (issue 8, round 36, second
pass): header cells spread by spaces (指 标 名 称 |) and a group's header of two words (指标 分类 |); a group's name of
words with spaces (食品 安全 监管 |) on its first row only, the other rows closed by a lone bar after their result cell;
the table inside a report on the year's work dated the next year. The goal column gives that year's goals (their ratios
role target), the result column none. Texts written for this file."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes

_REPORT = """乙市2030年市场监管工作情况和2031年工作安排
——2031年1月12日在乙市第三届人民代表大会第五次会议上
一、2030年市场监管工作计划执行情况
过去的一年，面对复杂多变的外部环境，全市市场监管系统坚持稳中求进工作总基调，扎实推进食品安全、产品质量和市场秩序各项工作，主要预期目标总体完成，为全市经济社会发展提供了有力保障。
表2 2030年乙市市场监管主要预期目标完成情况
{group} |
序号 |
{metric} |
2030年预期目标 |
2030年完成情况 |
食品 安全 监管 |
1 |
食品抽检合格率 |
98%以上 |
98.6% |
2 |
监督抽检批次 |
增长5%左右 |
增长6.1% |
|
3 |
快检覆盖率 |
90%以上 |
92% |
|
"""


def _parse(text: str):
    return parse_bytes(text.encode("utf-8"), "report.txt")


@pytest.mark.parametrize(
    ("group", "metric"), [("指标 分类", "指 标 名 称"), ("指标 类别", "指标名称"), ("指 标 分 类", "指 标")]
)
def test_the_goal_column_of_a_report_gives_that_years_goals(group, metric):
    doc = _parse(_REPORT.format(group=group, metric=metric))
    assert [(t.year, t.value, t.kind, t.unit, t.metric) for t in doc.targets] == [
        (2030, 98.0, "min", "%", "食品抽检合格率"),
        (2030, 5.0, "exact", "%", "监督抽检批次"),
        (2030, 90.0, "min", "%", "快检覆盖率"),
    ]


def test_goal_cells_ratios_are_targets_and_result_cells_are_not():
    doc = _parse(_REPORT.format(group="指标 分类", metric="指 标 名 称"))
    assert [(r.surface, r.role) for r in doc.ratios] == [
        ("98%以上", "target"),
        ("98.6%", "other"),
        ("5%左右", "target"),
        ("6.1%", "other"),
        ("90%以上", "target"),
        ("92%", "other"),
    ]


def test_a_line_of_two_words_that_names_no_group_is_no_groups_header():
    # 监管 事项 is no header of groups: the rows, led by a group's name, do not fit a table of numbered rows
    doc = _parse(_REPORT.format(group="监管 事项", metric="指 标 名 称"))
    assert doc.targets == []


def test_a_caption_as_wide_as_a_hard_wrapped_reports_lines_stays_over_the_table():
    # a report wrapped at the page's margin (a PDF's text): the caption, as wide as the prose lines, is not joined to
    # the header cell under it as if the line break only wrapped a paragraph
    prose = (
        "过去的一年，面对复杂多变的外部环境，全市市场监管系统坚持稳中求进工作总基调，扎实推进食品安全、产品质量和"
        "市场秩序各项工作，主要预期目标总体完成。全市共开展各类专项检查一百余次，查处违法案件数量稳步上升，消费者满"
        "意度持续提高，营商环境不断优化，市场主体活力进一步增强。"
    )
    wrapped = "\n".join(prose[i : i + 28] for i in range(0, len(prose), 28))
    text = _REPORT.format(group="指标 分类", metric="指 标 名 称").replace(
        "表2 2030年乙市市场监管主要预期目标完成情况", "表2 2030年乙市市场监督管理工作主要预期目标完成情况"
    )
    head, table = text.split("过去的一年", 1)
    text = head + wrapped + "\n" + table.split("\n", 1)[1]
    assert [(t.year, t.value, t.metric) for t in _parse(text).targets] == [
        (2030, 98.0, "食品抽检合格率"),
        (2030, 5.0, "监督抽检批次"),
        (2030, 90.0, "快检覆盖率"),
    ]


def test_goal_and_result_headers_spread_by_spaces_read_as_theirs():
    text = _REPORT.format(group="指标 分类", metric="指 标 名 称")
    text = text.replace("2030年预期目标 |", "2030 年 预 期 目 标 |").replace(
        "2030年完成情况 |", "2030 年 完 成 情 况 |"
    )
    assert [(t.year, t.value, t.metric) for t in _parse(text).targets] == [
        (2030, 98.0, "食品抽检合格率"),
        (2030, 5.0, "监督抽检批次"),
        (2030, 90.0, "快检覆盖率"),
    ]

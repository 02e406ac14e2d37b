"""Near misses of round 12's goal-year rules (a reviewer's made-up sentences, none from a fixture).

* A yearless 力争/确保 goal takes the year of the plan its title or headings name, else its text's date's year, but not
  when the title names a review or a plan of several years: the date's year is none of their goals' years.
* 全年 beside a yearless opener is the text's year, except in a dated review (the year reviewed).
* 到2030年 inside a sentence after 将/要/需 is the end of a period (lasts until), no deadline; after 就是/而/意味着 it is
  a deadline only when its goal verb and figure stand in its own part, not negated and no condition ending in 的.
* 下半年 and a bare 一季度 are parts of a year a plan sets too: only 上半年, 前三季度, 1—9月 … are elapsed.
"""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _targets(text: str) -> list[tuple]:
    return [(t.year, t.value) for t in parse_bytes(text.encode(), "draft.txt").targets if t.value is not None]


def _ratio_roles(text: str) -> list[tuple]:
    return [(r.surface, r.role) for r in parse_bytes(text.encode(), "draft.txt").ratios]


@pytest.mark.parametrize(
    "text",
    [
        "某县2025年工作总结\n发布日期：2026-01-05\n一、主要工作\n确保了全县粮食产量达到52万吨。\n",
        "某县关于2025年度财政预算执行情况的报告\n发布日期：2026-01-05\n力争全年收入增长5%，实际完成增长4.2%。\n",
        "某市“十五五”数字经济发展规划\n发布日期：2026-01-05\n力争数字经济核心产业增加值占GDP比重达到12%。\n",
        "合同期限需到2030年，期满后租金上涨不超过5%。\n",
        "项目建设期要到2027年底，总投资达到12亿元。\n",
        "该企业而到2027年仍未完成整改的，处罚款10万元。\n",
    ],
)
def test_no_goal_year_from_a_review_a_period_or_a_term(text):
    assert _targets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某县2027年工作计划\n发布日期：2026-12-20\n力争新增企业30家。\n", [(2027, 30.0)]),
        (
            "某县召开经济工作会议\n发布日期：2027-01-10\n会议提出，力争新增市场主体3000户。\n",
            [(2027, 3000.0)],
        ),
        (
            "某市2026—2028年制造业提升三年行动方案\n发布日期：2026-03-01\n力争新增专精特新企业60家。\n",
            [(2028, 60.0)],
        ),
        ("这就是到2028年，全县新增就业岗位5000个。\n", [(2028, 5000.0)]),
        ("而到2029年全省将培育龙头企业50家。\n", [(2029, 50.0)]),
        # 不断 is no negation of the verb after it
        ("意味着到2030年，全县不断提高森林覆盖率达到45%。\n", [(2030, 45.0)]),
    ],
)
def test_goal_years_that_stay(text, expected):
    assert _targets(text) == expected


def test_the_rest_of_a_year_is_planned_and_its_elapsed_part_reports():
    planned = "发布日期：2026-06-05\n下半年，全县规上工业增加值增长7%左右。\n"
    elapsed = "发布日期：2026-10-05\n今年前三季度，全县规上工业增加值增长8%左右。\n"
    assert (_ratio_roles(planned), _ratio_roles(elapsed)) == ([("7%左右", "target")], [("8%左右", "other")])

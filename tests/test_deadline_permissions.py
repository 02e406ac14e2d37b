"""A dated deadline with no 到 whose part grants a permission (2031年底前，重点企业可免缴…; …可以…; 允许…; 暂不…) sets
no goal: it says until when something may be done or left undone, not what must be reached (round 26, fix28; review27
S1). Words: lexicon [targets] deadline_permission_words. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "2031年底前，重点企业可免缴国有资本收益。",
        "2031年年底前，小微企业可免缴当年的残疾人就业保障金。",
        "2032年6月底前，符合条件的纳税人可以申请缓缴社会保险费。",
        "2031年底前，允许个体工商户按季度申报纳税。",
        "2032年年底前，新建住宅小区暂不征收城市基础设施配套费。",
        "2031年底前，对已备案的项目準予延期验收。",
        "2032年底前，確有困難的企業可以延期繳納，暫不加收滯納金。",
    ],
)
def test_a_deadline_granting_a_permission_sets_no_goal(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031年底前，全市完成老旧小区改造120个。", [(2031, 120.0, "个", "exact")]),
        ("2031年年底前，乡镇快递服务网点覆盖率达到98%。", [(2031, 98.0, "%", "exact")]),
        ("各地要于2031年6月底前完成排查整治任务。", [(2031, None, None, None)]),
    ],
)
def test_a_deadline_of_a_task_still_sets_its_goal(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected

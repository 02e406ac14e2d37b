"""A part of a goal statement that says what a thing is (丙县是全省最早种植茶叶的地区, 是未来五年全县旅游业发展的行动纲领)
names no state to reach: no goal without a number (issue 8, round 30: a description taken as a goal). Texts written
for this file.

A measure told with its doer and a modal (庚市将健全…体系) is no goal either, nor is a clause after the goal's own
that task verbs lead (大力发展…，积极做强…，创建…，构建…), unless a part of it states a change of state.

Near misses: a list's point (一是…), the goal a copula names (目标是建成…), a goal state after the description and an
outcome with its doer (壬市将建成…城市) stay goals.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _unquantified(text: str) -> list[str]:
    return [t.surface for t in targets_of(text) if t.value is None and t.low is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2031年，全县茶园面积达到8万亩，茶叶品牌影响力显著提升，丙县是全省最早种植茶叶的地区。",
            ["茶叶品牌影响力显著提升"],
        ),
        (
            "到2031年，丁市旅游综合实力明显增强，这份方案是今后三年丁市养老服务发展的行动指南。",
            ["丁市旅游综合实力明显增强"],
        ),
        ("到2031年，戊区营商环境持续优化，这张清单好比一张清晰的“路线图”。", ["戊区营商环境持续优化"]),
        ("到2031年，戊区营商环境持续优化，其也是全省承接产业转移的重点区域。", ["戊区营商环境持续优化"]),
    ],
)
def test_a_description_is_no_goal(text: str, expected: list[str]) -> None:
    assert _unquantified(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2031年，目标是建成区域性的物流枢纽。", ["目标是建成区域性的物流枢纽"]),
        (
            "到2031年，一是产业结构更加优化，二是城乡差距明显缩小。",
            ["一是产业结构更加优化", "二是城乡差距明显缩小"],
        ),
    ],
)
def test_a_goal_named_by_a_copula_stays(text: str, expected: list[str]) -> None:
    assert _unquantified(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2031年，全市茶园面积稳定在20万亩以上，茶产业品牌影响力明显增强，庚市将健全茶叶质量追溯体系。",
            ["茶产业品牌影响力明显增强"],
        ),
        ("到2031年，辛区城市功能明显提升，这批项目将聚焦于老旧小区的适老化改造。", ["辛区城市功能明显提升"]),
    ],
)
def test_a_measure_with_its_doer_is_no_goal(text: str, expected: list[str]) -> None:
    assert _unquantified(text) == expected


def test_an_outcome_with_its_doer_stays_a_goal() -> None:
    text = "到2031年，壬市将建成区域性国际消费中心城市。"
    assert _unquantified(text) == ["壬市将建成区域性国际消费中心城市"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2031年，全市冷库容量达到80万吨，使乙市成为区域性的冷链物流枢纽。",
            ["使乙市成为区域性的冷链物流枢纽"],
        ),
        (
            "到2035年，城乡公共服务均等化基本实现，让每个乡镇具备完善的养老服务条件。",
            ["城乡公共服务均等化基本实现", "让每个乡镇具备完善的养老服务条件"],
        ),
        ("到2031年，全县城乡居民收入稳步提高，让群众更满意。", ["全县城乡居民收入稳步提高"]),
    ],
)
def test_a_causative_of_an_outcome_is_a_goal_and_a_wish_is_none(text: str, expected: list[str]) -> None:
    assert _unquantified(text) == expected


def test_a_clause_of_measures_led_by_task_verbs_gives_no_goals() -> None:
    text = (
        "到2031年，全县建设自驾车营地20个以上；大力发展乡村旅游，积极做强康养产业，创建康养基地，"
        "构建康养产业链，提升康养旅游品牌，打造一批康养旅游目的地。"
    )
    assert _unquantified(text) == []


def test_a_change_of_state_among_measures_stays_a_goal() -> None:
    text = (
        "到2031年，全县农村公路优良路率保持在70%以上；实施安全生命防护工程1500公里，大力推进危桥改造，"
        "积极推广智慧养护，创建示范路线，农村公路养护管理水平进一步提升。"
    )
    assert _unquantified(text) == ["农村公路养护管理水平进一步提升"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2031年主要预期目标是：全市生产总值增长5%以上，实际执行时力争更好结果；居民收入增长与经济增长同步。",
            ["居民收入增长与经济增长同步"],
        ),
        (
            "到2031年，甲市力争外贸进出口总额达到900亿元，将从三方面入手，开放型经济水平明显提升。",
            ["开放型经济水平明显提升"],
        ),
    ],
)
def test_a_report_formula_or_a_list_lead_is_no_goal(text: str, expected: list[str]) -> None:
    assert _unquantified(text) == expected

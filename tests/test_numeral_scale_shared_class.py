"""A scale holding its numeral (千亿元) names a class when a class word follows it (千亿元级, 千亿元地级市), also when the
word follows the last amount of a list it heads (10个千亿元、20个百亿元级产业集群): kind min (round 16's size
classes). Sentences written for this file."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in parse_bytes(text.encode("utf-8"), "t.txt").money]


@pytest.mark.parametrize(
    "text",
    [
        "到2030年，培育10个千亿元、20个百亿元级产业集群。",
        "力争打造3个千亿元和5个百亿元产业集群。",
        "形成2个万亿元、6个千亿元级先进制造业集群。",
    ],
)
def test_a_class_word_after_a_lists_last_amount_is_shared(text: str) -> None:
    assert all(kind == "min" for _, kind in _kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "培育形成旅游总收入千亿元地级市3个、百亿元县市区30个。",
        "全省将有2个GDP千亿元地级市进入全国百强。",
    ],
)
def test_a_prefecture_city_names_a_class(text: str) -> None:
    kinds = dict(_kinds(text))
    assert kinds["千亿元"] == "min"


def test_a_list_of_levels_reached_names_no_class() -> None:
    # 地区生产总值达到千亿元、一般公共预算收入百亿元: amounts of two figures, no class word after either
    assert _kinds("到2030年，全市地区生产总值达到千亿元、一般公共预算收入百亿元。") == [
        ("千亿元", "exact"),
        ("百亿元", "exact"),
    ]

"""A capacity in gigawatts (96GW, 25GW) is a goal's amount: the 6G/5G inside it is no network generation (the trap
for 5G基站 stands only where no digit is before it and no letter after it). A bracket holding nothing but an amount
restates the one before it in another unit (600万千瓦（6GW）): no goal of its own. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets]


@pytest.mark.parametrize("amount", ["96GW", "25GW", "46GW"])
def test_a_gigawatt_goal_is_read(amount: str) -> None:
    rows = _rows(f"到2031年，全市光伏装机容量达到{amount}。")
    assert rows == [(2031, "全市光伏装机容量", float(amount.removesuffix("GW")), "GW", "exact")]


def test_two_goals_joined_by_a_mark_split_at_a_gigawatt_amount() -> None:
    text = "到2031年，力争多晶硅料产能达到37.5万吨、单晶拉棒产能达到96GW。"
    assert [(metric, value, unit) for _, metric, value, unit, _ in _rows(text)] == [
        ("多晶硅料产能", 375000.0, "吨"),
        ("单晶拉棒产能", 96.0, "GW"),
    ]


@pytest.mark.parametrize(
    "text", ["到2031年，新建5G基站1200个。", "到2031年，建成5G基站1200个、4G基站300个。"]
)
def test_a_network_generation_stays_no_amount(text: str) -> None:
    assert all(value in (1200.0, 300.0) for _, _, value, _, _ in _rows(text))
    assert _rows(text)


def test_an_amount_restated_in_a_bracket_is_no_goal_of_its_own() -> None:
    text = "2031年，全区将实施新型储能专项行动，开工新型储能装机1000万千瓦，建成投产600万千瓦（6GW）。"
    assert [(value, unit) for _, _, value, unit, _ in _rows(text)] == [
        (10000000.0, "千瓦"),
        (6000000.0, "千瓦"),
    ]


def test_a_bracket_with_its_own_metric_is_still_a_goal() -> None:
    text = "到2031年，新产品50项（其中首台套产品不少于3项）。"
    assert [(value, kind) for _, _, value, _, kind in _rows(text)] == [(50.0, "exact"), (3.0, "min")]


def test_a_share_in_brackets_after_an_amount_is_a_goal_of_its_own() -> None:
    # review17b: only a bracket restating the amount in another unit is left out, not a share
    doc = parse_bytes("到2031年，全市力争实现产值800亿元（12%）。".encode(), "plan.txt")
    assert [(t.value, t.unit) for t in doc.targets] == [(800.0, "亿元"), (12.0, "%")]


def test_a_bandwidth_in_g_is_no_value() -> None:
    doc = parse_bytes("到2031年，建成存储带宽达到15G以上的机房2个。".encode(), "plan.txt")
    assert [(t.value, t.unit) for t in doc.targets] == [(2.0, "个")]

"""A cap stated once for the amounts after it: in a list's head before its colon (补助最高限额为：甲类景区500万元，乙类
景区200万元), or as a fine's limit (将最高罚款2000元). Each amount of the list with no bound of its own is a max; a head
that names its cap's amount (每家企业最高奖励300万元：1.…) caps the total and leaves its tiers as they are (round 16,
bounds: a cap in a list head not applied to the items under it). Sentences made up."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def _money(text: str) -> list[tuple[str, float | None, float | None, str]]:
    doc = parse_bytes(text.encode("utf-8"), "rules.txt")
    return [(m.surface, m.low, m.high, m.kind) for m in doc.money]


def test_a_cap_in_the_list_head_bounds_every_item() -> None:
    text = "在景区建设补助方面，补助最高限额为：国家5A级景区500万元，国家4A级景区200万元，乡村旅游点50万元。"
    assert [(low, high, kind) for _, low, high, kind in _money(text)] == [
        (None, 5e6, "max"),
        (None, 2e6, "max"),
        (None, 5e5, "max"),
    ]


def test_an_item_keeps_its_own_bound() -> None:
    text = "对获奖企业的奖励上限如下：一等奖10万元；二等奖5万元；三等奖不低于1万元。"
    assert [(low, high, kind) for _, low, high, kind in _money(text)] == [
        (None, 1e5, "max"),
        (None, 5e4, "max"),
        (1e4, None, "min"),
    ]


def test_a_list_head_with_no_cap_bounds_nothing() -> None:
    assert [kind for *_, kind in _money("奖励标准如下：一等奖10万元，二等奖5万元。")] == ["exact", "exact"]


def test_a_head_naming_its_cap_leaves_its_tiers_exact() -> None:
    text = "每家企业最高奖励300万元：产值5000万元以下的给予一次性奖励10万元，产值1亿元以下的给予一次性奖励50万元。"
    kinds = {surface: kind for surface, _, _, kind in _money(text)}
    assert kinds["10万元"] == "exact" and kinds["50万元"] == "exact"


def test_a_fines_limit_caps_the_fine() -> None:
    assert _money("养犬人遗弃犬只的，将最高罚款2000元。")[0][1:] == (None, 2000.0, "max")


def test_a_threshold_of_who_qualifies_keeps_its_floor() -> None:
    # 营业收入达到1亿元的企业 names who qualifies: a floor, not an amount paid, so the head's cap leaves it
    text = "奖励最高限额为：营业收入达到2亿元的企业奖励80万元，其他企业奖励30万元。"
    assert [(low, high, kind) for _, low, high, kind in _money(text)] == [
        (2e8, None, "min"),
        (None, 8e5, "max"),
        (None, 3e5, "max"),
    ]


def test_an_attributive_amount_is_not_capped() -> None:
    text = "补助上限为：投资额3000万元的项目补助60万元。"
    assert [kind for *_, kind in _money(text)] == ["exact", "max"]


def test_a_list_one_item_a_line_is_capped_to_its_end() -> None:
    text = "对新评定的景区给予奖励，奖励最高限额如下：\n甲类景区400万元；\n乙类景区150万元；\n丙类景区40万元。\n另安排资金800万元。"
    assert [(high, kind) for _, _, high, kind in _money(text)] == [
        (4e6, "max"),
        (1.5e6, "max"),
        (4e5, "max"),
        (8e6, "exact"),
    ]

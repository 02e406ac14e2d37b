"""A count with no verb of its own that ends its part, of a class its part names with 的, before a part giving that
class's total (其中，主导产业为装备制造的县(市)12个，总产值达3000亿元): the count is the total's subject, the group whose
sum the goal is, and no goal of its own (round 31, targets34; lexicon [targets] group_total_heads,
parsers/goal_count_leads.counts_a_group). A count made (培育…的企业50家), one with a goal verb or a bound, and a count
of things with no 的 class (全市省级开发区20个) stay goals. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _values(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text)]


def test_counts_of_the_classes_a_total_sums_are_no_goals() -> None:
    text = (
        "到2031年，全市重点产业总产值将达到8000亿元。其中，主导产业为装备制造的县(市)12个，总产值达3000亿元；"
        "主导产业为电子信息的县(市)9个，总产值达1200亿元；主导产业为康养旅游的县(市)6个，旅游综合收入达600亿元。\n"
    )
    assert _values(text) == [
        (2031, 8000.0, "亿元"),
        (2031, 3000.0, "亿元"),
        (2031, 1200.0, "亿元"),
        (2031, 600.0, "亿元"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "到2031年，全市培育年产值超亿元的企业50家，总产值达到800亿元。",  # a count made
        "到2031年，年产值超亿元的企业达到50家，总产值达到800亿元。",  # a goal verb
        "到2031年，年产值超亿元的企业50家以上，总产值达到800亿元。",  # a bound
        "到2031年，全市省级开发区20个，总产值达到5000亿元。",  # no class named with 的
    ],
)
def test_a_count_made_reached_bounded_or_plain_stays_a_goal(sentence: str) -> None:
    assert len(_values(sentence + "\n")) == 2

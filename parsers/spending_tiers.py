"""The tiers of a coupon or a discount: 满40元减6元、满90元减15元 / 一次购书满150元立减25元 / 满600元可用90元.

满 X元 right before a tier verb and a second amount is the floor a purchase must reach (threshold; amounts.py makes a
reached threshold's kind min, as for 达到); the amount after the tier verb is what the coupon gives (subsidy, exact),
whatever grant word the sentence lacks. 每满 (a step a payout is counted by) and 未满/不满 are none. The words are in
[roles] of parsers/data/lexicon.toml (tier_floor_before_pattern, tier_verb_pattern); the convention in
fixtures/heldout/SOURCES.md ("Written down in round 35").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import LINE_SPACES

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_FLOOR_REACH = 4  # characters before the floor searched for 满 (spaces between allowed)
_GIVEN_REACH = 24  # characters before the given amount searched for the floor and the tier verb
_NUMERAL = f"[0-9０-９.．,一二三四五六七八九十百千万亿两零〇{LINE_SPACES}]+"  # the floor's numeral and scale


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    verb = roles["tier_verb_pattern"]
    floor_before = re.compile(roles["tier_floor_before_pattern"])
    # the floor is followed by its verb and the given amount's numeral
    verb_then_amount = re.compile(verb + "(?=[0-9０-９一二三四五六七八九十两])")
    # the given amount: the floor (满, its numeral, scale and 元) and the verb right before it
    floor = roles["tier_floor_before_pattern"].removesuffix(r"\Z")
    after_floor = re.compile(f"{floor}{_NUMERAL}[{LINE_SPACES}]*元{verb}" + r"\Z")
    return floor_before, verb_then_amount, after_floor


def tier_floor(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """满150元立减25元: 150元 is the floor the purchase must reach."""
    floor_before, verb_then_amount, _ = lex.derived(_build)
    norm = ix.norm
    return (
        floor_before.search(norm, max(0, f.start - _FLOOR_REACH), f.start) is not None
        and verb_then_amount.match(norm, f.end) is not None
    )


def tier_given(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """满150元立减25元: 25元 is what the coupon gives, right after a tier's floor and its verb."""
    _, _, after_floor = lex.derived(_build)
    return after_floor.search(ix.norm, max(0, f.start - _GIVEN_REACH), f.start) is not None


def spending_tier(lex: Lexicon, ix: TextIndex, f: Found) -> str | None:
    """The role of a tier's amount (threshold for its floor, subsidy for what is given), None for any other."""
    if tier_floor(lex, ix, f):
        return "threshold"  # (kind min: amounts.py makes a reached threshold the least that qualifies)
    return "subsidy" if tier_given(lex, ix, f) else None

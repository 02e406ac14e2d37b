"""A payout whose grant word stands in the sentence before (roles.py asks at the payout default, after every other test).

补贴标准为联合机收60元/吨、分步式机收260元/亩。其中，机械化割铺收获110元/亩… / 补助标准⏎1000元/亩。 /
当年认定的产品，一次性奖励⏎企业50万元。: the sentence that grants ends (a full stop, a heading's line, a line broken
inside the clause) before the amount, so the amount's own sentence holds no grant word and would read as a bare figure.
It continues the grant when one of these holds: it opens with 其中 (the grant's items), the amount is per unit
(110元/亩, 0.35元/千瓦时: a standard, as the grant's own were), or the sentence before ends on its grant word (奖励⏎企业
50万元). The sentence before must grant (a grant word, [roles] subsidy cues) and report nothing (goal_roles._reported).
A figure after such a sentence that is neither (全县共有企业120家。), or whose part names a cost or a price before it
(管护费标准为80元/人, 地价下调5万元/亩: [roles] continued_payout_cost_words), stays what it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.lexicon import Lexicon
    from parsers.roles import Roles

_OPENS_ITEMS = re.compile(f"[{SPACES}\n]*其中")  # 其中，…: the items of what the sentence before named
_PER_UNIT = re.compile(f"[{SPACES}]*[/／]")  # 110元/亩: a standard per unit


def _grant_end(lex: Lexicon) -> re.Pattern:
    return re.compile(
        f"(?:{alternation(lex.section('roles')['continued_payout_grant_ends'])})[{SPACES}\n]*\\Z"
    )


def _cost_word(lex: Lexicon) -> re.Pattern:
    return re.compile(alternation(lex.section("roles")["continued_payout_cost_words"]))


def continued_payout(roles: Roles, f: Found, sentence: tuple[int, int]) -> bool:
    """110元/亩 right after a sentence that grants (its 其中, a per-unit standard, or a clause broken after 奖励)."""
    norm, ix = roles.norm, roles.ix
    if sentence[0] <= 0:
        return False
    before = ix.sentence(sentence[0] - 1)
    if before[0] >= sentence[0] or not ix.hits(roles.lex.subsidy_cue, before).any(*before):
        return False
    if roles._reported(before):
        return False
    part_start = ix.part(f.start)[0]
    if roles.lex.derived(_cost_word).search(norm, part_start, f.start):
        return False  # 管护费标准为80元/人: a cost, not the grant continued
    if _OPENS_ITEMS.match(norm, sentence[0]) or _PER_UNIT.match(norm, f.end):
        return True
    return roles.lex.derived(_grant_end).search(norm, before[0], sentence[0]) is not None

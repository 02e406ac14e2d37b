"""A fund pooled or a total raised: the size of a programme, not a payout (roles.py asks).

统筹中央和省级财政资金3亿元 and 安排2000万元专项资金 size a programme; 每年安排最高100万元资金支持… names what one
recipient gets. The words are pooling_verbs, pooled_fund_nouns and payout_marks in [roles] of
parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.lexicon import Lexicon

_REACH = 16  # characters between the pooling verb and the amount (the fund named: 中央和省级财政资金)


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    verb = re.compile(alternation(roles["pooling_verbs"]))
    nouns = alternation(roles["pooled_fund_nouns"])
    noun_before = re.compile(f"(?:{nouns})[{SPACES}]*\\Z")
    noun_after = re.compile(f"[{SPACES}]*(?:的)?[{SPACES}]*(?:[\u4e00-\u9fff]{{0,4}}?)(?:{nouns})")
    payout = re.compile(alternation(roles["payout_marks"]))
    return verb, noun_before, noun_after, payout


def fund_total(lex: Lexicon, norm: str, f: Found, part: tuple[int, int]) -> bool:
    verb, noun_before, noun_after, payout = lex.derived(_build)
    window_start = max(part[0], f.start - _REACH)
    pooled = None
    for pooled in verb.finditer(norm, window_start, f.start):  # noqa: B007
        pass  # the last pooling verb before the amount
    if pooled is None:
        return False
    between = norm[pooled.end() : f.start]
    if any(ch.isdigit() for ch in between) or payout.search(norm, part[0], f.start):
        return False
    return (
        noun_before.search(norm, pooled.end(), f.start) is not None
        or noun_after.match(norm, f.end) is not None
    )

"""Amounts a payout never is, in a sentence that names a grant elsewhere (roles.py asks before its payout default).

发放消费券N亿元，…网络零售额突破N亿元: a level broken through is reported, not paid (a payout is capped, 最高…,
never broken through). 省级财政支持资金达N万元，比去年增加N万元: a change against a past time says how much more
there is than before, not what one recipient gets. The words are in [roles] of parsers/data/lexicon.toml
(broken_level_words, past_change_before_pattern).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.lexicon import Lexicon

_CHANGE_REACH = 16  # characters before the amount searched for 比去年增加 and the like


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    return re.compile(alternation(roles["broken_level_words"])), re.compile(
        roles["past_change_before_pattern"]
    )


def level_or_change(lex: Lexicon, norm: str, f: Found, part: tuple[int, int]) -> bool:
    """网络零售额突破N亿元 / 比去年增加N万元: a level broken through or a change against a past time."""
    broken, change = lex.derived(_build)
    lead = max(part[0], f.start - 3)
    if broken.search(norm, lead, f.core_start):
        return True
    window = norm[max(part[0], f.start - _CHANGE_REACH) : f.core_start]
    return change.search(window) is not None

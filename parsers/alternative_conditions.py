"""Bounded figures given as alternatives are conditions (roles.py asks, for money and ratios).

投资规模8000万元及以上，或年产值3000万元及以上，或年纳税600万元及以上 / 违法数额占应报数2%以上不到6%，或者
…占应报数4‰以上不到12‰，…的，可处以…罚款: a bounded figure (not exact) in a comma part that opens with
或/或者, or whose next comma part does, is one of several ways to qualify: a threshold. Goals, payouts and fines are not
offered as alternatives of a measure in this way; the fine itself (处二百元以上一千元以下罚款，或者…) is read as a penalty
before this is asked, and a share followed by a penalty word in its part (…4%以上12%以下的罚款) is the fine's base;
nor alternatives after a grant word (补助资金不超过投资额的30%，或不超过…的50%: the caps of a payout). The words are
alternative_openers in [roles] of parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_JOINS = "，,"  # a comma part joined to the next one (not ；。: a new item)


def _opener(lex: Lexicon) -> re.Pattern:
    return re.compile(f"[{SPACES}]*(?:{alternation(lex.section('roles')['alternative_openers'])})")


def alternative_condition(
    lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int], cue: re.Pattern
) -> bool:
    """``cue``: the grant words of the figure's table (lex.subsidy_cue for money, lex.ratio_subsidy_cue for ratios)."""
    if f.kind == "exact":
        return False
    norm, opener = ix.norm, lex.derived(_opener)
    if ix.hits(lex.penalty_cue, ix.sentence(f.start)).any(f.end, part[1]):
        return False  # (…4%以上12%以下的罚款: the base of a fine)
    start = part[0]
    if opener.match(norm, start) is None:
        end = part[1]
        if not (end < len(norm) and norm[end] in _JOINS and opener.match(norm, end + 1)):
            return False
    while opener.match(norm, start) and start > 0 and norm[start - 1] in _JOINS:
        start = ix.part(start - 1)[0]  # back to the first alternative
    # the alternatives cap a grant (补助资金不超过投资额的30%，或不超过…的50%): a payout's caps, not conditions
    return not ix.hits(cue, ix.sentence(f.start)).any(start, f.start)

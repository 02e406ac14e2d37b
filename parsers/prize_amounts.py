"""An amount right after a prize's name: the prize paid (roles.py asks at the payout default, after every other test).

一等奖12万元、二等奖6万元 / 省科学技术特等奖60万元/人 / 企业最高可获奖70万元: a prize's name (or 获奖) right before
the amount says what the winner is paid, though no grant word of the sentence (奖励, 给予 …) names it: a payout, subsidy.
Only asked where the sentence holds no grant word (those sentences are decided by the payout tests) and no test before
read a condition, a goal, a fine or a report. The words are in [roles] of parsers/data/lexicon.toml (prize_before_pattern).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_REACH = (
    16  # characters before the amount searched for the prize's name (a reading in brackets may follow 奖)
)


def _build(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("roles")["prize_before_pattern"])


def prize_paid(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """一等奖10万元, 科学技术特等奖80万元/人, 可获奖100万元: the prize is what its winner gets."""
    return lex.derived(_build).search(ix.norm, max(part[0], f.start - _REACH), f.start) is not None

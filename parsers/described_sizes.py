"""An investment that sizes the things a description names is no condition on them (roles.py asks).

规划实施了总投资20多亿元的10个海洋牧场建设项目, 抓好年度投资4670亿元以上的924个省市重点项目: an investment, 的, then a
count of the things, sums what those things cost (role other); it does not say which things qualify, as 总投资1亿元以上
的项目 does. 这个总投资5亿元的绿色方便食品项目, 谋划实施总投资3954.4亿元的新基建项目: an investment written with no bound
and no reach verb, 的 and the noun, sizes the one thing named (other). A bound (总投资5000万元以上的项目) or a reach
(总投资达到3000万元的项目) is still a condition, unless a count follows 的. The words are ``investment_size_words`` in
[roles] of parsers/data/lexicon.toml.
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


def _build(lex: Lexicon) -> re.Pattern:
    words = alternation(lex.section("roles")["investment_size_words"])
    return re.compile(f"(?:{words})[{SPACES}]*(?:约|共)?[{SPACES}]*\\Z")


def sizes_described_things(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """An investment right before the amount, and 的 after it: a count of the things after 的, or no bound at all."""
    norm = ix.norm
    if not norm.startswith("的", f.end) or lex.derived(_build).search(norm, max(0, f.start - 8), f.start) is None:
        return False
    if ix.counted_after(f.end):
        return True  # (…的10个…项目: the sum over those things)
    return f.kind == "exact" and not f.reached and f.before_kind is None and f.after_kind is None

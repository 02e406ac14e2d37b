"""An investment that sizes the things a description names is no condition on them (roles.py asks).

规划实施了总投资20多亿元的10个海洋牧场建设项目, 抓好年度投资4670亿元以上的924个省市重点项目: an investment, 的, then a
count of the things, sums what those things cost (role other); it does not say which things qualify, as 总投资1亿元以上
的项目 does. 这个总投资5亿元的绿色方便食品项目, 谋划实施总投资3954.4亿元的新基建项目: an investment written with no bound
and no reach verb, 的 and the noun, sizes the one thing named (other). A bound (总投资5000万元以上的项目) or a reach
(总投资达到3000万元的项目) is still a condition, unless a count follows 的. The words are ``investment_size_words`` in
[roles] of parsers/data/lexicon.toml.

Likewise an amount that a measure names right before it (总投资1.2亿元, 自筹资金1525万元, 研发经费支出约4200亿元,
户均增收1万元: ``measured_amount_words``, with at most an adverb between) is what that measure comes to, not a payout,
even when a grant word stands elsewhere in the sentence (roles.py asks this last, after conditions, bases and goals).
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


def _measure_at_end(lex: Lexicon, words: str, adverbs: str) -> re.Pattern:
    """A measure's word (and an adverb such as 约/共) right before the amount: matched at the end of the text before it."""
    roles = lex.section("roles")
    return re.compile(
        f"(?:{alternation(roles[words])})[{SPACES}]*(?:{alternation(roles[adverbs])})?[{SPACES}]*\\Z"
    )


def _investment_size(lex: Lexicon) -> re.Pattern:
    return _measure_at_end(lex, "investment_size_words", "investment_size_adverbs")


def _measured(lex: Lexicon) -> re.Pattern:
    return _measure_at_end(lex, "measured_amount_words", "measured_amount_adverbs")


def measured_amount(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """总投资1.2亿元 / 自筹资金1525万元: a measure right before the amount names what the amount measures; not when a grant
    word stands earlier in the amount's comma part (每公顷补偿造林投资4500元, 对新建冷库，补助农户建设投资10万元: the
    investment is what is paid)."""
    measure = lex.derived(_measured).search(ix.norm, max(part[0], f.start - 10), f.start)
    if measure is None:
        return False
    start = measure.start()
    # (中央补助资金300万元、自筹资金560万元: a grant word before another amount is that amount's)
    while start > part[0] and not ix.norm[start - 1].isdigit():
        start -= 1
    return not ix.hits(lex.subsidy_cue, ix.sentence(f.start)).any(start, measure.start())


def sizes_described_things(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """An investment right before the amount, and 的 after it: a count of the things after 的, or no bound at all."""
    norm = ix.norm
    if (
        not norm.startswith("的", f.end)
        or lex.derived(_investment_size).search(norm, max(0, f.start - 8), f.start) is None
    ):
        return False
    if ix.counted_after(f.end):
        return True  # (…的10个…项目: the sum over those things)
    return f.kind == "exact" and not f.reached and f.before_kind is None and f.after_kind is None

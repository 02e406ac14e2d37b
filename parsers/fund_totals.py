"""A fund pooled, a total raised or paid over all recipients: the size of a programme, not a payout (roles.py asks).

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
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_REACH = 16  # characters between the pooling verb and the amount (the fund named: 中央和省级财政资金)
_RELIEF_WINDOW = 24  # characters searched before an amount for a relief word (its reach and the word itself)


def _build(lex: Lexicon) -> tuple[re.Pattern, ...]:
    roles = lex.section("roles")
    verb = re.compile(alternation(roles["pooling_verbs"]))
    nouns = alternation(roles["pooled_fund_nouns"])
    noun_before = re.compile(f"(?:{nouns})[{SPACES}]*\\Z")
    noun_after = re.compile(f"[{SPACES}]*(?:的)?[{SPACES}]*(?:[\u4e00-\u9fff]{{0,4}}?)(?:{nouns})")
    payout = re.compile(alternation(roles["payout_marks"]))
    total = re.compile(alternation(roles["total_marks"]))
    one_recipient = re.compile(alternation(roles["recipient_marks"]))
    # the relief word, then words, 、 or a bound only (no number, no sentence mark) up to the amount
    relief = re.compile(
        f"(?:{alternation(roles['relief_total_words'])})"
        f"[^\\d，,。；;！？!?\n]{{0,{int(roles['relief_total_reach'])}}}\\Z"
    )
    return verb, noun_before, noun_after, payout, total, one_recipient, relief


def paid_total(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """全年发放各类补贴5000万元, 累计向企业发放贷款30亿元, 减免税费8.4亿元: a total over all recipients, not one
    payout."""
    payout = lex.derived(_build)[3]
    total, one_recipient, relief = lex.derived(_build)[4:]
    relieved = relief.search(ix.norm, max(part[0], f.start - _RELIEF_WINDOW), f.start)
    if relieved is not None and payout.search(ix.norm, relieved.start(), f.start):
        relieved = (
            None  # 给予退税奖励资金30万元, 享受减税后再给予奖励20万元: a payout mark after it, one grant
        )
    # (the bound words of the amount count: 最高不超过5万元); each pattern's matches found once per part, as a
    # part may hold thousands of amounts (a list with 分别)
    if not (ix.hits(total, part).any(part[0], f.start) or relieved is not None):
        return False
    return not ix.hits(one_recipient, part).any(part[0], f.core_start)


def fund_total(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    if paid_total(lex, ix, f, part):
        return True
    norm = ix.norm
    verb, noun_before, noun_after, payout = lex.derived(_build)[:4]
    window_start = max(part[0], f.start - _REACH)
    pooled = None
    for pooled in verb.finditer(norm, window_start, f.start):  # noqa: B007
        pass  # the last pooling verb before the amount
    if pooled is None:
        return False
    between = norm[pooled.end() : f.start]
    if any(ch.isdigit() for ch in between) or ix.hits(payout, part).any(part[0], f.core_start):
        return False
    return (
        noun_before.search(norm, pooled.end(), f.start) is not None
        or noun_after.match(norm, f.end) is not None
    )

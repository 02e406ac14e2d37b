"""A fund named right before its amount, with nothing marking one recipient: the fund's whole, not a payout.

Fixtures/heldout/SOURCES.md, "Written down in round 31", D1 (and its round-32 line on 补助资金为X): a programme's or a
fund's total is `other`; `subsidy` only when the amount is what one recipient gets (各, 每家, 最高, 单个项目, a payout
standard). The shape read here is the fund's own name then its amount — 设立茶产业发展奖补专项资金800万元,
获中央补助资金650万元, 兑付…企业奖补资金315万元, 新增补贴资金41.2亿元, 统筹…中央财政资金2亿元、省财政资金7亿元 —
whatever verb came first: the verbs of the sums table (sums.py) catch a fund pooled or handed down, but a fund set up,
obtained, added or listed second escaped them, and an analyst summing payouts would add it.

It stays a payout (roles.py's subsidy) when one recipient is marked: a cap (最高…, 不超过…), a per-recipient word in
its part (每个, 单项, 一次性, 给予, 享受, 可获 …: fund_payout_marks with sums' recipient_marks), a 对…的 condition
before it in its sentence, a condition part ending in 的 right before its part (…之间的优良品种，补助资金100万元), or the
part holding nothing but the fund's short name (补助资金100万元 after a grade's condition: the standard of that grade).
With 为 (市级财政补助资金为X万元) the last guard does not hold: the lead's round-32 decision reads that whole as written.
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

_NAME_REACH = 16  # characters before the amount searched for the fund noun and its link (资金共计约)
_AMONG_REACH = (
    4  # characters before the part searched for 其中 (其中：中央财政资金X, the colon opening a part)
)
_CONDITION_REACH = 30  # characters before the part searched for the 的 of a grade's or class's condition
_SCALE_REACH = 24  # characters before the amount searched for a fund's 规模 and its change (由100亿元扩大至)


def _patterns(lex: Lexicon) -> tuple[re.Pattern, ...]:
    words = lex.section("sums")
    nouns = alternation(words["fund_named_nouns"])
    links = alternation(words["fund_named_links"])
    named = re.compile(f"(?:{nouns})[{SPACES}]*(?P<link>(?:{links})[{SPACES}]*)?\\Z")
    not_before = alternation(words["fund_payout_mark_not_before"])
    marks = re.compile(
        f"(?:{alternation([*words['recipient_marks'], *words['fund_payout_marks']])})(?!{not_before})"
    )
    condition = re.compile(words["recipient_condition_pattern"])
    # the part opening with the fund's short name only: the standard of the grade or condition before it
    short_name = re.compile(f"[{SPACES}]*[\u4e00-\u9fff]{{0,{int(words['fund_short_name'])}}}\\Z")
    the_condition = re.compile(f"[的后][{SPACES}]*[，,][{SPACES}]*\\Z")
    among = re.compile(
        f"其中[{SPACES}]*[:：]?[{SPACES}]*[\u4e00-\u9fff]{{0,{int(words['fund_short_name'])}}}\\Z"
    )
    return named, marks, condition, short_name, the_condition, among


def fund_named_total(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """获中央补助资金650万元, 设立…专项资金800万元: the fund's name right before the amount, no recipient marked."""
    if f.kind == "max":
        return False  # (奖补资金最高120万元, 补助资金不超过18000元: one recipient's cap)
    named, marks, condition, short_name, the_condition, among = lex.derived(_patterns)
    norm = ix.norm
    name = named.search(norm, max(part[0], f.start - _NAME_REACH), f.start)
    if name is None:
        return False
    if marks.search(norm, part[0], f.core_start) is not None:
        return False  # (每个试点镇补助资金600万元, 一次性奖励资金15万元, 给予…资金600万元)
    sentence = ix.sentence(f.start)
    if condition.search(norm, sentence[0], name.start()) is not None:
        return False  # (对认定的企业，奖补资金…: the recipient named by its condition)
    if the_condition.search(norm, sentence[0], part[0]) is not None:
        return False  # (…认定为国家级的，奖励资金80万元; 企业通过认定后，兑付奖补资金20万元)
    if name.group("link") and name.group("link").strip() == "为":
        return True  # (市级财政补助资金为16715.4万元: the fund's whole, round 32)
    if among.search(norm, max(sentence[0], part[0] - _AMONG_REACH), name.start()) is not None:
        return False  # (项目总资金860万元，其中中央补助资金300万元: the grant's share of one project's funds)
    if short_name.match(norm, part[0], name.start()) is None:
        return True
    # (…之间的优良品种，补助资金100万元: a grade's standard; 2031年…出台8项新政策，新增补贴资金X: no condition before,
    # the fund's whole)
    return "的" not in norm[max(sentence[0], part[0] - _CONDITION_REACH) : part[0]]


def fund_floor(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """累计安排各类支持工业发展的专项资金不低于30亿元, 筹集资金400亿元以上: the least a fund will hold, named right before
    it — the fund's size, no condition a recipient meets (roles.py asks this before its threshold tests, and only
    when no "…的" condition holds the amount: 所募集资金达500万元以上且…的 is one)."""
    if f.kind != "min":
        return False
    named, marks = lex.derived(_patterns)[:2]
    if named.search(ix.norm, max(part[0], f.start - _NAME_REACH), f.start) is None:
        return False
    return marks.search(ix.norm, part[0], f.core_start) is None  # (单个项目资金不低于…: one recipient's)


def _scale(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("sums")["fund_scale_pattern"])


def fund_scale(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """合作基金规模由40亿元扩大至120亿元, 资金池规模均为600万元, 首期规模30亿元: a fund's scale is what it holds, not
    a payout, though 每 (每类资金池) or a grant word stands near."""
    return lex.derived(_scale).search(ix.norm, max(part[0], f.start - _SCALE_REACH), f.start) is not None


def _divided(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("sums")["fund_divided_after_pattern"])


def fund_divided(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """惠民生260万元资金中的90万元…, 2亿元专项资金，其中8000万元…: the whole of a fund shared out after it."""
    return lex.derived(_divided).match(ix.norm, f.end) is not None


def fund_held(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """What a fund holds: its scale (fund_scale) or its whole shared out after it (fund_divided)."""
    return fund_scale(lex, ix, f, part) or fund_divided(lex, ix, f)

"""A share of things told as a result, not a condition (roles.py asks, right after the goal test of the same shape).

全市有70%以上的乡镇种植茶叶 / 全区85%的街道、70%以上的社区开展垃圾分类 / 每年将65%以上的新增用地用于制造业 /
四成以上老年人家庭有助餐需求: an at-least share standing before the things it counts, nothing measured before it in its
part, is the share of those things. In a plan it is a goal (goal_roles._share_of_things: 使95%以上的村庄…); in a
sentence that reports what was reached it is a result, `other` — no firm must have it, as a property does (持股10%以上的
股东, 占比5%以上的企业: a measure before the share, or a firm-like head after it, keeps the threshold).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.roles import Roles

_NOT_A_NOUN = "的给予按"  # a 的 doubled, or a grant's verb: no thing counted right after the share


def share_of_things_told(roles: Roles, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
    """90%以上的乡镇…, in a sentence reporting results: the share of the things reached, told."""
    norm, lex, ix = roles.norm, roles.lex, roles.ix
    if f.kind != "min" or f.after_kind != "min":
        return False
    if ix.hits(lex.threshold_cue, sentence).any(part[0], f.start) or ix.hits(roles.measure_any, sentence).any(
        part[0], f.start
    ):
        return False  # 女性成员比例达40%以上的合作社: a measure the cooperative must have
    if ix.hits(roles.quorum, sentence).any(*sentence) or ix.hits(lex.ratio_subsidy_cue, sentence).any(
        *sentence
    ):
        return False  # 经三分之一以上委员提议: a quorum; a grant's sentence: its conditions
    if lex.attributive_tail.match(norm, f.end):
        return False  # 30%以上的企业: a firm-like head, a property the firms must have
    after = f.end + (1 if norm.startswith("的", f.end) else 0)
    if after >= len(norm) or not "\u4e00" <= norm[after] <= "\u9fff" or norm[after] in _NOT_A_NOUN:
        return False
    return roles._reported_result(f.start)

"""A share's level told in a report, not a condition (roles.py asks before reading a size word's bound share as one).

公交、地铁出行占比均超过45% / 达标水库、达标堤防占比分别超过55%、75%。 / 旅游收入占GDP比重普遍在20%以上、
高的超过35% / 农业占GDP比重可能早就低于8%了: a bounded share after a size word (占比, 比重 …) that ends its part (a level
word, an enumeration's next item, a remark or a final 了 allowed: the tails stated_levels.py reads), in a sentence that
reports what was reached (goal_roles._reported_result) and rules, grants and fines nothing, tells a level: `other`. A
rule's share (研发人员占比不低于10%; …占比超过30%的企业) has a rule word, a condition's 的 or no report around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.list_markers import LIST_MARKER
from parsers.patterns import LINE_SPACES

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.roles import Roles

_FINAL_PARTICLES = ("了",)  # 早就低于8%了: the level already reached
# A bound a rule demands (不低于, 不超过, 最高, 须/应): no level told; 超过/在…以上 describe one
_DEMANDED = ("不", "最", "须", "应", "原则上")
_ITEM = re.compile(f"[{LINE_SPACES}]*(?:{LIST_MARKER})")


def share_level_told(roles: Roles, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
    """占比均超过30% in a report: a level reached, told."""
    norm, lex, ix = roles.norm, roles.lex, roles.ix
    if f.kind not in ("min", "max"):
        return False
    rest = norm[f.end : part[1]].strip(SPACES)
    if (
        rest
        and rest not in _FINAL_PARTICLES
        and not lex.level_tail_word.fullmatch(rest)
        and not lex.level_aside.fullmatch(rest)
    ):
        return False
    if lex.rule_word.search(norm, *sentence):
        return False
    if ix.hits(lex.ratio_subsidy_cue, sentence).any(*sentence) or ix.hits(lex.penalty_cue, sentence).any(
        *sentence
    ):
        return False
    if roles._reported_result(f.start):
        return True
    # outside a report, a described bound (超过, 在…以上) told in a sentence that is no list's item (a criteria list's
    # item, （四）…比例超过5%；, may rule with no rule word of its own)
    return not norm.startswith(_DEMANDED, f.start) and not _ITEM.match(norm, sentence[0])

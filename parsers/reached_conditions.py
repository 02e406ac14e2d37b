"""A share or an amount reached as a condition: 新招用人员达到职工总数20%, 研发强度达到2%（含）, 达到5亿元的平台 (roles.py asks).

A reach verb sets no bound (达到20% is 20%); in a goal it states a level, in an eligibility rule it names the least
that qualifies. Three signs say it is a condition: the sentence names, before the share, what one applies under
(申请条件, 符合条件, 提出申请), the share is marked inclusive right after it ((含)), or it ends a "…的，" part (the next
shares of its list between) before a grant (达到上年同期90%、110%的，一次性奖励2万元).
The words are in [roles] of parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.lexicon import Lexicon


_LIST_REACH = 40  # characters before a listed share searched for the reach verb and the list's earlier shares


def _build(lex: Lexicon) -> tuple[re.Pattern, ...]:
    roles = lex.section("roles")
    names = (
        "reached_condition_pattern",
        "reached_inclusive_pattern",
        "reached_across_pattern",
        "reached_then_pattern",
        "reached_listed_pattern",
    )
    return tuple(re.compile(roles[name]) for name in names)


def reached_share(lex: Lexicon, norm: str, f: Found, sentence: tuple[int, int]) -> bool:
    """达到8%, 达到企业现有职工总数20%: a share a reach verb sets, right before it or across the noun it is of."""
    if f.kind != "exact" or f.after_kind is not None or f.before_kind is not None:
        return False
    across = lex.derived(_build)[2]
    return f.reached or across.search(norm, max(sentence[0], f.core_start - 20), f.core_start) is not None


def reached_condition(lex: Lexicon, norm: str, f: Found, sentence: tuple[int, int]) -> bool:
    cue, inclusive, _, _, listed = lex.derived(_build)
    if reached_share(lex, norm, f, sentence):
        if inclusive.match(norm, f.end) is not None or cue.search(norm, sentence[0], f.start) is not None:
            return True
    elif f.kind != "exact" or listed.search(norm, max(sentence[0], f.start - _LIST_REACH), f.start) is None:
        return False  # (a later share of the reached list, …达到上年同期90%、110%的: a condition only by what follows)
    return _condition_of_grant(lex, norm, f, sentence)


def _condition_of_grant(lex: Lexicon, norm: str, f: Found, sentence: tuple[int, int]) -> bool:
    """产量分别达到上年同期90%、110%的，一次性奖励2万元: the share ends a "…的，" part before a grant."""
    condition = lex.derived(_build)[3].match(norm, f.end, sentence[1])
    return (
        condition is not None and lex.ratio_subsidy_cue.search(norm, condition.end(), sentence[1]) is not None
    )


def qualifies_a_noun(lex: Lexicon, norm: str, f: Found) -> bool:
    """500万元以上的企业: an amount a 的 ties to the noun it qualifies (roles.py); after a reach verb the noun may carry a
    longer modifier (达到5亿元的某省电子商务平台), where an investment that sizes a project (投资5亿元的某地牧场项目) may not."""
    if lex.attributive_tail.match(norm, f.end):
        return True
    return f.reached and lex.reached_attributive_tail.match(norm, f.end) is not None

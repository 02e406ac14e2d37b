"""A benefit's standard set as a share of a base: the rate paid (roles.py asks, for ratios).

求职补贴，标准为本人失业前六个月平均缴费工资的百分之二十 / 失业保险金按照当地最低工资标准的百分之九十确定 /
荣休奖励：…，标准为上年度社平工资的20%: a standard (or a benefit named as the subject) set by 为/按照 as a share of
a base is the rate the benefit is paid at (subsidy_rate), though the grant word stands in another comma part. Only when
a grant word or a benefit's name stands in the sentence before the share: 低收入家庭认定标准按最低生活保障标准的2倍确定
sets who qualifies, no payout. The words are standard_rate_pattern and standard_rate_benefits in [roles] of
parsers/data/lexicon.toml, with ratio_subsidy_cues.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    benefits = alternation(roles["standard_rate_benefits"])
    standard = re.compile(roles["standard_rate_pattern"].format(benefit=benefits))
    return standard, re.compile(benefits)


def standard_rate(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """The share ends a standard's 为/按照 …的 in its part, and a grant word or a benefit precedes it in the sentence."""
    standard, benefit = lex.derived(_build)
    if standard.search(ix.norm, part[0], f.start) is None:
        return False
    sentence = ix.sentence(f.start)
    if ix.hits(lex.ratio_subsidy_cue, sentence).any(sentence[0], f.start):
        return True
    return benefit.search(ix.norm, sentence[0], f.start) is not None

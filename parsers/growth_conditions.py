"""A growth bounded before a grant: the condition of the grant (roles.py asks, for ratios).

营业收入同比增长13%-26%、26%-38%、38%及以上的企业，分别给予… / 商品零售额同比增速高于6%，给予… / 增幅需保持在12%以上，
可申报…奖: a share bounded or banded (never exact) right after a word of growth, in a comma part that grants nothing,
with the next part granting, says how much a firm must grow to be paid: a threshold. A growth stated alone (全市工业
增加值增长10%以上) or sizing a growth (保持N%以上的增幅: stated_rates.py) is not. Goals are read before this test. The
words are in [roles] of parsers/data/lexicon.toml (growth_condition_before_pattern, growth_condition_grant_words).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_REACH = 26  # characters before the share searched for the growth word, the list's earlier bands between


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    grant = alternation(roles["growth_condition_grant_words"])
    return re.compile(roles["growth_condition_before_pattern"]), re.compile(grant)


def growth_condition(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """产值增长10%—25%且…的企业，奖励… / 同比增速高于7%，给予…: a growth bounded, the grant in the next part."""
    if f.kind == "exact":
        return False  # 增长15%，…: a change told, not a bar to clear
    norm = ix.norm
    before, grant = lex.derived(_build)
    if before.search(norm, max(part[0], f.start - _REACH), f.start) is None:
        return False
    sentence = ix.sentence(f.start)
    if part[1] >= sentence[1]:
        return False
    cues = ix.hits(lex.ratio_subsidy_cue, sentence)
    if cues.any(*part):
        return False  # a grant word in the share's own part: the rate tests decide
    following = ix.part(part[1] + 1)
    return cues.any(*following) or grant.search(norm, *following) is not None

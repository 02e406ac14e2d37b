"""An intensity reported, not required: an exact amount per unit of land or output told as a result (roles.py asks).

投资强度200万元/亩 in a rule's list is a requirement a project must meet (threshold, exact or not). 亩均增收5000元。 /
亩均税收2.98万元/亩（开发区…平均税收）; / 投资强度8.99万元/亩（…平均投资）; tell what was measured: an exact amount that
ends its part (a per-unit tail and a bracketed remark allowed), in a sentence that states no rule, grant or fine (the
same words stated_levels.py reads: [roles] stated_level_rule_words, the grant and penalty cues). A bound
(不低于300万元/亩, 达到…以上) stays a requirement; so does an intensity followed by more of its clause (和亩均税收10万元供地).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon


def _build(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("roles")["intensity_reported_tail_pattern"])


def intensity_reported(
    lex: Lexicon, ix: TextIndex, f: Found, sentence: tuple[int, int], part_end: int
) -> bool:
    """亩均增收5000元。: an exact intensity that ends its part in a sentence ruling nothing is a measured result."""
    if f.kind != "exact" or f.reached:
        return False
    if lex.derived(_build).fullmatch(ix.norm, f.end, part_end) is None:
        return False
    if lex.rule_word.search(ix.norm, *sentence):
        return False
    return not ix.hits(lex.subsidy_cue, sentence).any(*sentence) and not ix.hits(
        lex.penalty_cue, sentence
    ).any(*sentence)

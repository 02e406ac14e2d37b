"""A share capped against a named base in a sentence that grants: the rate of the grant (roles.py asks, for ratios).

总额不超过销售价格的40% / 同一项目支持不超过项目实际建设投入的25%且… / 最高不超过个人贷款总额度的15%: the bound reader read
a cap (kind max) whose surface names the base (…的 between the cap word and the share), and the sentence names a grant
(lexicon subsidy_cues, wider than the ratio cues: 支持, 贷款额度): the most the grant may come to as a share of that
base, subsidy_rate. Condition and goal tests are asked before; a fine's part is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon


def capped_base_rate(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """总额不超过销售价格的40%, with a grant word in the sentence: the grant's capped rate."""
    if f.kind != "max" or "的" not in ix.norm[f.start : f.core_start]:
        return False
    sentence = ix.sentence(f.start)
    if ix.hits(lex.penalty_cue, sentence).any(*part):
        return False  # (罚款不超过违法所得的30%: a fine's bound)
    return ix.hits(lex.subsidy_cue, sentence).any(*sentence)

"""A payout listed by its recipient's class under a lead that names the grant (roles.py asks, last).

甲市…对示范企业的奖励政策如下：… / 国家级示范企业：最高40万元。 / 省级示范企业：15万元。: a
line that is only a label, a colon and an amount states what that class of recipient is paid, when the text opens with
a sentence naming the grant (a grant word in its opening full sentence). The line itself holds no grant word, so the
sentence alone would read it as a bare figure (other). A label with a digit (2024年1分=7.6万元) or a line that goes on after
the amount is not such a line; nor a text whose opening names no grant (地区生产总值：1200亿元。 in a report).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_LABEL = re.compile(
    f"(?:^|\n)[{SPACES}]*[^\\d\n:：，,。；;]{{2,40}}[:：][{SPACES}]*\\Z"
)  # a label line's label, colon
_LINE_END = re.compile(f"[{SPACES}]*[。；;]?[{SPACES}]*(?:\n|\\Z)")  # nothing after the amount but a stop


def listed_payout(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    norm = ix.norm
    line_start = norm.rfind("\n", 0, f.start) + 1
    if _LABEL.search(norm, max(0, line_start - 1), f.start) is None or _LINE_END.match(norm, f.end) is None:
        return False
    opening = ix.full_sentence(0)
    if opening[1] > line_start:
        return False  # (the line is the text's opening itself)
    return ix.hits(lex.subsidy_cue, opening).any(*opening)

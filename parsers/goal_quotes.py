"""A goal quoted after the words that state it (某省提出“到2032年，…超过600万人，…达到8000万人次”等目标): its year opens
at the quote (lexicon [context] quoted_scope_openers) and its statement ends where the quote closes; what follows the
quote (…等目标，突出某项运动…，打造自身特色) is the text's own, no part of the quoted goals."""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES

_OPENING = '“"'
_CLOSING = {"“": "”", '"': '"'}


def quoted_end(norm: str, year_start: int, end: int) -> int:
    """The end of the statement a year phrase at ``year_start`` opens, given ``end``: the quote's close when an opening
    quote stands right before the year (spaces aside), else ``end``."""
    i = year_start
    while i > 0 and norm[i - 1] in LINE_SPACES:
        i -= 1
    if i == 0 or norm[i - 1] not in _OPENING:
        return end
    close = norm.find(_CLOSING[norm[i - 1]], year_start, end)
    return end if close < 0 else close


def _year_pattern(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["quoted_goal_year_pattern"])


def quotes_a_goal(norm: str, opening: int, lex) -> bool:
    """Whether the quotation opened at ``opening`` opens with a year phrase (“2023年…900万辆左右”): a goal statement
    quoted, whose figures are quantities, not a name's numerals (“三种类型”)."""
    return lex.derived(_year_pattern).match(norm, opening + 1) is not None

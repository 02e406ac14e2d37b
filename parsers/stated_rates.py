"""Shares that size a change or a tax, read from the words right after them (roles.py asks, for ratios).

保持N%以上的增幅 / 以N%以上的幅度递增: a bound share before the growth it sizes states how fast something grows; it
conditions nothing (other), unless 的 and a noun follow (保持N%以上增长的企业 names who qualifies). 减按N%的税率征收: a tax
rate is charged, not paid, and qualifies nobody (other). Goals are read before these tests. The words are in [roles] of
parsers/data/lexicon.toml (growth_after_pattern, tax_rate_after_pattern).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.lexicon import Lexicon


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    return re.compile(roles["growth_after_pattern"]), re.compile(roles["tax_rate_after_pattern"])


def growth_sized(lex: Lexicon, norm: str, f: Found) -> bool:
    """保持N%以上的增幅, 实现了N%左右的增长: the share is the size of a growth, not a condition."""
    return lex.derived(_build)[0].match(norm, f.end) is not None


def tax_rate(lex: Lexicon, norm: str, f: Found) -> bool:
    """减按N%的税率征收企业所得税: a tax rate charged."""
    return lex.derived(_build)[1].match(norm, f.end) is not None

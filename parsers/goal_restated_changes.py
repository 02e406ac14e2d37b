"""A change that restates the share or rate its goal just named: …覆盖率达72%、提高4个百分点 states one goal, the
level, and its change from the base; the change is no goal of its own (lexicon [targets] restated_change_pattern,
restated_level_before_pattern). A part with a metric of its own (城镇化率提高6个百分点), another unit (比上年扩面3万亩)
or an alternative goal (达到88%或比上年增加3个百分点) is none of these."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES

_LOOK_BACK = 24  # characters before a part where the level it restates ends (覆盖率达72%、)
_GAP = re.compile(rf"(?<=[%％左右上])[{LINE_SPACES}]+(?=[^\s])")  # spaces right after a level's sign or hedge


@dataclass(frozen=True)
class _Words:
    change: re.Pattern
    level_before: re.Pattern


def _words(lex: Lexicon) -> _Words:
    t = lex.section("targets")
    # {change_comparison}: the words comparing a change with its base (比上年, 较2025年), one table with
    # parsers.goal_change_levels
    change = t["restated_change_pattern"].replace(
        "{change_comparison}", alternation(t["change_comparison_words"])
    )
    return _Words(re.compile(change), re.compile(t["restated_level_before_pattern"]))


def spaced_change_start(norm: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where, in the part norm[start:end], a change set apart from the level before it by spaces only begins (达到3%
    较2025年提高0.5个百分点: at the gap before 较); None when the part holds none. The part's goal ends at its level."""
    w = lex.derived(_words)
    for gap in _GAP.finditer(norm, start, end):
        if w.change.match(norm[gap.start() : end]) and w.level_before.search(
            norm, max(start, gap.start() - _LOOK_BACK), gap.end()
        ):
            return gap.start()
    return None


def restates_a_change(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the part norm[start:end] is only the change of the level or rate the part before it ends with."""
    w = lex.derived(_words)
    if w.change.match(norm[start:end]) is None:
        return False
    return w.level_before.search(norm, max(0, start - _LOOK_BACK), start) is not None

"""A number of years as a goal's measure: 受教育年限达到11.8年 is a goal of 11.8 年.

年 is no count unit of lexicon ``count_units`` (a figure with 年 is a date or a span: 2030年, 用3年时间), so a
quantity in years is read only right after a metric that names a length in years (lexicon ``[targets]
year_measure_nouns``: 年限), its verb between (达到, 提高到, 为) and no other figure or clause break; not before a
time word (``year_measure_time_words``: 5年内) nor before 的 (产权年限达到70年的住宅 says which things).
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES, alternation
from parsers.percent_words import UNUSED_GROUPS


def _measure(lex) -> re.Pattern:
    t = lex.section("targets")
    nouns = alternation(t["year_measure_nouns"])
    time_words = alternation(t["year_measure_time_words"])
    return re.compile(
        rf"(?:{nouns})[^\d，,。；;：:！？!?\n]{{0,8}}?(?P<n>\d+(?:\.\d+)?)[{LINE_SPACES}]*(?P<u>年)(?!{time_words})(?![{LINE_SPACES}]*(?:以上|以下)?的)"
    )


class YearMeasure:
    """受教育年限达到11.8年 shaped as a ``target_quantity`` match: its number 11.8, its unit 年."""

    _NONE = UNUSED_GROUPS

    def __init__(self, m: re.Match):
        self._m = m

    def group(self, name: str | int = 0) -> str | None:
        if name in ("n", "u"):
            return self._m.group(name)
        if name in self._NONE:
            return None
        return self._m.group(0)[self._m.start("n") - self._m.start() :]

    def start(self, name: str | int = 0) -> int:
        if name in ("n", "u"):
            return self._m.start(name)
        return self._m.start("n") if name == 0 else -1

    def end(self, name: str | int = 0) -> int:
        if name in ("n", "u"):
            return self._m.end(name)
        return self._m.end(0) if name == 0 else -1


def year_measures(lex, norm: str, start: int, end: int) -> list[YearMeasure]:
    """The quantities in years of norm[start:end] (受教育年限达到11.8年 -> 11.8 年)."""
    return [YearMeasure(m) for m in lex.derived(_measure).finditer(norm, start, end)]

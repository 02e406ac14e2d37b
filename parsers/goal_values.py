"""How a goal's quantity reads: its unit, scale and number (万/亿 multiplied out for counts, money in 亿元 or 元,
五千亿 given its scale back), a slash fraction as a share, and the lower bound of a range (2-3个). A mixin of
parsers.goal_quantities.GoalQuantities, which finds the quantities; parsers.goal_units sets a goal's unit from them.
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES as _SPACES
from parsers.bounds import finite
from parsers.candidates import number_value
from parsers.lexicon import Lexicon

_COUNT_SCALES = {
    "万": 1e4,
    "亿": 1e8,
    "万亿": 1e12,
    "兆": 1e12,
}  # a count's scale multiplied out (1.4万亿斤, 1.4 兆斤)
LEADING_SCALES = {
    "十": 10.0,
    "百": 100.0,
    "千": 1000.0,
}  # 千亿元, 百万元: a scale written before the unit's own


class GoalValues:
    lex: Lexicon
    norm: str
    slash_marks: frozenset
    slash_limit: int
    _w: object
    # id(match) -> (the match, its unit_scale): the readers ask it of the same quantity again and again (the
    # quantities of a span are found once, GoalQuantities.quantities, and every filter and reader of a goal asks
    # again: ~87% of the calls over the extraction texts); the match is kept with its answer so that its id is never
    # another's, and a match (re.Match, PercentWord) never changes
    _unit_scales: dict[int, tuple[object, tuple[str, str, float | None]]]

    def unit_scale(self, m: re.Match) -> tuple[str, str, float | None]:
        """(unit, scale, number) of a quantity: an implied unit (五千亿规模) is 元, and a Chinese numeral of money
        that ends in its scale (五千亿) gives the scale back to the unit, as 5000亿元 has it."""
        known = self._unit_scales.get(id(m))
        if known is not None and known[0] is m:
            return known[1]
        found = self._unit_scale(m)
        self._unit_scales[id(m)] = (m, found)
        return found

    def _unit_scale(self, m: re.Match) -> tuple[str, str, float | None]:
        unit = m.group("u") or ("" if m.group("people") is not None or m.group("bare") is not None else "元")
        unit = self.lex.unit_named(unit)  # 300万㎡: 平方米, the unit's name ([targets] unit_symbols)
        scale = m.group("s") or ""
        raw = m.group("n")
        number = number_value(raw)
        if number is not None and "元" in unit and not scale and not raw.isascii():
            for tail, factor in (("亿", 1e8), ("万", 1e4)):
                if raw.endswith(tail) and len(raw) > 1:
                    number, scale = number / factor, tail
                    break
        return unit, scale, number

    @staticmethod
    def money_unit(unit: str) -> tuple[str, float]:
        """The unit the targets table counts money in and the factor to it: 千亿元 -> (亿元, 1000), 百万元 -> (元, 1e6);
        亿元, 元 and the rest as they are (a scale of yuan before 亿 or 万 is multiplied into the value)."""
        for base, factor in (("亿元", 1.0), ("万元", 1e4)):
            lead = unit.removesuffix(base)
            if lead != unit and lead in LEADING_SCALES:
                return ("亿元" if base == "亿元" else "元"), LEADING_SCALES[lead] * factor
        return unit, 1.0

    def slash_share(self, m: re.Match) -> float | None:
        """1/3 as a goal's quantity: the share it is (0.333…); None for no slash fraction or an improper one
        (2024/12, 24/7, 3/2), as parsers/ratios.py reads them."""
        unit = m.group("u") or ""
        if not unit or unit[0] not in self.slash_marks or not unit[1:].strip(_SPACES).isdigit():
            return None  # (10.5/10万: a rate per 10万, no share)
        n = m.start("n")
        if (
            m.group("s")
            or m.group("n1")
            or (n > 0 and (self.norm[n - 1].isdigit() or self.norm[n - 1] in "./"))
        ):
            return None
        num, den = number_value(m.group("n")), int(unit[1:].strip(_SPACES))
        if num is None or num != int(num) or not 0 < num < den <= self.slash_limit:
            return None
        return num / den

    def value(self, m: re.Match) -> float | None:
        """The quantity's number with 万/亿 multiplied out for counts; None when it is not finite."""
        unit, scale, number = self.unit_scale(m)
        if number is None:
            return None
        if unit[:1] in self.slash_marks and unit[1:].strip(_SPACES).isdigit():  # 1/3 (not 10.5/10万)
            share = self.slash_share(m)
            return None if share is None else share * 100
        money = "元" in unit
        if money and scale and (unit not in self._w.currencies or scale in self._w.yuan_scales):
            number *= {"万": 1e4, "亿": 1e8}[scale]  # 2.9万亿元 -> 29000 亿元: the unit keeps its own scale
            scale = ""
        if money:
            number *= self.money_unit(unit)[1]
        value = number if money else number * _COUNT_SCALES.get(scale, 1.0)
        yuan = number * self.lex.scales.get((scale + unit)[:-1], 1.0) if money else value
        return value if finite(value, yuan) else None

    def first_bound(self, m: re.Match, value: float) -> float | None:
        """The lower bound of a range quantity (2-3个), in the unit of its upper bound; None for no range."""
        if not m.group("n1"):
            return None
        first = number_value(m.group("n1"))
        if first is None:
            return None
        scale = m.group("s1") or m.group("s") or ""
        if "元" not in self.unit_scale(m)[0]:
            first *= _COUNT_SCALES.get(scale, 1.0)
        first = float(int(first)) if first == int(first) else first
        return first if first < value else None

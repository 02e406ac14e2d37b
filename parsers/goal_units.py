"""The unit of a quantified goal, and its value in yuan or as a share of one.

Money keeps the scale the table counts in (4千亿元 -> 4000 亿元; a goal in 万元 is counted in 元: [targets]
yuan_multiplied_scales) with its amount in yuan (value_yuan), none for another currency (10亿美元). Any other unit is
as written, in simplified characters (畝 and 亩 are one unit), or 人 for a count of people written without one
(parsers.goal_people); a share (1/3), 成, ‰ and % get their share of one (value_fraction). Mixed into
parsers.goal_reader.GoalReader, whose quantities' reading (parsers.goal_values) gives unit_scale, money_unit and slash_share.
"""

from __future__ import annotations

import re

from parsers.goal_people import people_unit
from parsers.goal_scope import Goal
from parsers.traditional import simplified


class GoalUnits:
    def _set_unit(
        self, goal: Goal, start: int, number_start: int, m: re.Match, unit: str, scale: str, number: float
    ) -> None:
        """Set goal's unit, value_yuan and value_fraction for the quantity ``m`` of a part opening at start, read as
        ``unit`` with ``scale`` (万, 亿) and ``number``."""
        if "元" in unit:
            if scale and (unit not in self._w.currencies or scale in self._w.yuan_scales):  # 11万元 -> 元
                number, scale = number * {"万": 1e4, "亿": 1e8}[scale], ""
            goal.unit = self.money_unit(scale + unit)[0]  # 4千亿元 -> 4000 亿元, as 4000亿元 is written
            if unit == "元" or unit not in self._w.currencies:  # 10亿美元: no amount of yuan
                goal.value_yuan = round(number * self.lex.scales.get((scale + unit)[:-1], 1.0), 4)
        else:
            # a count's unit as written (公里/万平方公里), in simplified characters (畝 and 亩 are one unit: a traditional
            # page's rows count in the same units as the others; so are ㎡ and 平方米); money keeps the unit the table
            # counts in (亿元)
            goal.unit = (
                self.lex.unit_named(simplified(self.ix.written(m.start("u"), m.end("u"))))
                if unit and m.group("u") and m.end("u") > m.start("u")  # 翻一番: 倍 is written nowhere
                else unit or people_unit(self.lex, self.norm, start, number_start, self._w.goal_verb_tail, m)
            )
            share = self.slash_share(m)
            if share is not None:  # 1/3: a share, in percent like 33.3%
                goal.unit, goal.value_fraction = "%", round(share, 10)
            elif unit == self.tenths_word:
                goal.value_fraction = round(number / 10, 10)  # 超7成: 7 成, 0.7
            elif unit in self._w.per_mille:  # 4.53‰, 千分之四点五: 4.5 ‰, its share of one
                goal.unit, goal.value_fraction = unit, round(number / self._w.per_mille[unit], 10)
            elif unit in self.percent_signs or unit == "个百分点":
                goal.unit = "%" if unit in self.percent_signs else unit
                goal.value_fraction = round(number / 100, 10)

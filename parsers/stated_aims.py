"""A value its part states as an aim (…增长目标定为9%; …，今年预期目标增长7%左右): a role test of parsers.roles.Roles,
kept apart because it weighs the aim against every condition, grant and report test of the class."""

from __future__ import annotations

import re

from parsers.bounds import Found
from parsers.clause_tense import aims_this_year
from parsers.patterns import before_spaces
from parsers.reached_conditions import reached_condition


def _goal_named_before(lex) -> re.Pattern:
    """A goal noun and its copula right before a value in its part (…目标为15%: lexicon goal_named_before_pattern)."""
    return re.compile(lex.section("roles")["goal_named_before_pattern"])


# The goal noun and copula of goal_named_before_pattern span a few characters before the value: the search starts
# that far back (past the spaces right before the value), not at the part's start, which made a part of n amounts
# (a 分别 list) cost n² (tests/test_extraction_limits.py).
_NAMED_REACH = 48


def _named_window_start(norm: str, part_start: int, value_start: int) -> int:
    return max(part_start, before_spaces(norm, part_start, value_start) - _NAMED_REACH)


class StatedAims:
    """Mixin of parsers.roles.Roles: reads self.norm, self.lex, self.ix, self.level_tail, self._reported_result and
    self._condition of the class."""

    def _stated_aim(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """A value its part states as an aim before it: a goal noun and its copula (…增长目标定为9%: lexicon [roles]
        goal_named_before_pattern), or a part that names this year and a word of intent (…，今年预期目标增长7%;
        …，果品产值力争今年达到13亿元: parsers.clause_tense.aims_this_year). Not a reported result, nor a condition's
        threshold (…指标为4%以上的，给予…; 对…指标是2%以下的园区; 未完成…目标为8%的单位: the value qualifies who
        gets or pays, lexicon attributive_tail and reached conditions), nor a rate a grant pays."""
        norm = self.norm
        named = self.lex.derived(_goal_named_before).search(
            norm, _named_window_start(norm, part[0], f.start), f.start
        )
        named = named is not None
        if not named:
            # this year's aim closes its part (…，今年预期目标增长7%左右。), no amount of the things it counts or
            # builds (今年将引进…亿元以上项目…; 今年计划筹集…亿元用于…)
            level = self.level_tail.match(norm, f.end)
            if not aims_this_year(norm, part[0], f.start, self.lex) or not self.ix.followed_by_boundary(
                level.end() if level else f.end
            ):
                return False
        # the report test after the aim's own words: few values have them, and the test reads the whole sentence
        if self._reported_result(f.start):
            return False
        if any(
            self.ix.hits(cue, sentence).any(*part)
            for cue in (self.lex.ratio_subsidy_cue, self.lex.subsidy_cue)
        ):
            return False
        if self.ix.hits(self.lex.budget_cue, sentence).any(part[0], f.start):
            return False  # …，今年计划安排资金2亿元: a budget that serves the aims, not one of them
        return not (
            self._condition(f, sentence, *part)
            or self.lex.attributive_tail.match(norm, f.end)
            or self.lex.reached_attributive_tail.match(norm, f.end)
            or reached_condition(self.lex, norm, f, sentence)
        )

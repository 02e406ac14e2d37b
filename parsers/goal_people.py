"""A count of people written with no measure word: 常住人口达到480万, 城镇新增就业45万, 带动12万农民增收.

A figure with no unit after it (a "bare" level) counts people when its metric ends in a noun of people (lexicon
[targets] people_count_nouns: 人口, 人数, 就业…) right before the figure or before its goal verb (people_count_links
between: 人口要达到); so does one before the people it counts (group "people", [targets] implied_count_heads). Its
unit is 人, as the written 45万人 has it. Such a figure right after its noun, with no verb between (城镇新增就业45万),
is the goal's value as one after 达到 is. Called by parsers/goal_quantities.py and parsers/goal_units.py.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation, before_spaces

PEOPLE_UNIT = "人"


def _nouns_end(lex) -> re.Pattern:
    t = lex.section("targets")
    nouns, links = alternation(t["people_count_nouns"]), alternation(t["people_count_links"])
    return re.compile(f"(?:{nouns})(?:{links})?[ \\t\\u3000]*\\Z")


def counts_people_before(lex, norm: str, part_start: int, number_start: int) -> bool:
    """A noun of people ends the text right before the figure at number_start (城镇新增就业45万)."""
    return lex.derived(_nouns_end).search(norm, part_start, number_start) is not None


def people_unit(
    lex, norm: str, part_start: int, number_start: int, verb_tail: re.Pattern, m: re.Match
) -> str | None:
    """人 for the figure ``m`` with no unit when it counts people: one before the people it counts (group "people":
    带动12万农民), or one whose metric ends in a noun of people, right before it or before its goal verb
    (``verb_tail``, the goal words' pattern of a verb ending the text: 常住人口要达到480万); None otherwise."""
    # 城镇新增就业 70 万: the people end before the space
    number_start = before_spaces(norm, part_start, number_start)
    if m.group("people") is not None or counts_people_before(lex, norm, part_start, number_start):
        return PEOPLE_UNIT
    verb = verb_tail.search(norm, part_start, number_start)
    if verb is None:
        return None
    return PEOPLE_UNIT if counts_people_before(lex, norm, part_start, verb.start()) else None

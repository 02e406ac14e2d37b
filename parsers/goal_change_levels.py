"""A change, then the level it brings its metric to (人均预期寿命较目前再增加约3岁，达到79岁; 城镇化率提高1个百分点，
达到65%左右): one goal, the level, whose row names the metric and spans from it, as the doubling convention reads
翻一番，达到3亿元 (SOURCES.md, round 21); the change keeps a row of its own, spanning the change only (再增加约3岁). A
comparison base before the change (较目前的76.34岁继续增长，达到79岁) is no goal: the level's row takes its part.
A yearly change (年均增长5%，达到42岁) or a growth rate of a level in another unit (游客增长25%以上，达到30万人次以上) is
a rate of its own, no change of the level: left as it is. The change is in the level's unit (岁, 亿元) or in points of
a share (个百分点 before a %).
The words: lexicon [targets] change_then_level_pattern (the level verb opening the next part), change_again_words and
change_comparison_words (before the change verb), [roles] yearly_change_verbs and yearly_words.
"""

from __future__ import annotations

import re

from parsers.goal_scope import Goal
from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES, last_match

_NUMBER = re.compile(r"\d")


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t, roles = lex.section("targets"), lex.section("roles")
    level = re.compile(f"[{LINE_SPACES}]*(?:{t['change_then_level_pattern']})")
    verbs = alternation(roles["yearly_change_verbs"])
    again = alternation(t["change_again_words"])
    change = re.compile(f"(?:{again})?[{LINE_SPACES}]*(?:{verbs})")
    # the metric named before the comparison or the change (人均预期寿命 of 人均预期寿命较目前再增加)
    metric_end = re.compile(f"(?:{alternation(t['change_comparison_words'])}|{again})|(?:{verbs})")
    yearly = re.compile(alternation(roles["yearly_words"]))  # 年均增长15%: a rate of its own
    return level, change, yearly, metric_end


def join_changes_and_levels(goals: list[Goal], norm: str, lex: Lexicon) -> list[Goal]:
    """Goals in text order; a change goal right before (one comma between) a metric-less level goal of the same year
    hands its metric and start to the level, and keeps its change phrase only (or goes, when its number was the base)."""
    level, change, yearly, metric_end = lex.derived(_build)
    out: list[Goal] = []
    for goal in goals:
        before = out[-1] if out else None
        if before is None or not _level_after_change(before, goal, norm, level):
            out.append(goal)
            continue
        verb = last_match(change, norm, before.start, before.end)
        if verb is None or yearly.search(norm, before.start, verb.end()):
            out.append(goal)
            continue
        cut = metric_end.search(before.metric or "")
        goal.start, goal.metric = (
            before.start,
            (before.metric[: cut.start()] if cut and cut.start() else before.metric),
        )
        if _NUMBER.search(norm, verb.end(), before.end) is None:
            out[-1] = goal  # 较目前的76.34岁继续增长，: the number was the base of the comparison, no goal
        else:
            before.start = verb.start()  # 再增加约3岁: the change's own row
            out.append(goal)
    return out


def _level_after_change(before: Goal, goal: Goal, norm: str, level: re.Pattern) -> bool:
    if goal.metric or not before.metric or before.year != goal.year or before.end > goal.start:
        return False
    if (before.value is None and before.low is None) or (goal.value is None and goal.low is None):
        return False  # both quantified: a goal without a number is read elsewhere
    if before.unit != goal.unit and not ((before.unit or "").endswith("百分点") and goal.unit == "%"):
        return False  # 入境游客增长25%以上，达到30万人次以上: a growth rate of its own, no change in the level's unit
    if norm[before.end : goal.start].strip(LINE_SPACES) not in ("，", ","):
        return False
    return level.match(norm, goal.start) is not None

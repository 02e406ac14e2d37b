"""Goals set out for several places under one metric: a breakdown sentence (其中，…) and the metric carried to it.

News of several places' work reports sums their goals up, then breaks them down place by place, naming the metric
once (多地将今年经济增长目标定在6%左右。其中，甲市GDP预期目标为7%以上，乙市为7%左右，丙、丁等地为6.5%): every place's
value is a goal of the same year as the summing sentence's, one row a place (a value shared by several places is one
row, as written). A sentence opening with a breakdown word (lexicon [targets] breakdown_openers) right after a goal
statement's sentence, in its paragraph, is part of that statement. A part that names only its subject before 为/是 and
the value (乙市为7%左右) carries the metric of the first part (甲市GDP预期目标): its own subject, then the first
part's metric without that part's first word (its own subject, as jieba segments it: 甲市 | GDP | 预期目标).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.goal_scope import Goal, Scope
from parsers.patterns import FULL_STOPS, LINE_SPACES, after_last_mark

if TYPE_CHECKING:
    from parsers.context import TextIndex

# a subject, then 为/是 and at once the value (乙市为7%左右, 丙、丁等地为6.5%): a place's goal under a metric named once
_SUBJECT_ONLY = re.compile(
    rf"[{LINE_SPACES}]*(?P<subject>[^\d，,；;。:：]{{1,24}}?)(?:等地|等市|等县|等区)?[为是]\s*[约近超]?\d"
)


def _breakdown(lex) -> re.Pattern:
    words = "|".join(map(re.escape, lex.section("targets")["breakdown_openers"]))
    return re.compile(rf"[{LINE_SPACES}]*(?:{words})[{LINE_SPACES}]*[，,：:]")


def with_breakdown(ix: TextIndex, scope: Scope) -> Scope:
    """The scope, reaching over the breakdown sentence right after its own sentence (see above) when there is one."""
    norm = ix.norm
    end = scope.end
    if (
        end >= len(norm)
        or scope.year is None
        or norm[end - 1 : end] == "\n"
        or end != ix.full_sentence(end - 1)[1]
    ):
        return scope
    after = end + 1 if norm[end] in "。；;" else end
    if ix.lex.derived(_breakdown).match(norm, after) is None:
        return scope
    para_end = ix.paragraph(scope.start)[1]
    next_end = min(ix.full_sentence(after)[1], para_end)
    if next_end <= after or next_end > para_end:
        return scope
    first_end = next_end if scope.first_sentence_end >= end else scope.first_sentence_end
    return replace(scope, end=next_end, first_sentence_end=first_end)


def _summary(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["summary_subject_pattern"])


def sums_up(norm: str, start: int, lex) -> bool:
    """The part at start opens with a subject of several unnamed places (多地将…目标定在6%左右): a summary, no goal."""
    return lex.derived(_summary).match(norm, start) is not None


def carry_metrics(goals: list[Goal], norm: str, lex) -> None:
    """乙市为7%左右 after 甲市GDP预期目标为7%以上 in one breakdown sentence: the metric 乙市GDP预期目标 (see above).
    Only there: elsewhere 新增就业为3200人 after 生产总值增长6% names a metric of its own."""
    from parsers.segmenter import words

    breakdown = lex.derived(_breakdown)
    lead: Goal | None = None
    for goal in goals:
        opened = _sentence_start(norm, goal.start)
        if lead is not None and _sentence_start(norm, lead.start) != opened:
            lead = None
        if (
            breakdown.match(norm, opened) is None
            or not goal.metric
            or goal.value is None
            and goal.low is None
        ):
            continue
        if lead is None:
            lead = goal
            continue
        m = _SUBJECT_ONLY.match(norm, goal.start, goal.end)
        tokens = words(lead.metric or "")
        carried = "".join(tokens[1:])
        subject = m.group("subject").strip(LINE_SPACES) if m is not None else ""
        if subject and carried and not subject.endswith(carried):
            goal.metric = subject + carried


def _sentence_start(norm: str, pos: int) -> int:
    return after_last_mark(norm, FULL_STOPS + "\n", pos)

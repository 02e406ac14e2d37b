"""Metrics paired with the values of a 分别 list (A率、B率和人均受教育年限分别达到90%、99%和13.5年).

The metrics are listed before 分别 and the values after it, one for one and in order (lexicon [qualifiers]
respective_words; the metrics joined by [targets] goal_joiners, each ending as a metric does: listed_metric_ends). The goal reader names the whole list as the metric of
the list's first value and no metric for the values after it; when the list names as many metrics as the run has values,
each value takes its own. A later run in the same sentence with no metric of its own (…；到2030年分别达到95%、99%和
15年) says the same metrics again for another year: it takes them when its values are as many. A run of another length
is left as it was (which value is whose, the text does not say).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.goal_scope import Goal
from parsers.lexicon import Lexicon
from parsers.patterns import FULL_STOPS, LINE_SPACES, after_last_mark, alternation

_SENTENCE_ENDS = FULL_STOPS + "\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")


def _joins(lex: Lexicon) -> re.Pattern:
    return re.compile(alternation(lex.section("targets")["goal_joiners"]))


def _metric_ends(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.section("targets")["listed_metric_ends"])


def _runs(goals: Sequence[Goal], norm: str, respective: re.Pattern, verb: re.Pattern) -> list[list[Goal]]:
    """The runs of values of 分别 lists: a goal whose text holds 分别 opens one, the goals after it in its sentence with
    no verb of their own continue it (as parsers.goal_stages reads them for years)."""
    runs: list[list[Goal]] = []
    current: list[Goal] | None = None
    for goal in goals:
        if respective.search(norm, goal.start, goal.end):
            current = [goal]
            runs.append(current)
        elif (
            current is not None
            and not verb.search(norm, goal.start, goal.end)
            and not _SENTENCE_END.search(norm, current[-1].end, goal.start)
        ):
            current.append(goal)
        else:
            current = None  # a goal of its own ends the run
    return [run for run in runs if len(run) > 1]


def pair_respective_metrics(goals: Sequence[Goal], norm: str, lex: Lexicon, verb: re.Pattern) -> None:
    """Give each value of a 分别 run the metric of the same place in the list before 分别 (see above)."""
    joins, ends = lex.derived(_joins), lex.derived(_metric_ends)
    listed: tuple[int, list[str]] | None = None  # the sentence start and metrics of the last list paired
    for run in _runs(goals, norm, lex.respective, verb):
        if any(goal.metric for goal in run[1:]):
            continue  # a later value names a metric of its own: no list of the first one's
        sentence = after_last_mark(norm, _SENTENCE_ENDS, run[0].start)
        if run[0].metric:
            metrics = [m.strip(LINE_SPACES) for m in joins.split(run[0].metric)]
        elif listed is not None and listed[0] == sentence:
            metrics = listed[1]  # …分别达到90%、99%；到2030年分别达到95%、99%: the same metrics again
        else:
            continue
        if len(metrics) != len(run) or not all(m and m[-1] in ends for m in metrics):
            continue  # 甲产业和乙产业产值占比重分别达46%和35%: two industries of one metric, not two metrics
        for goal, metric in zip(run, metrics, strict=True):
            goal.metric = metric
        listed = (sentence, metrics)

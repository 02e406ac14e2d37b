"""One figure shared by several metrics of a goal (化肥、农药利用率均达到43%): one row per metric.

A goal whose metric is a list (joined by [targets] goal_joiners) closed by a word that gives the figure to each member
(均, 都, 分别: [targets] shared_figure_words) and that has one figure, not a run of them (分别增长10%、15% is paired
one for one by parsers.goal_respective), is one goal per listed metric, each with the same figure, bound and span
(fixtures/heldout/SOURCES.md, written down in round 29). The word must close the list: 均 after 年, 人, 亩 … is part of a
metric (年均增长, 人均收入: shared_figure_word_not_after), and a word after the figure's number that starts another
figure (、15%, 和25%) makes the goal a run's first value, left as it is. The list splits at 、; at 和 or 以及 only
where the words on both sides end as a metric does (城镇居民人均可支配收入和农民人均纯收入; not 软件和信息技术服务业收入, one
industry's: [targets] listed_metric_ends and shared_metric_ends).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from types import SimpleNamespace

from parsers.goal_scope import Goal
from parsers.lexicon import Lexicon
from parsers.patterns import LINE_SPACES, alternation, last_match
from parsers.traditional import simplified


def _shared_word(lex: Lexicon) -> re.Pattern:
    words = lex.section("targets")
    not_after = re.escape("".join(words["shared_figure_word_not_after"]))
    return re.compile(f"(?<![{not_after}])(?:{alternation(words['shared_figure_words'])})")


def _joins(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """The list's joiners; those that join two metrics only when both end as a metric does; those ends."""
    words = lex.section("targets")
    strong = [w for w in words["goal_joiners"] if w == "、"]
    weak = [w for w in words["goal_joiners"] if w != "、"]
    ends = frozenset([*words["listed_metric_ends"], *words["shared_metric_ends"]])
    return re.compile(alternation(words["goal_joiners"])), re.compile(alternation(weak or strong)), ends


def _split_list(listed: str, lex: Lexicon) -> list[str]:
    """甲、乙和丙 -> 甲, 乙, 丙; a piece joined by 和 stays whole unless both its sides end as a metric does."""
    _, weak, ends = lex.derived(_joins)
    metrics: list[str] = []
    for piece in listed.split("、"):
        piece = piece.strip(LINE_SPACES)
        parts = [p.strip(LINE_SPACES) for p in weak.split(piece)]
        if len(parts) > 1 and all(p and p[-1] in ends for p in parts):
            metrics += parts
        else:
            metrics.append(piece)
    return metrics


def _next_figure(lex: Lexicon) -> re.Pattern:
    """A second figure right after the goal's (、15%, 和25%, ,95亿元, 30%20%): the goal opens a run of values."""
    words = lex.section("targets")
    joins = alternation([*words["goal_joiners"], *words["shared_figure_run_joiners"]])
    numeral = "[0-9０-９]|[一二三四五六七八九十两][一二三四五六七八九十百千万亿个%％]"  # not 一般 (…,一般公共预算收入)
    return re.compile(f"[{LINE_SPACES}]*(?:(?:{joins})[{LINE_SPACES}]*)?(?:{numeral})")


def _listed_metrics(goal: Goal, norm: str, lex: Lexicon) -> list[str]:
    """The metrics of the goal's list when one figure serves them all, else []."""
    metric = goal.metric
    if not metric or goal.value is None and goal.low is None:
        return []
    last_join = last_match(lex.derived(_joins)[0], metric)
    if last_join is None:
        return []
    shared = lex.derived(_shared_word)
    head = ""  # the change a list's metrics share as their last word (A、B增速: A增速, B增速)
    word = shared.search(metric, last_join.end())
    if word is None:  # the word may follow the metric the reader cut before it (A、B分别增长20%)
        at = norm.find(simplified(metric), goal.start, goal.end)  # the metric keeps the text's forms (產業)
        after = at + len(metric) if at >= 0 else -1
        while 0 <= after < goal.end and norm[after] in LINE_SPACES:
            after += 1
        # (its look-behind sees the metric's end: 年均 is none)
        listed = metric
        if (after < 0 or not shared.match(norm, after)) and not _rates_listed(goal, metric, lex):
            # no word shares the figure: a change shares it still (A和B增长12%), its list cut before the change
            changed = _changes_listed(goal, metric, norm, lex)
            if changed is None:
                return []
            listed, head = changed
    else:
        listed = metric[: word.start()]
    if lex.derived(_next_figure).match(norm, goal.end):
        return []  # 分别增长18%和25%: a run of values, one for each metric
    metrics = _split_list(listed, lex)
    if len(metrics) < 2 or any(len(m) < 2 for m in metrics):
        return []
    return [m + head for m in _with_shared_head(metrics, lex)]


def _rates_listed(goal: Goal, metric: str, lex: Lexicon) -> bool:
    """A percent goal whose metric lists, with 、 or 和, two or more rates each named in full (A利用率、B回收率, A收集率和
    B利用率): a rate is no sum, so the one figure holds for each ([targets] rate_metric_ends)."""
    if goal.unit not in ("%", "％"):
        return False
    ends = tuple(lex.section("targets")["rate_metric_ends"])
    weak = lex.derived(_joins)[1]
    members = [m.strip(LINE_SPACES) for piece in metric.split("、") for m in weak.split(piece)]
    return len(members) > 1 and all(len(m) > 2 and m.endswith(ends) for m in members)


def _changes_listed(goal: Goal, metric: str, norm: str, lex: Lexicon) -> tuple[str, str] | None:
    """The list of metrics a change figure serves with no word that shares it (A、B年均增速超过9%, A和B比2020年翻一番:
    [targets] shared_change_pattern after the list, in the goal): the metric up to where the change or its base begins
    (shared_change_cut_pattern), and the change named as a noun at the metric's end, which each member takes (增速,
    年均增速: A增速、B增速), or None. Not a list that sums or groups (shared_change_list_not_words)."""
    if goal.unit not in ("%", "％", "个百分点", "倍"):
        return None
    words = lex.derived(_change_words)
    last_join = last_match(lex.derived(_joins)[0], metric)
    at = norm.find(simplified(metric), goal.start, goal.end)
    if last_join is None or at < 0 or words.change.search(norm, at + last_join.end(), goal.end) is None:
        return None
    cut = words.cut.search(metric, last_join.end())
    listed = metric[: cut.start()] if cut is not None else metric
    head = (
        cut.group()
        if cut is not None and cut.end() == len(metric) and cut.group().endswith(_CHANGE_ENDS)
        else ""
    )
    if cut is not None and words.cut.search(metric, 0, last_join.start()) is not None:
        listed, head = (
            metric,
            "",
        )  # A增速、B增速达到10%: each member names its change, the list is the metric whole
    if any(word in listed for word in words.not_words) or _PART_OR_FIGURE.search(listed):
        return None
    ends = (*lex.derived(_joins)[2], *_CHANGE_ENDS)
    if not all(m and m.endswith(ends) for m in _split_list(listed, lex)):
        return None  # a list of industries or places sharing one metric (A、B产业实现营业收入增长9%)
    return listed, head


_PART_OR_FIGURE = re.compile(r"[，,；;。：:\d]")
_CHANGE_ENDS = ("速", "幅")


def _change_words(lex: Lexicon) -> SimpleNamespace:
    words = lex.section("targets")
    return SimpleNamespace(
        change=re.compile(words["shared_change_pattern"]),
        cut=re.compile(words["shared_change_cut_pattern"]),
        not_words=tuple(words["shared_change_list_not_words"]),
    )


def _with_shared_head(metrics: list[str], lex: Lexicon) -> list[str]:
    """化肥、农药利用率 -> 化肥利用率, 农药利用率: a member that does not end as a metric does takes the last member's
    last word (as jieba segments it), the head the list shares."""
    from parsers.segmenter import words

    ends = lex.derived(_joins)[2]
    if metrics[-1][-1] not in ends or all(m[-1] in ends for m in metrics[:-1]):
        return metrics
    head = words(metrics[-1])[-1]
    return [m if m[-1] in ends or m.endswith(head) else m + head for m in metrics[:-1]] + [metrics[-1]]


def split_shared_figures(goals: Sequence[Goal], norm: str, lex: Lexicon) -> list[Goal]:
    """Each goal whose one figure serves a list of metrics as one goal per metric (see above); the others as they are."""
    out: list[Goal] = []
    for goal in goals:
        metrics = _listed_metrics(goal, norm, lex)
        if metrics:
            out += [replace(goal, metric=metric) for metric in metrics]
        else:
            out.append(goal)
    return out

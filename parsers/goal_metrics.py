"""The metric of a goal row: the words a goal's value measures, read around its quantity.

A mixin of parsers.targets' goal reader (on top of parsers.goal_quantities.GoalQuantities): for a count, the noun
after the classifier (30个省级以上工业互联网平台 -> 省级以上工业互联网平台, cut at a predicate word among jieba tokens);
otherwise the words before the goal verb (花卉产业产值达到… -> 花卉产业产值), without the goal's year (收入2027年达到…),
the start value of a change (森林覆盖率由目前的15.2%提高到… -> 森林覆盖率) or a modal before it (将, 力争, 计划).
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES as _SPACES
from parsers.context import TextIndex

# 主营业务收入2027年达到…, 覆盖率到2025年提高到…: the year (and its 到) is the goal's time, not its metric
_TRAILING_YEAR = re.compile(
    r"(?:[到至]\s*)?(?<![比较由从])(?:19|20)\d{2}\s*年(?:底|末)?(?:\s*[、和及与]\s*(?:19|20)\d{2}\s*年(?:底|末)?)*\s*\Z"
)  # 到2025年、2030年 (a staged goal's years) as well


def _metric_words(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = lex.section("targets")
    # 全县2026年确保粮食产量…: a year and the opener after it inside the words before the verb are the goal's time
    inner_year = re.compile(
        rf"(?<![比较由从\d])(?:19|20)\d{{2}}\s*年(?:底|末)?\s*(?:{lex.goal_opener.pattern})+(?![了过的])"
    )
    return re.compile(t["metric_baseline_pattern"]), re.compile(t["metric_trailing_pattern"]), inner_year


def _dash_heading(lex) -> re.Pattern:
    """一是X保持全国前列——全区X面积…: an item's heading phrase closed by a dash ([targets] metric_heading_dashes), no
    figure in it, names the item, not the metric after the dash."""
    dashes = sorted(map(re.escape, lex.section("targets")["metric_heading_dashes"]), key=len, reverse=True)
    return re.compile(rf"[^\d，,。；;：:]{{2,30}}?(?:{'|'.join(dashes)})+")


class GoalMetrics:
    ix: TextIndex
    norm: str
    count_units: object
    metric_stops: object
    goal_verb_tail: re.Pattern
    strip_prefix: re.Pattern

    def _as_written(self, metric: str | None, start: int, end: int) -> str | None:
        """The metric in the original characters (the rules read 萬 as 万; the table keeps 萬)."""
        if not metric:
            return None
        i = self.norm.find(metric, start, end)
        return self.ix.written(i, i + len(metric)) if i >= 0 else metric

    def _strip(self, phrase: str) -> str:
        return self.strip_prefix.sub("", phrase.strip(_SPACES)).strip(_SPACES)

    def _metric(self, start: int, end: int, q_start: int, q_end: int, unit: str) -> str | None:
        after = self.norm[q_end:end].strip(_SPACES)
        if (unit in self.count_units or not unit) and after:
            from parsers.segmenter import words

            kept = []
            for w in words(after):
                if w in self.metric_stops:
                    break
                kept.append(w)
            metric = "".join(kept).strip(_SPACES)
            if metric:
                return metric
        before = self.norm[start:q_start].strip(_SPACES)
        baseline, trailing, inner_year = self.ix.lex.derived(_metric_words)
        cut = baseline.search(before)
        if cut is not None and cut.start() > 0:
            before = before[
                : cut.start()
            ]  # 森林覆盖率由目前的15.2%提高到: the change's start is no part of it
        before = self.goal_verb_tail.sub("", before).strip(_SPACES).removesuffix("的")
        # 森林覆盖率将, 全市力争: a modal before the verb (覆盖率到2025年、2030年分别: after the years too)
        before = trailing.sub("", _TRAILING_YEAR.sub("", trailing.sub("", before)))
        before = inner_year.sub("", before)
        heading = self.ix.lex.derived(_dash_heading).match(before)
        if heading is not None and heading.end() < len(before):
            before = before[heading.end() :]
        return self._strip(before) or None

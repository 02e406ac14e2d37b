"""The year 今年 names in a text with no date: the year its headings or its title set as the page's topic.

News of a work report often carries no date of its own, or only a month and a day (1月9日). It names the year it
writes of where a reader looks first: in the heading over the paragraph (2027年全市经济社会发展 ⏎ 有这些目标 ⏎ 报告提出，
今年…主要预期目标是：…) or in the page's title (2027年，两市要这么干！). 今年 in a goal lead there is that year. A heading
counts when it is a short line with no sentence mark, in the run of such lines right above the paragraph; the title
is the text's first line. Either must name exactly one year (2026年与2027年对比 names no one topic year), and the
title must not name a review (2026年工作回顾: what 今年 then sets is another year's). Used by parsers.goal_headings
(今年 in a goal statement) and parsers.goal_leads (今年 in a lead line).
"""

from __future__ import annotations

import re

from parsers.patterns import YEAR_NAMED

_SPACES = " \t\u3000"


def _one_year(line: str) -> int | None:
    years = {int(y) for y in YEAR_NAMED.findall(line)}
    return years.pop() if len(years) == 1 else None


def topic_year(
    norm: str, pos: int, heading_chars: int, sentence_mark: re.Pattern, review: re.Pattern
) -> int | None:
    """The topic year over the paragraph holding ``pos`` in an undated text (see above); None when none is set."""
    end = norm.rfind("\n", 0, pos)
    while end > 0:
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end].strip(_SPACES)
        if line:
            if len(line) > heading_chars or sentence_mark.search(line):
                break  # prose: the headings right above the paragraph end here
            year = _one_year(line)
            if year is not None:
                return None if review.search(line) else year
        end = start - 1
    first = norm.lstrip(_SPACES + "\n")
    title = first[: first.find("\n")] if "\n" in first else ""
    if not title or pos < len(norm) - len(first) + len(title) or review.search(title):
        return None  # no title line above pos (a one-line text has none), or the title names a review
    return _one_year(title)

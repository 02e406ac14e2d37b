"""Goal lists whose year and goal-ness come from a heading above them, not from their own lines.

A report's digest lists a coming year's goals as bare metric lines under a numbered heading that names the year
but not 目标 (三、2026年经济社会发展总体要求和政策取向 ⏎ 经济增长4.5%-5% ⏎ 城镇新增就业1200万人以上 …): no line has
a year, an opener or a goal verb of its own. The heading is their scope. The year is coming when it is not
before the text's date (or, in an undated text, before any year named above the heading); a heading of a review
(2025年工作回顾, 完成情况) or of a statistics bulletin lists results, not goals (lexicon [targets]
dated_heading_*). A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex).

The same reading of scope gives a bare year that opens its part with no verb of planning (产业链方面，2026年，…突破…)
the goal-ness of the same year where it already opened a goal statement above it: the text's goal year, repeated.
The reach of the lines under a heading naming goals (到2025年发展目标) is here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.lexicon import Lexicon

_NO_SENTENCE = r"[^\n，,；;。！？!?：:]"
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_SENTENCE_MARK = re.compile(r"[，；;。！？!?：:]|,(?!\d{3})")  # 1,200万人: a thousands separator is no comma
# a line a label may open, with a year near its start
_LABELLED_LINE = re.compile(r"\n[ \t\u3000]*[第一二三四五六七八九十（(\d][^\n年]{0,28}年")
_TITLE_CHARS = 200  # the text's head: its first line is where a bulletin names itself


@dataclass(frozen=True)
class _HeadingWords:
    heading: re.Pattern  # a labelled line naming a year, no sentence mark: groups year
    label: re.Pattern  # a section label at a line's start
    review: re.Pattern
    bulletin: re.Pattern
    min_lines: int
    line_chars: int


def _build(lex: Lexicon) -> _HeadingWords:
    t = lex.section("targets")
    label = t["section_label_pattern"]
    heading = re.compile(
        rf"(?m)^(?:{label})[ \t\u3000]*{_NO_SENTENCE}{{0,12}}?(?<!\d)(?P<year>(?:19|20)\d{{2}})\s*年"
        rf"(?![底末内初]|\s*\d){_NO_SENTENCE}*$"
    )
    return _HeadingWords(
        heading,
        re.compile(label),
        re.compile(t["dated_heading_review_pattern"]),
        re.compile(t["dated_heading_bulletin_pattern"]),
        int(t["dated_heading_min_lines"]),
        int(t["heading_line_chars"]),
    )


def _build_repeated(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["repeated_goal_year_pattern"])


class GoalHeadings:
    """Scopes opened by a dated heading over bare metric lines (mixed into TextIndex through GoalScopes)."""

    norm: str
    lex: Lexicon
    current_year: int | None
    reports_past: Callable[..., bool]
    paragraph: Callable[[int], tuple[int, int]]
    sentence_mark: re.Pattern
    _heading_line_chars: int

    def dated_heading_lists(self) -> list[tuple[int, int, int, int]]:
        """(heading start, heading end, end of its list, year) of every dated heading over a list of metric lines."""
        w = self.lex.derived(_build)
        norm = self.norm
        found: list[tuple[int, int, int, int]] = []
        bulletin = None
        for m in self._heading_lines(w):
            line = m.group(0)
            if len(line.strip(" \t\u3000")) > w.line_chars or w.review.search(line):
                continue
            year = int(m.group("year"))
            if not self._coming(year, m.start()):
                continue
            if bulletin is None:
                title = norm[:_TITLE_CHARS].strip(" \t\u3000\n").split("\n", 1)[0]
                bulletin = w.bulletin.search(title) is not None
            if bulletin:
                break  # a statistics bulletin's headings list results
            reach = self._metric_lines(m.end(), w)
            if reach is not None:
                found.append((m.start(), m.end(), reach, year))
        return found

    _reviews: list[tuple[int, int]] | None = None

    def in_review_list(self, pos: int) -> bool:
        """pos lies in the metric lines under a dated review heading (一、2025年工作回顾 ⏎ 国内生产总值增长5% …): a result."""
        reviews = self._reviews
        if reviews is None:
            w = self.lex.derived(_build)
            reviews = self._reviews = []
            for m in self._heading_lines(w):
                line = m.group(0)
                if len(line.strip(" \t\u3000")) <= w.line_chars and w.review.search(line):
                    reach = self._metric_lines(m.end(), w)
                    if reach is not None:
                        reviews.append((m.end(), reach))
        return any(start <= pos < end for start, end in reviews)

    def repeated_goal_years(
        self, candidates: list[re.Match], goal_years: list[tuple[int, int]]
    ) -> list[re.Match]:
        """The matches of repeated_goal_year_pattern among ``candidates`` whose year opened a goal statement before
        them (``goal_years``: (start, year) of the statements found so far), in a sentence that reports no past."""
        if not candidates or not goal_years:
            return []
        kept = []
        for m in candidates:
            year = int(m.group("year"))
            if any(start < m.start() and y == year for start, y in goal_years) and not self.reports_past(
                m.start()
            ):
                kept.append(m)
        return kept

    def _year_of(self, m: re.Match) -> int | None:
        if m.re is self.lex.year:
            return int(next(g for g in m.groups() if g))
        if m.re is self.lex.planned_goal_year:
            return int(m.group("year"))
        return self.current_year  # 今年

    def _heading_reach(self, heading_end: int, limit: int) -> int:
        """Where the lines under a goal heading end: before the first paragraph that is no short line (a sentence
        with its punctuation, or a long one), or at the next year phrase."""
        norm, reach, pos = self.norm, heading_end, heading_end + 1
        longest = self._heading_line_chars
        while pos < min(limit, len(norm)):
            line_end = self.paragraph(pos)[1]
            line = norm[pos:line_end].strip(" \t\u3000")
            if len(line) > longest or self.sentence_mark.search(line) or line_end > limit:
                break
            reach, pos = line_end, line_end + 1
        return reach

    def repeated_year_pattern(self) -> re.Pattern:
        return self.lex.derived(_build_repeated)

    _headings: list[re.Match] | None = None

    def _heading_lines(self, w: _HeadingWords) -> list[re.Match]:
        """The heading pattern tried only at a line a label may open with a year near its start (a scan of the
        whole text would try it at every character; one scan from the line breaks is cheap), found once."""
        if self._headings is None:
            norm, heading = self.norm, w.heading
            starts = (0, *[m.start() + 1 for m in _LABELLED_LINE.finditer(norm)])
            self._headings = [m for m in (heading.match(norm, pos) for pos in starts) if m is not None]
        return self._headings

    def _coming(self, year: int, pos: int) -> bool:
        if self.current_year is not None:
            return year >= self.current_year
        named = [int(y) for y in _YEAR_IN_TEXT.findall(self.norm, 0, pos)]
        return all(year >= y for y in named)

    def _metric_lines(self, heading_end: int, w: _HeadingWords) -> int | None:
        """Where the list of short metric lines under a heading ends (None: fewer than min_lines hold a number).
        It ends at a labelled line, a sentence (a comma or full stop in it) or a long line."""
        norm, pos, reach, counted = self.norm, heading_end + 1, heading_end, 0
        while pos < len(norm):
            line_end = norm.find("\n", pos)
            line_end = len(norm) if line_end < 0 else line_end
            line = norm[pos:line_end].strip(" \t\u3000\f")
            if line:
                if len(line) > w.line_chars or w.label.match(norm, pos) or _SENTENCE_MARK.search(line):
                    break
                if not any(ch.isdigit() for ch in line):
                    break  # a sub-heading or a task line ends the list
                counted += 1
                reach = line_end
            pos = line_end + 1
        return reach if counted >= w.min_lines else None

"""Goal lists whose year and goal-ness come from a heading above them, not from their own lines.

A report's digest lists a coming year's goals as bare metric lines under a numbered heading that names the year
but not 目标 (三、2026年经济社会发展总体要求和政策取向 ⏎ 经济增长4.5%-5% ⏎ 城镇新增就业1200万人以上 …): no line has
a year, an opener or a goal verb of its own. The heading is their scope. The year is coming when it is not
before the text's date (or, in an undated text, before any year named above the heading); a heading of a review
(2025年工作回顾, 完成情况) or of a statistics bulletin lists results, not goals (lexicon [targets]
dated_heading_*). A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex).

The same reading of scope gives a bare year that opens its part with no verb of planning (产业链方面，2026年，…突破…)
the goal-ness of the same year where it already opened a goal statement above it: the text's goal year, repeated
(parsers.goal_year_phrases); the year a heading, 今年 or a yearless goal names is read by parsers.goal_year_reading.
The reach of the lines under a heading naming goals (到2025年发展目标) is here too; the lines themselves (the items
of a line, where a list of metric lines ends) are read by parsers.goal_list_lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.carried_stops import heads_results, review_words
from parsers.goal_list_lines import SENTENCE_MARK, YEAR_HEADING, metric_lines
from parsers.lexicon import Lexicon
from parsers.list_markers import BULLET_GLYPHS
from parsers.patterns import LINE_BLANKS, LINE_SPACES, YEAR_NAMED

_NO_SENTENCE = r"[^\n，,；;。！？!?：:]"
# a line a label may open, with a year near its start
# (a bullet may stand for the label: ◆ 2030年成效盘点)
_LABELLED_LINE = re.compile(
    rf"\n[{LINE_SPACES}]*[第一二三四五六七八九十（(\d{re.escape(BULLET_GLYPHS)}][^\n年]{{0,28}}年"
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
TITLE_CHARS = 200  # the text's head: its first line is where a bulletin names itself
# the end of a line that may name goals (目标, 指标): one literal first, so the scan skips ahead fast
_GOALS_LINE_END = re.compile(rf"标[{LINE_SPACES}：:]*\n")


@dataclass(frozen=True)
class HeadingWords:
    heading: re.Pattern  # a labelled line naming a year, no sentence mark: groups year
    label: re.Pattern  # a section label at a line's start
    review: re.Pattern
    bulletin: re.Pattern
    min_lines: int
    line_chars: int
    goals_line: re.Pattern  # a line naming goals with no year of its own (主要预期目标)
    whole_year: re.Pattern  # 全年 beside a yearless opener (力争全年完成…)
    several_years: re.Pattern  # a title naming a plan of several years (2026—2028年, “十五五”, 三年, 规划)


def heading_words(lex: Lexicon) -> HeadingWords:
    t = lex.section("targets")
    label = t["section_label_pattern"]
    heading = re.compile(
        rf"(?m)^(?:{label})?[{LINE_SPACES}]*{_NO_SENTENCE}{{0,12}}?(?<!\d)(?P<year>(?:19|20)\d{{2}})\s*年"
        rf"(?![底末内初]|\s*\d){_NO_SENTENCE}*[：:]?[{LINE_SPACES}]*$"
    )
    return HeadingWords(
        heading,
        re.compile(label),
        lex.derived(review_words),
        re.compile(t["dated_heading_bulletin_pattern"]),
        int(t["dated_heading_min_lines"]),
        int(t["heading_line_chars"]),
        re.compile(
            rf"(?:{label})?[{LINE_SPACES}]*(?![\u4e00-\u9fff]{{0,10}}?(?:{t['goals_met_pattern']}))"
            rf"[\u4e00-\u9fff]{{0,10}}(?:目标|指标)[{LINE_SPACES}：:]*"
        ),
        re.compile(t["whole_year_pattern"]),
        re.compile(t["several_years_title_pattern"]),
    )


class GoalHeadings:
    """Scopes opened by a dated heading over bare metric lines (mixed into TextIndex through GoalScopes)."""

    text: str
    norm: str
    lex: Lexicon
    current_year: int | None
    paragraph: Callable[[int], tuple[int, int]]
    sentence_mark: re.Pattern
    _heading_line_chars: int
    _coming: Callable[
        [int, int], bool
    ]  # a year named at a position is still to come (parsers.goal_year_reading)

    def dated_heading_lists(self) -> list[tuple[int, int, int, int]]:
        """(heading start, heading end, end of its list, year) of every dated heading over a list of metric lines."""
        w = self.lex.derived(heading_words)
        norm = self.norm
        found: list[tuple[int, int, int, int]] = []
        bulletin = None
        for m in self._heading_lines(w):
            line = m.group(0)
            year = int(m.group("year"))
            if len(line.strip(LINE_SPACES)) > w.line_chars or self._reviewed(line, year, w):
                continue
            if not self._coming(year, m.start()):
                continue
            if bulletin is None:
                title = norm[:TITLE_CHARS].strip(LINE_BLANKS).split("\n", 1)[0]
                bulletin = w.bulletin.search(title) is not None
            if bulletin:
                break  # a statistics bulletin's headings list results
            reach = self._metric_lines(m.end(), w)
            if reach is not None:
                found.append((m.start(), m.end(), reach, year))
        if not bulletin:
            found.extend(self._chained_heading_lists(w, found))
        return found

    def _chained_heading_lists(
        self, w: HeadingWords, found: list[tuple[int, int, int, int]]
    ) -> list[tuple[int, int, int, int]]:
        """A line naming goals with no year (主要预期目标) right under a short line naming a coming year (2026年工作安排,
        labelled or not): the heading chain gives the list under it its year (heading start, end, reach, year)."""
        norm, chained = self.norm, []
        for m in _GOALS_LINE_END.finditer(norm):
            if m.start() == 0 or norm[m.start() - 1] not in "目指":
                continue
            line_start = norm.rfind("\n", 0, m.start()) + 1
            line = norm[line_start : m.end() - 1].strip(LINE_SPACES)
            if not w.goals_line.fullmatch(line) or line_start < 2:
                continue
            # the physical line above: a page of short lines (an infographic's digest) may have it joined by soft
            # breaks to the topics before it (…取得成效 统筹…发展 2031年工作安排), yet it heads the goals line alone
            above_start = (
                max(norm.rfind("\n", 0, line_start - 1), self.text.rfind("\n", 0, line_start - 1)) + 1
            )
            above = norm[above_start : line_start - 1].strip(LINE_SPACES)
            year = YEAR_NAMED.search(above)
            if (
                year is None
                or len(above) > w.line_chars
                or SENTENCE_MARK.search(above)
                or self._reviewed(above, int(year.group(1)), w)
                or any(start <= line_start < reach for start, _, reach, _ in found)
            ):
                continue
            if not self._coming(int(year.group(1)), above_start):
                continue
            reach = self._metric_lines(m.end() - 1, w)
            if reach is not None:
                chained.append((above_start, m.end() - 1, reach, int(year.group(1))))
        return chained

    _reviews: list[tuple[int, int]] | None = None

    def in_review_list(self, pos: int) -> bool:
        """pos lies in the metric lines under a dated review heading (一、2025年工作回顾 ⏎ 国内生产总值增长5% …): a result."""
        reviews = self._reviews
        if reviews is None:
            w = self.lex.derived(heading_words)
            reviews = self._reviews = []
            for m in self._heading_lines(w):
                line = m.group(0)
                if len(line.strip(LINE_SPACES)) <= w.line_chars and self._reviewed(
                    line, int(m.group("year")), w
                ):
                    reach = self._metric_lines(m.end(), w, results=True)
                    if reach is not None:
                        reviews.append((m.end(), reach))
        return any(start <= pos < end for start, end in reviews)

    def _heading_reach(self, heading_end: int, limit: int) -> int:
        """Where the lines under a goal heading end: before the first paragraph that is no short line (a sentence
        with its punctuation, or a long one), or at the next year phrase."""
        norm, reach, pos = self.norm, heading_end, heading_end + 1
        longest = self._heading_line_chars
        while pos < min(limit, len(norm)):
            line_end = self.paragraph(pos)[1]
            line = norm[pos:line_end].strip(LINE_SPACES)
            if len(line) > longest or self.sentence_mark.search(line) or line_end > limit:
                break
            reach, pos = line_end, line_end + 1
        return reach

    _headings: list[re.Match] | None = None

    def _heading_lines(self, w: HeadingWords) -> list[re.Match]:
        """The heading pattern tried only at a line a label may open with a year near its start (a scan of the
        whole text would try it at every character; one scan from the line breaks is cheap), found once."""
        if self._headings is None:
            norm, heading = self.norm, w.heading
            starts = [m.start() + 1 for m in _LABELLED_LINE.finditer(norm)]
            # the text's first line too, when it holds a year's digits (a heading's year stands on its own line): a
            # first line of blanked page furniture, many spaces and no year, would cost the pattern time quadratic
            # in its length
            first_line_end = norm.find("\n")
            if _YEAR_DIGITS.search(norm, 0, first_line_end if first_line_end >= 0 else len(norm)):
                starts.insert(0, 0)
            found = (heading.match(norm, pos) for pos in starts)
            self._headings = [m for m in found if m is not None and self._heading_form(m, w)]
        return self._headings

    def _heading_form(self, m: re.Match, w: HeadingWords) -> bool:
        """A labelled line, or an unlabelled one that holds no number but its year (2024年主要目标): a heading names
        a year and a topic, never a value (2024年地区生产总值增长5% is a goal line of its own, not a heading). The text's
        first line is its title, not a section of it (2027年经济工作总体要求 ⏎ 地区生产总值增长6%)."""
        if w.label.match(m.group(0)):
            return True
        if not self.norm[: m.start()].strip(LINE_SPACES + "\f\n"):
            return False
        return (
            YEAR_HEADING.fullmatch(
                m.group(0).strip(LINE_SPACES + "\f：:").lstrip(BULLET_GLYPHS + LINE_SPACES)
            )
            is not None
        )

    def under_goals_line(self, line_start: int) -> bool:
        """The line above the one at line_start names goals with no year of its own (阶段目标：, 主要目标)."""
        above_end = line_start - 1
        while above_end > 0 and self.norm[above_end - 1] in LINE_BLANKS:
            above_end -= 1
        above = self.norm[self.norm.rfind("\n", 0, above_end) + 1 : above_end].strip(LINE_SPACES)
        return bool(above) and self.lex.derived(heading_words).goals_line.fullmatch(above) is not None

    def _reviewed(self, line: str, year: int, w: HeadingWords) -> bool:
        """A heading line of ``year`` names a review (2030年工作回顾, ● 2030年成效盘点) or a part of the year already run
        (2030年上半年经济运行情况: parsers.carried_stops.heads_results), unless the year comes after the text's date:
        2032年要取得的成就 in a text of 2031 names what the plan aims at."""
        return heads_results(line, self.lex) and (self.current_year is None or year <= self.current_year)

    def _metric_lines(self, heading_end: int, w: HeadingWords, results: bool = False) -> int | None:
        """Where the list of short metric lines under a heading ending at heading_end ends (parsers.goal_list_lines)."""
        return metric_lines(self.norm, heading_end, w.label, w.line_chars, w.min_lines, results)

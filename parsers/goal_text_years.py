"""The year a goals lead that names none (主要目标：, 《方案》明确了主要目标：) takes from the text itself, not from a line
near it: the last year of the span of years its title names (某市召开新闻发布会解读《某市…行动方案（2031—2033年）》),
else the year of the text's date (a page stamp, a date line, an editor's note's 今年 read by that date:
parsers.document_date) in a one-year text: not under a title of a review or a plan of several years, a later year
named above the lead, or 明年 (为做好明年工作). Read by parsers.goal_leads for a lead at a line's start or closing a
paragraph of news.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.goal_headings import heading_words
from parsers.patterns import LINE_BLANKS, YEAR_NAMED

if TYPE_CHECKING:
    from parsers.goal_reach import GoalReach

_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
# a relative year naming the work set out (为做好明年工作, 明年的工作): no clause break between it and 工作
_SHIFTED_WORK = "{}[^，,。；;！？!?\\n]{{0,6}}工作"


def lead_year_by_the_text(ix: GoalReach, pos: int) -> set[int]:
    """The year a yearless lead at pos takes from the text (see above): the last year of its title's span, when no
    later year is named above the lead and that year is still to come; else, in a dated text, the year of the plan its
    goals belong to (GoalYearReading.plan_year: a heading's or the title's topic year, else the date's; none under a
    title of a review or of a plan of several years), when no year after the date's is named above the lead and no
    year relative to the date other than its own (为做好明年工作; a lead naming 今年/明年 is goal_lead_lines'). Empty
    otherwise."""
    span_end = title_span_end(ix)
    if span_end is not None:
        # 某市召开新闻发布会解读《某市…行动方案（2031—2033年）》 ⏎ …《方案》明确了主要目标：: the span's last year, the
        # plan's goals' (no later year named above the lead)
        above = [int(y) for y in YEAR_NAMED.findall(ix.norm, 0, pos)]
        return {span_end} if all(y <= span_end for y in above) and ix._coming(span_end, pos) else set()
    if ix.current_year is None:
        return set()
    if any(int(y) > ix.current_year for y in YEAR_NAMED.findall(ix.norm, 0, pos)):
        return set()
    shifts = ix.lex.section("targets")["relative_lead_years"]
    line_end = ix.paragraph(pos)[1]
    if any(word in ix.norm[pos:line_end] for word in shifts) or any(
        shift and re.compile(_SHIFTED_WORK.format(re.escape(word))).search(ix.norm, 0, pos)
        for word, shift in shifts.items()
    ):
        # 明年主要预期目标： names its own year (goal_lead_lines); 为做好明年工作，… ⏎ 主要预期目标是：…: the text's
        # work is another year than its date's (a 明年 of anything else above, 预计明年全部完工, shifts nothing)
        return set()
    year = ix.plan_year(pos)
    return set() if year is None or not ix._coming(year, pos) else {year}


def title_span_end(ix: GoalReach) -> int | None:
    """The last year of the span of years the text's title names (某市…行动方案（2031—2033年）, a news headline on
    that plan), as lexicon several_years_title_pattern reads a span; None when it names none."""
    title = ix.norm.lstrip(LINE_BLANKS).split("\n", 1)[0]
    span = ix.lex.derived(heading_words).several_years.search(title)
    years = [int(y) for y in _YEAR_DIGITS.findall(span.group())] if span is not None else []
    return max(years) if len(years) == 2 else None

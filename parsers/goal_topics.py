"""The year 今年 names in a text with no date: the year its headings, its paragraph's topic or its title set.

News of a work report often carries no date of its own, or only a month and a day (1月9日). It names the year it
writes of where a reader looks first: in the heading over the paragraph (2027年全市发展蓝图 ⏎ 一起来看 ⏎ 报告提出，
今年…主要预期目标是：…) or in the page's title (2027年，这几座城市定下了什么目标？). 今年 in a goal lead there is that year. A heading
counts when it is a short line with no sentence mark, in the run of such lines right above the paragraph; the title
is the text's first line. Either must name exactly one year (2026年与2027年对比 names no one topic year), and the
title must not name a review (2026年工作回顾: what 今年 then sets is another year's). Failing those, the one year the
text's head names as that of the meeting or work plan it reports (记者从某州2027年旅游工作会议上获悉，…; 区长介绍2027年
工作安排。; parsers.document_date.work_year): news of it is written that year; failing that too, for 今年 itself, the one
year the text's own sentences speak of as the year at hand (spoken_year: 2031年全区生产总值增长目标为…, 力争2031年…, 市长
表示，2031年是…关键之年). Used by parsers.goal_headings
(今年 in a goal statement) and parsers.goal_leads (今年 in a lead line).

A plan named with its span of years (《某省…行动方案（2026—2028年）》) earlier in the sentence of a 力争 with no year of its
own (…印发《…方案（2026—2028年）》，力争…总产值达800亿元) sets the goal for the plan's last year (span_end_year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache, partial

from parsers.clause_tense import Tense, aims_in_words, clause_tense
from parsers.document_date import work_year
from parsers.lexicon import Lexicon, lexicon
from parsers.match_starts import scan
from parsers.patterns import (
    CLAUSE_ENDS,
    COMMAS,
    FULL_STOPS,
    LINE_BLANKS,
    LINE_SPACES,
    YEAR_NAMED,
    after_last_mark,
    alternation,
)

_RELATIVE = re.compile(
    "今年|明年|本年度"
)  # every relative goal year holds one (lexicon relative_goal_year_pattern)
_SENTENCE_END = re.compile(f"[{FULL_STOPS}]")
_CLAUSE_END = re.compile(f"[{FULL_STOPS}\n]")  # where the sentence a year heads ends (a line ends it too)
_PART_MARKS = COMMAS + CLAUSE_ENDS + "\n"  # where the part a year stands in begins
_TITLE_REACH = 60  # how far back an open 《 makes a year part of a document's name
_INTENT_REACH = 12  # how far before a year, in its part, a word of intent may lead it (力争2031年…)
_RELATIVE_LEAD = 4  # spaces a relative goal year's match may open with before the word (要求， 今年…)
# a plan's span of years in brackets after its name: (2026—2028年), （2026-2028）
_SPAN = re.compile(
    r"[（(]\s*(?P<first>(?:19|20)\d{2})\s*年?\s*[-—–－~至到]+\s*(?P<end>(?:19|20)\d{2})\s*年?\s*[）)]"
)


# 今年 followed by a goal stated with its verb before any 力争/确保 (今年要实现新增就业8万人，确保…): the goals begin at
# 今年, not at the opener (parsers.goal_scopes)
STATED_GOAL = re.compile(r"[^，,。；;！？!?\n\d]{0,12}?(?:要|将)?(?:实现|达到)[^，,。；;！？!?\n]{0,20}?\d")


@cache
def plan_heading() -> re.Pattern:
    """A heading or line naming the year's work plan (2027年主要工作安排, 某局2027年工作计划, 今年重点做好八项工作):
    parsers.goal_work reads its section, and a goal paragraph right before it takes its year."""
    return re.compile(f"重点|工作(?:{_work_plan_nouns()})")


@cache
def _own_year_title() -> re.Pattern:
    """A title naming the year a text speaks in as its own (某市2031年政府工作报告, 某局2031年工作要点): a copy posted
    years later still says 今年 of that year."""
    return re.compile(f"政府工作报告|工作(?:{_work_plan_nouns()})")


def _work_plan_nouns() -> str:
    return alternation(lexicon().section("targets")["work_plan_nouns"])


def reprinted_year(title: str, date_year: int, review: re.Pattern) -> int | None:
    """The year 今年 names in a dated text whose ``title`` (its first line) is a report or plan of one earlier year
    (资料：某省2031年政府工作报告, posted in 2035): that year; None when it names no such year (今年 is the date's)."""
    if not _own_year_title().search(title) or review.search(title):
        return None
    year = _one_year(title)
    return year if year is not None and year < date_year else None


# a news subheadline of goals between a year heading and its paragraph (2031年—— ⏎ 锚定目标，生产总值预期增长6% ⏎ …):
# commas only (no full stop, colon or semicolon), a goal word, and no year of its own (that would be the heading); a
# subheadline of results (生产总值增长5.5%，收入增长3.1%) is prose and ends the run
_SUBHEADLINE = re.compile(
    r"(?=.*(?:目标|预期|力争|计划))[^。！？!?；;：:\d]*(?:\d[^。！？!?；;：:年]*)*[^。！？!?；;：:]"
)


def _one_year(line: str) -> int | None:
    years = {int(y) for y in YEAR_NAMED.findall(line)}
    return years.pop() if len(years) == 1 else None


def topic_year(
    norm: str,
    pos: int,
    heading_chars: int,
    sentence_mark: re.Pattern,
    review: re.Pattern,
    *,
    said: bool = False,
    text_wide: bool = False,
) -> int | None:
    """The topic year over the paragraph holding ``pos`` in an undated text (see above); None when none is set.
    With ``said``, for the year 今年 names, a sentence before pos in its paragraph may set it (said_year): 今年 is the
    year the paragraph speaks of, where an opener with no year (为确保…) may be no goal of that year at all. With
    ``text_wide`` (for 今年 itself, not a goal with no year), the year the text's own sentences speak of comes last
    (spoken_year)."""
    found = heading_year(norm, pos, heading_chars, sentence_mark)
    if found is not None:
        return None if review.search(found[1]) else found[0]
    spoken = said_year(norm, pos) if said else None
    if spoken is not None:
        return spoken
    first = norm.lstrip(LINE_BLANKS)
    title = first[: first.find("\n")] if "\n" in first else ""
    if not title or pos < len(norm) - len(first) + len(title) or review.search(title):
        # no title line above pos (a one-line text has none), or the title names a review: the report's next
        # section may still name the year its goals open (…主要预期目标是：… ⏎ 三、2027年主要工作安排)
        found_year = _next_plan_heading_year(norm, pos, heading_chars, sentence_mark, review)
    else:
        found_year = _one_year(title)
    if found_year is not None or not said:
        return found_year
    work = work_year_of(norm)
    return work if work is not None or not text_wide else spoken_year(norm)


def work_year_of(norm: str, lex: Lexicon | None = None) -> int | None:
    """work_year of the text under ``lex`` (the shipped lexicon when None), read once per text and lexicon (asked at
    every 今年 and yearless goal of an undated text, and by the goal detector's features under the lexicon they are
    read with: parsers.goal_unit_shape)."""
    return (lexicon() if lex is None else lex).derived(_work_years)(norm)


def _work_years(lex: Lexicon) -> Callable[[str], int | None]:
    """work_year under ``lex`` for the last few texts: kept by the lexicon (Lexicon.derived), so a run under another
    lexicon never reads the shipped one's answer."""
    return lru_cache(maxsize=8)(partial(work_year, lex=lex))


@lru_cache(maxsize=8)
def spoken_year(norm: str) -> int | None:
    """The one year an undated text's own sentences speak of as the year at hand, read once per text: a year a
    sentence has for its topic (2031年是…关键一年) or a year heading a clause that plans in words (2031年全区生产总值增长
    目标为…, 公布2031年…主要预期目标, 力争2031年…: parsers.clause_tense); not a deadline, a span's end, a start or a year
    the text looks back from (lexicon [targets] spoken_year_lead_pattern, spoken_year_tail_pattern). News of a work
    report whose only date has no year (1月21日) names the year its 今年 is this way. None when it names no such
    year, or two."""
    lex = lexicon()
    lead, tail, topic = _spoken_year_words()
    years = {int(m.group("year")) for m in topic.finditer(norm)}
    for m in YEAR_NAMED.finditer(norm):
        if lead.search(norm, max(0, m.start() - 4), m.start()) or tail.match(norm, m.end()):
            continue
        if norm.rfind("《", max(0, m.start() - _TITLE_REACH), m.start()) > norm.rfind(
            "》", max(0, m.start() - _TITLE_REACH), m.start()
        ):
            continue  # 《…2035年远景目标纲要》: a year of a document's name
        end = _CLAUSE_END.search(norm, m.end())
        year = int(m.group(1))
        window = max(0, m.start() - _INTENT_REACH)
        part_start = after_last_mark(norm, _PART_MARKS, m.start(), window)
        if clause_tense(
            norm, m.end(), end.start() if end else len(norm), year, None, lex
        ) is Tense.PLAN or aims_in_words(norm, part_start, m.start(), lex, verbs_only=True):
            years.add(year)
    return years.pop() if len(years) == 1 else None


@cache
def _spoken_year_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = lexicon().section("targets")
    return (
        re.compile(t["spoken_year_lead_pattern"]),
        re.compile(t["spoken_year_tail_pattern"]),
        re.compile(t["spoken_year_topic_pattern"]),
    )


@cache
def _said_year() -> re.Pattern:
    """A sentence whose topic is a year as the time a text speaks in (2031年是“十六五”的开局之年，也是…关键一年。)."""
    return re.compile(lexicon().section("targets")["year_topic_sentence_pattern"])


def said_year(norm: str, pos: int) -> int | None:
    """The year a sentence before ``pos`` in its paragraph names as its topic, the year being spoken of (see
    _said_year): the year 今年 and 全年 after it name; None when no such sentence, or two of different years, stand
    there."""
    start = norm.rfind("\n", 0, pos) + 1
    years = {
        int(m.group("year"))
        for m in scan(_said_year(), norm, start, pos)  # the engine skips to where a match opens (speed27)
        if _SENTENCE_END.search(norm, m.end(), pos)  # a sentence of its own, before pos's: not pos's topic
    }
    return years.pop() if len(years) == 1 else None


def heading_year(
    norm: str, pos: int, heading_chars: int, sentence_mark: re.Pattern
) -> tuple[int, str] | None:
    """(year, line) of the nearest heading naming one year in the run of short lines right above the paragraph
    holding ``pos`` (2031年重点工作 ⏎ 一、主要目标); None when that run names none."""
    end = norm.rfind("\n", 0, pos)
    while end > 0:
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end].strip(LINE_SPACES)
        if line:
            if len(line) > heading_chars or (sentence_mark.search(line) and not _SUBHEADLINE.fullmatch(line)):
                return None  # prose: the headings right above the paragraph end here
            year = _one_year(line)
            if year is not None:
                return year, line
        end = start - 1
    return None


def _next_plan_heading_year(
    norm: str, pos: int, heading_chars: int, sentence_mark: re.Pattern, review: re.Pattern
) -> int | None:
    """The one year of the heading right after the paragraph holding ``pos`` when it names the year's work plan
    (三、2027年主要工作安排): the section the goals lead into is that year's."""
    start = norm.find("\n", pos)
    while start >= 0:
        end = norm.find("\n", start + 1)
        line = norm[start + 1 : end if end >= 0 else len(norm)].strip(LINE_SPACES)
        if line:
            if len(line) > heading_chars or sentence_mark.search(line) or not plan_heading().search(line):
                return None
            return None if review.search(line) else _one_year(line)
        start = end
    return None


def span_end_year(norm: str, start: int, pos: int) -> int | None:
    """The last year of the one plan span named in norm[start:pos] (see above); None when none, or several, stand there."""
    ends = {int(m.group("end")) for m in _SPAN.finditer(norm, start, pos)}
    return ends.pop() if len(ends) == 1 else None


def span_bounds(norm: str, start: int, pos: int) -> set[tuple[int, int]]:
    """The (first, last) years of every plan span named in norm[start:pos] ((2026—2028年): (2026, 2028))."""
    return {(int(m.group("first")), int(m.group("end"))) for m in _SPAN.finditer(norm, start, pos)}


def relative_matches(pattern: re.Pattern, norm: str) -> list[re.Match]:
    """``pattern.finditer(norm)`` for the relative goal year pattern, tried only just before and at each 今年/明年/本年度
    (its alternatives open with look-behinds: a scan of every position costs more than the reading)."""
    found: list[re.Match] = []
    for a in _RELATIVE.finditer(norm):
        if found and a.start() < found[-1].end():
            continue
        for pos in range(max(0, a.start() - _RELATIVE_LEAD), a.start() + 1):
            m = pattern.match(norm, pos)
            if m is not None and m.start() <= a.start() < m.end():
                found.append(m)
                break
    return found

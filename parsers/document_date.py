"""The year a text is dated, from what the text states: a page's stamp, a date line, a 文号, a signature's date.

A page's metadata (parsers.ingest) or a consultation notice (parsers.notice) may give the published date; a plain
text often states it only in its words. This module reads those words ([document_date] in parsers/data/lexicon.toml)
so that a year in the text can be set against the text's own: a year at or after it is one the text looks ahead to
(parsers.clause_tense). It reads the half-width text TextIndex makes (traditional characters and numeral years
already read as simplified characters and ASCII digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from parsers.dates import CHINA_TZ
from parsers.lexicon import Lexicon
from parsers.match_starts import scan
from parsers.patterns import LINE_BLANKS, alternation

_SENTENCE_MARKS = re.compile("[，,。；;！？!?]")


@dataclass(frozen=True)
class StatedDate:
    year: int
    source: str  # stamp, date line, speech, doc number, foot, lead, title: which words of the text gave it
    when: datetime | None = None  # the day, when the words give one (a 文号 or a title gives a year only)


_DAY = re.compile(r"((?:19|20)\d{2})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")


def _dated(match: re.Match, source: str) -> StatedDate:
    """The StatedDate of a match that holds a whole date (2024-01-29, 2024年1月29日)."""
    year = int(match.group("year"))
    day = _DAY.search(match.group(0))
    try:
        when = (
            datetime(int(day.group(1)), int(day.group(2)), int(day.group(3)), tzinfo=CHINA_TZ)
            if day
            else None
        )
    except ValueError:
        when = None  # 2024-02-30: a year all the same
    return StatedDate(year, source, when)


@dataclass(frozen=True)
class _DateWords:
    head_chars: int
    foot_chars: int
    numeric_stamp: re.Pattern
    day_first_stamp: re.Pattern
    written: re.Pattern
    clock: re.Pattern
    source_after: re.Pattern  # 来源： after a written date on its line
    publisher_line: re.Pattern  # 甲市日报 2023年08月17日 as a line of its own
    speech_after: re.Pattern
    doc_number: re.Pattern
    cited_doc_number: re.Pattern  # 》（ right before a 文号: a cited document's, not the text's
    lead: re.Pattern
    titles: tuple[re.Pattern, ...]
    date_line: re.Pattern
    labelled_stamp: re.Pattern
    work_year: re.Pattern  # the year of a meeting or work plan the text reports as its own


def _build(lex: Lexicon) -> _DateWords:
    d = lex.section("document_date")
    written = d["written_date_pattern"]
    return _DateWords(
        head_chars=int(d["head_chars"]),
        foot_chars=int(d["foot_chars"]),
        numeric_stamp=re.compile(d["numeric_stamp_pattern"]),
        day_first_stamp=re.compile(d["day_first_stamp_pattern"]),
        written=re.compile(written),
        clock=re.compile(d["clock_pattern"]),
        source_after=re.compile(d["source_after_pattern"]),
        publisher_line=re.compile(d["publisher_line_pattern"], re.MULTILINE),
        speech_after=re.compile(d["speech_after_pattern"]),
        doc_number=re.compile(d["doc_number_pattern"]),
        cited_doc_number=re.compile(d["cited_doc_number_pattern"]),
        lead=re.compile(d["lead_date_pattern"]),
        titles=(re.compile(d["report_title_pattern"]), re.compile(d["span_title_pattern"])),
        date_line=lex.head_date_line,
        labelled_stamp=re.compile(d["labelled_stamp_pattern"]),
        work_year=re.compile(
            d["work_year_pattern"].replace("{work_year_nouns}", alternation(d["work_year_nouns"]))
        ),
    )


def stated_date(norm: str, lex: Lexicon) -> StatedDate | None:
    """The year the text at ``norm`` is dated by its own words, and which words gave it; None when it states none."""
    w = lex.derived(_build)
    head = norm[: w.head_chars]
    for m in w.numeric_stamp.finditer(head):
        return _dated(m, "stamp")
    for m in w.day_first_stamp.finditer(head):
        return StatedDate(int(m.group("year")), "stamp")  # 25/01/2031: the year alone is read
    written = list(w.written.finditer(head))  # read twice: with a clock after it, then with a speech
    for m in written:
        if w.clock.match(head, m.end()) or w.source_after.match(head, m.end()):
            return _dated(m, "stamp")
    for m in w.publisher_line.finditer(head):
        return _dated(m, "stamp")
    for m in w.labelled_stamp.finditer(head):
        return _dated(m, "stamp")  # 发布时间：2025年1月20日 under the title: the page's stamp, written out
    line = w.date_line.search(head)
    if line is not None:
        return _dated(line, "date line")
    for m in written:
        if w.speech_after.match(head, m.end()):
            return _dated(m, "speech")
    for number in w.doc_number.finditer(head):
        if w.cited_doc_number.search(head, max(0, number.start() - 40), number.start()) is None:
            return StatedDate(int(number.group("year")), "doc number")
    foot_start = max(len(head), len(norm) - w.foot_chars)
    foot = list(w.date_line.finditer(norm, foot_start)) or list(w.labelled_stamp.finditer(norm, foot_start))
    if foot:
        return _dated(foot[-1], "foot")
    lead = w.lead.search(head)
    if lead is not None:
        return _dated(lead, "lead")
    title, _, body = head.lstrip(LINE_BLANKS).partition("\n")
    if not body.strip() or _SENTENCE_MARKS.search(title):
        return None  # a sentence, not a title over a text
    for pattern in w.titles:
        named = pattern.search(title)
        if named is not None:
            return StatedDate(int(named.group("year")), "title")
    return None


def work_year(norm: str, lex: Lexicon) -> int | None:
    """The one year the head of ``norm`` names as that of the meeting or work plan it reports (2031年工作会议,
    2031年工作安排; lexicon [document_date] work_year_pattern): the year an undated text's 今年 names
    (parsers.goal_topics), no date of the text. None when it names none, or several."""
    w = lex.derived(_build)
    # scan: the engine skips to where a match can open (speed27)
    years = {int(m.group("year")) for m in scan(w.work_year, norm, 0, w.head_chars)}
    return years.pop() if len(years) == 1 else None

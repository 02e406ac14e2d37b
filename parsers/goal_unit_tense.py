"""Report or goal: the tense of a unit, as features of the learned goal detector (parsers.goal_features reads them).

A census refit of the detector read some reports of the year as goals (今年全市完成固定资产投资500亿元，增长8%，下一步要
继续扩大有效投资; ——2032年上半年，全县营业收入增长7.5%): their grams are a goal list's, and what tells them apart is
their tense, which grams see only word by word, each word too rare for a weight of its own. So the detector also reads
the tense as the rules read it (parsers.clause_tense, one source for its words: lexicon [tense] and [targets]):

- ``r:aim``: a verb of intent ([tense] plan_cues that are no noun: 力争, 将, 要) in the unit up to the part of its
  last figure; ``r:aim_noun`` only a goal noun there (目标); ``r:aim_after`` intent only after every figure (…增长8%，
  下一步要继续…: what comes next is aimed at, the figures before it are results); ``r:aim_above`` intent in the line
  before the unit or in its paragraph's lead, or a goal word ([roles] goal_nouns, goal_list_heads) in the heading above
  it or the lead (主要目标 ⏎ 生产总值增长6%左右，…: the heading states the intent of its list). No
  feature marks a unit with none of these: one weighed -1.1 and turned a goal stated without a word of intent
  (全区建成社区医院6家，…覆盖率提高到75%，新增托位800个) into a report; ``r:bare_no_aim`` below reads the lack of intent
  only where the figures are bare changes.
- ``r:report``: a report cue ([tense] report_cues, [targets] past_markers: 完成了, 实现了, 同比, 已) in the unit;
  ``r:past_open``: the unit opens with the year before or a part of the year already run (去年…, 上半年…);
  ``r:elapsed``: it or the line before it names a part of the year already run (2032年前三季度, 1—9月, 今年以来).
- ``r:review_head``, ``r:review_lead``, ``r:review_title``: the heading above the unit, the lead of its paragraph or
  the text's title names results (工作回顾, 主要成绩, 过去一年, 上半年经济运行情况: carried_stops.heads_results).
- ``r:bare=…``: how many of the unit's parts with a figure set it with a change verb and no bound (增长8%, not
  增长8%左右 nor 达到…以上): none, some, most or all, for one figure too; a goal mostly bounds a change, a report
  states it. ``r:bare_no_aim`` when most or all are bare and no intent stands in or above the unit.
- ``r:span``: the unit names a span of years (2031年—2036年: a period's total, no deadline).

It also says which context lines the features read: a line that only dates the text (2026年12月28日, 发布时间：
2026-12-04) is neither the heading above a unit nor the text's title (``feature_heading``), and on a long line (a text stored as one line) the text before a unit
is read from the last section numeral before it (二、, （二）: ``section_start``), not from the line's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.carried_stops import heads_results
from parsers.clause_tense import aims_in_words, names_elapsed_period, opens_a_past_period, reports_in_words
from parsers.goal_unit_shape import FIGURE, PART_END, ShapeTables, binds, figure_parts, share
from parsers.lexicon import Lexicon
from parsers.patterns import LINE_SPACES, YEAR_NAMED

# a section numeral opening a heading inside a line (一、总体要求, （二）发展智慧农业): what stands before it is another
# section's, so a unit's text before it is read from there
_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]")
# a day written out (2026年12月28日, 2026-12-04, 2026.12.04): a line holding one and little else dates the text
_DAY = re.compile(
    r"(?:19|20)\d{2}\s*[年./\-]\s*\d{1,2}\s*[月./\-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_LINE_REST = 6  # characters beside the day a dating line may hold (发布时间：, 日期:)
_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]{1,2}\s*(?:19|20)\d{2}\s*年")


@dataclass(frozen=True)
class TenseTables:
    past: tuple[str, ...]  # [targets] past_markers


def tense_tables(lex: Lexicon) -> TenseTables:
    return TenseTables(tuple(lex.section("targets")["past_markers"]))


def dates_only(line: str) -> bool:
    """The line only dates the text: a day, and at most a label beside it (发布时间：2026-12-04)."""
    day = _DAY.search(line)
    if day is None:
        return False
    rest = (line[: day.start()] + line[day.end() :]).strip(LINE_SPACES + "：:，,")
    return len(rest) <= _DATE_LINE_REST and not FIGURE.search(rest)


def feature_heading(heading: str) -> str:
    """The heading (or title) the features read: none for a line that only dates the text."""
    return "" if heading and dates_only(heading) else heading


def section_start(norm: str, line_start: int, start: int) -> int:
    """Where the text before a unit is read from: its line's start, or the last section numeral between it and the
    unit (二、重点任务（二）发展智慧农业。建设3个…: from （二）)."""
    last = None
    for last in _SECTION.finditer(norm, line_start, start):  # noqa: B007 (the last one is wanted)
        pass
    return last.start() if last is not None else line_start


def _bare(parts: list[str], shape: ShapeTables) -> int:
    """Parts whose figure follows a change verb with no bound word after it nor comparator before it."""
    count = 0
    for part in parts:
        at = FIGURE.search(part).start()
        head = part[:at]
        count += any(v in head for v in shape.verbs) and not binds(part, at, shape)
    return count


def _last_figure_end(norm: str, start: int, end: int) -> int:
    """The end of the part (cut at ，；) holding the unit's last figure that is no year."""
    text = YEAR_NAMED.sub(lambda m: "年".rjust(len(m.group()), "年"), norm[start:end])
    last = max((m.start() for m in FIGURE.finditer(text)), default=None)
    if last is None:
        return end
    cut = PART_END.search(text, last)
    return start + cut.start() if cut is not None else end


def tense_features(
    norm: str,
    start: int,
    end: int,
    before: str,
    heading: str,
    lead: str,
    title: str,
    lex: Lexicon,
    shape: ShapeTables,
) -> list[str]:
    """The unit norm[start:end]'s tense features (see the module's docstring)."""
    text = norm[start:end]
    found = []
    cut = _last_figure_end(norm, start, end)
    aim = above = False
    if aims_in_words(norm, start, cut, lex, verbs_only=True):
        found.append("r:aim")
        aim = True
    elif aims_in_words(norm, start, cut, lex):
        found.append("r:aim_noun")
        aim = True
    elif cut < end and aims_in_words(norm, cut, end, lex, verbs_only=True):
        found.append("r:aim_after")
    if any(aims_in_words(line, 0, len(line), lex, verbs_only=True) for line in (before, lead) if line) or any(
        w in heading or w in lead for w in shape.goal_words
    ):
        found.append("r:aim_above")
        above = True
    if reports_in_words(norm, start, end, lex) or any(w in text for w in lex.derived(tense_tables).past):
        found.append("r:report")
    if opens_a_past_period(norm, start, end, lex):
        found.append("r:past_open")
    if names_elapsed_period(norm, start, end, lex) or (
        before and names_elapsed_period(before, 0, len(before), lex)
    ):
        found.append("r:elapsed")
    for tag, line in (("head", heading), ("lead", lead), ("title", title)):
        if line and heads_results(line, lex):
            found.append(f"r:review_{tag}")
    parts = figure_parts(text)
    if parts:
        bare = share(_bare(parts, shape), len(parts))
        found.append(f"r:bare={bare}")
        if bare in ("most", "all") and not aim and not above:
            found.append("r:bare_no_aim")
    if _SPAN.search(text):
        found.append("r:span")
    return found

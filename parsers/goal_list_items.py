"""The items of one list, each a paragraph of its own, keep the year of an earlier item (census17b N1; the written
convention of rounds 12 and 17, fixtures/heldout/SOURCES.md).

A plan's news lists its goals as parallel items, one a paragraph, and names the year once, in the first item:

    1. **规模能级的新突破**：到2027年，…营业收入要达到4万亿元…        在幼有所育方面，到2025年，…托位数4.5个。
    2. **创新赋能的新突破**：…研发投入强度提高到2%。                  在学有所教方面，学前教育毛入园率大于90%…

The later items are that year's goals. What makes paragraphs one list is that they open alike: the same numbering
at the same level (1. 2. 3., （一）（二）, ① ②), the same bullet (● ●, —— ——), or the same frame around a topic
(在X方面，, X领域：: lexicon [targets] list_item_frame_pattern). The list ends where its items end: at a paragraph that
opens otherwise (a heading of a higher level, prose), a heading of what is not goals (主要任务, a review: lexicon
goal_scope_end_pattern), a goal lead of its own, an item that names a year (its own statement), and an item that
reports (已…, 完成了…, 比上年…). ``item_run`` says where; parsers.goal_scopes
carries the year's statement that far, and a later item's part is a goal there with its goal verb, as in any later
paragraph of a carried statement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.goal_paragraph_run import level_of
from parsers.list_markers import line_view
from parsers.patterns import LINE_SPACES, YEAR_NAMED

if TYPE_CHECKING:
    from parsers.goal_reach import GoalReach

_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十]+|[①-⑳]")
_DATELESS_FIGURE = re.compile(r"\d(?![\d.]*\s*[年月日号])")  # a figure that is no date (30万吨, not 2027年)


def _frame(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["list_item_frame_pattern"])


def _label(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["section_label_pattern"])


def _ends(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["goal_scope_end_pattern"])


def _head(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["list_item_head_pattern"])


def item_kind(ix: GoalReach, start: int, end: int) -> tuple[str, ...] | None:
    """How the paragraph [start, end) opens as an item of a list: its numbering's form and level, its bullet, or the
    frame around its topic (在…方面，); None when it opens as no item."""
    norm, lex = ix.norm, ix.lex
    labelled = lex.derived(_label).match(norm, start, end)
    if labelled is not None:
        return ("label", str(level_of(labelled)))
    view = line_view(norm, start, end)
    if view.numbered:
        return ("number", _NUMERAL.sub("N", view.marker))
    if view.marker:
        return ("bullet", view.marker)
    framed = lex.derived(_frame).match(norm, view.body_start, end)
    if framed is not None:
        return ("frame", framed.group("lead") or "", framed.group("frame"))
    return None


def item_run(ix: GoalReach, para_start: int, para_end: int, limit: int, year: int) -> int:
    """Where the list whose item, with a figure, is the paragraph [para_start, para_end) ends: over the later items
    of the same kind (see the module's note); para_end when none follows or ``year`` is past. ``limit``: the next
    statement of another year."""
    norm, lex = ix.norm, ix.lex
    kind = item_kind(ix, para_start, para_end)
    if kind is None or not _DATELESS_FIGURE.search(norm, para_start, para_end):
        return para_end
    if not lex.derived(_head).search(_head_line(ix, para_start, kind)):
        return para_end  # （三）壮大市场主体。到2027年，… ⏎ （四）…: units of the text's outline, no list of goals
    if not ix._coming(year, para_end):
        return para_end  # 2030年工作回顾 ⏎ 1.…2030年，…: a list of the year past
    ends = lex.derived(_ends)
    reach, pos = para_end, para_end + 1
    while pos < min(limit, len(norm)):
        line_end = ix.paragraph(pos)[1]
        line = norm[pos:line_end].strip(LINE_SPACES)
        if not line:
            pos = line_end + 1
            continue
        if line_end > limit or item_kind(ix, pos, line_end) != kind:
            break  # a paragraph that opens otherwise: the list has ended
        if ends.search(line[: ix._heading_line_chars]) or YEAR_NAMED.search(line):
            break  # 二、主要任务; an item with a year of its own (its own statement)
        if ix._opens_task(line_view(norm, pos, line_end).body_start):
            break  # （四）推进数字转型。…: a measure, no goal
        if any(True for _ in ix._past_markers(pos, line_end)):
            break  # an item that reports (已建成…, 完成了…, 比上年…)
        carried = ix._carried_reach(pos - 1, line_end)  # the stop of a carried plan year: 现有…, 上半年…
        if carried < line_end:
            reach = max(reach, carried)
            break
        reach, pos = line_end, line_end + 1
    return reach


def _head_line(ix: GoalReach, para_start: int, kind: tuple[str, ...]) -> str:
    """The paragraph above the first item of the list whose item starts at para_start: the list's head ('' at the
    text's start)."""
    norm, pos = ix.norm, para_start
    while pos > 1:
        start, end = ix.paragraph(pos - 2)
        line = norm[start:end].strip(LINE_SPACES)
        if line and item_kind(ix, start, end) != kind:
            return line
        pos = start
    return ""

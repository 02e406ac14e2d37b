"""The shape of a goal unit, as features of the learned goal detector (parsers.goal_features reads them).

Character grams see the words of a unit, not how many goals it lists. A unit that sets one goal after another
(油菜种植面积80万亩，…新增规上企业12家以上，产值突破75亿元) is a plan's, however plain each part reads; a report
mostly gives one figure, or several without a bound. So the detector also reads: how many parts of the unit (cut at
，、；) hold a figure (a year is none), and for two or more how many of those bind it (a word of [bounds.after] after
it: 以上, 左右, 以内; a comparator of [bounds.comparators] before it: 低于, 突破, 达到) and how many hold a goal verb
before their figure ([targets] goal_verbs: 增长, 新增, 建成); the lead line above the unit's paragraph: one that ends
with a colon (…主要目标任务是：) or names a goal word ([roles] goal_nouns, goal_list_heads), with its year to come or
the text's own (今年, 明年: [targets] relative_lead_years) or past; whether a unit that binds most of its figures stands
under such a lead or a heading with a goal word (主要目标 ⏎ 生产总值增长6%左右，…: in the census part 104 of 107 such
units are goals, though a review's list shares their grams); and, in a text with no date, whether its head names the
year of the work it reports (parsers.goal_topics.work_year_of: 2031年2月6日的…政府工作报告), which dates its 今年 and its
yearless goal lists as a date would. Counts are read in buckets (1, 2, 3, 4 or more) and shares (none, some, most,
all), so the weights stay few. The word tables are read, not indexed: an edit of them moves a count, never what a
weight names, so they are not in the detector's lexicon fingerprint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from parsers.goal_topics import work_year_of
from parsers.lexicon import Lexicon
from parsers.patterns import LINE_SPACES, YEAR_NAMED, lines_above

PART_END = re.compile(r"[，,、；;]")  # a unit's parts are cut here (goal_unit_tense reads the same parts)
FIGURE = re.compile(r"\d")
_LEAD_LOOKBACK = 3  # lines searched back (blank ones skipped) for the lead of a unit's paragraph
_LEAD_MAX = 120  # a longer line is prose, no lead


@dataclass(frozen=True)
class ShapeTables:
    after: tuple[str, ...]  # bound words after a figure
    before: tuple[str, ...]  # comparators before a figure
    verbs: tuple[str, ...]  # goal verbs
    goal_words: tuple[str, ...]  # goal nouns and list heads
    relative: tuple[str, ...]  # 今年, 明年: the text's own year or the next


def shape_tables(lex: Lexicon) -> ShapeTables:
    targets, roles = lex.section("targets"), lex.section("roles")
    return ShapeTables(
        tuple(lex.section("bounds", "after")),
        tuple(w for w in lex.section("bounds", "comparators") if len(w) > 1 or not w.isascii()),
        tuple(targets["goal_verbs"]),
        tuple(dict.fromkeys([*roles["goal_nouns"], *roles["goal_list_heads"]])),
        tuple(w for w, offset in targets["relative_lead_years"].items() if offset >= 0),
    )


def _bucket(n: int) -> str:
    return str(min(n, 4))


def binds(part: str, at: int, tables: ShapeTables) -> bool:
    """A figure at ``at`` in ``part`` has a bound word after it or a comparator before it."""
    head, tail = part[:at], part[at:]
    return any(w in tail for w in tables.after) or any(w in head for w in tables.before)


def share(n: int, figures: int) -> str:
    """How many of the parts with a figure (two or more): none, some (under two thirds), most, or all."""
    if n == 0:
        return "none"
    if n == figures:
        return "all"
    return "most" if 3 * n >= 2 * figures else "some"


def figure_parts(text: str) -> list[str]:
    """The unit's parts (cut at ，、；) that hold a figure; a year is no figure of a goal."""
    return [p for p in PART_END.split(YEAR_NAMED.sub("年", text)) if FIGURE.search(p)]


def part_features(text: str, tables: ShapeTables) -> list[str]:
    """s:fig=N (parts with a figure, in buckets) and, for two or more, s:bound=… and s:verb=… (how many of those bind
    their figure, and set it with a goal verb before it: none, some, most, all)."""
    figures = bound = verbs = 0
    for part in figure_parts(text):
        digit = FIGURE.search(part)
        figures += 1
        bound += binds(part, digit.start(), tables)
        head = part[: digit.start()]
        verbs += any(v in head for v in tables.verbs)
    if figures < 2:  # one figure: its bound and verb are the grams' to read (a share of one says no more)
        return [f"s:fig={figures}"]
    return [
        f"s:fig={_bucket(figures)}",
        f"s:bound={share(bound, figures)}",
        f"s:verb={share(verbs, figures)}",
    ]


def goal_list_features(shape: list[str], heading: str, lead: str, tables: ShapeTables) -> list[str]:
    """x:goal_bound: most or all figures of the unit are bound, under a heading or lead naming a goal word."""
    if "s:bound=most" not in shape and "s:bound=all" not in shape:
        return []
    return ["x:goal_bound"] if any(w in heading or w in lead for w in tables.goal_words) else []


def lead_line(norm: str, start: int) -> str:
    """The nearest non-blank line above the line ``start`` stands on, when short enough to be a lead, else ''."""
    for begin, end in islice(lines_above(norm, start), _LEAD_LOOKBACK):
        line = norm[begin:end].strip(LINE_SPACES + "\r")
        if line:
            return line if len(line) <= _LEAD_MAX else ""
    return ""


def lead_features(lead: str, tables: ShapeTables, current_year: int | None) -> list[str]:
    """l:colon (the lead ends with a colon), l:goal (it names a goal word), l:goal_colon when a goal word closes it
    with a colon, and for such a lead l:year+ / l:year- (a year to come or its own 今年/明年, or a past year; l:year
    in an undated text)."""
    if not lead:
        return []
    found = []
    colon = lead.endswith(("：", ":"))
    goal = any(w in lead for w in tables.goal_words)
    if colon:
        found.append("l:colon")
    if goal:
        found.append("l:goal")
    if colon and goal:
        found.append("l:goal_colon")
    if not (colon or goal):
        return found  # a line of prose above: its year is the heading's and the text's features' to read
    years = [int(y) for y in YEAR_NAMED.findall(lead)]
    if (
        current_year is not None
        and any(y >= current_year for y in years)
        or any(w in lead for w in tables.relative)
    ):
        found.append("l:year+")
    elif years:
        found.append("l:year-" if current_year is not None else "l:year")
    return found


def work_features(norm: str, current_year: int | None, lex: Lexicon) -> list[str]:
    """w:work: the text has no date, but its head names the year of the work it reports (read under ``lex``, as the
    unit's other features are: parsers.goal_topics.work_year_of)."""
    return ["w:work"] if current_year is None and work_year_of(norm, lex) is not None else []

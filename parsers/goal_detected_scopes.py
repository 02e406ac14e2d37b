"""Goal statements the rules do not open, found by the learned goal detector (parsers.goal_detector).

A unit with a figure (a sentence or a list item, parsers.goal_features) that no goal scope with a year covers, and
that the detector scores as a goal statement, opens a scope of its own for the goal part reader (parsers.targets):
its own sentence, quantified goals only (as a 今年…，力争… sentence's). Its year: the latest year it names that is
still to come; else, for a unit with a word of intent or (in prose, or after its own 今年/明年) a goal verb, and
not under a review's title (某区2026年工作总结), the one its own 今年/明年 names by the text's date, or the year a
goal with no year of its own aims at there (GoalHeadings.plan_year: its headings' or title's topic year, else the
text's date) or, in an undated text, the one year its title names, else (a title with
no year) the year of the last goal statement the rules read before it (_stated_plan_year: news of a plan states its
year once, its tasks after it). The rules' reasons to open nothing hold first: a unit that reports in words, one
that names a part of the year already run with no verb of intent (2032年前三季度，…增长7.5%), one under a past year
named before it (unless its own 今年 and a word of intent say otherwise, or a dated text turned to
its own year after it: turned_to_its_year), a headline, a yearless unit of an undated text without a year in its
title or a plan stated before it. A unit that names its figures as the goal it strives toward (朝着…的目标奋进) is a
goal whatever the detector scores. The detector adds scopes; it removes none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from parsers.carried_stops import review_words
from parsers.clause_tense import (
    aims_in_words,
    elapsed_period_match,
    forecasts_in_words,
    names_elapsed_period,
    reports_in_words,
    told_beside_this_year,
)
from parsers.context import TextIndex
from parsers.goal_detector import goal_detector
from parsers.goal_features import (
    Unit,
    WeightedFeatures,
    WeightedScore,
    figure_units,
    heading_above,
    title_of,
    unit_ends,
)
from parsers.goal_scope import Scope
from parsers.goal_words import goal_words
from parsers.patterns import LINE_SPACES, YEAR_NAMED

_FIGURE = re.compile(r"\d")


def detected_scopes(ix: TextIndex, scopes: list[Scope]) -> list[Scope]:
    """The scopes the detector opens in units no scope of ``scopes`` (each with a year) covers."""
    return [
        Scope(unit.start, unit.start, unit.end, unit.end, year, quantified_only=True)
        for unit, year, title in candidate_units(ix, scopes)
        if _is_goal(ix, unit, title)
    ]


def _is_goal(ix: TextIndex, unit: Unit, title: str) -> bool:
    """The detector reads the unit as a goal statement: its score summed family by family, and by its features'
    names when that sum falls within a float's last bits of the threshold (the names' sum decides, as it always has)."""
    if strives_toward_a_goal(ix, unit.start, unit.end):
        return True
    detector = goal_detector()
    score = ix.lex.derived(_weighted_score).of(ix.norm, unit, ix.current_year, title)
    if abs(score - detector.threshold) > WeightedScore.MARGIN:
        return score >= detector.threshold
    return detector.is_goal(ix.lex.derived(_weighted_features).of(ix.norm, unit, ix.current_year, title))


def candidate_units(ix: TextIndex, scopes: list[Scope]) -> Iterator[tuple[Unit, int, str]]:
    """The units the detector is asked about, with the year a scope of theirs would aim at and the text's title:
    those no scope of ``scopes`` covers and that none of the rules' reasons to open nothing holds for."""
    norm = ix.norm
    spans = sorted((s.start, s.end) for s in scopes)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # the furthest end among the spans up to each
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    stops = sorted(ix.carry_stops)
    stop_starts, stop_reach = [s for s, _ in stops], list(accumulate((e for _, e in stops), max))
    title = None
    named: list[tuple[int, int]] | None = None  # (position, year) of every year the text names, found once
    for unit in figure_units(norm, unit_ends(norm, ix._sentence_ends)):
        if _covered(starts, reach, unit.start, unit.end):
            continue
        if _covered(stop_starts, stop_reach, unit.start, unit.end):
            continue  # a sentence that stopped a carried year is no goal (parsers.carried_stops)
        title = title_of(norm) if title is None else title
        if title and norm.startswith(title, unit.start):
            continue  # a headline repeats what its body states (the body's statement is the goal's)
        # the rules' own reasons to open nothing first (cheap), then the detector's score
        if (
            _reports(ix, unit.start, unit.end, scopes)
            or _forecasts(ix, unit.start, unit.end)
            or reports_an_elapsed_period(ix, unit.start, unit.end)
        ):
            continue
        named = [(m.start(), int(m.group(1))) for m in YEAR_NAMED.finditer(norm)] if named is None else named
        last = bisect_right(named, (unit.start, 0)) - 1
        own = _relative_year(ix, unit.start, unit.end)  # 今年…: the unit dates itself by the text's date
        # 2025年工作总结 ⏎ …, 2024年是…之年。 ⏎ …: the last year named before the unit is past, it reports; a unit of
        # its own 今年 aims past that only with a word of intent (2025年增长5%。今年力争增长6%; a report cue with a goal
        # noun, 完成了…目标, was refused above)
        if (
            last >= 0
            and not ix._coming(named[last][1], unit.start)
            and (own is None or not aims_in_words(norm, unit.start, unit.end, ix.lex))
            and not turned_to_its_year(ix, named[last][0], unit.start, scopes)
        ):
            continue
        year = _unit_year(ix, unit.start, unit.end, title, own, scopes)
        if (
            year is not None
            and not _so_far(ix, unit.start, unit.end)
            and not dates_a_term_end(ix, unit.start, unit.end)
        ):
            yield unit, year, title


def reports_an_elapsed_period(ix: TextIndex, start: int, end: int) -> bool:
    """The unit names a part of the year already run (2032年上半年, 前三季度, 1—9月, 今年以来: clause_tense's
    elapsed_period_pattern) and holds no verb of intent: it reports that part of the year, however much its figures
    read like a goal list (——2032年前三季度，全县营业收入增长7.5%，规上工业增加值增长6.2%). A plan's own timing says
    its intent (力争上半年完成…, 确保前三季度开工…)."""
    return names_elapsed_period(ix.norm, start, end, ix.lex) and not aims_in_words(
        ix.norm, start, end, ix.lex, verbs_only=True
    )


def strives_toward_a_goal(ix: TextIndex, start: int, end: int) -> bool:
    """The unit names its figures as the goal it strives toward (朝着到20XX年实现…翻一番的目标奋进, 向着…的目标迈进, 为实现…
    的目标而努力: lexicon [targets] strived_goal_pattern), a figure or the year standing between the opener and the goal
    noun: a goal, however its grams score (a doubling word gives the shape features no figure to read). Figures
    outside the phrase (一季度增长8%，向全年目标迈进) are no part of it."""
    for m in ix.lex.derived(_strived_goal).finditer(ix.norm, start, end):
        if _FIGURE.search(m.group("goal")):
            return True
    return False


def _strived_goal(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["strived_goal_pattern"])


def turned_to_its_year(ix: TextIndex, past_at: int, start: int, scopes: list[Scope]) -> bool:
    """A dated text names its own year between a past year named at ``past_at`` and ``start``: a goal statement the
    rules read of a year still to come (2031年，全市力争…), or 今年 that is no part of the year already run (今年是…之年,
    今年粮食播种面积570万亩; not 今年以来, 今年上半年). The review is over: what follows is the year at hand's (2030年全市
    生产总值增长5%。 ⏎ 今年全市粮食播种面积570万亩。 ⏎ 5月底前完成高标准农田建设33万亩), not the past year's."""
    if ix.current_year is None:
        return False
    if any(
        s.year is not None and past_at < s.start and s.end <= start and ix._coming(s.year, s.start)
        for s in scopes
    ):
        return True
    this_year = [
        word for word, offset in ix.lex.section("targets")["relative_lead_years"].items() if offset == 0
    ]
    for word in this_year:
        at = ix.norm.find(word, past_at, start)
        while at >= 0:
            if elapsed_period_match(ix.norm, at, min(start, at + len(word) + 8), ix.lex) is None:
                return True
            at = ix.norm.find(word, at + len(word), start)
    return False


def _weighted_features(lex) -> WeightedFeatures:
    """The shipped detector's features of a unit, only those it has a weight for (its score is the same)."""
    return WeightedFeatures(lex, goal_detector().weights)


def _weighted_score(lex) -> WeightedScore:
    return lex.derived(_weighted_features).scorer(goal_detector().weights)


def _covered(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """A span (their starts sorted, ``reach`` the furthest end up to each) overlaps [start, end)."""
    k = bisect_right(starts, end - 1)
    return k > 0 and reach[k - 1] > start


def _reports(ix: TextIndex, start: int, end: int, scopes: list[Scope] = ()) -> bool:
    """The unit reports (据统计…, …达到了…: a report cue and no verb of intent), or in an undated text states no intent
    at all (2030年，全省…突破…: without a date or a word of intent a dated figure may as well be a result) and follows
    no plan the text stated in words before it (_stated_plan_year: 2031年，全市将力争… ⏎ 同时，新增…500家 is one of
    that plan's tasks)."""
    if reports_in_words(ix.norm, start, end, ix.lex) and not aims_in_words(
        ix.norm, start, end, ix.lex, verbs_only=True
    ):
        return True
    return (
        ix.current_year is None
        and not aims_in_words(ix.norm, start, end, ix.lex)
        and _stated_plan_year(ix, start, scopes) is None
    )


def _forecasts(ix: TextIndex, start: int, end: int) -> bool:
    """The unit forecasts (专家认为，增速有望保持在5%左右，进出口或将增长3%): a forecast word ([tense] forecast_cues).
    预计 is no such word here: a work report's news states the year's goals with it (2027年，预计全省生产总值增长5%
    左右), which the clause's year decides. (A unit that 力争 or 确保 opens is the rules' scope already.)"""
    return forecasts_in_words(ix.norm, start, end, ix.lex)


def _so_far(ix: TextIndex, start: int, end: int) -> bool:
    """A yearless unit in a paragraph that opens on a part of the year already run (今年以来，全县上下狠抓落实。…主要
    预期目标是：…): the paragraph reports the year so far (clause_tense.names_elapsed_period)."""
    line_start = ix.norm.rfind("\n", 0, start) + 1
    return YEAR_NAMED.search(ix.norm, start, end) is None and names_elapsed_period(
        ix.norm, line_start, start, ix.lex
    )


def dates_a_term_end(ix: TextIndex, start: int, end: int) -> bool:
    """The unit dates the end of a term ([tense] term_end_pattern: 建设期要到2027年底，总投资达到12亿元): its year
    is the term's, its figures no goal of that year."""
    return ix.lex.derived(_term_end_words).search(ix.norm, start, end) is not None


def _term_end_words(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["term_end_pattern"])


def _relative_year(ix: TextIndex, start: int, end: int) -> int | None:
    """The year a word of the unit names relative to the text's date (今年, 明年: lexicon relative_lead_years), in a
    dated text whose unit names no year of its own."""
    if ix.current_year is None or YEAR_NAMED.search(ix.norm, start, end):
        return None
    relative = ix.lex.section("targets")["relative_lead_years"]
    offsets = {offset for word, offset in relative.items() if ix.norm.find(word, start, end) >= 0}
    return ix.current_year + offsets.pop() if len(offsets) == 1 else None


def _unit_year(
    ix: TextIndex, start: int, end: int, title: str, own: int | None = None, scopes: list[Scope] = ()
) -> int | None:
    """The year the unit aims at, None when it states no aim; ``own``: the year its own 今年/明年 names, which
    replaces the year only, not the checks of intent (a year-end summary reports with a bare 今年)."""
    since = ix.lex.derived(_since_words)
    named = [
        int(m.group(1))
        for m in YEAR_NAMED.finditer(ix.norm, start, end)
        if not since.match(ix.norm, m.end())
        and not (ix.current_year is None and told_beside_this_year(ix.norm, m.end(), end, ix.lex))
    ]  # 2018年起，当地投入…: the year a span starts names no aim of the unit; nor, undated, does a year told beside
    # this year's aim (2023年，…达到18亿元，…力争今年达到25亿元: parsers.clause_tense)
    if named:
        coming = [y for y in named if ix._coming(y, start)]
        return max(coming) if coming else None
    # a paragraph of one sentence in prose (clauses, a full stop: 加快发展…，新增…12家，实现…产值860亿元。) is no metric
    # line: with a goal verb it may take a year as prose does (a title's, a plan stated before it). Dated, so may one
    # whose plan is the year at hand (某市2031年…行动计划 dated 2031: its fields' paragraphs, round 37), the detector's
    # score still deciding; a later plan year (a period's title, 2031—2035年) reaches no yearless prose: a numbered
    # unit's measures or the paragraph after a deadline that reports are no goals of it
    unit = ix.norm[start:end]
    prose = (
        ("，" in unit or "," in unit)
        and unit.rstrip().endswith(("。", "."))
        and (ix.current_year is None or ix.plan_year(start) == ix.current_year)
    )
    if not aims_in_words(ix.norm, start, end, ix.lex) and (
        (own is None and _own_line(ix.norm, start, end) and not prose)
        or not goal_words(ix.lex).goal_verb_any.search(ix.norm, start, end)
    ):
        # 社会消费品零售总额5%, 地区生产总值增长6% as lines of their own: metric lines take their year only from a
        # heading the rules read (a date line or a review above them is none); in prose (or after its own 今年) a
        # goal verb will do
        return None
    if ix.lex.derived(review_words).search(title):
        # a review's title (某区2026年工作总结, 2025年工作回顾) names a year of results: its yearless figures
        # (今年，全区新增企业35家) report them, dated or not
        return None
    if own is not None:
        return own
    if ix.current_year is None:
        # undated and yearless: the one year its title names, if still to come (某省2026年种植业工作会议); a topic
        # sentence's year is too weak a date for a goal the rules did not see (a title of a review, 2025年工作总结,
        # names a year of results), and so is the last year named before an undated 今年: a report names the year it
        # reviews before the goals it sets for 今年 (2030年全市生产总值增长5.5%。今年…目标是…)
        # A title with no year leaves the year of the plan the text stated before the unit (_stated_plan_year).
        years = {int(y) for y in YEAR_NAMED.findall(title)}
        if not years:
            return _stated_plan_year(ix, start, scopes)
        if len(years) != 1:
            return None
        return years.pop() if ix._coming(max(years), start) else None
    year = ix.plan_year(start)
    if year == ix.current_year and _other_relative_year(ix, start):
        return (
            None  # 为做好明年工作，…: the text's work is another year than its date's, which the rules read
        )
    return year


def _stated_plan_year(ix: TextIndex, start: int, scopes: list[Scope]) -> int | None:
    """The year of the plan an undated text stated before the unit (甲市2027年，力争数字经济核心产业增加值达1800亿元。 ⏎
    同时，…新增专精特新企业300家…; or an earlier part of its own sentence that the statement did not reach):
    the year of the last goal statement with a year that the rules read before it, when no year is named between
    them (a year named there, 2026年全市新增企业200家, is the time of what follows), that year is still to come, and
    no review's heading (二、过去五年工作回顾) stands above the unit. None otherwise. News of a work report or a plan states its year once and its tasks after it; the
    text's date, which would date them, is what such a page leaves out."""
    if _names_relative_year(ix, start):
        return None  # its own 今年/明年 names the year at hand, which an undated text leaves unknown
    last = None
    for scope in scopes:
        if scope.year is not None and scope.end <= start and (last is None or scope.end > last.end):
            last = scope
    if last is None or YEAR_NAMED.search(ix.norm, last.end, start) is not None:
        return None
    if ix.lex.derived(review_words).search(heading_above(ix.norm, start)):
        return None
    return last.year if ix._coming(last.year, start) else None


def _since_words(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["span_start_after_year_pattern"])


def _own_line(norm: str, start: int, end: int) -> bool:
    """The unit is a whole line (spaces and a closing mark aside)."""
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", end)
    line_end = len(norm) if line_end < 0 else line_end
    return not norm[line_start:start].strip(LINE_SPACES) and not norm[end:line_end].strip(
        LINE_SPACES + "。；;"
    )


def _names_relative_year(ix: TextIndex, start: int) -> bool:
    """The sentence at ``start`` names a year relative to the text's date (今年, 明年: lexicon relative_lead_years)."""
    s_start, s_end = ix.full_sentence(start)
    relative = ix.lex.section("targets")["relative_lead_years"]
    return any(ix.norm.find(word, s_start, s_end) >= 0 for word in relative)


def _other_relative_year(ix: TextIndex, pos: int) -> bool:
    """The text before pos names a year relative to its date other than the date's own (明年)."""
    relative = ix.lex.section("targets")["relative_lead_years"]
    return any(ix.norm.find(word, 0, pos) >= 0 for word, offset in relative.items() if offset)

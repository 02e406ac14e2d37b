"""What frames a span of years ahead in its sentence (parsers.goal_spans): a word of aim in the span's own part, the
years its sentence names that are no year of its goals, and the lexicon's words of span-ahead statements compiled once
(span_ahead_words: the span patterns, aims, verbs and limits parsers.goal_spans reads)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.match_starts import consumed_class, opening_class
from parsers.patterns import LINE_SPACES, YEAR_NAMED, alternation

SENTENCE_START = "。！？!?；;\n"  # what ends the sentence before a span (and a phrase naming its goals)
# A row's figure in a span-ahead statement, in digits or in Chinese numerals before their scale (GDP将达四万亿元,
# 比重达到百分之五左右), not a numeral of a name (七大…集群)
ROW_FIGURE = re.compile(r"\d|百分之|[一二两兩三四五六七八九十](?=[十百千万萬亿億])")


def aims_on(norm: str, own_intent: re.Pattern, start: int, end: int) -> bool:
    """Between a span's end and the first figure of norm[start:end] stands a word of aim (``own_intent``, [targets]
    span_ahead_own_intents: 五年后，甲市GDP将达…)."""
    figure = ROW_FIGURE.search(norm, start, end)
    return figure is not None and own_intent.search(norm, start, figure.start()) is not None


def names_a_year(norm: str, span_start: re.Pattern, start: int, end: int) -> bool:
    """norm[start:end] names a year other than one a span starts at (决定从2009年起实施…工程，即力争用5年时间，…: the
    start of the years, no year of the goals; ``span_start``: [targets] span_start_after_year_pattern), nor a base year
    right after 比/较 (未来三年内力争实现…比2024年翻一番)."""
    return any(
        span_start.match(norm, m.end()) is None
        and norm[max(start, m.start() - 1) : m.start()] not in _BASE_MARKS
        for m in YEAR_NAMED.finditer(norm, start, end)
    )


# 比2010年翻一番, 较2020年增长: a base year the goal is measured from names no year of the goals
_BASE_MARKS = ("比", "较")
_BASE_YEAR = re.compile(rf"[比较](?:19|20)\d{{2}}[{LINE_SPACES}]*年")


def row_figures(norm: str, start: int, end: int) -> list[re.Match]:
    """The ROW_FIGURE matches of norm[start:end] outside a base year (比2010年翻一番: the 2010 is no row's figure)."""
    bases = [(b.start(), b.end()) for b in _BASE_YEAR.finditer(norm, max(0, start - 1), end)]
    return [f for f in ROW_FIGURE.finditer(norm, start, end) if not any(a < f.start() < b for a, b in bases)]


@dataclass(frozen=True)
class SpanAheadWords:
    span: re.Pattern
    span_openers: re.Pattern | None  # where a span's match may open, or an aim before it (see _span_matches)
    run_to_year: re.Pattern | None  # a run of what a match consumes up to its first 年 (see _span_regions)
    aims: tuple[str, ...]  # the aims the span's look-behind asks for (力争用5年…: the match opens after 力争)
    effort: re.Pattern  # 通过5年努力 with no plan's span named: a span ahead only in a sentence of aims
    frame: re.Pattern  # 规划明确，经过4年奋斗; 发展目标：: an aim (完成…目标，: a report)
    after: re.Pattern
    named_goals: (
        re.Pattern
    )  # …的具体目标任务——, …的新目标定位，即: a phrase naming the goals its sentence lists
    aim: re.Pattern  # 力争 right before the span: no limit on the lead before it
    joiner: re.Pattern
    firm: re.Pattern
    verb: re.Pattern
    budget: re.Pattern
    reach: int
    lead: int
    span_start: re.Pattern  # after a year a span starts at (2009年起, 2015年以来)
    own_intent: re.Pattern  # a word of aim after the span, before its first figure
    aimed_verb: re.Pattern  # a goal verb right after a word of aim (将实现, 计划新增)
    forecast_lead: re.Pattern  # a forecast's words before a span whose own part aims (业内人士预计，…)
    count_lead: re.Pattern  # 建成…10个 right after the span or its part's start: a count the verb leads
    count_units: frozenset[str]


def span_ahead_words(lex) -> SpanAheadWords:
    t, roles = lex.section("targets"), lex.section("roles")
    count = r"(?:\d{1,2}|[一二两三四五六七八九十])"
    # 3至5年, 三年到五年 (a range, its first 年 written or not): the group ``range``, so a range needs no word of aim
    rng = f"(?P<range>[{LINE_SPACES}]*年?[{LINE_SPACES}]*(?:{alternation(t['span_range_joiners'])})[{LINE_SPACES}]*{count})?"
    span = t["span_ahead_pattern"].replace("{span_range}", rng)
    aims = "|".join(t["span_ahead_aims"])
    # the look-behind made a group that consumes its aim: its opening class then holds the aims' first characters,
    # not the spaces and digits after them (every position of a text would be a candidate)
    consumed = span.replace("(?<={span_aims})", f"(?:{aims})").replace("{span_aims}", aims)
    compiled = re.compile(span.replace("{span_aims}", aims))
    aim_chars = "".join(t["span_ahead_aims"])
    # a run opens at a character other than a space (the aim's before a span opening with spaces: 力争 5年内). The gate
    # holds while every alternative of span_ahead_pattern holds 年 and only the aim's opens with spaces: an edit that
    # breaks either is what test_the_span_scan_finds_what_the_patterns_own_finditer_finds compares (its pieces: the
    # pattern's own, kept so)
    run = consumed_class(compiled, "年", aim_chars)
    run_opening = consumed_class(compiled, "年" + LINE_SPACES, aim_chars)
    verbs = (
        t["goal_verbs"]
        + t["goal_openers"]
        + _level_words(lex)
        + roles["yearly_change_verbs"]
        + t["span_ahead_level_verbs"]
    )
    return SpanAheadWords(
        span=compiled,
        span_openers=opening_class(re.compile(consumed)),
        run_to_year=re.compile(f"{run_opening}{run}*+年") if run and run_opening else None,
        aims=tuple(t["span_ahead_aims"]),
        effort=re.compile(t["span_effort_ahead_pattern"].replace("{span_range}", rng)),
        frame=re.compile(
            f"(?:(?:{alternation(t['span_effort_ahead_frames'])})[，,：:]"
            f"|(?:{alternation(t['span_effort_ahead_heading_frames'])})[：:])[{LINE_SPACES}]*$"
        ),
        aim=re.compile(f"(?:{alternation(t['span_ahead_aims'])})[{LINE_SPACES}]*$"),
        # (将于未来三年内: a place word may stand between the word of intent and the span, lexicon span_ahead_after_marks)
        after=re.compile(
            f"(?:{alternation(t['span_ahead_after'])})[{LINE_SPACES}]*"
            f"(?:{alternation(t['span_ahead_after_marks'])})?[{LINE_SPACES}]*$"
        ),
        named_goals=re.compile(
            f"[^{SENTENCE_START}，,：:]{{0,{int(t['span_ahead_goal_phrase_chars'])}}}?"
            f"(?:{alternation(t['span_ahead_goal_nouns'])})(?:{alternation(t['span_ahead_goal_introducers'])})"
            f"[{LINE_SPACES}]*"
        ),
        joiner=re.compile(alternation(t["span_ahead_effort_joiners"])),
        firm=re.compile(alternation(t["span_ahead_firm_subjects"])),
        # gdp力争500亿元; and the words that reach a level ([bounds.comparators] above, of two characters or more:
        # 跨过3万亿元大关, 迈上…台阶), as 突破 is a goal verb
        # …, and a yearly change's verbs ([roles] yearly_change_verbs: 年均递增14%); verbs of building new things and of
        # growing to a level ([targets] span_ahead_level_verbs: 新建充电桩2万个, 发展到10万亩)
        verb=re.compile(alternation(verbs)),
        budget=re.compile(alternation(roles["budget_verbs"] + roles["budget_cues"])),
        reach=int(t["span_ahead_verb_reach"]),
        lead=int(t["span_ahead_lead_chars"]),
        span_start=re.compile(t["span_start_after_year_pattern"]),
        own_intent=re.compile(alternation(t["span_ahead_own_intents"])),
        forecast_lead=re.compile(alternation(t["span_ahead_forecast_leads"])),
        aimed_verb=re.compile(f"(?:{alternation(t['span_ahead_own_intents'])})(?:{alternation(verbs)})"),
        # 力争3年内建成省级示范园区10个; 3年内，全市新增…20家: a verb of making things leads the part (after its subject
        # at most) and the count after the things closes it (not a result's verb: span_ahead_result_verbs)
        count_lead=re.compile(
            f"[{LINE_SPACES}，,]*(?:{alternation(t['count_goal_subjects'])})?[{LINE_SPACES}]*"
            f"(?:{alternation([v for v in t['count_goal_verbs'] if v not in t['span_ahead_result_verbs']])})"
        ),
        count_units=frozenset(t["count_units"]),
    )


def _level_words(lex) -> list[str]:
    """The comparators of [bounds.comparators] that say a level is reached or passed (迈上, 跨过, 跨越, 站上)."""
    comparators = lex.section("bounds")["comparators"]
    return [w for w, kind in comparators.items() if kind == "above" and len(w) > 1]

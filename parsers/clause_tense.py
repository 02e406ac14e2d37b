"""Plan or report: whether a clause headed by a year aims at a figure or reports one, from evidence that does not
depend on the clause's form.

Three kinds of evidence, in this order ([tense] in parsers/data/lexicon.toml for the words):
- the section: a line under a dated review heading (一、2025年工作回顾) reports (parsers.goal_headings);
- the clause's own words (and a plan's that frame it: 计划指出，2027年…): a grant (给予, 奖励 …) makes it a measure's condition, undecided; a report cue (已, 实现了, 预计, 数据显示 …) reports, whatever else it says; a plan cue (力争,
  确保, 预期, 计划, 将 …) aims, and outweighs a mere comparison (比上年, 同比), which plans state as well;
- the text's date (parsers.document_date): a year before it is reported, a year after it is planned, and the text's
  own year is planned when the clause aims or hedges its figure (左右, 以上, 全年).
A text with no date decides by the clause's words alone, and a hedge alone decides nothing there; changes hedged as
aims do (two of them, or a yearly one: 2025年，…增长4.5%以上，…增长7%左右), unless words before the year count or
estimate them (初步统计，2018年，…) or the text named a later year before it (a plan's title over its review).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from parsers import match_starts
from parsers.lexicon import Lexicon, alternation
from parsers.patterns import COMMAS, SEMICOLONS, guarded_markers, last_mark_before

_PART_MARKS = COMMAS + SEMICOLONS
_PART_MARK_RE = re.compile(f"[{_PART_MARKS}]")  # found by the regex engine, not a loop over characters


class Tense(StrEnum):
    PLAN = "plan"
    REPORT = "report"


def hedge_cues(lex: Lexicon) -> list[str]:
    """The hedges a planned figure carries (左右, 以上, 不低于, …, and 全年, 年内): lexicon [tense] aim_hedge_words and
    hedge_time_words, one list each."""
    tense = lex.section("tense")
    return tense["aim_hedge_words"] + tense["hedge_time_words"]


@dataclass(frozen=True)
class _TenseWords:
    report: re.Pattern
    comparison: re.Pattern
    plan: re.Pattern
    plan_verb: re.Pattern  # the plan cues but its nouns (目标)
    elapsed_period: re.Pattern  # a part of a year already run (前三季度, 1—9月)
    hedge: re.Pattern
    hedged_change: re.Pattern  # 增长6%左右: a change aimed at, in an undated text too
    hedged_level: (
        re.Pattern
    )  # 达到50万亩以上: a level aimed at, weaker (a report may so round what it reached)
    aimed_statements: int  # how many hedged changes and levels make an undated clause a plan
    yearly_rate: re.Pattern  # 年均增长
    undecided: re.Pattern
    clause_end: re.Pattern
    plan_frame: re.Pattern
    plan_title_frame: re.Pattern  # 《…规划》提出，2025年…: a plan named by its title
    baseline_lead: re.Pattern  # 由/从 right before a word of the present: the baseline of a change, no report
    cue_aim: re.Pattern  # 奋力/力争 right after a report cue (排名奋力冲刺前二十): a rank aimed at, no report
    status: re.Pattern  # 现有, 共有: what there is now
    past_year_opening: re.Pattern  # 上年全市…, 去年…: a sentence telling the year before
    met_goal: re.Pattern  # 基本实现预期目标: the goals named as met, no intent
    this_year_part: re.Pattern  # …，今年预期目标增长5%: a later part that names this year
    forecast: re.Pattern  # 有望, 或将: what someone expects, no goal
    part_estimate: frozenset[str]  # 预计 after a plan verb: that part's estimate, not the clause's tense
    record_to_write: re.Pattern  # 奋力书写…答卷: a record still to write, its 答卷 no report
    cue_in_name: re.Pattern  # 预期寿命: a metric's name that holds a plan cue


def _build(lex: Lexicon) -> _TenseWords:
    tense, targets = lex.section("tense"), lex.section("targets")
    comparisons = set(targets["comparison_past_markers"])
    strong = [w for w in targets["past_markers"] if w not in comparisons]
    return _TenseWords(
        report=re.compile(
            f"{alternation(strong)}|{targets['past_leap_pattern']}|{alternation(tense['report_cues'])}"
        ),
        comparison=re.compile(guarded_markers(comparisons, targets["past_marker_not_before"])),
        plan=re.compile("|".join(tense["plan_cues"])),
        plan_verb=re.compile("|".join(c for c in tense["plan_cues"] if c not in tense["plan_cue_nouns"])),
        elapsed_period=re.compile(tense["elapsed_period_pattern"]),
        hedge=re.compile(alternation(hedge_cues(lex))),
        hedged_change=re.compile(tense["hedged_change_pattern"]),
        hedged_level=re.compile(tense["hedged_level_pattern"]),
        aimed_statements=int(tense["aimed_statements_min"]),
        yearly_rate=re.compile(tense["yearly_rate_pattern"]),
        undecided=re.compile(tense["undecided_opening_pattern"]),
        clause_end=re.compile(tense["clause_end_pattern"]),
        plan_frame=re.compile(tense["plan_frame_pattern"]),
        plan_title_frame=re.compile(tense["plan_title_frame_pattern"]),
        baseline_lead=re.compile(targets["baseline_lead_pattern"]),
        cue_aim=re.compile(tense["report_cue_aim_pattern"]),
        status=re.compile(alternation(tense["status_cues"])),
        past_year_opening=re.compile(tense["past_year_opening_pattern"]),
        met_goal=re.compile(tense["met_goal_pattern"]),
        this_year_part=re.compile(tense["this_year_part_pattern"]),
        forecast=re.compile(alternation(tense["forecast_cues"])),
        part_estimate=frozenset(tense["part_estimate_cues"]),
        record_to_write=re.compile(targets["record_to_write_pattern"]),
        cue_in_name=re.compile(alternation(tense["cue_in_name_words"])),
    )


def _report_cues(norm: str, start: int, end: int, w: _TenseWords) -> list[re.Match]:
    """The report cues of norm[start:end], but a word of the present that opens a change's baseline (由目前的…提高到…),
    a rank an aim follows (排名奋力冲刺前二十) and the 答卷 of a record still to write (奋力书写…答卷). One reading for
    _reports and _estimates_after_a_plan: a cue one of them passes over, the other must too."""
    return list(_each_report_cue(norm, start, end, w))


def _each_report_cue(norm: str, start: int, end: int, w: _TenseWords) -> Iterator[re.Match]:
    """_report_cues one by one, so that _reports stops at the first (it asks whether there is one)."""
    return (
        m
        for m in w.report.finditer(norm, start, end)
        if not w.baseline_lead.search(norm, max(start, m.start() - 4), m.start())
        and not w.cue_aim.match(norm, m.end(), end)
        and not _in_record_to_write(norm, start, m.start(), m.end(), w)
    )


def _reports(norm: str, start: int, end: int, w: _TenseWords) -> bool:
    """A report cue in norm[start:end] (_report_cues)."""
    return next(_each_report_cue(norm, start, end, w), None) is not None


def _in_record_to_write(norm: str, start: int, cue_start: int, cue_end: int, w: _TenseWords) -> bool:
    """The cue at norm[cue_start:cue_end] (from ``start`` on) ends a slogan of the record still to write (奋力书写…
    新答卷: [targets] record_to_write_pattern), an aim, not the record a review hands in (交出了…答卷)."""
    if not norm.endswith("答卷", cue_start, cue_end):
        return False
    part_start = last_mark_before(norm, _PART_MARKS, cue_start, start)
    return any(m.end() == cue_end for m in w.record_to_write.finditer(norm, part_start, cue_end))


def writes_a_record(norm: str, start: int, cue: re.Match, lex: Lexicon) -> bool:
    """Whether the past marker or report cue ``cue`` (found from ``start`` on) ends a slogan of the record still to
    write (奋力书写…答卷), which reports nothing (parsers.goal_reports reads past markers so too)."""
    return _in_record_to_write(norm, start, cue.start(), cue.end(), lex.derived(_build))


def _estimates_after_a_plan(norm: str, start: int, end: int, w: _TenseWords) -> bool:
    """Whether every report cue of norm[start:end] is an estimate ([tense] part_estimate_cues: 预计) in a later part
    than a plan verb of the clause (2028年全县计划种植油菜24万亩，预计产量达到3.6万吨): the estimate reports its own part,
    the plan verb sets the clause's tense. Not an estimate before every plan verb (2025年预计全年增长5%左右，力争…)."""
    cues = _report_cues(norm, start, end, w)
    if not cues or any(m.group() not in w.part_estimate for m in cues):
        return False
    part_start = last_mark_before(norm, _PART_MARKS, cues[0].start(), start)
    return part_start > start and _aims(norm, start, part_start, w.plan_verb, w)


def reports_in_words(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether norm[start:end] holds a report cue (预计, 位居, 连续, 已 …; lexicon [tense] report_cues)."""
    return _reports(norm, start, end, lex.derived(_build))


def reports_or_states(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether norm[start:end] reports (reports_in_words) or states what there is now (现有, 共有: [tense]
    status_cues), so that a plan's year carried over it would date a status (parsers.goal_scopes)."""
    w = lex.derived(_build)
    return _reports(norm, start, end, w) or w.status.search(norm, start, end) is not None


def ends_a_carried_year(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the sentence norm[start:end] stops a plan's year carried over its paragraph: it reports or states the
    present (reports_or_states), or opens with a part of a year already run or the year before (上半年全市完成…,
    上年…, 去年…; not 推动…在上半年投产, a plan's own timing)."""
    return reports_or_states(norm, start, end, lex) or opens_a_past_period(norm, start, end, lex)


def states_in_words(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether norm[start:end] states what there is now (现有, 共有: [tense] status_cues)."""
    return lex.derived(_build).status.search(norm, start, end) is not None


def forecasts_in_words(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """norm[start:end] forecasts ([tense] forecast_cues: 有望, 或将): what someone expects, no goal of the text's."""
    return lex.derived(_build).forecast.search(norm, start, end) is not None


def opens_a_past_period(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the sentence norm[start:end] opens with a part of a year already run or the year before (上半年全市
    完成…, 今年前三季度…, 上年…, 去年…; not 推动…在上半年投产, a plan's own timing)."""
    w = lex.derived(_build)
    lead = start + len(norm[start:end]) - len(norm[start:end].lstrip())
    return (
        w.elapsed_period.match(norm, lead, end) is not None
        or w.past_year_opening.match(norm, lead, end) is not None
    )


def names_elapsed_period(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether norm[start:end] names a part of a year already run (2030年前三季度, 1—9月, 今年以来)."""
    return elapsed_period_match(norm, start, end, lex) is not None


def elapsed_period_match(norm: str, start: int, end: int, lex: Lexicon) -> re.Match | None:
    """The first part of a year already run named in norm[start:end]."""
    # scan: the engine skips to where a match can open (speed27)
    return match_starts.scan_search(lex.derived(_build).elapsed_period, norm, start, end)


def aims_in_words(norm: str, start: int, end: int, lex: Lexicon, verbs_only: bool = False) -> bool:
    """Whether norm[start:end] holds a word of intent (力争, 将, 目标 …; lexicon [tense] plan_cues); ``verbs_only``:
    one that is no noun (a report names the goal it met: 完成了…目标)."""
    w = lex.derived(_build)
    return _aims(norm, start, end, w.plan_verb if verbs_only else w.plan, w)


def _aims(norm: str, start: int, end: int, cue: re.Pattern, w: _TenseWords) -> bool:
    """A plan cue in norm[start:end] outside the words that name goals met (其基本实现预期目标: [tense] met_goal_pattern)
    and the names of metrics (平均预期寿命: [tense] cue_in_name_words)."""
    met = None  # read only once a cue is found (most parts hold none)
    # tried only where a cue opens (力争|…|(?<!人均)预期…: the engine cannot skip ahead for it)
    for m in match_starts.finditer(cue, norm, start, end):
        if met is None:
            met = [
                (found.start(), found.end())
                for words in (w.met_goal, w.cue_in_name)
                for found in words.finditer(norm, start, end)
            ]
        if not any(a <= m.start() < b for a, b in met):
            return True
    return False


def _this_year_part(norm: str, start: int, end: int, w: _TenseWords) -> int | None:
    """Where the first later part of norm[start:end] that names this year begins (…增长4.6%左右，今年预期目标…;
    …，产值力争今年达到…: lexicon [tense] this_year_part_pattern), or None."""
    for mark in _PART_MARK_RE.finditer(norm, start, end):
        if w.this_year_part.match(norm, mark.end(), end):
            return mark.start()
    return None


def told_beside_this_year(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the clause norm[start:end] after a year (to its sentence's end) goes on to a part that names this year
    and states no intent before it (2023年，…产值达到18亿元，…力争今年达到25亿元): the year is one gone by, told beside
    this year's aim (as clause_tense reads it in an undated text)."""
    w = lex.derived(_build)
    this_year = _this_year_part(norm, start, end, w)
    return this_year is not None and not _aims(norm, start, this_year, w.plan, w)


def aims_this_year(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the part norm[start:end] (up to a figure) names this year and states an intent for it, without a
    report (…，今年预期目标增长…; …，产值力争今年达到…: [tense] this_year_part_pattern, plan_cues): this year's aim,
    whatever year stands before it in its sentence (not 今年以来, a part of a year already run)."""
    w = lex.derived(_build)
    return (
        w.this_year_part.match(norm, start, end) is not None
        and _aims(norm, start, end, w.plan, w)
        and not _reports(norm, start, end, w)
    )


def _aimed_changes(norm: str, start: int, end: int, w: _TenseWords) -> bool:
    """Whether an undated clause sets its changes as aims: two changes hedged as aimed at (…增长4.5%以上，…增长7%左右),
    a yearly change so hedged (年均增长5.5%左右), or a run of hedged changes and levels (…面积达30万亩以上，…产量达80万吨
    以上，…产值达120亿元以上: [tense] aimed_statements_min of them). One hedged change alone may be a review's estimate
    (2024年全省生产总值增长5.5%左右), which a work report gives for the year gone by; a level or two so hedged too."""
    found = list(w.hedged_change.finditer(norm, start, end))
    if len(found) >= 2 or any(w.yearly_rate.search(norm, max(start, m.start() - 4), m.end()) for m in found):
        return True
    levels = sum(1 for _ in w.hedged_level.finditer(norm, start, end))
    return len(found) + levels >= w.aimed_statements


def plan_framed(norm: str, sentence_start: int, year_start: int, lex: Lexicon, titled: bool = True) -> bool:
    """Whether the words before a year in its sentence say a plan states what follows (计划指出，2027年…): the plan's
    words are the clause's intent, though they stand before its year. ``titled``: a plan named by its title or set
    out across parts (《…规划》提出，2025年…; [tense] plan_title_frame_pattern) frames it too."""
    w = lex.derived(_build)
    if w.plan_frame.search(norm, sentence_start, year_start) is not None:
        return True
    return titled and w.plan_title_frame.search(norm, sentence_start, year_start) is not None


def clause_tense(
    norm: str,
    start: int,
    end: int,
    year: int,
    text_year: int | None,
    lex: Lexicon,
    in_review: bool = False,
    framed: bool = False,
    hedges_report: bool = False,
) -> Tense | None:
    """Tense.PLAN or Tense.REPORT for the clause norm[start:end] headed by ``year`` in a text dated ``text_year``
    (None: undated); None when the evidence does not decide. ``framed``: a plan states the clause (plan_framed);
    ``hedges_report``: its hedged changes are results (the words before the year count or estimate them:
    初步统计，2018年…; or the text named a later year before it: 某乡2036年工作计划 ⏎ 2035年，…增长12%以上)."""
    w = lex.derived(_build)
    if w.undecided.match(norm, start, end):
        return None
    another_year = w.clause_end.search(norm, start, end)
    if another_year is not None:
        part_end = last_mark_before(norm, _PART_MARKS, another_year.start(), start)
        end = part_end if part_end > start else another_year.start()
    # 2022年…增长4.6%左右，今年预期目标增长6%左右: the year is set against this one; the clause ends before this year's
    # part, whose words of intent are its own
    this_year = _this_year_part(norm, start, end, w)
    if this_year is not None:
        end = this_year
    if lex.ratio_subsidy_cue.search(norm, start, end):
        return None  # 2025年营业收入增长超过20%的，给予10万元奖励: a measure's condition, neither plan nor report
    if in_review or (_reports(norm, start, end, w) and not _estimates_after_a_plan(norm, start, end, w)):
        return Tense.REPORT
    aims = framed or _aims(norm, start, end, w.plan, w)
    if text_year is not None:
        if year < text_year:
            return Tense.REPORT
        if year > text_year or aims or w.hedge.search(norm, start, end):
            return Tense.PLAN
        return Tense.REPORT if w.comparison.search(norm, start, end) else None
    if aims:
        return Tense.PLAN
    if this_year is None and not hedges_report and _aimed_changes(norm, start, end, w):
        return Tense.PLAN
    if this_year is not None:
        # undated: a year told beside this year's, with no aim of its own, is a year gone by
        return Tense.REPORT
    return Tense.REPORT if w.comparison.search(norm, start, end) else None

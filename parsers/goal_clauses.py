"""Clauses of a goal statement that are no goal without a number: the measures a plan lists after its goals, and the
pieces a comma inside quotation marks cuts off.

A year's statement runs to its paragraph's end (到2025年，工业固废利用率达到80%。推进…，强化…。): a later clause (after a
full stop or a semicolon) most of whose comma parts open with a task verb (推进, 强化, 加快, 大力 …: lexicon
``task_openers``) says what is done, and its other parts (优先选择…, 发展…建筑) are measures too, no goal. A clause
holding the year is the statement's own, read as before.

A comma inside quotation marks (打响“山水名城，康养福地”品牌) is no break of the goal: the two parts are one. A figure
only in a remark that closes a part (实现村村通客车（每日4班次）) explains a goal of no number.

Other parts of a statement name no goal either (``no_goal_part``; lexicon ``no_goal_*``): a slogan (奋力谱写…新篇章,
让…), commentary (这是一个…的目标, 即…), a description (…是…的地区), a time word alone (近日, 到本世纪中叶), a part cut before its figure (…达到，),
a measure (倡导…, 启动…), a report (明确了…, 印发《…》), the text's own making (结合…实际，制定本方案), an attribution
or a frame ending it (…时表示，, …的公交车中，), and what sets up or leads the list of measures (为实现这一目标，要…;
重点抓好以下工作).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES

# quotation marks whose comma is no break between goals (a slogan, a brand, a programme's name)
_REMARK_RE = re.compile(r"[（(][^（()）]*[）)]")  # a bracketed remark (no bracket inside)
_FIGURE_CHARS = 16  # a figure and its unit, which the budget branch checks (800万元)
_SETUP_REACH = 160  # how far back in its sentence a part looks for what sets the list up
_QUESTION_MARKS = "？?"  # 目标已定，各地如何发力？: a part a question mark ends asks, it names no goal
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("《", "》"), ("‘", "’"))


@dataclass(frozen=True)
class _NoGoalParts:
    slogan: re.Pattern
    commentary: re.Pattern
    description: re.Pattern  # 丙县是全省…的地区: what a thing is
    time_word: re.Pattern
    cut: re.Pattern
    task: re.Pattern
    task_conjunction: re.Pattern  # 并, 同时 … before a measure
    subject_will: re.Pattern  # 庚市将 before a task verb: a measure with its doer
    announcer: re.Pattern  # 乙市提出 before nothing or a task verb: the news frame of a measure
    report: re.Pattern
    enactment: re.Pattern
    frame_end: re.Pattern
    ground: re.Pattern  # 根据…不同, 按规划, 据此, 详见附件: what follows rests on, a whole part
    setup: re.Pattern
    list_lead: re.Pattern
    plan_contents: (
        re.Pattern
    )  # 的重点任务和保障措施, 分三步走的实施路径: what a plan holds, no state to reach
    coded_goals: re.Pattern  # 实现“1024”目标: a programme's goals named by its code
    stated_form: re.Pattern
    state_change: re.Pattern
    planned_task_figure: re.Pattern
    ordinals: tuple[str, ...]  # 一是, 二是 …: the point of a list of measures or of goals
    cut_line_chars: int  # a part this short ending a line cut mid-sentence is a fragment (_cut_line)


def _build_no_goal_parts(lex: Lexicon) -> _NoGoalParts:
    t = lex.section("targets")
    return _NoGoalParts(
        slogan=re.compile(
            t["no_goal_slogan_pattern"]
            .replace("{purpose_served}", t["purpose_served_pattern"])
            .replace("{record_to_write}", t["record_to_write_pattern"])
        ),
        commentary=re.compile(t["no_goal_commentary_pattern"]),
        description=re.compile(t["no_goal_description_pattern"]),
        time_word=re.compile(t["no_goal_time_word_pattern"]),
        cut=re.compile(t["no_goal_cut_pattern"]),
        task=re.compile(t["no_goal_task_pattern"]),
        task_conjunction=re.compile(
            f"(?:{t['task_connective_pattern']}|(?:{alternation(t['no_goal_task_conjunctions'])})[ \\t\\u3000]*)"
        ),
        subject_will=re.compile(t["no_goal_subject_will_pattern"]),
        report=re.compile(t["no_goal_report_pattern"]),
        announcer=re.compile(t["no_goal_announcer_pattern"]),
        enactment=re.compile(t["no_goal_enactment_pattern"]),
        frame_end=re.compile(t["no_goal_frame_end_pattern"]),
        ground=re.compile(t["no_goal_ground_pattern"]),
        setup=re.compile(t["no_goal_setup_pattern"]),
        list_lead=re.compile(t["no_goal_list_lead_pattern"]),
        plan_contents=re.compile(t["no_goal_plan_contents_pattern"]),
        coded_goals=re.compile(t["no_goal_coded_goals_pattern"]),
        stated_form=re.compile(t["stated_goal_form_pattern"]),
        state_change=re.compile(t["state_change_goal_pattern"]),
        planned_task_figure=re.compile(
            t["planned_task_figure_pattern"].replace(
                "{rate_head}", alternation(lex.section("roles")["rate_heads"])
            )
        ),
        ordinals=tuple(p for p in t["metric_strip_prefixes"] if p.endswith("是")),
        cut_line_chars=int(t["cut_line_part_chars"]),
    )


class _Index(Protocol):
    norm: str
    lex: Lexicon

    def sentence(self, pos: int) -> tuple[int, int]: ...

    def parts_between(self, start: int, end: int) -> list[tuple[int, int]]: ...

    def _opens_task(self, start: int) -> bool: ...


def task_clause(ix: _Index, pos: int, since: int | None) -> bool:
    """The clause around ``pos`` comes after the clause of the statement's year (at ``since``) and at least half of
    its comma parts open with a task verb, or at least two and a third of them do (大力发展…，积极培育…，创建…，构建…，
    提升…: the task verbs lead a list the other verbs continue): a list of measures. (A part of it that states a
    change of state, …，养护管理水平进一步提升, is still a goal: parsers.goal_reader asks stated_goal_form.)"""
    if since is None:
        return False
    start, end = ix.sentence(pos)
    if start <= ix.sentence(since)[1]:
        return False  # the year's own clause (…，到2025年，…达到…，…)
    parts = ix.parts_between(start, end)
    words = ix.lex.section("targets")
    builds, measures = tuple(words["task_clause_outcome_openers"]), tuple(words["task_clause_openers"])

    def measure(s: int) -> bool:
        lead = ix.norm[s : s + 12].lstrip(LINE_SPACES)  # (a part's first words: no copy of the text's rest)
        return lead.startswith(measures) or (ix._opens_task(s) and not lead.startswith(builds))

    tasks = sum(1 for s, _ in parts if measure(s))
    return tasks > 0 and 2 * tasks >= len(parts) or tasks > 1 and 3 * tasks >= len(parts)


def in_closing_remark(norm: str, start: int, end: int, quantities: list[re.Match]) -> bool:
    """Every quantity of the part [start, end) stands in a bracketed remark that closes it (实现村村通客车（每日4班次）):
    the figure explains a goal of no number, it is none of its own."""
    aside = _REMARK_RE.search(norm, start, end)
    if aside is None or aside.start() == start or norm[aside.end() : end].strip(LINE_SPACES):
        return False
    return bool(quantities) and all(aside.start() <= m.start() < aside.end() for m in quantities)


def join_quoted(norm: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma parts with a comma inside quotation marks made one (an opening mark unclosed in its part, closed in the
    next one)."""
    out: list[tuple[int, int]] = []
    pending = False
    for start, end in parts:
        if pending and out:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        s, e = out[-1]
        text = norm[s:e]
        pending = any(text.count(o) > text.count(c) for o, c in _QUOTE_PAIRS)
    return out


def no_goal_part(ix: _Index, start: int, end: int, since: int | None = None) -> bool:
    """The part [start, end) of a goal statement, with no number, names no goal: a question, a slogan, commentary, a time
    word alone, a part cut before its figure, a list's lead, or any part after what sets the list up in its sentence
    (after the statement's year at ``since``: 重点任务：到2025年，形成… lists goals)."""
    words = ix.lex.derived(_build_no_goal_parts)
    norm = ix.norm
    lead = start
    while lead < end and norm[lead] in LINE_SPACES + '“"':
        lead += 1
    text = norm[lead:end].rstrip(LINE_SPACES)
    if not text:
        return False
    if end < len(norm) and norm[end] in _QUESTION_MARKS:
        return True
    if words.slogan.match(text) or words.commentary.match(text) or words.time_word.fullmatch(text):
        return True
    if words.description.fullmatch(text):
        return True  # 是今后三年…发展的行动指南: what a thing is, no state to reach
    conjunction = words.task_conjunction.match(text)
    if words.task.match(text, conjunction.end() if conjunction else 0) or text.startswith("、"):
        return True  # 倡导…, 并积极培育…: a measure; 、…: a fragment whose head an earlier split took
    doer = words.subject_will.match(text)
    if doer is not None and ix._opens_task(lead + doer.end()):
        return True  # 庚市将健全…体系: a measure with its doer
    said = words.announcer.match(text)
    if said is not None and (
        said.end() == len(text) or words.task.match(text, said.end()) or ix._opens_task(lead + said.end())
    ):
        return True  # 丙县确定 / 乙市提出实施“三大工程”: who set a measure; 乙市提出农村居民收入增长… stays
    point = next((p for p in words.ordinals if text.startswith(p)), None)
    if point is not None and (words.task.match(text, len(point)) or ix._opens_task(lead + len(point))):
        return True  # 一是加快…；二是优化…: the points of a list of measures (一是产业结构更加优化 is a goal)
    if (
        words.cut.search(text)
        or words.list_lead.fullmatch(text)
        or words.plan_contents.fullmatch(text)
        or words.coded_goals.fullmatch(text)
    ):
        return True
    if len(text) <= words.cut_line_chars and _cut_line(norm, lead, end):
        return True  # 报告提出，到2030年，某区地区 ⏎: the line is cut mid-sentence, its last part a fragment
    if words.report.search(text) or words.frame_end.search(text) or words.enactment.match(text):
        return True
    if words.ground.fullmatch(text):
        return True  # 根据各县人口规模不同, 按规划, 详见附件2: the ground of what follows
    # the set-up stands a few parts before (为实现这一目标，要…，…): a window, so a sentence of many parts costs linear time
    after = max(ix.sentence(start)[0], start - _SETUP_REACH, since or 0)
    return words.setup.search(norm, after, end) is not None


def _cut_line(norm: str, start: int, end: int) -> bool:
    """The part [start, end) ends its line with no mark after it, and a comma stands before it on that line: the line
    is cut short in mid-sentence."""
    line_end = norm.find("\n", end)
    if norm[end : line_end if line_end >= 0 else len(norm)].strip(LINE_SPACES):
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    return any(c in "，," for c in norm[line_start:start])


def stated_goal_form(ix: _Index, start: int, end: int) -> bool:
    """The part [start, end) states a goal in a form only goals take (…与经济增长同步, 增速高于全国平均水平,
    完成省下达的目标任务; a change of state among other parts, 城区功能不断优化，…): a goal with no number even where a
    statement keeps only its goals with a number."""
    parts = ix.lex.derived(_build_no_goal_parts)
    if parts.stated_form.search(ix.norm, start, end) is not None:
        return True
    if parts.state_change.search(ix.norm, start, end) is None or ix._opens_task(start):
        return False  # 推动服务业稳步增长: a measure aimed at the change, no state stated
    # 城区功能不断优化，…: a change of state among other parts; alone in its sentence it heads a goal paragraph
    s_start, s_end = ix.sentence(start)
    return bool(ix.norm[s_start:start].strip(LINE_SPACES) or ix.norm[end:s_end].strip(LINE_SPACES))


def planned_task_figure(ix: _Index, start: int, figure: int) -> bool:
    """The part of a plan opened by 将 that starts at ``start`` sets its figure at ``figure`` by a copula or sets a sum
    aside (…，补贴比例为40%; 每年安排资金800万元): a rule or a budget the plan states, no goal (lexicon
    ``planned_task_figure_pattern``)."""
    pattern = ix.lex.derived(_build_no_goal_parts).planned_task_figure
    return any(
        m.end() == figure for m in pattern.finditer(ix.norm, start, min(len(ix.norm), figure + _FIGURE_CHARS))
    )

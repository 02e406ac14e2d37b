"""Goals set for the end of a plan's span by the span's own words: 经过4年攻坚，…达到85%.

An action plan, and news of one, says when its goals are due by the length of its span instead of a year: 通过三年努力，
经过4年攻坚，用两年时间，… open the sentence of the goals, and the plan's span of years, named with the plan
(《某市…三年行动方案（2026—2028年）》, its title line, or an earlier sentence of the paragraph), says which year that is:
its last (2028). The span must be as long as the words say (通过3年: 2026—2028), so a plan of another span, or a
count of years that is no span (通过多年努力), sets none; a span that has passed (a page dated after it telling what
the three years brought) is a report, no goal. Only the quantified goals of the sentence count, as a 力争's with no
year do. Called by parsers.goal_work.late_scopes with the statements found before.

A span of years ahead that no plan names and no year follows (未来五年，…; 力争用5年时间，…; 计划用两年的时间把…; 通过5年努力,
力争… in a sentence of aims) sets goals with no calendar year: its sentence's quantified goals are rows with year null
(span_ahead_scopes), unless the sentence forecasts (有望) or reports. An effort's sentence keeps its goals without a
number too (通过五年努力，推动…突破9000亿元，…屏障更加牢固). A span given as a range (经过3至5年努力，…; 利用3-5年时间，…) is
the time a plan reckons, never years past: its effort needs no word of aim (round 21). Round 32 (targets38): the span may
stand inside a phrase naming the goals its sentence, or the next one, then lists (明确了今后5年…的具体目标任务——…;
…定下了…具体目标。概括起来，就是要…), and a forecast or report cue in one part only is that part's. Round 34: a list
of the span's goals goes on with nouns and figures (…达到40万元；全市关停低效企业3000家), each a goal with no verb.
Round 34 (targets45): a span opening its part whose own words aim (目前…，现有…，未来N年内…将达到N万头) opens its goals
after news of now, never after a forecast's words; the year a span starts at (从2009年起…，即力争用5年时间) dates
nothing; plain verbs of building and growing (新建, 发展到) set a span's goals (parsers.goal_span_frames).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from parsers.clause_tense import aims_in_words, forecasts_in_words, reports_in_words
from parsers.goal_clauses import planned_task_figure
from parsers.goal_scope import Scope
from parsers.goal_span_frames import ROW_FIGURE as _ROW_FIGURE
from parsers.goal_span_frames import SENTENCE_START as _SENTENCE_START
from parsers.goal_span_frames import SpanAheadWords as _SpanAheadWords
from parsers.goal_span_frames import aims_on, names_a_year, row_figures
from parsers.goal_span_frames import span_ahead_words as _span_ahead_words
from parsers.goal_span_lists import closes_its_part, doubled_before, doubles, goal_by_words
from parsers.goal_topics import span_bounds
from parsers.numbers import parse_number
from parsers.patterns import LINE_SPACES, before_spaces

if TYPE_CHECKING:
    from parsers.context import TextIndex

# 经过4年攻坚，通过三年努力，用两年时间，通过3到5年的努力 (a range sets no one span: not matched)
_SPAN_EFFORT = re.compile(
    rf"(?:通过|经过|用|力争通过|力争用|力争经过)[{LINE_SPACES}]*(?P<n>\d|[一二两三四五六七八九十])[{LINE_SPACES}]*年(?:左右)?"
    r"(?:的)?(?:时间|努力|攻坚|奋斗|建设|行动|持续努力|接续奋斗)?[，,]"
)
_FIGURE = re.compile(r"\d")  # the first figure of a goal, where its value is set
_NUMBER = re.compile(r"\d[\d.,，]*")  # a number written in figures (1.5, 2,750)
# a run of figures joined by 、/和/及 right before a figure (30%、45%和; 500亿元、300亿元和), each with its unit and bound
_JOINED_FIGURES = re.compile(r"(?:\d[\d.]*[^\d、和及，,；;。！？!?]{0,4}?[、和及])+\Z")
# a figure that is a rate, in digits or in words (比重达到百分之五左右)
_PERCENT = re.compile(rf"[\d.]+[{LINE_SPACES}]*%|百分之")
_REPORTED = re.compile(rf"(?:提出|明确|要求|指出|表示)[，,：:][{LINE_SPACES}]*$")  # 规划明确，经过4年努力，…


def span_effort_scopes(ix: TextIndex, taken: list[tuple[int, int]]) -> list[Scope]:
    """The statements a span's words open (see above), where no statement of ``taken`` stands."""
    norm, found = ix.norm, []
    for m in _SPAN_EFFORT.finditer(norm):
        opens = m.start() == 0 or norm[m.start() - 1] in _SENTENCE_START + LINE_SPACES
        if not opens and not _REPORTED.search(norm, max(0, m.start() - 4), m.start()):
            continue  # inside a sentence (…企业通过3年…): no opening of the goals; 规划明确，经过4年…: one
        if any(s <= m.start() < e for s, e in taken):
            continue
        year = _plan_end(ix, m.start(), int(parse_number(m.group("n"))))
        if year is None or not ix._coming(year, m.start()):
            continue
        end = ix.full_sentence(m.start())[1]
        found.append(Scope(m.start(), m.end(), end, end, year, quantified_only=True))
    return found


def _named_spans(ix: TextIndex, pos: int) -> bool:
    """A plan's span of years is named in the paragraph before pos or in the title line."""
    first_line_end = ix.norm.find("\n")
    title_end = first_line_end if 0 < first_line_end < pos else 0
    return bool(span_bounds(ix.norm, ix.paragraph(pos)[0], pos) or span_bounds(ix.norm, 0, title_end))


def _plan_end(ix: TextIndex, pos: int, years: int) -> int | None:
    """The last year of the one plan span, ``years`` long, named in the paragraph before pos or in the title line."""
    norm = ix.norm
    first_line_end = norm.find("\n")
    for start, end in ((ix.paragraph(pos)[0], pos), (0, first_line_end if 0 < first_line_end < pos else 0)):
        spans = span_bounds(norm, start, end)
        if len(spans) == 1:
            first, last = spans.pop()
            return last if last - first + 1 == years else None
        if spans:
            return None  # several spans: none is the one
    return None


def span_ahead_scopes(ix: TextIndex, taken: list[tuple[int, int]]) -> list[Scope]:
    """The statements a span of years ahead opens with no year (see above), where no statement of ``taken`` stands
    in its sentence and no year is named after it there."""
    norm, found = ix.norm, []
    words = ix.lex.derived(_span_ahead_words)
    starts = [(m, False) for m in _span_matches(words, norm)] + [
        (m, True) for m in words.effort.finditer(norm)
    ]
    for m, effort in sorted(starts, key=lambda found_at: found_at[0].start()):
        opens = m.start() == 0 or norm[m.start() - 1] in _SENTENCE_START + "，,：:" + LINE_SPACES
        # 明确了今后5年…的具体目标任务——…; 提出了未来五年…的新目标定位，即…: the span inside a phrase naming the goals
        # its sentence then lists; they open after the phrase, whatever the lead before it
        named = None if effort else words.named_goals.match(norm, m.end())
        if named is not None and _ROW_FIGURE.search(norm, m.end(), named.end()):
            named = None  # 五年后将实现总收入逾两万亿元的目标: the phrase holds its goal's figure, it lists none after
        if not opens and named is None and not words.after.search(norm, max(0, m.start() - 4), m.start()):
            continue  # inside a phrase (提出了未来五年的战略构想): no opening of the goals
        body = named.end() if named is not None else m.end()
        if words.joiner.match(norm, m.end()):
            continue  # 用3年时间、投入5000万元，…发展茶园1万多亩: the effort a result took
        sentence_start, end = ix.full_sentence(m.start())
        if named is not None and body >= end:
            # …为未来五年的工作定下了…具体目标。概括起来，就是要…: the phrase ends its sentence, the next one lists them
            end = ix.full_sentence(body)[1]
        framed = named is not None or (
            effort and words.frame.search(norm, max(0, m.start() - 5), m.start()) is not None
        )
        # (a semicolon closes a clause of its own: 眼下，甲市已建成充电桩1.2万个；下一步，计划用三年的时间把…; the lead counts
        # from it after a word of intent right before the span, 计划/将/力争…, from the sentence start otherwise)
        clause_start = _clause_start(norm, sentence_start, m.start())
        intent = words.after.search(norm, max(0, m.start() - 4), m.start()) is not None
        if opens and aims_on(norm, words.own_intent, m.end(), end):
            # 目前每年出栏N万头，…，未来N年内出栏肉牛将达到N万头: a span opening its part, whose own words then aim (将,
            # 计划) before its first figure, opens the goals there, after whatever news of now the sentence told first;
            # not after a forecast's words (据预测，…，未来五年市场规模将达到…: what one expects, no goal)
            if words.forecast_lead.search(norm, sentence_start, m.start()):
                continue
            clause_start, intent = m.start(), True
        if (
            m.start() - (clause_start if intent else sentence_start) > words.lead
            and not framed
            and not words.aim.search(norm, max(0, m.start() - 4), m.start())
        ):
            continue  # …流转，用3年时间建设12处…示范园: a span inside a list of measures, not opening the sentence
        if any(s < end and sentence_start < e for s, e in taken) or names_a_year(
            norm, words.span_start, sentence_start, end
        ):
            continue  # 未来五年，到2027年…: the year's; 2021年发布的规划提出，未来五年，…: a cited plan's span
        if words.firm.search(norm, sentence_start, end):
            continue  # 该公司将在当地投资20亿元: a firm's plan, no policy goal
        if _named_spans(ix, m.start()):
            continue  # 《…方案（2026—2028年）》。用两年时间，…: a plan's span is named, span_effort_scopes decides
        if effort and not (
            framed
            or m.group("range")  # 经过3至5年努力，…: the time a plan reckons, never the years past
            or aims_in_words(norm, sentence_start, m.start(), ix.lex, verbs_only=True)
            or aims_in_words(norm, m.end(), _first_figure(norm, m.end(), end), ix.lex, verbs_only=True)
        ):
            # 经过五年努力，全市生产总值突破5万亿元: the five years past (its 努力 is no aim of its own); so with an aim
            # only after its first figure (…建成示范园10个，力争明年再建5个)
            continue
        # (after a phrase naming the goals, only the goals it lists: 已确立…目标 reports the setting of goals; after a
        # semicolon, only its clause: 眼下，甲市已建成充电桩1.2万个；下一步，计划用三年的时间把…增加到5万个)
        said = body if named is not None else clause_start
        if _told_throughout(ix, said, body, end):
            continue
        # each goal with its goal verb (今后十年，…任务将分布在N个乡镇 is none), a budget no goal: span_ahead_figure
        # 乙市将于未来三年内…翻一番。数字经济核心产业占比提高到15%，…: the sentences after that go on with no year, span or
        # report of their own continue the goals a subject's 将在/力争 span opened (round 35, targets49)
        reach = _continued(ix, words, taken, end) if intent and named is None and not effort else end
        found.append(
            Scope(
                m.start(), body, reach, end, None, quantified_only=not effort, planned=True, span_ahead=True
            )
        )
    return found


def _continued(ix: TextIndex, words: _SpanAheadWords, taken: list[tuple[int, int]], end: int) -> int:
    """Where the run of sentences after ``end`` in its paragraph that name no year (a base year aside), open no span
    and tell no report or forecast (_told) ends: the span statement's goals go on there."""
    norm, para_end = ix.norm, ix.paragraph(max(0, end - 1))[1]
    while end < para_end:
        start, next_end = ix.full_sentence(end + 1)  # (end is the full stop's place)
        start = max(start, end + 1)
        if (
            next_end <= start
            or names_a_year(norm, words.span_start, start, next_end)
            or words.span.search(norm, start, next_end)
            or _told(norm, start, next_end, ix.lex)
            or any(s < next_end and start < e for s, e in taken)
        ):
            break
        end = next_end
    return end


def _clause_start(norm: str, sentence_start: int, pos: int) -> int:
    """Where the clause of pos opens: after the last semicolon before it in its sentence, else the sentence start."""
    return max(
        sentence_start, norm.rfind("；", sentence_start, pos) + 1, norm.rfind(";", sentence_start, pos) + 1
    )


def _told(norm: str, start: int, end: int, lex) -> bool:
    """norm[start:end] forecasts ([tense] forecast_cues: 有望) or reports (report_cues: 已, 预计…) and says no aim."""
    return forecasts_in_words(norm, start, end, lex) or (
        reports_in_words(norm, start, end, lex) and not aims_in_words(norm, start, end, lex, verbs_only=True)
    )


def _told_throughout(ix: TextIndex, sentence_start: int, body: int, end: int) -> bool:
    """The span-ahead sentence forecasts or reports (_told): before its goals (据预计，未来五年…), or in every part after
    the span that holds a figure. A cue in one part only (未来五年，粮食产量预计稳定在20万吨，高标准农田面积达到120万亩) is that
    part's, as in a year's statement; the goals of the other parts stay."""
    norm, lex = ix.norm, ix.lex
    if _told(norm, sentence_start, body, lex):
        return True
    parts, at = [], body
    while at < end:
        part_end = min(ix.part(at)[1], end)
        if part_end <= at:  # the mark right after the span (未来五年，): the next part opens after it
            at += 1
            continue
        if _FIGURE.search(norm, at, part_end):
            parts.append((at, part_end))
        at = part_end + 1
    found = [_told(norm, s, e, lex) for s, e in parts]
    return any(found) and all(found)


def _first_figure(norm: str, start: int, end: int) -> int:
    """Where the first figure of norm[start:end] stands (end when none)."""
    figure = _FIGURE.search(norm, start, end)
    return figure.start() if figure is not None else end


def span_ahead_figure(ix: TextIndex, part_start: int, figure: int, after_goal: bool) -> bool:
    """The figure at ``figure`` of a part of a span-ahead statement is a goal: no budget verb or cue before it in its
    part, and a goal verb of its own within span_ahead_verb_reach characters before it, or, ``after_goal`` (an earlier
    part of its sentence holds a goal of the statement), the figure closes its part."""
    words = ix.lex.derived(_span_ahead_words)
    if words.budget.search(ix.norm, part_start, figure) and not _PERCENT.match(ix.norm, figure):
        # 未来三年，全区需要投入资金约30亿元; 将投入5亿元用于…: a budget (not 研发投入强度达到3.7%: a rate is no sum
        # set aside, whatever budget word its metric is named with)
        return False
    # 新增就业岗位 80 万个: the reach counts no stray space
    words_end = before_spaces(ix.norm, part_start, figure)
    # 比重分别达30%、45%和20%左右: a figure of a run joined by 、/和 shares the verb before the run's first figure
    run = _JOINED_FIGURES.search(ix.norm, part_start, words_end)
    if run is not None:
        words_end = before_spaces(ix.norm, part_start, run.start())
    if words.verb.search(ix.norm, max(part_start, words_end - words.reach), words_end) is not None:
        return True
    # 六年内将实现总销售收入逾两万亿元; 三年内计划新增城镇就业岗位5万个: a goal verb right after a word of aim reaches its
    # figure however long the metric between them, in its part (拟投资500亿元，建设重大基础设施项目50个 stays none:
    # 建设 follows no aim of its own part)
    if words.aimed_verb.search(ix.norm, part_start, words_end) is not None:
        return True
    if _count_led(ix, words, part_start, figure):
        return True  # 力争3年内建成省级示范园区10个: a count its part's verb of making leads
    # 未来五年，…达到N平方米；全市新建口袋公园N个，…人均增收N元; 推动…规模翻番，占全市GDP的N%: a list of the span's
    # goals goes on, each a noun and its figure, as a goal list does. Not a figure something else follows (…按N%
    # 计算的额度, …分布在N个乡镇), nor one its part forecasts or reports (预计拉动GDP增长约N个百分点)
    part_end = ix.part(figure)[1]
    return (
        after_goal
        and closes_its_part(ix, figure, part_end)
        and not _told(ix.norm, part_start, part_end, ix.lex)
    )


def _count_led(ix: TextIndex, words: _SpanAheadWords, part_start: int, figure: int) -> bool:
    """The count at ``figure`` closes its part, whose verb of making things (span_ahead_words.count_lead) opens it or
    stands right after the span inside it (力争3年内建成…10个; 3年内，全市新增…20家)."""
    part_end = ix.part(figure)[1]
    quantity = ix.lex.target_quantity.match(ix.norm, figure)
    if quantity is None or (quantity.group("u") or "") not in words.count_units:
        return False
    if not closes_its_part(ix, figure, part_end):
        return False
    span = words.span.search(ix.norm, part_start, figure)  # (one part: no scan of the text's whole)
    lead_start = span.end() if span is not None else part_start
    return words.count_lead.match(ix.norm, lead_start, figure) is not None


def after_a_goal_part(ix: TextIndex, goals_start: int, part_start: int) -> bool:
    """An earlier part of the statement's goals holds a goal by its words (goal_span_lists.goal_by_words). For a
    reader of one figure (parsers.goal_roles); the target rows ask whether a row of the statement was kept before."""
    return goal_by_words(ix, ix.lex.derived(_span_ahead_words).verb, goals_start, part_start)


def planned_row(ix: TextIndex, scope: Scope, start: int, end: int, after_goal: bool) -> bool:
    """A goal [start, end) of a statement opened by 将 or a span ahead is a row: not a rule or budget the plan
    states (…，补贴比例为40%; goal_clauses.planned_task_figure), and in a span-ahead one, with its own goal verb or
    closing its part after a row of the statement (``after_goal``: span_ahead_figure)."""
    figure = next(iter(row_figures(ix.norm, start, end)), None)  # (not a base year's: 比2010年翻一番)
    if figure is None:
        # 通过5年努力，…: its goals without a number too; 未来三年内…翻一番: a doubling's 2 倍 is its number
        return not scope.span_ahead or not scope.quantified_only or doubles(ix, start, end)
    if planned_task_figure(ix, start, figure.start()):
        return False
    if not scope.span_ahead:
        return True
    # 由现在的13%提高到30%左右: the first figure is the base, and the goal verb stands before the level reached, the
    # row's last number
    part_start = ix.part(start)[0]
    numbers = list(_NUMBER.finditer(ix.norm, start, end))
    last = numbers[-1].start() if numbers else figure.start()
    after_goal = after_goal or doubled_before(ix, scope.body_start, part_start)
    return any(span_ahead_figure(ix, part_start, at, after_goal) for at in {figure.start(), last})


def _span_matches(words: _SpanAheadWords, norm: str) -> list[re.Match]:
    """``words.span.finditer(norm)``, the pattern tried only where a match can open: at a character its alternatives
    open with, and right after an aim its look-behind asks for (力争用5年…). That alternative opens with the look-behind
    and then spaces or a count, so the engine has no character to skip to and a plain finditer tries every position."""
    if words.span_openers is None:
        return list(words.span.finditer(norm))
    tried: set[int] = set()
    aim_firsts = {aim[0] for aim in words.aims if aim}  # (an aim opens only where its first character stands)
    for start, end in _span_regions(words, norm):
        for at in words.span_openers.finditer(norm, start, end):
            pos = at.start()
            tried.add(pos)
            if norm[pos : pos + 1] in aim_firsts:
                tried.update(pos + len(aim) for aim in words.aims if norm.startswith(aim, pos))
    found: list[re.Match] = []
    resume = 0  # finditer tries each position in turn and resumes where a match ends: so does this
    for pos in sorted(tried):
        if pos >= resume and (m := words.span.match(norm, pos)) is not None:
            found.append(m)
            resume = m.end()  # (never empty: every match holds 年)
    return found


def _span_regions(words: _SpanAheadWords, norm: str) -> Iterator[tuple[int, int]]:
    """The stretches of ``norm`` where a span's match (or the aim before it) can stand: the whole text, or where the
    pattern gives the characters it consumes, each run of them (and of the aims' characters) that reaches a 年. Every
    match holds 年 (五年内, 未来3年, 用两年时间), and what it consumes before its first 年 is drawn from those characters
    and the aim before it too: the run that holds its opening runs on to that 年. A digit no 年 follows across them (an
    amount, a date's month, a percentage: most of the openers) opens no match."""
    if words.run_to_year is None:
        yield 0, len(norm)
        return
    for run in words.run_to_year.finditer(norm):
        yield run.span()

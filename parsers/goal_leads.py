"""A line that names a year's goals and ends there leads them, whatever form they take below it.

Work reports and action plans set their goals under a lead line of their own, with or without a colon:

    2026年全县经济社会发展主要预期目标：          到2028年，主要目标是：          今年主要预期目标
    地区生产总值增长6%左右；城镇新增就业…。      ——新增企业100家。 ⏎ ——…          1.生产总值增长6%。 ⏎ 2.…

The lead governs what follows, one paragraph of goals set apart by ；/，, several such paragraphs or a list, up to
the next heading or lead, a paragraph naming a year, a heading of what is not goals (主要任务: lexicon [targets]
goal_scope_end_pattern), a paragraph opening with a task verb, a report of the past, or a paragraph of prose with no
figure. 今年/本年度 is the year of the text's date and 明年 the next one (parsers.document_date); with no date the lead
gives no year, so it leads nothing (the gold gives such goals no year). A line naming goals with no year (主要预期目标：)
leads the goals of the one coming year a short heading line right above it names (2027年工作安排), never under a
review (工作回顾, 完成情况). Called by parsers.goal_reach (its leads are
that module's dated leads: same scope, same reading of the lines).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.carried_stops import heads_results, review_words
from parsers.clause_tense import Tense, clause_tense
from parsers.goal_forward_lines import forecasts_under, forward_lines
from parsers.goal_paragraph_run import goal_lead_pattern, goal_lead_source, goal_paragraphs_under
from parsers.goal_periods import period_end_year
from parsers.goal_text_years import lead_year_by_the_text
from parsers.lexicon import Lexicon, alternation
from parsers.list_markers import has_figure, with_list_marker
from parsers.patterns import CLAUSE_ENDS, LINE_BLANKS, LINE_SPACES, YEAR_NAMED, after_last_mark

if TYPE_CHECKING:
    from parsers.goal_reach import GoalReach

_COLONS = ("：", ":")
# every lead names its goals with 目标 or 指标 (lexicon goal_lead_line_pattern): found by their last character, which
# the engine skips to at once (an alternation of the two words is tried at every position); a line that looks ahead
# (展望2027年) names none, parsers.goal_forward_lines finds it
_GOAL_WORD = re.compile("标")
_GOAL_WORD_FIRST = "目指"
_ITEM_BREAK = re.compile(r"[；;，,。\n]")
# where a lead inside a paragraph may start (…之年。主要预期目标是：)
_SENTENCE_END = re.compile(f"[{CLAUSE_ENDS}]")
# where a lead closing its paragraph may start: after a sentence's end or a comma (会议明确，全县主要目标任务是：)
_CLAUSE_MARK = re.compile(f"[{CLAUSE_ENDS}，,]")
# a short clause before a lead inside its sentence (综合考虑各方面因素，主要预期目标是：): no figure, no other sentence
_PREAMBLE = re.compile(rf"[^\d，,。！？!?；;：:\n]{{2,16}}[，,][{LINE_SPACES}]*")
_PROSE_UNDER_HEADING = (
    2  # paragraphs of prose between a section's heading and its goal lead (总体要求是：…。)
)
# goal paragraphs between a heading naming one time's goals and a yearless lead under them (“十五五”发展目标： ⏎
# 到2030年，…。 ⏎ 经济发展的预期目标：…。 ⏎ 经济转型方面的预期目标：…)
_GOAL_PARAGRAPHS_UNDER_HEADING = 4
_GOAL_HEADING_WORDS = re.compile("目标|指标")
_DATE_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")


def _figures(text: str) -> int:
    """How many parts of text (set apart by ；，。 or a line break) hold a figure."""
    return sum(1 for part in _ITEM_BREAK.split(text) if has_figure(part))


def _min_goals(lex: Lexicon) -> int:
    return int(lex.section("targets")["dated_heading_min_lines"])


def _year_of_lead(m: re.Match, current_year: int | None, lex: Lexicon) -> int | None:
    named = m.group("year") or m.group("year_after") or m.group("year_ahead") or m.group("year_before_word")
    if named:
        return int(named)  # 2026年主要目标, 主要目标（2026年）, 展望2026年
    if m.group("period"):
        return period_end_year(m.group("period"), lex)  # “十五五”时期主要目标: 2030
    t = lex.section("targets")
    word = m.group("relative")
    shift = t["relative_lead_years"].get(word, 0 if word in t["whole_year_lead_words"] else None)
    return None if current_year is None or shift is None else current_year + int(shift)


def goal_lead_lines(ix: GoalReach, lines: list[int]) -> list[tuple[int, int, int, int]]:
    """(lead start, lead end, reach, year) of every line that names a year's goals and ends there (see above), over
    the goals its reach covers (a lead over nothing it could lead gives none)."""
    norm, lex, found = ix.norm, ix.lex, []
    lines = sorted(set(lines) | set(forward_lines(norm, lex)))  # 展望2027年 names no 目标
    for m in _matches(norm, lines, lex.derived(goal_lead_pattern)):
        year = _year_of_lead(m, ix.relative_base(m.start()), lex)
        ends_goals = re.search(lex.section("targets")["goal_scope_end_pattern"], m.group(0))
        if year is None or ends_goals or not ix._coming(year, m.start()):
            continue
        if _tells_goals_met(m, lex):
            continue  # 各市县全面完成了今年的主要目标。: results under it, no goals
        line_end = ix.paragraph(m.start())[1]
        run = goal_paragraphs_under(ix, m, line_end)
        if forecasts_under(m, norm[line_end:run], lex):
            continue  # 展望2027年 ⏎ 经济有望增长5%: an outlook's forecasts, no goals
        colon = m.group(0).rstrip(LINE_SPACES).endswith(_COLONS)
        if not colon and _figures(norm[line_end:run]) < _min_goals(lex):
            run = line_end  # a line with no colon over one figure (二、2028年主要目标 ⏎ 增长7%；⏎ 要…): too little to lead
        reach = max(ix.carried_reach(m.start(), line_end, len(norm)), run)
        if reach > line_end:
            found.append((m.start(), line_end, reach, year))
    return found


def undated_goal_leads(ix: GoalReach, lines: list[int]) -> list[tuple[int, int, int, int]]:
    """(lead start, body start, reach, year) of every line naming goals with no year (主要预期目标：) right under a
    short heading line that names one coming year (2027年工作安排) or a five-year period (“十五五”规划), or a sentence
    whose topic it is (2027年是…之年。), or whose list opens with 今年 (工作目标：今年全县…, the text's date): the goals
    of that year, from the colon on."""
    norm, lex, found = ix.norm, ix.lex, []
    for m in _matches(norm, lines, lex.derived(_undated_lead)):
        above = _section_heading_above(ix, m.start())
        heading = len(above) <= ix._heading_line_chars and not ix.sentence_mark.search(above)
        # 2026年是…开局之年。 names it too, as the first sentence of the paragraph above (the rest says how)
        topic = None if heading else _topic_above(ix, m.start())
        named = above if heading else topic.group() if topic is not None else ""
        if not heading and topic is None and (goals_heading := _goals_heading_over_goals(ix, m.start())):
            heading, named = True, goals_heading  # “十五五”发展目标： ⏎ 到2030年，… ⏎ 经济发展的预期目标：…
        years = {int(y) for y in YEAR_NAMED.findall(named)}
        if heading and not years and (period_end := period_end_year(named, lex)) is not None:
            # 某区“十五五”规划 ⏎ 主要指标 ⏎ …: the last year of the period the heading names
            years = {period_end}
        if not years and m.group("colon"):
            years = _relative_topic_year(ix, m.end(), ix.paragraph(m.start())[1])  # 工作目标：今年全县…
        if not years and m.group("colon"):
            # 某县农业农村工作要点 ⏎ 发布时间：2031-03-02 ⏎ 主要目标：
            years = lead_year_by_the_text(ix, m.start())
        if (
            len(years) != 1
            or _reviews_or_ends(named, lex)
            or heads_results(named, lex)
            or not ix._coming(year := years.pop(), m.start())
        ):
            continue
        line_end = ix.paragraph(m.start())[1]
        body = m.end() if m.group("colon") else line_end
        # under a topic sentence, goals on the lead's own line are its list only when they are several
        # (…之年。 ⏎ 目标是：增长6%左右，新增就业3000人，…); one figure there may say anything (目标是：增长6%)
        if (
            not heading
            and norm[m.end() : line_end].strip(LINE_SPACES)
            and _figures(norm[body:line_end]) < _min_goals(lex)
        ):
            continue
        run = goal_paragraphs_under(ix, m, line_end)
        if _figures(norm[body:run]) >= (1 if m.group("colon") else _min_goals(lex)):
            found.append((m.start(), body, run, year))
    return found + _leads_inside_a_paragraph(ix, lines) + _leads_closing_a_paragraph(ix, lines)


def _leads_closing_a_paragraph(ix: GoalReach, lines: list[int]) -> list[tuple[int, int, int, int]]:
    """A lead that closes a paragraph of news after its first clause or sentence and leaves the goals to the lines
    below it (本报讯 3月2日，某县召开农村工作会议，明确今年主要目标任务： ⏎ 粮食…60万亩以上； ⏎ …; …新闻发布会。会上介绍，
    2031年全市…主要预期目标是： ⏎ …): the year it names (今年 by the text's date), else, when it names none
    (会议明确，全县主要目标任务是：), the text's date's year as a yearless lead at a line's start takes it. Its goals are
    those the lines under it hold (several figures), as under a lead on a line of its own."""
    norm, lex, found = ix.norm, ix.lex, []
    dated, undated = lex.derived(_dated_lead_inside), lex.derived(_undated_lead_inside)
    for start in lines:
        line_end = ix.paragraph(start)[1]
        if not norm[start:line_end].rstrip(LINE_SPACES).endswith(_COLONS):
            continue
        for mark in _CLAUSE_MARK.finditer(norm, start, line_end):
            m = dated.match(norm, mark.end(), line_end)
            lead = _lines_lead(ix, m) if m is not None else None
            if lead is None and (m := undated.match(norm, mark.end(), line_end)) is not None:
                years = lead_year_by_the_text(ix, m.start()) if m.group("colon") else set()
                if len(years) == 1:
                    run = goal_paragraphs_under(ix, m, line_end)
                    if _figures(norm[line_end:run]) >= _min_goals(lex):
                        lead = (years.pop(), run)
            if lead is not None:
                found.append((m.start(), line_end, lead[1], lead[0]))
                break
    return found


def _leads_inside_a_paragraph(ix: GoalReach, lines: list[int]) -> list[tuple[int, int, int, int]]:
    """The same lead as a later sentence of its paragraph, as work reports write it (2027年是…之年。…总体要求是：….
    全县主要预期目标是：增长6%左右；…; after a short clause, 综合考虑…，主要预期目标是：), the year named by the
    paragraph's first sentence (…2027年是…之年; 今年…总体要求是：… with the text's date), by a short heading line
    above the paragraph (三、2027年工作安排), or by the sentence right before it when that sentence
    plans for one year (…时称，2027年将…。主要预期目标是：): the goals on the rest of its line, when they are several
    (one figure after such a lead may say anything)."""
    norm, lex, found = ix.norm, ix.lex, []
    topic, lead = lex.derived(_year_topic), lex.derived(_undated_lead_inside)
    for start in lines:
        line_end = ix.paragraph(start)[1]
        first = _SENTENCE_END.search(norm, start, line_end)
        if first is None:
            continue  # a paragraph of one sentence: a lead there stands at its start (undated_goal_leads)
        for mark in _SENTENCE_END.finditer(norm, first.start(), line_end):
            preamble = _PREAMBLE.match(norm, mark.end(), line_end)  # 综合考虑各方面因素，主要预期目标是：
            m = lead.match(norm, mark.end(), line_end) or (
                preamble and lead.match(norm, preamble.end(), line_end)
            )
            if m is None or not m.group("colon"):
                continue
            over_lines = not norm[m.end() : line_end].strip(LINE_SPACES)
            run = goal_paragraphs_under(ix, m, line_end) if over_lines else line_end
            if _figures(norm[m.end() : run]) < _min_goals(lex):
                continue
            named_by_topic = topic.search(norm, start, first.end())
            above = _section_heading_above(ix, start)
            heading = len(above) <= ix._heading_line_chars and not ix.sentence_mark.search(above)
            named = named_by_topic.group() if named_by_topic is not None else above if heading else ""
            years = (
                {int(y) for y in YEAR_NAMED.findall(named)}
                or _relative_topic_year(ix, start, first.end())
                or _planned_year_before(ix, start, mark.start())
            )
            under_review = heading and _reviews_or_ends(above, lex)  # 一、2026年工作回顾 ⏎ 2026年是…的一年。…
            if (
                len(years) != 1
                or _reviews_or_ends(named, lex)
                or heads_results(
                    named, lex
                )  # 2030年上半年…: a part of the year already run (parsers.carried_stops)
                or under_review
                or not ix._coming(year := years.pop(), m.start())
            ):
                continue
            found.append(
                (m.start(), m.end(), run if over_lines else goal_paragraphs_under(ix, m, line_end), year)
            )
            break
    return found


def _lines_lead(ix: GoalReach, m: re.Match) -> tuple[int, int] | None:
    """The coming year a lead closing its paragraph names (2031年…主要预期目标是：) and where the run of its goal lines
    ends, when those lines hold its goals (several figures); None for a review's or an outlook's lead, or one over
    prose."""
    lex = ix.lex
    year = _year_of_lead(m, ix.relative_base(m.start()), lex)
    if year is None or _reviews_or_ends(m.group(0), lex) or heads_results(m.group(0), lex):
        return None
    if not m.group(0).rstrip(LINE_SPACES).endswith(_COLONS) or not ix._coming(year, m.start()):
        return None
    line_end = ix.paragraph(m.start())[1]
    run = goal_paragraphs_under(ix, m, line_end)
    if _figures(ix.norm[line_end:run]) < _min_goals(lex) or forecasts_under(m, ix.norm[line_end:run], lex):
        return None
    return year, run


def _dated_lead_inside(lex: Lexicon) -> re.Pattern:
    """The lead naming a year's goals (goal_lead_pattern, every form of it) where a sentence of its paragraph ends:
    the same forms with no line-start anchor."""
    return re.compile(goal_lead_source(lex, ""), re.M)


def _relative_topic_year(ix: GoalReach, paragraph_start: int, first_end: int) -> set[int]:
    """The year a paragraph's first sentence opens with as a relative year (今年政府工作的总体要求是：…。), read against
    the text's date (a report's dateline, ——2027年1月8日在…会议上, or its published date); empty when none."""
    if (m := ix.lex.derived(_relative_opening).match(ix.norm, paragraph_start, first_end)) is None:
        return set()
    base = ix.relative_base(paragraph_start)
    shift = ix.lex.section("targets")["relative_lead_years"][m.group(1)]
    return set() if base is None else {base + int(shift)}


def _relative_opening(lex: Lexicon) -> re.Pattern:
    # 今年以来, 今年上半年: a report of the year so far, no opening of its plan
    words = alternation(lex.section("targets")["relative_lead_years"])
    return re.compile(rf"[{LINE_SPACES}]*({words})(?!以来|来|初|上半年|前)")


def goal_lines(norm: str) -> list[int]:
    """The start of each line that names goals (目标, 指标), where a lead may stand (``lines`` of the functions above),
    found by one fast scan: a lead pattern tried at every position of a long text costs more than its reading."""
    starts: list[int] = []
    line_start = seen = 0
    for w in _GOAL_WORD.finditer(norm, 1):
        if norm[w.start() - 1] not in _GOAL_WORD_FIRST:
            continue
        line_start = norm.rfind("\n", seen, w.start()) + 1 or line_start  # searched once over the text
        seen = w.start()
        if not starts or starts[-1] != line_start:
            starts.append(line_start)
    return starts


def _tells_goals_met(m: re.Match, lex: Lexicon) -> bool:
    """A lead told as a sentence (近日，各市县确定了今年的主要目标。 over each place's bullets; round 36, targets52) that
    says the goals were met (完成/实现 …今年的目标。; lexicon [targets] goals_met_pattern) leads results."""
    line = m.group(0).rstrip(LINE_SPACES)
    return line.endswith("。") and re.search(lex.section("targets")["goals_met_pattern"], line) is not None


def _matches(norm: str, lines: list[int], lead: re.Pattern) -> list[re.Match]:
    return [m for m in (lead.match(norm, pos) for pos in lines) if m is not None]


def _line_above(norm: str, line_start: int) -> str:
    """The nearest line above line_start that is not blank, stripped ('' at the text's start)."""
    above = norm[:line_start].rstrip(LINE_BLANKS)
    return above[above.rfind("\n") + 1 :].strip(LINE_SPACES)


def _section_heading_above(ix: GoalReach, line_start: int) -> str:
    """The line above line_start, or past a paragraph or two of the section's prose, its heading: a work report states
    its general requirement under the heading before the goals (三、2027年工作安排 ⏎ 总体要求是：坚持…。 ⏎ 主要预期目标：
    …). Only prose that names no year and holds no figure is passed over, and a date line past it is no heading; the
    line right above when no heading is found so."""
    norm, right_above = ix.norm, _line_above(ix.norm, line_start)
    above, pos = right_above, line_start
    for passed in range(_PROSE_UNDER_HEADING + 1):
        if len(above) <= ix._heading_line_chars and not ix.sentence_mark.search(above):
            # past prose, a line naming a month is a letter's date (某市人民政府 ⏎ 2027年2月8日), no heading
            return right_above if passed and _DATE_LINE.search(above) else above
        if not above or YEAR_NAMED.search(above) or has_figure(above):
            break
        pos = norm.rfind(above, 0, pos)
        above = _line_above(norm, pos)
    return right_above


def _topic_above(ix: GoalReach, line_start: int) -> re.Match | None:
    """The year-topic sentence (2027年是…之年。) opening the paragraph right above line_start, or one or two paragraphs
    further up past prose that names no year and holds no figure: a work report puts its general requirement between
    the year's topic and the goal lead (2027年是…之年。 ⏎ 总体要求是：坚持…。 ⏎ 主要预期目标是：…). None when
    no such sentence stands there."""
    norm, topic = ix.norm, ix.lex.derived(_year_topic)
    above, pos = _line_above(norm, line_start), line_start
    for _ in range(_PROSE_UNDER_HEADING + 1):
        if (m := topic.match(above)) is not None:
            return m
        short = len(above) <= ix._heading_line_chars and not ix.sentence_mark.search(above)
        if not above or short or YEAR_NAMED.search(above) or has_figure(above):
            return None
        pos = norm.rfind(above, 0, pos)
        above = _line_above(norm, pos)
    return None


def _goals_heading_over_goals(ix: GoalReach, line_start: int) -> str:
    """The heading naming one year's or period's goals (“十五五”发展目标：, 2027年发展目标) a few paragraphs above
    line_start, when every paragraph between states goals of that time: each holds a figure and names no other year
    (到2030年，…; 经济发展的预期目标：…). A plan's news sets out its goals so, one paragraph a field, each led by a
    yearless lead; '' when there is no such heading."""
    norm, lex = ix.norm, ix.lex
    named: set[int] = set()
    pos = line_start
    for _ in range(_GOAL_PARAGRAPHS_UNDER_HEADING + 1):
        above = _line_above(norm, pos)
        if not above:
            return ""
        if len(above) <= ix._heading_line_chars and not ix.sentence_mark.search(above):
            years = {int(y) for y in YEAR_NAMED.findall(above)} or (
                {end} if (end := period_end_year(above, lex)) is not None else set()
            )
            names_goals = _GOAL_HEADING_WORDS.search(above) is not None
            return above if names_goals and len(years) == 1 and named <= years else ""
        if not has_figure(above):
            return ""  # prose between: the heading's goals ended above it
        named |= {int(y) for y in YEAR_NAMED.findall(above)}
        pos = norm.rfind(above, 0, pos)
    return ""


def _year_topic(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["year_topic_line_pattern"])


def _undated_lead(lex: Lexicon) -> re.Pattern:
    return re.compile(with_list_marker(lex.section("targets")["undated_goal_lead_pattern"]), re.M)


def _planned_year_before(ix: GoalReach, paragraph_start: int, sentence_end: int) -> set[int]:
    """The one year the sentence right before a lead plans for (…时称，2017年将全面做好…工作。主要预期目标是：…), read
    by parsers.clause_tense; empty when that sentence names none, several, or reports."""
    sentence_start = after_last_mark(ix.norm, CLAUSE_ENDS, sentence_end, paragraph_start)
    named = list(YEAR_NAMED.finditer(ix.norm, sentence_start, sentence_end))
    if len({m.group(1) for m in named}) != 1:
        return set()
    year = int(named[0].group(1))
    tense = clause_tense(ix.norm, named[0].end(), sentence_end, year, ix.current_year, ix.lex)
    return {year} if tense is Tense.PLAN else set()


def _undated_lead_inside(lex: Lexicon) -> re.Pattern:
    """The undated lead where a sentence of its paragraph ends, not only at a line's start."""
    return re.compile(with_list_marker(lex.section("targets")["undated_goal_lead_pattern"].removeprefix("^")))


def _scope_end(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["goal_scope_end_pattern"])


def _reviews_or_ends(line: str, lex: Lexicon) -> bool:
    """A heading that reviews results (carried_stops.review_words) or ends the goals (goal_scope_end_pattern)."""
    return (
        lex.derived(review_words).search(line) is not None or lex.derived(_scope_end).search(line) is not None
    )

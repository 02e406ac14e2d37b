"""Where the goals under a lead line end: the run of goal paragraphs after it.

A lead (parsers.goal_leads: 2026年主要预期目标：) governs the paragraphs after it that hold a figure, name no year, open
with no task verb and report nothing of the past, read line by line (parsers.list_markers): blank lines between items,
the fields of an item (牵头单位：…), a group's own heading (（二）民生指标) and a metric's name over its value
(生产总值 ⏎ •增长6%) break nothing; the next lead, a heading of what is not goals, a label of the lead's own level or a
higher one, or a line of prose ends the run. Also the lead lines' pattern (goal_lead_pattern) and the level of a
section label (level_of), which parsers.goal_reach and parsers.goal_list_items read too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.goal_forward_lines import forward_lead
from parsers.lexicon import Lexicon, alternation
from parsers.list_markers import LineView, has_figure, line_view, with_list_marker
from parsers.patterns import LINE_SPACES

if TYPE_CHECKING:
    from parsers.goal_reach import GoalReach

_BULLET_GOAL_CHARS = 30  # a goal without a number as a bullet item (●河湖水质稳中向好)
_METRIC_NAME_CHARS = 12  # a metric's name on a line of its own (地区生产总值, 城镇新增就业人数)
# 牵头单位：市发展改革委: a field of the item above it
FIELD_LINE = re.compile(rf"[\u4e00-\u9fff]{{2,6}}[：:][{LINE_SPACES}]*\S.*")
# a figure that is no date (指标二：城镇新增就业3200人: a labelled goal, no field of the item above it)
_DATELESS_FIGURE = re.compile(r"\d(?![\d.]*\s*[年月日号])")
_LEVELS = ("l0", "l1", "l2", "l3")  # the named groups of lexicon section_label_pattern, highest level first


def goal_lead_pattern(lex: Lexicon) -> re.Pattern:
    """A line that names a year's goals and ends there (2026年主要预期目标：, 展望2027年): a lead of parsers.goal_leads,
    and where the run of goals under the lead above it ends."""
    return re.compile(goal_lead_source(lex, "^"), re.M)


def goal_lead_source(lex: Lexicon, anchor: str) -> str:
    """The source of the lead's pattern, every form of it (2026年主要预期目标：, 目标（2026年）：, 展望2027年), each
    opening with ``anchor``: ``^`` for a lead on a line of its own, ``""`` for one where a sentence of its paragraph
    ends (parsers.goal_leads). Each lexicon form opens with ``^``, which ``anchor`` takes the place of."""
    t = lex.section("targets")
    forms = (t["goal_lead_line_pattern"], t["goal_lead_year_after_pattern"], forward_lead(lex))  # 展望2027年
    if not all(form.startswith("^") for form in forms):
        raise ValueError("lexicon targets: every goal lead pattern opens with ^ (a line's start)")
    return with_list_marker("|".join(f"(?:{anchor}{form[1:]})" for form in forms))


def _year_named(lex: Lexicon) -> re.Pattern:
    """A year a line names: written out, or relative (今年, 明年)."""
    return re.compile(rf"(?:19|20)\d{{2}}\s*年|{alternation(lex.section('targets')['relative_lead_years'])}")


def goal_paragraphs_under(ix: GoalReach, lead: re.Match, line_end: int) -> int:
    """Where the run of goal paragraphs under a lead line ends (see goal_paragraph_run)."""
    labelled = ix.lex.derived(_label).match(ix.norm, lead.start())
    return goal_paragraph_run(ix, line_end, lead_level=None if labelled is None else level_of(labelled))


def level_of(m: re.Match) -> int:
    """The level of a section label (lexicon section_label_pattern): 第一章 0, 一、 1, （一） 2, 1. 3."""
    return next(i for i, name in enumerate(_LEVELS) if name in m.re.groupindex and m.group(name))


def goal_paragraph_run(ix: GoalReach, line_end: int, lead_level: int | None = None) -> int:
    """Where the run of goal paragraphs after line_end ends: paragraphs with a figure, no year, no task verb at their
    start and no report of the past. Each line is read by its view (parsers.list_markers): blank lines between items
    break nothing, and a metric's name on a line of its own over its value (生产总值 ⏎ •增长6%) is one item. A line
    with no figure ends them (a heading: 全力推动产业升级 opens the tasks; a list's own sub-headings are read by
    parsers.goal_reach.carried_reach), but a short bullet of the run's own mark between two of its bullets
    (_bullet_between_items) is a goal without a number of the list. ``lead_level``: the level of a labelled lead's label; a label of that level or a
    higher one ends its run (三、2027年主要预期目标 ⏎ 1.增长6%；⏎ 2.…: items of a lower level are its list)."""
    norm, lex = ix.norm, ix.lex
    ends = re.compile(lex.section("targets")["goal_scope_end_pattern"])
    label = lex.derived(_label)
    leads = lex.derived(goal_lead_pattern)
    comparisons = lex.section("targets")["comparison_past_markers"]
    reach, pos, items = line_end, line_end + 1, 0
    marker = ""  # the bullet of the run's items so far
    while pos < len(norm):
        view = line_view(norm, pos, ix.paragraph(pos)[1])
        line = norm[pos : view.end].strip(LINE_SPACES)
        if view.blank:
            pos = view.end + 1
            continue
        if FIELD_LINE.fullmatch(line) and items and not _DATELESS_FIGURE.search(line):
            pos = view.end + 1  # the fields of the item above (牵头单位：…, 完成时限：2026年底): passed over
            continue
        labelled = label.match(norm, pos, view.end)
        body = labelled.end() if labelled is not None else pos
        if (
            ends.search(line[: ix._heading_line_chars])
            or leads.match(norm, pos)
            or (lead_level is not None and labelled is not None and level_of(labelled) <= lead_level)
            or lex.derived(_year_named).search(line)
        ):
            break
        if not has_figure(line) and lex.derived(_group_heading).fullmatch(view.body):
            pos = view.end + 1  # （二）民生指标: a heading of the next group of the same goals
            continue
        item_end, item = view.end, view
        if not has_figure(line) and (value := _value_line(ix, view)) is not None:
            item = value
            item_end = value.end  # 生产总值 ⏎ •增长6%: the metric's name over its value, one item
            line = norm[pos:item_end]
        reported = any(p.group() not in comparisons for p in ix._past_markers(pos, item_end))
        unnumbered = not has_figure(line) and _bullet_between_items(ix, view, marker)
        if (not has_figure(line) and not unnumbered) or ix._opens_task(body) or reported:
            break  # prose, a task, a report (比上年增长6% is a plan's own change, no report)
        marker = item.marker if item.bulleted else marker
        reach, pos, items = item_end, item_end + 1, items + 1
    return reach


def _bullet_between_items(ix: GoalReach, view: LineView, marker: str) -> bool:
    """A bullet with no figure among the run's bullets of the same mark, the next line one of them too (●粮食…增长3% ⏎
    ●河湖水质稳中向好 ⏎ ●…5万人): a goal without a number of the list, no end of it (round 36, targets52). A short
    line with no sentence mark only; the run's first item must have given the mark."""
    if not marker or not view.bulleted or view.marker != marker or len(view.body) > _BULLET_GOAL_CHARS:
        return False
    if ix.sentence_mark.search(view.body):
        return False
    pos = view.end + 1
    while pos < len(ix.norm):
        after = line_view(ix.norm, pos, ix.paragraph(pos)[1])
        if not after.blank:
            return after.bulleted and after.marker == marker
        pos = after.end + 1
    return False


def _value_line(ix: GoalReach, name: LineView) -> LineView | None:
    """The line under a metric's name that gives its value (生产总值 ⏎ •增长6%): the name a short line with no mark, no
    figure and no sentence mark; the next line that is not blank a short one with a figure (None: no such pair)."""
    if name.numbered or len(name.body) > _METRIC_NAME_CHARS or ix.sentence_mark.search(name.body):
        return None
    pos = name.end + 1
    while pos < len(ix.norm):
        view = line_view(ix.norm, pos, ix.paragraph(pos)[1])
        if not view.blank:
            value = view.body.rstrip("。；;，,")
            short = len(value) <= ix._heading_line_chars and not ix.sentence_mark.search(value)
            return view if short and has_figure(view.body) and not view.numbered else None
        pos = view.end + 1
    return None


def _group_heading(lex: Lexicon) -> re.Pattern:
    """A heading of one group of a goal list (（一）经济发展指标, 总量指标方面：): the goals under it still the lead's."""
    return re.compile(lex.section("targets")["goal_group_heading_pattern"])


def _label(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["section_label_pattern"])

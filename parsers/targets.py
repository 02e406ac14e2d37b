"""到20XX年 goals: one row per metric of a goal statement, quantified or not.

A goal statement opens at a year phrase (到2027年, 到2025年底, 2030年前, 至2027年; see
[targets] in parsers/data/lexicon.toml) that stands at a sentence or comma-part start or after
力争/目标, and runs to the end of its paragraph or the next year phrase; 力争 alone opens a goal
sentence without a year, whose values are goals (money and ratio role target) but give no row
here: a row of this table is a goal with its year (DESIGN: one row per metric of a 到20XX年 goal).
The sentence holding the year phrase is split into goal parts at commas and semicolons, at 、 and 和 between two quantities (建设160个省重点实验室、30个省技术创新中心;
建设50所…学校和150个骨干专业), and a bracketed quantity is a goal of its own (新产品50项（其中首台套
产品不少于3项）: 50 项 and 3 项); every part is a row, once. A part with a number and a unit is quantified (value, unit, kind); one without
(培育一批…新品种) or whose number is only the scope of a qualitative goal (2个市级开发区…明显改善)
gets value None. Later sentences of the same paragraph give a row only for a part whose number
follows a goal verb (达到, 超过 …) or that opens with 力争.

value: the number in its unit with 万/亿 multiplied out for counts (2.7万件 -> 27000 件); money
keeps its scale in the unit (100亿元 -> 100 亿元, value_yuan 1e10); % stays a percentage
(15.4 %, value_fraction 0.154; the unit: parsers.goal_units). A range (2-3个, 15至20家) has low and high in the same unit,
kind range and value None (so do value_yuan and value_fraction); low and high are None otherwise. A number too large to be finite is no quantity (value None). metric: for a count, the noun after the classifier (30个省级以上工业互联网平台
-> 省级以上工业互联网平台, cut at a predicate word found among jieba tokens); otherwise the words
before the goal verb (花卉产业产值达到… -> 花卉产业产值).
"""

from __future__ import annotations

from dataclasses import replace

from parsers.context import TextIndex
from parsers.glosses import glosses, without_glosses
from parsers.goal_change_levels import join_changes_and_levels
from parsers.goal_clauses import stated_goal_form
from parsers.goal_detected_scopes import detected_scopes
from parsers.goal_lists import carry_metrics, sums_up
from parsers.goal_own_years import date_by_own_years, without_base_figures
from parsers.goal_reader import GoalReader
from parsers.goal_respective import pair_respective_metrics
from parsers.goal_scope import Goal as _Goal
from parsers.goal_shared_figures import split_shared_figures
from parsers.goal_spans import planned_row
from parsers.goal_stages import assign_stages, staged_years, year_list_tail
from parsers.goal_tables import index_table_rows, table_goals
from parsers.list_markers import after_list_mark
from parsers.model import Node, Target
from parsers.spans import ClauseLocator


def extract_targets(text: str, clauses: list[Node], index: TextIndex | None = None) -> list[Target]:
    """Every goal of the 到20XX年 statements of ``text`` (quantified or not), on the clause that holds it.

    ``index`` is the text's TextIndex when the caller already built it (it is shared with amounts).
    A text with pinyin glosses inside its words (預(yù)期目標(biāo)) is read without them (parsers.glosses).
    """
    found = glosses(text, index)
    if found is not None:
        free = without_glosses(clauses, index, found)
        return [free.restore(t, text) for t in _extract_targets(free.text, free.clauses, free.index)]
    return _extract_targets(text, clauses, index)


def _extract_targets(text: str, clauses: list[Node], index: TextIndex | None = None) -> list[Target]:
    ix = index or TextIndex(text)
    # 力争金融业增加值超450亿元 with no year in view: a goal, but no row of a 到20XX年 goal
    scopes = [scope for scope in ix.scopes() if scope.year is not None or scope.span_ahead]
    # a goal statement the rules do not open, as the learned detector reads it (a plan_tail's sentences stay its)
    scopes += detected_scopes(
        ix, [replace(s, end=s.first_sentence_end) if s.plan_tail else s for s in scopes]
    )
    rows, tables = index_table_rows(ix)
    if not scopes and not rows:
        return []  # most texts: no goal reader and no clause lookup to build
    reader = GoalReader(ix)
    locate = ClauseLocator(clauses)
    goals: list[_Goal] = []
    seen: set[tuple[int, int]] = set()
    for scope in scopes:
        parts = [  # a part opening an item's line starts after its mark: （二）高技能人才… names 高技能人才…
            (after_list_mark(ix.norm, s, e), e, first, skip if skip and s <= skip[0] < e else None)
            for start, end, first, skip in reader.goal_parts(scope)
            for s, e in locate.split(start, end)
            if not any(t_start <= s < t_end for t_start, t_end in tables)  # a goal table's rows: read below
        ]
        years = staged_years(ix.norm, scope.start, scope.end, ix.lex)
        staged: list[_Goal] = []
        for start, end, first, skip in parts:
            if years and year_list_tail(ix.norm, start, end, ix.lex):
                continue  # 到2025年和2030年: the list's later years are the statement's, no goal
            goal = reader.read(
                start,
                end,
                scope.year,
                first,
                skip,
                since=scope.start,
                goals_unit=scope.goals_unit,
                section=scope.section,
            )
            if (
                goal is None
                or (goal.start, goal.end) in seen
                or sums_up(ix.norm, ix.part(goal.start)[0], ix.lex)
            ):
                continue  # 多地将…目标定在6%左右: a summary of several places (parsers.goal_lists)
            # (a row kept before it in its sentence: a span-ahead list of goals goes on, goal_spans.span_ahead_figure;
            # asked only of a planned scope, the one reader of it, with the sentence's start found once)
            if scope.planned and not planned_row(
                ix, scope, goal.start, goal.end, _after_a_row(staged, ix.full_sentence(goal.start)[0])
            ):
                continue  # 今年全县将…，补贴比例为40%: a rule the plan states; 未来五年，…将投入5亿元: a budget
            if (
                scope.quantified_only
                or (scope.carried and start >= scope.first_sentence_end)
                or (scope.quantified_after is not None and start >= scope.quantified_after)
            ) and (
                goal.value is None and goal.low is None and not stated_goal_form(ix, goal.start, goal.end)
            ):
                # 今年…，确保主要指标争先进位; a paragraph a year's goals are carried to (产业能级高。…综合实力领先):
                # no goal row without its number (…与经济增长同步 is one: a form only goals take)
                continue
            seen.add((goal.start, goal.end))
            staged.append(goal)
        if years:  # 到2025年和2030年，…分别达到25%和30%: each value its own year
            assign_stages(staged, years, ix.norm, ix.lex.respective, reader.goal_verb_any)
        # 到2030年，…规模2028年达3.4万亿元: that figure's year is 2028
        date_by_own_years(staged, ix.norm, ix.lex)
        staged = without_base_figures(staged, ix.norm, ix.lex)  # …，这一比重在2026年为4.1%: the base, no goal
        goals += staged
    pair_respective_metrics(goals, ix.norm, ix.lex, reader.goal_verb_any)  # A、B分别达到5%、6%: A 5%, B 6%
    goals = split_shared_figures(goals, ix.norm, ix.lex)  # A、B均达到43%: A 43%, B 43%
    carry_metrics(goals, ix.norm, ix.lex)  # 其中，甲市GDP目标为7%，乙市为6%: 乙市's metric named by 甲市's
    goals = join_changes_and_levels(
        goals, ix.norm, ix.lex
    )  # …再增加约3岁，达到79岁: the level names the metric
    goals += [goal for row in rows for goal in table_goals(ix, row, GoalReader)]
    targets: list[Target] = []
    counters: dict[str, int] = {}
    for goal in goals:
        node = locate.find(goal.start)
        if node is None:
            continue
        counters[node.node_id] = counters.get(node.node_id, 0) + 1
        targets.append(
            Target(
                target_id=f"{node.node_id}__target_{counters[node.node_id]}",
                node_id=node.node_id,
                year=goal.year,
                metric=goal.metric,
                value=goal.value,
                low=goal.low,
                high=goal.high,
                unit=goal.unit,
                kind=goal.kind,
                surface=text[goal.start : goal.end],
                char_start=goal.start,
                char_end=goal.end,
                value_yuan=goal.value_yuan,
                value_fraction=goal.value_fraction,
            )
        )
    return targets


def _after_a_row(staged: list[_Goal], sentence_start: int) -> bool:
    """A row of ``staged`` (the rows kept so far in this scope) at or after the start of this row's sentence."""
    return any(g.start >= sentence_start for g in staged)

"""A count of things made or added as a goal whose verb leads its part (新增高新技术企业80家, 培育年销售收入10亿元以上的
企业4家, 新建高标准农田2.5万亩): the verb stands before the things counted, not right before the number as 达到 does, so
a part after a goal statement's first sentence (which must show its verb of reach) gave no row. The verb opens the comma
part, after a subject word at most (全市新增…, 年内建成…, 将培育…); the figure is a count (a count unit: 家, 个, 亩 …; not
money or a share, whose verb of reach a goal shows: 实现产值220亿元 stays as it was), and no size of a project the part
names (新建年产5万吨乙材料、…等项目). In a list after the verb (新增A500家、B100家) every count shares it. Lexicon [targets]
count_goal_verbs, count_goal_subjects, project_size_pattern.

A count with no verb that only names the group a total of the next part sums (主导产业为装备制造的县(市)12个，总产值达
3000亿元) is the subject of that goal, none of its own (``counts_a_group``; [targets] group_total_heads).
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES, alternation

_SPACE = f"[{LINE_SPACES}]*"


def _project(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["project_size_pattern"])


def _count_lead(lex) -> re.Pattern:
    t = lex.section("targets")
    return re.compile(
        f"{_SPACE}(?:(?:{alternation(t['count_goal_subjects'])}){_SPACE})?"
        f"(?:(?:{alternation(t['goal_verb_modals'] + t['goal_openers'])}){_SPACE})?"
        f"(?:{alternation(t['count_goal_verbs'])})"
    )


def count_led(ix, part_start: int, m: re.Match, number_start: int, unit: str, count_units: frozenset) -> bool:
    """Whether the count ``m`` in ``unit``, its number opening at ``number_start``, is a goal by the verb that leads
    its comma part (at ``part_start``; see above)."""
    if (
        unit not in count_units
        or ix.lex.derived(_count_lead).match(ix.norm, part_start, number_start) is None
    ):
        return False
    part_end = ix.part(part_start)[1]
    return ix.lex.derived(_project).match(ix.norm, m.end(), part_end) is None  # …等项目: a project's size


def _group_total(lex) -> re.Pattern:
    t = lex.section("targets")
    return re.compile(
        f"[，,]{_SPACE}[^，,。；;！？!?\n]{{0,{t['group_total_reach']}}}?(?:{alternation(t['group_total_heads'])})"
    )


def counts_a_group(
    ix, start: int, end: int, m: re.Match, number_start: int, unit: str, count_units: frozenset
) -> bool:
    """Whether the count ``m`` of the part start..end, with no verb or bound of its own, counts the class its part
    names with 的 and the next comma part gives that class's total: the goal is the total (see above)."""
    norm = ix.norm
    return (
        unit in count_units
        and not norm[m.end() : end].strip(LINE_SPACES)  # the count ends its part
        and "的" in norm[start:number_start]
        and ix.lex.derived(_group_total).match(norm, end) is not None
    )

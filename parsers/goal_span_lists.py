"""A span-ahead statement's list of goals, each a noun and its figure with no goal verb of its own.

未来五年，全市人均公园绿地面积达到N平方米；全市新建口袋公园N个，改造老旧管网N公里。 A span of years
ahead with no year (parsers.goal_spans) sets a goal only with its goal verb; but after a goal of the statement the list
goes on as a goal list does, and a figure that closes its part (its unit and bound, then the part's end: N个,
占全市GDP的N%, 人均增收N元) is one of its goals. A figure something else follows (…按N%计算的额度, …分布在
N个乡镇) is none. Which goal came before: a row of the statement kept in the sentence (parsers.targets), or, for
a reader of one figure (parsers.goal_roles), a part whose figure has a goal verb before it; a doubling (推动…规模翻番)
counts for both, a goal with no figure and so no row of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import LINE_SPACES, alternation

if TYPE_CHECKING:
    from parsers.context import TextIndex

_FIGURE = re.compile(r"\d")


def closes_its_part(ix: TextIndex, figure: int, part_end: int) -> bool:
    """The figure at ``figure`` has nothing after it in its part (ending at part_end) but its scale, unit and bound
    (N家, N万元, N% 以上, N万吨标准煤), or an aside in brackets after them (N家以上（其中…）)."""
    return ix.lex.derived(_closing_figure).match(ix.norm, figure, part_end) is not None


def goal_by_words(ix: TextIndex, verb: re.Pattern, goals_start: int, part_start: int) -> bool:
    """An earlier part of the statement's goals (from ``goals_start``, after its span) in the sentence of part_start
    holds a figure with a goal verb (``verb``) before it, or a doubling (doubled_before)."""
    parts = _parts_before(ix, goals_start, part_start)
    return doubled_before(ix, goals_start, part_start) or any(
        verb.search(ix.norm, start, f.start())
        for start, end in parts
        for f in _FIGURE.finditer(ix.norm, start, end)
    )


def doubled_before(ix: TextIndex, goals_start: int, part_start: int) -> bool:
    """An earlier part of the statement's goals sets a doubling (…规模翻番，占全市GDP的N%): a goal with no figure
    (its row is the doubling's 2 倍: ``doubles``) that the list's figures go on from ([targets] doubling_words)."""
    doubling = ix.lex.derived(_doubling)
    return any(
        doubling.search(ix.norm, start, end) for start, end in _parts_before(ix, goals_start, part_start)
    )


def doubles(ix: TextIndex, start: int, end: int) -> bool:
    """norm[start:end] holds a doubling word (未来三年内…外贸进出口总额比2024年翻一番): its 2 倍 is the goal's quantity, a
    number the span's goals may have though no figure is written (fixtures/heldout/SOURCES.md round 21, C4)."""
    return ix.lex.derived(_doubling).search(ix.norm, start, end) is not None


def _parts_before(ix: TextIndex, goals_start: int, part_start: int) -> list[tuple[int, int]]:
    """The parts of part_start's sentence before it, from goals_start on."""
    return ix.parts_between(max(goals_start, ix.full_sentence(part_start)[0]), part_start)


def _doubling(lex) -> re.Pattern:
    return re.compile(alternation(lex.section("targets")["doubling_words"]))


def _closing_figure(lex) -> re.Pattern:
    """A figure, its scale, a unit of [targets] count_units or goal_currency_units, [money] units or a rate's %, a
    bound of [bounds.after], then the part's end or a bracket."""
    t, money = lex.section("targets"), lex.section("money")
    units = [*t["count_units"], *t["goal_currency_units"], *money["units"], "%", "‰"]
    sp = f"[{LINE_SPACES}]*"
    return re.compile(
        rf"(?:\d[\d.,]*|百分之[零〇一二两三四五六七八九十点]{{1,6}}){sp}(?:[万亿千百]{sp})?(?:{alternation(units)})?{sp}"
        rf"(?:{alternation(list(lex.section('bounds')['after']))})?{sp}(?:[（(）)，,；;。！？!?]|\Z)"
    )

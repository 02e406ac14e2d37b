"""The figure of a goal the quantity reader leaves without one: a size class, a rank, a share of places.

The lead's decision of round 28 (fixtures/heldout/SOURCES.md, "Written down in round 28"): 将油茶产业打造成千亿级产业 is a
target of 1000 亿元, kind min (a class is a floor; 建成500—800亿级产业集群 a range); 进入全国前3位 is a target of 3 位,
kind max (前N, N强), 保持全国第一位 1 位 exact, 排名上升10位 a change of 10 位; 30%的村庄基本实现… is a target of 30 %
(超8成县市区 80 %, min). parsers.goal_reader asks only for a part it keeps as a goal without a number, so a class that
describes (依托千亿级集群), a rank reported (位居全国第3位) or a share that is a result (93%的村庄已实现…) in a report,
a measure or an aside gets none: the reader has dropped those parts already. The words are in [targets] of
parsers/data/lexicon.toml (class_goal_verbs, size_class_goal_pattern, rank_*_pattern, share_of_places_pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers.candidates import number_value
from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.goal_scope import Goal
    from parsers.lexicon import Lexicon

_OWN_SUBJECT = 2  # characters before the goal verb up to which a part has no subject of its own (将, 力争)


@dataclass(frozen=True)
class ClassFigure:
    value: float | None
    kind: str
    unit: str
    low: float | None = None
    high: float | None = None
    yuan_per_unit: float | None = None  # a sum's unit (亿元): its value in yuan too

    def apply(self, goal: Goal) -> None:
        goal.value, goal.kind, goal.unit, goal.low, goal.high = (
            self.value,
            self.kind,
            self.unit,
            self.low,
            self.high,
        )
        if self.yuan_per_unit is not None and self.value is not None:
            goal.value_yuan = self.value * self.yuan_per_unit
        if self.unit == "%" and self.value is not None:
            goal.value_fraction = round(self.value / 100, 10)


@dataclass(frozen=True)
class _Words:
    verb: re.Pattern
    size_class: re.Pattern
    counted: re.Pattern
    subject_count: re.Pattern
    top: re.Pattern
    strong: re.Pattern
    place: re.Pattern
    rise: re.Pattern
    class_unit: str
    class_unit_yuan: float
    class_scales: dict[str, float]
    report: re.Pattern
    aim: re.Pattern
    priority: re.Pattern
    rank_unit: str
    top_lead: re.Pattern
    rank_units: frozenset
    share: re.Pattern
    share_min: frozenset
    share_max: frozenset
    tenths: str


def _build(lex: Lexicon) -> _Words:
    t = lex.section("targets")
    return _Words(
        verb=re.compile(alternation(t["class_goal_verbs"])),
        size_class=re.compile(t["size_class_goal_pattern"]),
        counted=re.compile(t["size_class_counted_pattern"]),
        subject_count=re.compile(t["size_class_subject_count_pattern"]),
        top=re.compile(t["rank_top_pattern"]),
        strong=re.compile(t["rank_strong_pattern"]),
        place=re.compile(t["rank_place_pattern"]),
        rise=re.compile(t["rank_rise_pattern"]),
        class_unit=t["size_class_unit"],
        class_unit_yuan=float(t["size_class_unit_yuan"]),
        class_scales={word: float(scale) for word, scale in t["size_class_scales"].items()},
        report=re.compile(t["rank_report_pattern"]),
        aim=re.compile(t["rank_aim_pattern"]),
        priority=re.compile(t["rank_priority_pattern"]),
        rank_unit=t["rank_default_unit"],
        top_lead=re.compile(t["rank_top_lead_pattern"]),
        rank_units=frozenset(t["rank_units"]),
        share=re.compile(t["share_of_places_pattern"]),
        share_min=frozenset(t["share_min_words"]),
        share_max=frozenset(t["share_max_words"]),
        tenths=lex.section("ratios")["tenths_word"],
    )


def class_figure(lex: Lexicon, norm: str, start: int, end: int, sentence_start: int) -> ClassFigure | None:
    """The figure of the goal part norm[start:end] (its sentence opening at sentence_start) as a share of places, a
    rank or a size class; None for none."""
    w = lex.derived(_build)
    text = norm[start:end].rstrip()
    before = norm[sentence_start:start]
    return _share(w, text) or _rank(w, text, before) or _size_class(w, text, before)


def top_rank(lex: Lexicon, norm: str, m: re.Match) -> bool:
    """The goal's quantity m is a rank N or better (进入全国前30名, 前5位): 前 right before its number, a unit of places."""
    w = lex.derived(_build)
    number_start = m.start("n1") if m.group("n1") else m.start("n")
    return (m.group("u") or "") in w.rank_units and w.top_lead.search(
        norm, max(0, number_start - 3), number_start
    ) is not None


def _share(w: _Words, text: str) -> ClassFigure | None:
    found = list(w.share.finditer(text))
    if len(found) != 1:
        return None  # “60%的乡镇…，70%以上的县…”的年度目标: two shares in one part are no single figure
    m = found[0]
    number = number_value(m.group("n"))
    if number is None:
        return None
    value = number * 10 if m.group("u") == w.tenths else number
    if not 0 < value <= 100:
        return None
    words = {m.group("b"), m.group("q")}
    kind = "min" if words & w.share_min else "max" if words & w.share_max else "exact"
    return ClassFigure(value, kind, "%")


def _rank(w: _Words, text: str, before: str) -> ClassFigure | None:
    if w.priority.search(text):
        return None  # 把…放在第一位: a priority, no rank
    for pattern, kind in ((w.rise, "exact"), (w.top, "max"), (w.strong, "max"), (w.place, "exact")):
        m = pattern.search(text)
        if m is None:
            continue
        if (
            pattern is not w.rise
            and w.report.search(text, 0, m.start())
            and not w.aim.search(before + text[: m.start()])
        ):
            return None  # 位居东北三省一区第一: a place stood in, no aim
        groups = m.groupdict()
        number = number_value(groups.get("n") or groups.get("n2") or "")
        if number is None or number < 1:
            continue
        return ClassFigure(number, kind, groups.get("u") or groups.get("u2") or w.rank_unit)
    return None


def _size_class(w: _Words, text: str, before: str) -> ClassFigure | None:
    found = list(w.size_class.finditer(text))
    if len(found) != 1:
        return None  # 助力打造万亿元级A和万亿元级B: two classes in one part are no single figure
    m = found[0]
    verb = w.verb.search(text, 0, m.start())
    if verb is None or w.counted.search(text, 0, m.start()):
        return None  # 依托千亿级集群 describes; 培育3个百亿级产业集群: the count is the goal
    if len(text[: verb.start()].strip()) <= _OWN_SUBJECT and w.subject_count.search(before):
        return None  # 等4个产业，到2025年将成为万亿级产业: a part with no subject of its own counts the sentence's
    scale = w.class_scales[m.group("s")]
    if m.group("n") is None and scale == 1.0:
        return None  # 亿级 alone (萬(wàn)億級 as a glossed copy cuts it) is no class
    number = number_value(m.group("n")) if m.group("n") else 1.0
    if number is None:
        return None
    if m.group("lo"):
        low = number_value(m.group("lo"))
        if low is None or not low < number:
            return None
        return ClassFigure(
            None, "range", w.class_unit, low=low * scale, high=number * scale, yuan_per_unit=w.class_unit_yuan
        )
    return ClassFigure(number * scale, "min", w.class_unit, yuan_per_unit=w.class_unit_yuan)

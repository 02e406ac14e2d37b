"""Compare the extractions (money, ratios, targets) of aligned units.

Extractions hang on clause nodes; each is attributed to the nearest enclosing unit
(measure, article …) by walking the node tree. Within a pair of units the mentions of
one field are matched in two passes: identical surfaces with the same role and
recipient first (a longest common subsequence, so order decides between repeats), then the best-scoring
remaining pairs by role, the person the amount is for (单位 with 单位, 个人 with 个人: never across two
persons the clause names), recipient, instrument, period, kind, and only then position (for targets:
metric, year, unit). A matched
pair whose values differ is a ``changed`` row; what is left over is ``added`` or
``removed``, as are all mentions in added or removed units.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from parsers.model import Document, Money, Node, Ratio, Target
from revisions.align import Alignment
from revisions.model import ValueChange
from revisions.persons import person_before
from revisions.textdiff import normalise, ratio
from revisions.units import Unit

MATCH_MIN_SCORE = 2.0  # a pair below this is treated as one removed and one added mention
PERSON_LOOKBACK = 200  # characters before an amount searched for the person it is for
METRIC_MIN_RATIO = 0.5


@dataclass
class Mention:
    field: str  # money | ratio | target
    item: Money | Ratio | Target
    unit: int | None  # index of the unit it sits in
    rank: float = 0.0  # position among the unit's mentions of this field, 0..1
    person_rank: float = 0.0  # position among the unit's mentions of this field for the same person
    surface_key: str = ""  # the normalised surface
    person: str | None = None  # whom the amount is for, as the clause before it names it

    def __post_init__(self) -> None:
        self.surface_key = normalise(self.item.surface)

    @property
    def role(self) -> str | None:
        return "target" if self.field == "target" else self.item.role  # type: ignore[union-attr]

    def values(self) -> tuple:
        item = self.item
        if isinstance(item, Money):
            return (item.low, item.high, item.kind)
        if isinstance(item, Ratio):
            return (item.value, item.high, item.kind)
        # a target range (2-3个) has no value: its bounds are what changes
        return (item.value, item.low, item.high, normalise(item.unit or ""), item.kind)


def _unit_of_node(doc: Document, unit_ids: dict[str, int]) -> dict[str, int | None]:
    """node_id -> index of the nearest enclosing unit (the node itself when it is a unit)."""
    owner: dict[str, int | None] = {}

    def walk(nodes: list[Node], current: int | None) -> None:
        for node in nodes:
            here = unit_ids.get(node.node_id, current)
            owner[node.node_id] = here
            walk(node.children, here)

    walk(doc.nodes, None)
    return owner


def mentions(
    doc: Document, unit_ids: dict[str, int], units: list[Unit] | None = None
) -> dict[tuple[int | None, str], list[Mention]]:
    """Mentions grouped by (unit, field). With ``units``, grouped by the *outer* unit they sit in, so the
    amounts of an article are matched together even when a revision moved them into its points;
    each mention keeps its own unit (a point) for its label."""
    owner = _unit_of_node(doc, unit_ids)
    grouped: dict[tuple[int | None, str], list[Mention]] = defaultdict(list)
    fields: list[tuple[str, Iterable[Money | Ratio | Target]]] = [
        ("money", doc.money),
        ("ratio", doc.ratios),
        ("target", doc.targets),
    ]
    for field_name, items in fields:
        for item in sorted(items, key=lambda m: m.char_start):
            unit = owner.get(item.node_id)
            mention = Mention(field_name, item, unit)
            if field_name != "target":
                mention.person = person_before(
                    doc.text[max(0, item.char_start - PERSON_LOOKBACK) : item.char_start]
                )
            group = unit
            while units is not None and group is not None and units[group].inner:
                group = units[group].parent
            grouped[(group, field_name)].append(mention)
    for mentions in grouped.values():
        for position, mention in enumerate(mentions):
            mention.rank = position / max(1, len(mentions) - 1)
        by_person: dict[tuple, list[Mention]] = defaultdict(list)
        for mention in mentions:
            by_person[(mention.role, mention.person)].append(mention)
        for same in by_person.values():
            for position, mention in enumerate(same):
                mention.person_rank = position / max(1, len(same) - 1)
    return grouped


def _same(a: object, b: object) -> bool:
    return a is not None and a == b


def _score(old: Mention, new: Mention) -> float:
    """How likely two mentions of one field, in a pair of units, are the same provision."""
    a, b = old.item, new.item
    score = 1.0 - abs(old.rank - new.rank)
    if isinstance(a, Target) and isinstance(b, Target):
        metric_similar = bool(
            a.metric and b.metric and ratio(normalise(a.metric), normalise(b.metric)) >= METRIC_MIN_RATIO
        )
        if not metric_similar and not (_same(a.unit, b.unit) and _same(a.year, b.year)):
            return 0.0
        return score + 3.0 * metric_similar + _same(a.year, b.year) + _same(a.unit, b.unit)
    if old.role != new.role:
        return 0.0
    if old.person and new.person and old.person != new.person:
        return 0.0  # a fine on a person is never the successor of a fine on an organisation
    if old.person and old.person == new.person:
        # the amounts for one person pair in their order (the normal fine, then the one 情节严重的)
        score = 3.0 + 1.5 * (1.0 - abs(old.person_rank - new.person_rank))
    score += 1.0  # same role
    score += 2.0 * _same(getattr(a, "recipient", None), getattr(b, "recipient", None))
    score += 1.0 * _same(getattr(a, "instrument", None), getattr(b, "instrument", None))
    score += 0.5 * _same(getattr(a, "period", None), getattr(b, "period", None))
    score += 0.5 * (a.kind == b.kind)
    return score


def match_mentions(
    olds: list[Mention], news: list[Mention]
) -> tuple[list[tuple[Mention, Mention]], list[Mention], list[Mention]]:
    """(matched pairs, unmatched old, unmatched new) for the mentions of one field in one unit pair."""
    pairs: list[tuple[Mention, Mention]] = []
    if not olds or not news:
        return pairs, list(olds), list(news)

    # 1. the same surface, role and recipient, in the same order (longest common subsequence):
    #    the provision did not change
    def key(m: Mention) -> tuple:
        return (
            m.surface_key,
            m.role,
            m.person,
            getattr(m.item, "recipient", None),
            getattr(m.item, "metric", None),
        )

    old_keys, new_keys = [key(m) for m in olds], [key(m) for m in news]
    if old_keys == new_keys:  # the usual case: nothing changed in this unit
        return list(zip(olds, news, strict=True)), [], []
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    same_old: set[int] = set()
    same_new: set[int] = set()
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            pairs.append((olds[block.a + k], news[block.b + k]))
            same_old.add(block.a + k)
            same_new.add(block.b + k)
    free_old = [m for i, m in enumerate(olds) if i not in same_old]
    free_new = [m for j, m in enumerate(news) if j not in same_new]
    # 2. the best remaining pairs by attributes and position
    scored = sorted(
        ((_score(o, n), i, j) for i, o in enumerate(free_old) for j, n in enumerate(free_new)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    for score, i, j in scored:
        if score < MATCH_MIN_SCORE or i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((free_old[i], free_new[j]))
    left_old = [m for i, m in enumerate(free_old) if i not in used_old]
    left_new = [m for j, m in enumerate(free_new) if j not in used_new]
    return pairs, left_old, left_new


def _fill(change: ValueChange, mention: Mention, side: str) -> None:
    item = mention.item
    setattr(change, f"{side}_node_id", item.node_id)
    setattr(change, f"{side}_surface", item.surface)
    if isinstance(item, Money):
        setattr(change, f"{side}_low", item.low)
        setattr(change, f"{side}_high", item.high)
        change.recipient = change.recipient or item.recipient
        change.instrument = change.instrument or item.instrument
    elif isinstance(item, Ratio):
        setattr(change, f"{side}_value", item.value)
        setattr(change, f"{side}_high", item.high)
    else:
        setattr(change, f"{side}_value", item.value)
        setattr(change, f"{side}_low", item.low)  # a target range's bounds (null otherwise)
        setattr(change, f"{side}_high", item.high)
        change.unit = change.unit or item.unit
        change.metric = change.metric or item.metric


def unit_label(units: list[Unit], index: int | None) -> str | None:
    """A unit as a reader cites it: 第十条, or 第十条（二） for a point of an article."""
    if index is None:
        return None
    unit = units[index]
    label = unit.label or ""
    while unit.inner and unit.parent is not None:
        unit = units[unit.parent]
        label = (unit.label or "") + label
    return label or None


def _row(kind: str, old: Mention | None, new: Mention | None, al: Alignment) -> ValueChange:
    either = old or new
    assert either is not None
    change = ValueChange(field=either.field, change=kind, role=(new or old).role)  # type: ignore[union-attr,arg-type]
    change.person = (new or old).person  # type: ignore[union-attr]
    if old is not None:
        _fill(change, old, "old")
        if old.unit is not None:
            change.old_unit_label, change.old_unit_id = (
                unit_label(al.old, old.unit),
                al.old[old.unit].node.node_id,
            )
    if new is not None:
        _fill(change, new, "new")
        if new.unit is not None:
            change.new_unit_label, change.new_unit_id = (
                unit_label(al.new, new.unit),
                al.new[new.unit].node.node_id,
            )
    return change


def pair_values(
    old_doc: Document,
    new_doc: Document,
    al: Alignment,
    rows: list[tuple[int | None, int | None]],
) -> list[tuple[Mention | None, Mention | None]]:
    """Every extraction of both documents, matched: (old, new) pairs, (old, None) removed, (None, new)
    added; in the order of ``rows`` (the report order of unit pairs), field by field."""
    old_mentions = mentions(old_doc, {u.node.node_id: u.index for u in al.old}, al.old)
    new_mentions = mentions(new_doc, {u.node.node_id: u.index for u in al.new}, al.new)
    out: list[tuple[Mention | None, Mention | None]] = []
    # rows of outer units only (a point's amounts are its article's); mentions outside every unit are
    # compared as one more pair of "units"
    outer = [
        (o, n)
        for o, n in rows
        if not (o is not None and al.old[o].inner) and not (n is not None and al.new[n].inner)
    ]
    for old_unit, new_unit in [*outer, (None, None)]:
        for field_name in ("money", "ratio", "target"):
            if old_unit is None and new_unit is None:
                olds = old_mentions.get((None, field_name), [])
                news = new_mentions.get((None, field_name), [])
            else:
                olds = old_mentions.get((old_unit, field_name), []) if old_unit is not None else []
                news = new_mentions.get((new_unit, field_name), []) if new_unit is not None else []
            pairs, removed, added = match_mentions(olds, news)
            out.extend(pairs)
            out.extend((m, None) for m in removed)
            out.extend((None, m) for m in added)
    return out


def compare_values(
    old_doc: Document,
    new_doc: Document,
    al: Alignment,
    rows: list[tuple[int | None, int | None]],
) -> list[ValueChange]:
    """Value changes (changed, added, removed), in the order of ``rows``."""
    out: list[ValueChange] = []
    for old, new in pair_values(old_doc, new_doc, al, rows):
        if old is not None and new is not None:
            if old.values() != new.values():
                out.append(_row("changed", old, new, al))
        else:
            out.append(_row("removed" if new is None else "added", old, new, al))
    return out

"""Align the units of two documents (revisions/units.py says what a unit is and how it is compared).

Units are aligned group by group: the outer units of one kind across the whole document (containers
first, so that an article knows whether its chapter was paired), then, inside every paired content
unit, its inner units of one kind (the points of an article, the items of a measure), and so on down.

Within a group:

1. **candidates**: for each old unit, the new units most like it - identical text (label set aside)
   first; otherwise a similarity that counts containment beside symmetric overlap, so an article
   that grew around its old text, or shrank to a part of it, still finds its successor. Large groups
   find their candidates through an inverted index from character bigrams to units, so no group is
   compared all-pairs.
2. **in-order chain**: the heaviest set of candidate pairs that keeps document order on both sides
   (a heaviest increasing subsequence over the candidates, O(C log C)): the backbone of the revision.
   A unit does not jump across the document to a look-alike when its in-order successor is there.
3. **moves**: a candidate outside the chain is taken only when it is very similar - the unit really
   moved.
4. **gaps**: units left between two consecutive chain pairs are rewrites of each other when they still
   share text; they are paired in document order (a small dynamic programme over the gap).

Then each pair is checked for a move (it falls outside the in-order chain of its group, or it left one
paired container for another; a chapter added or dissolved around it is not a move) and a renumbering.
Splits and merges - text carried from one unit to another besides the pairing - are found afterwards
(revisions/carried.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from parsers.model import Document
from revisions.chain import heaviest_chain
from revisions.model import TextOp
from revisions.similarity import similarity
from revisions.textdiff import normalise, ratio
from revisions.units import CONTAINER_KINDS, Unit, collect_units

CHAIN_MIN = 0.3  # a candidate pair this similar may join the in-order chain
MOVE_MIN = 0.7  # a pair outside the chain (a move) must be this similar
GAP_MIN = 0.2  # in a gap of several leftovers, a pair needs this much
REWRITE_MIN = 0.05  # one old against one new leftover in a gap: a rewrite if they share anything ...
REWRITE_MIN_CHARS = 30  # ... and both are this long (two short points that share a 的 are not one rewritten)
GAP_YIELD = 0.8  # a gap pair must score this share of the best pair either unit has outside the gap
LEFTOVER_MIN = 0.4  # leftovers of a group that are each other's best match, out of order: a moved rewrite
HEADING_MIN_RATIO = 0.6  # same number and headings this similar: a candidate whatever the body says
CANDIDATES_PER_UNIT = 5
PROBE_GRAMS = 48  # rarest bigrams of a unit used to find its candidates in a large group
ALL_PAIRS_MAX = 2500  # groups with at most this many old×new pairs are scored all-pairs
GAP_MAX_PAIRS = 2500  # larger gaps are left alone (the dynamic programme is old×new)
SAME_NUMBER_BONUS = 0.05
SAME_PARENT_BONUS = 0.02


@dataclass
class Carried:
    """Text of an old unit carried into a new unit that is not its partner (a split or a merge)."""

    old: int
    new: int
    share: float  # the part of the old unit's text found in the new unit, 0..1


@dataclass
class Alignment:
    old: list[Unit]
    new: list[Unit]
    old_to_new: dict[int, int] = field(default_factory=dict)
    new_to_old: dict[int, int] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)  # new unit indexes of moved pairs
    out_of_order: set[int] = field(default_factory=set)  # new unit indexes outside the in-order chain
    carried: list[Carried] = field(default_factory=list)
    ops: dict[tuple[int, int], list[TextOp]] = field(default_factory=dict)  # text diffs of modified pairs

    def pair(self, old_index: int, new_index: int) -> None:
        self.old_to_new[old_index] = new_index
        self.new_to_old[new_index] = old_index

    def unpaired_old(self, kind: str | None = None) -> list[Unit]:
        return [u for u in self.old if u.index not in self.old_to_new and (kind is None or u.kind == kind)]

    def unpaired_new(self, kind: str | None = None) -> list[Unit]:
        return [u for u in self.new if u.index not in self.new_to_old and (kind is None or u.kind == kind)]

    def parents_agree(self, old_unit: Unit, new_unit: Unit) -> bool:
        if old_unit.parent is None or new_unit.parent is None:
            return old_unit.parent is None and new_unit.parent is None
        return self.old_to_new.get(old_unit.parent) == new_unit.parent

    def changed_parent(self, old_unit: Unit, new_unit: Unit) -> bool:
        """Left one paired parent for another paired parent (a new or dissolved container is no move)."""
        if old_unit.parent is None or new_unit.parent is None:
            return False
        old_parent_partner = self.old_to_new.get(old_unit.parent)
        return (
            old_parent_partner is not None
            and new_unit.parent in self.new_to_old
            and old_parent_partner != new_unit.parent
        )


def _score(al: Alignment, old: Unit, new: Unit) -> float:
    score = similarity(old, new)
    if not old.key and not new.key:  # bare labels: only their number and place say anything
        score = 0.4
    if old.heading_key and new.heading_key and old.ordinal is not None and old.ordinal == new.ordinal:
        heading = ratio(old.heading_key, new.heading_key)
        if heading >= HEADING_MIN_RATIO:
            score = max(score, 0.5 + 0.3 * heading)
    if old.ordinal is not None and old.ordinal == new.ordinal:
        score += SAME_NUMBER_BONUS
    if al.parents_agree(old, new):
        score += SAME_PARENT_BONUS
    return score


def _candidates(al: Alignment, olds: list[Unit], news: list[Unit]) -> list[tuple[float, int, int]]:
    """(score, old index, new index) of the likely pairs of one group."""
    out: list[tuple[float, int, int]] = []
    new_by_key: dict[str, list[Unit]] = defaultdict(list)
    for unit in news:
        new_by_key[unit.key].append(unit)
    old_count: dict[str, int] = defaultdict(int)
    for unit in olds:
        old_count[unit.key] += 1
    searching: list[Unit] = []
    taken_new: set[int] = set()  # new units with a unique identical partner: no other unit's candidate
    for unit in olds:
        same = new_by_key.get(unit.key, []) if unit.key else []
        if len(same) == 1 and old_count[unit.key] == 1:
            out.append((1.0 + _score(al, unit, same[0]), unit.index, same[0].index))
            taken_new.add(same[0].index)
        else:
            searching.append(unit)
    news = [unit for unit in news if unit.index not in taken_new]
    if not searching:
        return out
    if len(searching) * len(news) <= ALL_PAIRS_MAX:
        for old in searching:
            scored = sorted(((_score(al, old, new), new.index) for new in news), reverse=True)
            out.extend((s, old.index, n) for s, n in scored[: CANDIDATES_PER_UNIT * 2] if s >= GAP_MIN)
        return out
    # large group: candidates through the rarest shared bigrams
    index: dict[str, list[int]] = defaultdict(list)
    position_of = {unit.index: position for position, unit in enumerate(news)}
    for position, unit in enumerate(news):
        for gram in unit.grams:
            index[gram].append(position)
    common_cap = max(20, len(news) // 10)
    for old in searching:
        postings_list = sorted((p for p in map(index.get, old.grams) if p and len(p) <= common_cap), key=len)[
            :PROBE_GRAMS
        ]
        shared: dict[int, int] = defaultdict(int)
        for postings in postings_list:
            for position in postings:
                shared[position] += 1
        for unit in new_by_key.get(old.key, []) if old.key else []:
            shared[position_of[unit.index]] += (
                len(postings_list) + 1
            )  # repeated identical texts stay candidates
        top = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[: CANDIDATES_PER_UNIT * 2]
        scored = sorted(((_score(al, old, news[p]), news[p].index) for p, _ in top), reverse=True)
        out.extend((s, old.index, n) for s, n in scored[:CANDIDATES_PER_UNIT] if s >= GAP_MIN)
    return out


def _pair_gap(
    al: Alignment, olds: list[Unit], news: list[Unit], best_elsewhere: list[tuple[float, int, int]]
) -> None:
    """Pair the leftovers of one gap in document order, maximising their total similarity.

    A leftover whose best candidate outside the gap is much better than anything in it (a rewrite
    that moved) is kept out, for the mutual-best pass to pair."""
    if not olds or not news or len(olds) * len(news) > GAP_MAX_PAIRS:
        return
    outside: dict[int, float] = defaultdict(float)
    here_old, here_new = {u.index for u in olds}, {u.index for u in news}
    for score, old, new in best_elsewhere:
        if (old in here_old) != (new in here_new) and old not in al.old_to_new and new not in al.new_to_old:
            key = old if old in here_old else -1 - new
            outside[key] = max(outside[key], score)
    one_to_one = len(olds) == 1 and len(news) == 1
    long_enough = min(len(olds[0].key), len(news[0].key)) >= REWRITE_MIN_CHARS
    floor = REWRITE_MIN if one_to_one and long_enough else GAP_MIN
    scores = [
        [
            s if s >= GAP_YIELD * max(outside[o.index], outside[-1 - n.index]) else 0.0
            for n in news
            if (s := _score(al, o, n)) is not None
        ]
        for o in olds
    ]
    rows, cols = len(olds), len(news)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            take = scores[i][j] + best[i + 1][j + 1] if scores[i][j] >= floor else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    i = j = 0
    while i < rows and j < cols:
        if scores[i][j] >= floor and best[i][j] == scores[i][j] + best[i + 1][j + 1]:
            al.pair(olds[i].index, news[j].index)
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1


def align_group(al: Alignment, olds: list[Unit], news: list[Unit]) -> None:
    """Pair the units of one group (one kind; outer units, or the children of one paired unit)."""
    olds = [u for u in olds if u.index not in al.old_to_new]
    news = [u for u in news if u.index not in al.new_to_old]
    if not olds or not news:
        return
    if len(olds) == 1 and len(news) == 1 and olds[0].kind in CONTAINER_KINDS and olds[0].parent is None:
        al.pair(olds[0].index, news[0].index)  # the one title, notice, preamble of each version
        return
    candidates = _candidates(al, olds, news)
    chain = heaviest_chain(c for c in candidates if c[0] >= CHAIN_MIN)
    for _, old, new in chain:
        al.pair(old, new)
    for score, old, new in sorted(candidates, reverse=True):
        if score >= MOVE_MIN and old not in al.old_to_new and new not in al.new_to_old:
            al.pair(old, new)
    # the gaps between consecutive chain pairs
    anchors = [(-1, -1), *((o, n) for _, o, n in chain), (len(al.old), len(al.new))]
    old_left = [u for u in olds if u.index not in al.old_to_new]
    new_left = [u for u in news if u.index not in al.new_to_old]
    for (o1, n1), (o2, n2) in zip(anchors, anchors[1:], strict=False):
        gap_old = [u for u in old_left if o1 < u.index < o2]
        gap_new = [u for u in new_left if n1 < u.index < n2]
        _pair_gap(al, gap_old, gap_new, best_elsewhere=candidates)
    _pair_mutual_best(al, olds, news, candidates)


def _pair_mutual_best(
    al: Alignment, olds: list[Unit], news: list[Unit], candidates: list[tuple[float, int, int]]
) -> None:
    """Leftovers that are each other's best candidate, however far apart: a unit rewritten and moved."""
    best_old: dict[int, tuple[float, int]] = {}
    best_new: dict[int, tuple[float, int]] = {}
    for score, old, new in candidates:
        if old in al.old_to_new or new in al.new_to_old:
            continue
        if score > best_old.get(old, (0.0, -1))[0]:
            best_old[old] = (score, new)
        if score > best_new.get(new, (0.0, -1))[0]:
            best_new[new] = (score, old)
    for old, (score, new) in sorted(best_old.items()):
        if score >= LEFTOVER_MIN and best_new.get(new, (0.0, -1))[1] == old:
            al.pair(old, new)


def _outer_groups(units: list[Unit]) -> dict[str, list[Unit]]:
    groups: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        if not unit.inner:
            groups[unit.kind].append(unit)
    return groups


def _group_order(old_groups: dict[str, list[Unit]], new_groups: dict[str, list[Unit]]) -> list[str]:
    """Kinds shallow first (chapters before sections before articles), containers before content."""
    depth: dict[str, int] = {}
    for groups in (old_groups, new_groups):
        for kind, units in groups.items():
            depth[kind] = min(depth.get(kind, 99), min(u.depth for u in units))
    return sorted(depth, key=lambda kind: (kind not in CONTAINER_KINDS, depth[kind], kind))


def _align_inner(al: Alignment) -> None:
    """Inside every paired content unit, its inner units, kind by kind, and so on down."""
    queue = sorted(al.old_to_new.items())
    seen: set[int] = set()
    while queue:
        old_index, new_index = queue.pop(0)
        if old_index in seen:
            continue
        seen.add(old_index)
        old_unit, new_unit = al.old[old_index], al.new[new_index]
        if not (old_unit.children and new_unit.children):
            continue
        old_kids: dict[str, list[Unit]] = defaultdict(list)
        new_kids: dict[str, list[Unit]] = defaultdict(list)
        for child in old_unit.children:
            if al.old[child].inner:
                old_kids[al.old[child].kind].append(al.old[child])
        for child in new_unit.children:
            if al.new[child].inner:
                new_kids[al.new[child].kind].append(al.new[child])
        for kind, olds in old_kids.items():
            if kind in new_kids:
                align_group(al, olds, new_kids[kind])
        queue.extend(
            (c.index, al.old_to_new[c.index])
            for kids in old_kids.values()
            for c in kids
            if c.index in al.old_to_new
        )


def _longest_increasing(pairs: list[tuple[int, int, float]]) -> set[int]:
    """New indexes of the heaviest in-order subset of (old, new, weight) pairs."""
    return {new for _, _, new in heaviest_chain((w, o, n) for o, n, w in pairs)}


def _mark_moves(al: Alignment) -> None:
    groups: dict[tuple, list[tuple[int, int, float]]] = defaultdict(list)
    for new_index, old_index in al.new_to_old.items():
        new_unit, old_unit = al.new[new_index], al.old[old_index]
        group = (new_unit.kind, new_unit.parent) if new_unit.inner else (new_unit.kind,)
        # ties between equally long in-order chains go to the one keeping the closer pairs in place
        weight = (
            1.0 + 0.5 * (not al.changed_parent(old_unit, new_unit)) + 0.2 * similarity(old_unit, new_unit)
        )
        groups[group].append((old_index, new_index, weight))
    for pairs in groups.values():
        in_order = _longest_increasing(pairs)
        al.out_of_order.update(n for _, n, _ in pairs if n not in in_order)
    al.moved = set(al.out_of_order)
    for new_index, old_index in al.new_to_old.items():
        if al.changed_parent(al.old[old_index], al.new[new_index]):
            al.moved.add(new_index)


def align(old: Document, new: Document) -> Alignment:
    from revisions.carried import find_carried  # noqa: PLC0415 - carried uses this module's Alignment

    al = Alignment(old=collect_units(old), new=collect_units(new))
    old_groups, new_groups = _outer_groups(al.old), _outer_groups(al.new)
    for kind in _group_order(old_groups, new_groups):
        align_group(al, old_groups.get(kind, []), new_groups.get(kind, []))
    _align_inner(al)
    _mark_moves(al)
    find_carried(al)
    return al


def renumbered(old_unit: Unit, new_unit: Unit) -> bool:
    if old_unit.ordinal is not None and new_unit.ordinal is not None:
        return old_unit.ordinal != new_unit.ordinal
    return normalise(old_unit.label or "") != normalise(new_unit.label or "")


def report_order(al: Alignment) -> list[tuple[int | None, int | None]]:
    """(old index, new index) rows in new-document order, each removed unit placed after the
    row of the unit that preceded it in the old document."""
    rows: list[tuple[int | None, int | None]] = []
    emitted_old: set[int] = set()
    cursor = 0  # next old unit not yet considered for placement

    def flush_removed(upto: int) -> None:
        nonlocal cursor
        while cursor < upto:
            if cursor not in al.old_to_new and cursor not in emitted_old:
                rows.append((cursor, None))
                emitted_old.add(cursor)
            cursor += 1

    for unit in al.new:
        old_index = al.new_to_old.get(unit.index)
        if old_index is not None:
            if unit.index not in al.out_of_order:  # a unit moved elsewhere does not drag removed ones along
                flush_removed(old_index)
                cursor = max(cursor, old_index + 1)
            rows.append((old_index, unit.index))
        else:
            rows.append((None, unit.index))
    flush_removed(len(al.old))
    return rows

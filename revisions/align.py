"""Align the numbered units of two documents.

A *unit* is a node a reader cites by its number: chapter, section, article, point,
action, measure, item (plus the title, preamble, notice, attachment and signature,
and any top-level node outside them). Its *own text* is its node text without the text
of the units nested in it, so a measure and its items are separate rows and every
character is compared once.

Pairs are found in passes, each only among units of the same kind still unpaired:

1. identical normalised text (the label set aside) - most units of a revision;
2. same number and a similar heading - the unit was reworded but kept its place;
3. character-bigram similarity, with an inverted index from bigram to units so only
   units that share rare-enough bigrams are ever scored (no all-pairs comparison);
   candidate pairs are taken greedily, best first;
4. what is left between two consecutive pairs, one old unit against one new unit of
   the same kind under the same (paired) parent, is a rewrite of that unit.

Then each pair is checked for a move (its parent unit is not the pair of its old
parent, or it falls outside the longest increasing subsequence of new positions taken
in old order) and a renumbering (its ordinal, or failing that its normalised label,
changed).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

from parsers.model import Document, Node
from revisions.textdiff import ngrams, normalise, ratio

UNIT_KINDS = frozenset(
    {
        "notice",
        "title",
        "preamble",
        "chapter",
        "section",
        "article",
        "point",
        "action",
        "measure",
        "item",
        "attachment",
        "signature",
    }
)

HEADING_MIN_RATIO = 0.6  # pass 2: same number, headings at least this similar
SIMILAR_MIN_DICE = 0.35  # pass 3: bigram Dice coefficient to accept a pair
CANDIDATES_PER_UNIT = 5  # pass 3: best-scoring candidates kept per old unit
PROBE_GRAMS = 48  # pass 3: rarest bigrams of a unit used to find its candidates
REWRITE_MIN_DICE = 0.05  # pass 4: one-to-one leftovers need to share at least this much
GAP_MIN_DICE = 0.2  # pass 4: in a gap of several leftovers, a pair needs this much
GAP_MAX_PAIRS = 400  # pass 4: larger gaps are left alone (the all-pairs work would grow quadratically)
CONTAINED_MIN = 0.5  # split/merge note: share of a unit's bigrams found in what another unit lost/gained


@dataclass
class Unit:
    node: Node
    kind: str
    index: int  # position among the document's units
    parent: int | None  # index of the nearest enclosing unit
    depth: int
    text: str  # own text as written (label included)
    key: str  # normalised own text, label set aside
    heading_key: str
    _grams: frozenset[str] | None = None

    @property
    def grams(self) -> frozenset[str]:
        """Character bigrams of the key, made on first use: most units pair on identical text and never need them."""
        if self._grams is None:
            self._grams = frozenset(ngrams(self.key))
        return self._grams

    @property
    def label(self) -> str | None:
        return self.node.label

    @property
    def ordinal(self) -> int | None:
        return self.node.ordinal


def _own_text(node: Node, nested: list[Node]) -> str:
    """The node's text with the spans of the given nested nodes cut out."""
    pieces, cursor = [], node.char_start
    for inner in sorted(nested, key=lambda n: n.char_start):
        if inner.char_start > cursor:
            pieces.append(node.text[cursor - node.char_start : inner.char_start - node.char_start])
        cursor = max(cursor, inner.char_end)
    if cursor < node.char_end:
        pieces.append(node.text[cursor - node.char_start :])
    return "".join(pieces).strip()


def _strip_label(text: str, label: str | None) -> str:
    stripped = text.lstrip()
    if label and stripped.startswith(label):
        return stripped[len(label) :]
    if label and normalise(stripped[: len(label) + 2]).startswith(normalise(label)):
        # the label as stored may differ in width/spaces from the text; drop the same normalised prefix
        target, consumed = normalise(label), 0
        while consumed < len(stripped) and len(normalise(stripped[:consumed])) < len(target):
            consumed += 1
        return stripped[consumed:]
    return stripped


def collect_units(doc: Document) -> list[Unit]:
    """The document's units in document order, each with its own text and parent unit."""
    found: list[tuple[Node, int | None, int]] = []  # node, parent unit index, depth
    nested: dict[int, list[Node]] = defaultdict(list)  # unit index -> units directly inside it

    def walk(nodes: list[Node], parent: int | None, depth: int, top: bool) -> None:
        for node in nodes:
            if node.kind in UNIT_KINDS or top:
                index = len(found)
                found.append((node, parent, depth))
                if parent is not None:
                    nested[parent].append(node)
                walk(node.children, index, depth + 1, False)
            else:
                walk(node.children, parent, depth, False)

    walk(doc.nodes, None, 0, True)
    units = []
    for index, (node, parent, depth) in enumerate(found):
        text = _own_text(node, nested[index])
        key = normalise(_strip_label(text, node.label))
        heading_key = normalise(_strip_label(node.heading, node.label)) if node.heading else ""
        units.append(
            Unit(
                node=node,
                kind=node.kind,
                index=index,
                parent=parent,
                depth=depth,
                text=text,
                key=key,
                heading_key=heading_key,
            )
        )
    return units


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass
class Alignment:
    old: list[Unit]
    new: list[Unit]
    old_to_new: dict[int, int] = field(default_factory=dict)
    new_to_old: dict[int, int] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)  # new unit indexes of moved pairs
    out_of_order: set[int] = field(default_factory=set)  # new unit indexes outside the in-order chain
    notes: dict[tuple[str, int], str] = field(default_factory=dict)  # ("old"|"new", index) -> note

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


def _by_kind(units: list[Unit]) -> dict[str, list[Unit]]:
    groups: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        groups[unit.kind].append(unit)
    return groups


def _pair_identical(al: Alignment) -> None:
    new_by_key: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    for unit in al.new:
        new_by_key[(unit.kind, unit.key)].append(unit)
    old_by_key: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    for unit in al.old:
        old_by_key[(unit.kind, unit.key)].append(unit)
    repeated: list[tuple[list[Unit], list[Unit]]] = []
    for key, olds in old_by_key.items():
        news = new_by_key.get(key)
        if not news:
            continue
        if len(olds) == 1 and len(news) == 1:
            al.pair(olds[0].index, news[0].index)
        elif key[1]:  # several empty units (bare labels) are told apart by number later, not here
            repeated.append((olds, news))
    # repeated texts (（五）其他…, in several articles): once the unique texts have paired the
    # parents, prefer a partner under the paired parent, then one with the same number, then order
    for olds, news in repeated:
        if len(olds) * len(news) > 10_000:  # boilerplate repeated hundreds of times: pair in order
            for o, n in zip(olds, news, strict=False):
                al.pair(o.index, n.index)
            continue
        ranked = sorted(
            (
                (
                    al.parents_agree(o, n),
                    n.ordinal is not None and n.ordinal == o.ordinal,
                    -abs(n.index - o.index),
                ),
                o.index,
                n.index,
            )
            for o in olds
            for n in news
        )
        for _, old_index, new_index in reversed(ranked):
            if old_index not in al.old_to_new and new_index not in al.new_to_old:
                al.pair(old_index, new_index)


def _pair_number_heading(al: Alignment) -> None:
    for kind, olds in _by_kind(al.unpaired_old()).items():
        news_by_ordinal: dict[int, list[Unit]] = defaultdict(list)
        for unit in al.unpaired_new(kind):
            if unit.ordinal is not None:
                news_by_ordinal[unit.ordinal].append(unit)
        for old_unit in olds:
            if old_unit.ordinal is None:
                continue
            best, best_score = None, 0.0
            for new_unit in news_by_ordinal.get(old_unit.ordinal, []):
                if new_unit.index in al.new_to_old:
                    continue
                if old_unit.heading_key and new_unit.heading_key:
                    score = ratio(old_unit.heading_key, new_unit.heading_key)
                    if score < HEADING_MIN_RATIO:
                        continue
                else:
                    score = dice(old_unit.grams, new_unit.grams)
                    if score < 0.5:
                        continue
                score += 0.1 * al.parents_agree(old_unit, new_unit)
                if score > best_score:
                    best, best_score = new_unit, score
            if best is not None:
                al.pair(old_unit.index, best.index)


def _pair_similar(al: Alignment) -> None:
    for kind, olds in _by_kind(al.unpaired_old()).items():
        news = al.unpaired_new(kind)
        if not news:
            continue
        index: dict[str, list[int]] = defaultdict(list)  # bigram -> positions in `news`
        for position, unit in enumerate(news):
            for gram in unit.grams:
                index[gram].append(position)
        # bigrams in very many units (的, 企业) say little and cost most: skip them when scoring
        common_cap = max(20, len(news) // 10)
        candidates: list[tuple[float, int, int]] = []
        for old_unit in olds:
            # candidates come from the unit's rarest bigrams only, so the work per unit is bounded
            postings_list = sorted(
                (p for p in map(index.get, old_unit.grams) if p and len(p) <= common_cap), key=len
            )[:PROBE_GRAMS]
            shared: dict[int, int] = defaultdict(int)
            for postings in postings_list:
                for position in postings:
                    shared[position] += 1
            if not shared:
                continue
            top = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[: CANDIDATES_PER_UNIT * 2]
            scored = []
            for position, _ in top:
                new_unit = news[position]
                score = dice(old_unit.grams, new_unit.grams)
                if score >= SIMILAR_MIN_DICE:
                    bonus = 0.02 * al.parents_agree(old_unit, new_unit) + 0.05 * (
                        old_unit.ordinal is not None and old_unit.ordinal == new_unit.ordinal
                    )
                    scored.append((score + bonus, old_unit.index, new_unit.index))
            scored.sort(reverse=True)
            candidates.extend(scored[:CANDIDATES_PER_UNIT])
        for _, old_index, new_index in sorted(candidates, reverse=True):
            if old_index not in al.old_to_new and new_index not in al.new_to_old:
                al.pair(old_index, new_index)


def _pair_rewrites(al: Alignment) -> None:
    """Units of a kind left between the same two pairs: the ones that still share text were rewritten.

    One old against one new unit pair on little shared text; in a larger gap (an inserted article
    beside a rewritten one) the most similar pairs are taken first, in document order.
    """
    gaps: dict[tuple[int, int], tuple[list[Unit], list[Unit]]] = defaultdict(lambda: ([], []))
    # anchor = the pair before the unit, as (old index, new index); found by walking each document once
    last = (-1, -1)
    for unit in al.old:
        if unit.index in al.old_to_new:
            last = (unit.index, al.old_to_new[unit.index])
        else:
            gaps[last][0].append(unit)
    last = (-1, -1)
    for unit in al.new:
        if unit.index in al.new_to_old:
            last = (al.new_to_old[unit.index], unit.index)
        else:
            gaps[last][1].append(unit)
    for olds, news in gaps.values():
        for kind, kind_olds in _by_kind(olds).items():
            kind_news = [u for u in news if u.kind == kind]
            if not kind_news or len(kind_olds) * len(kind_news) > GAP_MAX_PAIRS:
                continue
            one_to_one = len(kind_olds) == 1 and len(kind_news) == 1
            floor = REWRITE_MIN_DICE if one_to_one else GAP_MIN_DICE
            scored = sorted(
                (
                    (dice(o.grams, n.grams), o.index, n.index)
                    for o in kind_olds
                    for n in kind_news
                    if al.parents_agree(o, n)
                ),
                reverse=True,
            )
            taken: list[tuple[int, int]] = []
            for score, old_index, new_index in scored:
                if score < floor or old_index in al.old_to_new or new_index in al.new_to_old:
                    continue
                # keep document order inside the gap: no pair may cross one already taken
                if any((old_index < o) != (new_index < n) for o, n in taken):
                    continue
                al.pair(old_index, new_index)
                taken.append((old_index, new_index))


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions (into ``values``) of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []  # tails[k] = smallest tail value of an increasing run of length k+1
    tail_pos: list[int] = []
    previous: list[int] = [-1] * len(values)
    for position, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(position)
        else:
            tails[k] = value
            tail_pos[k] = position
        previous[position] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    position = tail_pos[-1] if tail_pos else -1
    while position != -1:
        keep.add(position)
        position = previous[position]
    return keep


def _mark_moves(al: Alignment) -> None:
    for new_index, old_index in al.new_to_old.items():
        if not al.parents_agree(al.old[old_index], al.new[new_index]):
            al.moved.add(new_index)
    for kind in {u.kind for u in al.new}:
        pairs = sorted((o, n) for n, o in al.new_to_old.items() if al.new[n].kind == kind)
        in_order = _longest_increasing([n for _, n in pairs])
        al.out_of_order.update(n for position, (_, n) in enumerate(pairs) if position not in in_order)
    al.moved |= al.out_of_order


def _note_splits_and_merges(al: Alignment) -> None:
    """An added unit made mostly of text its paired neighbour lost was split off it; a removed unit
    whose text mostly reappears as text a paired unit gained was merged into it (same kind only)."""

    def note(
        lonely: list[Unit], hosts: list[Unit], host_partner: dict[int, int], partners: list[Unit], side: str
    ) -> None:
        if not lonely:
            return
        # for each paired host: the bigrams it has and its partner lacks (lost text, or gained text)
        index: dict[str, list[int]] = defaultdict(list)
        for host in hosts:
            partner = host_partner.get(host.index)
            if partner is not None and host.key != partners[partner].key:
                for gram in host.grams - partners[partner].grams:
                    index[gram].append(host.index)
        for unit in lonely:
            if len(unit.grams) < 4:
                continue
            shared: dict[int, int] = defaultdict(int)
            for gram in unit.grams:
                for host_index in index.get(gram, ()):
                    if hosts[host_index].kind == unit.kind:
                        shared[host_index] += 1
            if not shared:
                continue
            host_index, count = max(shared.items(), key=lambda item: (item[1], -item[0]))
            if count / len(unit.grams) >= CONTAINED_MIN:
                host = hosts[host_index]
                name = host.label or host.kind
                al.notes[(side, unit.index)] = f"拆分自原{name}" if side == "new" else f"并入现{name}"

    note(al.unpaired_new(), al.old, al.old_to_new, al.new, "new")
    note(al.unpaired_old(), al.new, al.new_to_old, al.old, "old")


def align(old: Document, new: Document) -> Alignment:
    al = Alignment(old=collect_units(old), new=collect_units(new))
    _pair_identical(al)
    _pair_number_heading(al)
    _pair_similar(al)
    _pair_rewrites(al)
    _mark_moves(al)
    _note_splits_and_merges(al)
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

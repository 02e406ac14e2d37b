"""Splits and merges: text carried from an old unit into a new unit that is not its partner.

After the one-to-one alignment every unit has at most one partner. A revision also splits a unit
(a paragraph of old 第八条 becomes new 第四十九条) and merges units (old 第四十四条 is folded into new
第四十一条, whose partner is old 第四十三条). Such text shows up as text an old unit *lost* against its
partner (all of it, if the unit was removed) that reappears as text a new unit *gained* against its
partner (all of it, if the unit was added). The lost and gained text come from the pairs' text diffs,
in document order, so a phrase the partner kept does not count as lost.

The evidence is text copied in order: runs of at least a few characters of the lost text found, in the
same order, in the gained text. A run found in many units is boilerplate (由县级以上人民政府…责令改正 is
in dozens of penalty articles) and says nothing about where a unit's text went; it is left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache

from revisions.align import Alignment, Carried
from revisions.model import TextOp
from revisions.textdiff import ngrams, normalise, text_ops
from revisions.units import Unit, strip_label

MIN_GRAMS = 8  # a unit must lose (gain) at least this many distinct bigrams to take part
PROBE_SHARED = 8  # bigrams a lost and a gained text must share to be looked at closely ...
PROBE_SHARE = 0.2  # ... and this share of the smaller one's bigrams
PROBE_UNITS = 4  # new units looked at closely per old unit
PROBE_COMMON = 24  # bigrams gained by more units than this are not used to find candidates
MIN_RUN = 5  # characters of a run copied verbatim, in order, to count
COMMON_UNITS = 4  # a run found in more units than this is boilerplate (由县级以上人民政府…责令改正)
# what makes a carried text, as (copied characters, share of the smaller side): a long copy that is a
# fair part of one side, a clause-length copy that is most of one side (a point split in two), or a
# short sentence that is, nearly verbatim, the whole of one side
CARRIED_RULES = ((20, 0.2), (12, 0.4), (8, 0.8))
GLUE = 6  # an unchanged run this short between two edits belongs to the edit


def changed_text(ops: list[TextOp], side: str) -> str:
    """The text of one side that the other side does not keep: its deleted or replaced segments,
    with short unchanged runs between two edits glued in (a 的 or 国务院 matched by chance)."""
    parts: list[str] = []
    for position, op in enumerate(ops):
        text = op.old if side == "old" else op.new
        if op.op != "equal" or 0 < position < len(ops) - 1 and len(normalise(text)) <= GLUE:
            parts.append(text)
        else:
            parts.append("\n")
    return normalise("".join(parts).replace("\n", "|"))


def pair_ops(al: Alignment, old_index: int, new_index: int) -> list[TextOp]:
    """The text diff of a pair, labels set aside (a renumbering is reported as such), made once and kept."""
    key = (old_index, new_index)
    if key not in al.ops:
        old, new = al.old[old_index], al.new[new_index]
        al.ops[key] = text_ops(strip_label(old.text, old.label), strip_label(new.text, new.label))
    return al.ops[key]


def _grams_of(text: str) -> frozenset[str]:
    return frozenset(g for g in ngrams(text) if "|" not in g)


def side_text(al: Alignment, unit: Unit, side: str) -> str:
    """What a unit has that its partner has not - an old unit's *lost* text (``side="old"``), a new
    unit's *gained* text (``"new"``) - all of it when it has no partner; | between pieces."""
    partners, others = (al.old_to_new, al.new) if side == "old" else (al.new_to_old, al.old)
    partner = partners.get(unit.index)
    if partner is None:
        return unit.key
    if others[partner].key == unit.key:
        return ""
    pair = (unit.index, partner) if side == "old" else (partner, unit.index)
    return changed_text(pair_ops(al, *pair), side)


def copied(lost: str, gained: str, boilerplate: Callable[[str], bool]) -> int:
    """Characters of ``lost`` found in ``gained`` as runs copied in order, boilerplate runs left out."""
    total = 0
    for block in SequenceMatcher(None, lost, gained, autojunk=False).get_matching_blocks():
        for run in lost[block.a : block.a + block.size].split("|"):
            if len(run) >= MIN_RUN and not boilerplate(run):
                total += len(run)
    return total


def find_carried(al: Alignment) -> None:
    content_old = [u for u in al.old if u.is_content]
    content_new = [u for u in al.new if u.is_content]
    lost = {u.index: t for u in content_old if len(_grams_of(t := side_text(al, u, "old"))) >= MIN_GRAMS}
    gained = {u.index: t for u in content_new if len(_grams_of(t := side_text(al, u, "new"))) >= MIN_GRAMS}
    if not lost or not gained:
        return
    # boilerplate check: how often a run occurs in the texts of the units of its kind
    corpus: dict[str, str] = defaultdict(str)
    for kind in {u.kind for u in content_new}:
        corpus[kind] = "\x00".join(u.key for u in (*content_old, *content_new) if u.kind == kind)

    @lru_cache(maxsize=4096)
    def boilerplate(run: str, kind: str) -> bool:
        return corpus[kind].count(run) > COMMON_UNITS

    index: dict[tuple[str, str], list[int]] = defaultdict(list)  # (kind, bigram) -> new units gaining it
    gained_grams = {new_index: _grams_of(text) for new_index, text in gained.items()}
    for new_index, grams in gained_grams.items():
        kind = al.new[new_index].kind
        for gram in grams:
            index[(kind, gram)].append(new_index)
    for old_index, text in lost.items():
        old_unit = al.old[old_index]
        partner = al.old_to_new.get(old_index)
        grams = _grams_of(text)
        counts: Counter[int] = Counter()
        for gram in grams:
            postings = index.get((old_unit.kind, gram), ())
            if len(postings) <= PROBE_COMMON:  # a bigram many units gained says little, and costs most
                counts.update(postings)
        for new_index, count in counts.most_common(PROBE_UNITS):
            # a copy of a fifth of the smaller side shares about that part of its bigrams
            floor = max(PROBE_SHARED, PROBE_SHARE * min(len(grams), len(gained_grams[new_index])))
            if count < floor or new_index == partner:
                continue
            other = gained[new_index]
            run = copied(text, other, lambda r, kind=old_unit.kind: boilerplate(r, kind))
            share = run / max(1, min(len(text), len(other)))
            if any(run >= length and share >= part for length, part in CARRIED_RULES):
                carried_share = min(1.0, run / max(1, len(old_unit.key)))
                al.carried.append(Carried(old=old_index, new=new_index, share=round(carried_share, 2)))

"""A segment's manifest in the process that commits: which documents it staged, held compactly, and
which copy of each document a commit keeps.

The parent of a batch holds every segment's manifest from the moment a worker hands it back to the
end of the commit, and the commit a place for every document it keeps: per document, that is what
grows with a batch in the process whose memory is the run's peak. Both are kept as columns and
plain ints here, not as an object per document.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from outputs.staging import StagedSegment


@dataclass(frozen=True, slots=True)
class StagedDocument:
    doc_id: str
    source: str | None  # the path the document was read from
    order: int  # its place in the batch: of two files with the same text, the earlier is kept


class StagedDocuments(Sequence[StagedDocument]):
    """The documents of a segment as columns: every doc_id in one string, the orders in an array, the
    sources a tuple. The parent holds every segment's manifest until its commit: one object, a string
    and an int per document were ~160 bytes each, this is ~30 (the sources are shared with the
    parent's own strings of the paths: flows/steps.py). Each item is made when it is asked for."""

    __slots__ = ("_ends", "_ids", "_orders", "_sources")

    def __init__(self, ids: str, ends: array, orders: array, sources: tuple[str | None, ...]):
        self._ids = ids  # the doc_ids, concatenated
        self._ends = ends  # where each doc_id ends in ``ids`` (any doc_id, whatever its length)
        self._orders = orders
        self._sources = sources
        if not len(ends) == len(orders) == len(sources):
            raise ValueError("staged documents: columns of different lengths")

    @classmethod
    def of(cls, documents: Iterable[StagedDocument]) -> StagedDocuments:
        ends, orders, sources, ids, held = array("Q"), array("q"), [], [], 0
        for doc in documents:
            ids.append(doc.doc_id)
            held += len(doc.doc_id)
            ends.append(held)
            orders.append(doc.order)
            sources.append(doc.source)
        return cls("".join(ids), ends, orders, tuple(sources))

    def __len__(self) -> int:
        return len(self._orders)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return StagedDocument(self.doc_id(k), self._sources[k], self._orders[k])

    def __iter__(self) -> Iterator[StagedDocument]:
        return (self[k] for k in range(len(self)))

    def doc_id(self, k: int) -> str:
        k = range(len(self))[k]  # negative places, and an IndexError past the end
        return self._ids[self._ends[k - 1] if k else 0 : self._ends[k]]

    def order(self, k: int) -> int:
        return self._orders[k]

    def source(self, k: int) -> str | None:
        return self._sources[k]

    def doc_ids(self) -> Iterator[str]:
        start = 0
        for end in self._ends:
            yield self._ids[start:end]
            start = end

    def with_sources(self, sources: tuple[str | None, ...]) -> StagedDocuments:
        """The same documents with ``sources`` (equal strings, other objects) in place of theirs."""
        return StagedDocuments(self._ids, self._ends, self._orders, sources)

    def __eq__(self, other) -> bool:
        if isinstance(other, StagedDocuments):
            return (self._ids, self._ends, self._orders, self._sources) == (
                other._ids,
                other._ends,
                other._orders,
                other._sources,
            )
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (StagedDocuments, (self._ids, self._ends, self._orders, self._sources))

    def __repr__(self) -> str:
        return f"StagedDocuments({list(self)!r})"


# ---------------------------------------------------------------- which copy a commit keeps


_PLACE_BITS = 32  # a kept document's place: its segment's position and its row there, in one int


def place(position: int, row: int) -> int:
    return position << _PLACE_BITS | row


def unplace(packed: int) -> tuple[int, int]:
    return packed >> _PLACE_BITS, packed & ((1 << _PLACE_BITS) - 1)


def position_of(packed: int) -> int:
    return packed >> _PLACE_BITS


def winners(segments: Sequence[StagedSegment]) -> tuple[dict[str, int], list]:
    """doc_id -> the place of the copy kept (``place``: segment position and row, one int: the parent
    holds one per document of the batch through its commit), and the documents left out as duplicates."""
    best: dict[str, int] = {}
    losers: list[tuple[StagedDocument, str]] = []
    for position, segment in enumerate(segments):
        documents = segment.documents
        for row, doc_id in enumerate(documents.doc_ids()):
            held = best.get(doc_id)
            if held is None:
                best[doc_id] = place(position, row)
                continue
            held_position, held_row = unplace(held)
            kept = segments[held_position].documents
            if documents.order(row) < kept.order(held_row):
                losers.append((kept[held_row], doc_id))
                best[doc_id] = place(position, row)
            elif (documents.source(row), documents.order(row)) != (
                kept.source(held_row),
                kept.order(held_row),
            ):  # not the same chunk run twice
                losers.append((documents[row], doc_id))
        losers.extend((doc, doc.doc_id) for doc in segment.duplicates)
    return best, losers


def kept_document(segments: Sequence[StagedSegment], packed: int) -> StagedDocument:
    position, row = unplace(packed)
    return segments[position].documents[row]

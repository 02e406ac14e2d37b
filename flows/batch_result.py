"""What a parse run reports: a refused file, one document's summary, the batch's result and totals.

A batch of 100,000 files must not hold 100,000 summaries in the process that commits it (that
process's memory is the run's peak). ``Tally`` keeps each document's counts in arrays indexed by
the file's place in the batch (29 bytes a document) and a whole summary only for the first
``SUMMARIES_KEPT`` places (those of them written: a duplicate is known only at the commit): enough for the run's summary table (50 rows) and a flow's artifact
(1,000 rows), while the totals still cover every document and leave out the duplicates that the
commit finds at the end.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from outputs.dataset import Duplicate
    from parsers.model import Document

AMOUNTS_SEP = "；"
SUMMARIES_KEPT = 1_000  # documents at the head of a batch whose whole summary the result keeps


@dataclass(frozen=True)
class FileError:
    """A file the run could not turn into a document, with a reason fit for one line."""

    path: str
    reason: str

    def line(self) -> str:
        from parsers.ingest import printable

        # A newline or other control character in a file name must not split the line.
        return f"{printable(self.path)}: {self.reason}"


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the run's summary table shows for one parsed file."""

    path: str
    doc_id: str
    title: str | None
    n_chars: int
    nodes: int
    measures: int
    articles: int
    money: int
    ratios: int
    targets: int
    amounts: str = ""  # money surfaces in document order, joined by ；

    @classmethod
    def of(cls, doc: Document, path: str | Path | None = None) -> DocumentSummary:
        kinds = [node.kind for node in doc.iter_nodes()]
        return cls(
            path=str(path if path is not None else doc.source.path),
            doc_id=doc.doc_id,
            title=doc.title,
            n_chars=len(doc.text),
            nodes=len(kinds),
            measures=kinds.count("measure"),
            articles=kinds.count("article"),
            money=len(doc.money),
            ratios=len(doc.ratios),
            targets=len(doc.targets),
            amounts=AMOUNTS_SEP.join(m.surface for m in doc.money),
        )


@dataclass
class BatchTotals:
    """Sums over every document a run wrote (duplicates left out)."""

    parsed: int = 0
    n_chars: int = 0
    nodes: int = 0
    measures: int = 0
    articles: int = 0
    money: int = 0
    ratios: int = 0
    targets: int = 0

    def add(self, summary: DocumentSummary) -> None:
        self.parsed += 1
        for name in COUNTED:
            setattr(self, name, getattr(self, name) + getattr(summary, name))


COUNTED = tuple(f.name for f in fields(BatchTotals) if f.name != "parsed")


@dataclass
class BatchResult:
    out: str
    files: int = 0
    documents: list[DocumentSummary] = field(
        default_factory=list
    )  # written, of the first SUMMARIES_KEPT files
    totals: BatchTotals = field(default_factory=BatchTotals)  # every document written
    errors: list[FileError] = field(default_factory=list)
    snapshots: list[int] = field(default_factory=list)  # dataset snapshots the run's commits made
    duplicates: list[Duplicate] = field(default_factory=list)  # files with the text of an earlier file

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def parsed(self) -> int:
        """Documents written (a duplicate of an earlier file is not)."""
        return self.totals.parsed


class Tally:
    """The documents of a batch as their results arrive, in any order, by their place in the batch.

    Each parsed place keeps its counts (an unsigned int per counted field, in arrays sized to the
    batch); a place below ``SUMMARIES_KEPT`` keeps its whole summary. Refused files are kept whole
    (they are few, and every one is reported)."""

    def __init__(self, files: int) -> None:
        self._parsed = bytearray(files)
        self._counts = {name: array("I", bytes(4 * files)) for name in COUNTED}
        self._head: dict[int, DocumentSummary] = {}
        self._errors: dict[int, FileError] = {}

    def add(self, order: int, outcome: DocumentSummary | FileError) -> None:
        if isinstance(outcome, FileError):
            self._errors[order] = outcome
            return
        self._parsed[order] = 1
        for name, column in self._counts.items():
            column[order] = getattr(outcome, name)
        if order < SUMMARIES_KEPT:
            self._head[order] = outcome

    def fill(self, result: BatchResult, dropped: Iterable[int] = ()) -> None:
        """Put the batch's documents (but the places in ``dropped``: duplicates not written) and its
        refused files into ``result``, in batch order."""
        parsed = bytearray(self._parsed)
        for order in dropped:
            parsed[order] = 0
        result.errors.extend(self._errors[order] for order in sorted(self._errors))
        result.documents.extend(self._head[order] for order in sorted(self._head) if parsed[order])
        totals = result.totals
        totals.parsed += parsed.count(1)
        for name, column in self._counts.items():
            setattr(
                totals, name, getattr(totals, name) + sum(v for v, p in zip(column, parsed, strict=True) if p)
            )

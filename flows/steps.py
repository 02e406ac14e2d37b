"""The steps of a parse run as plain functions: collect, ingest, parse, write.

The CLI calls these directly (fast, no Prefect import); flows/tasks.py wraps the same
functions as Prefect tasks, so there is one code path whichever way a run goes.
Nothing here imports Prefect.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from outputs.dataset import CommitResult, commit
from outputs.json_export import write_documents_json
from parsers.ingest import READ_SUFFIXES, Ingested, IngestError, Limits, printable, read_path
from parsers.model import Document
from parsers.pipeline import parse_ingested

# A batch is committed in chunks so memory stays flat however many files it has.
CHUNK_DOCUMENTS = 200
CHUNK_CHARS = 16_000_000


@dataclass(frozen=True)
class FileError:
    """A file the run could not turn into a document, with a reason fit for one line."""

    path: str
    reason: str

    def line(self) -> str:
        # A newline or other control character in a file name must not split the line.
        return f"{printable(self.path)}: {self.reason}"


@dataclass(frozen=True)
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
    amounts: tuple[str, ...] = ()  # money surfaces in document order

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
            amounts=tuple(m.surface for m in doc.money),
        )


@dataclass
class BatchResult:
    out: str
    files: int = 0
    documents: list[DocumentSummary] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    snapshots: list[int] = field(default_factory=list)  # dataset snapshots the run's commits made

    @property
    def ok(self) -> bool:
        return not self.errors


def one_line(error: BaseException) -> str:
    """An unexpected exception as one line that names its type."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files to parse: files as given, folders searched recursively for .txt .html .htm .docx .pdf
    (and .doc .wps, so that the run says to convert them rather than skipping them unseen).

    Order: the arguments' order, each folder's files sorted; a file reached twice counts
    once. A path that does not exist is kept, so the run reports it as a bad file.
    Hidden files and folders (a name starting with ".") inside a folder are skipped.
    """
    found: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a symbolic link loop: kept, so the run reports it as a bad file
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            found.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READ_SUFFIXES and not _is_hidden(child, path):
                    add(child)
        else:
            add(path)
    return found


def ingest_step(path: str | Path) -> Ingested:
    """Read one file; raises IngestError with a one-line reason for a file it refuses. The input bounds
    come from the environment (ZHENGCE_MAX_BYTES, ZHENGCE_MAX_LINE_CHARS; `zhengce parse --max-bytes
    --max-line-chars` sets them), so worker threads and processes obey the same bounds."""
    return read_path(path, limits=Limits.from_env(os.environ))


def parse_step(ingested: Ingested) -> Document:
    return parse_ingested(ingested)


def write_step(out: str | Path, docs: Sequence[Document]) -> CommitResult:
    """Each document's JSON, then one atomic commit of all tables."""
    write_documents_json(out, docs)
    return commit(out, documents=docs)


def parse_file(path: str | Path) -> Document | FileError:
    """Ingest and parse one file; any failure becomes a FileError instead of an exception."""
    try:
        return parse_step(ingest_step(path))
    except IngestError as error:
        return FileError(str(path), error.reason)
    except Exception as error:  # one bad file must not stop the batch
        return FileError(str(path), one_line(error))


def parse_batch(
    paths: Iterable[str | Path],
    out: str | Path,
    progress: Callable[[Path, Document | FileError], None] | None = None,
    chunk_documents: int = CHUNK_DOCUMENTS,
    chunk_chars: int = CHUNK_CHARS,
) -> BatchResult:
    """Parse every file and write the good ones, committing every few hundred documents.

    Bad files are collected in ``BatchResult.errors`` as (path, reason); they leave no
    rows and no JSON. ``progress`` is called after each file with the file and its outcome.
    """
    files = collect_paths(paths)
    result = BatchResult(out=str(out), files=len(files))
    pending: list[Document] = []
    pending_chars = 0

    def flush() -> None:
        nonlocal pending, pending_chars
        if pending:
            result.snapshots.append(write_step(out, pending).snapshot)
        pending, pending_chars = [], 0

    for path in files:
        outcome = parse_file(path)
        if isinstance(outcome, FileError):
            result.errors.append(outcome)
        else:
            result.documents.append(DocumentSummary.of(outcome, path))
            pending.append(outcome)
            pending_chars += len(outcome.text)
            if len(pending) >= chunk_documents or pending_chars >= chunk_chars:
                flush()
        if progress is not None:
            progress(path, outcome)
    flush()
    return result

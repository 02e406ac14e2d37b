"""The steps of a parse run as plain functions: collect, ingest, parse, stage, commit.

The CLI calls these directly (fast, no Prefect import); flows/tasks.py wraps the same
functions as Prefect tasks, so there is one code path whichever way a run goes.
Nothing here imports Prefect.

A batch is cut into chunks of files (``plan_chunks``: about ``CHUNK_BYTES`` of input each).
``stage_chunk`` parses a chunk and stages its rows and JSON as one segment
(outputs/staging.py); ``commit_staged`` publishes every segment in one atomic commit at the end.
What a batch is (its files, its workers, its chunks) is flows/batch_plan.py.
When the batch is large enough to pay for it (``PARALLEL_MIN_BYTES``) and the machine has more
than one core, the chunks run in worker processes, forked while the files are listed, as soon as
the files found so far prove it (batch_plan.WorkerStart): the workers import the parsers side by
side while this process lists, plans and then only waits to commit; otherwise the
chunks run in this process, one at a time, so memory stays flat either way (how a worker starts
and stages its segments is flows/segment_staging.py). The parsers are imported where they are
used, for that reason.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from flows.batch_plan import CHUNK_BYTES as CHUNK_BYTES
from flows.batch_plan import CHUNK_FILES as CHUNK_FILES
from flows.batch_plan import PARALLEL_MIN_BYTES as PARALLEL_MIN_BYTES
from flows.batch_plan import Chunk as Chunk
from flows.batch_plan import WorkerStart, collect_path_names, plan_chunks, worker_count, working_folder
from flows.batch_plan import available_cores as available_cores
from flows.batch_plan import collect_paths as collect_paths
from flows.batch_result import BatchResult, DocumentSummary, FileError, Tally
from flows.parse_deadline import ParseOvertime, parse_deadline
from outputs.staging import Batch, SegmentWriter, StagedSegment, open_batch, stage

if TYPE_CHECKING:
    from flows.database_process import ForkedDatabase
    from outputs.dataset import CommitResult
    from parsers.ingest import Ingested, Limits
    from parsers.model import Document


def one_line(error: BaseException) -> str:
    """An unexpected exception as one line that names its type."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def ingest_step(path: str | Path, limits: Limits | None = None) -> Ingested:
    """Read one file; raises IngestError with a one-line reason for a file it refuses. The input bounds
    are ``limits`` if given, else the environment's (ZHENGCE_MAX_BYTES, ZHENGCE_MAX_LINE_CHARS;
    `zhengce parse --max-bytes --max-line-chars` sets them), so worker threads and processes obey
    the same bounds."""
    from parsers.ingest import Limits, read_path

    return read_path(path, limits=limits or Limits.from_env(os.environ))


def parse_step(ingested: Ingested) -> Document:
    from parsers.pipeline import parse_ingested

    return parse_ingested(ingested)


def parse_file(
    path: str | Path, root: str | None = None, limits: Limits | None = None
) -> Document | FileError:
    """Ingest and parse one file; any failure becomes a FileError instead of an exception, and so does a
    file that takes longer than ``limits.max_parse_seconds`` (flows/parse_deadline.py).

    ``root``: the folder a relative ``path`` is read from (a worker's working folder may not be the
    caller's); the document still names its source ``path`` as given. ``limits``: see ingest_step.
    """
    from parsers.ingest import ENV_MAX_PARSE_SECONDS, IngestError, Limits

    try:
        limits = limits or Limits.from_env(os.environ)
        with parse_deadline(limits.max_parse_seconds):  # reading (a PDF's layout) and parsing
            if root is None or os.path.isabs(path):
                return parse_step(ingest_step(path, limits))
            ingested = ingest_step(os.path.join(root, path), limits)
            given = dataclasses.replace(ingested.info, path=str(path))
            return parse_step(dataclasses.replace(ingested, info=given))
    except IngestError as error:
        return FileError(str(path), error.reason)
    except ParseOvertime as overtime:
        return FileError(
            str(path),
            f"parse took longer than {overtime.seconds:g} s (the limit: raise it with --max-parse-seconds"
            f" or {ENV_MAX_PARSE_SECONDS})",
        )
    except Exception as error:  # one bad file must not stop the batch
        return FileError(str(path), one_line(error))


# ---------------------------------------------------------------- chunks, staged by any process


@dataclass(frozen=True)
class ChunkResult:
    """What a worker hands back for a chunk: the staged segment's manifest and one outcome per file."""

    index: int
    segment: StagedSegment | None
    outcomes: tuple[tuple[str, DocumentSummary | FileError], ...]  # (path, outcome) in file order


def stage_chunk(
    batch: Batch, chunk: Chunk, series: str | None = None, writer: SegmentWriter | None = None
) -> ChunkResult:
    """Parse the chunk's files and stage the documents: into ``writer`` (a segment that takes several
    chunks, closed by its owner), else as a segment of their own, returned in the result.

    Runs anywhere ``batch.out`` is reachable: this process, a worker process, a Dask worker.
    A file that fails is an outcome (a FileError), not an exception.
    """
    from parsers.gcpause import collector_paused

    docs: list[Document] = []
    orders: list[int] = []
    outcomes: list[tuple[str, DocumentSummary | FileError]] = []
    segment = None
    # The chunk's documents stay alive until staged: collections while they pile up would walk
    # them again and again, and they hold no reference cycles. One collection runs after.
    with collector_paused():
        for path, order in zip(chunk.paths, chunk.orders, strict=True):
            outcome = parse_file(path, chunk.root, chunk.limits)
            if isinstance(outcome, FileError):
                outcomes.append((path, outcome))
                continue
            docs.append(outcome)
            orders.append(order)
            outcomes.append((path, DocumentSummary.of(outcome, path)))
        overrides = {doc.doc_id: series for doc in docs} if series else None
        if writer is not None:
            writer.add(docs, orders=orders, series=overrides)
        elif docs:
            segment = stage(batch, docs, chunk.index, orders=orders, series=overrides)
        del docs
    _release_arrow_memory()
    return ChunkResult(chunk.index, segment, tuple(outcomes))


def _release_arrow_memory() -> None:
    """Hand Arrow's freed buffers back to the system, so a worker that staged many chunks stays flat."""
    import sys

    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()


ChunkRunner = Callable[[Batch, list[Chunk], str | None], Iterable[ChunkResult | StagedSegment]]
"""Runs a batch's chunks (``stage_chunk`` somewhere) and yields each chunk's result as it finishes,
then any segment that staged several chunks (a chunk staged on its own has it in its result)."""


def parse_batch(
    paths: Iterable[str | Path],
    out: str | Path,
    progress: Callable[[Path, DocumentSummary | FileError], None] | None = None,
    workers: int | None = None,
    series: str | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    run_chunks: ChunkRunner | None = None,
    commit: Callable[[str | Path, list[StagedSegment]], CommitResult] | None = None,
    forked_database: ForkedDatabase | None = None,
    worker_start: WorkerStart | None = None,
) -> BatchResult:
    """Parse every file and write the good ones in one atomic commit.

    Bad files are collected in ``BatchResult.errors`` as (path, reason); they leave no rows and
    no JSON. Files with the same text as an earlier one are written once and listed in
    ``BatchResult.duplicates``. ``progress`` is called for each file with its outcome (as each
    chunk finishes). ``workers``: worker processes (0 = this process; default: by batch size);
    ``chunk_bytes``: the most input one chunk (one staged segment) takes. ``run_chunks``: where
    the chunks run instead (a Dask cluster: flows/dask_cluster.py), ``workers`` then being how many
    run at once there; ``commit``: what publishes the staged segments (default ``commit_staged``;
    a Prefect task in a flow). ``forked_database``: a fork of this process that the `zhengce parse`
    command started before its heavier imports (flows/database_process.py): a batch parsed in this
    process has a new output folder's DuckDB file written by it; otherwise it is told to exit.
    ``worker_start``: what started the workers (or not) while the caller listed ``paths`` the same
    way; without it, this listing starts them (a batch on local workers). The workers end with the batch.
    """
    local = run_chunks is None and commit is None
    if worker_start is None and local:
        worker_start = WorkerStart(workers, chunk_bytes)
        files = collect_path_names(paths, worker_start.listed)
    else:
        files = collect_path_names(paths)
    pool = worker_start.pool if local and worker_start is not None else None
    try:
        result = BatchResult(out=str(out), files=len(files))
        if not files:
            return result
        n_workers = pool.size if pool is not None else worker_count(files, workers)
        chunks = plan_chunks(files, max(1, n_workers), chunk_bytes, working_folder())
        del files  # the chunks hold the paths, as strings: the parent's memory stays flat over the batch
        on_local_workers = local and n_workers > 0
        in_this_process = local and n_workers == 0
        if run_chunks is None:
            # imported here: flows/segment_staging.py imports this module (stage_chunk)
            from flows.segment_staging import run_chunks_locally

            def run_chunks(batch: Batch, chunks: list[Chunk], series: str | None) -> Iterator:
                return run_chunks_locally(batch, chunks, n_workers, series, pool)

        tally = Tally(result.files)
        if forked_database is not None and not in_this_process:
            forked_database.close()  # the batch runs elsewhere: the child exits without writing
            forked_database = None
        with _database_writer(out, on_local_workers, fork=forked_database) as database:
            if database is not None:
                from outputs.dataset import commit_staged

                commit = partial(commit_staged, write_database=database)
            committed = _stage_and_commit(out, chunks, series, tally, run_chunks, commit, progress)
    finally:
        if worker_start is not None:
            worker_start.close()  # workers never given the batch (it ended before its chunks went out)
    duplicates = committed.duplicates if committed is not None else []
    tally.fill(result, dropped=(d.order for d in duplicates if d.order is not None))
    if committed is not None:
        result.snapshots.append(committed.snapshot)
        result.duplicates.extend(duplicates)
    return result


def _stage_and_commit(
    out: str | Path,
    chunks: list[Chunk],
    series: str | None,
    tally: Tally,
    run_chunks: ChunkRunner,
    commit: Callable[[str | Path, list[StagedSegment]], CommitResult] | None,
    progress: Callable[[Path, DocumentSummary | FileError], None] | None,
) -> CommitResult | None:
    """Run the chunks, count each file's outcome in ``tally`` as its chunk ends, and publish every
    staged segment in one commit (None when no file gave a document)."""
    orders = {chunk.index: chunk.orders for chunk in chunks}
    paths = _paths_by_order(chunks)
    segments: list[StagedSegment] = []
    with open_batch(out) as batch:
        for item in run_chunks(batch, chunks, series):
            if isinstance(item, StagedSegment):
                segments.append(_sharing_paths(item, paths))
                continue
            if item.segment is not None:  # a chunk staged on its own
                segments.append(_sharing_paths(item.segment, paths))
            # by place in the batch: a chunk that ran twice (a retried task) counts once
            for order, (path, outcome) in zip(orders[item.index], item.outcomes, strict=True):
                tally.add(order, outcome)
                if progress is not None:
                    progress(Path(path), outcome)
        segments.sort(key=lambda s: s.segment)
        if commit is None:
            from outputs.dataset import commit_staged as commit

        return commit(out, segments) if segments else None


def _paths_by_order(chunks: list[Chunk]) -> list[str | None]:
    """Each file's path (the chunks' own string) by its place in the batch."""
    paths: list[str | None] = [None] * (max((max(c.orders, default=-1) for c in chunks), default=-1) + 1)
    for chunk in chunks:
        for order, path in zip(chunk.orders, chunk.paths, strict=True):
            paths[order] = path
    return paths


def _sharing_paths(segment: StagedSegment, paths: list[str | None]) -> StagedSegment:
    """``segment`` with each document's source the chunks' string of the same path: a manifest comes
    with a copy of its own (unpickled), a second list of the batch's paths that this process would
    hold until the commit (2 MB at 10,000 documents)."""

    def shared(source: str | None, order: int) -> str | None:
        path = paths[order] if 0 <= order < len(paths) else None
        return path if path is not None and path == source else source

    documents = segment.documents
    sources = tuple(shared(documents.source(k), documents.order(k)) for k in range(len(documents)))
    return replace(
        segment,
        documents=documents.with_sources(sources),
        duplicates=tuple(replace(doc, source=shared(doc.source, doc.order)) for doc in segment.duplicates),
    )


def _database_writer(out: str | Path, on_local_workers: bool, fork: ForkedDatabase | None = None):
    """For a batch on worker processes, a child that writes a new output folder's DuckDB file
    (flows/database_process.py): the parent, which commits, then never imports DuckDB, 40 MB at
    the peak of a long batch, and the child imports it on a core the parent leaves idle. ``fork``:
    a batch in this process has it written by that fork of this process, which imports DuckDB while
    this one parses. Otherwise, or for a folder whose file is current, it is written in process."""
    import contextlib

    from outputs.sql import database_is_current

    if not (on_local_workers or fork) or database_is_current(out):
        if fork is not None:
            fork.close()
        return contextlib.nullcontext()
    if fork is not None:
        return fork
    from flows.database_process import DatabaseProcess

    return DatabaseProcess()

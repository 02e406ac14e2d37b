"""Where a local batch's chunks are staged: in this process, or on worker processes that each append
several chunks to one segment.

Split out of flows/steps.py, which keeps what every runner shares (a file's parse, ``stage_chunk``,
the batch's commit): this module is the local runner only, the one ``parse_batch`` uses when no
other runner (a Dask cluster) is given. A worker starts with the parsers loaded by a made-up draft
(``start_worker``), then stages each chunk it takes into the segment it has open, closing it after
``SEGMENT_CHUNKS`` chunks; flows/workers.py forks a fresh process for each segment
(``FRESH_AFTER_CHUNKS``), so a worker's memory stays flat over a long batch.
Nothing here imports Prefect.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from flows.batch_plan import Chunk
from flows.steps import ChunkResult, stage_chunk
from outputs.staging import Batch, SegmentWriter, StagedSegment

if TYPE_CHECKING:
    from flows.workers import WorkerPool

SEGMENT_CHUNKS = 8  # chunks a worker appends to one segment before it closes it: an open Parquet
# writer keeps every row group's metadata, so a worker's memory would creep over a long batch (16 chunks
# were ~2 MB of it, the largest part of a worker's growth); a 10,000-document batch: ~15 files per table
FRESH_AFTER_CHUNKS = (
    SEGMENT_CHUNKS  # a worker stages each segment in a process forked for it (flows/workers.py)
)


def start_worker() -> None:
    """A worker process's start: pyarrow without numpy and pandas (when the parent has neither), the
    parsers, loaded by one made-up draft (``regex_cache.PRIMER``, the one the rules' cache is primed with), and
    the collector kept off what lives as long as the worker: what the parsers load on first use (the lexicon, the
    detector's weights, jieba's index) is then loaded once per worker and shared with the processes it forks."""
    from flows import startup

    startup.import_pyarrow_lean()
    import outputs.json_export  # noqa: F401
    import outputs.rows  # noqa: F401
    from flows import opener_cache, regex_cache, table_cache
    from parsers.ingest import read_bytes
    from parsers.pipeline import parse_ingested

    parse_ingested(read_bytes(regex_cache.PRIMER.encode("utf-8"), name="warm-up.txt"))
    regex_cache.save()  # a worker of the first run keeps the rules' programs for the next (atexit is the parent's)
    opener_cache.save()  # and their opening classes (flows/opener_cache.py)
    table_cache.save()  # and the data tables' parsed forms (flows/table_cache.py)
    startup.freeze_imports()


def _stage_rotating(
    batch: Batch, series: str | None, chunk: Chunk, writer: SegmentWriter | None
) -> tuple[ChunkResult, SegmentWriter | None]:
    """Stage a chunk into the open segment (one is opened, named by the chunk, if none is); after
    ``SEGMENT_CHUNKS`` chunks the segment is closed and handed back in the chunk's result."""
    if writer is None:
        writer = SegmentWriter(batch, chunk.index)
    try:
        result = stage_chunk(batch, chunk, series, writer)
    except BaseException:
        writer.abort()
        raise
    if writer.parts >= SEGMENT_CHUNKS:
        return replace(result, segment=_close_segment(writer)), None
    return result, writer


def _close_segment(writer: SegmentWriter | None) -> StagedSegment | None:
    if writer is None:
        return None
    if writer.empty:
        writer.abort()
        return None
    return writer.close()


def run_chunks_locally(
    batch: Batch, chunks: list[Chunk], workers: int, series: str | None, pool: WorkerPool | None = None
) -> Iterator[ChunkResult | StagedSegment]:
    """Each chunk's result as it finishes (with a segment when one was closed after it), then the
    segments still open at the end: on ``pool``'s workers (started while the batch was listed), on
    ``workers`` worker processes forked now, or in this process."""
    if pool is None and (workers < 1 or len(chunks) < 2):
        writer = None
        for chunk in chunks:
            result, writer = _stage_rotating(batch, series, chunk, writer)
            yield result
        last = _close_segment(writer)
        if last is not None:
            yield last
        return
    from flows.workers import run_on_workers

    # chunks go out in batch order: a worker's segment keeps the first of two files with the same text,
    # which must be the one listed first (the commit compares segments, not what a segment dropped)
    stage = partial(_stage_in_worker, batch, series)
    if pool is not None:
        results = pool.run(chunks, stage=stage, close=_close_segment)
    else:
        results = run_on_workers(
            min(workers, len(chunks)),
            chunks,
            start=start_worker,
            stage=stage,
            close=_close_segment,
            fresh_after=FRESH_AFTER_CHUNKS,
        )
    for _, value in results:
        if value is not None:
            yield value


def _stage_in_worker(batch: Batch, series: str | None, number: int, chunk: Chunk, writer):
    """One chunk in worker ``number``: appended to the segment the worker has open."""
    return _stage_rotating(batch, series, chunk, writer)

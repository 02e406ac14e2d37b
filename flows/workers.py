"""Worker processes on this machine for a parse batch: each parses chunks and stages them into a segment of its own.

``run_on_workers`` forks ``n`` processes as soon as the chunks are planned (the parsers are
imported in each, side by side, while the parent only waits), hands them the chunks through a
queue, so a worker that finishes early takes the next one, and yields each chunk's result as it
comes, then each worker's staged segment. A worker appends every chunk it parses to one segment
(outputs.staging.SegmentWriter: one Parquet row group per chunk), so a batch of any size stages a
file per table per worker, holds one chunk in memory per worker, and needs no merging when it is
committed.

A worker that fails, or dies (killed, out of memory), fails the batch with one line naming the
worker; nothing of the batch is committed, and its staged files are swept.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable, Iterator, Sequence
from typing import Any

POLL_SECONDS = 0.5  # how often the parent checks that every worker is alive while it waits


class WorkerFailed(RuntimeError):
    """A worker process raised, or ended without finishing its work."""


def _work(
    number: int, tasks, results, start: Callable[[], None], stage: Callable, close: Callable
) -> None:  # pragma: no cover - runs in the worker process (its outcome is what the tests check)
    try:
        start()
        state = None
        while (task := tasks.get()) is not None:
            result, state = stage(number, task, state)
            results.put(("chunk", result))
        results.put(("segment", close(state)))
    except BaseException as error:  # reported to the parent, which fails the batch
        message = " ".join(str(error).split())
        results.put(
            (
                "error",
                f"worker {number}: {type(error).__name__}: {message}" if message else type(error).__name__,
            )
        )
        raise SystemExit(1) from None


def run_on_workers(
    n: int,
    tasks: Sequence[Any],
    *,
    start: Callable[[], None],
    stage: Callable[[int, Any, Any], tuple[Any, Any]],
    close: Callable[[Any], Any],
) -> Iterator[tuple[str, Any]]:
    """Run ``tasks`` on ``n`` forked workers; yields ("chunk", result) per task, then ("segment", …) per worker.

    In each worker: ``start()`` once, then ``result, state = stage(worker_number, task, state)`` for
    every task it takes (``state`` starts as None), then ``close(state)`` once the queue is empty.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    task_queue = context.Queue()
    results = context.Queue()
    procs = [
        context.Process(
            target=_work,
            args=(k, task_queue, results, start, stage, close),
            name=f"zhengce-worker-{k}",
            daemon=True,
        )
        for k in range(n)
    ]
    for proc in procs:  # forked before this process starts the queue's feeder thread
        proc.start()
    try:
        for task in tasks:
            task_queue.put(task)
        for _ in procs:
            task_queue.put(None)
        waiting_chunks, waiting_segments = len(tasks), n
        while waiting_chunks or waiting_segments:
            try:
                kind, value = results.get(timeout=POLL_SECONDS)
            except queue.Empty:
                dead = [p for p in procs if p.exitcode not in (None, 0)]
                if dead:
                    raise WorkerFailed(f"{dead[0].name} ended with exit code {dead[0].exitcode}") from None
                continue
            if kind == "error":
                raise WorkerFailed(value)
            if kind == "chunk":
                waiting_chunks -= 1
            else:
                waiting_segments -= 1
            yield kind, value
        for proc in procs:
            proc.join()
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.kill()
            proc.join()
        task_queue.close()
        results.close()

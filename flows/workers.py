"""Worker processes on this machine for a parse batch: each parses chunks and stages them into a segment of its own.

A ``WorkerPool`` forks its processes when it is made, before the batch is listed and planned: as soon
as the files listed so far prove the batch large enough for workers (flows/batch_plan.WorkerStart).
A worker forked later would start with the parent's listing of the whole batch resident (its path
strings and the allocator pages its temporaries left partly free: some 4 MB per 10,000 files), so its
memory would grow with the batch's file count. The workers import the parsers side by side while
the parent lists, plans and waits. ``run`` then hands them the chunks through a queue, so a worker
that finishes early takes the next one, and yields each chunk's result as it comes, then what each
worker closes at the end. The work itself is passed with the chunks (it names the batch's staging
folder, which does not exist yet when the workers start): flows/segment_staging.py has each worker append its
chunks to a segment of its own (outputs.staging.SegmentWriter: one Parquet row group per chunk, one
chunk in memory at a time), closed every few chunks, so a batch of any size stages a few files per
table and worker, and memory stays flat. Each segment is staged by a process the worker forks for it
from its started self (``fresh_after``), which ends with the segment: a process's heap only fragments
over its life, so a worker that staged fifty chunks itself peaked 8-9 MB above one that staged six,
with its live objects the same. A worker that gets no chunk (more workers than chunks) closes nothing
and exits.

A worker that fails, or dies (killed, out of memory), fails the batch with one line naming the
worker; nothing of the batch is committed, and its staged files are swept.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import select
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from flows.parent_death import die_with_parent, parent_gone

POLL_SECONDS = 0.5  # how often the parent checks that every worker is alive while it waits
QUIT_SECONDS = 10  # how long a pool that was never given work waits for its workers to exit
_MORE = 75  # exit code of a worker's process that stopped to be replaced by a fresh one (the batch goes on)


class WorkerFailed(RuntimeError):
    """A worker process raised, or ended without finishing its work."""


def _next_item(tasks, parent_pid: int):
    """The next item of the task queue; exits this worker if the parent dies while it waits.

    The workers wait from the fork until ``run``: the whole listing and planning of the batch. On
    Linux the kernel ends them if the parent dies (``die_with_parent``); the poll covers the
    systems without it."""
    while True:
        try:
            return tasks.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if parent_gone(parent_pid):
                os._exit(1)


def _report(results, number: int, error: BaseException) -> None:
    message = " ".join(str(error).split())
    results.put(
        ("error", f"worker {number}: {type(error).__name__}: {message}" if message else type(error).__name__)
    )


def _take_tasks(number: int, tasks, results, parent_pid: int, limit: int | None) -> bool:
    """Stage tasks until the pool's end (False), or (True) after ``limit`` tasks at a point where the
    worker holds no state (``stage`` handed back None: nothing open), so a fresh process can go on."""
    state, done = None, 0
    # ("task", stage, task) for each task, then ("end", close); None: the pool closed unused
    while (item := _next_item(tasks, parent_pid)) is not None and item[0] == "task":
        _, stage, task = item
        result, state = stage(number, task, state)
        results.put(("chunk", result))
        done += 1
        if limit is not None and done >= limit and state is None:
            return True
    if item is not None:
        results.put(("segment", item[1](state)))
    return False


def _work(
    number: int, tasks, results, start: Callable[[], None], parent_pid: int, fresh_after: int | None = None
) -> None:  # pragma: no cover - runs in the worker process (its outcome is what the tests check)
    die_with_parent(parent_pid)
    try:
        start()
        if fresh_after is None:
            _take_tasks(number, tasks, results, parent_pid, None)
            return
    except BaseException as error:  # reported to the parent, which fails the batch
        _report(results, number, error)
        raise SystemExit(1) from None
    while _in_fresh_process(number, tasks, results, parent_pid, fresh_after):
        pass


def _in_fresh_process(
    number: int, tasks, results, parent_pid: int, fresh_after: int
) -> bool:  # pragma: no cover - runs in the worker process
    """Take the next tasks in a child forked from this worker as it was after ``start``; True when the
    child stopped after ``fresh_after`` tasks and another should go on.

    Why: a process's heap only fragments over its life (freed blocks between live ones stay resident:
    a worker's peak crept ~8 MB over 50 chunks, with its live Python objects flat), so each child starts
    from the started worker's pages, shared, and its own growth ends with it. This worker itself never
    touches the queues (their feeder threads would not survive the fork). A child that fails has
    reported it: this worker exits 1; a child killed by a signal (kill -9, the OOM killer) gets this
    worker killed by the same signal, so the parent reports the worker as it would have."""
    child_gone, child_alive = os.pipe()  # the read end sees end-of-file once the child has exited
    worker_pid = os.getpid()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(child_gone)
            die_with_parent(worker_pid)
            code = _MORE if _take_tasks(number, tasks, results, worker_pid, fresh_after) else 0
        except BaseException as error:
            with contextlib.suppress(BaseException):  # the exit code still fails the batch
                _report(results, number, error)
        finally:
            try:
                results.close()
                results.join_thread()  # what the child put reaches the parent before it exits
            finally:
                os._exit(code)
    os.close(child_alive)
    while not select.select([child_gone], [], [], POLL_SECONDS)[0]:
        if parent_gone(parent_pid):
            os.kill(pid, signal.SIGKILL)
            os._exit(1)
    os.close(child_gone)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        killed_by = os.WTERMSIG(status)
        with contextlib.suppress(OSError, ValueError):  # SIGKILL has no handler to reset
            signal.signal(killed_by, signal.SIG_DFL)
        os.kill(os.getpid(), killed_by)
        os._exit(1)
    code = os.WEXITSTATUS(status)
    if code == _MORE:
        return True
    if code:
        raise SystemExit(code)
    return False


class WorkerPool:
    """``n`` worker processes, forked now; each runs ``start()`` once, then waits for ``run``'s tasks.

    ``fresh_after``: each worker takes its tasks in a child process forked from it after ``start``, and
    replaces the child by a fresh one once the child has run that many tasks and holds no state (see
    ``_in_fresh_process``); None: the worker takes them itself.

    Used once: ``run`` (or ``close``, for a batch that ends before its tasks are handed out) ends
    the workers. A context manager that closes it.
    """

    def __init__(self, n: int, start: Callable[[], None], fresh_after: int | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.size = n
        self._tasks = context.Queue()
        self._results = context.Queue()
        parent_pid = os.getpid()  # read here: a worker reading its parent's pid could read init's
        self._procs = [
            context.Process(
                target=_work,
                args=(k, self._tasks, self._results, start, parent_pid, fresh_after),
                name=f"zhengce-worker-{k}",
                daemon=True,
            )
            for k in range(n)
        ]
        for proc in self._procs:  # forked before this process starts the queue's feeder thread
            proc.start()
        self._used = False

    def run(
        self,
        tasks: Sequence[Any],
        *,
        stage: Callable[[int, Any, Any], tuple[Any, Any]],
        close: Callable[[Any], Any],
    ) -> Iterator[tuple[str, Any]]:
        """Run ``tasks``; yields ("chunk", result) per task, then ("segment", …) per worker.

        In each worker: ``result, state = stage(worker_number, task, state)`` for every task it takes
        (``state`` starts as None), then ``close(state)`` once the queue is empty. ``stage`` and
        ``close`` go to the workers with the tasks, so they must pickle (module functions, partials).
        """
        if self._used:
            raise RuntimeError("a worker pool runs one batch")
        self._used = True
        procs = self._procs
        try:
            for task in tasks:
                self._tasks.put(("task", stage, task))
            for _ in procs:
                self._tasks.put(("end", close))
            waiting_chunks, waiting_segments = len(tasks), len(procs)
            while waiting_chunks or waiting_segments:
                try:
                    kind, value = self._results.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    dead = [p for p in procs if p.exitcode not in (None, 0)]
                    if dead:
                        raise WorkerFailed(
                            f"{dead[0].name} ended with exit code {dead[0].exitcode}"
                        ) from None
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
            self._end(0)

    def close(self) -> None:
        """End workers that were never given work (they exit as they are told; stopped if they do not)."""
        if self._used:
            return
        self._used = True
        for _ in self._procs:
            self._tasks.put(None)
        self._end(QUIT_SECONDS)

    def _end(self, wait: float) -> None:
        for proc in self._procs:
            proc.join(wait)
            if proc.is_alive():
                proc.kill()
            proc.join()
        self._tasks.close()
        self._results.close()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def run_on_workers(
    n: int,
    tasks: Sequence[Any],
    *,
    start: Callable[[], None],
    stage: Callable[[int, Any, Any], tuple[Any, Any]],
    close: Callable[[Any], Any],
    fresh_after: int | None = None,
) -> Iterator[tuple[str, Any]]:
    """Run ``tasks`` on ``n`` workers forked now (``WorkerPool`` and its ``run`` in one)."""
    with WorkerPool(n, start, fresh_after) as pool:
        yield from pool.run(tasks, stage=stage, close=close)

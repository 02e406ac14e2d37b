"""Parse a batch on a Dask cluster: a local one of worker processes, or an existing scheduler.

The unit of work is the chunk of files of flows/steps.py: a worker runs ``stage_chunk`` on it,
which parses the files and writes them as one staged segment under OUT (outputs/staging.py),
and hands back the segment's small manifest; the parent commits every segment in one atomic step
at the end (``parse_batch``). So workers on other machines need OUT at the same path (a shared
file system), and the input files too, as absolute paths or relative to the same folder. The
input bounds (``--max-bytes``, ``--max-line-chars``) are this process's, sent with each chunk: a
worker's own environment does not change what is refused.

Faults, and what the parent does about them:

- a worker dies mid-chunk (killed, out of memory, its machine gone): the scheduler runs the chunk
  again on another worker; staging the chunk again rewrites the same segment, so nothing is lost
  and nothing is written twice;
- a chunk that keeps failing (an exception after ``CHUNK_RETRIES``, or workers dying on it as often
  as the scheduler allows, ``KilledWorker``): its files run again one per chunk, and a file that
  still fails is reported like any bad file (``FileError``): the rest of the batch is written;
- a scheduler that cannot be reached: ``ClusterError`` after ``CONNECT_TIMEOUT`` seconds;
- the scheduler lost mid-batch, or no worker left for ``NO_WORKERS_TIMEOUT`` seconds:
  ``ClusterError``; nothing is committed and the previous dataset stays as it was.

``ChunkRunner`` only needs futures with ``add_done_callback`` and ``result``, so the same code runs
the chunks as plain ``distributed`` futures (``zhengce parse --dask``) and as Prefect task runs on
prefect-dask's DaskTaskRunner (flows/dask_flow.py). Nothing here imports dask, distributed or
Prefect until a cluster is used.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import logging
import os
import queue
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

from flows import steps
from flows.steps import Chunk, ChunkResult, FileError, available_cores, one_line
from outputs.staging import Batch

CONNECT_TIMEOUT = 5  # seconds to reach a scheduler before giving up
NO_WORKERS_TIMEOUT = 60  # seconds a batch waits with no worker at all before giving up
HEARTBEAT = 2.0  # seconds between checks of the cluster while waiting for a chunk
CHUNK_RETRIES = 1  # an exception in a chunk (not a bad file: that is an outcome) is retried once

_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?[^\s/:]+:\d+$", re.IGNORECASE)


class ClusterError(Exception):
    """The cluster cannot run the batch (unreachable, lost, no workers); ``str`` is one line."""


def is_address(text: str) -> bool:
    """True for a scheduler address: ``tcp://host:port``, ``tls://host:port`` or ``host:port``."""
    return bool(_ADDRESS.match(text))


def quiet_logs() -> None:
    """Keep distributed's own log records (worker removed, connection lost, with their tracebacks) off
    the terminal: the batch reports what matters in its own lines. For the command line's process only."""
    import distributed  # noqa: F401  (it sets its loggers' levels when imported: set them after)

    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def local_cluster_options(workers: int | None = None) -> dict[str, Any]:
    """A local cluster of ``workers`` processes (one per core by default), one thread each (parsing
    holds the GIL), on 127.0.0.1 only, its processes' own logs kept to critical records: a worker's
    heartbeat that races the scheduler's close logs an ERROR with a traceback on stderr of a run that
    went well, and the batch reports its failures in its own lines (as ``quiet_logs`` does in the
    parent). The scheduler's HTTP endpoints take a free port (the default, 8787, may be another
    cluster's: a warning on stderr)."""
    return {
        "n_workers": workers or available_cores(),
        "threads_per_worker": 1,
        "processes": True,
        "host": "127.0.0.1",
        "dashboard_address": "127.0.0.1:0",
        "silence_logs": logging.CRITICAL,
    }


@contextlib.contextmanager
def connect(address: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to the scheduler at ``address``, or to a local cluster of
    ``workers`` worker processes (one per core by default), one thread each; closed afterwards."""
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if address:
            try:
                client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as error:
                raise ClusterError(
                    f"cannot reach the Dask scheduler at {address}: {one_line(error)}"
                ) from None
            stack.callback(client.close)
            try:
                client.wait_for_workers(1, timeout=NO_WORKERS_TIMEOUT)
            except (OSError, TimeoutError) as error:
                raise ClusterError(
                    f"the Dask scheduler at {address} has no worker ({_reason(error)})"
                ) from None
        else:
            cluster = stack.enter_context(LocalCluster(**local_cluster_options(workers)))
            client = stack.enter_context(Client(cluster, set_as_default=False))
        yield client


def slots(client) -> int:
    """How many chunks the cluster runs at once (its workers' threads)."""
    return max(1, sum(client.nthreads().values()))


class ClusterWatch:
    """Called while the parent waits for chunks: raises ClusterError when the scheduler is gone or
    has had no worker for ``NO_WORKERS_TIMEOUT`` seconds (a batch would otherwise wait forever)."""

    def __init__(self, client, no_workers_timeout: float = NO_WORKERS_TIMEOUT):
        self.client = client
        self.no_workers_timeout = no_workers_timeout
        self._alone_since: float | None = None

    @property
    def address(self) -> str:
        return str(getattr(self.client.scheduler, "address", None) or "the Dask scheduler")

    def __call__(self) -> None:
        if self.client.status not in ("running", "connecting"):
            raise ClusterError(f"lost the Dask scheduler at {self.address} ({self.client.status})")
        try:
            workers = self.client.nthreads()
        except (OSError, TimeoutError) as error:
            raise ClusterError(f"lost the Dask scheduler at {self.address}: {_reason(error)}") from None
        if workers:
            self._alone_since = None
            return
        now = time.monotonic()
        self._alone_since = self._alone_since or now
        if now - self._alone_since > self.no_workers_timeout:
            raise ClusterError(f"no Dask worker left at {self.address} for {self.no_workers_timeout:.0f} s")


def _reason(error: BaseException) -> str:
    """An error's message on one line (its type only when it says nothing)."""
    return " ".join(str(error).split()) or type(error).__name__


def _failure(error: BaseException) -> str:
    if type(error).__name__ == "KilledWorker":
        return "a Dask worker died each time it ran this file (KilledWorker)"
    return one_line(error)


def _cancelled(error: BaseException) -> str:
    if "scheduler-connection-lost" in str(error):
        return "lost the connection to the Dask scheduler mid-batch; nothing was written"
    return f"the Dask cluster cancelled the batch's work; nothing was written ({_reason(error)})"


def _is_cancelled(error: BaseException) -> bool:
    return isinstance(error, (concurrent.futures.CancelledError, asyncio.CancelledError))


class ChunkRunner:
    """Runs a batch's chunks as futures and yields each chunk's result as it finishes
    (a ``steps.ChunkRunner``, for ``parse_batch(run_chunks=...)``).

    ``submit(batch, chunk, series)`` starts ``stage_chunk`` somewhere and returns a future;
    ``watch()``, called every ``heartbeat`` seconds of waiting, raises ClusterError to give up;
    ``cancel(future)`` drops a future no longer wanted.
    """

    def __init__(
        self,
        submit: Callable[[Batch, Chunk, str | None], Any],
        watch: Callable[[], None] | None = None,
        cancel: Callable[[Any], None] | None = None,
        heartbeat: float = HEARTBEAT,
    ):
        self.submit = submit
        self.watch = watch
        self.cancel = cancel
        self.heartbeat = heartbeat

    def __call__(self, batch: Batch, chunks: list[Chunk], series: str | None) -> Iterator[ChunkResult]:
        from parsers.ingest import Limits

        finished: queue.Queue = queue.Queue()
        running: dict[int, tuple[Any, Chunk]] = {}
        next_index = max((c.index for c in chunks), default=-1) + 1
        limits = Limits.from_env(os.environ)  # this run's bounds, not those of each worker's environment

        def launch(chunk: Chunk) -> None:
            chunk = dataclasses.replace(chunk, limits=limits)
            future = self.submit(batch, chunk, series)
            running[id(future)] = (future, chunk)
            future.add_done_callback(finished.put)

        try:
            for chunk in chunks:
                launch(chunk)
            while running:
                try:
                    future = finished.get(timeout=self.heartbeat)
                except queue.Empty:
                    if self.watch is not None:
                        self.watch()
                    continue
                _, chunk = running.pop(id(future))
                try:
                    result = future.result()
                except Exception as error:
                    if _is_cancelled(error):
                        raise ClusterError(_cancelled(error)) from None
                    if len(chunk.paths) == 1:
                        path = chunk.paths[0]
                        yield ChunkResult(chunk.index, None, ((path, FileError(path, _failure(error))),))
                        continue
                    for path, order in zip(chunk.paths, chunk.orders, strict=True):  # find the file at fault
                        launch(Chunk(next_index, (path,), (order,), chunk.root))
                        next_index += 1
                    continue
                yield result
        finally:
            if self.cancel is not None:
                for future, _ in running.values():
                    with contextlib.suppress(Exception):
                        self.cancel(future)


def distributed_runner(client) -> ChunkRunner:
    """Chunks as plain distributed tasks on ``client``'s cluster (no Prefect)."""

    def submit(batch: Batch, chunk: Chunk, series: str | None):
        return client.submit(
            steps.stage_chunk,
            batch,
            chunk,
            series,
            key=f"zhengce-stage-chunk-{batch.id}-{chunk.index:06d}",
            retries=CHUNK_RETRIES,
        )

    return ChunkRunner(submit, watch=ClusterWatch(client), cancel=lambda future: future.cancel())


def parse_on_cluster(
    client, paths, out, progress=None, series: str | None = None, chunk_bytes: int = steps.CHUNK_BYTES
) -> steps.BatchResult:
    """``parse_batch`` with the chunks on ``client``'s cluster, as many at once as it has threads."""
    return steps.parse_batch(
        paths,
        out,
        progress=progress,
        workers=slots(client),
        series=series,
        chunk_bytes=chunk_bytes,
        run_chunks=distributed_runner(client),
    )

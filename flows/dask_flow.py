"""The parse flow on a Dask cluster, through prefect-dask's DaskTaskRunner.

The same batch as ``zhengce parse --dask`` (flows/dask_cluster.py), as a Prefect flow: each chunk of
files is a ``stage-chunk`` task run on a Dask worker (it parses the chunk and stages it under OUT),
the flow commits every staged segment with the ``commit`` task of flows/tasks.py, and publishes
the parse flow's artifacts. A worker killed mid-chunk is handled by Dask (the task runs again on
another worker); a chunk that keeps failing runs again file by file, and a file that still fails is
reported in the result's ``errors`` like any refused file.

Task runs report to the Prefect API from the workers, so the workers must reach it: ``run`` uses
PREFECT_API_URL when it is set (a server every machine reaches), and otherwise starts Prefect's
local server on 127.0.0.1 for the run, which workers on this machine reach (a local cluster, or a
scheduler on 127.0.0.1).

    from flows.dask_flow import parse_flow_dask, task_runner
    parse_flow_dask.with_options(task_runner=task_runner("tcp://10.0.0.5:8786"))(paths, out)

Import flows.settings and call ``configure()`` before importing this module.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Iterator
from urllib.parse import urlsplit

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect_dask import DaskTaskRunner

from flows import dask_cluster, steps
from flows.dask_cluster import CHUNK_RETRIES, CONNECT_TIMEOUT, ChunkRunner, ClusterError, ClusterWatch
from flows.parse_flow import publish_artifacts
from flows.steps import BatchResult, Chunk, ChunkResult
from flows.tasks import commit_task
from outputs.staging import Batch


@task(
    name="stage-chunk",
    retries=CHUNK_RETRIES,
    retry_delay_seconds=1,
    cache_policy=NO_CACHE,  # staging writes files: never skip it for a cached result
    persist_result=False,
)
def stage_chunk_task(batch: Batch, chunk: Chunk, series: str | None = None) -> ChunkResult:
    return steps.stage_chunk(batch, chunk, series)


def task_runner(address: str | None = None, workers: int | None = None) -> DaskTaskRunner:
    """The scheduler at ``address``, or a local cluster of ``workers`` processes made for the run."""
    if address:
        return DaskTaskRunner(address=address, client_kwargs={"timeout": CONNECT_TIMEOUT})
    return DaskTaskRunner(cluster_kwargs=dask_cluster.local_cluster_options(workers))


@flow(name="zhengce-parse-dask", task_runner=task_runner(), log_prints=False)
def parse_flow_dask(
    paths: list[str], out: str, series: str | None = None, chunk_bytes: int = steps.CHUNK_BYTES
) -> BatchResult:
    """Parse the drafts under ``paths`` into the datasets under ``out``, chunk by chunk on Dask workers."""
    client = FlowRunContext.get().task_runner.client
    runner = ChunkRunner(
        lambda batch, chunk, series: stage_chunk_task.submit(batch, chunk, series),
        watch=ClusterWatch(client),
        cancel=lambda future: future.wrapped_future.cancel(),
    )
    result = steps.parse_batch(
        paths,
        out,
        workers=dask_cluster.slots(client),
        series=series,
        chunk_bytes=chunk_bytes,
        run_chunks=runner,
        commit=commit_task,
    )
    publish_artifacts(result)
    return result


def _is_loopback(address: str) -> bool:
    host = urlsplit(address if "://" in address else f"tcp://{address}").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_api_for_workers(address: str | None) -> None:
    """Workers on other machines cannot reach a server on this machine's 127.0.0.1."""
    from prefect.settings import PREFECT_API_URL

    if address and not PREFECT_API_URL.value() and not _is_loopback(address):
        raise ClusterError(
            f"the workers of {address} report to Prefect: set PREFECT_API_URL to a Prefect server they reach"
        )


@contextlib.contextmanager
def api_for_workers(address: str | None) -> Iterator[None]:
    """A Prefect API the workers reach: PREFECT_API_URL, else a local server started for the run."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    check_api_for_workers(address)
    if PREFECT_API_URL.value():
        yield
        return
    # What Prefect does by itself when no API is set, but started here so that its address goes to
    # the workers with the flow's settings (otherwise each worker would start a server of its own).
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield
    finally:
        server.stop()


def run(paths: list[str], out: str, address: str | None = None, workers: int | None = None, **options):
    """Run the flow on the scheduler at ``address`` or on a local cluster; ``options`` go to the flow
    call (``return_state=True`` …). An unreachable scheduler fails here, before Prefect starts."""
    check_api_for_workers(address)
    if address:
        with dask_cluster.connect(address):
            pass
    with api_for_workers(address):
        return parse_flow_dask.with_options(task_runner=task_runner(address, workers))(
            paths=paths, out=out, **options
        )

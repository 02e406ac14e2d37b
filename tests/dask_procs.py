"""A real Dask cluster for tests: `dask scheduler` and `dask worker` processes from the project's own
environment, on free ports of 127.0.0.1, stopped (the whole process group of each) however the test ends.

Each worker is started with ``--no-nanny`` (so the process a test kills is the worker itself, and
nothing restarts it) and ``--nthreads 1``. A scheduler or worker orphaned by a killed test session
still goes away by itself: the scheduler after ``--idle-timeout``, a worker after ``--death-timeout``
without its scheduler.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DASK = ROOT / ".venv" / "bin" / "dask"
START_TIMEOUT = 120  # seconds for the scheduler and the workers to come up on a busy machine
GATE = Path(__file__).resolve().parent / "dask_worker_gate.py"  # a worker preload (see that module)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen] = field(default_factory=list)

    @property
    def worker_pids(self) -> list[int]:
        return [w.pid for w in self.workers]

    def processes(self) -> list[subprocess.Popen]:
        return [*self.workers, self.scheduler]


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _wait_for_workers(address: str, n: int, procs: list[subprocess.Popen], logs: Path) -> None:
    from distributed import Client

    deadline = time.monotonic() + START_TIMEOUT
    while True:
        dead = [p for p in procs if p.poll() is not None]
        if dead:
            raise RuntimeError(f"a Dask process exited at start-up; logs in {logs}")
        try:
            with Client(address, timeout=5, set_as_default=False) as client:
                client.wait_for_workers(n, timeout=max(1, deadline - time.monotonic()))
                return
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise


@contextlib.contextmanager
def dask_cluster(tmp: Path, n_workers: int = 2, env: dict[str, str] | None = None) -> Iterator[Cluster]:
    """A scheduler and ``n_workers`` single-threaded workers (each its own process, with the gate preload)."""
    tmp.mkdir(parents=True, exist_ok=True)
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    environment = {**os.environ, **(env or {})}
    started: list[subprocess.Popen] = []

    def start(name: str, *command: str) -> subprocess.Popen:
        log = open(tmp / f"{name}.log", "wb")  # noqa: SIM115 (kept open by the process)
        proc = subprocess.Popen(
            [str(DASK), *command],
            cwd=tmp,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so a stop reaches everything it started
        )
        log.close()
        started.append(proc)
        return proc

    try:
        scheduler = start(
            "scheduler",
            "scheduler",
            "--host=127.0.0.1",
            f"--port={port}",
            "--no-dashboard",
            "--idle-timeout=900",
        )
        cluster = Cluster(address, scheduler)
        for k in range(n_workers):
            cluster.workers.append(
                start(
                    f"worker-{k}",
                    "worker",
                    address,
                    "--host=127.0.0.1",
                    "--nthreads=1",
                    "--no-nanny",
                    "--no-dashboard",
                    f"--name=worker-{k}",
                    f"--local-directory={tmp / f'worker-{k}'}",
                    "--death-timeout=60",
                    f"--preload={GATE}",
                )
            )
        _wait_for_workers(address, n_workers, started, tmp)
        yield cluster
    finally:
        _stop(started)

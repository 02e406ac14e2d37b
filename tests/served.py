"""Real Prefect servers and served `zhengce watch` processes for the schedule tests.

Every process here is started in a process group (or session) of its own and is ended by
the helpers' `close`, also when a test fails. Waits poll with generous deadlines; only the
stop of a watch is timed, because "within 5 s" is the behaviour under test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import psutil
import pytest

from flows import server

SERVER_READY_S = 180
RUN_WAIT_S = 240

# The scheduler creates a deployment's runs ahead of time; make it notice a new deployment
# within 1 s and top up every 5 s, and mark runs late sooner, without changing what it does.
SERVER_ENV = {
    "PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS": "1",
    "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
}
# A served watch looks for due runs every 2 s (default 10) and says what each run did.
SERVED_ENV = {
    "PREFECT_RUNNER_POLL_FREQUENCY": "2",
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PYTHONUNBUFFERED": "1",
}


def log_tails(logs: list[Path], size: int = 6000) -> str:
    return "\n".join(
        f"--- {log.name}\n{log.read_text(errors='replace')[-size:]}" for log in logs if log.exists()
    )


def wait_for(
    what: str, check: Callable[[], Any], timeout: float, logs: list[Path], every: float = 1.0
) -> Any:
    """Poll ``check`` until it returns something truthy; on timeout fail with the processes' logs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = check()
        except (OSError, ValueError, KeyError):  # a table or file not written yet
            value = None
        if value:
            return value
        time.sleep(every)
    pytest.fail(f"timed out waiting for {what}\n{log_tails(logs)}")


def drop_into(inbox: Path, source: Path, name: str | None = None) -> Path:
    """Copy under a hidden name, then rename: a scheduled run never sees half a file."""
    name = name or source.name
    temp = inbox / f".{name}.part"
    shutil.copyfile(source, temp)
    target = inbox / name
    os.replace(temp, target)
    return target


def documents(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents", columns=["doc_id", "sha256", "source"])


class PrefectServer:
    """`prefect server start` on a free port with its own PREFECT_HOME; `restart` keeps both."""

    def __init__(self, home: Path, log: Path, extra_env: dict[str, str] | None = None) -> None:
        self.home, self.log = home, log
        self.env = {**SERVER_ENV, **(extra_env or {})}
        self.port = server.free_port()
        self.api_url = server.api_url_for(self.port)
        self.proc: subprocess.Popen | None = None
        self.started_once = False

    def start(self) -> PrefectServer:
        if self.proc is None and not self.started_once:
            # First start: any free port will do, and one taken meanwhile by another process is replaced.
            try:
                self.proc, self.port = server.start_on_free_port(
                    self.home, timeout=SERVER_READY_S, log_path=self.log, extra_env=self.env
                )
            except (TimeoutError, RuntimeError) as error:
                pytest.fail(f"{error}\n{log_tails([self.log])}")
            self.api_url = server.api_url_for(self.port)
            self.started_once = True
            return self
        # A restart keeps the port: clients hold its URL.
        self.proc = server.start_server(self.home, self.port, extra_env=self.env, log_path=self.log)
        try:
            server.wait_ready(self.api_url, timeout=SERVER_READY_S, proc=self.proc)
        except (TimeoutError, RuntimeError) as error:
            self.stop()
            pytest.fail(f"{error}\n{log_tails([self.log])}")
        return self

    def stop(self) -> None:
        if self.proc is not None:
            server.stop(self.proc)
            assert not server.group_alive(self.proc.pid)
            self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class ServedWatch:
    """`zhengce watch INBOX --out OUT --every ... --name NAME` against a server, as a user runs it."""

    def __init__(self, root: Path, api_url: str, name: str, every: str = "5s") -> None:
        self.root, self.api_url, self.name, self.every = root, api_url, name, every
        self.inbox, self.out = root / "inbox", root / "out"
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.log = root / f"watch-{name}.log"
        self.proc: subprocess.Popen | None = None
        self.family: list[psutil.Process] = []

    def start(self, inbox: Path | None = None, out: Path | None = None) -> ServedWatch:
        inbox, out = inbox or self.inbox, out or self.out
        env = dict(os.environ)
        env.update(server.QUIET_PREFECT_ENV)
        env.update(SERVED_ENV)
        env.update({"PREFECT_API_URL": self.api_url, "PREFECT_HOME": str(self.root / "client-home")})
        zhengce = Path(sys.executable).with_name("zhengce")
        command = [str(zhengce), "watch", str(inbox), "--out", str(out), "--every", self.every]
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [*command, "--name", self.name],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def wait_serving(self, count: int = 1, timeout: float = RUN_WAIT_S) -> None:
        """Until the watch has (re)registered its deployment ``count`` times."""
        wait_for(
            f"watch {self.name} to serve",
            lambda: self.log_text().count(f"serving watch-inbox/{self.name} ") >= count,
            timeout,
            [self.log],
            every=0.2,
        )
        assert self.proc is not None and self.proc.poll() is None, self.log_text()

    def processes(self) -> list[psutil.Process]:
        """The watch and every process it started (its serving session and flow runs)."""
        assert self.proc is not None
        top = psutil.Process(self.proc.pid)
        return [top, *top.children(recursive=True)]

    def stop(self, sig: signal.Signals, timeout: float = 120.0) -> tuple[float, int]:
        """Send ``sig`` as a user would (Ctrl-C: SIGINT; a service manager: SIGTERM); (seconds until exit, code)."""
        assert self.proc is not None
        self.family = self.processes()
        started = time.monotonic()
        self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            code = -1
        return time.monotonic() - started, code

    def survivors(self) -> list[psutil.Process]:
        """Processes of the stopped watch still running after a short while (zombies do not count)."""
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            alive = [p for p in self.family if _running(p)]
            if not alive:
                return []
            time.sleep(0.1)
        return alive

    def kill(self) -> None:
        """SIGKILL the watch and everything it started: a power cut, as far as the server can tell."""
        if self.proc is None:
            return
        with contextlib.suppress(psutil.NoSuchProcess):
            family = self.processes()
            for process in family:
                with contextlib.suppress(psutil.NoSuchProcess):
                    process.kill()
            psutil.wait_procs(family, timeout=10)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)

    def close(self) -> None:
        self.kill()
        for process in self.family:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()


def _running(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


# ---------------------------------------------------------------- what the server recorded


@contextlib.contextmanager
def prefect_client(api_url: str) -> Iterator[Any]:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        yield client


def deployment_runs(api_url: str, name: str) -> list[Any]:
    """Every flow run of the deployment watch-inbox/NAME, oldest expected start first ([] before it exists)."""
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId
    from prefect.exceptions import ObjectNotFound

    from flows.watch import FLOW_NAME

    runs: list[Any] = []
    with prefect_client(api_url) as client:
        try:
            deployment = client.read_deployment_by_name(f"{FLOW_NAME}/{name}")
        except ObjectNotFound:  # not registered yet
            return []
        while True:
            page = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                limit=200,
                offset=len(runs),
            )
            runs.extend(page)
            if len(page) < 200:
                break
    return sorted(runs, key=lambda run: run.expected_start_time)


def state_history(api_url: str, run_id: Any) -> list[Any]:
    with prefect_client(api_url) as client:
        return sorted(client.read_flow_run_states(run_id), key=lambda state: state.timestamp)


def run_artifacts(api_url: str, run_ids: list[Any]) -> dict[Any, list[Any]]:
    """Artifacts of these flow runs, by flow run id."""
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with prefect_client(api_url) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=run_ids))
        )
    found: dict[Any, list[Any]] = {run_id: [] for run_id in run_ids}
    for artifact in artifacts:
        found.setdefault(artifact.flow_run_id, []).append(artifact)
    return found

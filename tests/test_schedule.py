"""The schedule, for real: a `prefect server start`, the watch flow served on a 5 s interval by
`zhengce watch INBOX --out OUT --every 5s`, drafts dropped into the inbox while it runs.

Slow (the server alone takes 15-30 s to start) but part of the default run: it is the only
test of the path a user takes with `make server` and `make watch`. Every wait polls with a
generous deadline; nothing asserts how long anything took.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from flows import server
from flows.cmd_watch import DEPLOYMENT_NAME
from flows.watch import FLOW_NAME

pytestmark = pytest.mark.server

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REVISION = FIXTURES / "revisions" / "kunming_keji_2024_xdg.txt"
SERVER_READY_S = 120
RUN_WAIT_S = 180

# Make the runner and the scheduler quick for the test, without changing what they do.
SERVED_ENV = {
    "PREFECT_RUNNER_POLL_FREQUENCY": "2",  # look for due runs every 2 s (default 10)
    "PREFECT_LOGGING_LEVEL": "INFO",  # the served process's log explains a failure
}
SERVER_ENV = {
    # The scheduler creates a deployment's runs ahead of time (at least 3, up to 100 or an
    # hour ahead). Its "recent deployments" loop does so right after `serve` registers the
    # deployment (checked every 1 s instead of 5); the main loop (5 s instead of 60) tops them up.
    "PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS": "1",
    "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
}


def log_tails(logs: list[Path]) -> str:
    return "\n".join(
        f"--- {log.name}\n{log.read_text(errors='replace')[-6000:]}" for log in logs if log.exists()
    )


def wait_for(what: str, check: Callable[[], object], timeout: float, logs: list[Path]) -> object:
    """Poll ``check`` until it returns something truthy; on timeout fail with the processes' logs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = check()
        except (OSError, ValueError):  # a table or file not written yet
            value = None
        if value:
            return value
        time.sleep(1)
    pytest.fail(f"timed out waiting for {what}\n{log_tails(logs)}")


def drop_into(inbox: Path, source: Path, name: str) -> Path:
    """Copy under a hidden name, then rename: a scheduled run never sees half a file."""
    temp = inbox / f".{name}.part"
    shutil.copyfile(source, temp)
    target = inbox / name
    os.replace(temp, target)
    return target


def doc_ids_by_sha256(out: Path) -> dict[str, str]:
    rows = pd.read_parquet(out / "documents", columns=["doc_id", "sha256"])
    return dict(zip(rows["sha256"], rows["doc_id"], strict=True))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_served_watch_flow_parses_and_diffs_new_drafts_on_schedule(tmp_path, seed_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    server_log, served_log = tmp_path / "server.log", tmp_path / "served.log"
    logs = [served_log, server_log]
    port = server.free_port()
    api_url = server.api_url_for(port)

    server_proc = server.start_server(
        tmp_path / "server-home", port, extra_env=SERVER_ENV, log_path=server_log
    )
    served_proc = None
    try:
        server.wait_ready(api_url, timeout=SERVER_READY_S, proc=server_proc)

        served_env = dict(os.environ)
        served_env.update(server.QUIET_PREFECT_ENV)
        served_env.update(SERVED_ENV)
        served_env.update({"PREFECT_API_URL": api_url, "PREFECT_HOME": str(tmp_path / "client-home")})
        zhengce = Path(sys.executable).with_name("zhengce")
        with open(served_log, "wb") as log:
            served_proc = subprocess.Popen(
                [str(zhengce), "watch", str(inbox), "--out", str(out), "--every", "5s"],
                env=served_env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its flow runs are its children: one group to stop
            )

        # 1. The seed: a scheduled run parses it.
        seed = drop_into(inbox, seed_path, "kunming_keji_2024_zqyj.txt")
        seed_id = wait_for(
            "a scheduled run to parse the seed",
            lambda: doc_ids_by_sha256(out).get(sha256(seed)),
            RUN_WAIT_S,
            logs,
        )
        assert served_proc.poll() is None, "the served process exited"

        # 2. A revision: the next scheduled run parses it and compares it with the seed.
        revision = drop_into(inbox, REVISION, "kunming_keji_2024_xdg.txt")
        revision_id = wait_for(
            "a scheduled run to parse the revision",
            lambda: doc_ids_by_sha256(out).get(sha256(revision)),
            RUN_WAIT_S,
            logs,
        )
        # The diff is committed with the revision's rows: one atomic write.
        diff_json = out / "diffs" / f"{seed_id}__{revision_id}.json"
        assert diff_json.is_file() and diff_json.with_suffix(".html").is_file()
        diff = json.loads(diff_json.read_text(encoding="utf-8"))
        changes = pd.read_parquet(out / "changes")
        assert set(zip(changes["old_doc_id"], changes["new_doc_id"], strict=True)) == {(seed_id, revision_id)}
        assert "modified" in set(changes["change"])
        value_changes = pd.read_parquet(out / "value_changes")
        assert len(value_changes) == len(diff["value_changes"]) > 0

        # 3. What the Prefect server recorded: the runs of the deployment completed, and the
        # run that made the diff published it (artifacts come after the write: wait for them).
        diff_key = f"diff-{seed_id}-{revision_id}"
        states, artifacts = wait_for(
            "the revision's flow run to complete with its artifacts",
            lambda: prefect_records(api_url, diff_key),
            RUN_WAIT_S,
            logs,
        )
        assert states.count("COMPLETED") >= 2, states  # the seed's run and the revision's run, at least
        assert "FAILED" not in states and "CRASHED" not in states, states
        assert artifacts[diff_key].type == "markdown"
        assert seed_id in artifacts[diff_key].data and revision_id in artifacts[diff_key].data
        table = artifacts["value-changes"]
        assert table.type == "table"
        rows = json.loads(table.data) if isinstance(table.data, str) else table.data
        assert len(rows) == len(diff["value_changes"])
        assert {(row["old_doc_id"], row["new_doc_id"]) for row in rows} == {(seed_id, revision_id)}
        assert "watch-inbox-run" in artifacts
    except AssertionError:
        print(log_tails(logs))  # shown by pytest with the failure
        raise
    finally:
        if served_proc is not None:
            server.stop(served_proc)  # first: it pauses its deployment through the server
        server.stop(server_proc)

    assert served_proc is not None and not server.group_alive(served_proc.pid)
    assert not server.group_alive(server_proc.pid)


def prefect_records(api_url: str, wanted_key: str) -> tuple[list[str], dict] | None:
    """(state types of the deployment's runs, artifacts of its completed runs by key) once an
    artifact ``wanted_key`` of a completed run exists; None before."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        DeploymentFilter,
        DeploymentFilterId,
    )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(f"{FLOW_NAME}/{DEPLOYMENT_NAME}")
        runs = client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
        )
        completed = [run.id for run in runs if run.state is not None and run.state.is_completed()]
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=completed))
        )
    by_key = {artifact.key: artifact for artifact in artifacts}
    if wanted_key not in by_key:
        return None
    return [run.state.type.value for run in runs if run.state is not None], by_key

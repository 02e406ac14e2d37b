"""The scheduled watch against a Prefect server on PostgreSQL, started the way `make server DB=postgres`
starts it: `python -m flows.server --db postgres`, which creates a private PostgreSQL cluster
(initdb, as the `postgres` user when the tests run as root), starts it and the Prefect server
on it, and stops both on Ctrl-C. Nothing is expected to exist beforehand; everything is
stopped and removed at the end, also when the test fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest
from served import (
    RUN_WAIT_S,
    SERVER_ENV,
    SERVER_READY_S,
    ServedWatch,
    deployment_runs,
    documents,
    drop_into,
    log_tails,
    run_artifacts,
    wait_for,
)

from flows import server
from flows.postgres import SERVICE_USER, LocalPostgres

pytestmark = pytest.mark.server

REVISION = Path(__file__).resolve().parent.parent / "fixtures" / "revisions" / "kunming_keji_2024_xdg.txt"


@pytest.fixture
def cluster_folder():
    """A short folder (the socket path must fit in 107 bytes) the postgres user may use when we are root."""
    folder = Path(tempfile.mkdtemp(prefix="zhengce-pg-"))
    if os.geteuid() == 0:
        service = pwd.getpwnam(SERVICE_USER)
        os.chown(folder, service.pw_uid, service.pw_gid)
    try:
        yield folder / "cluster"
    finally:
        LocalPostgres(folder / "cluster").remove()  # a no-op when the server command stopped it
        shutil.rmtree(folder, ignore_errors=True)


def test_the_scheduled_watch_runs_on_a_prefect_server_backed_by_postgresql(
    tmp_path, cluster_folder, seed_path
):
    port = server.free_port()
    api_url = server.api_url_for(port)
    home, server_log = tmp_path / "server-home", tmp_path / "server.log"
    env = {**os.environ, **server.QUIET_PREFECT_ENV, **SERVER_ENV, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)
    command = [sys.executable, "-m", "flows.server", "--port", str(port), "--db", "postgres", "--no-ui"]
    command += ["--pg-data", str(cluster_folder)]
    watch = ServedWatch(tmp_path / "watch", api_url, "postgres", every="2s")
    logs = [watch.log, server_log]
    with open(server_log, "ab") as log:
        server_command = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for("the server on PostgreSQL", lambda: server.is_healthy(api_url), SERVER_READY_S, logs)
        assert "database: PostgreSQL" in server_log.read_text()
        assert LocalPostgres(cluster_folder).is_running()

        watch.start()
        seed = drop_into(watch.inbox, seed_path)
        wait_for(
            "a scheduled run to parse the seed", lambda: len(documents(watch.out)) == 1, RUN_WAIT_S, logs
        )
        revision = drop_into(watch.inbox, REVISION)
        wait_for(
            "a scheduled run to parse the revision", lambda: len(documents(watch.out)) == 2, RUN_WAIT_S, logs
        )
        rows = documents(watch.out)
        ids = dict(zip(rows["sha256"], rows["doc_id"], strict=True))
        seed_id, revision_id = ids[_sha(seed)], ids[_sha(revision)]
        assert (watch.out / "diffs" / f"{seed_id}__{revision_id}.json").is_file()
        assert len(pd.read_parquet(watch.out / "value_changes")) > 0

        # The server kept the runs and their artifacts in PostgreSQL, not in a SQLite file.
        diff_key = f"diff-{seed_id}-{revision_id}"

        def the_diff_artifact():
            runs = [run for run in deployment_runs(api_url, "postgres") if run.state.is_completed()]
            found = run_artifacts(api_url, [run.id for run in runs])
            return [a for artifacts in found.values() for a in artifacts if a.key == diff_key]

        artifact = wait_for("the diff's artifact", the_diff_artifact, RUN_WAIT_S, logs)[0]
        assert seed_id in artifact.data and revision_id in artifact.data
        assert not (home / "prefect.db").exists()
        cluster = LocalPostgres(cluster_folder)
        assert int(cluster.query("SELECT count(*) FROM flow_run WHERE state_type = 'COMPLETED'")) >= 2
        stored = cluster.query(f"SELECT data FROM artifact WHERE key = '{diff_key}' LIMIT 1")
        assert revision_id in json.loads(stored)

        seconds, code = watch.stop(signal.SIGTERM)
        assert seconds < 5.0 and code == 0, watch.log_text()[-4000:]
    except AssertionError:
        print(log_tails(logs))
        raise
    finally:
        watch.close()
        _interrupt(server_command)

    # Ctrl-C on `make server DB=postgres` stops the Prefect server and the cluster.
    assert server_command.returncode == 0, log_tails([server_log])
    assert not server.group_alive(server_command.pid)
    assert not LocalPostgres(cluster_folder).is_running()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _interrupt(command: subprocess.Popen, timeout: float = 60.0) -> None:
    """Ctrl-C, as a user stops `make server`; SIGKILL its group if it does not end."""
    if command.poll() is None:
        command.send_signal(signal.SIGINT)
        try:
            command.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(command.pid, signal.SIGKILL)
            command.wait(timeout=10)
    deadline = time.monotonic() + 15
    while server.group_alive(command.pid) and time.monotonic() < deadline:
        time.sleep(0.1)

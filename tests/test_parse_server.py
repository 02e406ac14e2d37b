"""`zhengce parse --prefect` runs its flow on the server PREFECT_API_URL names, when one is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from flows import server
from outputs.dataset import read_table

pytestmark = pytest.mark.server

SERVER_READY_S = 180


def post(api_url: str, path: str, body: dict) -> list[dict]:
    request = urllib.request.Request(
        f"{api_url}/{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def test_parse_with_prefect_runs_on_the_server_of_prefect_api_url(tmp_path, seed_path):
    proc, port = server.start_on_free_port(
        tmp_path / "server-home", timeout=SERVER_READY_S, log_path=tmp_path / "server.log"
    )
    api_url = server.api_url_for(port)
    try:
        env = dict(os.environ, **server.QUIET_PREFECT_ENV)
        env.update({"PREFECT_API_URL": api_url, "PREFECT_HOME": str(tmp_path / "client-home")})
        out = tmp_path / "out"
        done = subprocess.run(
            [
                str(Path(sys.executable).with_name("zhengce")),
                "parse",
                str(seed_path),
                "--out",
                str(out),
                "--prefect",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        assert f"on {api_url}: Completed" in done.stderr
        assert read_table(out, "documents").column("source").to_pylist() == [str(seed_path)]

        flows = {flow["id"]: flow["name"] for flow in post(api_url, "flows/filter", {})}
        runs = [
            run
            for run in post(api_url, "flow_runs/filter", {})
            if flows.get(run["flow_id"]) == "zhengce-parse"
        ]
        assert [run["state_type"] for run in runs] == ["COMPLETED"]  # the run lives on this server
        artifacts = {a["key"] for a in post(api_url, "artifacts/filter", {})}
        assert {"zhengce-parse-summary", "zhengce-parse-amounts"} <= artifacts
    finally:
        server.stop(proc)
    assert not server.group_alive(proc.pid)

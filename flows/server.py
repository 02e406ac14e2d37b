"""Start, check and stop a local `prefect server start` (SQLite under PREFECT_HOME).

A schedule (`flow.serve`) needs a real Prefect server: the ephemeral one that
`--prefect` starts lives only as long as its process. The Makefile's `server`
target and tests/test_schedule.py both start it through here or with the same
settings. Nothing here imports Prefect: the server is a separate process.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

DEFAULT_PORT = 4200
DEFAULT_API_URL = f"http://127.0.0.1:{DEFAULT_PORT}/api"
# The server takes ~25 s to answer on a 2-core machine, more on a cold one.
READY_TIMEOUT_S = 120.0

# Telemetry off and a long startup allowance everywhere this project runs Prefect.
QUIET_PREFECT_ENV = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


def prefect_executable() -> str:
    """The `prefect` next to the running interpreter (the project's venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("prefect")
    if beside.exists():
        return str(beside)
    found = shutil.which("prefect")
    if found is None:
        raise FileNotFoundError("the `prefect` command is not installed in this environment")
    return found


def api_url_for(port: int, host: str = "127.0.0.1") -> str:
    return f"http://{host}:{port}/api"


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def server_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a server process: its own PREFECT_HOME, telemetry off, no client URL."""
    env = dict(os.environ)
    # A server must not think it is a client of some other server.
    env.pop("PREFECT_API_URL", None)
    env.update(QUIET_PREFECT_ENV)
    env["PREFECT_HOME"] = str(home)
    env["PREFECT_UI_ENABLED"] = "false"
    env["PREFECT_SERVER_UI_ENABLED"] = "false"
    env.update(extra or {})
    return env


def start_server(
    home: Path,
    port: int = DEFAULT_PORT,
    *,
    host: str = "127.0.0.1",
    extra_env: dict[str, str] | None = None,
    log_path: Path | None = None,
) -> subprocess.Popen:
    """Run `prefect server start` in its own process group; its database is SQLite under `home`.

    Returns at once: call `wait_ready` before using it, and `stop` when done. The server's
    output goes to `log_path` (or is discarded), never to a pipe nobody reads.
    """
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    command = [prefect_executable(), "server", "start", "--host", host, "--port", str(port), "--no-ui"]
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - the child owns it
    try:
        return subprocess.Popen(
            command,
            env=server_env(home, extra_env),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so `stop` reaches uvicorn's children too
        )
    finally:
        if log_path:
            log.close()


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when the server at `api_url` answers its health check."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200 and json.loads(response.read() or b"false") is True
    except (OSError, urllib.error.URLError, ValueError):
        return False


def wait_ready(api_url: str, timeout: float = READY_TIMEOUT_S, proc: subprocess.Popen | None = None) -> None:
    """Poll /api/health until the server answers; raise TimeoutError, or RuntimeError if `proc` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_healthy(api_url):
            return
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with code {proc.returncode} before it was ready")
        time.sleep(0.5)
    raise TimeoutError(f"no Prefect server answered at {api_url} within {timeout:.0f} s")


def stop(proc: subprocess.Popen, grace: float = 15.0) -> None:
    """End the process group: SIGTERM, then SIGKILL what is still alive after `grace` seconds."""
    if proc.poll() is None:
        _signal_group(proc, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
    # Children (uvicorn workers, services, flow-run processes) may outlive the leader: sweep the group.
    _signal_group(proc, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=grace)
    deadline = time.monotonic() + grace
    while group_alive(proc.pid) and time.monotonic() < deadline:  # killed children are reaped by init
        time.sleep(0.1)


def group_alive(pgid: int) -> bool:
    """True while any process of the group (a zombie included) still exists."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _signal_group(proc: subprocess.Popen, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)

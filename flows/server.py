"""Start, check and stop a local `prefect server start`, on SQLite or PostgreSQL.

A schedule needs a real Prefect server: the ephemeral one that `--prefect` starts lives
only as long as its process. `make server` runs ``python -m flows.server`` (``main`` below)
and the schedule tests start it through ``start_server`` with the same settings. Its
database is SQLite under PREFECT_HOME by default (nothing to set up), PostgreSQL with
``--db postgres`` (a private cluster under PREFECT_HOME/postgres, flows/postgres.py), or
whatever PREFECT_API_DATABASE_CONNECTION_URL names. Nothing here imports Prefect: the
server is a separate process.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
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
from typing import Any

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
    ui: bool = False,
    show_output: bool = False,
) -> subprocess.Popen:
    """Run `prefect server start` in its own process group; its database is SQLite under `home`
    unless `extra_env` names another (PREFECT_API_DATABASE_CONNECTION_URL).

    Returns at once: call `wait_ready` before using it, and `stop` when done. The server's
    output goes to `log_path`, or to this terminal with `show_output`, else nowhere; never to
    a pipe nobody reads.
    """
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    command = [prefect_executable(), "server", "start", "--host", host, "--port", str(port)]
    env = server_env(home, extra_env)
    if ui:
        env["PREFECT_UI_ENABLED"] = env["PREFECT_SERVER_UI_ENABLED"] = "true"
    else:
        command.append("--no-ui")
    if show_output:
        log = None
    else:
        log = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - the child owns it
    try:
        return subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT if log is not None else None,
            start_new_session=True,  # its own process group, so `stop` reaches uvicorn's children too
        )
    finally:
        if log_path and not show_output:
            log.close()


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when the server at `api_url` answers its health check."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200 and json.loads(response.read() or b"false") is True
    except (OSError, urllib.error.URLError, ValueError, http.client.HTTPException):
        # HTTPException: something other than a web server answers on the port (taken meanwhile by another process)
        return False


def answers_within(api_url: str, grace: float) -> bool:
    """True when the server answers healthy within `grace` seconds.

    Nothing listening on the port is an answer at once (False); a server that is up but busy (a run finishing, a
    loaded host) can take longer than one health check's timeout, so it is asked again until the grace runs out.
    """
    deadline = time.monotonic() + grace
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=remaining) as response:
                return response.status == 200 and json.loads(response.read() or b"false") is True
        except urllib.error.URLError as err:
            if isinstance(err.reason, ConnectionRefusedError):
                return False
        except (OSError, ValueError, http.client.HTTPException):
            pass  # a timeout, a reset, something other than a web server: ask again while the grace lasts
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
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


def start_on_free_port(
    home: Path,
    *,
    timeout: float = READY_TIMEOUT_S,
    log_path: Path | None = None,
    extra_env: dict[str, str] | None = None,
    attempts: int = 3,
) -> tuple[subprocess.Popen, int]:
    """Start a server on a free port and wait until it is ready; return it and its port.

    A port is free when `free_port` asks, but the server binds it seconds later: another process may take it
    meanwhile, and the server then exits before it is ready. Only then is a new port tried, up to `attempts` times."""
    for attempt in range(1, attempts + 1):
        port = free_port()
        api_url = api_url_for(port)
        proc = start_server(home, port, extra_env=extra_env, log_path=log_path)
        try:
            wait_ready(api_url, timeout=timeout, proc=proc)
        except RuntimeError:
            stop(proc)
            if attempt == attempts:
                raise
            continue
        except BaseException:
            stop(proc)
            raise
        return proc, port
    raise AssertionError("unreachable")


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


# ---------------------------------------------------------------- `make server`


def database_of(args: argparse.Namespace, home: Path) -> tuple[str, dict[str, str], Any]:
    """(what to call the database, the server's extra environment, the cluster to stop at the end)."""
    from flows.postgres import LocalPostgres

    given = os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL")
    if args.db == "postgres":
        cluster = LocalPostgres(Path(args.pg_data or home / "postgres"), port=args.pg_port)
        cluster.start()
        extra = {"PREFECT_API_DATABASE_CONNECTION_URL": cluster.connection_url}
        return f"PostgreSQL (cluster in {cluster.data_dir})", extra, cluster
    if given:
        return "the database of PREFECT_API_DATABASE_CONNECTION_URL", {}, None
    return f"SQLite ({home / 'prefect.db'})", {}, None


def main(argv: list[str] | None = None) -> int:
    """Run a Prefect server in the foreground until Ctrl-C; stop its PostgreSQL cluster with it."""
    from flows import settings
    from flows.postgres import DEFAULT_PORT as PG_PORT
    from flows.postgres import PostgresError

    parser = argparse.ArgumentParser(prog="python -m flows.server", description=main.__doc__)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"API port (default {DEFAULT_PORT})")
    parser.add_argument(
        "--db", choices=("sqlite", "postgres"), default="sqlite", help="database (default sqlite)"
    )
    parser.add_argument("--pg-data", help="PostgreSQL cluster folder (default PREFECT_HOME/postgres)")
    parser.add_argument("--pg-port", type=int, default=PG_PORT, help="names the cluster's unix socket")
    parser.add_argument("--no-ui", action="store_true", help="serve the API only")
    args = parser.parse_args(argv)

    settings.configure()
    home = Path(os.environ["PREFECT_HOME"])
    stopping = False

    def on_signal(signum: int, frame: object) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):  # a second Ctrl-C must not cut the cleanup short
        signal.signal(sig, on_signal)
    cluster = None
    proc = None
    try:
        try:
            described, extra, cluster = database_of(args, home)
        except PostgresError as error:
            print(f"zhengce: {error}", file=sys.stderr)
            return 1
        api_url = api_url_for(args.port)
        print(
            f"Prefect server on {api_url} (UI http://127.0.0.1:{args.port}), database: {described}",
            flush=True,
        )
        proc = start_server(home, args.port, extra_env=extra, ui=True, show_output=True)
        wait_ready(api_url, proc=proc)
        print(f"ready; `make watch` serves the inbox against it (PREFECT_API_URL={api_url})", flush=True)
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    except (TimeoutError, RuntimeError) as error:
        print(f"zhengce: {error}", file=sys.stderr)
        return 1
    finally:
        stopping = True
        if proc is not None:
            stop(proc)
        if cluster is not None:
            with contextlib.suppress(PostgresError):
                cluster.stop()


if __name__ == "__main__":
    sys.exit(main())

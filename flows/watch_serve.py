"""`zhengce watch INBOX --every 10m`: keep the watch flow served by a Prefect server, and stop on time.

This process supervises; it does not talk to Prefect beyond the server's /api/health. The
serving itself happens in a session process (flows/watch_session.py) in a process group of
its own, with the flow runs as its children, so that:

- SIGINT (Ctrl-C) and SIGTERM end the watch within STOP_DEADLINE_S whatever the server's
  state: the session gets SIGTERM (it cancels its runs and pauses the schedule if the server
  answers), and whatever of its group is left after the grace period gets SIGKILL;
- a server that goes away is noticed here (LOST_AFTER failed health checks in a row), the
  session is ended, and once the server answers again a new session registers the deployment
  again (a server that came back with a fresh database gets it recreated) and goes on;
- a session that fails on its own while the server is up is started again, up to
  MAX_QUICK_FAILURES times in a row.

Nothing here imports Prefect: the signal path stays short.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from flows.server import is_healthy
from flows.watch_session import EXIT_LOST_SERVER, STOP_GRACE_S, WatchSpec

STOP_DEADLINE_S = 5.0  # the promise: a signal ends `zhengce watch` within this
HEALTH_EVERY_S = 2.0
HEALTH_TIMEOUT_S = 1.5
LOST_AFTER = 3  # failed health checks in a row before the server counts as gone
MAX_QUICK_FAILURES = 3
QUICK_S = 60.0  # a session that ends on its own sooner than this counts as a failure


class StopRequested(Exception):
    """Raised in the main thread by the SIGINT/SIGTERM handler: unwinds whatever was waiting."""


@dataclass
class _Signals:
    stopping: bool = False
    received: int | None = None

    def handler(self, signum: int, frame: object) -> None:
        if self.stopping:  # a second Ctrl-C while stopping changes nothing: the deadline holds
            return
        self.stopping = True
        self.received = signum
        raise StopRequested


def say(line: str) -> None:
    print(f"zhengce: {line}", file=sys.stderr, flush=True)


def start_session(spec: WatchSpec) -> subprocess.Popen:
    command = [sys.executable, "-m", "flows.watch_session", spec.to_json(), str(os.getpid())]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)


def end_session(session: subprocess.Popen, grace: float = STOP_GRACE_S + 0.5) -> None:
    """SIGTERM the session (it cancels its flow runs), then SIGKILL its whole group after ``grace`` seconds."""
    if session.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            session.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            session.wait(timeout=grace)
    _signal_group(session.pid, signal.SIGKILL)  # children a finished session left behind, too
    with contextlib.suppress(subprocess.TimeoutExpired):
        session.wait(timeout=1.0)


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def wait_for_server(api_url: str, healthy: Callable[[str], bool] = is_healthy) -> None:
    while not healthy(api_url):
        time.sleep(HEALTH_EVERY_S)


def watch_session(session: subprocess.Popen, api_url: str, healthy: Callable[[str], bool]) -> str:
    """Wait until the session ends ('exited') or the server stops answering ('lost')."""
    failures = 0
    while True:
        time.sleep(HEALTH_EVERY_S)
        if session.poll() is not None:
            return "exited"
        failures = 0 if healthy(api_url) else failures + 1
        if failures >= LOST_AFTER:
            return "lost"


def serve(spec: WatchSpec, healthy: Callable[[str], bool] | None = None) -> int:
    """Serve until a signal: 0 when stopped by SIGINT/SIGTERM, 1 when serving keeps failing."""
    healthy = healthy or (lambda url: is_healthy(url, timeout=HEALTH_TIMEOUT_S))
    signals = _Signals()
    previous = {sig: signal.signal(sig, signals.handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    session: subprocess.Popen | None = None
    quick_failures = 0
    try:
        while True:
            session = start_session(spec)
            started = time.monotonic()
            outcome = watch_session(session, spec.api_url, healthy)
            if outcome == "exited" and session.returncode == EXIT_LOST_SERVER:
                outcome = "lost"
            if outcome == "lost":
                say(f"the Prefect server at {spec.api_url} stopped answering; waiting for it to come back")
                end_session(session)
                wait_for_server(spec.api_url, healthy)
                say("the Prefect server answers again; serving the watch again")
                quick_failures = 0
                continue
            code = session.returncode
            quick_failures = quick_failures + 1 if time.monotonic() - started < QUICK_S else 1
            if quick_failures >= MAX_QUICK_FAILURES:
                say(f"serving failed {quick_failures} times in a row (last exit {code}); giving up")
                return 1
            say(f"the serving process ended (exit {code}); starting it again")
            wait_for_server(spec.api_url, healthy)
    except StopRequested:
        return 0
    finally:
        # A signal during the cleanup must not cut it short: the handler ignores repeats.
        signals.stopping = True
        if session is not None:
            end_session(session)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if signals.received is not None:
            print("stopped", flush=True)

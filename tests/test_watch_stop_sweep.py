"""A stopping watch session leaves none of its deployment's runs Pending or Running.

`stop_session` pauses the schedule, cancels the runs in flight and stops the Runner at once. A run
whose process was starting while the first sweep read the states marks itself Running after it;
the session sweeps again once the Runner has stopped. The client and the Runner here are small
fakes with the calls the session makes (a real server is exercised by tests/test_schedule.py,
where this race showed under load); the states are Prefect's own.
"""

from __future__ import annotations

import asyncio
import itertools
import uuid
from types import SimpleNamespace

from prefect.client.schemas.objects import StateType

from flows.watch_session import STOPPED_MESSAGE, stop_session


class FakeClient:
    """The Prefect client calls the session makes, over a table of run id -> state type."""

    def __init__(self, states: dict[str, StateType]) -> None:
        self.states = dict(states)
        self.messages: dict[str, str] = {}
        self.paused = False

    async def pause_deployment(self, deployment_id: str) -> None:
        self.paused = True

    async def read_flow_runs(self, *, deployment_filter, flow_run_filter, limit, offset):
        wanted = set(flow_run_filter.state.type.any_)
        runs = [SimpleNamespace(id=run_id) for run_id, state in self.states.items() if state in wanted]
        return runs[offset : offset + limit]

    async def set_flow_run_state(self, run_id: str, state, force: bool = False) -> None:
        self.states[run_id] = state.type
        self.messages[run_id] = state.message


class LateStartRunner:
    """A Runner whose stop lets one scheduled run's process mark itself Running first."""

    def __init__(self, client: FakeClient, late_run: str) -> None:
        self.client, self.late_run = client, late_run
        self.stopped = False

    async def astop(self) -> None:
        await asyncio.sleep(0.05)  # the first sweep has read the states by now
        self.client.states[self.late_run] = StateType.RUNNING
        self.stopped = True


def stop(states: dict[str, StateType], late_run: str) -> tuple[FakeClient, LateStartRunner]:
    client = FakeClient(states)
    runner = LateStartRunner(client, late_run)
    asyncio.run(stop_session(runner, client, uuid.uuid4()))
    return client, runner


def test_a_run_that_starts_while_the_session_stops_is_cancelled_too():
    client, runner = stop(
        {"going": StateType.RUNNING, "starting": StateType.SCHEDULED, "done": StateType.COMPLETED},
        late_run="starting",
    )
    assert runner.stopped and client.paused
    assert client.states == {
        "going": StateType.CANCELLED,
        "starting": StateType.CANCELLED,
        "done": StateType.COMPLETED,
    }
    assert client.messages == {"going": STOPPED_MESSAGE, "starting": STOPPED_MESSAGE}


def test_no_run_in_flight_is_left_whatever_the_states_were():
    in_flight = [StateType.PENDING, StateType.RUNNING, StateType.CANCELLING]
    for first, second in itertools.product(in_flight + [StateType.SCHEDULED], repeat=2):
        client, _ = stop({"a": first, "b": second, "late": StateType.SCHEDULED}, late_run="late")
        assert not set(client.states.values()) & set(in_flight), (first, second, client.states)


class BusyServerClient(FakeClient):
    """A server that answers the pause after the Runner has ended its runs, as SQLite on two loaded cores does;
    a call after the session has closed the client is lost."""

    closed = False

    async def pause_deployment(self, deployment_id: str) -> None:
        await asyncio.sleep(0.3)
        if self.closed:
            raise RuntimeError("the client was closed")
        self.paused = True


class QuickRunner:
    """A Runner whose start returns as soon as it is stopped, and which is sent SIGTERM while it serves."""

    def __init__(self, **_: object) -> None:
        self.started = self.stopping = False

    def execute_in_background(self, func, *args):
        return asyncio.run_coroutine_threadsafe(func(*args), self.loop)

    async def start(self) -> None:
        self.loop, self.stopped = asyncio.get_running_loop(), asyncio.Event()
        self.started = True
        self.handle_sigterm()  # what the signal calls: the session's own handler
        await self.stopped.wait()

    async def astop(self) -> None:
        self.started = False
        self.stopped.set()


def test_the_session_leaves_only_once_a_slow_server_has_paused_the_schedule(monkeypatch, tmp_path):
    import contextlib

    import prefect
    import prefect.runner

    from flows import watch_session

    client = BusyServerClient({"going": StateType.RUNNING})

    @contextlib.asynccontextmanager
    async def get_client():
        yield client
        client.closed = True

    async def register(runner, spec):
        return uuid.uuid4()

    async def retire_stale_runs(*_):
        return 0, 0

    monkeypatch.setattr(prefect, "get_client", get_client)
    monkeypatch.setattr(prefect.runner, "Runner", QuickRunner)
    monkeypatch.setattr(watch_session, "register", register)
    monkeypatch.setattr(watch_session, "retire_stale_runs", retire_stale_runs)
    monkeypatch.setattr(watch_session, "_hard_stop_after", lambda seconds: None)  # not this test's process
    monkeypatch.setattr(watch_session, "quiet_console_tracebacks", lambda: None)
    monkeypatch.setenv("PREFECT_LOGGING_SETTINGS_PATH", str(tmp_path / "logging.yml"))
    parameters = {"inbox": "in", "out": "out", "series": None}
    spec = watch_session.WatchSpec("stop", parameters, "http://127.0.0.1:1/api", interval_seconds=2)
    assert asyncio.run(watch_session.serve_session(spec)) == 0
    assert client.paused
    assert client.states == {"going": StateType.CANCELLED}

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

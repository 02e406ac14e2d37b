"""One serving session of `zhengce watch`: register the deployment, retire stale runs, run Prefect's Runner.

flows/watch_serve.py starts this module as `python -m flows.watch_session SPEC SUPERVISOR_PID`
in a process group of its own, one session per connection to the server, and ends it with
SIGTERM (then SIGKILL). A session:

1. registers the deployment `watch-inbox/<name>` with this watch's parameters, unpaused, and a
   concurrency limit of one run with Prefect's CANCEL_NEW collision strategy: a run that comes
   due while the previous one still runs is cancelled by the server at once, instead of waiting
   in a queue that grows (a pass parses everything new, so the next run does its work);
2. retires what an earlier watch left: runs of the deployment still waiting with other
   parameters, or whose time passed while nobody served them, are cancelled; runs still marked
   Pending or Running belong to a watch process that is gone (one `zhengce watch` serves a
   deployment name) and are marked Crashed, which frees their concurrency slot;
3. runs Prefect's Runner, which starts each due run in a child process, until SIGTERM, or until
   it gives up on an unreachable server (the supervisor then waits for the server and starts a
   new session).

On SIGTERM the session pauses the schedule while the Runner cancels its runs, and leaves only when
both are done (the pause gets up to STOP_GRACE_S - 0.5 s); a watchdog ends the process group after
STOP_GRACE_S whatever the server does, and the supervisor's SIGKILL backs that up.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import os
import signal
import sys
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flows.parent_death import die_with_parent
from flows.watch_logging import (
    exception_note,
    fold_service_loop_tracebacks,
    fold_warning_tracebacks,
    logging_settings,
    one_line_error,
)

# A stopping session ends itself after STOP_GRACE_S; the supervisor kills its group half a second later,
# within the 5 s a stop may take. Pausing the schedule gets all but half a second of it: a server busy
# with a run's writes (SQLite on two loaded cores) took over 2 s to answer.
STOP_GRACE_S = 3.5
EXIT_LOST_SERVER = 3  # the Runner gave up on the server
LOST_MESSAGE = "the watch process serving this run stopped"
STOPPED_MESSAGE = "the watch was stopped"
PAGE = 200


@dataclass(frozen=True)
class WatchSpec:
    """What a served watch is: the deployment name, the flow's parameters and the schedule."""

    name: str
    parameters: dict[str, Any]
    api_url: str
    interval_seconds: float | None = None
    cron: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> WatchSpec:
        return cls(**json.loads(text))

    def schedule_text(self) -> str:
        if self.cron:
            return f"cron {self.cron!r}"
        seconds = self.interval_seconds or 0
        return f"every {seconds:g}s" if seconds < 60 else f"every {seconds / 60:g}m"


def _hard_stop_after(seconds: float) -> None:
    """End this process group (this session and its flow-run children) if a graceful stop hangs."""

    def stop() -> None:
        with contextlib.suppress(OSError):
            os.killpg(os.getpgrp(), signal.SIGKILL)
        os._exit(0)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()


class OneLineTracebacks(logging.Formatter):
    """A console formatter that ends an exception's record with one line instead of a traceback.

    A lost server makes Prefect's services log warnings with their tracebacks; on a terminal
    one line each reads better. The record itself is left as it was for the other handlers.
    """

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        exc_info, exc_text = record.exc_info, record.exc_text
        record.exc_info = record.exc_text = None
        try:
            text = self.inner.format(record)
        finally:
            record.exc_info, record.exc_text = exc_info, exc_text
        if exc_info and exc_info[1] is not None:
            text += exception_note(exc_info[1])
        return text


def quiet_console_tracebacks() -> None:
    """Wrap the formatter of every console handler Prefect configured (call after importing prefect)."""
    fold_warning_tracebacks()
    fold_service_loop_tracebacks()
    loggers = [logging.getLogger()] + [
        item for item in logging.Logger.manager.loggerDict.values() if isinstance(item, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler) and not isinstance(
                handler.formatter, OneLineTracebacks
            ):
                handler.setFormatter(OneLineTracebacks(handler.formatter or logging.Formatter()))


# ---------------------------------------------------------------- stale runs


def same_parameters(run_parameters: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """Parameters as the API stores them (JSON): a missing key counts as its null default."""
    keys = set(run_parameters) | set(wanted)
    return all(run_parameters.get(key) == wanted.get(key) for key in keys)


def stale_reason(run: Any, parameters: dict[str, Any], now: datetime) -> str | None:
    """Why a waiting run of this deployment must not run, or None when it may."""
    if not same_parameters(run.parameters or {}, parameters):
        return "its parameters are no longer the deployment's (the watch was restarted with others)"
    expected = run.expected_start_time
    if run.auto_scheduled and expected is not None and expected < now:
        return "it came due while no watch served the deployment; the next run does its work"
    return None


async def _runs_in_states(client: Any, deployment_id: Any, state_types: list[Any]) -> list[Any]:
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )

    runs: list[Any] = []
    while True:
        page = await client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=state_types))
            ),
            limit=PAGE,
            offset=len(runs),
        )
        runs.extend(page)
        if len(page) < PAGE:
            return runs


async def retire_stale_runs(
    client: Any, deployment_id: Any, parameters: dict[str, Any], now: datetime | None = None
) -> tuple[int, int]:
    """Cancel waiting runs that are stale, crash runs an earlier watch left in flight: (cancelled, crashed)."""
    from prefect.client.schemas.objects import StateType
    from prefect.states import Cancelled, Crashed

    now = now or datetime.now(UTC)
    cancelled = 0
    for run in await _runs_in_states(client, deployment_id, [StateType.SCHEDULED]):
        reason = stale_reason(run, parameters, now)
        if reason is not None:
            await client.set_flow_run_state(run.id, Cancelled(message=f"not run: {reason}"), force=True)
            cancelled += 1
    crashed = await end_runs_in_flight(client, deployment_id, Crashed(message=LOST_MESSAGE))
    return cancelled, crashed


async def end_runs_in_flight(client: Any, deployment_id: Any, state: Any) -> int:
    """Put every Pending, Running or Cancelling run of the deployment in ``state``, which frees its
    concurrency slot: at start they are left by a watch that is gone, at stop they are this one's."""
    from prefect.client.schemas.objects import StateType

    in_flight = [StateType.PENDING, StateType.RUNNING, StateType.CANCELLING]
    runs = await _runs_in_states(client, deployment_id, in_flight)
    for run in runs:
        await client.set_flow_run_state(run.id, state.model_copy(), force=True)
    return len(runs)


# ---------------------------------------------------------------- the session


def concurrency() -> Any:
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

    return ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)


async def register(runner: Any, spec: WatchSpec) -> Any:
    from flows.watch import watch_flow

    interval = timedelta(seconds=spec.interval_seconds) if spec.interval_seconds else None
    return await runner.aadd_flow(
        watch_flow,
        name=spec.name,
        interval=interval,
        cron=spec.cron,
        parameters=spec.parameters,
        paused=False,
        concurrency_limit=concurrency(),
    )


async def serve_session(spec: WatchSpec) -> int:
    from prefect import get_client
    from prefect.runner import Runner
    from prefect.settings import PREFECT_HOME

    quiet_console_tracebacks()
    if not os.environ.get("PREFECT_LOGGING_SETTINGS_PATH"):  # the user's own configuration wins
        # the flow runs the Runner starts (processes of their own) print in one line too
        os.environ["PREFECT_LOGGING_SETTINGS_PATH"] = str(logging_settings(Path(PREFECT_HOME.value())))
    # The schedule is paused by `stop`, first and within a bound, not by the Runner's own exit.
    runner = Runner(name=f"zhengce-watch-{spec.name}", pause_on_shutdown=False, limit=None)
    # One client for the session's own calls, opened now: at SIGTERM there is no time to open one.
    async with get_client() as client:
        deployment_id = await register(runner, spec)
        cancelled, crashed = await retire_stale_runs(client, deployment_id, spec.parameters)
        parameters = spec.parameters
        print(
            f"serving watch-inbox/{spec.name} ({spec.schedule_text()}) on {spec.api_url}: "
            f"inbox {parameters['inbox']} -> {parameters['out']}",
            flush=True,
        )
        if cancelled or crashed:
            print(
                f"left from an earlier watch: {cancelled} waiting run(s) cancelled, "
                f"{crashed} unfinished run(s) marked crashed",
                flush=True,
            )

        stopping: list[concurrent.futures.Future[None]] = []

        def on_sigterm(*_: Any) -> None:
            _hard_stop_after(STOP_GRACE_S)
            if not runner.started or runner.stopping:
                os._exit(0)
            runner.stopping = True
            stopping.append(runner.execute_in_background(stop_session, runner, client, deployment_id))

        runner.handle_sigterm = on_sigterm  # Runner.start installs self.handle_sigterm for SIGTERM
        try:
            await runner.start()
        except RuntimeError as error:  # critical_service_loop: "Service exceeded error threshold."
            print(f"zhengce: lost the Prefect server ({error})", file=sys.stderr, flush=True)
            return EXIT_LOST_SERVER
        # The Runner returns once its runs' processes are ended, which on a busy server comes before the
        # pause is answered: leaving now would close the client under the pause and end the loop, which
        # cancels it unlogged, and the schedule would stay unpaused. Wait for the stop (the watchdog bounds it).
        for stop in stopping:
            with contextlib.suppress(Exception):
                await asyncio.wrap_future(stop)
    return 0


async def stop_session(runner: Any, client: Any, deployment_id: Any) -> None:
    """Pause the schedule (no runs pile up while nobody serves), mark this session's runs cancelled
    and end their processes, all at once: the watchdog allows STOP_GRACE_S for the lot."""
    import anyio
    from prefect.logging import get_logger
    from prefect.states import Cancelled

    logger = get_logger("zhengce.watch")

    async def pause() -> None:
        try:
            with anyio.fail_after(STOP_GRACE_S - 0.5):
                await client.pause_deployment(deployment_id)
            logger.info("paused the schedule")
        except Exception as error:  # the server is gone or slow: the next session retires what piled up
            logger.warning("could not pause the schedule: %s", one_line_error(error) or type(error).__name__)

    async def cancel_runs() -> None:
        with anyio.move_on_after(STOP_GRACE_S - 0.5), contextlib.suppress(Exception):
            await end_runs_in_flight(client, deployment_id, Cancelled(message=STOPPED_MESSAGE))

    deadline = anyio.current_time() + STOP_GRACE_S - 0.5
    async with anyio.create_task_group() as group:
        group.start_soon(pause)
        group.start_soon(cancel_runs)
        group.start_soon(runner.astop)
    # A run whose process was starting while the first sweep read the states can mark itself Running
    # after it: once the Runner has ended its processes, sweep again with what is left of the grace.
    with anyio.move_on_after(max(deadline - anyio.current_time(), 0)), contextlib.suppress(Exception):
        await end_runs_in_flight(client, deployment_id, Cancelled(message=STOPPED_MESSAGE))


def main(argv: list[str] | None = None) -> int:
    spec_json, supervisor_pid = argv or sys.argv[1:3]
    die_with_parent(int(supervisor_pid))
    # A SIGTERM before the Runner is up (registration is under way) ends the session at once.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    spec = WatchSpec.from_json(spec_json)
    from flows import settings

    os.environ["PREFECT_API_URL"] = spec.api_url
    settings.configure()
    try:
        return asyncio.run(serve_session(spec))
    except KeyboardInterrupt:
        return 0
    except Exception as error:  # the supervisor reports it in one line and decides whether to retry
        print(f"zhengce: serving failed: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""The schedule, for real: one `prefect server start` (SQLite) shared by this module, and
`zhengce watch INBOX --out OUT --every ...` served against it as a user runs it.

Each test serves its own deployment name, so the tests share the server without seeing each
other's runs; the last one stops and restarts the server. Slow (the server alone takes
15-70 s to start) but part of the default run: it is the only test of the path a user takes
with `make server` and `make watch`. Every wait polls with a generous deadline; the only
timed assertion is the 5 s a stopping watch is allowed, which is the behaviour under test.
"""

from __future__ import annotations

import hashlib
import json
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from served import (
    RUN_WAIT_S,
    PrefectServer,
    ServedWatch,
    deployment_runs,
    documents,
    drop_into,
    prefect_client,
    run_artifacts,
    wait_for,
)

pytestmark = pytest.mark.server

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REVISION = FIXTURES / "revisions" / "kunming_keji_2024_xdg.txt"
FIELD_TEXTS = sorted((FIXTURES / "field" / "dev").glob("*.txt"))
STOP_DEADLINE_S = 5.0


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("prefect-server")
    running = PrefectServer(root / "home", root / "server.log").start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def watches():
    """Served watches a test starts; all of them are killed at the end, whatever happened."""
    started: list[ServedWatch] = []
    yield started
    for watch in started:
        watch.close()


def serve(watches: list[ServedWatch], root: Path, server: PrefectServer, name: str, every: str = "5s"):
    watch = ServedWatch(root, server.api_url, name, every)
    watches.append(watch)
    return watch


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def doc_id_of(out: Path, path: Path) -> str | None:
    rows = documents(out)
    found = rows.loc[rows["sha256"] == sha256(path), "doc_id"]
    return found.item() if len(found) else None


def parameters_of(watch: ServedWatch) -> dict:
    return {"inbox": str(watch.inbox.resolve()), "out": str(watch.out.resolve()), "series": None}


def completed_runs(server: PrefectServer, name: str) -> list:
    return [run for run in deployment_runs(server.api_url, name) if run.state and run.state.is_completed()]


def assert_stopped_on_time(watch: ServedWatch, sig: signal.Signals) -> None:
    seconds, code = watch.stop(sig)
    assert seconds < STOP_DEADLINE_S, f"{sig.name} took {seconds:.1f} s\n{watch.log_text()[-4000:]}"
    assert code == 0, watch.log_text()[-4000:]
    assert not watch.survivors(), "processes of the watch outlived it"
    assert "Traceback" not in watch.log_text(), watch.log_text()[-6000:]


def test_served_watch_flow_parses_and_diffs_new_drafts_on_schedule(
    prefect_server, watches, tmp_path, seed_path
):
    watch = serve(watches, tmp_path, prefect_server, "schedule", every="2s").start()
    logs = [watch.log, prefect_server.log]
    out, api_url = watch.out, prefect_server.api_url

    # 1. The seed: a scheduled run parses it.
    seed = drop_into(watch.inbox, seed_path)
    seed_id = wait_for("a scheduled run to parse the seed", lambda: doc_id_of(out, seed), RUN_WAIT_S, logs)

    # 2. A revision: the next scheduled run parses it and compares it with the seed.
    revision = drop_into(watch.inbox, REVISION)
    revision_id = wait_for(
        "a scheduled run to parse the revision", lambda: doc_id_of(out, revision), RUN_WAIT_S, logs
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

    # 3. What the server recorded: the run that made the diff published it (artifacts come after
    # the write: wait for them), and the run after it, with nothing new, published nothing.
    diff_key = f"diff-{seed_id}-{revision_id}"

    def diff_run_and_an_idle_run_after_it():
        runs = completed_runs(prefect_server, "schedule")
        artifacts = run_artifacts(api_url, [run.id for run in runs])
        makers = [run for run in runs if diff_key in {a.key for a in artifacts[run.id]}]
        if not makers:
            return None
        after = [run for run in runs if run.start_time > makers[0].end_time]
        return (makers[0], after, artifacts) if after else None

    maker, idle_runs, artifacts = wait_for(
        "the diff's run and a run after it", diff_run_and_an_idle_run_after_it, RUN_WAIT_S, logs
    )
    by_key = {artifact.key: artifact for artifact in artifacts[maker.id]}
    assert by_key[diff_key].type == "markdown"
    assert seed_id in by_key[diff_key].data and revision_id in by_key[diff_key].data
    table = by_key["value-changes"]
    assert table.type == "table"
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert len(rows) == len(diff["value_changes"])
    assert {(row["old_doc_id"], row["new_doc_id"]) for row in rows} == {(seed_id, revision_id)}
    assert "watch-inbox-run" in by_key
    assert all(artifacts[run.id] == [] for run in idle_runs), "a run with nothing new published an artifact"
    states = {run.state.type.value for run in deployment_runs(api_url, "schedule") if run.state}
    assert not states & {"FAILED", "CRASHED"}, states

    # 4. SIGTERM while a run is going: the watch ends within 5 s, its run is not left running,
    # and the schedule is paused, so no runs pile up while nobody serves it, or the watch says it
    # could not pause it: the stop is bounded, and a server too busy to answer within it (SQLite on
    # two loaded cores took over 3 s) leaves the schedule for the next start to retire what piled up
    # (test_a_restart_with_new_parameters_never_runs_the_old_ones). What never happens is a pause
    # lost in silence. New drafts make the next run one that lasts (a run with nothing new can end
    # before the signal lands).
    begun = watch.log_text().count("Beginning flow run")
    for index, text in enumerate(FIELD_TEXTS):
        drop_into(watch.inbox, text, f"late_{index:03d}_{text.name}")
    wait_for("a run to begin", lambda: watch.log_text().count("Beginning flow run") > begun, RUN_WAIT_S, logs)
    assert_stopped_on_time(watch, signal.SIGTERM)
    with prefect_client(api_url) as client:
        paused = client.read_deployment_by_name("watch-inbox/schedule").paused
    assert paused or "could not pause the schedule" in watch.log_text(), watch.log_text()[-4000:]
    runs = deployment_runs(api_url, "schedule")
    assert not [run for run in runs if run.state.is_running() or run.state.is_pending()]
    # the run that was going ends cancelled (by the session or by its Runner, whichever marks it first)
    stopped = [run for run in runs if run.run_count and run.state.is_cancelled()]
    assert stopped, [(run.state.name, run.state.message) for run in runs if run.run_count]


def register_old_deployment(api_url: str, name: str, parameters: dict, every: timedelta) -> None:
    """The deployment as an earlier watch left it: served with other parameters, scheduled, unpaused."""
    from flows.watch import watch_flow

    with prefect_client(api_url):  # the settings of this block reach `apply`
        watch_flow.to_deployment(name=name, interval=every, parameters=parameters).apply()


def test_a_restart_with_new_parameters_never_runs_the_old_ones(prefect_server, watches, tmp_path, seed_path):
    api_url = prefect_server.api_url
    old = ServedWatch(tmp_path / "old", api_url, "restart")  # never started: only its folders and parameters
    drop_into(old.inbox, seed_path)  # a leftover run with the old parameters would parse this into old.out
    register_old_deployment(api_url, "restart", parameters_of(old), timedelta(seconds=2))

    def old_runs_waiting_past_due():
        now = datetime.now(UTC)
        runs = deployment_runs(api_url, "restart")
        return len([run for run in runs if run.state.is_scheduled() and run.expected_start_time < now]) >= 2

    wait_for(
        "runs with the old parameters to come due",
        old_runs_waiting_past_due,
        RUN_WAIT_S,
        [prefect_server.log],
    )

    new = serve(watches, tmp_path / "new", prefect_server, "restart", every="2s")
    drop_into(new.inbox, seed_path)
    new.start()
    logs = [new.log, prefect_server.log]
    wait_for("the new watch to parse its seed", lambda: len(documents(new.out)) == 1, RUN_WAIT_S, logs)

    def one_more_run_with_the_new_parameters():
        runs = completed_runs(prefect_server, "restart")
        return len([run for run in runs if run.parameters == parameters_of(new)]) >= 2

    wait_for("one more run of the new watch", one_more_run_with_the_new_parameters, RUN_WAIT_S, logs)

    assert not old.out.exists(), "a leftover run parsed the old inbox after the restart"
    old_runs = [run for run in deployment_runs(api_url, "restart") if run.parameters == parameters_of(old)]
    assert old_runs and all(run.run_count == 0 for run in old_runs)
    assert all(run.state.is_cancelled() for run in old_runs), {run.state.name for run in old_runs}
    assert all(run.state.message.startswith("not run: its parameters") for run in old_runs)
    with prefect_client(api_url) as client:
        assert client.read_deployment_by_name("watch-inbox/restart").parameters == parameters_of(new)
    assert "left from an earlier watch" in new.log_text()

    assert_stopped_on_time(new, signal.SIGTERM)


def test_runs_that_come_due_during_a_slow_run_are_cancelled_not_queued(prefect_server, watches, tmp_path):
    """A first run over three distinct copies of the field corpus's drafts lasts several 1 s intervals: the
    runs that come due meanwhile are cancelled by the deployment's limit (one run, CANCEL_NEW), none runs later."""
    api_url = prefect_server.api_url
    every = 1.0
    watch = serve(watches, tmp_path, prefect_server, "overlap", every=f"{every:g}s")
    # One copy parsed in 2.6 s on a quiet host, under the 3 s the test needs: three copies (each with a line of its
    # own, so none is a duplicate written once) keep the run slow on a fast machine.
    copies = tmp_path / "copies"
    copies.mkdir()
    for copy in range(3):
        for index, text in enumerate(FIELD_TEXTS):
            distinct = copies / f"{copy}_{index:03d}_{text.name}"
            distinct.write_bytes(text.read_bytes() + f"\n（副本{copy}）\n".encode())
            drop_into(watch.inbox, distinct)
    watch.start()
    logs = [watch.log, prefect_server.log]

    wait_for(
        "the slow run and one after it",
        lambda: len(completed_runs(prefect_server, "overlap")) >= 2,
        RUN_WAIT_S,
        logs,
    )
    runs = deployment_runs(api_url, "overlap")
    ran = sorted((run for run in runs if run.run_count), key=lambda run: run.start_time)
    slow = ran[0]
    assert len(documents(watch.out)) > 10  # the slow run parsed the corpus
    assert slow.end_time - slow.start_time > timedelta(seconds=3 * every), "the first run was not slow"

    for earlier, later in zip(ran, ran[1:], strict=False):  # one pass over OUT at a time
        assert earlier.end_time is not None and later.start_time >= earlier.end_time

    came_due = [
        r for r in runs if r.id != slow.id and slow.start_time <= r.expected_start_time < slow.end_time
    ]
    assert came_due, "no run came due during the slow one"
    assert all(run.state.is_cancelled() for run in came_due), [run.state.name for run in came_due]
    assert {run.state.message for run in came_due} == {"Deployment concurrency limit reached."}
    assert "skipped (at capacity)" not in watch.log_text()

    assert_stopped_on_time(watch, signal.SIGINT)


def test_a_watch_outlives_its_server_and_stops_on_time_without_it(
    prefect_server, watches, tmp_path, seed_path
):
    """Last in this module: it stops the server, then starts it again on the same port and database."""
    keeps = serve(watches, tmp_path / "keeps", prefect_server, "reconnect").start()
    interrupted = serve(watches, tmp_path / "interrupted", prefect_server, "stop-down-int").start()
    terminated = serve(watches, tmp_path / "terminated", prefect_server, "stop-down-term").start()
    for watch in (keeps, interrupted, terminated):
        watch.wait_serving()

    prefect_server.stop()
    # At once, while their sessions still retry the server: Ctrl-C, then a service manager's SIGTERM.
    assert_stopped_on_time(interrupted, signal.SIGINT)
    assert_stopped_on_time(terminated, signal.SIGTERM)

    wait_for("the watch to notice", lambda: "stopped answering" in keeps.log_text(), RUN_WAIT_S, [keeps.log])
    seed = drop_into(keeps.inbox, seed_path)
    prefect_server.start()
    keeps.wait_serving(count=2)
    logs = [keeps.log, prefect_server.log]
    wait_for("the watch to parse the seed", lambda: doc_id_of(keeps.out, seed), RUN_WAIT_S, logs)
    assert "answers again" in keeps.log_text()

    assert_stopped_on_time(keeps, signal.SIGTERM)

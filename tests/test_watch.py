"""`zhengce watch INBOX --out OUT --once`: new drafts are parsed once, each is compared with the
latest earlier draft of its series, bad files are reported and remembered. In-process, no server."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from flows.cli import main
from flows.cmd_watch import parse_every
from flows.server import free_port
from outputs.dataset import current_snapshot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REVISION = FIXTURES / "revisions" / "kunming_keji_2024_xdg.txt"


def watch(inbox: Path, out: Path, *extra: str) -> int:
    return main(["watch", str(inbox), "--out", str(out), "--once", *extra])


def documents(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents")


def doc_id_of(out: Path, path: Path) -> str:
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    rows = documents(out)
    return rows.loc[rows["sha256"] == sha, "doc_id"].item()


def revise(seed_text: str) -> str:
    """A later draft of the seed: a subsidy cap raised, the status word changed."""
    assert "不超过100万元" in seed_text and "征求意见稿" in seed_text
    return seed_text.replace("不超过100万元", "不超过200万元").replace("征求意见稿", "修订稿")


@pytest.fixture
def inbox(tmp_path, seed_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(seed_path, folder / seed_path.name)
    return folder


@pytest.fixture
def out(tmp_path) -> Path:
    return tmp_path / "out"


def test_first_run_parses_the_seed_and_a_second_run_does_nothing(inbox, out, seed_path, capsys):
    assert watch(inbox, out) == 0
    rows = documents(out)
    assert list(rows["sha256"]) == [hashlib.sha256(seed_path.read_bytes()).hexdigest()]
    assert (out / "json" / f"{rows['doc_id'].item()}.json").is_file()
    snapshot = current_snapshot(out)
    capsys.readouterr()

    assert watch(inbox, out) == 0
    assert capsys.readouterr().out.strip() == "nothing new"
    assert len(documents(out)) == 1
    assert current_snapshot(out) == snapshot  # nothing was written


def test_a_file_already_in_the_documents_table_is_not_parsed_again(inbox, out, monkeypatch, capsys):
    assert (
        main(["parse", str(inbox), "--out", str(out), "--quiet"]) == 0
    )  # seen by `zhengce parse`, not by watch

    def no_parsing(*args, **kwargs):
        raise AssertionError("a seen file was parsed again")

    monkeypatch.setattr("flows.watch_steps.parse_step", no_parsing)
    capsys.readouterr()
    assert watch(inbox, out) == 0
    assert capsys.readouterr().out.strip() == "nothing new"


def test_a_revised_draft_is_compared_with_the_seed(inbox, out, seed_path, seed_text):
    assert watch(inbox, out) == 0
    seed_id = doc_id_of(out, seed_path)
    revised = inbox / "kunming_keji_2024_revised.txt"
    revised.write_text(revise(seed_text), encoding="utf-8")

    assert watch(inbox, out) == 0
    new_id = doc_id_of(out, revised)
    assert len(documents(out)) == 2

    changes = duckdb.sql(
        f"select old_doc_id, new_doc_id, change from read_parquet('{out}/changes/**/*.parquet')"
    ).df()
    assert set(zip(changes["old_doc_id"], changes["new_doc_id"], strict=True)) == {(seed_id, new_id)}
    assert "modified" in set(changes["change"])

    values = pd.read_parquet(out / "value_changes")
    raised = values[(values["field"] == "money") & (values["old_high"] == 1e6) & (values["new_high"] == 2e6)]
    assert len(raised) >= 1
    assert set(raised["old_doc_id"]) == {seed_id}
    assert all("不超过200万元" in surface for surface in raised["new_surface"])
    assert all("不超过100万元" in surface for surface in raised["old_surface"])

    report = json.loads((out / "diffs" / f"{seed_id}__{new_id}.json").read_text(encoding="utf-8"))
    assert (report["old_doc_id"], report["new_doc_id"]) == (seed_id, new_id)
    assert (out / "diffs" / f"{seed_id}__{new_id}.html").is_file()


def test_drafts_of_one_run_are_ordered_by_their_own_dates(tmp_path, out, seed_path):
    """The revision fixture's notice is dated after the seed's: it is the newer one whatever the file names."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(REVISION, inbox / "a_revision.txt")
    shutil.copy(seed_path, inbox / "b_seed.txt")
    os.utime(inbox / "b_seed.txt")  # the older draft is the newer file on disk

    assert watch(inbox, out) == 0
    seed_id, revision_id = doc_id_of(out, seed_path), doc_id_of(out, REVISION)
    diffs = sorted(p.name for p in (out / "diffs").iterdir() if not p.name.startswith("history-"))
    assert diffs == [
        f"{seed_id}__{revision_id}.docx",
        f"{seed_id}__{revision_id}.html",
        f"{seed_id}__{revision_id}.json",
    ]
    assert sorted(p.suffix for p in (out / "diffs").glob("history-*")) == [".html", ".json"]  # the series


def test_an_older_draft_arriving_later_is_not_compared_with_a_newer_one(tmp_path, out, seed_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(REVISION, inbox / REVISION.name)
    assert watch(inbox, out) == 0
    shutil.copy(seed_path, inbox / seed_path.name)  # the 2024 draft shows up after the 2025 one

    assert watch(inbox, out) == 0
    assert len(documents(out)) == 2
    assert not (out / "diffs").exists()
    assert len(pd.read_parquet(out / "changes")) == 0


def test_without_a_date_the_file_time_orders_the_drafts(tmp_path, out, seed_text):
    body = seed_text[
        seed_text.index("科技创新赋能经济转型升级若干措施 征求意见稿") :
    ]  # no notice, so no date
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    older, newer = inbox / "z_first.txt", inbox / "a_second.txt"
    older.write_text(body, encoding="utf-8")
    newer.write_text(revise(body), encoding="utf-8")
    os.utime(older, (1_600_000_000, 1_600_000_000))
    os.utime(newer, (1_700_000_000, 1_700_000_000))

    assert watch(inbox, out) == 0
    old_id, new_id = doc_id_of(out, older), doc_id_of(out, newer)
    assert (out / "diffs" / f"{old_id}__{new_id}.json").is_file()


def test_a_bad_file_gets_one_line_and_the_others_are_processed(inbox, out, seed_path, capsys):
    (inbox / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (inbox / "empty.txt").write_bytes(b"")

    assert watch(inbox, out) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2
    assert any("garbage.txt" in line for line in errors)
    assert any("empty.txt" in line for line in errors)
    assert "Traceback" not in "\n".join(errors)
    assert list(documents(out)["sha256"]) == [hashlib.sha256(seed_path.read_bytes()).hexdigest()]

    # A bad file is remembered, not retried on every run ...
    assert watch(inbox, out) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "nothing new"
    assert captured.err == ""
    state = json.loads((out / ".zhengce" / "inbox.json").read_text(encoding="utf-8"))
    assert sorted(Path(e["path"]).name for e in state["files"].values() if e["status"] == "failed") == [
        "empty.txt",
        "garbage.txt",
    ]

    # ... until its bytes change.
    (inbox / "empty.txt").write_text(revise(seed_path.read_text(encoding="utf-8")), encoding="utf-8")
    assert watch(inbox, out) == 0
    assert len(documents(out)) == 2


def test_a_failed_file_is_tried_again_by_a_new_parser_version(inbox, out, monkeypatch, capsys):
    (inbox / "empty.txt").write_bytes(b"")
    assert watch(inbox, out) == 1
    assert watch(inbox, out) == 0  # remembered: not tried again

    monkeypatch.setattr("flows.inbox.PARSER_VERSION", "a-newer-parser")
    capsys.readouterr()
    assert watch(inbox, out) == 1
    assert "empty.txt" in capsys.readouterr().err


def test_series_override_pairs_drafts_whose_titles_differ(inbox, out, seed_path, seed_text):
    renamed = inbox.parent / "renamed"
    renamed.mkdir()
    retitled = renamed / "kunming_chengguo_2025.txt"
    retitled.write_text(
        revise(seed_text).replace("科技创新赋能经济转型升级若干措施", "昆明市促进科技成果转化若干措施"),
        encoding="utf-8",
    )

    # Without an override the retitled draft starts a series of its own: no diff.
    plain_out = inbox.parent / "plain"
    assert watch(inbox, plain_out) == 0
    shutil.copy(retitled, inbox / retitled.name)
    assert watch(inbox, plain_out) == 0
    assert not (plain_out / "diffs").exists()
    (inbox / retitled.name).unlink()

    # With one series named for both runs, it is compared with the seed.
    assert watch(inbox, out, "--series", "昆明科技措施") == 0
    shutil.copy(retitled, inbox / retitled.name)
    assert watch(inbox, out, "--series", "昆明科技措施") == 0
    seed_id, new_id = doc_id_of(out, seed_path), doc_id_of(out, retitled)
    assert (out / "diffs" / f"{seed_id}__{new_id}.json").is_file()
    diff = json.loads((out / "diffs" / f"{seed_id}__{new_id}.json").read_text(encoding="utf-8"))
    assert diff["series"] == "昆明科技措施"
    series = pd.read_parquet(out / "documents", columns=["doc_id", "series"])
    assert dict(zip(series.doc_id, series.series, strict=True)) == {
        seed_id: "昆明科技措施",
        new_id: "昆明科技措施",
    }


def test_an_output_folder_inside_the_inbox_is_not_read_as_drafts(inbox, seed_text):
    inner_out = inbox / "out"
    assert watch(inbox, inner_out) == 0
    (inbox / "revised.txt").write_text(revise(seed_text), encoding="utf-8")
    assert watch(inbox, inner_out) == 0  # writes OUT/diffs/*.html inside the inbox
    assert any(inner_out.joinpath("diffs").glob("*.html"))

    assert watch(inbox, inner_out) == 0
    assert len(documents(inner_out)) == 2


def test_copies_of_one_draft_count_once(inbox, out, seed_path):
    (inbox / "sub").mkdir()
    shutil.copy(seed_path, inbox / "sub" / "copy.txt")
    assert watch(inbox, out) == 0
    assert len(documents(out)) == 1


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("10m", 600), ("2h", 7200), ("5", 5), ("1.5m", 90), (" 10M ", 600)]
)
def test_every_reads_seconds_minutes_and_hours(text, seconds):
    assert parse_every(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "10x", "m", "-5s", "0s"])
def test_every_refuses_what_is_not_a_duration(text):
    with pytest.raises(ValueError):
        parse_every(text)


def test_serving_without_a_server_says_to_start_one(inbox, out, monkeypatch, capsys):
    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{free_port()}/api")  # nobody listens there
    assert main(["watch", str(inbox), "--out", str(out), "--every", "10m"]) == 1
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "make server" in error
    assert not out.exists()


def test_a_bad_cron_expression_is_a_usage_error(inbox, out, capsys):
    assert main(["watch", str(inbox), "--out", str(out), "--cron", "every ten minutes"]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "cron" in error


def test_the_flow_publishes_artifacts_for_new_drafts_and_nothing_for_a_run_with_nothing_new(
    inbox, out, prefect_harness
):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.watch import watch_flow

    def artifacts_of(state) -> list[str]:
        with get_client(sync_client=True) as client:
            found = client.read_artifacts(
                artifact_filter=ArtifactFilter(
                    flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])
                )
            )
        return sorted(a.key for a in found)

    first = watch_flow(inbox=str(inbox), out=str(out), return_state=True)
    assert first.is_completed() and len(first.result().parsed) == 1
    assert artifacts_of(first) == ["watch-inbox-run"]

    snapshot = current_snapshot(out)
    second = watch_flow(inbox=str(inbox), out=str(out), return_state=True)
    assert second.is_completed() and second.result().nothing_new
    assert artifacts_of(second) == []
    assert current_snapshot(out) == snapshot  # nothing written


def test_a_waiting_run_is_stale_when_its_parameters_changed_or_its_time_passed_unserved():
    from datetime import UTC, datetime, timedelta
    from types import SimpleNamespace

    from flows.watch_session import stale_reason

    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    wanted = {"inbox": "/new/inbox", "out": "/new/out", "series": None}

    def run(parameters, minutes_from_now, auto_scheduled=True):
        return SimpleNamespace(
            parameters=parameters,
            expected_start_time=now + timedelta(minutes=minutes_from_now),
            auto_scheduled=auto_scheduled,
        )

    old = {"inbox": "/old/inbox", "out": "/old/out", "series": None}
    assert "parameters" in stale_reason(run(old, +5), wanted, now)
    assert "came due" in stale_reason(run(wanted, -5), wanted, now)
    assert stale_reason(run(wanted, +5), wanted, now) is None
    assert (
        stale_reason(run({"inbox": "/new/inbox", "out": "/new/out"}, +5), wanted, now) is None
    )  # null default
    assert stale_reason(run(wanted, -5, auto_scheduled=False), wanted, now) is None  # asked for by hand: kept


def test_prefects_warnings_and_lost_server_errors_read_in_one_line_and_a_bugs_error_keeps_its_traceback(
    monkeypatch,
):
    import logging

    import httpx

    from flows.watch_logging import fold_warning_tracebacks

    monkeypatch.setattr(logging, "_logRecordFactory", logging.getLogRecordFactory())  # restored after
    fold_warning_tracebacks()

    def record(name, level, error):
        try:
            raise error
        except Exception as raised:
            return logging.getLogger(name).makeRecord(
                name, level, "f", 1, "%s failed", ("it",), (type(raised), raised, None)
            )

    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except ConnectionRefusedError as refused:
        lost = httpx.ConnectError("[Errno 111] Connection refused")
        lost.__cause__ = refused
    warning = record("prefect.FlowRunSuspendingObserver", logging.WARNING, RuntimeError("websocket closed"))
    assert (warning.getMessage(), warning.exc_info) == ("it failed (RuntimeError: websocket closed)", None)
    away = record("prefect.engine", logging.ERROR, lost)
    assert (
        away.getMessage() == "it failed (ConnectError: [Errno 111] Connection refused)" and not away.exc_info
    )
    from prefect.exceptions import TerminationSignal

    try:  # SIGTERM lands while a task starts: Prefect fails the start with another error on top of it
        try:
            raise TerminationSignal(signal=15)
        except TerminationSignal:
            raise ValueError("Task run is not set")  # noqa: B904 - as Prefect's task engine raises it
    except ValueError as on_top:
        stopping = record("prefect.flow_runs", logging.ERROR, on_top)
    assert stopping.getMessage() == "it failed (ValueError: Task run is not set)" and not stopping.exc_info
    bug = record("prefect.task_runs", logging.ERROR, ValueError("a bug"))
    assert bug.getMessage() == "it failed" and bug.exc_info[0] is ValueError
    ours = record("zhengce", logging.WARNING, ValueError("kept"))
    assert ours.exc_info[0] is ValueError


def test_prefects_service_loop_prints_a_lost_servers_errors_without_their_tracebacks(monkeypatch, capsys):
    """The cancellation observer polls a lost server through critical_service_loop, which prints (not logs)
    "Examples of recent errors" as whole tracebacks: in a watch they print as their last line."""
    import asyncio

    import httpx
    from prefect.utilities import services

    from flows.watch_logging import fold_service_loop_tracebacks

    loop = services.critical_service_loop
    monkeypatch.setattr(loop, "__defaults__", loop.__defaults__)  # restored after
    fold_service_loop_tracebacks()

    async def poll():
        raise httpx.ConnectError("All connection attempts failed")

    with pytest.raises(RuntimeError, match="exceeded error threshold"):
        asyncio.run(loop(poll, interval=0, consecutive=1, backoff=1))
    printed = capsys.readouterr().out
    assert "Examples of recent errors" in printed
    assert "ConnectError: All connection attempts failed" in printed
    assert "Traceback" not in printed


def test_a_stop_signal_landing_in_a_callback_reads_in_one_line_and_other_errors_keep_pythons_report(
    monkeypatch, caplog
):
    import gc
    import weakref

    from prefect.exceptions import TerminationSignal

    from flows.watch_logging import fold_unraisable_stop_signals

    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)  # Python's report, as the hook before ours
    fold_unraisable_stop_signals()
    fold_unraisable_stop_signals()  # once per process however often the flow starts

    class Held:
        pass

    def raise_in_callback(error: BaseException) -> None:
        held = Held()
        ref = weakref.ref(held, lambda _: (_ for _ in ()).throw(error))  # noqa: F841 (kept until held goes)
        del held
        gc.collect()

    with caplog.at_level(logging.INFO, logger="prefect.zhengce.watch"):
        raise_in_callback(TerminationSignal(signal=15))
        raise_in_callback(ValueError("a bug in a callback"))
    assert [type(u.exc_value) for u in reported] == [ValueError]
    stops = [r.getMessage() for r in caplog.records if r.name == "prefect.zhengce.watch"]
    assert len(stops) == 1 and stops[0].startswith("stop signal received in a callback (TerminationSignal")

"""The real parse flow under Prefect (one ephemeral test server per session), and its settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows import settings
from outputs.dataset import read_table
from parsers.pipeline import parse_path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "fixtures" / "drafts"
BAD = ROOT / "fixtures" / "bad"


@pytest.fixture(scope="module")
def two_drafts(seed_path) -> list[Path]:
    others = sorted(p for p in DRAFTS.iterdir() if p.suffix in (".txt", ".html", ".docx") and p != seed_path)
    return [seed_path, others[0]]


def test_the_flow_writes_a_batch(tmp_path, prefect_harness, two_drafts):
    from prefect.artifacts import Artifact

    from flows.parse_flow import parse_flow

    out = tmp_path / "out"
    state = parse_flow(paths=[str(p) for p in two_drafts], out=str(out), return_state=True)
    assert state.is_completed()
    result = state.result()
    assert result.errors == []
    expected = {str(p): parse_path(p) for p in two_drafts}
    assert [d.path for d in result.documents] == list(expected)

    documents = {row["source"]: row for row in read_table(out, "documents").to_pylist()}
    assert set(documents) == set(expected)
    for source, doc in expected.items():
        assert (documents[source]["doc_id"], documents[source]["title"], documents[source]["n_chars"]) == (
            doc.doc_id,
            doc.title,
            len(doc.text),
        )
        assert (out / "json" / f"{doc.doc_id}.json").is_file()
    assert read_table(out, "nodes").num_rows == sum(len(list(d.iter_nodes())) for d in expected.values())
    assert read_table(out, "money").num_rows == sum(len(d.money) for d in expected.values())

    summary = Artifact.get("zhengce-parse-summary")
    assert summary is not None and "parsed: 2" in summary.data
    amounts = Artifact.get("zhengce-parse-amounts")
    assert amounts is not None and Path(two_drafts[0]).name in amounts.data

    # a second run of the same files: parse results come from the content-hash cache, rows are replaced
    again = parse_flow(paths=[str(p) for p in two_drafts], out=str(out), return_state=True)
    assert again.result().errors == []
    assert read_table(out, "documents").num_rows == 2
    assert sorted(task_states(again.state_details.flow_run_id)["parse"]) == ["Cached", "Cached"]


def task_states(flow_run_id) -> dict[str, list[str]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    states: dict[str, list[str]] = {}
    for run in runs:
        states.setdefault(run.name.rsplit("-", 1)[0], []).append(run.state.name)
    return states


def test_a_bad_file_does_not_fail_the_flow(tmp_path, prefect_harness, seed_path):
    from flows.parse_flow import parse_flow

    bad = BAD / "empty.txt"
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    state = parse_flow(paths=[str(bad), str(seed_path), str(missing)], out=str(out), return_state=True)
    assert state.is_completed()
    result = state.result()
    assert [e.path for e in result.errors] == [str(bad), str(missing)]
    assert all(e.reason for e in result.errors)
    assert [row["source"] for row in read_table(out, "documents").to_pylist()] == [str(seed_path)]
    assert len(list((out / "json").iterdir())) == 1


def test_settings_fill_in_only_what_is_missing(tmp_path, monkeypatch):
    for name in settings.defaults(tmp_path):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "DEBUG")
    applied = settings.configure(root=tmp_path)
    assert os.environ["PREFECT_HOME"] == str(tmp_path / ".prefect") and (tmp_path / ".prefect").is_dir()
    assert os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "180"
    assert os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert os.environ["DO_NOT_TRACK"] == "1"
    assert os.environ["PREFECT_LOGGING_LEVEL"] == "DEBUG"  # the caller's value wins
    assert "PREFECT_LOGGING_LEVEL" not in applied

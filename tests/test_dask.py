"""`zhengce parse --dask` and the parse flow on prefect-dask's DaskTaskRunner, against a real cluster:
a `dask scheduler` and two `dask worker` processes (one thread each) on 127.0.0.1, started from the
project's environment (tests/dask_procs.py) and stopped however the test ends.

The batch is the benchmark's real texts, each once as it is and once as a numbered copy, one file that
repeats another (written once) and one more copy named ``gate-…`` (the file the fault test stops a
worker on: tests/dask_worker_gate.py). Every batch is given by a relative path from a folder that is
not the workers' working folder, and compared with an in-process run of the same files: every table
row by row, every JSON file byte for byte.
"""

from __future__ import annotations

import collections
import importlib.util
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from dask_procs import dask_cluster, free_port
from reference_writer import sorted_rows

from flows.batch_result import SUMMARIES_KEPT
from flows.cli import main
from flows.steps import parse_batch
from outputs.dataset import read_table
from outputs.schema import TABLES

ROOT = Path(__file__).resolve().parent.parent
ZHENGCE = ROOT / ".venv" / "bin" / "zhengce"
BAD = ROOT / "fixtures" / "bad"
RUN_TIMEOUT = 600  # a guard against a hang, not a measure of speed

pytestmark = pytest.mark.timeout(900)


def bench_module():
    spec = importlib.util.spec_from_file_location("bench_parse", ROOT / "bench" / "bench_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def zhengce(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ZHENGCE), "parse", *args], capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=cwd
    )


def error_lines(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.strip())


def assert_same_dataset(got: Path, expected: Path) -> None:
    """Every table row by row (whatever its columns), and every JSON file byte for byte."""
    for table in TABLES:
        got_rows = sorted_rows(read_table(got, table), table)
        expected_rows = sorted_rows(read_table(expected, table), table)
        assert len(got_rows) == len(expected_rows), table
        for got_row, expected_row in zip(got_rows, expected_rows, strict=True):
            assert got_row == expected_row, table
    got_json = sorted(p.name for p in (got / "json").iterdir())
    assert got_json == sorted(p.name for p in (expected / "json").iterdir())
    for name in got_json:
        assert (got / "json" / name).read_bytes() == (expected / "json" / name).read_bytes(), name
    assert not any((got / ".zhengce" / "staged").iterdir())  # nothing staged is left behind


def parsed_log(folder: Path) -> list[tuple[int, str]]:
    """(worker pid, path) of every file the workers parsed, from the gate preload's log."""
    log = folder / "parsed.log"
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return [(int(pid), path) for pid, path in (line.split("\t", 1) for line in lines)]


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """The folder the runs start in; the batch is ``corpus`` under it."""
    base = tmp_path_factory.mktemp("dask")
    corpus = base / "corpus"
    corpus.mkdir()
    bench = bench_module()
    texts = bench.real_texts()
    assert len(texts) >= 15
    variants = bench.variants(texts)
    for _, (name, text) in zip(range(2 * len(texts)), variants, strict=False):
        (corpus / name).write_text(text, encoding="utf-8")
    name, text = next(variants)
    (corpus / f"gate-{name}").write_text(text, encoding="utf-8")
    first = sorted(corpus.iterdir())[3]
    (corpus / f"zz_{first.name}").write_bytes(first.read_bytes())  # the same text again: written once
    return base


@pytest.fixture(scope="module")
def in_process(base) -> tuple[Path, subprocess.CompletedProcess]:
    proc = zhengce("corpus", "--out", "in-process", "--workers", "0", "-q", cwd=base)
    assert proc.returncode == 0, proc.stderr
    return base / "in-process", proc


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    logs = tmp_path_factory.mktemp("dask-log")
    with dask_cluster(
        tmp_path_factory.mktemp("dask-cluster"), 2, env={"ZHENGCE_TEST_LOG": str(logs)}
    ) as running:
        yield running, logs


def test_a_batch_on_two_workers_is_the_in_process_dataset(base, in_process, cluster):
    expected, reference = in_process
    running, logs = cluster
    proc = zhengce("corpus", "--out", "on-dask", "--dask", running.address, "-q", cwd=base)
    assert proc.returncode == 0, proc.stderr
    assert error_lines(proc.stderr) == error_lines(reference.stderr)  # the duplicate, named the same way
    assert len(error_lines(proc.stderr)) == 1 and "same text as" in proc.stderr
    assert_same_dataset(base / "on-dask", expected)

    parsed = parsed_log(logs)
    files = sorted(f"corpus/{p.name}" for p in (base / "corpus").iterdir())
    assert sorted(path for _, path in parsed) == files  # each file parsed once, by a worker
    assert {pid for pid, _ in parsed} == set(running.worker_pids)  # both workers had chunks
    assert len(list((base / "on-dask" / "nodes").iterdir())) >= 2  # their segments, published together


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(base, in_process, tmp_path):
    expected, _ = in_process
    gate, logs = tmp_path / "gate", tmp_path / "log"
    gate.mkdir()
    logs.mkdir()
    env = {"ZHENGCE_TEST_GATE": str(gate), "ZHENGCE_TEST_LOG": str(logs)}
    with dask_cluster(tmp_path / "cluster", 2, env=env) as running:
        out = tmp_path / "out"
        batch = subprocess.Popen(
            [str(ZHENGCE), "parse", "corpus", "--out", str(out), "--dask", running.address, "-q"],
            cwd=base,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            stopped = wait_for(lambda: list(gate.glob("staging-*")), batch)
            victim = int(stopped[0].name.removeprefix("staging-"))
            assert victim in running.worker_pids
            segment = Path(stopped[0].read_text(encoding="utf-8"))
            # mid-staging: the chunk's JSON and rows are written, its tables under temporary names
            assert list((segment / "json").glob("*.json")) and list(segment.glob(".nodes.parquet.tmp-*"))
            assert not (segment / "nodes.parquet").exists()
            os.kill(victim, signal.SIGKILL)
            next(w for w in running.workers if w.pid == victim).wait(timeout=30)
            (gate / "release").touch()
            stdout, stderr = batch.communicate(timeout=RUN_TIMEOUT)
        finally:
            if batch.poll() is None:
                batch.kill()
                batch.wait()
    assert batch.returncode == 0, stderr
    assert len(error_lines(stderr)) == 1 and "same text as" in stderr  # the duplicate, nothing else
    assert_same_dataset(out, expected)

    parsed = parsed_log(logs)
    gate_file = next(path for _, path in parsed if Path(path).name.startswith("gate-"))
    runs = [pid for pid, path in parsed if path == gate_file]
    assert runs[0] == victim and len(runs) == 2 and runs[1] != victim  # its chunk ran again, elsewhere
    assert {path for _, path in parsed} == {f"corpus/{p.name}" for p in (base / "corpus").iterdir()}
    assert not list(out.rglob("*.tmp-*"))  # the killed worker's half-written file went with the batch


def wait_for(condition, proc: subprocess.Popen, timeout: float = RUN_TIMEOUT):
    deadline = time.monotonic() + timeout
    while not (found := condition()):
        if proc.poll() is not None:
            pytest.fail(f"the batch ended first: {proc.stderr.read()}")
        if time.monotonic() > deadline:
            pytest.fail("timed out waiting for the gate")
        time.sleep(0.05)
    return found


def test_bad_files_on_the_cluster_are_reported_as_in_process(base, cluster, seed_path):
    running, _ = cluster
    batch = ["corpus/000000_kunming_keji_2024_zqyj.txt", str(BAD / "empty.txt"), str(BAD / "not_a_zip.docx")]
    batch += [str(BAD / "external_entity.html"), "no-such-draft.txt", str(seed_path.parent)]
    batch += ["--max-bytes", "8k"]  # the parent's bound, which the workers' environment does not hold
    local = zhengce(*batch, "--out", "bad-in-process", "--workers", "0", "-q", cwd=base)
    remote = zhengce(*batch, "--out", "bad-on-dask", "--dask", running.address, "-q", cwd=base)
    assert local.returncode == remote.returncode == 1
    assert "Traceback" not in remote.stderr
    lines = error_lines(remote.stderr)
    assert lines == error_lines(local.stderr)
    assert len(lines) == 6 and all(line.startswith("zhengce: ") for line in lines)
    assert any(line.startswith("zhengce: no-such-draft.txt: ") for line in lines)
    too_large = [line.split(": ")[1] for line in lines if "too large" in line]
    assert sorted(too_large) == sorted([str(seed_path), batch[0]])  # the seed, twice: over 8 KB
    assert_same_dataset(base / "bad-on-dask", base / "bad-in-process")
    assert read_table(base / "bad-on-dask", "documents").num_rows >= 2


def test_an_unreachable_scheduler_is_one_line_and_writes_nothing(base):
    address = f"tcp://127.0.0.1:{free_port()}"  # nobody listens there
    proc = zhengce("corpus", "--out", "unreachable", "--dask", address, cwd=base)
    assert proc.returncode == 1
    [line] = proc.stderr.splitlines()
    assert line.startswith(f"zhengce: cannot reach the Dask scheduler at {address}: ")
    assert not (base / "unreachable").exists()


def test_the_scheduler_lost_mid_batch_is_one_line_and_keeps_the_previous_dataset(base, tmp_path):
    gate = tmp_path / "gate"
    gate.mkdir()
    out = tmp_path / "out"
    assert (
        main(["parse", str(base / "corpus" / "000000_kunming_keji_2024_zqyj.txt"), "--out", str(out), "-q"])
        == 0
    )
    before = sorted_rows(read_table(out, "documents"), "documents")
    gated = next(p for p in (base / "corpus").iterdir() if p.name.startswith("gate-"))
    with dask_cluster(tmp_path / "cluster", 1, env={"ZHENGCE_TEST_GATE": str(gate)}) as running:
        batch = subprocess.Popen(
            [str(ZHENGCE), "parse", f"corpus/{gated.name}", "--out", str(out), "--dask", running.address],
            cwd=base,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: list(gate.glob("staging-*")), batch)
            os.killpg(running.scheduler.pid, signal.SIGKILL)
            _, stderr = batch.communicate(timeout=RUN_TIMEOUT)
        finally:
            (gate / "release").touch()
            if batch.poll() is None:
                batch.kill()
                batch.wait()
    assert batch.returncode == 1
    assert stderr.splitlines() == [
        "zhengce: lost the connection to the Dask scheduler mid-batch; nothing was written"
    ]
    assert sorted_rows(read_table(out, "documents"), "documents") == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dask", "corpus"], "is not a scheduler address"),
        (["--dask", "tcp://127.0.0.1:8786", "--workers", "2"], "--workers sizes a local cluster"),
        (["--dask", "--workers", "0"], "at least one worker"),
    ],
)
def test_dask_options_that_do_not_go_together_are_usage_errors(base, args, message, capsys, monkeypatch):
    monkeypatch.chdir(base)
    assert main(["parse", "corpus", *args, "--out", "usage"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and message in err
    assert not (base / "usage").exists()


def test_a_local_cluster_of_two_workers(base, tmp_path, monkeypatch):
    small = base / "small"
    small.mkdir()
    for path in sorted((base / "corpus").iterdir())[:6]:
        (small / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(base)
    assert parse_batch(["small"], tmp_path / "in-process", workers=0).ok
    proc = zhengce(
        "small", "--out", str(tmp_path / "local-cluster"), "--dask", "--workers", "2", "-q", cwd=base
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert_same_dataset(tmp_path / "local-cluster", tmp_path / "in-process")


def test_the_flow_on_dask_task_runner(base, in_process, cluster, prefect_harness, monkeypatch):
    from prefect.artifacts import Artifact

    from flows.dask_flow import run

    expected, _ = in_process
    running, _ = cluster
    monkeypatch.chdir(base)
    state = run(["corpus"], "on-dask-flow", address=running.address, return_state=True)
    assert state.is_completed()
    result = state.result()
    assert result.errors == [] and len(result.duplicates) == 1
    files = len(list((base / "corpus").iterdir()))
    assert result.files == files and result.parsed == files - 1  # all but the duplicate written
    # whole summaries of the batch's head only (memory stays flat however long the batch)
    assert len(result.documents) == min(result.parsed, SUMMARIES_KEPT)
    assert_same_dataset(base / "on-dask-flow", expected)
    summary = Artifact.get("zhengce-parse-summary")
    assert summary is not None and f"parsed: {result.parsed}," in summary.data
    states = collections.Counter(task_states(state.state_details.flow_run_id))
    assert states["stage-chunk", "Completed"] >= 2 and states["commit", "Completed"] == 1


def task_states(flow_run_id) -> list[tuple[str, str]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return [(run.name.rsplit("-", 1)[0], run.state.name) for run in runs]


def test_the_flow_on_a_remote_cluster_needs_a_prefect_server_the_workers_reach(base):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    proc = subprocess.run(
        [str(ZHENGCE), "parse", "corpus", "--out", "remote", "--prefect", "--dask", "tcp://192.0.2.1:8786"],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        cwd=base,
        env=env,
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "zhengce: the workers of tcp://192.0.2.1:8786 report to Prefect:"
        " set PREFECT_API_URL to a Prefect server they reach"
    ]
    assert not (base / "remote").exists()

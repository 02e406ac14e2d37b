"""What the cluster path adds to a batch, without a cluster: chunks read relative to the parent's folder,
staging that refuses a folder it cannot see, and the chunk runner's handling of failed and cancelled
chunks. The runner only needs futures, so here it runs ``stage_chunk`` on a thread pool's real futures;
tests/test_dask.py runs it on a real Dask cluster.
"""

from __future__ import annotations

import concurrent.futures
import shutil
import threading
import types
from pathlib import Path

import pytest
from distributed import KilledWorker

from flows import steps
from flows.dask_cluster import ChunkRunner, ClusterError, is_address
from flows.steps import Chunk, FileError, parse_batch, parse_file, stage_chunk
from outputs.dataset import current_snapshot, open_batch, read_table, stage
from parsers.pipeline import parse_bytes

DRAFT = "关于支持小微企业发展的若干措施\n一、加大支持\n（一）对新认定的企业给予一次性奖励10万元。\n"


@pytest.fixture
def drafts(tmp_path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for n in range(5):
        (folder / f"d{n}.txt").write_text(f"{DRAFT}（附{n}）\n", encoding="utf-8")
    return folder


def test_a_relative_path_is_read_from_the_given_folder_and_named_as_given(drafts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path / "drafts")  # not the folder the path is relative to
    doc = parse_file("drafts/d1.txt", root=str(tmp_path))
    assert doc.source.path == "drafts/d1.txt"
    assert doc.doc_id == parse_bytes((drafts / "d1.txt").read_bytes(), name="x.txt").doc_id
    missing = parse_file("drafts/none.txt", root=str(tmp_path))
    assert isinstance(missing, FileError) and missing.path == "drafts/none.txt"


def test_a_batch_names_out_by_its_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_batch("out") as batch:
        assert batch.out == str(tmp_path / "out")


def test_staging_refuses_a_batch_folder_it_cannot_see(tmp_path):
    """A worker that does not share OUT must fail, not stage on its own disk where the commit never looks."""
    with open_batch(tmp_path / "out") as batch:
        shutil.rmtree(batch.folder)
        with pytest.raises(FileNotFoundError, match="not shared"):
            stage(batch, [parse_bytes(DRAFT.encode(), name="a.txt")], 0)
        assert not batch.folder.exists()


def failing_on(name: str, error: Exception):
    """``stage_chunk``, except that a chunk holding ``name`` raises ``error`` (a worker dying on that file)."""

    def run(batch, chunk, series):
        if any(Path(p).name == name for p in chunk.paths):
            raise error
        return stage_chunk(batch, chunk, series)

    return run


def thread_runner(pool, work, **options) -> ChunkRunner:
    return ChunkRunner(
        lambda batch, chunk, series: pool.submit(work, batch, chunk, series),
        cancel=lambda future: future.cancel(),
        **options,
    )


def test_a_chunk_that_keeps_failing_runs_again_file_by_file(drafts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    killed = KilledWorker("zhengce-stage-chunk-x", types.SimpleNamespace(address="tcp://127.0.0.1:1"), 3)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        runner = thread_runner(pool, failing_on("d2.txt", killed))
        result = parse_batch(["drafts"], "out", workers=1, chunk_bytes=1, run_chunks=runner)
    assert result.errors == [
        FileError("drafts/d2.txt", "a Dask worker died each time it ran this file (KilledWorker)")
    ]
    written = sorted(read_table(tmp_path / "out", "documents").column("source").to_pylist())
    assert written == [f"drafts/d{n}.txt" for n in (0, 1, 3, 4)]


def test_a_failing_chunk_of_several_files_loses_none_of_the_good_ones(drafts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    files = steps.collect_paths(["drafts"])
    chunks = [Chunk(0, tuple(map(str, files)), tuple(range(len(files))), str(tmp_path))]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        runner = thread_runner(pool, failing_on("d3.txt", OSError("No space left on device")))
        with open_batch("out") as batch:
            results = list(runner(batch, chunks, None))
    outcomes = dict(o for r in results for o in r.outcomes)
    assert outcomes["drafts/d3.txt"] == FileError("drafts/d3.txt", "OSError: No space left on device")
    assert sorted(p for p, o in outcomes.items() if not isinstance(o, FileError)) == [
        f"drafts/d{n}.txt" for n in (0, 1, 2, 4)
    ]
    assert {r.index for r in results} == set(range(1, 6))  # the failed chunk's files, each a chunk of its own


def test_a_cancelled_chunk_gives_up_the_batch_and_writes_nothing(drafts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    release = threading.Event()

    def stuck(batch, chunk, series):
        release.wait(30)
        return stage_chunk(batch, chunk, series)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        blocker = pool.submit(release.wait, 30)  # holds the only thread: every chunk stays queued
        futures = []

        def submit(batch, chunk, series):
            futures.append(pool.submit(stuck, batch, chunk, series))
            if len(futures) == 1:
                futures[0].cancel()  # the scheduler dropped it
            return futures[-1]

        runner = ChunkRunner(submit, cancel=lambda future: future.cancel())
        with pytest.raises(ClusterError, match="cancelled the batch's work; nothing was written"):
            parse_batch(["drafts"], "out", workers=1, chunk_bytes=1, run_chunks=runner)
        assert all(f.cancelled() for f in futures)  # the rest were dropped too
        release.set()
        blocker.result()
    assert current_snapshot(tmp_path / "out") is None
    assert not any((tmp_path / "out" / ".zhengce" / "staged").iterdir())


def test_the_watch_gives_up_a_batch_that_waits_for_nothing(drafts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    release = threading.Event()
    checks = []

    def watch():
        checks.append(1)
        if len(checks) == 3:
            raise ClusterError("no Dask worker left at tcp://127.0.0.1:1 for 60 s")

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        runner = thread_runner(pool, lambda *args: release.wait(30), watch=watch, heartbeat=0.01)
        with pytest.raises(ClusterError, match="no Dask worker left"):
            parse_batch(["drafts"], "out", workers=1, run_chunks=runner)
        release.set()
    assert len(checks) == 3
    assert current_snapshot(tmp_path / "out") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tcp://10.0.0.5:8786", True),
        ("tls://scheduler.example.org:8786", True),
        ("127.0.0.1:8786", True),
        ("corpus", False),
        ("drafts/2024", False),
        ("tcp://host", False),
    ],
)
def test_what_counts_as_a_scheduler_address(text, expected):
    assert is_address(text) is expected

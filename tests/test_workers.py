"""Worker processes of a parse batch: forked while the batch is listed, as soon as it proves large enough."""

from __future__ import annotations

import os
import signal
import time

import pytest

from flows import batch_plan, steps, workers
from flows.batch_plan import PARALLEL_MIN_BYTES, WorkerStart, collect_path_names
from flows.workers import WorkerFailed, WorkerPool

DRAFT = "关于支持示范园区建设的若干措施\n一、总体要求\n（一）加强统筹。对园区给予不超过50万元的奖励。\n"


def _drafts(folder, count: int, size: int) -> list[str]:
    """``count`` drafts of about ``size`` bytes each, named in listing order."""
    folder.mkdir()
    for n in range(count):
        body = DRAFT + "（二）强化保障。\n" * max(0, (size - len(DRAFT.encode())) // 25)
        (folder / f"{n:03d}.txt").write_text(f"{body}（第{n}号）\n", encoding="utf-8")
    return sorted(str(path) for path in folder.iterdir())


class RecordedPool:
    """Stands for WorkerPool: records how many files the listing had found when it was forked."""

    made: list[tuple[int, int]] = []  # (workers, files found by then)
    found: list[str] = []

    def __init__(self, n, start, fresh_after=None):
        RecordedPool.made.append((n, len(RecordedPool.found)))
        self.size = n

    def close(self):
        pass


@pytest.fixture
def recorded(monkeypatch):
    RecordedPool.made, RecordedPool.found = [], []
    monkeypatch.setattr(workers, "WorkerPool", RecordedPool)
    monkeypatch.setattr(batch_plan, "available_cores", lambda: 2)
    return RecordedPool


def _list(paths, start: WorkerStart) -> list[str]:
    def listed(name):
        RecordedPool.found.append(name)
        start.listed(name)

    return collect_path_names(paths, listed)


def test_a_large_batch_forks_its_workers_once_the_files_listed_so_far_pass_the_threshold(tmp_path, recorded):
    drafts = _drafts(tmp_path / "in", 30, 40 * 1024)
    start = WorkerStart()
    files = _list([tmp_path / "in"], start)
    assert files == drafts and start.pool is not None
    total, needed = 0, 0  # the files whose bytes first reach the threshold
    while total < PARALLEL_MIN_BYTES:
        total += os.path.getsize(drafts[needed])
        needed += 1
    assert recorded.made == [(2, needed)]  # forked once, one worker per core, long before the listing ended
    assert needed < len(files)


def test_a_small_batch_forks_nothing(tmp_path, recorded):
    _drafts(tmp_path / "in", 5, 2048)
    start = WorkerStart()
    assert len(_list([tmp_path / "in"], start)) == 5
    assert start.pool is None and recorded.made == []


def test_one_large_file_is_one_chunk_and_forks_nothing(tmp_path, recorded):
    (big,) = _drafts(tmp_path / "in", 1, PARALLEL_MIN_BYTES * 2)
    start = WorkerStart()
    _list([big], start)
    assert start.pool is None and recorded.made == []
    assert len(batch_plan.plan_chunks([big], 2)) == 1  # what the workers would have had: one chunk


def test_workers_asked_for_start_once_two_chunks_are_certain(tmp_path, recorded):
    _drafts(tmp_path / "in", 6, 3000)
    start = WorkerStart(requested=3, chunk_bytes=4096)
    _list([tmp_path / "in"], start)
    assert recorded.made == [(3, 2)]  # two files of more than a chunk's most
    none = WorkerStart(requested=0)
    _list([tmp_path / "in"], none)
    assert none.pool is None and len(recorded.made) == 1


def test_a_batch_in_this_process_forks_no_worker(tmp_path, monkeypatch):
    def no_fork(*args, **kwargs):
        raise AssertionError("a small batch forked workers")

    monkeypatch.setattr(workers, "WorkerPool", no_fork)
    monkeypatch.setattr(workers, "run_on_workers", no_fork)
    monkeypatch.setattr(batch_plan, "available_cores", lambda: 2)
    _drafts(tmp_path / "in", 3, 2048)
    result = steps.parse_batch([tmp_path / "in"], tmp_path / "out")
    assert result.ok and result.parsed == 3


# ------------------------------------------------------------------ the pool itself (real forks)


def _twice(number: int, task: int, state):
    return task * 2, (state or 0) + 1


def _count(state):
    return state or 0


def _fail_on_three(number: int, task: int, state):
    if task == 3:
        raise ValueError("three is not allowed")
    return task, state


def test_a_pool_runs_its_tasks_and_a_worker_without_one_closes_nothing():
    with WorkerPool(3, lambda: None) as pool:
        results = list(pool.run([5, 6], stage=_twice, close=_count))
    assert sorted(v for k, v in results if k == "chunk") == [10, 12]
    segments = [v for k, v in results if k == "segment"]
    assert len(segments) == 3 and sum(segments) == 2  # each worker closes what it took; one took none


def test_a_pool_never_given_work_ends_its_workers():
    pool = WorkerPool(2, lambda: time.sleep(0.2))
    procs = list(pool._procs)
    pool.close()
    assert [proc.exitcode for proc in procs] == [0, 0]


def test_a_workers_failure_fails_the_run_with_its_number():
    pool = WorkerPool(2, lambda: None)
    with pytest.raises(WorkerFailed, match=r"worker \d: ValueError: three is not allowed"), pool:
        list(pool.run([1, 2, 3, 4], stage=_fail_on_three, close=_count))
    assert all(proc.exitcode is not None for proc in pool._procs)  # none left behind


def _in_pairs(number: int, task: int, state):
    """Stages a task in the process it runs in; a "segment" of two tasks is closed after the second."""
    taken = (state or ()) + (task,)
    return (task, os.getpid()), (None if len(taken) == 2 else taken)


def _left_open(state):
    return state


def test_a_worker_stages_each_segment_in_a_fresh_process_and_the_results_are_the_same():
    with WorkerPool(1, lambda: None, fresh_after=2) as pool:
        worker_pid = pool._procs[0].pid
        results = list(pool.run([1, 2, 3, 4, 5], stage=_in_pairs, close=_left_open))
    chunks = [v for k, v in results if k == "chunk"]
    assert [task for task, _ in chunks] == [1, 2, 3, 4, 5]
    pids = [pid for _, pid in chunks]
    # tasks 1-2, 3-4 and 5 each in a process of their own, none of them the worker itself
    assert pids[0] == pids[1] and pids[2] == pids[3] and len({pids[0], pids[2], pids[4]}) == 3
    assert worker_pid not in pids
    assert [v for k, v in results if k == "segment"] == [(5,)]  # the last process closes what it holds
    assert pool._procs[0].exitcode == 0


def test_a_failure_in_a_workers_fresh_process_fails_the_run_with_its_number():
    pool = WorkerPool(2, lambda: None, fresh_after=1)
    with pytest.raises(WorkerFailed, match=r"worker \d: ValueError: three is not allowed"), pool:
        list(pool.run([1, 2, 3, 4], stage=_fail_on_three, close=_count))
    assert all(proc.exitcode is not None for proc in pool._procs)


def _killed_on_three(number: int, task: int, state):
    if task == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return task, None


def test_a_workers_fresh_process_killed_fails_the_run_as_the_worker_killed():
    pool = WorkerPool(2, lambda: None, fresh_after=1)
    with pytest.raises(WorkerFailed, match=r"zhengce-worker-\d ended with exit code -9"), pool:
        list(pool.run([1, 2, 3, 4], stage=_killed_on_three, close=_count))


# ------------------------------------------------------------------ a parent killed before ``run``

ORPHAN_SCRIPT = """
import sys, time
from flows import workers
from flows.workers import WorkerPool

if sys.argv[1] == "poll":  # as on a system without PR_SET_PDEATHSIG: the workers' poll alone
    workers.die_with_parent = lambda parent_pid: None
pool = WorkerPool(2, lambda: None)
print(" ".join(str(proc.pid) for proc in pool._procs), flush=True)
time.sleep(600)  # the listing and planning of a large batch: the parent is killed here
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that has not exited (a zombie waiting for its reaper has)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


@pytest.mark.parametrize("guard", ["signal", "poll"])
def test_workers_waiting_for_the_batch_exit_when_their_parent_is_killed(guard):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    parent = subprocess.Popen(
        [sys.executable, "-c", ORPHAN_SCRIPT, guard],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(pids) == 2 and all(_running(pid) for pid in pids)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 20 * workers.POLL_SECONDS
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in pids if _running(pid)]
    for pid in left:  # do not leave them behind if the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []

"""A batch on worker processes has its new output folder's DuckDB file written by a child process
(flows/database_process.py), so the committing parent never imports DuckDB; the file is the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.database_process import DatabaseProcess
from outputs.sql import DATABASE_FILE, database_is_current

DRAFT = "关于支持企业发展的若干措施\n一、加大支持\n（一）对新认定的企业给予一次性奖励{n}万元。\n"

PARSE_AND_TELL = """
import sys
from flows.cli import main
code = main(["parse", sys.argv[1], "--out", sys.argv[2], "--workers", sys.argv[3], "-q"])
print(code, "duckdb" in sys.modules)
"""


@pytest.fixture
def drafts(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"d{n}.txt").write_text(DRAFT.format(n=n + 1), encoding="utf-8")
    return folder


def _parse(drafts: Path, out: Path, workers: int) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PARSE_AND_TELL, str(drafts), str(out), str(workers)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def _money(out: Path) -> list[tuple]:
    with duckdb.connect(str(out / DATABASE_FILE), read_only=True) as con:
        return con.execute("SELECT surface FROM money ORDER BY surface").fetchall()


def test_a_batch_on_workers_leaves_duckdb_to_a_child(drafts, tmp_path):
    assert _parse(drafts, tmp_path / "on-workers", 2) == ["0", "False"]  # the parent never imported it
    assert _parse(drafts, tmp_path / "in-process", 0) == ["0", "False"]  # nor here: a fork wrote it
    expected = [(f"{n}万元",) for n in range(1, 7)]
    assert _money(tmp_path / "on-workers") == _money(tmp_path / "in-process") == expected
    assert database_is_current(tmp_path / "on-workers")


def test_a_child_that_fails_leaves_the_file_to_this_process(tmp_path, monkeypatch):
    from outputs.dataset import commit

    commit(tmp_path, [])  # an empty dataset: its tables exist, its DuckDB file is written
    (tmp_path / DATABASE_FILE).unlink()
    monkeypatch.setattr(DatabaseProcess, "command", (sys.executable, "-c", "import sys; sys.exit(3)"))
    with DatabaseProcess() as database:
        database(tmp_path)
    with duckdb.connect(str(tmp_path / DATABASE_FILE), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM money").fetchone() == (0,)


def _empty_dataset(out: Path) -> None:
    from outputs.dataset import commit

    commit(out, [])  # an empty dataset: its tables exist, its DuckDB file is written
    (out / DATABASE_FILE).unlink()


def test_the_callers_next_step_runs_once_while_the_child_writes(tmp_path):
    """The commit's calendar is made while the child writes the DuckDB file: both are there after."""
    _empty_dataset(tmp_path)
    steps = []
    with DatabaseProcess() as database:
        database(tmp_path, meanwhile=lambda: steps.append(database._proc))
    assert steps == [None]  # run once, after the child was asked (it is no longer this object's)
    with duckdb.connect(str(tmp_path / DATABASE_FILE), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_the_next_step_runs_once_when_the_child_fails(tmp_path, monkeypatch):
    _empty_dataset(tmp_path)
    monkeypatch.setattr(DatabaseProcess, "command", (sys.executable, "-c", "import sys; sys.exit(3)"))
    steps = []
    with DatabaseProcess() as database:
        database(tmp_path, meanwhile=lambda: steps.append(1))
    assert steps == [1]
    assert (tmp_path / DATABASE_FILE).is_file()  # written here instead


def test_a_next_step_that_fails_still_waits_for_the_child(tmp_path):
    _empty_dataset(tmp_path)

    def fail():
        raise RuntimeError("calendar")

    with DatabaseProcess() as database:
        proc = database._proc
        with pytest.raises(RuntimeError, match="calendar"):
            database(tmp_path, meanwhile=fail)
    assert proc.returncode == 0  # reaped, having written the file
    assert (tmp_path / DATABASE_FILE).is_file()


CHILD_AND_TELL = """
import runpy, sys
try:
    runpy.run_module("flows.database_process", run_name="__main__")
except SystemExit as end:
    print(end.code, "pyarrow" in sys.modules, file=sys.stderr)
"""


def test_the_child_of_a_batch_gets_its_statements_and_needs_no_pyarrow(tmp_path):
    """The asking process sends the views' statements: the child imports DuckDB only."""
    from flows.database_process import _request
    from outputs.sql import view_statements

    _empty_dataset(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD_AND_TELL],
        input=_request(tmp_path, calendar=False, statements=view_statements(tmp_path)),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert proc.stdout.strip() == "ok"
    assert proc.stderr.split() == ["0", "False"]
    with duckdb.connect(str(tmp_path / DATABASE_FILE), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM money").fetchone() == (0,)
        assert (
            con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL").fetchone()[0] > 100
        )


def test_a_child_never_called_exits_without_writing(tmp_path):
    with DatabaseProcess() as database:
        proc = database._proc
    assert proc is not None and proc.returncode == 0
    assert not (tmp_path / DATABASE_FILE).exists()


def test_a_draft_parsed_in_process_leaves_duckdb_to_a_fork(drafts, tmp_path):
    """`zhengce parse` of a small batch in its own process forks the writer before it parses: the
    command's process never imports DuckDB, and the file says what the one written in process says."""
    one = drafts / "d0.txt"
    proc = subprocess.run(
        [sys.executable, "-c", PARSE_AND_TELL, str(one), str(tmp_path / "forked"), "0"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["0", "False"]
    from flows.steps import parse_batch

    parse_batch([one], tmp_path / "here", workers=0)  # a library caller: never forks
    assert _money(tmp_path / "forked") == _money(tmp_path / "here") == [("1万元",)]
    assert database_is_current(tmp_path / "forked")
    with duckdb.connect(str(tmp_path / "forked" / DATABASE_FILE), read_only=True) as con:
        comments = con.execute("SELECT count(*) FROM duckdb_columns() WHERE comment IS NOT NULL").fetchone()
    assert comments[0] > 100  # the columns' documentation came along


def test_a_fork_that_fails_leaves_the_file_to_this_process(tmp_path, monkeypatch):
    from flows import database_process
    from outputs.dataset import commit

    commit(tmp_path, [])
    (tmp_path / DATABASE_FILE).unlink()
    monkeypatch.setattr(
        database_process, "_forked_child", lambda go, done: 3
    )  # exits at once, writes nothing
    with database_process.ForkedDatabase() as database:
        database(tmp_path)
    with duckdb.connect(str(tmp_path / DATABASE_FILE), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM money").fetchone() == (0,)


def test_a_fork_never_called_exits_without_writing(tmp_path, monkeypatch):
    from flows import database_process

    monkeypatch.setattr(database_process, "_forked_child", lambda go, done: 0 if not os.read(go, 1) else 5)
    database = database_process.ForkedDatabase()
    pid = database._pid
    database.close()
    assert pid is not None and database._pid is None
    assert not (tmp_path / DATABASE_FILE).exists()


PARSE_AND_TELL_MODULES = """
import sys
from flows.cli import main
code = main(["parse", sys.argv[1], "--out", sys.argv[2], "--workers", sys.argv[3], "-q"])
print(code, "duckdb" in sys.modules, "icalendar" in sys.modules)
"""
SEED = Path(__file__).resolve().parent.parent / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"


@pytest.mark.parametrize("workers", ["0", "2"])  # a fork writes it; beside workers, the command itself
def test_a_new_folders_calendar_is_the_one_the_commit_writes(tmp_path, workers):
    """The seed draft's comment deadline: its event, as the commit writes it, whichever process did."""
    import re

    from outputs.calendar import calendar_path

    proc = subprocess.run(
        [sys.executable, "-c", PARSE_AND_TELL_MODULES, str(SEED), str(tmp_path / "forked"), workers],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    # a fork writes both files: the command imports neither; beside workers, it writes the calendar
    assert proc.stdout.split() == ["0", "False", "False" if workers == "0" else "True"]
    from flows.steps import parse_batch

    parse_batch([SEED], tmp_path / "here", workers=0)

    def calendar(out: Path) -> str:
        return re.sub(r"DTSTAMP:\w+", "DTSTAMP:…", calendar_path(out).read_text(encoding="utf-8"))

    assert calendar(tmp_path / "forked") == calendar(tmp_path / "here")
    assert "DTSTART;TZID=Asia/Shanghai:20241226T170000" in calendar(tmp_path / "forked")


PARSE_AND_TELL_FORKS = """
import sys
from flows import database_process
forks = []


class Recording(database_process.ForkedDatabase):
    def __init__(self, *args, **kwargs):
        forks.append("pyarrow" in sys.modules)  # what the command had imported when it forked
        super().__init__(*args, **kwargs)


database_process.ForkedDatabase = Recording
from flows.cli import main
code = main(["parse", *sys.argv[1:], "-q"])
print(code, forks)
"""


def test_the_command_forks_its_writer_before_pyarrow_and_only_when_it_will_write(tmp_path):
    """A one-draft parse into a new folder forks first (the child imports DuckDB and pyarrow on the
    other core from the start); into a folder that has its file, or beside workers, it does not."""

    def forks(*args: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-c", PARSE_AND_TELL_FORKS, *args],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.strip()

    out = tmp_path / "out"
    assert forks(str(SEED), "--out", str(out)) == "0 [False]"
    assert database_is_current(out) and (out / "deadlines.ics").is_file()
    assert forks(str(SEED), "--out", str(out)) == "0 []"  # the file is there: nothing to fork for
    assert forks(str(SEED), "--out", str(tmp_path / "on-workers"), "--workers", "2") == "0 []"
    assert database_is_current(tmp_path / "on-workers")

"""A batch on worker processes has its new output folder's DuckDB file written by a child process
(flows/database_process.py), so the committing parent never imports DuckDB; the file is the same."""

from __future__ import annotations

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
    assert _parse(drafts, tmp_path / "in-process", 0) == ["0", "True"]
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


def test_a_child_never_called_exits_without_writing(tmp_path):
    with DatabaseProcess() as database:
        proc = database._proc
    assert proc is not None and proc.returncode == 0
    assert not (tmp_path / DATABASE_FILE).exists()

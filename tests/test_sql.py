"""`zhengce sql` on the seed's output, and OUT/zhengce.duckdb opened as a SQL client would open it."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from outputs import sql
from outputs.dataset import commit
from parsers.pipeline import parse_bytes, parse_path

ROOT = Path(__file__).resolve().parent.parent
ZHENGCE = [sys.executable, "-m", "flows.cli"]
CAPS = (
    "SELECT provision_label, surface, high FROM money "
    "WHERE role = 'subsidy' AND kind = 'max' ORDER BY provision_seq, char_start"
)


def zhengce(*args: str) -> subprocess.CompletedProcess:
    """The command as a user runs it, in its own process."""
    return subprocess.run([*ZHENGCE, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture
def cli(capsys, monkeypatch):
    """The same command in this process (quicker): returns (exit code, stdout, stderr)."""

    def run(*args: str, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory, seed_path):
    """The seed parsed by the command a user runs."""
    out = tmp_path_factory.mktemp("sql") / "out"
    result = zhengce("parse", str(seed_path), "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    return out


def test_sql_prints_a_table_with_measures_in_document_order(seed_out):
    result = zhengce("sql", str(seed_out), CAPS)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert "provision_label" in lines[1] and "surface" in lines[1]
    body = [line for line in lines if "万元" in line]
    assert body[0].split("│")[1].strip() == "(一)" and "不超过100万元" in body[0]
    assert "(十一)" in body[-1] and "不超过10万元" in body[-1]  # last, though it sorts before (二) as text
    assert "1000000.0" in result.stdout  # yuan as written by DuckDB, not 1e+06
    assert "8 rows" in result.stdout


def test_sql_csv_and_json(seed_out, cli):
    code, out, err = cli("sql", str(seed_out), CAPS, "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0] == {"provision_label": "(一)", "surface": "不超过100万元", "high": "1000000.0"}
    assert len(rows) == 8
    code, out, err = cli(
        "sql", str(seed_out), "SELECT title, comment_deadline, n_chars FROM documents", "--json"
    )
    assert code == 0, err
    (doc,) = json.loads(out)
    assert doc["title"] == "科技创新赋能经济转型升级若干措施"
    assert doc["comment_deadline"] == "2024-12-26T17:00:00+08:00"  # Beijing time, as the notice says
    assert isinstance(doc["n_chars"], int)


def test_query_from_stdin_and_from_a_file(seed_out, tmp_path, cli):
    code, out, _ = cli("sql", str(seed_out), "-", "--csv", stdin="SELECT count(*) AS n FROM ratios")
    assert (code, out.splitlines()) == (0, ["n", "16"])
    query = tmp_path / "q.sql"
    query.write_text("SELECT count(*) AS n FROM targets WHERE year = 2027", encoding="utf-8")
    code, out, err = cli("sql", str(seed_out), f"@{query}", "--csv")
    assert code == 0, err
    assert int(out.splitlines()[1]) > 20


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("SELEC 1", "Parser Error"),
        ("SELECT nope FROM money", "Binder Error"),
        ("SELECT * FROM no_such_table", "Catalog Error"),
    ],
)
def test_a_bad_query_gets_one_line_and_exit_1(seed_out, query, words, cli):
    code, out, err = cli("sql", str(seed_out), query)
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("zhengce: sql: ") and words in err


def test_a_bad_query_from_the_command_line_has_no_traceback(seed_out):
    result = zhengce("sql", str(seed_out), "SELECT FROM WHERE")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_no_tables_or_no_query_file_is_a_usage_error(tmp_path, cli):
    code, _, err = cli("sql", str(tmp_path / "missing"), "SELECT 1")
    assert code == 2
    assert err.count("\n") == 1 and "no zhengce tables" in err
    code, _, err = cli("sql", str(tmp_path), "@/no/such/query.sql")
    assert code == 2 and "cannot read the query" in err


def test_the_database_file_opens_from_another_directory(seed_out, tmp_path):
    """As the DuckDB CLI would: a fresh process, elsewhere, opening OUT/zhengce.duckdb read-only."""
    database = seed_out / "zhengce.duckdb"
    assert database.is_file()
    script = (
        "import duckdb, json, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "views = sorted(r[0] for r in con.sql('SELECT view_name FROM duckdb_views() WHERE NOT internal').fetchall())\n"
        f"caps = con.sql({CAPS!r}).fetchall()\n"
        "comment = con.execute(\"SELECT comment FROM duckdb_columns() WHERE table_name = 'money' AND column_name = 'low'\").fetchone()[0]\n"
        "print(json.dumps({'views': views, 'caps': caps, 'comment': comment}, ensure_ascii=False))\n"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", script, os.path.relpath(database, elsewhere)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["views"] == [
        "changes",
        "documents",
        "history",
        "money",
        "nodes",
        "ratios",
        "targets",
        "value_changes",
    ]
    assert answer["caps"][0] == ["(一)", "不超过100万元", 1000000.0]
    assert len(answer["caps"]) == 8
    assert "coalesce(high, low)" in answer["comment"] and answer["comment"].startswith("下限（元）")


def test_the_database_file_follows_commits_and_moves(tmp_path, seed_path):
    out = tmp_path / "out"
    commit(out, [parse_path(seed_path)])
    database = out / "zhengce.duckdb"
    first = database.stat().st_mtime_ns
    # a new document: the views read the live snapshot, so the file needs no rewrite
    small = parse_bytes(
        "关于支持小微企业的若干措施\n一、支持\n（一）对企业给予不超过5万元奖励。\n".encode(), name="s.txt"
    )
    commit(out, [small])
    assert database.stat().st_mtime_ns == first
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM money WHERE surface = '不超过5万元'").fetchone()[0] == 1
    # the folder moves: the next commit rewrites the file with the new absolute paths
    moved = tmp_path / "moved"
    shutil.move(out, moved)
    commit(moved, [small])
    with duckdb.connect(str(moved / "zhengce.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    # deleted: the next commit writes it again
    (moved / "zhengce.duckdb").unlink()
    commit(moved, [small])
    assert (moved / "zhengce.duckdb").is_file()


def test_a_client_holding_the_old_file_keeps_reading(tmp_path, seed_path):
    out = tmp_path / "out"
    commit(out, [parse_path(seed_path)])
    reader = duckdb.connect(str(out / "zhengce.duckdb"), read_only=True)
    try:
        sql.refresh_database(out, force=True)  # renamed over the open file, no lock error
        assert reader.execute("SELECT count(*) FROM money").fetchone()[0] == 36
    finally:
        reader.close()


def test_view_paths_are_quoted(tmp_path, seed_path):
    out = tmp_path / "it's here" / "out"
    commit(out, [parse_path(seed_path)])
    with duckdb.connect(str(out / "zhengce.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_start_up_and_a_parse_into_a_current_folder_import_no_duckdb(seed_out, seed_path):
    """The DuckDB file and the calendar are current: parsing again checks them without DuckDB,
    icalendar or XlsxWriter (each costs a start-up import)."""
    code = (
        "import sys; from flows.cli import build_parser, main; build_parser(); "
        f"rc = main(['parse', {str(seed_path)!r}, '--out', {str(seed_out)!r}, '--quiet']); "
        "print(rc, *(m in sys.modules for m in ('duckdb', 'icalendar', 'xlsxwriter')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.stdout.split() == ["0", "False", "False", "False"], proc.stderr

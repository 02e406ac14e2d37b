"""`zhengce diff OLD NEW --out OUT`: the command as a user runs it, outputs read back with DuckDB."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"
REVISION = ROOT / "fixtures" / "revisions" / "kunming_keji_2024_xdg.txt"
ZHENGCE = [sys.executable, "-m", "flows.cli"]


def zhengce(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*ZHENGCE, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def diff_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    result = zhengce("diff", str(SEED), str(REVISION), "--out", str(out))
    return out, result


def query(out: Path, table: str, sql: str) -> list[tuple]:
    con = duckdb.connect()
    con.execute(f"create view t as select * from read_parquet('{out}/{table}/**/*.parquet')")
    return con.execute(sql).fetchall()


def test_exit_zero_and_summary_on_stdout(diff_run):
    _, result = diff_run
    assert result.returncode == 0, result.stderr
    assert "不超过100万元" in result.stdout and "不超过200万元" in result.stdout
    assert "renumbered" in result.stdout and "removed" in result.stdout
    assert "prefect" not in result.stderr.lower()


def test_changes_table_holds_the_aligned_pairs(diff_run):
    out, _ = diff_run
    counts = dict(
        query(out, "changes", "select change, count(*) from t where kind = 'measure' group by change")
    )
    assert counts == {"modified": 3, "moved": 1, "renumbered": 5, "removed": 1, "added": 1, "unchanged": 6}
    removed = query(out, "changes", "select old_label, new_node_id, new_text from t where change = 'removed'")
    assert removed == [("(五)", None, None)]
    moved = query(
        out, "changes", "select old_label, new_label, moved, renumbered from t where change = 'moved'"
    )
    assert moved == [("(三)", "(四)", True, True)]
    doc_ids = query(out, "changes", "select distinct old_doc_id, new_doc_id from t")
    documents = dict(query(out, "documents", "select status, doc_id from t"))
    assert doc_ids == [(documents["征求意见稿"], documents["修订稿"])]


def test_value_changes_table_holds_old_and_new_values(diff_run):
    out, _ = diff_run
    rows = query(
        out,
        "value_changes",
        "select field, change, role, old_surface, new_surface, old_high, new_high from t where field = 'money' order by new_surface",
    )
    assert ("money", "changed", "subsidy", "不超过100万元", "不超过200万元", 1_000_000.0, 2_000_000.0) in rows
    ranges = query(
        out,
        "value_changes",
        "select old_low, old_high, new_low, new_high from t where old_surface = '20—100万元'",
    )
    assert ranges == [(200_000.0, 1_000_000.0, 300_000.0, 1_500_000.0)]
    ratio = query(
        out,
        "value_changes",
        "select old_value, new_value from t where field = 'ratio' and change = 'changed'",
    )
    assert ratio == [(0.2, 0.3)]
    added = query(
        out, "value_changes", "select new_surface from t where change = 'added' and field = 'money'"
    )
    assert added == [("不超过50万元",)]
    frame = pd.read_parquet(out / "value_changes")  # pandas reads the same folder with no help
    assert len(frame) == len(query(out, "value_changes", "select * from t"))


def test_both_documents_tables_and_diff_files_written(diff_run):
    out, _ = diff_run
    assert query(out, "documents", "select count(*) from t") == [(2,)]
    assert query(out, "nodes", "select count(*) from t where kind = 'measure'") == [(32,)]
    json_files = list((out / "diffs").glob("*.json"))
    html_files = list((out / "diffs").glob("*.html"))
    assert len(json_files) == 1 and len(html_files) == 1
    assert json_files[0].stem == html_files[0].stem
    data = json.loads(json_files[0].read_text(encoding="utf-8"))
    assert data["summary"]["nodes"]["removed"] == 1
    assert "新旧对照表" in html_files[0].read_text(encoding="utf-8")


def test_running_twice_replaces_the_rows(diff_run):
    out, _ = diff_run
    before = query(out, "changes", "select count(*) from t")
    result = zhengce("diff", str(SEED), str(REVISION), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert query(out, "changes", "select count(*) from t") == before
    assert query(out, "documents", "select count(*) from t") == [(2,)]


def test_series_option_names_the_diff(tmp_path):
    out = tmp_path / "out"
    result = zhengce("diff", str(SEED), str(REVISION), "--out", str(out), "--series", "昆明科技措施")
    assert result.returncode == 0, result.stderr
    data = json.loads(next((out / "diffs").glob("*.json")).read_text(encoding="utf-8"))
    assert data["series"] == "昆明科技措施"
    assert query(out, "documents", "select distinct series from t") == [("昆明科技措施",)]


@pytest.mark.parametrize(
    ("make_bad", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_bytes(b"") or d / "empty.txt", "empty"),
    ],
)
def test_bad_input_one_line_error_exit_one_nothing_written(tmp_path, make_bad, reason):
    bad = make_bad(tmp_path)
    out = tmp_path / "out"
    result = zhengce("diff", str(SEED), str(bad), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"zhengce: {bad}: ")
    assert reason in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()

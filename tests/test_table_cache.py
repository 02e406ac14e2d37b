"""The data tables' parsed forms kept between runs (flows/table_cache.py): a kept table is the table tomllib parses
from the file as it is now, and a table whose file changed is parsed again."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from flows import table_cache
from parsers import data_tables

ROOT = Path(__file__).resolve().parent.parent
TABLES = data_tables.every_table()


def _fresh(path: Path) -> dict:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    with path.open("rb") as handle:
        return tomllib.load(handle)


def test_every_kept_table_equals_a_fresh_parse(tmp_path):
    path = tmp_path / "tables.marshal"
    first = table_cache.TableCache(path)
    assert [first.read(table) for table in TABLES] == [_fresh(table) for table in TABLES]
    assert first.added == len(TABLES) >= 13 and first.save(force=True)
    kept = table_cache.TableCache(path)  # a later run: every table from the file
    got = {table.name: kept.read(table) for table in TABLES}
    assert kept.added == 0
    assert got == {table.name: _fresh(table) for table in TABLES}
    assert got["traditional.toml"]["fold"]["万"] == "萬"
    assert len(got["goal_detector.json"]["weights"]) > 1000  # the goal detector's weights, a JSON table
    assert "lexicon.toml" in got and got["lexicon.toml"] == _fresh(ROOT / "parsers" / "data" / "lexicon.toml")


def test_a_changed_table_is_parsed_again_and_its_old_form_dropped(tmp_path):
    table = tmp_path / "status.toml"
    table.write_text('draft = ["征求意见稿"]\n', encoding="utf-8")
    path = tmp_path / "tables.marshal"
    first = table_cache.TableCache(path)
    assert first.read(table) == {"draft": ["征求意见稿"]} and first.save(force=True)

    stat = table.stat()
    table.write_text('draft = ["送审稿稿稿"]\n', encoding="utf-8")  # the same size: only the time tells
    assert table.stat().st_size == stat.st_size
    os.utime(table, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    second = table_cache.TableCache(path)
    assert second.read(table) == {"draft": ["送审稿稿稿"]} == _fresh(table)
    assert second.added == 1 and second.save(force=True)
    _, entries = marshal.loads(path.read_bytes())
    assert [entry[2] for entry in entries.values()] == [{"draft": ["送审稿稿稿"]}]  # the old form is gone

    table.write_text('draft = ["征求意见稿", "送审稿"]\n', encoding="utf-8")  # another size
    third = table_cache.TableCache(path)
    assert third.read(table) == {"draft": ["征求意见稿", "送审稿"]} and third.added == 1


def test_a_table_marshal_cannot_write_is_parsed_each_time(tmp_path):
    table = tmp_path / "dated.toml"
    table.write_text("since = 2024-01-01\n", encoding="utf-8")
    cache = table_cache.TableCache(tmp_path / "tables.marshal")
    assert cache.read(table) == _fresh(table)
    assert cache.added == 0 and cache.entries == {}


def test_a_file_of_another_python_is_not_read(tmp_path):
    path = tmp_path / "tables.marshal"
    path.write_bytes(marshal.dumps((("zhengce-tables-0", "other", 0), {str(TABLES[0]): (1, 1, {})})))
    assert table_cache.TableCache(path).entries == {}


# Parse the drafts with the cache in sys.argv[1] (or none: "-"); print what the cache added, whether it saved, which
# tables the run read, and the documents' JSON digests.
RUN = """
import hashlib, json, sys
from pathlib import Path
kept = None
if sys.argv[1] != "-":
    from flows import table_cache
    kept = table_cache.install(Path(sys.argv[1]))
    assert kept is not None
import parsers.pipeline as pipeline
from outputs.json_export import document_json_bytes
from parsers.ingest import read_path
digests = [hashlib.sha256(document_json_bytes(pipeline.parse_ingested(read_path(p)))).hexdigest()
           for p in sorted(Path("fixtures/drafts").glob("*.txt"))]
added = kept.added if kept is not None else None
saved = kept.save(force=True) if kept is not None else None
print(json.dumps([added, saved, sorted(Path(p).name for p in kept.used) if kept else None, digests]))
"""


def _run(cache: str) -> list:
    proc = subprocess.run(
        [sys.executable, "-c", RUN, cache], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_drafts_parse_the_same_with_the_kept_tables(tmp_path):
    path = tmp_path / "tables.marshal"
    *_, plain = _run("-")
    first_added, saved, first_used, first = _run(str(path))  # an empty file: every table parsed and kept
    assert (
        saved
        and first_added == len(first_used)
        and {"lexicon.toml", "traditional.toml", "goal_detector.json"} <= set(first_used)
    )
    kept_added, _, kept_used, kept = _run(str(path))  # every table from the file
    assert kept_added == 0 and kept_used == first_used
    assert first == kept == plain


def test_the_reader_is_installed_only_before_any_table_is_read(monkeypatch):
    data_tables.parsers_table("status")  # read already (this test process)
    monkeypatch.setattr(table_cache._kept, "current", None)
    assert table_cache.install(Path("/nonexistent/tables.marshal")) is None
    assert data_tables.reader is data_tables.parse

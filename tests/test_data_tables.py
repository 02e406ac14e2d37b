"""The one reader of the data tables (parsers/data_tables.py): a parse reads each file once, whichever rules ask."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

from parsers import data_tables

ROOT = Path(__file__).resolve().parent.parent

# Count each file's reads while the drafts and a web page are parsed and their rows made, in a fresh process.
RUN = """
import collections, json
from pathlib import Path
from parsers import data_tables
reads = collections.Counter()
data_tables.reader = lambda path: reads.update([path.name]) or data_tables.parse(path)
import parsers.pipeline as pipeline
import outputs.rows
from outputs.json_export import document_json_bytes
from parsers.ingest import read_bytes, read_path
for path in sorted(Path("fixtures/drafts").glob("*.txt")):
    document_json_bytes(pipeline.parse_ingested(read_path(path)))
page = "<html><head><title>甲办法</title></head><body><p>第一条 给予100万元奖励。</p></body></html>"
pipeline.parse_ingested(read_bytes(page.encode("utf-8"), name="page.html"))
print(json.dumps(reads))
"""


def test_a_parse_reads_each_table_once():
    proc = subprocess.run([sys.executable, "-c", RUN], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    reads = json.loads(proc.stdout)
    assert {
        "lexicon.toml",
        "traditional.toml",
        "titles.toml",
        "status.toml",
        "furniture.toml",
        "goal_detector.json",  # the goal detector's weights
    } <= reads.keys()
    assert set(reads.values()) == {1}, reads  # status.toml was read three times, by three rules


def test_a_table_is_its_file_parsed_and_shared_by_every_caller():
    path = data_tables.DATA_DIR / "status.toml"
    with path.open("rb") as handle:
        fresh = tomllib.load(handle)
    table = data_tables.parsers_table("status")
    assert table == fresh and "征求意见稿" in table["draft"]
    spelled_otherwise = data_tables.DATA_DIR.parent / "structure" / ".." / "data" / "status.toml"
    assert (
        data_tables.data_table(spelled_otherwise) is table
    )  # one entry per file, however its path is spelled

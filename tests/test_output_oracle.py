"""No change of output: `zhengce parse` of the benchmark corpus (workers, staged segments, the lean
start) writes every table exactly as the reference writer does, row by row, and every JSON reads back
into the Document the parser made.

The corpus is the one bench/bench_parse.py measures: every real text it cycles, once as it is, the
first ten again as numbered copies (as the benchmark makes them), plus one file that repeats another
(written once). The comparison goes over
the columns of outputs/schema.py, whatever they are, so it holds when columns are added.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from reference_writer import sorted_rows, write_reference

from outputs.dataset import read_table
from outputs.json_export import json_path, read_document_json
from outputs.schema import DOCUMENT_TABLES
from parsers.pipeline import parse_path

ROOT = Path(__file__).resolve().parent.parent
ZHENGCE = ROOT / ".venv" / "bin" / "zhengce"


def bench_module():
    spec = importlib.util.spec_from_file_location("bench_parse", ROOT / "bench" / "bench_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[Path]]:
    bench = bench_module()
    folder = tmp_path_factory.mktemp("oracle") / "corpus"
    folder.mkdir()
    texts = bench.real_texts()
    assert len(texts) >= 15
    for _, (name, text) in zip(range(len(texts) + 10), bench.variants(texts), strict=False):
        (folder / name).write_text(text, encoding="utf-8")
    files = sorted(folder.iterdir())
    (folder / f"zz_{files[3].name}").write_bytes(files[3].read_bytes())  # the same text again
    return folder, sorted(folder.iterdir())


@pytest.fixture(scope="module")
def written(corpus, tmp_path_factory) -> Path:
    folder, _ = corpus
    out = tmp_path_factory.mktemp("oracle-out") / "out"
    proc = subprocess.run(
        [str(ZHENGCE), "parse", str(folder), "--out", str(out), "--workers", "2", "-q"],
        capture_output=True,
        text=True,
        timeout=900,
        # the command runs this tree's code, as the in-process parse does, even where the shared
        # environment's editable install points at another checkout (a git worktree)
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        },
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "same text as" in proc.stderr
    return out


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    _, files = corpus
    docs = [parse_path(path) for path in files]
    return docs, write_reference(tmp_path_factory.mktemp("oracle-ref"), docs)


@pytest.mark.parametrize("table", DOCUMENT_TABLES)
def test_every_table_is_the_reference_row_by_row(written, reference, table):
    _, files = reference
    expected = sorted_rows(pq.read_table(files[table]), table)
    got = sorted_rows(read_table(written, table), table)
    assert len(got) == len(expected)
    for got_row, expected_row in zip(got, expected, strict=True):
        assert got_row == expected_row


def test_every_json_reads_back_into_the_parsed_document(written, reference):
    docs, _ = reference
    first = {}
    for doc in docs:
        first.setdefault(doc.doc_id, doc)
    assert sorted(p.stem for p in (written / "json").glob("*.json")) == sorted(first)
    for doc_id, doc in first.items():
        assert read_document_json(json_path(written, doc_id)) == doc


def test_the_workers_wrote_several_segments(written):
    assert len(list((written / "nodes").iterdir())) >= 2

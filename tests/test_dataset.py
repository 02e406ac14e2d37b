"""The Parquet datasets: read back by pyarrow, pandas, polars and DuckDB; replace by doc_id; atomic commits."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from outputs import dataset
from outputs.dataset import MAX_SEGMENTS, commit, existing_documents, read_table, table_files
from outputs.json_export import document_json_bytes
from outputs.schema import TABLES
from parsers.model import Money, Ratio, Target
from parsers.pipeline import parse_bytes, parse_path

ROOT = Path(__file__).resolve().parent.parent
SEED_TITLE = "科技创新赋能经济转型升级若干措施"

SMALL_DRAFT = """关于支持小微企业发展的若干措施（征求意见稿）
为支持小微企业发展，制定本措施。
一、加大财政支持
（一）对新认定的小微企业给予一次性奖励。
（二）对贷款给予贴息。
二、优化服务
（三）建立服务平台。
"""


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return parse_path(seed_path)


@pytest.fixture(scope="module")
def small_doc():
    return parse_bytes(SMALL_DRAFT.encode("utf-8"), name="small.txt")


def with_money(doc):
    """The small draft with one hand-written money, ratio and target row: the table mapping is what is tested."""
    clause = doc.leaves()[-1]
    return replace(
        doc,
        money=[
            Money(
                mention_id="m1",
                node_id=clause.node_id,
                surface="不超过100万元",
                char_start=clause.char_start,
                char_end=clause.char_start + 8,
                low=None,
                high=1_000_000.0,
                kind="max",
                role="subsidy",
                instrument="奖励",
                one_off=True,
            )
        ],
        ratios=[
            Ratio(
                mention_id="r1",
                node_id=clause.node_id,
                surface="20%",
                char_start=clause.char_start,
                char_end=clause.char_start + 3,
                value=0.2,
                kind="exact",
                form="percent",
                role="subsidy_rate",
            )
        ],
        targets=[
            Target(
                target_id="t1",
                node_id=clause.node_id,
                year=2027,
                metric="小微企业",
                value=27000.0,
                unit="家",
                kind="min",
                surface="2.7万家",
                char_start=clause.char_start,
                char_end=clause.char_start + 5,
            )
        ],
    )


def kind_counts(doc) -> Counter:
    return Counter(node.kind for node in doc.iter_nodes())


def row_counts(out: Path) -> dict[str, int]:
    return {name: read_table(out, name).num_rows for name in TABLES}


def test_two_documents_read_back_by_pyarrow_pandas_polars_and_duckdb(
    tmp_path, seed_doc, small_doc, seed_text
):
    small = with_money(small_doc)
    result = commit(tmp_path, [seed_doc, small])
    assert result.doc_ids == [seed_doc.doc_id, small.doc_id]

    # pyarrow
    documents = read_table(tmp_path, "documents").to_pylist()
    by_id = {row["doc_id"]: row for row in documents}
    assert set(by_id) == {seed_doc.doc_id, small.doc_id}
    assert by_id[seed_doc.doc_id]["text"] == seed_text
    assert by_id[seed_doc.doc_id]["n_chars"] == len(seed_text)
    assert by_id[seed_doc.doc_id]["title"] == seed_doc.title
    assert by_id[seed_doc.doc_id]["sha256"] == seed_doc.source.sha256

    # pandas reads the table folder as it is
    nodes = pd.read_parquet(tmp_path / "nodes")
    seed_nodes = nodes[nodes.doc_id == seed_doc.doc_id]
    assert Counter(seed_nodes.kind) == kind_counts(seed_doc)
    assert sorted(seed_nodes.seq) == list(range(len(seed_nodes)))
    money = pd.read_parquet(tmp_path / "money")
    assert len(money) == len(seed_doc.money) + 1
    row = money[money.doc_id == small.doc_id].iloc[0]
    assert (row.surface, row.high, row.kind, row.role, row.instrument, bool(row.one_off)) == (
        "不超过100万元",
        1_000_000.0,
        "max",
        "subsidy",
        "奖励",
        True,
    )
    assert pd.isna(row.low)

    # polars, with a glob and with the folder
    ratios = pl.scan_parquet(str(tmp_path / "ratios/**/*.parquet")).collect()
    assert ratios.filter(pl.col("doc_id") == small.doc_id)["value"].to_list() == [0.2]
    targets = pl.read_parquet(tmp_path / "targets")
    assert targets.filter(pl.col("doc_id") == small.doc_id).select("year", "value", "unit").rows() == [
        (2027, 27000.0, "家")
    ]

    # DuckDB with the ** glob, through the table symlinks: every node's text is its span of the document
    con = duckdb.connect()
    bad_offsets = con.execute(
        f"""
        select count(*) from read_parquet('{tmp_path}/nodes/**/*.parquet') n
        join read_parquet('{tmp_path}/documents/**/*.parquet') d using (doc_id)
        where substring(d.text, n.char_start + 1, n.char_end - n.char_start) <> n.text
        """
    ).fetchone()[0]
    assert bad_offsets == 0
    per_doc = dict(
        con.execute(
            f"select doc_id, count(*) from read_parquet('{tmp_path}/nodes/**/*.parquet') group by doc_id"
        ).fetchall()
    )
    assert per_doc == {
        seed_doc.doc_id: len(list(seed_doc.iter_nodes())),
        small.doc_id: len(list(small.iter_nodes())),
    }
    max_depth = con.execute(
        f"select max(depth) from read_parquet('{tmp_path}/nodes/**/*.parquet') where doc_id = '{small.doc_id}'"
    ).fetchone()[0]
    assert max_depth >= 1  # clauses sit below the numbered parts


def test_node_depth_and_parents_match_the_tree(tmp_path, seed_doc):
    commit(tmp_path, [seed_doc])
    rows = {r["node_id"]: r for r in read_table(tmp_path, "nodes").to_pylist()}
    for node in seed_doc.iter_nodes():
        row = rows[node.node_id]
        assert row["parent_id"] == node.parent_id
        expected_depth = 0 if node.parent_id is None else rows[node.parent_id]["depth"] + 1
        assert row["depth"] == expected_depth
        assert (row["char_start"], row["char_end"], row["kind"], row["label"]) == (
            node.char_start,
            node.char_end,
            node.kind,
            node.label,
        )


def test_seed_structure_in_the_tables(tmp_path, seed_doc):
    """Seed-specific values: pass once the structure parser is in."""
    commit(tmp_path, [seed_doc])
    con = duckdb.connect()
    title = con.execute(f"select title from read_parquet('{tmp_path}/documents/**/*.parquet')").fetchone()[0]
    assert title == SEED_TITLE
    counts = dict(
        con.execute(
            f"select kind, count(*) from read_parquet('{tmp_path}/nodes/**/*.parquet') group by kind"
        ).fetchall()
    )
    assert (counts.get("action"), counts.get("measure")) == (5, 16)


def test_seed_money_in_the_tables(tmp_path, seed_doc):
    """Seed-specific values: pass once money extraction is in (gold: 不超过100万元 is a max of 1,000,000 yuan)."""
    commit(tmp_path, [seed_doc])
    rows = duckdb.execute(
        f"select low, high, kind from read_parquet('{tmp_path}/money/**/*.parquet') where surface = '不超过100万元'"
    ).fetchall()
    assert rows and rows[0] == (None, 1_000_000.0, "max")


def test_writing_the_same_document_again_replaces_its_rows(tmp_path, seed_doc, small_doc):
    commit(tmp_path, [seed_doc])
    before = row_counts(tmp_path)
    commit(tmp_path, [seed_doc])
    commit(tmp_path, [seed_doc, seed_doc])
    assert row_counts(tmp_path) == before

    commit(tmp_path, [small_doc])
    after = row_counts(tmp_path)
    assert after["documents"] == 2
    assert after["nodes"] == before["nodes"] + len(list(small_doc.iter_nodes()))
    assert sorted(existing_documents(tmp_path).column("doc_id").to_pylist()) == sorted(
        [seed_doc.doc_id, small_doc.doc_id]
    )


def test_replacing_a_document_drops_rows_it_no_longer_has(tmp_path, small_doc):
    """A document whose money rows disappear (say, a parser fix) leaves none behind."""
    commit(tmp_path, [with_money(small_doc)])
    assert read_table(tmp_path, "money").num_rows == 1
    commit(tmp_path, [small_doc])
    assert read_table(tmp_path, "money").num_rows == 0
    assert read_table(tmp_path, "documents").num_rows == 1


def test_empty_tables_exist_with_their_schema(tmp_path, small_doc):
    commit(tmp_path, [small_doc])
    for name, schema in TABLES.items():
        assert (tmp_path / name).is_dir()
        assert pq.read_table(tmp_path / name).schema.names == schema.names
        assert list(pd.read_parquet(tmp_path / name).columns) == schema.names
        assert pl.scan_parquet(str(tmp_path / name / "**/*.parquet")).collect_schema().names() == schema.names
    assert duckdb.execute(
        f"select count(*) from read_parquet('{tmp_path}/changes/**/*.parquet')"
    ).fetchall() == [(0,)]
    described = duckdb.execute(
        f"describe select * from read_parquet('{tmp_path}/value_changes/**/*.parquet')"
    ).fetchall()
    assert [row[0] for row in described] == TABLES["value_changes"].names


def test_reading_before_any_commit_gives_empty_tables(tmp_path):
    assert read_table(tmp_path, "money").num_rows == 0
    assert read_table(tmp_path, "money").schema == TABLES["money"]
    assert existing_documents(tmp_path).column_names == [
        "doc_id",
        "source",
        "sha256",
        "title",
        "series",
        "published",
    ]


def tiny_docs(n: int, template):
    """n distinct small documents built from one parsed template (distinct doc_ids, same shape)."""
    return [replace(template, doc_id=f"tiny{i:012d}") for i in range(n)]


def test_file_count_stays_bounded(tmp_path, small_doc):
    docs = tiny_docs(300, small_doc)
    commit(tmp_path, docs)
    for name in TABLES:
        assert len(table_files(tmp_path, name)) == 1  # one commit, one segment: not one file per document
    for start in range(0, 300, 15):  # twenty more commits rewriting the same documents in small chunks
        commit(tmp_path, docs[start : start + 15])
    more = tiny_docs(600, small_doc)[300:]
    for start in range(0, 300, 20):  # and fifteen commits of new documents
        commit(tmp_path, more[start : start + 20])
    for name in TABLES:
        assert len(table_files(tmp_path, name)) <= MAX_SEGMENTS  # 36 commits: the small segments were merged
    assert read_table(tmp_path, "documents").num_rows == 600
    assert read_table(tmp_path, "nodes").num_rows == 600 * len(list(small_doc.iter_nodes()))
    snapshots = list((tmp_path / ".zhengce" / "snapshots").iterdir())
    assert len(snapshots) <= 2  # the live one and its predecessor


KILLABLE_COMMIT = textwrap.dedent(
    """
    import sys
    from outputs.dataset import commit
    from dataclasses import replace
    from outputs.json_export import read_document_json

    template = read_document_json(sys.argv[2])
    docs = [replace(template, doc_id=f"big{i:013d}") for i in range(int(sys.argv[3]))]
    print("ready", flush=True)
    commit(sys.argv[1], docs)
    print("done", flush=True)
    """
)


def state_of(out: Path) -> tuple[frozenset, dict[str, int]]:
    ids = frozenset(
        row[0]
        for row in duckdb.execute(
            f"select doc_id from read_parquet('{out}/documents/**/*.parquet')"
        ).fetchall()
    )
    counts = {
        name: duckdb.execute(f"select count(*) from read_parquet('{out}/{name}/**/*.parquet')").fetchall()[0][
            0
        ]
        for name in TABLES
    }
    return ids, counts


def leftovers(out: Path) -> bool:
    """Whether a killed commit left files behind: staged segments, a partial build, or a snapshot
    that never went live."""
    state = out / ".zhengce"
    live = os.readlink(state / "current")
    building = state / "tmp"
    staged = state / "staged"
    unpublished = [p for p in (state / "snapshots").iterdir() if f"snapshots/{p.name}" != live]
    return (
        (building.exists() and any(building.iterdir()))
        or (staged.exists() and any(staged.rglob("*.parquet*")))
        or any(int(p.name) > int(live.rsplit("/", 1)[1]) for p in unpublished)
    )


def wait_for_build(out: Path, proc: subprocess.Popen) -> None:
    """Until the commit starts writing: its staged files or its new snapshot's folder appear."""
    building = out / ".zhengce" / "tmp"
    staged = out / ".zhengce" / "staged"
    deadline = time.monotonic() + 60
    while not (
        (building.exists() and any(building.iterdir()))
        or (staged.exists() and any(staged.rglob("*.parquet*")))
    ):
        assert proc.poll() is None and time.monotonic() < deadline, "the commit never started writing"
        time.sleep(0.001)


def test_a_commit_killed_at_any_moment_leaves_the_previous_dataset(tmp_path, seed_doc, small_doc):
    out = tmp_path / "out"
    commit(out, [seed_doc, small_doc])
    old = state_of(out)
    n_docs = 1000
    new_ids = old[0] | {f"big{i:013d}" for i in range(n_docs)}
    template = tmp_path / "seed.json"
    template.write_bytes(document_json_bytes(seed_doc))
    script = tmp_path / "killable_commit.py"
    script.write_text(KILLABLE_COMMIT, encoding="utf-8")

    rng = random.Random(20241226)
    # (wait for the snapshot build to start?, then sleep): kills before, during and after the file writes
    kills = [(False, 0.05), (False, 0.5)] + [(True, rng.uniform(0.0, 0.6)) for _ in range(5)]
    killed_while_writing = 0
    committed = False
    for after_build_starts, delay in kills:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(out), str(template), str(n_docs)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert proc.stdout.readline().strip() == "ready"
        if after_build_starts:
            wait_for_build(out, proc)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed_while_writing += leftovers(out)
        ids, counts = state_of(out)
        if not committed and ids == old[0]:
            assert (ids, counts) == old  # exactly the dataset before the run
        else:  # the commit finished before the kill: then it is whole
            committed = True
            assert ids == new_ids
            assert counts["documents"] == old[1]["documents"] + n_docs
            assert counts["nodes"] == old[1]["nodes"] + n_docs * len(list(seed_doc.iter_nodes()))
    assert killed_while_writing >= 1  # some kills landed while files were being written

    # the killed runs' leftovers are cleaned by the next commit
    commit(out, [small_doc])
    state_dir = out / ".zhengce"
    assert not leftovers(out)
    assert not (state_dir / "tmp").exists()
    assert len(list((state_dir / "snapshots").iterdir())) <= 2
    assert state_of(out)[0] == (new_ids if committed else old[0])


def test_a_half_built_snapshot_is_never_read_and_is_cleaned(tmp_path, small_doc, seed_doc):
    commit(tmp_path, [small_doc])
    before = row_counts(tmp_path)
    # what a run killed mid-way leaves: a partial build and a finished snapshot that never went live
    (tmp_path / ".zhengce" / "tmp" / "99-12345" / "documents").mkdir(parents=True)
    stray = tmp_path / ".zhengce" / "snapshots" / "98" / "documents"
    stray.mkdir(parents=True)
    (stray / "part-98-000000.parquet").write_bytes(b"PAR1 not finished")
    assert row_counts(tmp_path) == before
    commit(tmp_path, [seed_doc])
    assert not (tmp_path / ".zhengce" / "tmp").exists()
    assert not (tmp_path / ".zhengce" / "snapshots" / "98").exists()
    assert row_counts(tmp_path)["documents"] == 2


def test_a_folder_in_the_way_is_refused(tmp_path, small_doc):
    (tmp_path / "money").mkdir()
    with pytest.raises(dataset.DatasetError, match="money"):
        commit(tmp_path, [small_doc])


def test_a_diff_goes_to_the_change_tables_and_replaces_itself(tmp_path, seed_doc, seed_text):
    from revisions.compare import compare

    revised = parse_bytes(
        seed_text.replace("不超过100万元", "不超过200万元", 1).encode("utf-8"), name="revised.txt"
    )
    diff = compare(seed_doc, revised)
    commit(tmp_path, documents=[seed_doc, revised], diffs=[diff])
    changes = read_table(tmp_path, "changes")
    assert changes.num_rows == len(diff.node_changes) > 0
    assert set(changes.column("new_doc_id").to_pylist()) == {revised.doc_id}
    value_changes = duckdb.execute(
        f"select old_high, new_high from read_parquet('{tmp_path}/value_changes/**/*.parquet') where field = 'money'"
    ).fetchall()
    assert (1_000_000.0, 2_000_000.0) in value_changes
    before = row_counts(tmp_path)
    commit(tmp_path, diffs=[diff])
    assert row_counts(tmp_path) == before
    assert dataset.read_table(tmp_path, "documents").num_rows == 2

"""Staged segments: written by any process, invisible to readers, published by one atomic commit."""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from outputs import staging
from outputs.dataset import (
    commit,
    commit_staged,
    current_snapshot,
    open_batch,
    read_table,
    stage,
    table_files,
)
from outputs.rows import document_columns, document_rows
from outputs.schema import DOCUMENT_TABLES, TABLES
from parsers.pipeline import parse_bytes, parse_path

ROOT = Path(__file__).resolve().parent.parent

DRAFT = "关于支持小微企业发展的若干措施\n一、加大支持\n（一）对新认定的企业给予一次性奖励10万元。\n（二）对贷款给予贴息。\n"


def small(n: int, name: str | None = None):
    """A distinct small draft (its own doc_id) named like a file of the batch."""
    return parse_bytes(f"{DRAFT}（附{n}）\n".encode(), name=name or f"draft{n}.txt")


def doc_ids(out: Path) -> list[str]:
    return sorted(read_table(out, "documents").column("doc_id").to_pylist())


def counts(out: Path) -> dict[str, int]:
    return {table: read_table(out, table).num_rows for table in TABLES}


def every_file(out: Path) -> list[Path]:
    """What a reader globbing the table folders sees."""
    return sorted(p for table in TABLES for p in (out / table).glob("**/*") if p.is_file())


def test_segments_staged_apart_are_published_together(tmp_path):
    out = tmp_path / "out"
    docs = [small(n) for n in range(6)]
    with open_batch(out) as batch:
        first = stage(batch, docs[:3], 0)
        second = stage(batch, docs[3:], 1)
        assert current_snapshot(out) is None  # nothing published yet: readers see no table
        staged_files = sorted(batch.folder.rglob("*.parquet"))
        assert staged_files and not any(p.name.startswith("part-") for p in staged_files)
        result = commit_staged(out, [first, second])
    assert result.doc_ids == [d.doc_id for d in docs]
    assert doc_ids(out) == sorted(d.doc_id for d in docs)
    assert counts(out)["nodes"] == sum(len(list(d.iter_nodes())) for d in docs)
    assert sorted(p.name for p in (out / "json").iterdir()) == sorted(f"{d.doc_id}.json" for d in docs)
    assert len(table_files(out, "nodes")) == 2  # one file per staged segment, not one per document
    assert not (out / ".zhengce" / "staged" / batch.id).exists()  # the staged copies are gone


def test_a_chunk_staged_twice_is_written_once(tmp_path):
    """A retried task stages the same chunk again: same files, and the commit keeps one copy."""
    out = tmp_path / "out"
    docs = [small(n) for n in range(3)]
    with open_batch(out) as batch:
        once = stage(batch, docs, 0)
        again = stage(batch, docs, 0)
        other = stage(batch, docs[:1], 1)  # the same document staged by another chunk too, later in the batch
        result = commit_staged(out, [once, again, other])
    assert doc_ids(out) == sorted(d.doc_id for d in docs)
    assert counts(out)["nodes"] == sum(len(list(d.iter_nodes())) for d in docs)
    assert [d.doc_id for d in result.duplicates] == [docs[0].doc_id]


def test_a_manifest_names_its_documents_as_staged_after_a_trip_to_another_process(tmp_path):
    """The manifest keeps its documents as columns: each one comes back with its doc_id, path and place."""
    import pickle

    docs = [small(n, f"收件箱/草案{n}.txt") for n in range(3)]
    with open_batch(tmp_path / "out") as batch:
        segment = pickle.loads(pickle.dumps(stage(batch, docs, 4, orders=[7, 8, 9])))
    assert [(d.doc_id, d.source, d.order) for d in segment.documents] == [
        (docs[0].doc_id, "收件箱/草案0.txt", 7),
        (docs[1].doc_id, "收件箱/草案1.txt", 8),
        (docs[2].doc_id, "收件箱/草案2.txt", 9),
    ]
    assert segment.documents[-1].doc_id == docs[2].doc_id
    assert list(segment.documents.doc_ids()) == [d.doc_id for d in docs]


def test_documents_with_the_same_text_are_written_once_the_first_kept(tmp_path):
    out = tmp_path / "out"
    a = small(1, "inbox/a.txt")
    a_again = small(1, "inbox/copy-of-a.txt")
    b = small(2, "inbox/b.txt")
    with open_batch(out) as batch:
        segments = [stage(batch, [a, b], 0, orders=[0, 2]), stage(batch, [a_again], 1, orders=[1])]
        result = commit_staged(out, segments)
    rows = read_table(out, "documents").to_pylist()
    assert sorted((r["doc_id"], r["source"]) for r in rows) == sorted(
        [(a.doc_id, "inbox/a.txt"), (b.doc_id, "inbox/b.txt")]
    )
    assert [(d.source, d.kept_source) for d in result.duplicates] == [("inbox/copy-of-a.txt", "inbox/a.txt")]
    assert counts(out)["nodes"] == len(list(a.iter_nodes())) + len(list(b.iter_nodes()))
    assert not list(out.rglob("*.tmp-*"))


def test_the_earlier_file_wins_whichever_segment_arrives_first(tmp_path):
    out = tmp_path / "out"
    first, later = small(1, "first.txt"), small(1, "later.txt")
    with open_batch(out) as batch:
        late = stage(batch, [later], 1, orders=[5])
        early = stage(batch, [first], 0, orders=[0])
        result = commit_staged(out, [late, early])  # a worker's results arrive in any order
    assert read_table(out, "documents").column("source").to_pylist() == ["first.txt"]
    assert [(d.source, d.kept_source) for d in result.duplicates] == [("later.txt", "first.txt")]


def test_a_staged_document_replaces_the_one_already_written(tmp_path):
    out = tmp_path / "out"
    keep, replaced = small(1), small(2)
    commit(out, [keep, replaced])
    before = counts(out)
    moved = replace(replaced, source=replace(replaced.source, path="moved.txt"))
    with open_batch(out) as batch:
        commit_staged(out, [stage(batch, [moved], 0)])
    assert counts(out) == before
    sources = dict(
        read_table(out, "documents").select(["doc_id", "source"]).to_pylist()[i].values() for i in range(2)
    )
    assert sources == {keep.doc_id: keep.source.path, replaced.doc_id: "moved.txt"}


def test_an_unfinished_batch_is_invisible_and_swept_by_the_next_commit(tmp_path):
    """A parent killed after its workers staged: the previous dataset stays as it was, then the leftovers go."""
    out = tmp_path / "out"
    commit(out, [small(0)])
    before = (doc_ids(out), every_file(out))
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from outputs.dataset import open_batch, stage
        from parsers.pipeline import parse_bytes
        docs = [parse_bytes(({DRAFT!r} + f"（附{{n}}）\\n").encode(), name=f"d{{n}}.txt") for n in (7, 8)]
        with open_batch({str(out)!r}) as batch:
            stage(batch, docs, 0)
            print("staged", flush=True)
            time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "staged"
        staged = out / ".zhengce" / "staged"
        assert list(staged.rglob("*.parquet"))
        # a live batch is not swept: its parent may still commit it
        assert staging.sweep_stale_batches(out) == []
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert (doc_ids(out), every_file(out)) == before  # readers see the previous dataset, no staged file
    assert (
        duckdb.execute(f"select count(*) from read_parquet('{out}/nodes/**/*.parquet')").fetchall()[0][0] > 0
    )
    commit(out, [small(1)])
    assert not any(p.is_dir() for p in (out / ".zhengce" / "staged").iterdir())
    assert len(doc_ids(out)) == 2


def test_a_staged_segment_is_the_reference_rows(tmp_path, seed_path):
    """The staged Parquet holds exactly document_rows(), column by column, whatever the schema's columns."""
    doc = parse_path(seed_path)
    with open_batch(tmp_path) as batch:
        segment = stage(batch, [doc], 0)
        for table in DOCUMENT_TABLES:
            expected = document_rows(doc)[table]
            if not expected:
                assert not segment.table_file(table).exists()
                continue
            got = pq.read_table(segment.table_file(table))
            assert got.schema.names == TABLES[table].names
            assert (
                got.cast(TABLES[table]).to_pylist()
                == pa.Table.from_pylist(expected, schema=TABLES[table]).to_pylist()
            )


def test_rows_that_do_not_match_the_schema_fail_loudly():
    schema = TABLES["ratios"]
    row = dict.fromkeys(schema.names)
    with pytest.raises(ValueError, match="missing"):
        staging.rows_table([{k: v for k, v in row.items() if k != "form"}], schema)
    with pytest.raises(ValueError, match="extra"):
        staging.rows_table([{**row, "unit_label": None}], schema)
    columns = {name: [None] for name in schema.names}
    with pytest.raises(ValueError, match="missing"):
        staging.columns_table({k: v for k, v in columns.items() if k != "form"}, schema)
    with pytest.raises(ValueError, match="extra"):
        staging.columns_table({**columns, "unit_label": [None]}, schema)


def test_the_nodes_columns_are_in_document_order_with_their_depth(seed_path):
    """document_columns (what the writers hand to Arrow): the nodes depth first, each with its depth."""
    doc = parse_path(seed_path)
    columns = document_columns(doc)
    nodes = columns["nodes"]
    assert nodes["node_id"] == [node.node_id for node in doc.iter_nodes()]
    assert nodes["seq"] == sorted(nodes["seq"])
    top = {node.node_id for node in doc.nodes}
    assert [d for d, n in zip(nodes["depth"], nodes["node_id"], strict=True) if n in top] == [0] * len(top)
    assert all(d == n.count("__") for d, n in zip(nodes["depth"], nodes["node_id"], strict=True))


def test_a_dataset_written_in_hash_buckets_is_taken_over(tmp_path):
    """Folders written by the bucketed layout (part-<bucket>-<n>.parquet, a document's rows spread over
    several files) keep working: a document written again replaces its rows wherever they are."""
    out = tmp_path / "out"
    a, b = small(1), small(2)
    snapshot = out / ".zhengce" / "snapshots" / "3"
    for table in TABLES:
        (snapshot / table).mkdir(parents=True)
        rows = [*document_rows(a).get(table, []), *document_rows(b).get(table, [])]
        half = len(rows) // 2
        for k, part in enumerate((rows[:half], rows[half:])):
            data = pa.Table.from_pylist(part, schema=TABLES[table])
            pq.write_table(data, snapshot / table / f"part-{k:02d}-00000003.parquet")
    (out / ".zhengce" / "current").symlink_to("snapshots/3")
    for table in TABLES:
        (out / table).symlink_to(f".zhengce/current/{table}")
    before = counts(out)
    moved = replace(a, source=replace(a.source, path="moved.txt"))
    commit(out, [moved, small(3)])
    after = counts(out)
    assert after["documents"] == 3
    assert after["nodes"] == before["nodes"] + len(list(small(3).iter_nodes()))
    sources = {r["doc_id"]: r["source"] for r in read_table(out, "documents").to_pylist()}
    assert sources[a.doc_id] == "moved.txt"


def test_the_commit_holds_a_lock_so_two_batches_do_not_lose_each_other(tmp_path):
    out = tmp_path / "out"
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from outputs.dataset import commit
        from parsers.pipeline import parse_bytes
        k = int(sys.argv[1])
        docs = [parse_bytes(({DRAFT!r} + f"（附{{k}}-{{n}}）\\n").encode(), name=f"{{k}}-{{n}}.txt") for n in range(5)]
        for doc in docs:
            commit({str(out)!r}, [doc])
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(k)], cwd=ROOT) for k in range(2)]
    deadline = time.monotonic() + 300
    for proc in procs:
        assert proc.wait(timeout=max(1, deadline - time.monotonic())) == 0
    assert len(doc_ids(out)) == 10


def test_a_commit_sweeping_between_a_batch_folder_and_its_lock_does_not_lose_the_batch(tmp_path, monkeypatch):
    """Another process's commit sweeps staged/ at the worst moment: the batch's folder is made, its lock not yet."""
    out = tmp_path / "out"
    real_lock = staging.exclusive_lock
    swept_in_between: list[list[str]] = []

    def lock_after_a_sweep(path):
        if not swept_in_between:  # once: the sweep of one commit run in between
            swept_in_between.append(staging.sweep_stale_batches(out))
        return real_lock(path)

    monkeypatch.setattr(staging, "exclusive_lock", lock_after_a_sweep)
    with open_batch(out) as batch:
        assert len(swept_in_between) == 1
        assert batch.folder.is_dir()
        assert staging.sweep_stale_batches(out) == []  # locked now: a later commit keeps it
        commit_staged(out, [stage(batch, [small(1)], 0)])
    assert doc_ids(out) == [small(1).doc_id]
    assert not any(staging.staged_root(out).iterdir())


def test_a_sweep_that_removed_a_lock_file_before_it_was_locked_is_seen(tmp_path, monkeypatch):
    """The sweep locks a batch's lock file first (made by open_batch, not yet locked) and removes the folder while
    holding it: open_batch's lock then holds a removed file, sees so, and makes its batch anew."""
    out = tmp_path / "out"
    real_lock = staging.exclusive_lock
    folders: list[Path] = []

    @contextlib.contextmanager
    def lock_a_file_swept_meanwhile(path):
        with open(path, "a+b") as handle:  # open_batch's lock file, opened but not locked yet
            assert staging.sweep_stale_batches(out) == [path.parent.name]
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # granted: the sweep let go of the removed file
            yield handle.fileno()

    def lock(path):
        folders.append(path.parent)
        return lock_a_file_swept_meanwhile(path) if len(folders) == 1 else real_lock(path)

    monkeypatch.setattr(staging, "exclusive_lock", lock)
    with open_batch(out) as batch:
        assert folders[0] != batch.folder == folders[1]  # a second folder, its lock held
        assert batch.folder.is_dir() and staging.sweep_stale_batches(out) == []
    assert not any(staging.staged_root(out).iterdir())


def _stale_batch(out: Path, name: str) -> Path:
    """A batch folder whose process is gone: its lock file is there and nobody holds it."""
    folder = staging.staged_root(out) / name
    folder.mkdir(parents=True)
    (folder / "lock").touch()
    return folder


def test_the_sweep_reads_a_lock_file_it_may_not_write_and_leaves_one_it_may_not_open(tmp_path, monkeypatch):
    """A shared output folder: other users' lock files are 0644 (readable) or 0600 (not) for this user."""
    from outputs import files

    out = tmp_path / "out"
    readable = _stale_batch(out, "readable")
    closed = _stale_batch(out, "closed")
    real_open = open

    def as_another_users_file(path, mode="r", *args, **kwargs):
        if Path(path).parent == closed or any(flag in mode for flag in "wa+"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(files, "open", as_another_users_file, raising=False)
    assert staging.sweep_stale_batches(out) == ["readable"]  # flock on a read-only descriptor
    assert not readable.exists() and closed.is_dir()

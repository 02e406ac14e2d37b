"""A batch's result keeps totals over every document but whole summaries only for the head of the batch,
so the process that commits a long batch does not grow with it (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import batch_result, steps
from flows.steps import parse_batch
from outputs.dataset import read_table

DRAFT = "关于支持小微企业发展的若干措施\n一、加大支持\n（一）对新认定的企业给予一次性奖励{n}万元。\n（二）贷款贴息比例不超过50%。\n"


@pytest.fixture
def batch(tmp_path) -> Path:
    """Seven files in name order: five drafts, a copy of the second one's text, and an empty file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"d{n}.txt").write_text(DRAFT.format(n=n + 1), encoding="utf-8")
    (folder / "d1_copy.txt").write_text(DRAFT.format(n=2), encoding="utf-8")  # sorts after d1, before d2
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _backwards(batch, chunks, series):
    """The chunks' results in the reverse of batch order, as workers may finish them."""
    return [steps.stage_chunk(batch, chunk, series) for chunk in reversed(chunks)]


def test_totals_cover_every_document_while_only_the_head_is_kept_whole(batch, tmp_path, monkeypatch):
    monkeypatch.setattr(batch_result, "SUMMARIES_KEPT", 3)
    out = tmp_path / "out"
    result = parse_batch([batch], out, workers=0, chunk_bytes=1, run_chunks=_backwards)

    assert result.files == 7
    assert result.parsed == 5  # the copy is written once, the empty file refused
    # whole summaries: the documents written among the batch's first three files (the third is the copy)
    assert [Path(d.path).name for d in result.documents] == ["d0.txt", "d1.txt"]
    assert [Path(e.path).name for e in result.errors] == ["empty.txt"]
    assert [Path(d.source).name for d in result.duplicates] == ["d1_copy.txt"]
    assert result.duplicates[0].order == 2  # its place in the batch

    money = read_table(out, "money", columns=["surface"]).column("surface").to_pylist()
    ratios = read_table(out, "ratios", columns=["doc_id"]).num_rows
    assert sorted(money) == [f"{n}万元" for n in range(1, 6)]
    assert (result.totals.money, result.totals.ratios) == (len(money), ratios) == (5, 5)
    assert result.totals.nodes == read_table(out, "nodes", columns=["doc_id"]).num_rows


def test_a_chunk_reported_twice_counts_once(batch, tmp_path):
    def twice(batch, chunks, series):
        results = [steps.stage_chunk(batch, chunk, series) for chunk in chunks]
        return [*results, results[0]]  # a retried task's result arrives again

    result = parse_batch([batch], tmp_path / "out", workers=0, chunk_bytes=1, run_chunks=twice)
    assert result.parsed == 5
    assert result.totals.money == 5
    assert len(result.errors) == 1


def test_the_summary_table_counts_past_the_rows_it_shows(batch, tmp_path, monkeypatch, capsys):
    from flows import cli, parse_console

    monkeypatch.setattr(batch_result, "SUMMARIES_KEPT", 2)
    monkeypatch.setattr(parse_console, "SUMMARY_ROWS", 2)
    assert cli.main(["parse", str(batch), "--out", str(tmp_path / "out")]) == 1  # the empty file
    shown = capsys.readouterr().out
    assert "… 3 more" in shown
    assert "5 of 7 files parsed, 1 refused, 1 duplicates written once; 5 money, 5 ratios, 0 targets" in shown

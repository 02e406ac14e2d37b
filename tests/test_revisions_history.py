"""revisions/history.py and `zhengce history`: a series of drafts followed across every version.

Four hand-written versions of a short policy check what an analyst asks of a series (measure （一）'s
grant 100万元 → 200万元 → 150万元; a measure added in version 2 and removed in version 4); the real
道路运输条例 2019 → 2022 → 2023 checks a law's articles and fines; the command writes the history
table, read back with DuckDB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from test_revisions import make_doc, with_mentions

from parsers.pipeline import parse_path
from revisions.history import build_history

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "real" / "revisions"
ROAD = [REAL / f"daolu_yunshu_tiaoli_{d}.txt" for d in ("2019-03-02", "2022-03-29", "2023-07-20")]

VERSIONS = [
    "支持措施\n一、创新\n(一)对新认定的研发中心给予不超过100万元奖励。\n(二)鼓励企业建设中试基地，按投资额的20%给予补助。",
    "支持措施\n一、创新\n(一)对新认定的研发中心给予不超过200万元奖励。\n(二)鼓励企业建设中试基地，按投资额的20%给予补助。\n"
    "(三)支持企业开展概念验证，给予不超过50万元资助。",
    "支持措施\n一、创新\n(一)对新认定的研发中心给予不超过150万元奖励。\n(二)鼓励企业建设中试基地，按投资额的30%给予补助。\n"
    "(三)支持企业开展概念验证，给予不超过50万元资助。",
    "支持措施\n一、创新\n(一)对新认定的研发中心给予不超过150万元奖励。\n(二)鼓励企业建设中试基地，按投资额的30%给予补助。",
]


@pytest.fixture(scope="module")
def series():
    docs = [with_mentions(make_doc(text, f"v{i}")) for i, text in enumerate(VERSIONS, start=1)]
    return build_history(docs, "支持措施")


def _track(history, item, version, predicate):
    return next(
        t
        for t in history.tracks
        if t.item == item and any(p.version == version and predicate(p) for p in t.points)
    )


def test_a_grant_is_followed_through_every_version(series):
    grant = _track(series, "money", 1, lambda p: p.surface == "不超过100万元")
    assert [(p.version, p.change, p.surface, p.high) for p in grant.points] == [
        (1, "first", "不超过100万元", 1_000_000),
        (2, "changed", "不超过200万元", 2_000_000),
        (3, "changed", "不超过150万元", 1_500_000),
        (4, "unchanged", "不超过150万元", 1_500_000),
    ]
    assert {p.label for p in grant.points} == {"(一)"}


def test_a_measure_added_in_version_two_is_removed_in_four(series):
    measure = _track(series, "unit", 2, lambda p: p.label == "(三)")
    assert [(p.version, p.change) for p in measure.points] == [(2, "added"), (3, "unchanged"), (4, "removed")]
    grant = _track(series, "money", 2, lambda p: p.surface == "不超过50万元")
    assert [(p.version, p.change) for p in grant.points] == [(2, "added"), (3, "unchanged"), (4, "removed")]


def test_a_rate_changes_once_and_its_measure_is_modified_then(series):
    rate = _track(series, "ratio", 1, lambda p: p.surface == "20%")
    assert [(p.version, p.change, p.value) for p in rate.points] == [
        (1, "first", 0.2),
        (2, "unchanged", 0.2),
        (3, "changed", 0.3),
        (4, "unchanged", 0.3),
    ]
    measure = _track(series, "unit", 1, lambda p: p.label == "(二)")
    assert [p.change for p in measure.points] == ["first", "unchanged", "modified", "unchanged"]


def test_versions_are_listed_in_order(series):
    assert [v.doc_id for v in series.versions] == ["v1", "v2", "v3", "v4"]
    assert series.series == "支持措施"


@pytest.fixture(scope="module")
def road():
    return build_history([parse_path(path) for path in ROAD])


def test_real_series_follows_an_article_deleted_in_the_third_version(road):
    assert [v.label for v in road.versions] == [
        "2016年2月6日 第二次修订",
        "2022年3月29日 第四次修订",
        "2023年7月20日 第五次修订",
    ]
    deleted = _track(road, "unit", 2, lambda p: p.label == "第六十八条" and p.kind == "article")
    assert [(p.version, p.change) for p in deleted.points] == [(1, "first"), (2, "modified"), (3, "removed")]
    fine = _track(road, "money", 1, lambda p: p.surface == "20元以上200元以下")
    assert [(p.version, p.change) for p in fine.points] == [(1, "first"), (2, "unchanged"), (3, "removed")]
    # old 第六十九条 is the 2023 第六十八条: one track, renumbered and rewritten
    moved_up = _track(road, "unit", 2, lambda p: p.label == "第六十九条" and p.kind == "article")
    assert [(p.version, p.label, p.change) for p in moved_up.points] == [
        (1, "第六十九条", "first"),
        (2, "第六十九条", "modified"),  # 2022: 道路运输管理机构 -> 交通运输主管部门 in every penalty article
        (3, "第六十八条", "modified"),
    ]


def zhengce(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def history_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("history") / "out"
    return out, zhengce("history", *map(str, ROAD), "--out", str(out))


def test_command_writes_the_history_table(history_run):
    out, result = history_run
    assert result.returncode == 0, result.stderr
    assert "20元以上200元以下" in result.stdout
    con = duckdb.connect()
    rows = con.execute(
        f"select version, version_label, change, label, surface from read_parquet('{out}/history/**/*.parquet') "
        "where item = 'money' and track_id in (select track_id from read_parquet("
        f"'{out}/history/**/*.parquet') where surface = '20元以上200元以下') order by version"
    ).fetchall()
    assert rows == [
        (1, "2016年2月6日 第二次修订", "first", "第六十八条", "20元以上200元以下"),
        (2, "2022年3月29日 第四次修订", "unchanged", "第六十八条", "20元以上200元以下"),
        (3, "2023年7月20日 第五次修订", "removed", None, None),
    ]
    (series,) = con.execute(
        f"select distinct series from read_parquet('{out}/history/**/*.parquet')"
    ).fetchone()
    documents = con.execute(
        f"select count(*) from read_parquet('{out}/documents/**/*.parquet') where series = ?", [series]
    )
    assert documents.fetchone() == (3,)
    diffs = con.execute(
        f"select count(distinct (old_doc_id, new_doc_id)) from read_parquet('{out}/changes/**/*.parquet')"
    )
    assert diffs.fetchone() == (2,)
    pages = sorted(p.suffix for p in (out / "diffs").iterdir())
    assert pages.count(".docx") == 2 and pages.count(".html") == 3  # two diffs and the history page


def test_running_again_replaces_the_series_rows(history_run):
    from flows.history_steps import history_files  # noqa: PLC0415 - the command's own step, in process

    out, _ = history_run
    count = f"select count(*) from read_parquet('{out}/history/**/*.parquet')"
    before = duckdb.connect().execute(count).fetchone()
    history_files(ROAD, out)
    assert duckdb.connect().execute(count).fetchone() == before


def test_a_bad_file_is_one_line_and_nothing_is_written(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = zhengce("history", str(ROAD[0]), str(bad), "--out", str(out))
    assert result.returncode == 1
    assert (
        result.stderr.strip().startswith(f"zhengce: {bad}:") and len(result.stderr.strip().splitlines()) == 1
    )
    assert "Traceback" not in result.stderr and not out.exists()

    from flows.cmd_history import run  # noqa: PLC0415

    assert run(argparse.Namespace(files=[str(ROAD[0])], out=str(out), series=None, by_date=False)) == 2


def test_a_watch_pass_writes_the_history_of_the_series_it_touched(tmp_path):
    from flows.watch_steps import watch_pass  # noqa: PLC0415 - the watch's own module, imported when used

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for day, path in enumerate(ROAD, start=1):  # undated texts: the watch orders them by file time
        copy = inbox / path.name
        copy.write_bytes(path.read_bytes())
        os.utime(copy, (1_700_000_000 + day * 86_400,) * 2)
    report = watch_pass(inbox, out)
    assert not report.failed and len(report.diffs) == 2
    con = duckdb.connect()
    versions = con.execute(
        f"select distinct version, doc_id from read_parquet('{out}/history/**/*.parquet') order by version"
    ).fetchall()
    documents = dict(
        con.execute(f"select source, doc_id from read_parquet('{out}/documents/**/*.parquet')").fetchall()
    )
    assert [doc_id for _, doc_id in versions] == [documents[str(inbox / p.name)] for p in ROAD]
    assert list((out / "diffs").glob("history-*.html"))

"""`zhengce parse`: in-process by default, one line per bad file, the rest of the batch still written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import steps
from flows.cli import main
from outputs.dataset import read_table
from outputs.schema import TABLES
from parsers.pipeline import parse_path

ROOT = Path(__file__).resolve().parent.parent
ZHENGCE = ROOT / ".venv" / "bin" / "zhengce"
BAD = ROOT / "fixtures" / "bad"
SMALL_DRAFT = (
    "关于加快培育新兴产业的若干措施\n一、总体要求\n（一）加强统筹。建立工作机制。\n（二）强化保障。\n"
)


def documents(out: Path) -> dict[str, dict]:
    return {row["source"]: row for row in read_table(out, "documents").to_pylist()}


def json_files(out: Path) -> list[Path]:
    return sorted((out / "json").glob("*.json")) if (out / "json").exists() else []


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("zhengce: ")]


def test_the_seed_in_process(tmp_path, seed_path, seed_text, capsys):
    out = tmp_path / "out"
    assert main(["parse", str(seed_path), "--out", str(out)]) == 0
    expected = parse_path(seed_path)
    rows = documents(out)
    assert list(rows) == [str(seed_path)]
    row = rows[str(seed_path)]
    assert (row["doc_id"], row["title"], row["text"], row["n_chars"]) == (
        expected.doc_id,
        expected.title,
        seed_text,
        len(seed_text),
    )
    assert read_table(out, "nodes").num_rows == len(list(expected.iter_nodes()))
    assert read_table(out, "money").num_rows == len(expected.money)
    assert [p.name for p in json_files(out)] == [f"{expected.doc_id}.json"]
    for name in TABLES:
        assert (out / name).is_dir()
    printed = capsys.readouterr()
    assert seed_path.name[:10] in printed.out  # the summary table names the file
    assert error_lines(printed.err) == []


def test_the_seed_summary_counts(tmp_path, seed_path, capsys):
    """Seed-specific: passes once the structure parser is in (16 measures under 5 actions)."""
    assert main(["parse", str(seed_path), "--out", str(tmp_path)]) == 0
    kinds = [row["kind"] for row in read_table(tmp_path, "nodes").to_pylist()]
    assert (kinds.count("action"), kinds.count("measure")) == (5, 16)
    assert "16" in capsys.readouterr().out


def test_the_installed_command(tmp_path, seed_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(ZHENGCE), "parse", str(seed_path), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    titles = duckdb.execute(
        f"select title, n_chars from read_parquet('{out}/documents/**/*.parquet')"
    ).fetchall()
    assert titles == [(parse_path(seed_path).title, len(seed_path.read_text(encoding="utf-8")))]


@pytest.mark.parametrize("bad_name", ["empty.txt", "binary.txt", "not_a_zip.docx", "external_entity.html"])
def test_a_bad_file_in_a_batch(tmp_path, seed_path, bad_name):
    bad = BAD / bad_name
    small = tmp_path / "small.txt"
    small.write_text(SMALL_DRAFT, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(ZHENGCE), "parse", str(seed_path), str(bad), str(small), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = error_lines(proc.stderr)
    assert (
        len(lines) == 1
        and lines[0].startswith(f"zhengce: {bad}: ")
        and len(lines[0]) > len(f"zhengce: {bad}: ")
    )
    assert sorted(documents(out)) == sorted([str(seed_path), str(small)])
    assert len(json_files(out)) == 2
    assert str(bad) not in str(read_table(out, "documents").column("source").to_pylist())


def test_a_path_that_does_not_exist(tmp_path, seed_path, capsys):
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(seed_path), str(missing), "--out", str(tmp_path / "out")]) == 1
    lines = error_lines(capsys.readouterr().err)
    assert len(lines) == 1 and lines[0].startswith(f"zhengce: {missing}: ")
    assert list(documents(tmp_path / "out")) == [str(seed_path)]


def test_an_unexpected_error_is_one_line_and_the_batch_goes_on(tmp_path, seed_path, monkeypatch, capsys):
    broken = tmp_path / "broken.txt"
    broken.write_text("触发解析器内部错误的文件。\n", encoding="utf-8")
    import parsers.pipeline

    real_parse = parsers.pipeline.parse_ingested

    def parse_or_fail(ingested):
        if ingested.info.path == str(broken):
            raise ValueError("unexpected state\nin the parser")
        return real_parse(ingested)

    monkeypatch.setattr(parsers.pipeline, "parse_ingested", parse_or_fail)
    out = tmp_path / "out"
    assert main(["parse", str(broken), str(seed_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert error_lines(err) == [f"zhengce: {broken}: ValueError: unexpected state in the parser"]
    assert list(documents(out)) == [str(seed_path)]


def test_folders_are_searched_recursively(tmp_path, seed_path, capsys):
    inbox = tmp_path / "inbox"
    (inbox / "2024" / "12").mkdir(parents=True)
    shutil.copy(seed_path, inbox / "2024" / "12" / "seed.txt")
    (inbox / "a.txt").write_text(SMALL_DRAFT, encoding="utf-8")
    (inbox / "2024" / "page.htm").write_text(
        "<html><head><meta charset='utf-8'><title>关于印发若干措施的通知</title></head>"
        "<body><h1>若干措施</h1><p>一、总体要求</p><p>（一）加强统筹。</p></body></html>",
        encoding="utf-8",
    )
    (inbox / "notes.md").write_text("不是政策文件", encoding="utf-8")
    (inbox / ".hidden.txt").write_text(SMALL_DRAFT + "隐藏", encoding="utf-8")
    assert steps.collect_paths([inbox, inbox / "a.txt"]) == [
        inbox / "2024" / "12" / "seed.txt",
        inbox / "2024" / "page.htm",
        inbox / "a.txt",
    ]
    out = tmp_path / "out"
    assert main(["parse", str(inbox), "--out", str(out), "--quiet"]) == 0
    assert sorted(Path(s).name for s in documents(out)) == ["a.txt", "page.htm", "seed.txt"]
    assert capsys.readouterr().out == ""  # --quiet: no table


def test_a_folder_is_listed_as_its_paths_sort_and_links_to_folders_are_not_followed(tmp_path):
    inbox = tmp_path / "inbox"
    for name in ("a/x.txt", "a-b/y.txt", "a.txt", "b.TXT", "c.txt/inner.txt", "d/.cache/z.txt", "e.md"):
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_text(SMALL_DRAFT, encoding="utf-8")
    (inbox / "f.txt").symlink_to(inbox / "a.txt")  # the same file twice: counted once
    (inbox / "g").symlink_to(inbox / "a", target_is_directory=True)
    expected = [inbox / "a" / "x.txt", inbox / "a-b" / "y.txt", inbox / "a.txt", inbox / "b.TXT"]
    expected.append(inbox / "c.txt" / "inner.txt")  # a folder named like a file is searched
    assert steps.collect_paths([inbox]) == expected
    assert steps.collect_path_names([inbox]) == [str(path) for path in expected]


def test_a_file_reached_by_two_names_is_counted_once(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    (inbox / "a" / "b").mkdir(parents=True)
    (inbox / "a" / "b" / "x.txt").write_text(SMALL_DRAFT, encoding="utf-8")
    (inbox / "a" / "y.txt").write_text(SMALL_DRAFT, encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "z.txt").symlink_to(inbox / "a" / "b" / "x.txt")  # a link from another folder
    (tmp_path / "alias").symlink_to(inbox, target_is_directory=True)  # the folder under a second name
    monkeypatch.chdir(inbox / "a")
    given = [tmp_path / "alias", "b", "../a/y.txt", tmp_path / "other", "."]
    assert steps.collect_path_names(given) == [
        str(tmp_path / "alias" / "a" / "b" / "x.txt"),
        str(tmp_path / "alias" / "a" / "y.txt"),
    ]


def test_no_file_to_parse_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["parse", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 2
    assert error_lines(capsys.readouterr().err) != []
    assert not (tmp_path / "out").exists()
    with pytest.raises(SystemExit) as raised:
        main(["parse", "--out", str(tmp_path / "out")])
    assert raised.value.code == 2


def test_parsing_in_process_does_not_import_prefect(tmp_path, seed_path):
    code = (
        "import sys; from flows.cli import main; "
        f"rc = main(['parse', {str(seed_path)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet']); "
        "print(rc, 'prefect' in sys.modules, any(m.startswith('prefect.') for m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.stdout.split() == ["0", "False", "False"], proc.stderr


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, seed_path, capsys):
    not_a_folder = tmp_path / "out.txt"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    assert main(["parse", str(seed_path), "--out", str(not_a_folder), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert error_lines(err) == [line for line in err.splitlines() if line] and len(error_lines(err)) == 1
    assert error_lines(err)[0].startswith(f"zhengce: {not_a_folder}: cannot write: ")


def stray_temporaries(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if ".tmp-" in p.name]


def test_two_files_with_the_same_text_are_written_once(tmp_path, seed_path, capsys):
    """The same draft downloaded twice: every distinct document is written once, the copy is named."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = inbox / "a_seed.txt"
    copy = inbox / "b_seed_again.txt"
    other = inbox / "c_small.txt"
    shutil.copy(seed_path, first)
    shutil.copy(seed_path, copy)
    other.write_text(SMALL_DRAFT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", str(inbox), "--out", str(out), "--quiet"]) == 0
    rows = documents(out)
    assert sorted(rows) == [str(first), str(other)]  # the first of the two copies is kept
    assert len(json_files(out)) == 2
    assert read_table(out, "nodes").num_rows == len(list(parse_path(seed_path).iter_nodes())) + len(
        list(parse_path(other).iter_nodes())
    )
    assert stray_temporaries(out) == []
    assert capsys.readouterr().err.splitlines() == [f"zhengce: {copy}: same text as {first}, written once"]


def test_duplicates_across_worker_processes_are_written_once(tmp_path, seed_path):
    """A batch large enough for workers, the copies in different chunks: each document once, no leftovers."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    for n in range(24):  # ~370 KB: several chunks
        (inbox / f"{n:02d}.txt").write_text(f"{text}（副本 {n}）\n", encoding="utf-8")
    shutil.copy(inbox / "00.txt", inbox / "zz_copy_of_00.txt")
    shutil.copy(inbox / "05.txt", inbox / "05_again.txt")
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(ZHENGCE), "parse", str(inbox), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert sorted(error_lines(proc.stderr)) == [
        f"zhengce: {inbox / '05_again.txt'}: same text as {inbox / '05.txt'}, written once",
        f"zhengce: {inbox / 'zz_copy_of_00.txt'}: same text as {inbox / '00.txt'}, written once",
    ]
    assert "2 duplicates written once" in proc.stdout
    rows = documents(out)
    assert len(rows) == 24 and all(Path(source).name[:2].isdigit() for source in rows)
    assert len(json_files(out)) == 24
    assert read_table(out, "nodes").num_rows == sum(len(list(parse_path(Path(p)).iter_nodes())) for p in rows)
    assert stray_temporaries(out) == []
    assert not any((out / ".zhengce" / "staged").iterdir())
    assert len(list((out / "nodes").iterdir())) >= 2  # the workers' segments, published together


def test_parse_imports_no_numpy_pandas_revisions_or_prefect(tmp_path, seed_path):
    """The cold path stays lean: pyarrow without numpy and pandas, no other subcommand's modules."""
    code = (
        "import sys; from flows.cli import main; "
        f"rc = main(['parse', {str(seed_path)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet']); "
        "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'pandas', 'prefect', 'spacy', 'dask', 'distributed'}),"
        " [m for m in sys.modules if m.startswith('revisions.') and m != 'revisions.series'])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.stdout.strip() == "0 [] []", proc.stderr


KILLED_WORKER = """
import os, signal, sys
import parsers.pipeline as pipeline

real = pipeline.parse_ingested


def parse_or_die(ingested):
    if "die" in (ingested.info.path or ""):
        os.kill(os.getpid(), signal.SIGKILL)  # a worker killed in the middle of the batch
    return real(ingested)


pipeline.parse_ingested = parse_or_die
from flows.cli import main

sys.exit(main(["parse", sys.argv[1], "--out", sys.argv[2], "--workers", "2", "-q"]))
"""


def test_a_worker_killed_mid_batch_fails_the_batch_and_leaves_the_dataset(tmp_path, seed_path):
    out = tmp_path / "out"
    assert main(["parse", str(seed_path), "--out", str(out), "--quiet"]) == 0
    before = documents(out)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    for n in range(24):
        name = "12_die.txt" if n == 12 else f"{n:02d}.txt"
        (inbox / name).write_text(f"{text}（副本 {n}）\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_WORKER, str(inbox), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert error_lines(proc.stderr) == [proc.stderr.strip()]
    assert "zhengce-worker-" in proc.stderr and "exit code -9" in proc.stderr
    assert documents(out) == before  # nothing of the batch was committed
    assert not any((out / ".zhengce" / "staged").iterdir())
    assert stray_temporaries(out) == []

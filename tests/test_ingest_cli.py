"""`zhengce parse` over the files people actually have: PDFs, legacy Word files, links, devices, pipes and
oversized files in one batch. Each bad one is one line and exit 1; every good one is written."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from ingest_helpers import BAD, PDF, ROOT

from flows.cli import main
from outputs.dataset import read_table

ZHENGCE = ROOT / ".venv" / "bin" / "zhengce"
DRAFT = "关于加快培育新兴产业的若干措施\n一、总体要求\n（一）加强统筹。建立工作机制。\n（二）强化保障。\n"


def _sources(out) -> dict[str, dict]:
    return {row["source"]: row for row in read_table(out, "documents").to_pylist()}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("zhengce: ")]


@pytest.mark.timeout(300)
def test_a_batch_of_pdfs_legacy_files_links_and_devices(tmp_path):
    good_pdf = PDF / "wordprocessor_guobanfa_2018_123.pdf"
    good_txt = tmp_path / "good.txt"
    good_txt.write_text(DRAFT, encoding="utf-8")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    newline = tmp_path / "第一稿\n最终版.txt"
    newline.write_bytes(b"")
    bad = {
        PDF / "scanned_page.pdf": "scanned PDF: no text layer",
        PDF / "encrypted_user_password.pdf": "encrypted PDF: it needs a password to open",
        BAD / "pdf_named.txt": "damaged PDF",
        BAD / "legacy_word.doc": "convert it to .docx or PDF",
        BAD / "legacy_word.wps": "convert it to .docx or PDF",
        loop: "symbolic link loop",
        zero: "is a character device, not a regular file",
        fifo: "is a FIFO (named pipe), not a regular file",
        newline: "empty file",
    }
    arguments = [loop, good_pdf, *bad, good_txt]
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(ZHENGCE), "parse", *map(str, dict.fromkeys(arguments)), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = _error_lines(proc.stderr)
    assert len(lines) == len(bad) == len(proc.stderr.splitlines())
    shown = {path: str(path).replace("\n", "\\n") for path in bad}
    for path, reason in bad.items():
        matching = [line for line in lines if line.startswith(f"zhengce: {shown[path]}: ")]
        assert len(matching) == 1 and reason in matching[0], (path, lines)
    documents = _sources(out)
    assert sorted(documents) == sorted([str(good_pdf), str(good_txt)])
    row = documents[str(good_pdf)]
    assert row["text"].count("\f") == 8 and "到2022年" in row["text"]


def test_a_folder_yields_its_pdfs_and_names_its_legacy_word_files(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(PDF / "encrypted_owner_only.pdf", inbox / "opinion.pdf")
    shutil.copy(BAD / "legacy_word.doc", inbox / "old.doc")
    (inbox / "notes.md").write_text("不是政策文件", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", str(inbox), "--out", str(out), "--quiet"]) == 1
    assert _error_lines(capsys.readouterr().err) == [
        f"zhengce: {inbox / 'old.doc'}: a Word 97-2003 (.doc) or WPS file, which is not read:"
        " convert it to .docx or PDF (in Word or WPS: Save As)"
    ]
    assert list(_sources(out)) == [str(inbox / "opinion.pdf")]


def test_size_and_line_bounds_from_the_command_line(tmp_path, capsys, monkeypatch):
    for variable in ("ZHENGCE_MAX_BYTES", "ZHENGCE_MAX_LINE_CHARS"):
        monkeypatch.setenv(variable, "")  # empty is unset; main() sets them, and monkeypatch restores them
    small = tmp_path / "small.txt"
    small.write_text(DRAFT, encoding="utf-8")
    wide = tmp_path / "wide.txt"
    wide.write_text("第一条　" + "总则" * 100 + "。\n", encoding="utf-8")
    out = tmp_path / "out"
    status = main(
        [
            "parse",
            str(small),
            str(wide),
            "--out",
            str(out),
            "-q",
            "--max-bytes",
            "1k",
            "--max-line-chars",
            "150",
        ]
    )
    assert status == 1
    assert _error_lines(capsys.readouterr().err) == [
        f"zhengce: {wide}: line 1 is 205 characters long (limit 150; raise it with --max-line-chars or"
        " ZHENGCE_MAX_LINE_CHARS)"
    ]
    assert list(_sources(out)) == [str(small)]
    assert main(["parse", str(small), "--out", str(out), "-q", "--max-bytes", "100"]) == 1
    assert _error_lines(capsys.readouterr().err) == [
        f"zhengce: {small}: file too large: {small.stat().st_size} bytes (limit 100 bytes;"
        " raise it with --max-bytes or ZHENGCE_MAX_BYTES)"
    ]


def test_bad_bounds_are_a_usage_error(tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as raised:
        main(["parse", str(tmp_path), "--max-bytes", "lots"])
    assert raised.value.code == 2
    assert "not a size: 'lots'" in capsys.readouterr().err
    monkeypatch.setenv("ZHENGCE_MAX_LINE_CHARS", "-5")
    assert main(["parse", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert _error_lines(capsys.readouterr().err) == [
        "zhengce: ZHENGCE_MAX_LINE_CHARS: not a positive whole number: '-5'"
    ]

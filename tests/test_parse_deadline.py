"""A file whose parse never ends is refused in one line past --max-parse-seconds, and the batch goes on: in
this process and on worker processes (the child a worker forks per segment is where a hang used to stop a
batch for good)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from ingest_helpers import ROOT

from flows.parse_deadline import ParseOvertime, parse_deadline
from outputs.dataset import read_table
from parsers.ingest import Limits

# A rule gone quadratic, made up: parsing a file whose name holds "hang" spins in Python for ever.
HANGING_RULE = """
import sys
import parsers.pipeline as pipeline

real = pipeline.parse_ingested


def parse_or_spin(ingested):
    if "hang" in (ingested.info.path or ""):
        while True:
            pass
    return real(ingested)


pipeline.parse_ingested = parse_or_spin
from flows.cli import main

sys.exit(main(["parse", sys.argv[1], "--out", sys.argv[2], "-q", "--max-parse-seconds", "3", *sys.argv[3:]]))
"""


@pytest.mark.parametrize(
    ("copies", "options"), [(3, []), (24, ["--workers", "2"])], ids=["in-process", "workers"]
)
def test_a_parse_that_never_ends_is_one_line_and_the_rest_is_written(tmp_path, seed_path, copies, options):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = seed_path.read_text(encoding="utf-8")
    hanging = inbox / f"{copies // 2:02d}_hang.txt"
    for n in range(copies):
        path = hanging if n == copies // 2 else inbox / f"{n:02d}.txt"
        path.write_text(f"{text}（副本 {n}）\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-c", HANGING_RULE, str(inbox), str(out), *options],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"zhengce: {hanging}: parse took longer than 3 s (the limit: raise it with --max-parse-seconds"
        " or ZHENGCE_MAX_PARSE_SECONDS)"
    )
    sources = sorted(read_table(out, "documents").column("source").to_pylist())
    assert sources == sorted(str(p) for p in inbox.iterdir() if p != hanging)


def test_the_deadline_puts_back_an_alarm_the_caller_had_set():
    import signal

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        with parse_deadline(5):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 20 < left <= 30 and not fired
        with pytest.raises(ParseOvertime), parse_deadline(0.2):
            time.sleep(5)
        assert 20 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_the_limit_comes_from_the_environment_and_refuses_nonsense():
    assert Limits().max_parse_seconds == 600
    assert Limits.from_env({"ZHENGCE_MAX_PARSE_SECONDS": "90.5"}).max_parse_seconds == 90.5
    for bad in ("0", "-1", "soon", "inf"):
        with pytest.raises(ValueError, match="ZHENGCE_MAX_PARSE_SECONDS"):
            Limits.from_env({"ZHENGCE_MAX_PARSE_SECONDS": bad})

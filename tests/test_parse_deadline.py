"""A file whose parse never ends is refused in one line past --max-parse-seconds, and the batch goes on: in
this process and on worker processes (the child a worker forks per segment is where a hang used to stop a
batch for good)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

import pytest
from ingest_helpers import ROOT

from flows.parse_deadline import ParseOvertime, parse_deadline
from outputs.dataset import read_table
from parsers.ingest import Limits

# A rule gone quadratic, made up: parsing a file whose name holds "hang" spins in Python for ever. The deadline leaves
# a process's first parse (jieba's dictionary, the rules' first use: about a second) room on a loaded host.
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

sys.exit(main(["parse", sys.argv[1], "--out", sys.argv[2], "-q", "--max-parse-seconds", "10", *sys.argv[3:]]))
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
        f"zhengce: {hanging}: parse took longer than 10 s (the limit: raise it with --max-parse-seconds"
        " or ZHENGCE_MAX_PARSE_SECONDS)"
    )
    sources = sorted(read_table(out, "documents").column("source").to_pylist())
    assert sources == sorted(str(p) for p in inbox.iterdir() if p != hanging)


@pytest.fixture
def watchdog():
    """A caller's own alarm: records when it fires, counted from the fixture's start."""
    import signal

    started = time.monotonic()
    fired: list[float] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(time.monotonic() - started))
    yield fired
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def spin(seconds: float) -> None:
    """Python bytecode for ``seconds``, as a slow rule would spend it (a sleep would be cut by any signal)."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        pass


def test_a_callers_later_alarm_keeps_its_own_time(watchdog):
    import signal

    signal.setitimer(signal.ITIMER_REAL, 3.0)
    with parse_deadline(10):
        spin(1.0)
    assert not watchdog
    assert 1.5 < signal.getitimer(signal.ITIMER_REAL)[0] <= 2.05  # 3 s less the second the parse took
    spin(2.5)
    assert len(watchdog) == 1 and 2.9 < watchdog[0] < 3.5


def test_a_callers_sooner_alarm_fires_when_it_is_due_not_after_the_parse(watchdog):
    import signal

    signal.setitimer(signal.ITIMER_REAL, 0.5)
    with parse_deadline(10):
        spin(1.5)
        assert len(watchdog) == 1 and 0.45 < watchdog[0] < 1.0  # during the parse, at its time
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_deadline_cuts_the_parse_and_then_the_callers_alarm_still_fires(watchdog):
    import signal

    signal.setitimer(signal.ITIMER_REAL, 2.0)
    with pytest.raises(ParseOvertime, match="over 0.5 s"), parse_deadline(0.5):
        spin(5)
    assert not watchdog
    spin(2.0)
    assert len(watchdog) == 1 and 1.9 < watchdog[0] < 2.6


def test_a_parse_ending_as_the_deadline_comes_leaves_no_alarm_behind(watchdog):
    import signal

    callers = signal.getsignal(signal.SIGALRM)
    for _ in range(20):  # the alarm lands about when the body ends
        with contextlib.suppress(ParseOvertime), parse_deadline(0.01):
            spin(0.01)
        assert signal.getsignal(signal.SIGALRM) is callers
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    spin(0.1)
    assert not watchdog  # none of the deadlines' own alarms reached the caller's handler


def test_the_limit_comes_from_the_environment_and_refuses_nonsense():
    assert Limits().max_parse_seconds == 600
    assert Limits.from_env({"ZHENGCE_MAX_PARSE_SECONDS": "90.5"}).max_parse_seconds == 90.5
    assert Limits.from_env({"ZHENGCE_MAX_PARSE_SECONDS": "1e6"}).max_parse_seconds == 1e6
    for bad in ("0", "-1", "soon", "inf", "nan", "1e10"):
        with pytest.raises(ValueError, match="ZHENGCE_MAX_PARSE_SECONDS"):
            Limits.from_env({"ZHENGCE_MAX_PARSE_SECONDS": bad})


_GONE_BEFORE_THE_WAIT = """
import signal, time
from flows.parse_deadline import ParseOvertime, parse_deadline

signal.sigpending = lambda: {signal.SIGALRM}  # a look that saw the alarm pending; another thread took it since
with parse_deadline(30):
    time.sleep(0.01)
print("done")
"""


def test_taking_the_deadline_down_never_waits_for_an_alarm_that_is_gone():
    # An alarm is sent to the process: one pending when the deadline is taken down may be taken by another thread
    # (a test worker has xdist's) before the main thread reads it. Waiting for it hung a suite; reading must not wait.
    out = subprocess.run(
        [sys.executable, "-c", _GONE_BEFORE_THE_WAIT], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "done"

"""A deadline on one file's parse: past it, the file is refused in one line and the batch goes on.

The input bounds (parsers/ingest/limits.py) refuse what is too large to read; this refuses what some rule
makes too slow to parse (every fuzz finding that hung was a rule gone quadratic on a text within both
bounds). A worker process forked for a segment, or a parse in this process, would otherwise wait for such a
file for ever, and the whole batch with it. The alarm is SIGALRM, so it works where Python delivers
signals: in a process's main thread (the CLI, and each worker process and the child it forks per segment).
A parse in any other thread (Prefect's task threads, a Dask worker's threads) runs without one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ParseOvertime(BaseException):
    """A parse ran past its deadline (a BaseException: no ``except Exception`` inside a parser swallows it)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over {seconds:g} s")
        self.seconds = seconds


@contextmanager
def parse_deadline(seconds: float | None) -> Iterator[None]:
    """Raise ParseOvertime in this thread once ``seconds`` have passed; no alarm off the main thread or
    without ``seconds``. An alarm already set by the caller (a test's, a fuzz run's) is put back after."""
    if (
        not seconds
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "SIGALRM")
    ):
        yield
        return

    def expire(signum, frame) -> None:
        raise ParseOvertime(seconds)

    previous_handler = signal.signal(signal.SIGALRM, expire)
    previous_left, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_left:
            signal.setitimer(signal.ITIMER_REAL, previous_left, previous_interval)

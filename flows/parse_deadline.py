"""A deadline on one file's parse: past it, the file is refused in one line and the batch goes on.

The input bounds (parsers/ingest/limits.py) refuse what is too large to read; this refuses what some rule
makes too slow to parse (every fuzz finding that hung was a rule gone quadratic on a text within both
bounds). A worker process forked for a segment, or a parse in this process, would otherwise wait for such a
file for ever, and the whole batch with it. The alarm is SIGALRM, so it works where Python delivers
signals: in a process's main thread (the CLI, and each worker process and the child it forks per segment),
and only between bytecodes: a loop inside C code (PDFium, lxml) is cut when it returns, not before. A parse
in any other thread (Prefect's task threads, a Dask worker's threads) runs without one.
"""

from __future__ import annotations

import os
import signal
import threading
import time
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
    without ``seconds``.

    An alarm the caller had set (a test's watchdog, a fuzz run's budget) keeps its own time: if it is due
    first it stays armed with the caller's handler and fires when it would have; otherwise it is re-armed
    on the way out with what is left of it (at once if that ran out)."""
    if (
        not seconds
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "SIGALRM")
    ):
        yield
        return
    started = time.monotonic()
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:
        yield  # the caller's alarm comes first: it is the one that fires
        return
    done = False  # set once the alarm is taken down, by its own firing or on the way out

    def put_back() -> None:
        nonlocal done
        done = True
        signal.signal(signal.SIGALRM, previous_handler)
        if outer_left:
            left = outer_left - (time.monotonic() - started)
            if left > 0:
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)
            else:  # the caller's, due during the parse: delivered to its handler
                os.kill(os.getpid(), signal.SIGALRM)

    def expire(signum, frame) -> None:
        # Puts everything back before raising: the alarm may land where no ``finally`` of this function
        # follows (before the ``try`` below, or in the ``with`` statement's own code), and must leave no trace.
        if not done:
            put_back()
            raise ParseOvertime(seconds)

    previous_handler = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        # Blocked while the alarm is taken down: one landing here would turn a finished parse into an overtime.
        # One that came before the block took: the parse had ended, and ``expire`` put everything back.
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        except ParseOvertime:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            if not done:
                signal.setitimer(signal.ITIMER_REAL, 0)
                # this deadline's own, come as the parse ended: taken if pending, never waited for (an alarm is
                # sent to the process: another thread may take it between a look at what is pending and a wait)
                signal.sigtimedwait({signal.SIGALRM}, 0)
                put_back()
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})

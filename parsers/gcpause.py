"""Pause Python's cyclic garbage collector around work that builds many acyclic objects.

Parsing and comparing allocate tens of thousands of small objects and no reference cycles;
collection passes triggered by those allocations cost up to a third of the time. The pause
is counted, so threads that parse at the same time (Prefect's thread-pool task runner) cannot
leave the collector off: it comes back on when the last of them leaves, if it was on before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()

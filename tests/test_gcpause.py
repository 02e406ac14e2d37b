"""The collector pause is shared by threads: it lasts until the last of them leaves, then is restored."""

from __future__ import annotations

import gc
import threading

from parsers.gcpause import collector_paused


def test_overlapping_pauses_in_threads_hold_until_the_last_one_leaves():
    assert gc.isenabled()
    seen_by_second: list[bool] = []
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen_by_second.append(gc.isenabled())  # the first thread left; this one still parses

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen_by_second == [False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

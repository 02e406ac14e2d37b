"""Worker preload for the Dask tests (``dask worker --preload tests/dask_worker_gate.py``): test hooks
that live in the test's worker processes only, never in the package.

- ``ZHENGCE_TEST_LOG`` (a folder): every file a worker parses is logged there as ``PID<TAB>PATH``
  (parsed.log), so a test sees which worker ran what, and how many times.
- ``ZHENGCE_TEST_GATE`` (a folder): a worker staging a segment that holds a file whose name starts
  with ``gate-`` writes the segment's JSON files and its tables' rows (under temporary names), then,
  before it finishes the files, announces itself (``staging-PID``, holding the segment's folder) and
  waits until the file ``release`` exists. The test kills that worker at that point: mid-staging, so
  "a worker killed in the middle of a batch" happens at a moment the test chooses, not by timing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from flows import steps
from outputs import staging

LOG = os.environ.get("ZHENGCE_TEST_LOG")
GATE = os.environ.get("ZHENGCE_TEST_GATE")

# Dask imports a preload file once from where it is and once from its copy in the worker's scratch
# folder: wrap the package's own functions, once.
_parse_file = getattr(steps.parse_file, "__wrapped__", steps.parse_file)
_close = getattr(staging.SegmentWriter.close, "__wrapped__", staging.SegmentWriter.close)


def parse_file(path, root=None, limits=None):
    if LOG:
        with open(Path(LOG) / "parsed.log", "a", encoding="utf-8") as log:  # one short append: atomic
            log.write(f"{os.getpid()}\t{path}\n")
    return _parse_file(path, root, limits)


def close(self):
    if GATE and any(Path(d.source or "").name.startswith("gate-") for d in self._kept):
        gate = Path(GATE)
        # written under another name and renamed: the test must never read a half-written file
        temp = gate / f".tmp-{os.getpid()}"
        temp.write_text(str(self.folder), encoding="utf-8")
        os.replace(temp, gate / f"staging-{os.getpid()}")
        while not (gate / "release").exists():
            time.sleep(0.05)
    return _close(self)


parse_file.__wrapped__ = _parse_file
close.__wrapped__ = _close
steps.parse_file = parse_file
staging.SegmentWriter.close = close

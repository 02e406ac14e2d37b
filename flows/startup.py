"""Start-up choices of the `zhengce parse` process: what it imports, and how its collector runs.

These change process-wide state, so only the command-line shell makes them, for a process it
owns, never the pure core (parsers/, outputs/) and never a process that already imported what
they concern (a notebook, a test session: there they do nothing).

- pyarrow imports numpy when it is imported (0.1-0.3 s), and imports pandas (0.3-0.8 s) the first
  time it builds an array from Python objects, only to ask whether they are pandas objects.
  `zhengce parse` makes neither numpy nor pandas objects, and pyarrow works without both, so the
  command imports pyarrow with them hidden. Afterwards numpy and pandas import normally; pyarrow
  in this process just does not convert to or from them.
- Everything imported so far lives as long as the process: ``gc.freeze()`` moves it out of the
  collector's sight, so the collections a batch triggers do not walk it again and again, and
  forked workers do not copy the pages the collector would otherwise touch.
"""

from __future__ import annotations

import gc
import sys

HIDDEN = ("numpy", "pandas")


class _Hide:
    """An import finder that makes the hidden packages look absent."""

    def find_spec(self, name: str, path=None, target=None):
        if name.split(".", 1)[0] in HIDDEN:
            raise ModuleNotFoundError(f"{name} is not needed by zhengce parse", name=name)
        return None


def import_pyarrow_lean() -> bool:
    """Import pyarrow (and its Parquet and compute modules) without numpy and pandas; True if done so."""
    if "pyarrow" in sys.modules or any(name in sys.modules for name in HIDDEN):
        return False
    finder = _Hide()
    sys.meta_path.insert(0, finder)
    try:
        import pyarrow  # noqa: F401
        import pyarrow.compute  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    finally:
        sys.meta_path.remove(finder)
    return True


def freeze_imports() -> None:
    """Keep the collector off everything imported so far (it lives as long as the process)."""
    gc.freeze()

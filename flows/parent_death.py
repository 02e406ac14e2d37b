"""A child process that must not outlive the process that started it (a watch session, a parse worker).

A parent killed without running its ``finally`` (kill -9, the OOM killer, SIGTERM's default action)
cannot tell its children to stop; on Linux the kernel can, through ``prctl(PR_SET_PDEATHSIG)``.
Elsewhere the child polls: ``parent_gone`` is true once it has been reparented.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys


def die_with_parent(parent_pid: int) -> None:
    """Linux: get SIGTERM when the parent dies, even by SIGKILL; exit now if it is already gone.

    ``parent_pid``: the parent's pid as the parent read it before it started this process (read in
    the child, it could already be init's)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if parent_gone(parent_pid):  # the parent was already gone before prctl
        os._exit(0)


def parent_gone(parent_pid: int) -> bool:
    """Whether this process's parent is no longer ``parent_pid`` (it died and this one was reparented)."""
    return os.getppid() != parent_pid

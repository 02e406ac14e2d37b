"""File-system steps the dataset writers share: durable writes, atomic swaps, locks, links."""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path


def _syncfs(folder: Path) -> bool:
    """Flush the whole file system holding ``folder`` in one call (Linux syncfs); False where unavailable."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        return syncfs(fd) == 0
    finally:
        os.close(fd)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_durable(folder: Path, files: Iterable[Path]) -> None:
    """Get ``files`` (all under ``folder``) and their folder entries onto the disk before a commit point.

    One syncfs costs about what a single fsync does; fsyncing a few hundred files one by one
    costs seconds. Falls back to fsyncing each file and folder.
    """
    if _syncfs(folder):
        return
    folders = set()
    for path in files:
        fsync_path(path)
        folders.add(path.parent)
    for path in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_path(path)
    fsync_path(folder)


def replace_symlink(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` in one atomic step (a temporary link renamed over it)."""
    temp = link.with_name(f".{link.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    os.symlink(target, temp)
    os.replace(temp, link)


def link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links: make_durable flushes the copy with the rest
        shutil.copy2(src, dst)


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[int]:
    """Hold an flock on ``path`` (its descriptor, for ``still_names``); the kernel drops it when the process
    dies, even by kill -9."""
    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield handle.fileno()
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def lock_if_free(path: Path) -> Iterator[bool]:
    """Hold an flock on ``path`` (made if missing) only if nobody holds it: yields whether it is held.

    Whoever removes what a lock guards decides and removes while holding it, so that the owner, locking
    the same file a moment later, finds it gone (``still_names``) instead of a lock on nothing. A path
    whose folder is gone is not held. A lock file this user may not open (another user's, in a shared
    output folder) counts as held: it is not this process's to remove.
    """
    try:
        # read-only when it exists (flock needs no write access, and another user's lock file is 0644)
        handle = open(path, "rb")  # noqa: SIM115 (closed by the with below)
    except FileNotFoundError:
        try:
            handle = open(path, "a+b")  # noqa: SIM115
        except (FileNotFoundError, PermissionError):
            yield False
            return
    except PermissionError:
        yield False
        return
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def still_names(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (nobody removed or replaced it since it was opened)."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)

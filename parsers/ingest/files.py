"""Reading a file from disk: only regular files, bounded, links followed safely.

The path is stat'ed before it is opened, so a device (/dev/zero), a FIFO or a socket is
refused without being opened, and a symbolic link loop or a dangling link gets its own
reason. The file is then opened without blocking and checked again on the open
descriptor (the same regular file that was stat'ed, not one swapped in meanwhile), and
read only up to the size limit, so a file that grows while it is read is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from parsers.ingest.limits import DEFAULT_LIMITS, Limits
from parsers.ingest.result import IngestError
from parsers.ingest.sniff import CONVERT_SUFFIXES, SUPPORTED_SUFFIXES

_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20
_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISFIFO, "is a FIFO (named pipe), not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)
_ERRNO_REASONS = {
    errno.ELOOP: "symbolic link loop (too many levels of links)",
    errno.EACCES: "cannot read: permission denied",
    errno.EPERM: "cannot read: operation not permitted",
    errno.ENAMETOOLONG: "file name too long",
    errno.ENOTDIR: "no such file (a part of the path is not a folder)",
}


def _os_reason(err: OSError, path: str) -> str:
    if err.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"broken symbolic link (it points to {os.readlink(path)}, which does not exist)"
        return "no such file"
    return _ERRNO_REASONS.get(err.errno, f"cannot read: {err.strerror or err}")


def _kind_reason(mode: int) -> str | None:
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return None if stat.S_ISREG(mode) else "not a regular file"


READ_SUFFIXES = SUPPORTED_SUFFIXES + CONVERT_SUFFIXES  # what read_path opens (the latter to say "convert it")


def check_suffix(path: str | Path, source: str, suffixes: tuple[str, ...] = READ_SUFFIXES) -> None:
    suffix = Path(path).suffix.lower()
    if suffix not in suffixes:
        shown = suffix or "(no suffix)"
        raise IngestError(
            source, f"unsupported file type {shown} (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )


def read_file_bytes(
    path: str | Path, limits: Limits = DEFAULT_LIMITS, suffixes: tuple[str, ...] | None = READ_SUFFIXES
) -> bytes:
    """The bytes of a regular file, at most ``limits.max_bytes`` of them, whose suffix is one of
    ``suffixes`` (None: any); IngestError otherwise. Nothing is opened before every check has passed."""
    source = os.fspath(path)
    try:
        before = os.stat(source)  # follows links: the target decides
    except ValueError:  # a NUL in the name
        raise IngestError(source, "invalid file name (it contains a NUL character)") from None
    except OSError as err:
        raise IngestError(source, _os_reason(err, source)) from None
    reason = _kind_reason(before.st_mode)
    if reason:
        raise IngestError(source, reason)
    if suffixes is not None:
        check_suffix(source, source, suffixes)
    limits.check_size(before.st_size, source)
    try:
        fd = os.open(source, _OPEN_FLAGS)
    except OSError as err:
        raise IngestError(source, _os_reason(err, source)) from None
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
            before.st_dev,
            before.st_ino,
        ):
            raise IngestError(source, "the file was replaced while it was being opened")
        chunks: list[bytes] = []
        remaining = limits.max_bytes + 1  # one byte more than allowed tells a file that grew past the limit
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as err:
        raise IngestError(source, _os_reason(err, source)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    limits.check_size(len(data), source)
    return data

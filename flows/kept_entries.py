"""Entries kept between runs in one marshal file, the way Python keeps bytecode (flows/method_cache.py,
flows/opener_cache.py).

A file is for one Python (its version in the head) and one kind of entry (``FORMAT``); it is read whole at start and
written whole under another name and renamed, only where bytecode may be written (or when forced, as ``make
bytecode`` does), and only when a run added an entry; past ``MAX_ENTRIES`` it keeps only the entries the last run used.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, Generic, TypeVar


def pycache_path(stem: str) -> Path | None:
    """``parsers/__pycache__/<stem>.<cache tag>.marshal``, beside the regular expressions' (flows/regex_cache.py);
    None for a Python that keeps no bytecode."""
    if sys.implementation.cache_tag is None:
        return None
    root = Path(__file__).resolve().parent.parent / "parsers" / "__pycache__"
    return root / f"{stem}.{sys.implementation.cache_tag}.marshal"


class KeptEntries:
    """A dict kept in one file: subclasses name the ``FORMAT`` and ``MAX_ENTRIES``, mark what a run reads in ``used``
    and count what it adds in ``added``."""

    FORMAT: ClassVar[str]
    MAX_ENTRIES: ClassVar[int]

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict = {}
        self.used: set = set()
        self.added = 0
        try:
            head, entries = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):  # none yet, or not a file of ours
            return
        if head == self.tag() and isinstance(entries, dict):
            self.entries = entries

    @classmethod
    def tag(cls) -> tuple:
        return (cls.FORMAT, sys.implementation.cache_tag, sys.hexversion)

    def save(self, force: bool = False) -> bool:
        """Write the file if this run added an entry (``force``: in any case, even where bytecode is not written);
        True if written."""
        if not force and (not self.added or sys.dont_write_bytecode):
            return False
        entries = self.entries
        if len(entries) > self.MAX_ENTRIES:
            entries = {key: entries[key] for key in self.used}
        temp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(marshal.dumps((self.tag(), entries)))
            os.replace(temp, self.path)
        except (OSError, ValueError):  # a folder we may not write: the next run does as this one did
            temp.unlink(missing_ok=True)
            return False
        self.entries, self.added = entries, 0
        return True


Kept = TypeVar("Kept", bound=KeptEntries)


class InstalledCache(Generic[Kept]):
    """The one cache of a kind a process installs: a module's ``install``, ``installed`` and ``save``."""

    def __init__(self, make: Callable[[Path], Kept], default_path: Callable[[], Path | None]) -> None:
        self.make, self.default_path = make, default_path
        self.current: Kept | None = None

    def install(self, path: Path | None = None) -> Kept | None:
        """Keep the entries (in ``path``, default the module's ``default_path()``); None where it cannot be done."""
        path = path or self.default_path()
        if path is None:
            return None
        kept = self.make(path)
        if not kept.install():
            return None
        self.current = kept
        return kept

    def installed(self) -> Kept | None:
        return self.current

    def save(self, force: bool = False) -> bool:
        """Save the installed cache's new entries (a no-op without one)."""
        return self.current.save(force) if self.current is not None else False

"""The opening classes of the rules' patterns (parsers.match_starts), kept between runs like their programs.

parsers.match_starts reads, once per pattern and process, which characters a match can open with, from the
pattern's parse (``re._parser``): some 17 patterns on the path of `zhengce parse`, the lexicon's longest among
them (the year phrases, some 4,000 characters), about 13 ms of every process's start (a cold start, and each
worker of a batch), the same answer each time. The parse is not the compiled program flows/regex_cache.py keeps,
so a kept program does not spare it. The class is a pure function of the pattern's text, its flags and the
running Python, so the command keeps it in a file, found by the text and flags, as the programs are kept:

- the file is ``parsers/__pycache__/opening-classes.<cache tag>.marshal``, beside the programs', under the same
  rules: for one Python (its version in the head), written whole under another name and renamed, only where
  bytecode may be written, and only when a run read a class the file lacked;
- an entry is the class's pattern text (or None: nothing bounds the openers), compiled again when used, so the
  class a run gets is the one match_starts makes (a test compares them for every rule);
- it holds the entries of the last run that saved it and those it already held, at most ``MAX_ENTRIES``; past
  that, only the last run's.

Only the `zhengce parse` command installs it (flows/startup.py); the pure core never sees it.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from functools import cache
from pathlib import Path

FORMAT = "zhengce-openers-1"
MAX_ENTRIES = 1024


def _tag() -> tuple:
    return (FORMAT, sys.implementation.cache_tag, sys.hexversion)


def default_path() -> Path | None:
    if sys.implementation.cache_tag is None:
        return None
    root = Path(__file__).resolve().parent.parent / "parsers" / "__pycache__"
    return root / f"opening-classes.{sys.implementation.cache_tag}.marshal"


class OpenerCache:
    """Opening classes by pattern text and flags; ``install`` puts its reader in parsers.match_starts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: dict[tuple[str, int], str | None] = {}
        self.used: set[tuple[str, int]] = set()
        self.added = 0
        try:
            head, classes = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):  # none yet, or not a file of ours
            return
        if head == _tag() and isinstance(classes, dict):
            self.classes = classes

    def install(self) -> bool:
        from parsers import match_starts

        if getattr(match_starts._openers, "kept_by", None) is not None:  # already given one
            return False
        make = match_starts._openers

        @cache  # as match_starts' own: one class object per pattern text and flags
        def openers(source: str, flags: int) -> re.Pattern | None:
            key = (source, flags)
            self.used.add(key)
            if key in self.classes:
                kept = self.classes[key]
                return None if kept is None else re.compile(kept)
            made = make(source, flags)
            self.classes[key] = None if made is None else made.pattern
            self.added += 1
            return made

        openers.kept_by = self  # type: ignore[attr-defined]
        match_starts._openers = openers
        return True

    def save(self, force: bool = False) -> bool:
        """Write the file if this run read a class it lacked (``force``: in any case, even where bytecode is not
        written); True if written."""
        if not force and (not self.added or sys.dont_write_bytecode):
            return False
        classes = self.classes
        if len(classes) > MAX_ENTRIES:
            classes = {key: classes[key] for key in self.used}
        temp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(marshal.dumps((_tag(), classes)))
            os.replace(temp, self.path)
        except (
            OSError,
            ValueError,
        ):  # a folder we may not write: the next run reads the classes as this one did
            temp.unlink(missing_ok=True)
            return False
        self.classes, self.added = classes, 0
        return True


_installed: OpenerCache | None = None


def install(path: Path | None = None) -> OpenerCache | None:
    """Keep the rules' opening classes (in ``path``, default ``default_path()``); None where it cannot be done."""
    global _installed
    path = path or default_path()
    if path is None:
        return None
    kept = OpenerCache(path)
    if not kept.install():
        return None
    _installed = kept
    return kept


def installed() -> OpenerCache | None:
    return _installed


def save(force: bool = False) -> bool:
    """Save the installed cache's new entries (a no-op without one)."""
    return _installed.save(force) if _installed is not None else False

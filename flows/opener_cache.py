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

import re
from functools import cache
from pathlib import Path

from flows.kept_entries import InstalledCache, KeptEntries, pycache_path

FORMAT = "zhengce-openers-1"
MAX_ENTRIES = 1024


def default_path() -> Path | None:
    return pycache_path("opening-classes")


class OpenerCache(KeptEntries):
    """Opening classes by pattern text and flags; ``install`` puts its reader in parsers.match_starts."""

    FORMAT = FORMAT
    MAX_ENTRIES = MAX_ENTRIES

    @property
    def classes(self) -> dict[tuple[str, int], str | None]:
        return self.entries

    def install(self) -> bool:
        from parsers import match_starts

        if getattr(match_starts._openers, "kept_by", None) is not None:  # already given one
            return False
        make = match_starts._openers

        @cache  # as match_starts' own: one class object per pattern text and flags
        def openers(source: str, flags: int) -> re.Pattern | None:
            key = (source, flags)
            self.used.add(key)
            if key in self.entries:
                kept = self.entries[key]
                return None if kept is None else re.compile(kept)
            made = make(source, flags)
            self.entries[key] = None if made is None else made.pattern
            self.added += 1
            return made

        openers.kept_by = self  # type: ignore[attr-defined]
        match_starts._openers = openers
        return True


_kept = InstalledCache(OpenerCache, default_path)
# this module's install(path=None), installed() and save(force=False): one cache per process
install, installed, save = _kept.install, _kept.installed, _kept.save

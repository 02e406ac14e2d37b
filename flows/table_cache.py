"""The parsed data tables (parsers/data_tables.py), kept between runs the way Python keeps bytecode.

Each process parsed the same TOML files again: lexicon.toml about 10 ms, traditional.toml 7 ms, titles.toml 2 ms,
some 20 ms of every cold start and of every worker a batch starts. What a file parses to is a pure function of its
bytes, and marshal reads the same dicts back some 40 times faster than tomllib parses them, so the command keeps
them in a file:

- the file is ``parsers/__pycache__/data-tables.<cache tag>.marshal``, beside the rules' programs
  (flows/regex_cache.py), under the same rules (flows/kept_entries.py): for one Python (its version in the head),
  written whole under another name and renamed, only where bytecode may be written, and only when a run parsed a
  table the file lacked;
- an entry is a table's parsed form under the table's path, with the size and modification time (ns) the file had
  when it was parsed, as a .pyc records its source's: a table whose file no longer has both is parsed again, and its
  new form replaces the old entry. A table marshal cannot write (a TOML date) is parsed each time, never kept;
- it holds the tables of the last run that saved it and those it already held, at most ``MAX_ENTRIES``; past that,
  only the last run's.

Only the `zhengce parse` command installs it (flows/startup.py), before any table is read; the pure core never
writes a file.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path

from flows.kept_entries import InstalledCache, KeptEntries, pycache_path

FORMAT = "zhengce-tables-1"
MAX_ENTRIES = 64  # some fifteen tables; a copy of the tree elsewhere keeps its own file


def default_path() -> Path | None:
    return pycache_path("data-tables")


class TableCache(KeptEntries):
    """Parsed tables by path, with the size and mtime_ns of the file each was parsed from; ``install`` makes it the
    reader of parsers/data_tables.py."""

    FORMAT = FORMAT
    MAX_ENTRIES = MAX_ENTRIES

    def read(self, path: Path) -> dict:
        """``path``'s table: the kept form if the file is as it was when kept, else parsed (and kept)."""
        from parsers import data_tables

        key = str(path)
        self.used.add(key)
        stat = os.stat(path)  # before the parse: a file changed meanwhile is parsed again next time
        stamp = (stat.st_size, stat.st_mtime_ns)
        kept = self.entries.get(key)
        if isinstance(kept, tuple) and kept[:2] == stamp:
            return kept[2]
        table = data_tables.parse(path)
        try:
            marshal.dumps(table)
        except ValueError:  # a value marshal cannot write (a date): parsed each time
            self.entries.pop(key, None)
            return table
        self.entries[key] = (*stamp, table)
        self.added += 1
        return table

    def install(self) -> bool:
        from parsers import data_tables

        if data_tables.reader is not data_tables.parse or data_tables._read.cache_info().currsize:
            return False  # another reader already, or a table read before: it would not be the kept one
        data_tables.reader = self.read
        return True


_kept = InstalledCache(TableCache, default_path)
# this module's install(path=None), installed() and save(force=False): one cache per process
install, installed, save = _kept.install, _kept.installed, _kept.save


def read_every_table() -> int:
    """Read every table of the tree through the installed cache, so that ``make bytecode`` keeps them all, not only
    those its small draft's rules ask for (a page's site conventions, a call's parts); how many were read."""
    if installed() is None:
        return 0
    from parsers import data_tables

    paths = data_tables.every_table()
    for path in paths:
        data_tables.data_table(path)
    return len(paths)

"""The compiled form of the rules' regular expressions, kept between runs like Python's bytecode.

Each `zhengce parse` process compiles about 400 regular expressions before it parses anything, a
sixth of a cold start: Python parses each pattern and works out its program (its "code", a list of
integers) again at every start, though the patterns are the same from one run to the next. The
program is a pure function of the pattern, its flags and the running Python, so it is kept in a
file and handed straight to ``_sre.compile`` the next time, as Python keeps a module's bytecode in
``__pycache__``:

- the file is ``parsers/__pycache__/regex.<cache tag>-<sre magic>.marshal``, beside the rules'
  bytecode; a folder that cannot be written, or ``PYTHONDONTWRITEBYTECODE``, means no file, and
  everything compiles as before;
- an entry is found by the whole pattern and its flags, so a changed rule is simply a new entry;
  the file is for one Python (its cache tag, sre's magic number and code size in its name and head);
- a pattern made from an entry is the pattern Python would compile: ``_sre.compile`` checks the
  program it is given, an entry it refuses is compiled as before, and a test compares every rule's
  pattern both ways (``re.Pattern`` equality compares the programs);
- the file is written whole under another name and renamed over the old one (two processes saving
  at once leave one of their files, each complete), holding what was there and what this process
  compiled, at most ``MAX_ENTRIES`` patterns (past that, only this process's); a process rewrites
  it only if it spent a hundredth of a second compiling what the file lacked, and an entry that
  no process used through ``KEPT_UNUSED`` rewrites goes, so the file stays the size of the rules.

Only the `zhengce parse` command installs it (flows/startup.py), in a process that has compiled no
rule yet; the pure core never sees it.
"""

from __future__ import annotations

import marshal
import os
import sys
import time
from array import array
from pathlib import Path

FORMAT = "zhengce-regex-3"
MAX_ENTRIES = 4096  # a few runs of dynamically built patterns must not grow the file for ever
KEPT_UNUSED = 16  # an entry no process used over this many saves goes (a pattern built from a set,
# whose order changes with the hash seed, is a new entry in every process)
WORTH_SAVING = 0.01  # seconds of compiling a process must have spent before it rewrites the file
CODE_TYPE = "I"  # a program is kept as the bytes of its words (4 MB of int objects as lists; 0.5 MB so)


def _sre_tag() -> tuple | None:
    """What a compiled program depends on besides its pattern: None where this Python's re differs."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    needed = (
        getattr(_compiler, "_code", None),
        getattr(_parser, "parse", None),
        getattr(_sre, "compile", None),
    )
    if any(f is None for f in needed) or sys.implementation.cache_tag is None:
        return None
    if array(CODE_TYPE).itemsize != getattr(_sre, "CODESIZE", 0):  # programs are kept as machine words
        return None
    return (FORMAT, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.hexversion)


def default_path() -> Path | None:
    tag = _sre_tag()
    if tag is None:
        return None
    root = Path(__file__).resolve().parent.parent / "parsers" / "__pycache__"
    return root / f"regex.{tag[1]}-{tag[2]}.marshal"


class RegexCache:
    """Compiled programs by (pattern, flags); ``install`` puts it in front of ``re``'s compiler."""

    def __init__(self, path: Path, tag: tuple) -> None:
        self.path = path
        self.tag = tag
        self.entries: dict[tuple, tuple] = {}
        self.unused: dict[tuple, int] = {}  # saves each entry went unused through
        self._load()
        self.used: set[tuple] = set()
        self.added = 0
        self.compiling = 0.0  # seconds spent compiling patterns the file did not hold
        self._original = None

    def _load(self) -> None:
        try:
            head, entries, unused = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):  # none yet, or not a file of ours
            return
        if head == self.tag and isinstance(entries, dict) and isinstance(unused, dict):
            self.entries, self.unused = entries, unused

    def compile(self, pattern, flags: int = 0):
        """``re._compiler.compile`` with the programs kept: the same Pattern object, made faster."""
        from re import _compiler, _parser

        if not isinstance(pattern, str | bytes) or flags & _compiler.SRE_FLAG_DEBUG:
            return self._original(pattern, flags)
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                final_flags, kept, groups, groupindex, indexgroup = entry
                program = array(CODE_TYPE, kept).tolist()
                compiled = _compiler._sre.compile(
                    pattern, final_flags, program, groups, groupindex, indexgroup
                )
            except Exception:  # noqa: BLE001 - an entry sre refuses: compiled as before
                del self.entries[key]
            else:
                self.used.add(key)
                return compiled
        # the stdlib's compile, keeping what it hands to _sre
        started = time.perf_counter()
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
        compiled = _compiler._sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        kept = array(CODE_TYPE, code).tobytes()  # opcodes are named int subclasses: plain words here
        self.entries[key] = (final_flags, kept, groups, dict(groupindex), tuple(indexgroup))
        self.used.add(key)
        self.added += 1
        self.compiling += time.perf_counter() - started
        return compiled

    def install(self) -> None:
        from re import _compiler

        self._original = _compiler.compile
        _compiler.compile = self.compile

    def save(self, force: bool = False) -> bool:
        """Write the file if this process spent ``WORTH_SAVING`` compiling patterns it did not hold
        (``force``: if it compiled any); True if written. Entries unused over ``KEPT_UNUSED`` saves go."""
        if not self.added or (sys.dont_write_bytecode and not force):
            return False
        if self.compiling < WORTH_SAVING and not force:
            return False
        unused = {key: 0 if key in self.used else self.unused.get(key, 0) + 1 for key in self.entries}
        entries = {key: entry for key, entry in self.entries.items() if unused[key] <= KEPT_UNUSED}
        if len(entries) > MAX_ENTRIES:
            entries = {key: entries[key] for key in list(self.used)[:MAX_ENTRIES] if key in entries}
        unused = {key: unused[key] for key in entries}
        temp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(marshal.dumps((self.tag, entries, unused)))
            os.replace(temp, self.path)
        except (OSError, ValueError):  # a folder we may not write: the next run compiles as this one did
            temp.unlink(missing_ok=True)
            return False
        self.entries, self.unused = entries, unused
        self.added, self.compiling, self.used = 0, 0.0, set()
        return True


_installed: RegexCache | None = None


def install(path: Path | None = None) -> RegexCache | None:
    """Put a cache (of ``path``, default ``default_path()``) in front of ``re``'s compiler; None where
    this Python's re is not the one it knows."""
    global _installed
    tag = _sre_tag()
    path = path or default_path()
    if tag is None or path is None:
        return None
    cache = RegexCache(path, tag)
    cache.install()
    _installed = cache
    return cache


def installed() -> RegexCache | None:
    return _installed


def save() -> bool:
    """Save the installed cache's new entries (a no-op without one)."""
    return _installed.save() if _installed is not None else False


PRIMER = (
    "关于征求《示范办法（征求意见稿）》意见的通知\n请于2024年12月26日17:00前反馈意见。联系人：张三，电话：0871-1234567。\n"
    "示范办法\n一、总则\n（一）对企业给予不超过100万元的一次性奖励，比例为20%。\n到2025年，产值达到1000亿元。\n"
)


def prime() -> Path | None:
    """Run a `zhengce parse` of a small draft into a temporary folder, so that every pattern of the
    command's path is compiled, and write the file (and the data classes' methods, flows/method_cache.py)
    whatever PYTHONDONTWRITEBYTECODE says, as
    ``compileall`` writes bytecode (``make bytecode``); its path, or None if it cannot be written."""
    import contextlib
    import io
    import tempfile

    from flows import cli

    with tempfile.TemporaryDirectory(prefix="zhengce-regex-") as name:
        draft = Path(name) / "primer.txt"
        draft.write_text(PRIMER, encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            cli.main(["parse", str(draft), "--out", str(Path(name) / "out")])
    from flows import method_cache

    method_cache.save(force=True)  # the data classes' methods, kept the same way (flows/method_cache.py)
    from flows import opener_cache

    opener_cache.save(force=True)  # the rules' opening classes (flows/opener_cache.py)
    from flows import table_cache

    table_cache.read_every_table()  # every one, not only those the draft's rules read
    table_cache.save(force=True)  # the data tables' parsed forms (flows/table_cache.py)
    cache = installed()
    if cache is None:
        return None
    cache.added = max(cache.added, 1)  # written even when nothing was new, so the file is whole
    return cache.path if cache.save(force=True) else None


if __name__ == "__main__":
    from flows.regex_cache import prime as prime_installed  # this file is __main__: the module's own copy

    written = prime_installed()
    print(written or "no regex cache written (another Python's re, or a folder that cannot be written)")

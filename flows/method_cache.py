"""The compiled methods of the data classes, kept between runs like Python's bytecode.

``dataclasses`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__`` … as
text and compiles it when the class is made, at every start: about 220 small functions for the
45 classes on the path of `zhengce parse`, some 0.03-0.05 s of a cold start, the same text each
time. A code object is a pure function of its text and the running Python, so the command keeps
them in a file, found by their whole text, and hands the kept code object to ``exec`` instead of
the text: within the dataclasses module, ``exec`` compiles a text exactly as the builtin does (file
name ``<string>``, no inherited ``from __future__`` flags; dataclasses has none) or takes it from
the file, then runs it in the same namespaces, so the functions, and the classes, are the same.

- the file is ``parsers/__pycache__/dataclass-methods.<cache tag>.marshal``, beside the regular
  expressions' (flows/regex_cache.py), under the same rules: for one Python (its version in the
  head), written whole under another name and renamed, only where bytecode may be written (or by
  ``make bytecode``), and only when a run compiled something the file lacked;
- it holds the texts of the last run that saved it and those it already held, at most
  ``MAX_ENTRIES``; past that, only the last run's.

Only the `zhengce parse` command installs it (flows/startup.py); the pure core never sees it.
"""

from __future__ import annotations

import builtins
import sys
from pathlib import Path
from types import CodeType

from flows.kept_entries import InstalledCache, KeptEntries, pycache_path

FORMAT = "zhengce-methods-1"
MAX_ENTRIES = 2048


def default_path() -> Path | None:
    return pycache_path("dataclass-methods")


class MethodCache(KeptEntries):
    """Code objects by source text; ``install`` puts its ``exec`` in the dataclasses module."""

    FORMAT = FORMAT
    MAX_ENTRIES = MAX_ENTRIES

    @property
    def codes(self) -> dict[str, CodeType]:
        return self.entries

    def exec(self, source, globals=None, locals=None, /):
        """``exec`` as the dataclasses module calls it, with a kept code object for a text."""
        if type(source) is str:
            code = self.entries.get(source)
            if code is None:
                code = self.entries[source] = compile(source, "<string>", "exec", dont_inherit=True)
                self.added += 1
            self.used.add(source)
            source = code
        if globals is None:  # the caller's globals, as the builtin takes them: the dataclasses module's
            globals = sys.modules["dataclasses"].__dict__
        return builtins.exec(source, globals, locals)

    def install(self) -> bool:
        import dataclasses

        if "exec" in vars(dataclasses):  # already given one
            return False
        dataclasses.exec = self.exec  # a module global, found before the builtin
        return True


_kept = InstalledCache(MethodCache, default_path)
# this module's install(path=None), installed() and save(force=False): one cache per process
install, installed, save = _kept.install, _kept.installed, _kept.save

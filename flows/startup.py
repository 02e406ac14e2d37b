"""Start-up choices of the `zhengce parse` process: what it imports, and how its collector runs.

These change process-wide state, so only the command-line shell makes them, for a process it
owns, never the pure core (parsers/, outputs/) and never a process that already imported what
they concern (a notebook, a test session calling the command's ``main``: there they do nothing;
``import_pyarrow_lean`` tells which).

- pyarrow imports numpy when it is imported (0.1-0.3 s), and imports pandas (0.3-0.8 s) the first
  time it builds an array from Python objects, only to ask whether they are pandas objects.
  `zhengce parse` makes neither numpy nor pandas objects, and pyarrow works without both, so the
  command imports pyarrow with them hidden, and keeps them hidden: the parse never needs them.
  Likewise pyarrow's remote filesystems and cloudpickle, which it imports only if they are there.
- The rules compile about 360 regular expressions at each start, and Python's compiler works out
  the same character sets again and again: a class like ``[ 　]`` or ``\\s`` appears in hundreds of
  them (2,000 sets, 330 distinct), and any set holding a CJK character costs a 64 KB table. The
  command shares the work (``share_regex_charsets``): about a tenth of a cold start. And it keeps
  each pattern's compiled program between runs, as Python keeps bytecode (``keep_regex_programs``,
  flows/regex_cache.py): after the first run, a start compiles no rule at all. The methods that
  ``dataclasses`` writes and compiles for each class are kept the same way (``keep_dataclass_methods``,
  flows/method_cache.py), and so are the characters each rule's matches open with (``keep_opening_classes``,
  flows/opener_cache.py), and so are the data tables' parsed forms (``keep_parsed_tables``, flows/table_cache.py).
- Arrow's buffers come from the C library's allocator (``ARROW_DEFAULT_MEMORY_POOL=system``, unless
  the environment already names a pool), not from mimalloc, pyarrow's default. A worker stages a
  chunk as a few MB of Arrow buffers and Parquet pages; mimalloc kept about three times that in
  pages of its own until the chunk's end, so each chunk raised a worker 10-20 MB above its size
  between chunks, and the longer the batch, the higher the highest of those peaks (a worker 83 MB
  at 1,000 documents, 98 MB at 10,000). The C library's allocator returns them as they are freed
  (the same worker 68 and 79 MB), and costs the parse no measurable time.
- Everything imported so far lives as long as the process: ``gc.freeze()`` moves it out of the
  collector's sight, so the collections a batch triggers do not walk it again and again, and
  forked workers do not copy the pages the collector would otherwise touch.
"""

from __future__ import annotations

import gc
import inspect
import os
import sys
from types import ModuleType

HIDDEN = ("numpy", "pandas")
ARROW_POOL_VARIABLE = (
    "ARROW_DEFAULT_MEMORY_POOL"  # read by Arrow's C++ library when it makes its first buffer
)
# Optional modules pyarrow imports when they are there, and does without when they are not: its
# remote filesystems (a parse reads and writes local files) and cloudpickle (for pickling its
# objects; nothing of pyarrow's is pickled here). About 0.03 s of a cold start.
OPTIONAL_FOR_PYARROW = ("pyarrow._azurefs", "pyarrow._hdfs", "pyarrow._gcsfs", "pyarrow._s3fs", "cloudpickle")


class _Hide:
    """An import finder that makes the hidden packages, and the optional modules, look absent."""

    def find_spec(self, name: str, path=None, target=None):
        if name.split(".", 1)[0] in HIDDEN or name in OPTIONAL_FOR_PYARROW:
            raise ModuleNotFoundError(f"{name} is not needed by zhengce parse", name=name)
        return None


def can_import_pyarrow_lean() -> bool:
    """Whether ``import_pyarrow_lean`` would still work here: none of pyarrow, numpy, pandas imported."""
    return not ("pyarrow" in sys.modules or any(name in sys.modules for name in HIDDEN))


def import_pyarrow_lean() -> bool:
    """Import pyarrow (and its Parquet module) without numpy and pandas, and keep both hidden from
    then on, its buffers from the C library's allocator; True if done so.

    They stay hidden for the rest of the process: pyarrow.compute, which a commit onto an existing
    dataset needs, would import numpy when it is imported later (0.1-0.5 s) though it makes no
    numpy object either.
    """
    if not can_import_pyarrow_lean():
        return False
    sys.meta_path.insert(0, _Hide())
    os.environ.setdefault(ARROW_POOL_VARIABLE, "system")  # see the module's docstring
    import pyarrow  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    return True


def quiet_pydantic_plugins() -> bool:
    """No search for pydantic plugins, in a process that has not imported pydantic yet; True if so.

    Looking them up reads the metadata of every installed distribution when pydantic first builds
    a validator (0.05-0.1 s; in `zhengce parse` only where a JSON file is read back, the data model
    being plain dataclasses), and zhengce validates nothing through them. A plugin the
    user asked for by name in PYDANTIC_DISABLE_PLUGINS's absence is the only thing this turns off.
    """
    if "pydantic" in sys.modules:
        return False
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    return True


def share_regex_charsets() -> bool:
    """Compute each distinct character set of the process's regular expressions once; True if installed.

    ``re._compiler._optimize_charset`` is a pure function of its arguments: its result is kept per
    set, for the case-sensitive sets that make up nearly all of the rules' (case-insensitive ones
    call it with functions and go through as before). Only where the stdlib has it with the
    arguments this expects, and only in a process that has compiled no rule yet.
    """
    if "parsers.lexicon" in sys.modules or "parsers.structure" in sys.modules:
        return False
    try:
        from re import _compiler
    except ImportError:  # another Python's layout: nothing to share
        return False
    optimize = getattr(_compiler, "_optimize_charset", None)
    if optimize is None or getattr(optimize, "__wrapped__", None) is not None:
        return False
    try:
        parameters = list(inspect.signature(optimize).parameters)
    except (TypeError, ValueError):
        return False
    if parameters != ["charset", "iscased", "fixup", "fixes"]:
        return False
    _compiler._optimize_charset = sharing_charsets(optimize)
    return True


def sharing_charsets(optimize):
    """``optimize`` (the stdlib's charset optimizer) computing each distinct case-sensitive set once."""
    known: dict[tuple, tuple[list, bool]] = {}

    def shared(charset, iscased=None, fixup=None, fixes=None):
        if iscased is not None or fixup is not None or fixes is not None:
            return optimize(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            found = known.get(key)
        except TypeError:  # a set item that cannot be a key: computed as before
            return optimize(charset)
        if found is None:
            found = known[key] = optimize(charset)
        return list(found[0]), found[1]  # a list of its own: the caller may extend what it gets

    shared.__wrapped__ = optimize
    return shared


def keep_regex_programs() -> bool:
    """Keep the compiled programs of the process's regular expressions between runs
    (flows/regex_cache.py), saved when the process exits; True if installed.

    Only in a process that has compiled no rule yet, like ``share_regex_charsets``: the two work
    together (a pattern not kept yet is compiled with the shared character sets)."""
    if "parsers.lexicon" in sys.modules or "parsers.structure" in sys.modules:
        return False
    from flows import regex_cache

    return _keep_between_runs(regex_cache)


def keep_dataclass_methods() -> bool:
    """Keep the compiled methods of the data classes between runs (flows/method_cache.py), saved
    when the process exits; True if installed. Before the classes of the parse are made."""
    from flows import method_cache

    return _keep_between_runs(method_cache)


def keep_opening_classes() -> bool:
    """Keep the rules' opening classes between runs (flows/opener_cache.py), saved when the process exits; True
    if installed. Before the rules read any."""
    from flows import opener_cache

    return _keep_between_runs(opener_cache)


def keep_parsed_tables() -> bool:
    """Keep the data tables' parsed forms between runs (flows/table_cache.py), saved when the process exits; True
    if installed. Before any table is read."""
    from flows import table_cache

    return _keep_between_runs(table_cache)


def freeze_imports() -> None:
    """Keep the collector off everything imported so far (it lives as long as the process)."""
    gc.freeze()


def _keep_between_runs(cache: ModuleType) -> bool:
    """Install a kept cache (flows/*_cache.py: ``install``, ``installed``, ``save``) unless one is, and save it when the
    process exits; True if installed here."""
    if cache.installed() is not None or cache.install() is None:
        return False
    import atexit

    atexit.register(cache.save)
    return True

"""Start-up choices of the `zhengce parse` process (flows/startup.py): they make it faster, never different."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flows import startup

ROOT = Path(__file__).resolve().parent.parent

PARSE_DRAFTS = """
import hashlib, sys
from pathlib import Path
from flows import startup
installed = startup.share_regex_charsets() if sys.argv[1] == "shared" else False
from parsers.pipeline import parse_bytes
digest = hashlib.sha256()
for path in sorted(Path("fixtures/drafts").glob("*.txt")) + sorted(Path("fixtures/real").rglob("*.txt"))[:40]:
    doc = parse_bytes(path.read_bytes(), name=path.name)
    digest.update(repr(doc).encode())
from re import _compiler
print(installed, hasattr(_compiler._optimize_charset, "__wrapped__"), digest.hexdigest())
"""


def _parse_in_new_process(mode: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PARSE_DRAFTS, mode], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def test_shared_character_sets_give_the_same_documents():
    shared = _parse_in_new_process("shared")
    plain = _parse_in_new_process("plain")
    assert shared[:2] == ["True", "True"]  # installed, in a process that had compiled no rule
    assert plain[:2] == ["False", "False"]
    assert shared[2] == plain[2]  # every node, amount, ratio and target of every document alike


def test_a_process_that_compiled_the_rules_already_is_left_as_it_is():
    import parsers.pipeline  # noqa: F401  (this test session's rules are compiled)

    assert startup.share_regex_charsets() is False


def test_each_distinct_set_is_computed_once_and_handed_out_as_a_list_of_its_own():
    from re import _compiler

    optimize = getattr(_compiler._optimize_charset, "__wrapped__", _compiler._optimize_charset)
    calls = []

    def counted(*args):
        calls.append(args[0])
        return optimize(*args)

    shared = startup.sharing_charsets(counted)
    spaces = [(_compiler.LITERAL, ord(" ")), (_compiler.LITERAL, ord("\u3000"))]  # a CJK space: a 64 KB table
    digits = [(_compiler.CATEGORY, _compiler.CATEGORY_DIGIT)]
    first = shared(list(spaces))
    again = shared(list(spaces))
    assert first == again == optimize(list(spaces))
    assert first[0] is not again[0]  # the caller may extend its list without touching the next one's
    assert shared(list(digits)) == optimize(list(digits))
    assert len(calls) == 2  # one computation per distinct set
    shared(
        list(spaces), _compiler._sre.unicode_iscased, _compiler._sre.unicode_tolower, _compiler._EXTRA_CASES
    )
    assert len(calls) == 3  # a case-insensitive set goes through as before


PARSE_AND_LIST_MODULES = """
import sys
from flows.cli import main
code = main(["parse", sys.argv[1], "--out", sys.argv[2], "-q"])
print(code, *sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[3:])))
"""


def test_a_one_draft_parse_imports_none_of_what_it_does_not_use(tmp_path):
    """pydantic (the data model is dataclasses; pydantic reads them only when a JSON file is read
    back), numpy, pandas, cloudpickle, DuckDB and icalendar (the fork writes the companions) stay out
    of the command's process."""
    unused = ["pydantic", "numpy", "pandas", "cloudpickle", "duckdb", "icalendar"]
    draft = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"
    proc = subprocess.run(
        [sys.executable, "-c", PARSE_AND_LIST_MODULES, str(draft), str(tmp_path / "out"), *unused],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["0"]
    assert (tmp_path / "out" / "zhengce.duckdb").is_file() and (tmp_path / "out" / "deadlines.ics").is_file()

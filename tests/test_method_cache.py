"""The data classes' compiled methods kept between runs (flows/method_cache.py): the classes a run
makes from kept code are the classes Python makes."""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

from flows import method_cache

ROOT = Path(__file__).resolve().parent.parent

# Every data class of the parse path, each method's code described by what makes it that code.
DESCRIBE = """
import dataclasses, json, sys
from pathlib import Path
if sys.argv[1] != "-":
    from flows import method_cache
    cache = method_cache.install(Path(sys.argv[1]))
    assert cache is not None
from flows import startup
startup.import_pyarrow_lean()
import flows.steps, outputs.dataset, outputs.json_export, outputs.rows, parsers.pipeline

def code(c):
    consts = [code(k) if hasattr(k, "co_code") else repr(k) for k in c.co_consts]
    return [c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno, c.co_code.hex(), consts,
            c.co_names, c.co_varnames, c.co_argcount, c.co_kwonlyargcount, c.co_flags,
            c.co_linetable.hex(), c.co_exceptiontable.hex()]

classes = {}
for module in list(sys.modules.values()):
    for value in list(vars(module).values()) if module else ():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
            methods = {}
            for name, f in vars(value).items():
                if callable(f) and hasattr(f, "__code__"):
                    methods[name] = [code(f.__code__), repr(getattr(f, "__annotations__", None)),
                                     repr(f.__defaults__), repr(f.__kwdefaults__)]
            classes[f"{value.__module__}.{value.__qualname__}"] = methods
saved = method_cache.save(force=True) if sys.argv[1] != "-" else None
print(json.dumps([classes, saved]))
"""


def _describe(cache: str) -> tuple[dict, bool | None]:
    proc = subprocess.run(
        [sys.executable, "-c", DESCRIBE, cache], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    classes, saved = json.loads(proc.stdout)
    return classes, saved


def test_classes_made_from_kept_methods_are_the_classes_python_makes(tmp_path):
    path = tmp_path / "methods.marshal"
    plain, _ = _describe("-")
    first, saved = _describe(str(path))  # compiles each text, and keeps it
    assert saved and path.is_file()
    _, codes = marshal.loads(path.read_bytes())
    assert len(codes) >= 200  # the methods of the parse path's ~45 classes
    kept, _ = _describe(str(path))  # every method from the file
    assert len(plain) >= 40
    assert plain == first == kept


def test_an_unknown_or_damaged_file_is_ignored_and_a_text_compiles_as_exec_would(tmp_path):
    path = tmp_path / "methods.marshal"
    path.write_bytes(marshal.dumps((("another", "format"), {"x = 1": compile("x = 2", "<string>", "exec")})))
    cache = method_cache.MethodCache(path)
    assert cache.codes == {}
    path.write_bytes(b"not marshal")
    assert method_cache.MethodCache(path).codes == {}
    namespace: dict = {}
    cache.exec("from __future__ import annotations\ndef f(x: int) -> int:\n return x", {}, namespace)
    assert namespace["f"].__annotations__ == {"x": "int", "return": "int"}
    namespace = {}
    cache.exec("def g(x: int) -> int:\n return x", {}, namespace)  # no future flag leaks in from here
    assert namespace["g"].__annotations__ == {"x": int, "return": int}
    assert cache.added == 2


def test_nothing_is_written_where_bytecode_is_not(tmp_path, monkeypatch):
    path = tmp_path / "methods.marshal"
    cache = method_cache.MethodCache(path)
    cache.exec("def h():\n return 1", {}, {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not cache.save() and not path.exists()
    assert cache.save(force=True) and path.is_file()  # as `make bytecode` writes it
    assert method_cache.MethodCache(path).codes.keys() == {"def h():\n return 1"}

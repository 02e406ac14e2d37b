"""The kept programs of regular expressions (flows/regex_cache.py) give the patterns Python compiles."""

from __future__ import annotations

import marshal
import re
import sys
from array import array
from re import _compiler

import pytest

from flows import regex_cache

pytestmark = pytest.mark.skipif(regex_cache.default_path() is None, reason="another Python's re")


def rules_patterns() -> list[tuple[str | bytes, int]]:
    """The patterns this session compiled, the rules' among them (re keeps its last 512)."""
    import parsers.pipeline  # noqa: F401
    from parsers.lexicon import lexicon

    lexicon()
    return [(pattern, flags) for kind, pattern, flags in list(re._cache) if kind in (str, bytes)]


def fresh(path) -> regex_cache.RegexCache:
    cache = regex_cache.RegexCache(path, regex_cache._sre_tag())
    cache._original = _compiler.compile  # the stdlib's: never patched here
    return cache


def test_every_rule_compiles_to_the_same_pattern_from_a_kept_program(tmp_path):
    patterns = rules_patterns()
    assert len(patterns) >= 300
    path = tmp_path / "regex.marshal"
    first = fresh(path)
    for pattern, flags in patterns:
        assert first.compile(pattern, flags) == _compiler.compile(pattern, flags)
    assert first.added == len(patterns)
    assert first.save(force=True)  # as `make bytecode` writes it (whatever PYTHONDONTWRITEBYTECODE says)
    again = fresh(path)
    assert len(again.entries) == len(patterns)
    for pattern, flags in patterns:
        kept = again.compile(pattern, flags)
        compiled = _compiler.compile(pattern, flags)
        # Pattern equality compares pattern, flags and the whole program
        assert kept == compiled
        assert (kept.groups, dict(kept.groupindex)) == (compiled.groups, dict(compiled.groupindex))
    assert again.added == 0  # every one came from the file


def test_a_kept_pattern_matches_as_the_compiled_one(tmp_path):
    cache = fresh(tmp_path / "none-yet.marshal")
    source = r"(?P<n>\d+(?:\.\d+)?)[ \u3000]*(?P<u>万元|亿元)(?:以上)?"
    cache.compile(source)  # kept
    kept = cache.compile(source)
    text = "给予不超过 100万元以上的奖励，最高1.5亿元"
    assert [m.groupdict() for m in kept.finditer(text)] == [
        {"n": "100", "u": "万元"},
        {"n": "1.5", "u": "亿元"},
    ]


def test_a_program_sre_refuses_is_compiled_as_before(tmp_path):
    path = tmp_path / "regex.marshal"
    tag = regex_cache._sre_tag()
    bad = array(regex_cache.CODE_TYPE, [1, 2, 3]).tobytes()
    path.write_bytes(marshal.dumps((tag, {("ab+", 0): (32, bad, 0, {}, (None,))}, {})))
    cache = fresh(path)
    assert cache.compile("ab+") == _compiler.compile("ab+")
    assert cache.added == 1


@pytest.mark.parametrize(
    "content", [b"", b"not marshal", marshal.dumps(("another python", {}, {})), marshal.dumps(("old", {}))]
)
def test_a_file_that_is_not_ours_is_ignored(tmp_path, content):
    path = tmp_path / "regex.marshal"
    path.write_bytes(content)
    cache = fresh(path)
    assert cache.entries == {}
    assert cache.compile("x+y") == _compiler.compile("x+y")


def test_the_file_stays_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    cache = fresh(path)
    for n in range(5):
        cache.compile(f"a{{{n}}}")
    assert cache.save(force=True)
    assert len(fresh(path).entries) == 3


def test_an_entry_no_run_uses_goes_after_a_few_saves(tmp_path, monkeypatch):
    """A pattern built from a set changes with the hash seed: each process's variant must not stay for ever."""
    monkeypatch.setattr(regex_cache, "KEPT_UNUSED", 2)
    path = tmp_path / "regex.marshal"
    cache = fresh(path)
    cache.compile("kept+")
    cache.compile("once+")
    assert cache.save(force=True)
    for run in range(3):
        cache = fresh(path)
        cache.compile("kept+")
        cache.compile(f"new{run}+")
        assert cache.save(force=True)
        assert ("once+", 0) in cache.entries if run < 2 else ("once+", 0) not in cache.entries
    assert set(fresh(path).entries) == {("kept+", 0), ("new0+", 0), ("new1+", 0), ("new2+", 0)}


def test_a_run_that_compiled_little_leaves_the_file_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache = fresh(tmp_path / "regex.marshal")
    cache.compile("tiny")  # far less than WORTH_SAVING
    assert cache.compiling < regex_cache.WORTH_SAVING
    assert not cache.save()
    cache.compiling = regex_cache.WORTH_SAVING
    assert cache.save()


def test_nothing_is_written_where_bytecode_is_not(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = fresh(tmp_path / "regex.marshal")
    cache.compile("q+")
    cache.compiling = 1.0
    assert not cache.save()
    assert not (tmp_path / "regex.marshal").exists()


def test_the_command_path_compiles_each_rule_the_same_way_in_every_process():
    """Alternations of words are written in one order (longest first, then by code point), so a
    rule is the same pattern in every process, whatever the hash seed: the kept programs serve
    the next run."""
    from parsers.patterns import alternation

    assert alternation({"以上", "以下", "及以上", "不低于"}) == "不低于|及以上|以上|以下"

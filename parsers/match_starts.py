"""The characters a pattern's match can open with, read from the pattern itself: where a pattern the regex engine
cannot skip ahead for is tried position by position (``parsers.anchors._first_containing``, the goal-year phrase,
``finditer`` below), a position whose character no match opens with is passed over without calling the engine.

The engine finds such a set itself only for a pattern that opens with a literal or a class; a pattern whose
alternatives open with look-behinds (``(?<=[甲-乙])…|(?<![年月])…``) or optional words gets none, and a failing
``match`` at each such position costs a call. Look-arounds and anchors consume no character, so the set is read past
them; an optional item adds its characters and lets the next item add its own. The set may hold characters no match
opens with (a look-behind may still fail), never miss one; a pattern it cannot bound (``.``, ``[^…]``, ``\\S``, a
back-reference, case folding, a pattern that can match the empty string) gets None: every position is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

try:  # re's parser is private: where it is not as read here, no set is found and every position is tried
    import re._constants as sre
    import re._parser as sre_parse

    _ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    _CATEGORIES = (sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)
    _CATEGORY_CLASS = {sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w"}
except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
    sre = sre_parse = None


class _Unbounded(Exception):
    """The pattern may open with any character: no set."""


class _Collected:
    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.ranges: list[tuple[int, int]] = []
        self.categories: set[object] = set()


def _class_items(items, out: _Collected) -> None:
    """The members of a ``[...]`` (or one ``\\d``) into ``out``."""
    for op, av in items:
        if op is sre.LITERAL:
            out.chars.add(chr(av))
        elif op is sre.RANGE:
            out.ranges.append(av)
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.categories.add(av)
        else:  # NEGATE, a negated category
            raise _Unbounded


def _sequence(items, out: _Collected) -> bool:
    """Adds what the sequence ``items`` can open with to ``out``; True when it can match the empty string."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            out.chars.add(chr(av))
            return False
        if op is sre.IN:
            _class_items(av, out)
            return False
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:  # flags set inside the group (case folding…)
                raise _Unbounded
            if not _sequence(av[3], out):
                return False
        elif op is sre.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _sequence(branch, out) or empty
            if not empty:
                return False
        elif op in _REPEATS:
            low, _, item = av
            if not _sequence(item, out) and low > 0:
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _sequence(av, out):
                return False
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS…
            raise _Unbounded
    return True


_KNOWN_MAX = 1024
_BY_ID: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}  # id of a pattern -> it and its opening class


def opening_class(pattern: re.Pattern) -> re.Pattern | None:
    """A class of the characters every match of ``pattern`` opens with, or None when nothing bounds them."""
    known = _BY_ID.get(id(pattern))  # (asked ~30 times a document per pattern: one lookup, not a key of text)
    if known is not None and known[0] is pattern:
        return known[1]
    if sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    # found once per pattern text (a compiled pattern's own hash reads all its code at every call)
    found = _openers(pattern.pattern, pattern.flags)
    if len(_BY_ID) >= _KNOWN_MAX:
        _BY_ID.clear()  # patterns compiled per document come and go: the table stays small
    _BY_ID[id(pattern)] = (pattern, found)  # the pattern held, so its id is not another's
    return found


def _char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


@cache
def _openers(source: str, flags: int) -> re.Pattern | None:
    if flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    out = _Collected()
    try:
        if _sequence(sre_parse.parse(source, flags), out):
            return None  # it may match the empty string, anywhere
    except (_Unbounded, AttributeError, TypeError, ValueError):  # unbounded, or internals not as read here
        return None
    return re.compile(_class_source(out))


def consumed_class(pattern: re.Pattern, without: str, extra: str = "") -> str | None:
    """A class (``[...]``, source text) of every character a match of ``pattern`` can consume, look-arounds left out
    (they consume none), with the characters of ``extra`` and none of ``without``; None where that cannot be bounded
    (``.``, ``[^…]``, ``\\w``…) or a character of ``without`` falls in one of its ranges or categories. A match's text
    up to the first character of ``without`` it holds then lies in one run of the class's characters."""
    if (
        sre_parse is None
        or not isinstance(pattern.pattern, str)
        or pattern.flags & (re.IGNORECASE | re.LOCALE)
    ):
        return None
    out = _Collected()
    try:
        _consumed(sre_parse.parse(pattern.pattern, pattern.flags), out)
    except (_Unbounded, AttributeError, TypeError, ValueError):  # unbounded, or internals not as read here
        return None
    if out.categories - {sre.CATEGORY_DIGIT}:
        return None  # (\d holds digits only; \s and \w are not read here)
    for ch in without:
        if any(low <= ord(ch) <= high for low, high in out.ranges) or (ch.isdigit() and out.categories):
            return None
    out.chars = (out.chars | set(extra)) - set(without)
    return _class_source(out)


def _class_source(out: _Collected) -> str:
    """The class (``[...]``, source text) of the characters, ranges and categories collected in ``out``."""
    members = [_char(ch) for ch in sorted(out.chars)]
    members += [f"{_char(chr(low))}-{_char(chr(high))}" for low, high in out.ranges]
    members += [_CATEGORY_CLASS[c] for c in _CATEGORIES if c in out.categories]
    return "[" + "".join(members) + "]"


def _consumed(items, out: _Collected) -> None:
    """Every character the sequence ``items`` can consume, into ``out`` (look-arounds and anchors: none)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            out.chars.add(chr(av))
        elif op is sre.IN:
            _class_items(av, out)
        elif op is sre.SUBPATTERN:
            if av[1] or av[2]:  # flags set inside the group (case folding…)
                raise _Unbounded
            _consumed(av[3], out)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _consumed(branch, out)
        elif op in _REPEATS:
            _consumed(av[2], out)
        elif op is sre.ATOMIC_GROUP:
            _consumed(av, out)
        else:  # ANY, NOT_LITERAL, GROUPREF…
            raise _Unbounded


def finditer(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text, pos, endpos)`` gives, the pattern tried only at the positions a match can
    open at: for a long pattern the engine cannot skip ahead for (the lexicon's money and ratio patterns open with
    look-behinds and optional words), several times faster. finditer tries each position in turn and resumes where a
    match ends; so does this. (A match's ``pos`` is the position it was tried at.)"""
    openers = opening_class(pattern)
    end = len(text) if endpos is None else min(endpos, len(text))
    if openers is None:
        yield from pattern.finditer(text, pos, end)
        return
    while (opener := openers.search(text, pos, end)) is not None:
        m = pattern.match(text, opener.start(), end)
        if m is None:
            pos = opener.start() + 1
        else:
            yield m
            pos = m.end()  # never empty: a pattern that can match the empty string has no opening class


def search(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, by ``finditer`` (its first match): for a pattern the engine cannot skip
    ahead for."""
    return next(finditer(pattern, text, pos, endpos), None)


def search_from_opener(
    pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, begun at the first character a match can open with: for a pattern the
    engine cannot skip ahead for (it tries the whole pattern at each position) whose opening characters are rare in
    the text (one C search to the first, none of the Python loop ``search`` above runs at each)."""
    end = len(text) if endpos is None else endpos
    openers = opening_class(pattern)
    if openers is None:
        return pattern.search(text, pos, end)
    first = openers.search(text, pos, end)
    return None if first is None else pattern.search(text, first.start(), end)


_WHOLE = "whole_match"
_SHIFTED = re.compile(r"\\[1-9]|\(\?\(")  # a back-reference or a test of a group, by number


def skipping(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` behind its opening class, so the engine skips to the positions a match can open at (it skips
    for a pattern that opens with a class, not for a branch of words, classes and look-behinds): a match is the
    opener alone, ``pattern``'s whole match there in the group ``whole_match`` (a look-ahead in a look-behind of
    one character). None where no class bounds the openers. Read its matches with ``spans`` below."""
    openers = opening_class(pattern)
    if openers is None or _WHOLE in pattern.groupindex or _SHIFTED.search(pattern.pattern):
        return None  # (a group the pattern refers to by number would be one further on)
    try:
        return re.compile(f"{openers.pattern}(?<=(?=(?P<{_WHOLE}>{pattern.pattern}))[\\s\\S])", pattern.flags)
    except re.error:  # pragma: no cover - a flag the pattern sets at its start ((?m)^…): tried as it is
        return None


def spans(
    pattern: re.Pattern, skipper: re.Pattern | None, text: str, pos: int, endpos: int
) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, pos, endpos)``, found by ``skipper`` (``skipping(pattern)``) when
    there is one. It gives a match at every position ``pattern`` matches at; those inside the match before are
    the ones finditer, resuming where a match ends, never tries."""
    if skipper is None:
        for m in pattern.finditer(text, pos, endpos):
            yield m.span()
        return
    reach = -1
    for m in skipper.finditer(text, pos, endpos):
        if m.start() >= reach:
            reach = m.end(_WHOLE)
            yield m.start(), reach


_SKIPPERS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}  # id of a pattern -> it and its skipping form


def scan(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text, pos, endpos)`` gives, each found by ``skipping(pattern)`` and read by
    one ``match`` where it opens: for a pattern the engine cannot skip ahead for, scanned over a long text, the
    positions no match opens at are passed over in C (``finditer`` above steps from opener to opener in Python).
    (A match's ``pos`` is its start.)"""
    known = _SKIPPERS.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_SKIPPERS) >= _KNOWN_MAX:
            _SKIPPERS.clear()
        known = _SKIPPERS[id(pattern)] = (pattern, skipping(pattern))
    end = len(text) if endpos is None else endpos
    if known[1] is None:
        yield from pattern.finditer(text, pos, end)
        return
    reach = -1
    for hit in known[1].finditer(text, pos, end):
        if hit.start() >= reach:  # finditer resumes where a match ends
            m = pattern.match(text, hit.start(), end)
            reach = m.end()
            yield m


def scan_search(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, by ``scan``."""
    return next(scan(pattern, text, pos, endpos), None)

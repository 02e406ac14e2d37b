"""A union of line-start marks whose costly members are tried only on a line holding a character they need.

The web marks anchored at a line's start (furniture.toml) are one alternation; most open with a word, which the
engine rejects at a line's first character. A few open with a class or a look-ahead (a breadcrumb ``X > Y > Z``, a
site's ``_`` bar, a site's name ending in 网) and walk the whole line before they fail: on the lines a head's
readers ask about they cost more than all the others. Each of those needs some character (one of ``>»›→``, ``_``,
网) that most lines lack; the character is read off the pattern itself, so a mark added to the table is gated by
its own needs. The answer is the alternation's, whatever the gates: a member is skipped only on a line it cannot
match.

The pattern is read with CPython's own regex parser, which is private (``sre_parse`` before 3.11) and may change in
any release: if it is gone, or gives an opcode this module does not know, the mark goes into the plain alternation
ungated. Only speed rests on the parser, never an answer.
"""

from __future__ import annotations

import re

try:
    import re._constants as C
    import re._parser as sre
except ImportError:  # (a Python whose private parser moved: every mark ungated)
    C = sre = None

# how a mark that walks the line opens (a class, a look-around, any character); only these are read for a gate
_MAY_WALK = ("^[", "^(?=", "^(?!", "^.", "^\\")
_MAX_CLASS_CHARS = 32  # a class wider than this (a script's range) needs no character worth looking for
# the opcodes that surely consume nothing this module could gate on (a look-around, an anchor, any character …):
# _needed skips them; any opcode neither read nor named here is a parser this module does not know
_GIVES_NOTHING = (
    "NOT_LITERAL",
    "ANY",
    "AT",
    "ASSERT",
    "ASSERT_NOT",
    "CATEGORY",
    "GROUPREF",
    "GROUPREF_EXISTS",
)


class _Unread(Exception):
    """The parser gave an opcode _needed does not know: what the mark needs is not read, the mark goes ungated."""


def _needed(items) -> list[frozenset[str]]:
    """Sets of characters of which every match of the parsed sequence ``items`` holds at least one each (none found:
    empty). Only what surely is consumed counts: look-arounds, optional repeats and case-folded parts give nothing."""
    found: list[frozenset[str]] = []
    for op, av in items:
        if op is C.LITERAL:
            found.append(frozenset(chr(av)))
        elif op is C.IN:
            chars = _class_chars(av)
            found.extend([chars] if chars else [])
        elif op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            found.extend([] if add_flags & re.IGNORECASE else _needed(sub))
        elif op is C.ATOMIC_GROUP:
            found.extend(_needed(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, sub = av
            found.extend(_needed(sub) if low >= 1 else [])
        elif op is C.BRANCH:
            found.extend(_branch_needs([_needed(alt) for alt in av[1]]))
        elif str(op) not in _GIVES_NOTHING:
            raise _Unread(op)
    return found


def _branch_needs(each: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """What a choice needs: a character every alternative needs (网 in 门户网站|政府网), else one of the characters
    each needs first."""
    if any(not needs for needs in each):
        return []
    singles = [{next(iter(s)) for s in needs if len(s) == 1} for needs in each]
    common = set.intersection(*singles)
    if common:
        return [frozenset(ch) for ch in sorted(common)]
    return [frozenset().union(*(min(needs, key=len) for needs in each))]


def _class_chars(av) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is C.LITERAL:
            chars.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < _MAX_CLASS_CHARS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None  # a negated class, a category, a wide range
    return frozenset(chars) or None


def _walks_line(items) -> bool:
    """After its ^, the pattern opens with a look-around or a run of a class (``[^。，]{1,16}``): it walks the line
    before it fails. One that opens with a word is rejected at a line's first character."""
    items = [(op, av) for op, av in items if op is not C.AT]
    if not items:
        return False
    op, av = items[0]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return True
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return av[1] > 1 and all(sub_op in (C.IN, C.ANY, C.NOT_LITERAL) for sub_op, _ in av[2])
    if op is C.SUBPATTERN:
        return _walks_line(av[3])
    return False


def _gate(mark: str) -> re.Pattern[str] | None:
    """The class of characters a line must hold for ``mark`` to match on it, when the mark walks the line before it
    fails; None for a mark left in the plain alternation. A surprise from the private parser (gone, a structure or an
    opcode not known here) gives None: the mark is tried on every line, as its alternation would."""
    if sre is None or not mark.startswith(_MAY_WALK):
        return (
            None  # (a mark that opens with a word or a group is not parsed: a cold start pays for each parse)
        )
    try:
        parsed = sre.parse(mark)
        needs = [] if parsed.state.flags & re.IGNORECASE else _needed(parsed)
        if not needs or not _walks_line(parsed):
            return None
    except (_Unread, AttributeError, TypeError, ValueError):
        return None
    needed = min(needs, key=len)  # (the fewest characters: the gate most lines fail)
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(needed)) + "]")


class StartMarks:
    """The marks anchored at a line's start (each opens with ^): ``starts(line)`` is True when one matches, as a
    search of their alternation would say. ``gates=False`` gates none of them (the plain alternation, the answer
    the gates must keep)."""

    def __init__(self, marks: list[str], *, gates: bool = True):
        cheap, gated = [], []
        for mark in marks:
            gate = _gate(mark) if gates else None
            if gate is None:
                cheap.append(mark)
            else:
                gated.append((gate, re.compile(mark)))
        self._cheap = re.compile("|".join(f"(?:{m})" for m in cheap)) if cheap else None
        self._gated = gated
        # every gate's characters in one class: a line holding none of them (most lines) is done in one search
        self._any_gate = re.compile("|".join(gate.pattern for gate, _ in gated)) if gated else None

    def starts(self, line: str) -> bool:
        if self._cheap is not None and self._cheap.search(line):
            return True
        if self._any_gate is None or not self._any_gate.search(line):
            return False
        return any(gate.search(line) and mark.search(line) for gate, mark in self._gated)

"""Scanning a text only near the characters every match must hold (元, %, 成, 年): the speed of the candidate search.

``anchor_hits`` finds every anchor of the lexicon's candidate kinds in one pass; ``anchored`` runs a pattern only
from where the numerals before an anchor begin.
"""

from __future__ import annotations

import re

from parsers.lexicon import Lexicon
from parsers.match_starts import finditer, opening_class
from parsers.patterns import CN_ANY, LINE_SPACES, MAX_NUMERAL_CHARS, RAW_LINE_SPACES

_NUMERAL_CHAR = re.compile(f"[0-9{CN_ANY}几数半对對]")  # 对折 counts as a numeral
_NUMBERISH = frozenset("0123456789.,，" + CN_ANY + "点點几数半" + LINE_SPACES)
# what may stand inside a candidate before its anchor: 3万元—5万元, 1万(含)-5万元, 10~15k元, 一千到两千万元,
# and 四百六十多亿元, 30余万元 (the [money] more_marks)
_AMOUNTISH = _NUMBERISH | frozenset("—–－-~～〜至到元圆块含()（）kK%多余餘")


def anchor_hits(lex: Lexicon, text: str) -> dict[str, list[re.Match]]:
    """The anchor matches of every candidate kind in ``text``, from one scan (see ``anchored``)."""
    hits: dict[str, list[re.Match]] = {kind: [] for kind in lex.anchors}
    kinds, anchors = lex.anchor_kinds, lex.anchors
    for m in lex.anchor_fen.finditer(text):
        hits[kinds[text[m.end() - 1]][0]].append(m)
    for m in lex.anchor_any.finditer(text):
        end = m.end()
        for kind in kinds[text[end - 1]]:
            if _SINGLE_CHARACTER_ANCHOR[kind]:
                hits[kind].append(m)
                continue
            # 三成, 1.5 倍, 17:…: the kind's own anchor ends here and starts at the numeral before
            start = m.start()
            while start > 0 and text[start - 1] in RAW_LINE_SPACES:
                start -= 1
            own = anchors[kind].match(text, max(0, start - 1), end) if start > 0 else None
            if own is not None and own.end() == end:
                hits[kind].append(own)
    return hits


# kinds whose anchor is one character (the scan's match is the anchor itself) or a fixed word (分之, 分点)
_SINGLE_CHARACTER_ANCHOR = {
    "money": True,
    "percent": True,
    "per_fraction": True,
    "percentage_points": True,
    "tenths": False,
    "discount": False,
    "colon_ratio": False,
    "slash": False,
    "multiple": False,
}


def anchored(
    pattern: re.Pattern,
    anchor: re.Pattern | list[re.Match],
    text: str,
    lead: int = 4,
    forward: int = 12,
    back: int | None = None,
    starts_only: bool = False,
):
    """``pattern.finditer(text)`` restricted to matches that contain an ``anchor`` match.

    Scanning a whole text with a pattern that opens with optional groups tries it at every
    position; scanning for a one-character anchor (元, %, 成) and matching only from where the
    numerals before it begin (plus ``lead`` characters for a prefix like 人民币) is many times
    faster and finds the same matches. With ``back``, the window opens that many characters
    before the anchor instead (for forms with words inside: 六 个 百 分 点).

    The walk back over numeral characters stops after MAX_NUMERAL_CHARS: a longer run is no
    amount (and the patterns' numerals cannot start inside a run), and an unbounded walk would
    cost time quadratic in the run's length (元元元…, 1000…0%%%…).

    ``starts_only``: try the pattern only at the start positions up to the anchor (``_first_containing``)
    instead of scanning the window, for a pattern the regex engine cannot skip ahead for (no literal
    or character-set prefix: a year phrase's alternatives open with look-behinds and optional words)
    and a window that reaches far past the anchor. The same matches either way.
    """
    seen_end = -1
    n = len(text)
    for a in anchor.finditer(text) if isinstance(anchor, re.Pattern) else anchor:
        if a.start() < seen_end:
            continue
        start = a.start()
        if back is None:
            floor = max(0, start - MAX_NUMERAL_CHARS)
            while start > floor and text[start - 1] in _AMOUNTISH:
                start -= 1
            if start == a.start():  # the anchor ends a longer unit (3.14人民币, 九千块钱): step over it
                start = max(0, start - 3)
                floor = max(0, start - MAX_NUMERAL_CHARS)
                while start > floor and text[start - 1] in _AMOUNTISH:
                    start -= 1
        else:
            start = max(0, start - back)
            floor = max(0, start - MAX_NUMERAL_CHARS)
            while start > floor and text[start - 1] in _NUMBERISH:
                start -= 1
        window = (max(0, start - lead), min(n, a.end() + forward))
        if not _NUMERAL_CHAR.search(text, *window):
            continue  # no numeral near this anchor (元元元…, 建成): nothing to match
        if starts_only:
            m = _first_containing(pattern, text, window, a.start(), seen_end)
            if m is not None:
                seen_end = m.end()
                yield m
            continue
        for m in finditer(pattern, text, *window):  # (the patterns open with optional words: see finditer)
            if m.start() <= a.start() < m.end() and m.end() > seen_end:
                seen_end = m.end()
                yield m
                break


def _first_containing(
    pattern: re.Pattern, text: str, window: tuple[int, int], at: int, seen_end: int
) -> re.Match | None:
    """The first match of ``pattern.finditer(text, *window)`` that holds position ``at`` and ends after
    ``seen_end``, found by trying the pattern only at the positions finditer would try up to ``at``.

    A match that holds ``at`` starts at or before it; finditer would go on trying every later position
    of the window in vain (most anchors have no match: a date is no goal year). Trying the positions up
    to ``at`` one by one finds the same match: finditer tries each position in turn, and resumes after
    a match where that match ends. A position whose character no match opens with (``opening_class``, read
    from the pattern) cannot start one, so one search for the class passes over such positions.
    """
    end = window[1]
    p = window[0]
    openers = opening_class(pattern)  # positions no match opens at are passed over by one search
    while p <= at:
        if openers is not None:
            opener = openers.search(text, p, at + 1)
            if opener is None:
                return None
            p = opener.start()
        m = pattern.match(text, p, end)
        if m is None:
            p += 1
            continue
        if m.end() == p:  # an empty match: finditer's own rules for what follows it
            return next(
                (
                    m
                    for m in pattern.finditer(text, p, end)
                    if m.start() <= at < m.end() and m.end() > seen_end
                ),
                None,
            )
        if m.end() > at and m.end() > seen_end:
            return m
        p = m.end()
    return None


_NIAN = re.compile("年")
_YU = re.compile("于")


def year_anchors(pattern: re.Pattern, norm: str) -> list[re.Match]:
    """``pattern.finditer(norm)`` for the year anchor of parsers.goal_scopes (a digit before 年 or 学年, or a year after
    对于/关于), found from the characters 年 and 于: a search for one literal character is
    several times faster than trying a digit pattern at every position (same matches, in text order)."""
    topic = []
    for m in _YU.finditer(norm):
        if m.start() > 0 and norm[m.start() - 1] in "对关":
            a = pattern.match(norm, m.end())
            if a is not None and a.end() - a.start() == 4:
                topic.append(a)
    hits = list(topic)
    taken = {i for a in topic for i in range(a.start(), a.end())}
    for m in _NIAN.finditer(norm):
        i = m.start() - 1
        if i >= 0 and norm[i] == "学":
            i -= 1  # 2026学年: a school year's 年 (the pattern says which years it reads)
        while i >= 0 and norm[i].isspace():
            i -= 1
        if i >= 0 and i not in taken and norm[i].isdigit():
            a = pattern.match(norm, i)
            if a is not None:
                hits.append(a)
    if topic:
        hits.sort(key=lambda a: a.start())
    return hits

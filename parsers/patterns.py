"""Regular-expression building blocks of the extraction rules: spaces, numerals, alternations.

parsers/lexicon.py compiles the lexicon's words with these; parsers/ratios.py and parsers/anchors.py use them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from parsers.match_starts import finditer
from parsers.numbers import CN_ALL_DIGIT_CHARS, CN_ALL_UNIT_CHARS, CN_SCALE_CHARS

# The spaces within a line (half-width, tab, the ideographic space): the one table every rule reads that skips, strips or
# matches them (a regex class [{LINE_SPACES}]).
LINE_SPACES = " \t\u3000"
LINE_BLANKS = LINE_SPACES + "\n"  # the line spaces and the line end
# on raw text, with the no-break space (the normalized text has made it a plain one: parsers.context)
RAW_LINE_SPACES = LINE_SPACES + "\u00a0"
# The punctuation that ends a stretch of text, by what it ends: the one table of each (a rule's set of marks is a sum
# of these, named in its module for what it bounds; the normalized text keeps both widths, so each has both).
FULL_STOPS = "。！？!?"  # a sentence
SEMICOLONS = "；;"  # a clause within a sentence
COMMAS = "，,"  # a part within a clause
CLAUSE_ENDS = FULL_STOPS + SEMICOLONS
# Quotation marks, the one pair of tables: OPENING_QUOTES[i] is closed by CLOSING_QUOTES[i]. The ASCII " opens and closes
# alike, so it stands in neither: a rule that must tell an opening mark by its glyph (goal_year_phrases: a mark just
# before a year phrase opens a quotation around it) leaves it out; a rule that pairs a mark with its closing one ahead
# (goal_years_after: a quoted phrase from the mark to its close) adds it on both sides, as ASCII_QUOTE.
OPENING_QUOTES = "“「『"
CLOSING_QUOTES = "”」』"
ASCII_QUOTE = '"'
# Stray spaces from PDF extraction (最高 1000 万元): a few, never a run. Bounded, because two of them
# around an optional word (数 万 元) backtrack over a long run of spaces in quadratic time.
SPACE = rf"[{RAW_LINE_SPACES}]{{0,3}}"
# Other Unicode spaces (the EM SPACE U+2003 that web pages indent paragraphs with, NO-BREAK, thin …)
# read as a plain space, one for one, so every rule that skips spaces skips them too. So do the
# separators that are whitespace but no line end to the rules (a PDF's page break \f between pages,
# \v, the information separators, NEL, U+2028/9): a goal part that begins after one begins at its text.
ODD_SPACES = (
    "\u00a0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u202f\u205f"
    + "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
)
# Full-width figures the normalized text reads as ASCII, one for one (３００万 -> 300万): the lexicon's normalize table and
# the unit symbols written with them (ｍ２, quantity_patterns) read this one table.
WIDE_FIGURES = {ord(a): b for a, b in zip("０１２３４５６７８９．％", "0123456789.%", strict=True)}
# Numbers are matched on the normalized text (context.TextIndex: full-width digits and traditional
# characters mapped one for one, so offsets hold).
# Thousands grouped by a space, as print and PDF set large figures (7 000万元, 11 248亿元; a thin or no-break space is
# a plain one in the normalized text): read as one number only before an amount's scale or 元, where a lone
# group of three (000万元) is never an amount of its own.
SPACE_GROUPED = rf"\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?(?=[{LINE_SPACES}]{{0,3}}[万萬亿億元])"
ARABIC = rf"(?:{SPACE_GROUPED}|\d+(?:[,，]\d{{3}}(?!\d))*(?:\.\d+)?)"
# Never start a number at the second group of a space-grouped figure (the 000 of 7 000): after a run of one to
# three digits and one space, three digits before the scale or 元 continue that figure (3 100% is no such figure);
# the digit is tested first, so the look-behinds run only where a number can start.
NOT_A_LATER_GROUP = rf"(?!(?=\d)(?:(?<=(?<!\d)\d )|(?<=(?<!\d)\d\d )|(?<=(?<!\d)\d\d\d ))\d{{3}}(?:\.\d+)?(?=[{LINE_SPACES}]{{0,3}}[万萬亿億元]))"
CN_DIGIT = CN_ALL_DIGIT_CHARS
CN_ANY = CN_ALL_DIGIT_CHARS + CN_ALL_UNIT_CHARS + CN_SCALE_CHARS
# 几十万 / 数十亿 / 十几 are approximate numerals (amounts.approximate_bounds reads them as ranges)
CHINESE = f"(?:[几数](?=[十百千])|[{CN_DIGIT}十拾])(?:[{CN_ANY}]|(?<=十)几)*(?:[点點][{CN_DIGIT}]+)?"
# A numeral starts where a run of numeral characters starts, never inside one: without these
# look-behinds a long digit run before a unit the rules do not know (1000…0美元) is retried from
# every digit, which costs time quadratic in its length.
# 3万8000亿元, 1万2000元: 万 between two digit runs before 亿 or 元 is part of one numeral (38000亿, 12000).
MIXED_WAN = rf"\d{{1,4}}万\d{{1,4}}(?=[{LINE_SPACES}]{{0,3}}[亿元])"
NUMBER = f"(?:(?<!\\d)(?<!\\d[.,，]){NOT_A_LATER_GROUP}(?:{MIXED_WAN}|{ARABIC})|(?<![{CN_ANY}]){CHINESE})"
# How far before its anchor (元, %, 成 …) a candidate may start: longer numerals are not amounts.
MAX_NUMERAL_CHARS = 40
# A year a text names (2026年, 2026 年), its digits in group 1: the goal rules read which years a stretch names.
# ((?<!\d) after the first digit, not before it: the engine skips to each 1 or 2, not tries every position)
YEAR_NAMED = re.compile(r"((?:1(?<!\d.)9|2(?<!\d.)0)\d{2})\s*年")


def last_chars(words) -> str:
    """A character class of the last characters of words (人民币 -> 币): every match contains one."""
    return "".join(sorted({re.escape(w[-1]) for w in words}))


def alternation(words) -> str:
    """A regex alternation that tries longer words first (及以上 before 以上)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def in_order(words) -> str:
    """A regex alternation in the table's own order: a rule that lists its words in data keeps the pattern it was
    written with (where one word begins another, the one listed first is tried first)."""
    return "|".join(re.escape(w) for w in words)


def guarded_markers(words, not_before: dict[str, str]) -> str:
    """An alternation of marker words (longer first), a word of ``not_before`` matched only when its character does not
    follow (同比 not in 同比例): a look-ahead on that branch alone."""
    return "|".join(
        re.escape(w) + (f"(?!{re.escape(not_before[w])})" if w in not_before else "")
        for w in sorted(set(words), key=lambda w: (-len(w), w))
    )


def spaced_alternation(words) -> str:
    """An alternation of labels, longer first, each with any line spaces between its characters (a table's 标    题,
    a cell's 发 布 机 构)."""
    return "|".join(
        rf"[{LINE_SPACES}]*".join(map(re.escape, w)) for w in sorted(set(words), key=lambda w: (-len(w), w))
    )


def spaced(word: str) -> str:
    """A word whose characters PDF extraction may have split with spaces (以 上)."""
    return SPACE.join(re.escape(ch) for ch in word)


def before_spaces(text: str, start: int, end: int) -> int:
    """Where the words before ``end`` end, past the stray spaces PDF extraction leaves before a figure (达到 35 万: the
    verb ends before the space); never before ``start``."""
    while end > start and text[end - 1] in RAW_LINE_SPACES:
        end -= 1
    return end


# How far back last_mark_before first looks with a regex: past most sentences, short enough that the regex's
# step back over every character costs less than the rfinds it saves (a mark this far back is rare).
_NEAR_MARK_REACH = 256


@cache
def _last_mark_pattern(marks: str) -> re.Pattern:
    # .* takes the whole window at once, then steps back to the last mark: a backward search
    return re.compile(f"(?s:.*)[{re.escape(marks)}]")


def last_mark_before(text: str, marks: str, end: int, start: int = 0) -> int:
    """Where the last of ``marks`` (single characters) stands in text[start:end], or -1 (positions 0 or more): the
    clause or sentence punctuation a stretch before a position begins after. A regex over the last
    _NEAR_MARK_REACH characters finds a near mark in one step; past them one ``rfind`` a mark (the regex steps back
    a character at a time, rfind runs over long stretches faster). Measured in round 28 (fix32)."""
    if not marks:
        return -1
    near = max(start, end - _NEAR_MARK_REACH)
    found = _last_mark_pattern(marks).match(text, near, end)
    if found is not None:
        return found.end() - 1
    if near <= start:
        return -1
    return max([text.rfind(mark, start, near) for mark in marks])


def after_last_mark(text: str, marks: str, end: int, start: int = 0) -> int:
    """Where the stretch before ``end`` begins: right after the last of ``marks`` in text[start:end], else at
    ``start``."""
    return max(start, last_mark_before(text, marks, end, start) + 1)


def last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last non-overlapping match of pattern in text[start:end] (the nearest before a position), the pattern tried
    only where a match can open (parsers.match_starts.finditer: the same matches)."""
    found = None
    for found in finditer(pattern, text, start, end):  # noqa: B007
        pass
    return found


class YearKinds:
    """The year patterns of goal statements, kind by kind, as one alternation: pattern i's year is group year{i}, and
    ``groups(kind, …)`` names the groups of those kinds (a match's kind is the group that took part in it). The kinds
    are tried in the order given (an alternation takes the first that matches at a position)."""

    def __init__(self, kinds: tuple[tuple[str, list[str]], ...]):
        self.patterns = [p for _, patterns in kinds for p in patterns]
        self._kind_of = [kind for kind, patterns in kinds for _ in patterns]

    def compiled(self) -> re.Pattern:
        """The alternation of every pattern, its year named year{i}."""
        return re.compile(
            "|".join(f"(?:{p.replace('(?P<year>', f'(?P<year{i}>')})" for i, p in enumerate(self.patterns))
        )

    def groups(self, *kinds: str) -> tuple[str, ...]:
        return tuple(f"year{i}" for i, kind in enumerate(self._kind_of) if kind in kinds)


def line_start(text: str, pos: int) -> int:
    """Where the line ``pos`` stands on begins."""
    return text.rfind("\n", 0, pos) + 1


def lines_above(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line above the one ``pos`` stands on, nearest first, blank ones too (the reader skips
    them and counts them as it will: a heading or a lead looked for a few lines back); none once the text's first
    line is passed."""
    end = line_start(text, pos) - 1
    while end > 0:
        start = line_start(text, end)
        yield start, end
        end = start - 1

"""Amounts of yuan written without 元, read from the words around them.

Two wordings leave 元 out of an amount the reader still knows is money:
* a member of a list of amounts whose neighbour carries 元 (分别给予10万元、12万、15万元): the bare member borrows it;
* an amount scaled by 万 or 亿 right after a noun that is money (根据上年度营业收入分为1000万以下、1000万(含)-2000万
  (不含)、2000万以上三档; 年销售收入5000万以上的企业): the noun names the unit (lexicon [money] bare_amount_nouns).
A count (1000万人, 500万吨), a number with any unit after its scale, or one with no such neighbour or noun stays
silent. Called from parsers.candidates.Candidates.money, before ranges are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parsers.bounds import Found, found_under
from parsers.lexicon import Lexicon
from parsers.patterns import LINE_SPACES, alternation

# a number and its scale with no unit after it: the scale is followed by a bound, a bracket, a dash or a separator
# (found from the scale characters, which are few: a scan for numbers would try every digit of a text)
# one pattern a scale: a pattern that opens with one literal is scanned fast, one that opens with a class is not
_SCALES_AT = tuple(
    re.compile(rf"{scale}(?<=[\d{LINE_SPACES}]{scale})(?=[以及（(\-—－~至到、，,；;。）)\s和或]|\Z)")
    for scale in "万亿"
)
_NUMBER_BEFORE = re.compile(rf"(?<![\d.,，A-Za-z])(?P<n>\d+(?:\.\d+)?)[{LINE_SPACES}]*\Z")
_AFTER_SCALE = re.compile(
    r"以下|以上|以内|及以上|及以下|[（(]含|[（(]不含|[-—－~至到]|[、，,；;。）)\s]|和|或|\Z"
)
_LIST_JOINS = ("、", "和", "及")
_SENTENCE_MARK = re.compile(r"[，,；;。！？!?\n]")


def _build(lex: Lexicon) -> re.Pattern:
    nouns = lex.section("money")["bare_amount_nouns"]
    # the noun, then up to 12 characters with no sentence mark and no digit, before the first amount
    return re.compile(rf"(?:{alternation(nouns)})[^，,；;。！？!?\n\d]{{0,12}}\Z")


def bare_amounts(norm: str, lex: Lexicon, found: list[Found], qualify, in_trap) -> list[Found]:
    """The bare amounts of yuan in ``norm`` not already among ``found`` (money with 元, in text order)."""
    if "万" not in norm and "亿" not in norm:
        return []
    noun_before = lex.derived(_build)
    starts = [f.start for f in found]
    ends = {f.core_end for f in found}
    core_starts = {f.core_start for f in found}
    out: list[Found] = []
    tier_until = -1  # a list opened by a money noun: its later bare members are money too
    scales = sorted((m for pattern in _SCALES_AT for m in pattern.finditer(norm)), key=lambda m: m.start())
    for at in scales:
        p = at.start()  # after a digit or a space, before no unit (万元, 万人: most scales in a text)
        number = _NUMBER_BEFORE.search(norm, max(0, p - 24), p)
        if number is None or not _AFTER_SCALE.match(norm, p + 1):
            continue
        start, end = number.start("n"), p + 1
        i = bisect_left(starts, start)
        if i < len(found) and found[i].start <= start < found[i].end:
            continue
        if i > 0 and found[i - 1].start <= start < found[i - 1].end:
            continue
        if in_trap(start, end):
            continue
        before = norm[max(0, start - 2) : start]
        after = norm[end : end + 2]
        listed = any(before.endswith(j) and start - len(j) in ends for j in _LIST_JOINS) or any(
            after.startswith(j) and end + len(j) in core_starts for j in _LIST_JOINS
        )
        named = start <= tier_until or noun_before.search(norm, max(0, start - 40), start)
        if not listed and not named:
            continue
        if named:
            stop = _SENTENCE_MARK.search(norm, end)
            tier_until = stop.start() if stop else len(norm)
        value = float(number.group("n")) * lex.scales[at.group()]
        out.append(found_under(qualify(start, end), start, end, value))
    return out

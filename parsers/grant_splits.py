"""Shares that split a grant among payers or instalments: no rate paid (roles.py asks).

给予全额贴息（省级40%、县级60%）, 奖励资金按30%、70%分两年拨付, 分别给予奖补总额40%、60%: the listed shares add up
to the whole grant (or to the rate the bracket follows: 60%贴息（省级30%、市本级30%）), so each says who pays or when,
not at what rate one is paid. Only when the grant itself is split: inside a bracket right after the grant, or with an
instalment word in the part (分两年), or right after the grant's total (奖补总额). 对一类、二类企业分别按60%、40%给予补贴
adds up to a whole by chance and stays two rates. The words are grant_split_before_pattern, instalment_pattern and
whole_grant_words in [roles] of parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
# 、 and a payer's label (、市本级) between two shares
_JOINERS = "、和与及"
_LABEL_CHARS = 4
_RATE_REACH = 8  # characters before a bracket where the rate it splits stands (60%贴息（…）)


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    before = re.compile(roles["grant_split_before_pattern"])
    instalment = re.compile(roles["instalment_pattern"])
    whole = re.compile(f"(?:{'|'.join(map(re.escape, roles['whole_grant_words']))})[\u4e00-\u9fff]{{0,4}}\\Z")
    return before, instalment, whole


def _joined(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] ends with a join of two shares (、, or 和/与/及, then at most a short label: 、市本级): read
    from the end, so a long gap costs one pass (a pattern searched from each of its positions cost its square)."""
    gap = norm[start:end].rstrip()
    for k in range(_LABEL_CHARS + 1):
        if k and not ("\u4e00" <= gap[len(gap) - k : len(gap) - k + 1] <= "\u9fff"):
            return False  # the label holds no other character
        rest = gap[: len(gap) - k].rstrip()
        if rest and rest[-1] in _JOINERS:
            return True
        if k == len(gap):
            return False
    return False


@lru_cache(
    maxsize=2
)  # the spans of the document at hand (a pure function of the text: no state kept across texts but the memo)
def _runs(
    norm: str, lo: int, hi: int
) -> tuple[tuple[int, ...], tuple[tuple[tuple[int, int, float], ...], ...]]:
    """(starts, runs): every run of shares listed together in norm[lo:hi], each share (start, end, value), found once
    for all the shares of a span (a long list asked share by share was read once per share)."""
    runs: list[tuple[tuple[int, int, float], ...]] = []
    run: list[tuple[int, int, float]] = []
    for m in _PERCENT.finditer(norm, lo, hi):
        if run and not _joined(norm, run[-1][1], m.start()):
            runs.append(tuple(run))
            run = []
        run.append((m.start(), m.end(), float(m.group(1))))
    if run:
        runs.append(tuple(run))
    return tuple(r[0][0] for r in runs), tuple(runs)


def _run(norm: str, lo: int, hi: int, pos: int) -> tuple[tuple[int, int, float], ...]:
    """The shares listed together (joined by 、/和, each after a short label) around the one at ``pos``."""
    starts, runs = _runs(norm, lo, hi)
    i = bisect_right(starts, pos) - 1
    if i >= 0 and runs[i][0][0] <= pos < runs[i][-1][1]:
        return runs[i]
    return ()


def _total(run: tuple[tuple[int, int, float], ...]) -> float:
    return sum(value for _, _, value in run)


def splits_a_grant(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    before, instalment, whole = lex.derived(_build)
    norm = ix.norm
    sentence = ix.sentence(f.start)
    opened = max(norm.rfind("（", sentence[0], f.start), norm.rfind("(", sentence[0], f.start))
    closed = max(norm.rfind("）", sentence[0], f.start), norm.rfind(")", sentence[0], f.start))
    # inside a bracket: its shares add up to the rate (or the whole grant) right before it
    if opened > closed:
        end = min(i for i in (norm.find("）", f.start), norm.find(")", f.start), sentence[1]) if i >= 0)
        run = _run(norm, opened + 1, end, f.core_start)
        rate = _PERCENT.search(norm, max(sentence[0], opened - _RATE_REACH), opened)
        if len(run) >= 2 and rate is not None:
            return abs(_total(run) - float(rate.group(1))) < 1e-6
        if len(run) >= 2 and abs(_total(run) - 100) < 1e-6 and whole.search(norm, sentence[0], opened):
            return True
        # (a bracket that is no payers' list, （补助分三期到账，首期占25%）, reads as a part of its own)
    run = _run(norm, part[0], part[1], f.core_start)
    if len(run) < 2 or abs(_total(run) - 100) >= 1e-6:
        return False
    return (
        before.search(norm, max(part[0], run[0][0] - _RATE_REACH), run[0][0]) is not None
        or instalment.search(norm, part[0], part[1]) is not None
    )

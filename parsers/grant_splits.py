"""Shares that split a grant among payers or instalments: no rate paid (roles.py asks).

给予全额贴息（省级40%、县级60%）, 奖励资金按30%、70%分两年拨付, 分别给予奖补总额40%、60%: the listed shares add up
to the whole grant (or to the rate the bracket follows: 60%贴息（省级30%、市本级30%）), so each says who pays or when,
not at what rate one is paid. Only when the grant itself is split: inside a bracket right after the grant, or with an
instalment word in the part or earlier in the sentence (分两年; 分三年发放，每年发放比例分别为20%、30%、50%: round 31's D3),
or right after the grant's total (奖补总额, 应奖励额的). 对一类、二类企业分别按60%、40%给予补贴 adds up to a whole by chance
and stays two rates. The words are grant_split_before_pattern, instalment_pattern and
whole_grant_words in [roles] of parsers/data/lexicon.toml. The shares are the text's percent candidates, as
parsers/ratios.py found them (40%, 40％, 百分之四十 alike): one reading of a percent, not a second pattern here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parsers.patterns import last_mark_before

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

# 、 and a payer's label (、市本级) between two shares
_JOINERS = "、和与及"
_LABEL_CHARS = 4
_STAGE_REACH = 12  # characters before a share searched for a stage and a payment verb (评定当年兑现60%)
_RATE_REACH = 8  # characters before a bracket where the rate it splits stands (60%贴息（…）)
_SAME = 1e-6  # shares (as fractions) that add up to a whole or to a rate
_WHOLE = (1.0, 1.0)
_OPENING_BRACKETS = "（("
_CLOSING_BRACKETS = "）)"

# start, end, then the value's low and high as fractions (the same for one value; a range's ends: 20%—50%)
Share = tuple[int, int, float | None, float | None]
Bounds = tuple[float, float]  # a sum or a rate: its low and high


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    before = re.compile(roles["grant_split_before_pattern"])
    instalment = re.compile(roles["instalment_pattern"])
    whole = re.compile(f"(?:{'|'.join(map(re.escape, roles['whole_grant_words']))})[\u4e00-\u9fff]{{0,4}}\\Z")
    stage = re.compile(roles["instalment_stage_pattern"])
    return before, instalment, whole, stage


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


def _share(f: Found) -> Share:
    low = f.low if f.low is not None else f.high
    high = f.high if f.high is not None else f.low
    return f.start, f.end, low, high


def _total(run: Sequence[Share]) -> Bounds | None:
    """The run's sum, lows and highs apart (30%、20%—50% add up to 50%—80%); None if a share has no value."""
    if any(low is None or high is None for _, _, low, high in run):
        return None
    return sum(share[2] for share in run), sum(share[3] for share in run)


def _same(a: Bounds, b: Bounds) -> bool:
    return abs(a[0] - b[0]) < _SAME and abs(a[1] - b[1]) < _SAME


class GrantSplits:
    """Whether a share splits a grant, for the ratio candidates of one text (mixed into nothing: Roles holds one)."""

    def __init__(self, lex: Lexicon, ix: TextIndex, ratios: Sequence[Found]):
        self.lex = lex
        self.ix = ix
        self.shares = sorted(_share(f) for f in ratios if f.form == "percent")
        self.starts = [share[0] for share in self.shares]
        self._runs: dict[tuple[int, int], tuple[list[int], list[tuple[Share, ...]]]] = {}
        self._totals: dict[tuple[int, int], Bounds | None] = {}

    def _runs_in(self, lo: int, hi: int) -> tuple[list[int], list[tuple[Share, ...]]]:
        """(starts, runs): every run of shares listed together in norm[lo:hi], found once for all the shares of a
        span (a long list asked share by share was read once per share)."""
        if (lo, hi) not in self._runs:
            norm = self.ix.norm
            runs: list[tuple[Share, ...]] = []
            run: list[Share] = []
            for i in range(bisect_left(self.starts, lo), len(self.shares)):  # (no slice: a copy per span)
                share = self.shares[i]
                if share[1] > hi:
                    break
                if run and not _joined(norm, run[-1][1], share[0]):
                    runs.append(tuple(run))
                    run = []
                run.append(share)
            if run:
                runs.append(tuple(run))
            self._runs[(lo, hi)] = ([r[0][0] for r in runs], runs)
        return self._runs[(lo, hi)]

    def _run(self, lo: int, hi: int, pos: int) -> tuple[Share, ...]:
        """The shares listed together (joined by 、/和, each after a short label) around the one at ``pos``."""
        starts, runs = self._runs_in(lo, hi)
        i = bisect_right(starts, pos) - 1
        if i >= 0 and runs[i][0][0] <= pos < runs[i][-1][1]:
            return runs[i]
        return ()

    def _total(self, run: tuple[Share, ...]) -> Bounds | None:
        """_total of a run, summed once per run (each share of a long list asked for the same sum: its square)."""
        if not run:
            return _total(run)
        key = (run[0][0], run[-1][1])
        if key not in self._totals:
            self._totals[key] = _total(run)
        return self._totals[key]

    def _rate_before(self, lo: int, hi: int) -> Bounds | None:
        """The first share wholly inside norm[lo:hi] (the rate a bracket right after it splits), low and high."""
        i = bisect_left(self.starts, lo)
        if i < len(self.shares) and self.shares[i][1] <= hi:
            _, _, low, high = self.shares[i]
            return None if low is None or high is None else (low, high)
        return None

    def splits_a_grant(self, f: Found, part: tuple[int, int]) -> bool:
        before, instalment, whole, stage = self.lex.derived(_build)
        norm = self.ix.norm
        if f.kind == "exact" and stage.search(norm, max(part[0], f.start - _STAGE_REACH), f.start):
            return True  # 开工后支付20%，封顶后支付50%: the share paid at a stage, an instalment
        sentence = self.ix.sentence(f.start)
        opened = last_mark_before(norm, _OPENING_BRACKETS, f.start, sentence[0])
        closed = last_mark_before(norm, _CLOSING_BRACKETS, f.start, sentence[0])
        # inside a bracket: its shares add up to the rate (or the whole grant) right before it
        if opened > closed:
            end = min(i for i in (norm.find("）", f.start), norm.find(")", f.start), sentence[1]) if i >= 0)
            run = self._run(opened + 1, end, f.start)
            total = self._total(run)
            rate = self._rate_before(max(sentence[0], opened - _RATE_REACH), opened)
            if len(run) >= 2 and total is not None and rate is not None:
                return _same(total, rate)
            if (
                len(run) >= 2
                and total is not None
                and _same(total, _WHOLE)
                and whole.search(norm, sentence[0], opened)
            ):
                return True
            # (a bracket that is no payers' list, （补助分三期到账，首期占25%）, reads as a part of its own)
        run = self._run(part[0], part[1], f.start)
        total = self._total(run)
        if len(run) < 2 or total is None or not _same(total, _WHOLE):
            return False
        return (
            before.search(norm, max(part[0], run[0][0] - _RATE_REACH), run[0][0]) is not None
            # (an instalment in its part or earlier in the sentence: 分三年发放，每年发放比例分别为20%、30%、50%)
            or instalment.search(norm, sentence[0], part[1]) is not None
        )

"""Inputs the fuzz harness found that still break an invariant, each with its owner.

Each ``Finding`` is the smallest reproducer found (or written down by hand from one), the
module that owns the fix, and the signature its failure has (``invariants.signature``).
tests/test_fuzz.py runs every one as an xfail(strict=True) case: it fails until the fix
lands, then the strict xfail fails and the entry must be deleted here. Until then the
short random run counts a failure with an open finding's signature as that finding (it
is tracked by its own case), so `make test` stays green and still catches anything new.
The write-up, with the history of each finding: /work/notes/fuzz-findings.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    key: str
    owner: str  # the module (and helper) that owns the fix
    summary: str
    data: bytes
    name: str | None
    signature: tuple[str, str, str]  # (outcome, what, where) as invariants.signature gives it


NINES = "9" * 310  # past a float's range: 1e310 is inf

OPEN: tuple[Finding, ...] = (
    Finding(
        key="F1-money-not-finite",
        owner="parsers/amounts.py (extract)",
        summary="a digit run past a float's range before 万元 gives low = high = inf",
        data=f"给予{NINES}万元奖励。".encode(),
        name="draft.txt",
        signature=("violation", "finite values", "money"),
    ),
    Finding(
        key="F1-ratio-not-finite",
        owner="parsers/amounts.py (extract)",
        summary="a digit run past a float's range before % gives value = inf",
        data=f"比例为{NINES}%。".encode(),
        name="draft.txt",
        signature=("violation", "finite values", "ratios"),
    ),
    Finding(
        key="F2-target-overflow",
        owner="parsers/targets.py (extract)",
        summary="力争 before a digit run past a float's range: int(inf) raises OverflowError",
        data=f"力争{NINES}个。".encode(),
        name="draft.txt",
        signature=("crash", "OverflowError", "parsers/targets.py:_quantified"),
    ),
    Finding(
        key="F3-money-range-inverted",
        owner="parsers/amounts.py (extract)",
        summary="50万元以上20万元以下 becomes one range with low 500000 > high 200000",
        data="给予50万元以上20万元以下奖励。".encode(),
        name="draft.txt",
        signature=("violation", "low <= high", "money"),
    ),
    Finding(
        key="F3-ratio-range-inverted",
        owner="parsers/amounts.py (extract)",
        summary="30%以上10%以下 becomes one range with value 0.3 > high 0.1",
        data="比例为30%以上10%以下。".encode(),
        name="draft.txt",
        signature=("violation", "low <= high", "ratios"),
    ),
    Finding(
        key="F4-many-amounts-in-one-sentence",
        owner="parsers/amounts.py (extract)",
        summary="6,000 amounts in one sentence (commas only): each searches the whole sentence, quadratic",
        data=("给予最高100万元奖励，" * 6000).encode(),
        name="draft.txt",
        signature=("hang", "", "*"),
    ),
    Finding(
        key="F5-digit-run-unknown-currency",
        owner="parsers/lexicon.py anchors (extract)",
        summary="1 and 5,000 zeros before 美元: the anchor regex retries from every digit, quadratic",
        data=("1" + "0" * 5000 + "美元").encode(),
        name="draft.txt",
        signature=("hang", "", "*"),
    ),
    Finding(
        key="F6-target-after-closing-quote",
        owner="parsers/targets.py (extract)",
        summary="a goal part after 。” starts at the closing quote, belongs to the clause before it and runs past its end",
        data="到2025年，建设2个平台。”全市达到5个。".encode(),
        name="draft.txt",
        signature=("violation", "mention node", "targets"),
    ),
)


def known(found: tuple[str, str, str]) -> Finding | None:
    """The open finding a failure's signature belongs to ("*" matches any place), if any."""
    for finding in OPEN:
        outcome, what, at = finding.signature
        if (outcome, what) == found[:2] and at in ("*", found[2]):
            return finding
    return None

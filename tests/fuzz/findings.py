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


OPEN: tuple[Finding, ...] = (
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

"""Inputs the fuzz harness found that still break an invariant, each with its owner.

Each ``Finding`` is the smallest reproducer found (or written down by hand from one), the
module that owns the fix, and the signature its failure has (``invariants.signature``).
tests/test_fuzz.py runs every one as an xfail(strict=True) case: it fails until the fix
lands, then the strict xfail fails and the entry must be deleted here. Until then the
short random run counts a failure with an open finding's signature as that finding (it
is tracked by its own case), so `make test` stays green and still catches anything new.
The write-up, with the history of each finding: tests/fuzz/FINDINGS.md.
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
    signature: tuple[str, str, str] | None = None  # (outcome, what, where) as invariants.signature gives it


OPEN: tuple[Finding, ...] = ()

# Found by the harness and fixed since: each runs in tests/test_fuzz.py as a plain regression case.
FIXED: tuple[Finding, ...] = tuple(
    Finding(key, owner, summary, text.encode(), "draft.txt")
    for key, owner, summary, text in (
        (
            "F1-money-not-finite",
            "parsers/candidates.py",
            "money low = high = inf",
            "给予" + "9" * 310 + "万元奖励。",
        ),
        ("F1-ratio-not-finite", "parsers/ratios.py", "ratio value = inf", "比例为" + "9" * 310 + "%。"),
        ("F2-target-overflow", "parsers/targets.py", "OverflowError: int(inf)", "力争" + "9" * 310 + "个。"),
        (
            "F3-money-range-inverted",
            "parsers/bounds.py",
            "low 500000 > high 200000",
            "给予50万元以上20万元以下奖励。",
        ),
        ("F3-ratio-range-inverted", "parsers/bounds.py", "value 0.3 > high 0.1", "比例为30%以上10%以下。"),
        (
            "F4-many-amounts-in-one-sentence",
            "parsers/amounts.py",
            "quadratic",
            "给予最高100万元奖励，" * 6000,
        ),
        (
            "F5-digit-run-unknown-currency",
            "parsers/lexicon.py",
            "quadratic anchor retries",
            "1" + "0" * 5000 + "美元",
        ),
        (
            "F6-target-after-closing-quote",
            "parsers/targets.py",
            "a goal part starts at 。”",
            "到2025年，建设2个平台。”全市达到5个。",
        ),
        (
            "F7-goal-part-after-page-break",
            "parsers/lexicon.py",
            "a goal part starts at a page break (\\f), in the clause before it",
            "到2027年，力争1%。科科；\f科科科科",
        ),
        (
            "F8-goal-part-across-a-clause-end",
            "parsers/targets.py",
            "a goal part ran past its clause's end where the structure ended a sentence at ? and the index did not",
            "第一<;茟:?」）]（〔〕[「分别88087美元以上」）]（到二〇二五年全市力争达到30450%〔〕。",
        ),
        (
            "F9-spaces-between-number-and-unit",
            "parsers/lexicon.py",
            "quadratic: two unbounded space runs around an optional word after a number",
            "到2027年，花卉产业综合产值达到500" + "\u2028" * 3000 + "亿元。",
        ),
        (
            "F10-amount-across-a-run-together-break",
            "parsers/structure/lines.py",
            "a page run together on one line was split at the spaces of its figures (投资 5000 万元至 2 亿元, 0万 元)",
            "县扶持办法 一、总则 第一条为了支持企业发展，促进县域经济高质量发展，结合本县实际，制定本办法。 二、扶持政策 "
            "第二条企业投资在 2000 万元以上 3000 万元以下的，补贴 42%。 第三条固定资产投资 5000 万元至 2 亿元的企业，"
            "给予奖励 0万 元。 三、附则 第四条本办法自发布之日起施行，由县发展和改革局负责解释。",
        ),
        (
            "F11-ratio-across-a-run-together-break",
            "parsers/structure/lines.py",
            "a run-together page was split at the space inside a ratio (按 7： 3 的比例)",
            "县扶持办法 一、总则 第一条为了支持企业发展，促进县域经济高质量发展，结合本县实际，制定本办法。 二、扶持政策 "
            "第二条市县两级按 7： 3 的比例分担补助资金，投资在 2000 万元以上的，补贴 42%。 第三条固定资产投资 5000 万元至 2 "
            "亿元的企业，给予奖励。 三、附则 第四条本办法自发布之日起施行，由县发展和改革局负责解释。",
        ),
        (
            "F12-long-respective-list",
            "parsers/goal_bounds.py",
            "quadratic: every value of a 分别 list walked to the list's end (8,000 values: over a minute)",
            "到2025年，全市分别达到" + "、".join(f"{i % 90 + 1}个" for i in range(8000)) + "以上。",
        ),
        (
            "F13-sentence-of-many-shares",
            "parsers/goal_roles.py",
            "quadratic: every share of a sentence scanned the sentence, and the words before it, again (8,000: minutes)",
            "全市" + "，".join(f"{i % 90 + 1}%以上" for i in range(8000)) + "。",
        ),
    )
)


def known(found: tuple[str, str, str]) -> Finding | None:
    """The open finding a failure's signature belongs to ("*" matches any place), if any."""
    for finding in OPEN:
        outcome, what, at = finding.signature
        if (outcome, what) == found[:2] and at in ("*", found[2]):
            return finding
    return None

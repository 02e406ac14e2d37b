"""How extraction time grows with the length of hostile inputs: every pattern should cost linear time.

    .venv/bin/python bench/bench_extraction_scaling.py              # every pattern, sizes n .. 16n
    .venv/bin/python bench/bench_extraction_scaling.py --quick      # smaller sizes (CI budget)
    .venv/bin/python bench/bench_extraction_scaling.py --only digits_unknown_currency

Each pattern is a generator ``size -> text`` (a long 分别 enumeration, a 、 list of amounts, many
ratios, targets or ranges in one sentence, a digit run before a currency the rules do not know,
one line of a million characters …). For each size the whole extraction runs once
(TextIndex + extract_amounts + extract_targets, one clause per line) and the table shows the
seconds and the growth from the smallest size: for a linear path the time grows like the size
(16x for 16n, give or take the noise of a shared machine and jieba's phrase cache); a quadratic
path grows like its square (256x). A size is skipped once a smaller one took longer than
``--budget`` seconds, so a quadratic path shows up without the run taking an hour. Nothing here
asserts a time (the suite's structural tests in tests/test_extraction_scaling.py do the checking).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from parsers.amounts import extract_amounts  # noqa: E402
from parsers.context import TextIndex  # noqa: E402
from parsers.nlp import sentence_clauses  # noqa: E402
from parsers.targets import extract_targets  # noqa: E402

# name -> (what it is, text of a given size in "units")
PATTERNS: dict[str, tuple[str, Callable[[int], str]]] = {
    "fenbie_enumeration": (
        "对 n 个等级分别给予 n 个金额 (、)",
        lambda n: (
            "对"
            + "、".join(f"第{k}类企业" for k in range(n))
            + "分别给予"
            + "、".join("10万元" for _ in range(n))
            + "奖励。"
        ),
    ),
    "fenbie_mismatch": (
        "分别 with one amount fewer than items",
        lambda n: (
            "对"
            + "、".join("甲类企业" for _ in range(n))
            + "分别给予"
            + "、".join("10万元" for _ in range(n - 1))
            + "奖励。"
        ),
    ),
    "amount_list": (
        "n amounts joined by 、, one sentence",
        lambda n: "给予" + "、".join("最高10万元" for _ in range(n)) + "。",
    ),
    "amounts_no_cue": (
        "n amounts, no grant word at all",
        lambda n: "，".join("金额10万元" for _ in range(n)) + "。",
    ),
    "ratios": (
        "n ratios in one sentence",
        lambda n: "，".join("按投资额的20%" for _ in range(n)) + "给予补助。",
    ),
    "ranges": (
        "n ranges in one sentence",
        lambda n: "，".join("处1万元以上10万元以下罚款" for _ in range(n)) + "。",
    ),
    "targets_commas": (
        "到2025年 and n goals split by ，",
        lambda n: "到2025年，" + "，".join("建设10个平台" for _ in range(n)) + "。",
    ),
    "targets_enumeration": (
        "到2025年 and n goals split by 、",
        lambda n: "到2025年，建设" + "、".join("10个平台" for _ in range(n)) + "。",
    ),
    "targets_no_quantity": (
        "到2025年 and n parts without a number",
        lambda n: "到2025年，" + "、".join("平台建设" for _ in range(n)) + "。",
    ),
    "lizheng_years": (
        "n × 力争 after n year phrases",
        lambda n: "到2025年，达到10家。" * n + "力争达到10家。" * n,
    ),
    "digits_unknown_currency": ("'1' + '0' * n + '美元'", lambda n: "1" + "0" * (8 * n) + "美元"),
    "chinese_numerals_unknown_currency": ("'一' * n + '美元'", lambda n: "一" * (8 * n) + "美元"),
    "yuan_run": ("'元' * n", lambda n: "元" * (8 * n)),
    "percent_after_digits": ("digits then many %", lambda n: "1" * (4 * n) + "%" * (4 * n)),
    "one_long_line": (
        "one line, no sentence end",
        lambda n: "对企业给予100万元奖励，按20%给予补助，到2025年建设10个平台，" * n,
    ),
}


def run_once(text: str) -> float:
    start = time.perf_counter()
    clauses = sentence_clauses(text)
    index = TextIndex(text)
    extract_amounts(text, clauses, index)
    extract_targets(text, clauses, index)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="sizes 250 .. 4,000 units instead of 1,000 .. 16,000"
    )
    parser.add_argument("--only", action="append", choices=sorted(PATTERNS), help="run only these patterns")
    parser.add_argument(
        "--budget", type=float, default=20.0, help="skip larger sizes once one run took this long"
    )
    args = parser.parse_args()
    base = 250 if args.quick else 1_000
    sizes = [base * k for k in (1, 2, 4, 8, 16)]
    run_once("给予企业100万元奖励。到2025年，建设10个平台。")  # warm-up: lexicon, jieba
    print(
        f"{'pattern':36} {'chars(16n)':>11} "
        + " ".join(f"{'n=' + str(s):>9}" for s in sizes)
        + "   growth 1n->16n"
    )
    for name in args.only or PATTERNS:
        _, make = PATTERNS[name]
        times: list[float | None] = []
        for size in sizes:
            if any(t is None or t > args.budget for t in times):
                times.append(None)
                continue
            times.append(run_once(make(size)))
        first, last = times[0], times[-1]
        growth = f"{last / first:8.1f}x" if first and last else "  (skipped: over budget)"
        cells = " ".join(f"{t:9.3f}" if t is not None else f"{'—':>9}" for t in times)
        print(f"{name:36} {len(make(sizes[-1])):>11,} {cells}   {growth}", flush=True)


if __name__ == "__main__":
    main()

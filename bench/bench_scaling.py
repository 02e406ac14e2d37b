"""Every hostile pattern of issue 12 through the whole parse: does its time grow linearly with its length?

    .venv/bin/python bench/bench_scaling.py            # each pattern at n, 2n, 4n, 8n
    .venv/bin/python bench/bench_scaling.py --check    # exit 1 when a pattern is past the stated factor

Each pattern is a text built to its size (siblings that repeat a number, long 分别 and 、
enumerations, many ratios, targets, ranges or amounts in one sentence, a digit run before a
currency the rules do not know, one very long line) and parsed as a file's bytes by
``parsers.pipeline.parse_bytes`` (ingest, structure, notice, extractions); ``jieba.lcut`` over
the same text alternates with it in this process, so load on a shared machine hits both.

The stated factor: over an 8x longer input, time may grow at most FACTOR (2) times more than the
length, i.e. time(8n) / (8 * time(n)) <= 2 (linear is about 1, n log n about 1.3, quadratic 8).
Each time is the best of REPEATS runs. Throughput is characters per second; the last column is
pipeline / jieba chars/s at the largest size. This reports; only --check turns it into an exit code.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("parsers") is None:  # not installed: run from the checkout
    sys.path.insert(0, str(ROOT))

from parsers.pipeline import parse_bytes  # noqa: E402
from parsers.segmenter import configure_jieba  # noqa: E402

FACTOR = 2.0
REPEATS = 3
STEPS = (1, 2, 4, 8)


def _numbered(n: int, line: str) -> str:
    return "".join(line.format(i=i % 97 + 1) for i in range(n))


# pattern name -> (text of size n, n at the first step)
PATTERNS: dict[str, tuple[Callable[[int], str], int]] = {
    "一、 repeated (siblings, one number)": (lambda n: "一、加强科技创新。\n" * n, 2_000),
    "第一条 repeated": (lambda n: "第一条 给予奖励。\n" * n, 2_000),
    "（一） under 一、, repeated": (lambda n: "一、总则\n" + "（一）给予最高10万元奖励。\n" * n, 1_000),
    "分别 enumeration": (
        lambda n: (
            "对"
            + "、".join("省级" for _ in range(n))
            + "企业分别给予"
            + "、".join(f"{i % 90 + 1}万元" for i in range(n))
            + "奖补。"
        ),
        500,
    ),
    "、 enumeration of amounts": (
        lambda n: "给予" + "、".join(f"{i % 90 + 1}万元" for i in range(n)) + "。",
        500,
    ),
    "ratios in one sentence": (lambda n: "比例分别为" + _numbered(n, "{i}%，") + "。", 500),
    "targets in one sentence": (lambda n: "到2027年，力争" + _numbered(n, "达到{i}个，") + "。", 500),
    "ranges in one sentence": (lambda n: "到2027年，培育" + _numbered(n, "{i}-{i}家，") + "。", 500),
    "amounts in one sentence": (lambda n: "给予最高100万元奖励，" * n, 500),
    "digit run, unknown currency": (lambda n: "1" + "0" * n + "美元", 1_000),
    "digit run, 亿元": (lambda n: "给予" + "9" * n + "亿元", 1_000),
    "one long line": (lambda n: "加强科技创新，推动产业升级，" * n, 1_500),
    "spaces between a number and its unit": (lambda n: "到2027年，产值达到500" + " " * n + "亿元。", 1_000),
    "a page of 一、 paragraphs": (lambda n: "".join(f"一、第{i}项措施。\n" for i in range(n)), 12_500),
    # a page stored on one line: a space where each break stood, and wrapped lines' spaces inside sentences
    "a page run together on one line": (
        lambda n: "".join(
            f" {i % 97 + 1}.第{i}项 为了做好工作，应当加强 组织领导，落实 工作责任。" for i in range(n)
        ),
        600,
    ),
}


def best_time(run: Callable[[], object]) -> float:
    """The best of REPEATS runs; a run past a second is not repeated (noise matters less there)."""
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
        if best > 1.0:
            break
    return best


def measure(name: str, build: Callable[[int], str], n0: int) -> tuple[list[tuple[int, int, float]], float]:
    """[(n, chars, seconds)], and pipeline / jieba chars-per-second ratio at the largest size."""
    jieba = configure_jieba()
    rows = []
    ratio = 0.0
    for step in STEPS:
        text = build(n0 * step)
        data = text.encode("utf-8")
        seconds = best_time(lambda data=data: parse_bytes(data, name="pattern.txt"))
        jieba_seconds = best_time(lambda text=text: jieba.lcut(text))
        rows.append((n0 * step, len(text), seconds))
        ratio = jieba_seconds / seconds if seconds else 0.0
    return rows, ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help=f"exit 1 when a pattern grows past {FACTOR:g}x linear"
    )
    parser.add_argument("--only", help="patterns whose name contains this")
    args = parser.parse_args(argv)

    parse_bytes("一、给予最高100万元奖励。".encode(), name="warm.txt")  # imports, jieba, rule tables
    configure_jieba().lcut("加强科技创新")
    print(f"{'pattern':40} {'n':>7} {'chars':>9} {'seconds':>8} {'chars/s':>10}  growth vs linear  ÷jieba")
    worst = 0.0
    for name, (build, n0) in PATTERNS.items():
        if args.only and args.only not in name:
            continue
        rows, ratio = measure(name, build, n0)
        (_, chars_first, t_first), (_, chars_last, t_last) = rows[0], rows[-1]
        growth = (t_last / t_first) / (chars_last / chars_first) if t_first else float("inf")
        worst = max(worst, growth)
        for i, (n, chars, seconds) in enumerate(rows):
            last = i == len(rows) - 1
            tail = f"  {growth:>6.2f}x{'  OVER' if growth > FACTOR else '':5}   {ratio:>5.2f}" if last else ""
            label = name if i == 0 else ""
            print(
                f"{label:40} {n:>7,} {chars:>9,} {seconds:>8.3f} {chars / seconds:>10,.0f}{tail}", flush=True
            )
    print(f"worst growth {worst:.2f}x linear (stated factor {FACTOR:g}x)")
    return 1 if args.check and worst > FACTOR else 0


if __name__ == "__main__":
    sys.exit(main())

"""The structure parser alone: throughput next to jieba.lcut, and how its time grows with hostile input.

    .venv/bin/python bench/bench_structure.py                 # throughput, then the scaling table
    .venv/bin/python bench/bench_structure.py --throughput    # throughput only
    .venv/bin/python bench/bench_structure.py --scaling       # scaling only (--max-n to go further)

Throughput: the real texts kept in the repository (bench/corpus, fixtures/real, the seed), each
copy with a distinct last line, cycled to >= 1,000,000 characters; the same corpus hard-wrapped at
30 characters with a page number and a running header every 40 lines (what PDF extraction leaves).
``parse_structure`` and ``jieba.lcut`` alternate document by document in one process, so a change
in machine load hits both alike; the ratio is structure / jieba (higher is faster).

Scaling: each pattern is parsed at sizes n, 2n, 4n …; the last column is time(2n) / time(n),
about 2 for linear time (noise on a shared machine moves it by ±0.3), about 4 for quadratic.
Nothing here asserts a time: this reports.
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

sys.path.insert(0, str(ROOT / "tests"))

from wrapping import hard_wrap  # noqa: E402  (tests/wrapping.py: the copies the equivalence tests use)

from parsers.segmenter import configure_jieba  # noqa: E402
from parsers.structure import parse_structure  # noqa: E402

SEED = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"


def real_texts() -> list[str]:
    paths = [
        SEED,
        *sorted((ROOT / "fixtures" / "real").rglob("*.txt")),
        *sorted((ROOT / "bench" / "corpus").glob("*.txt")),
    ]
    return [p.read_text(encoding="utf-8") for p in paths]


def corpus(texts: list[str], chars: int) -> list[str]:
    docs, total, k = [], 0, 0
    while total < chars:
        doc = texts[k % len(texts)] + f"\n（基准测试副本 {k}）"
        docs.append(doc)
        total += len(doc)
        k += 1
    return docs


def throughput(chars: int) -> None:
    jieba = configure_jieba()
    jieba.lcut("预热")  # loads the dictionary
    texts = real_texts()
    for name, docs in (
        ("real texts", corpus(texts, chars)),
        ("hard-wrapped", corpus([hard_wrap(t) for t in texts], chars)),
    ):
        parse_structure(docs[0])
        structure = segmentation = 0.0
        nodes = 0
        for doc in docs:
            start = time.perf_counter()
            nodes += sum(1 for _ in parse_structure(doc).iter_nodes())
            middle = time.perf_counter()
            jieba.lcut(doc)
            structure += middle - start
            segmentation += time.perf_counter() - middle
        total = sum(map(len, docs))
        print(f"{name}: {len(docs)} documents, {total:,} characters, {nodes:,} nodes")
        print(f"  parse_structure {total / structure / 1e6:6.2f} M chars/s  ({structure:.2f} s)")
        print(f"  jieba.lcut      {total / segmentation / 1e6:6.2f} M chars/s  ({segmentation:.2f} s)")
        print(f"  ratio           {segmentation / structure:6.1f}x  (structure vs segmentation)")


# Each pattern: n -> a text whose length grows linearly with n.
PATTERNS: dict[str, Callable[[int], str]] = {
    "一、 paragraphs": lambda n: "一、甲。\n" * n,
    "第一条 paragraphs": lambda n: "第一条　甲。\n" * n,
    "（一） under one 一、": lambda n: "一、甲\n" + "（一）乙。\n" * n,
    "1.1 headings": lambda n: "1 总则\n" + "1.1 目的\n" * n,
    "one line of sentences": lambda n: "甲乙丙丁。" * n,
    "one line, no punctuation": lambda n: "甲" * (5 * n),
    "one line of 一、": lambda n: "一、" * n,
    "one line of 、": lambda n: "甲、" * n,
    "one line of spaces in a label": lambda n: "第" + " " * (5 * n) + "条",
    "one line of 《 and 征求": lambda n: "关于征求《" * n,
    "hard-wrapped paragraph": lambda n: "\n".join(["甲" * 29 + "，"] * (n // 6)),
    "furniture lines": lambda n: "".join(f"甲乙。\n— {k} —\n\f某市文件\n" for k in range(n // 4)),
}


def scaling(start_n: int, max_n: int) -> None:
    print(f"{'pattern':28} {'n':>9} {'chars':>10} {'seconds':>9} {'t(2n)/t(n)':>11}")
    for name, make in PATTERNS.items():
        previous = None
        n = start_n
        while n <= max_n:
            text = make(n)
            began = time.perf_counter()
            parse_structure(text)
            took = time.perf_counter() - began
            ratio = f"{took / previous:11.2f}" if previous else " " * 11
            print(f"{name:28} {n:>9,} {len(text):>10,} {took:9.3f} {ratio}")
            previous = took
            n *= 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--throughput", action="store_true", help="throughput only")
    parser.add_argument("--scaling", action="store_true", help="scaling only")
    parser.add_argument("--chars", type=int, default=1_000_000, help="throughput corpus size")
    parser.add_argument("--start-n", type=int, default=25_000, help="first size of each scaling pattern")
    parser.add_argument("--max-n", type=int, default=200_000, help="last size of each scaling pattern")
    args = parser.parse_args()
    both = not (args.throughput or args.scaling)
    if args.throughput or both:
        throughput(args.chars)
    if args.scaling or both:
        scaling(args.start_n, args.max_n)


if __name__ == "__main__":
    main()

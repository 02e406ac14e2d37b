"""Extraction CPU time of two code trees, measured in one process with their passes interleaved.

    git archive main | tar -x -C /tmp/before            # any earlier state of the project
    .venv/bin/python bench/bench_extraction_ab.py /tmp/before .    [--passes 20]

On a shared machine a separate benchmark run per tree mostly measures the other jobs: whole-process
throughput moved by ±40 % between identical runs while this was written. Here both trees' parsers
are imported into one process (one after the other, each under the name ``parsers``), the clauses
of every document are built once per tree, and then the two extraction passes (TextIndex,
extract_amounts, extract_targets over the same texts) alternate, each timed in process CPU time.
The minimum and the median per tree, and their ratio, are what to compare. The corpus is the one
bench_extractions.py reads (the seed, fixtures/real, bench/corpus) from the second tree.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path


def corpus(root: Path) -> list[str]:
    paths = [
        root / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt",
        *sorted((root / "fixtures" / "real").rglob("*.txt")),
        *sorted((root / "bench" / "corpus").glob("*.txt")),
    ]
    return [p.read_text(encoding="utf-8") for p in paths]


def extraction_pass(tree: Path, docs: list[str]):
    """A function running this tree's extraction over ``docs`` (its modules imported fresh)."""
    for name in [k for k in sys.modules if k == "parsers" or k.startswith("parsers.")]:
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        amounts = importlib.import_module("parsers.amounts")
        targets = importlib.import_module("parsers.targets")
        context = importlib.import_module("parsers.context")
        structure = importlib.import_module("parsers.structure")
        segmenter = importlib.import_module("parsers.segmenter")
    finally:
        sys.path.remove(str(tree))
    clauses = [[n for n in structure.parse_structure(t).iter_nodes() if n.kind == "clause"] for t in docs]

    def run() -> None:
        for text, cl in zip(docs, clauses, strict=True):
            segmenter.words.cache_clear()  # every tree segments its phrases afresh
            index = context.TextIndex(text)
            amounts.extract_amounts(text, cl, index)
            targets.extract_targets(text, cl, index)

    run()  # warm-up: lexicon, jieba
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--passes", type=int, default=20)
    args = parser.parse_args()
    docs = corpus(args.after)
    runs = {
        "before": extraction_pass(args.before.resolve(), docs),
        "after": extraction_pass(args.after.resolve(), docs),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.passes):
        for name, run in runs.items():
            start = time.process_time()
            run()
            times[name].append(time.process_time() - start)
    chars = sum(map(len, docs))
    print(f"{len(docs)} documents, {chars:,} characters, {args.passes} interleaved passes each (CPU time)")
    for name, ts in times.items():
        print(
            f"{name:7} min {min(ts) * 1000:7.1f} ms   median {statistics.median(ts) * 1000:7.1f} ms"
            f"   {chars / min(ts) / 1e6:5.2f} M chars/s at best"
        )
    median = statistics.median(times["after"]) / statistics.median(times["before"])
    best = min(times["after"]) / min(times["before"])
    print(f"after / before: median {median:.3f}, min {best:.3f} (below 1: after is faster)")


if __name__ == "__main__":
    main()

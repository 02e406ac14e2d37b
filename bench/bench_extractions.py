"""Money, ratio and target extraction alone, next to jieba.lcut over the same text (same process).

    .venv/bin/python bench/bench_extractions.py            # real texts in the repo, cycled to >= 1M chars
    .venv/bin/python bench/bench_extractions.py --seed     # the seed draft alone (dense: ~90 numbers in 5.5k chars)

Each copy of a document gets a distinct last line, so nothing is cached across copies; jieba's
phrase cache (parsers.segmenter.words) is cleared before every document. Clauses come from the
structure parser, built before timing: this times extract_amounts + extract_targets only.
Nothing here asserts a time: it reports characters per second and the ratio to jieba.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.amounts import extract_amounts  # noqa: E402
from parsers.segmenter import configure_jieba, words  # noqa: E402
from parsers.structure import parse_structure  # noqa: E402
from parsers.targets import extract_targets  # noqa: E402

SEED = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"


def corpus(seed_only: bool) -> list[str]:
    if seed_only:
        return [SEED.read_text(encoding="utf-8")]
    paths = [
        SEED,
        *sorted((ROOT / "fixtures" / "real").rglob("*.txt")),
        *sorted((ROOT / "bench" / "corpus").glob("*.txt")),
    ]
    return [p.read_text(encoding="utf-8") for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", action="store_true", help="the seed draft only")
    parser.add_argument("--chars", type=int, default=1_000_000, help="corpus size to reach by cycling")
    args = parser.parse_args()

    base = corpus(args.seed)
    docs, total, k = [], 0, 0
    while total < args.chars:
        text = base[k % len(base)] + f"\n（基准测试副本 {k}）"
        docs.append(text)
        total += len(text)
        k += 1
    clauses = [[n for n in parse_structure(t).iter_nodes() if n.kind == "clause"] for t in docs]

    jieba = configure_jieba()
    jieba.lcut("预热")  # loads the dictionary
    extract_amounts(docs[0], clauses[0])
    extract_targets(docs[0], clauses[0])

    # interleaved per document, so that a change in machine load hits both sides alike
    extraction = segmentation = 0.0
    rows = 0
    for text, cl in zip(docs, clauses, strict=True):
        words.cache_clear()
        start = time.perf_counter()
        money, ratios = extract_amounts(text, cl)
        rows += len(money) + len(ratios) + len(extract_targets(text, cl))
        middle = time.perf_counter()
        jieba.lcut(text)
        extraction += middle - start
        segmentation += time.perf_counter() - middle

    print(f"documents {len(docs)}, characters {total:,}, extracted rows {rows:,}")
    print(f"extractions  {total / extraction / 1e6:6.2f} M chars/s  ({extraction:.2f} s)")
    print(f"jieba.lcut   {total / segmentation / 1e6:6.2f} M chars/s  ({segmentation:.2f} s)")
    print(f"ratio        {segmentation / extraction:6.1f}x  (extractions vs segmentation)")


if __name__ == "__main__":
    main()

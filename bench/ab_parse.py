"""Two trees' `zhengce parse` on the same corpus, alternated round after round: wall, CPU and their ratios.

    .venv/bin/python bench/ab_parse.py /work/main /work/wt/BRANCH --rounds 5
    .venv/bin/python bench/ab_parse.py /work/main /work/wt/BRANCH --cold --rounds 9

Each tree runs as the venv's command with ``PYTHONPATH=TREE`` (the venv's editable install points at one
tree only). The batch is bench_parse.py's throughput corpus (``--chars``, 1,000,000 by default), parsed
into a fresh folder each round; ``--cold`` parses the seed draft alone instead (the one-draft start-up).
The order of the two trees swaps every round, so neither always runs on the warmer cache or the quieter
minute; on a busy machine only the ratio of the medians means something, and it is printed with the
load before and after. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "trees", nargs=2, metavar="TREE", help="the two source trees: A (before) and B (after)"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chars", type=int, default=1_000_000, help="the batch's size in characters")
    parser.add_argument("--cold", action="store_true", help="the seed draft alone instead of the batch")
    args = parser.parse_args(argv)
    say = bench_parse.say
    with tempfile.TemporaryDirectory(prefix="zhengce-ab-") as name:
        tmp = Path(name)
        if args.cold:
            source, what = bench_parse.SEED, f"cold `zhengce parse {bench_parse.SEED.name}`"
        else:
            source = tmp / "corpus"
            files, chars, _ = bench_parse.write_corpus(source, min_chars=args.chars)
            what = f"batch of {files} files, {chars:,} characters"
        say(f"A = {args.trees[0]}, B = {args.trees[1]}; {what}; before: {bench_parse.load()}")
        runs: dict[str, list[dict]] = {"A": [], "B": []}

        def one(label: str) -> dict:
            env = dict(os.environ, PYTHONPATH=args.trees[0 if label == "A" else 1])
            out = bench_parse.fresh(tmp / f"out-{label}")
            return bench_parse.run(bench_parse.zhengce(source, out, "-q"), env=env)

        one("A"), one("B")  # warm-up: page cache, regex caches
        for k in range(args.rounds):
            order = ("A", "B") if k % 2 == 0 else ("B", "A")
            for label in order:
                runs[label].append(one(label))
            a, b = runs["A"][-1], runs["B"][-1]
            say(
                f"round {k + 1}: A {a['wall']:.2f} s wall {a['cpu']:.2f} s CPU; B {b['wall']:.2f} s wall"
                f" {b['cpu']:.2f} s CPU; B/A wall {b['wall'] / a['wall']:.3f}"
            )
        for kind in ("wall", "cpu"):
            a = statistics.median(r[kind] for r in runs["A"])
            b = statistics.median(r[kind] for r in runs["B"])
            per_round = statistics.median(
                y[kind] / x[kind] for x, y in zip(runs["A"], runs["B"], strict=True)
            )
            say(
                f"{kind}: median A {a:.2f} s, B {b:.2f} s, B/A {b / a:.3f} (median per round {per_round:.3f})"
            )
        say(f"after: {bench_parse.load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Whole `zhengce parse` processes of two code trees, alternated in the same minutes over the same input.

    git worktree add /tmp/before b7dd6f8                   # any earlier state of the project
    .venv/bin/python bench/bench_parse_ab.py /tmp/before   [--rounds 9]

On a VM whose speed drifts over the day, two `make bench` runs on different hours are not a comparison;
alternating the two trees round after round is. The earlier tree runs with this tree's virtual environment
and its own code first on the path (PYTHONPATH), so only the project's code differs. Both trees' modules are
compiled to bytecode first, as an installed package has them (and, in a tree that keeps them, the
rules' regular expressions, as `make bytecode` does: flows/regex_cache.py). Measured: the cold start of the seed draft
(summary table printed) and a batch of at least 1,000,000 characters of real text (the corpus of
bench_parse.py, written once). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import PYTHON, ROOT, SEED, load, second_core, write_corpus  # noqa: E402

PACKAGES = ("parsers", "outputs", "flows", "revisions")


def timed(root: Path, args: list[str], out: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and every process it waited for)."""
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(root))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [str(PYTHON), "-m", "flows.cli", "parse", *args, "--out", str(out)],
        cwd=root,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the earlier tree (a checkout or worktree)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--only", choices=("cold", "batch"), help="one of the two measurements")
    args = parser.parse_args(argv)
    trees = {"before": args.before.resolve(), "this tree": ROOT}
    for root in trees.values():
        for package in PACKAGES:
            compileall.compile_dir(root / package, quiet=1)
        if (root / "flows" / "regex_cache.py").is_file():  # what `make bytecode` does in a tree that has it
            subprocess.run(
                [str(PYTHON), "-m", "flows.regex_cache"],
                cwd=root,
                env=dict(os.environ, PYTHONPATH=str(root)),
                check=True,
                stdout=subprocess.DEVNULL,
            )
    with tempfile.TemporaryDirectory(prefix="zhengce-ab-") as name:
        tmp = Path(name)
        files, chars, _ = write_corpus(tmp / "corpus", min_chars=1_000_000)
        runs = {
            "cold start": [str(SEED)],
            f"batch of {files} files, {chars:,} chars": [str(tmp / "corpus"), "-q"],
        }
        if args.only:
            runs = {label: run for label, run in runs.items() if label.startswith(args.only)}
        for label, parse_args in runs.items():
            times: dict[str, list[float]] = {name: [] for name in trees}
            cpu: dict[str, list[float]] = {name: [] for name in trees}
            for _ in range(args.rounds):
                for name, root in trees.items():
                    wall, used = timed(root, parse_args, tmp / "out")
                    times[name].append(wall)
                    cpu[name].append(used)
            before, after = (statistics.median(times[name]) for name in trees)
            cpu_before, cpu_after = (statistics.median(cpu[name]) for name in trees)
            print(
                f"{label}: before {before:.2f} s, this tree {after:.2f} s (medians of {args.rounds},"
                f" alternated): this tree / before = {after / before:.3f}; CPU of all its processes"
                f" {cpu_before:.2f} -> {cpu_after:.2f} s; {load()}; {second_core()}",
                flush=True,
            )
            for name in trees:  # every round, so that one slow minute shows as what it is
                rounds = " ".join(f"{w:.2f}/{c:.2f}" for w, c in zip(times[name], cpu[name], strict=True))
                print(f"  {name:>9} (wall/CPU s): {rounds}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

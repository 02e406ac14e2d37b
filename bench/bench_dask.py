"""A backfill on a local Dask cluster: documents per second with one and with two workers.

    make bench-dask                                             # 100,000 documents, 1 then 2 workers
    .venv/bin/python bench/bench_dask.py --docs 5000            # quicker
    .venv/bin/python bench/bench_dask.py --docs 5000 --workers 2

The corpus: ``--docs`` files written by bench_parse.write_corpus from the repository's real policy
texts (the seed draft, fixtures/real/**, fixtures/field/**, bench/corpus/*.txt), cycled, each copy
after the first a distinct document (its last line ``（基准测试副本 N）``), so every file is a
document of its own.

For each worker count, a whole ``zhengce parse CORPUS --out OUT --dask --workers N -q`` process,
into a fresh OUT, timed by wall clock from start to exit: the local cluster's start, the workers
parsing and staging their chunks, the one commit. Its fixed cost (the same command on one document)
is measured too and printed beside it. Memory: each worker process's peak RSS and the parent's,
sampled from the process tree every ``SAMPLE_SECONDS``. The reference: ``bench/jieba_lcut.py`` (a
whole ``jieba.lcut`` process, one core) over a sample of the same files, timed just before and just
after each backfill; the ratio is against the mean of the two, so it stays meaningful on a busy
machine whose load changes during a long run. Then DuckDB reads the last OUT: a count of the money table and
a group-by over it (role and kind: rows, sum of low and high), each timed on a fresh connection.
Nothing here asserts a time: it reports.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_parse import JIEBA, PYTHON, ZHENGCE, fresh, load, say, write_corpus

SAMPLE_SECONDS = 0.25
JIEBA_SAMPLE_DOCS = 500  # about 1 M characters: a steady rate, in seconds on an idle machine


def _is_worker(proc) -> bool:
    """A local cluster's worker: a process the cluster spawned (multiprocessing's spawn_main)."""
    try:
        return any("spawn_main" in part for part in proc.cmdline())
    except Exception:  # gone meanwhile
        return False


def run_sampled(command: list[str], cwd: Path) -> dict:
    """Run ``command`` to its end: wall seconds, exit code, and, sampled, the peak RSS (MB) of the parent
    and of each worker and the CPU seconds each has used (as last seen: a worker's last instants escape)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    parent_peak = parent_cpu = 0.0
    workers: dict[int, float] = {}
    workers_cpu: dict[int, float] = {}
    while proc.poll() is None:
        try:
            parent_peak = max(parent_peak, root.memory_info().rss / 1e6)
            times = root.cpu_times()
            parent_cpu = times.user + times.system
            children = root.children(recursive=True)
        except psutil.Error:
            children = []
        for child in children:
            if child.pid in workers or _is_worker(child):
                with contextlib.suppress(psutil.Error):
                    workers[child.pid] = max(workers.get(child.pid, 0.0), child.memory_info().rss / 1e6)
                    times = child.cpu_times()
                    workers_cpu[child.pid] = times.user + times.system
        time.sleep(SAMPLE_SECONDS)
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        say(f"  ! exit {proc.returncode}: {err.decode(errors='replace')[-600:]}")
    return {
        "wall": wall,
        "rc": proc.returncode,
        "parent_mb": parent_peak,
        "parent_cpu": parent_cpu,
        "workers_mb": workers,
        "workers_cpu": workers_cpu,
    }


def jieba_sample(corpus: Path, tmp: Path) -> tuple[Path, int]:
    """A folder of the corpus's first files for the jieba reference, and its characters."""
    sample = fresh(tmp / "jieba-sample")
    sample.mkdir()
    chars = 0
    for path in sorted(corpus.iterdir())[:JIEBA_SAMPLE_DOCS]:
        text = path.read_text(encoding="utf-8")
        (sample / path.name).write_text(text, encoding="utf-8")
        chars += len(text)
    subprocess.run([str(PYTHON), str(JIEBA), str(sample)], capture_output=True, check=True)  # warm caches
    return sample, chars


def jieba_rate(sample: Path, chars: int) -> float:
    """Characters per second of one whole jieba.lcut process over the sample."""
    start = time.perf_counter()
    subprocess.run([str(PYTHON), str(JIEBA), str(sample)], capture_output=True, check=True)
    rate = chars / (time.perf_counter() - start)
    say(f"  jieba.lcut process over {chars:,} chars of the corpus: {rate:,.0f} chars/s")
    return rate


def duckdb_reads(out: Path) -> None:
    import duckdb

    money = f"read_parquet('{out}/money/**/*.parquet')"
    queries = {
        "count": f"select count(*) from {money}",
        "group-by": f"select role, kind, count(*), sum(low), sum(high) from {money} group by role, kind order by 3 desc",
    }
    files = sum(1 for _ in (out / "money").glob("*.parquet"))
    for name, sql in queries.items():
        start = time.perf_counter()
        with duckdb.connect() as connection:
            rows = connection.execute(sql).fetchall()
        took = time.perf_counter() - start
        shown = f"{rows[0][0]:,} rows" if name == "count" else f"{len(rows)} groups, largest {rows[0][:3]}"
        say(f"DUCKDB {name} over money ({files} files): {took * 1000:.0f} ms ({shown})")


def dask_parse(paths: Path, out: Path, workers: int) -> list[str]:
    return [str(ZHENGCE), "parse", str(paths), "--out", str(out), "--dask", "--workers", str(workers), "-q"]


def backfill(corpus: Path, tmp: Path, workers: int, docs: int, chars: int, jieba: tuple[Path, int]) -> Path:
    one = next(iter(sorted(corpus.iterdir())))
    fixed = run_sampled(dask_parse(one, fresh(tmp / "one"), workers), tmp)
    out = fresh(tmp / f"out-{workers}")
    say(f"before {workers} worker(s): {load()}")
    before = jieba_rate(*jieba)
    result = run_sampled(dask_parse(corpus, out, workers), tmp)
    wall = result["wall"]
    jieba_cps = (before + jieba_rate(*jieba)) / 2
    say(f"after {workers} worker(s): {load()}")
    peaks = sorted(result["workers_mb"].values(), reverse=True)
    say(
        f"BACKFILL {docs:,} documents ({chars:,} chars), local cluster of {workers} worker(s):"
        f" {wall:.1f} s wall = {docs / wall:,.1f} documents/s, {chars / wall:,.0f} chars/s"
        f" ({chars / wall / jieba_cps:.2f}x one jieba.lcut process, timed before and after)"
    )
    net = wall - fixed["wall"]
    say(
        f"  fixed cost (the same command on one document): {fixed['wall']:.1f} s;"
        + (
            f" without it {docs / net:,.1f} documents/s"
            if net > 0
            else " as much as the whole run: too few documents"
        )
    )
    worker_cpu = sum(result["workers_cpu"].values())
    say(
        f"  CPU: workers {worker_cpu:,.0f} s ({docs / worker_cpu:,.1f} documents and {chars / worker_cpu:,.0f} chars"
        f" per worker CPU second), parent {result['parent_cpu']:,.0f} s; the workers had"
        f" {worker_cpu / wall / workers:.0%} of {workers} core(s) over the run"
    )
    say(
        f"  peak RSS per worker: {', '.join(f'{mb:.0f} MB' for mb in peaks[:workers]) or 'none seen'}"
        + (f" (+{len(peaks) - workers} restarted)" if len(peaks) > workers else "")
        + f"; parent {result['parent_mb']:.0f} MB; exit {result['rc']}"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--docs", type=int, default=100_000, help="documents in the backfill (default 100,000)"
    )
    parser.add_argument("--workers", default="1,2", help="worker counts to run, e.g. 1,2 (default)")
    parser.add_argument("--keep", type=Path, help="keep the corpus and the last OUT under this folder")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.workers.split(",") if n]
    say(f"zhengce Dask backfill bench on {os.cpu_count()} cores; {load()}")
    with tempfile.TemporaryDirectory(prefix="zhengce-bench-dask-") as name:
        tmp = args.keep or Path(name)
        tmp.mkdir(parents=True, exist_ok=True)
        corpus = fresh(tmp / "corpus")
        started = time.perf_counter()
        docs, chars, distinct = write_corpus(corpus, n_docs=args.docs)
        say(
            f"corpus: {docs:,} files, {chars:,} characters, cycled from {distinct} distinct real texts"
            f" (written in {time.perf_counter() - started:.0f} s)"
        )
        jieba = jieba_sample(corpus, tmp)
        out = None
        for workers in counts:
            if out is not None:
                fresh(out)  # one OUT on disk at a time
            out = backfill(corpus, tmp, workers, docs, chars, jieba)
        if out is not None:
            duckdb_reads(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

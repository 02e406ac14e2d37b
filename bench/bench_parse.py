"""How fast a whole `zhengce parse` process is next to a whole `jieba.lcut` process over the same files.

    make bench                                          # everything below
    .venv/bin/python bench/bench_parse.py --rounds 5    # throughput ratio, cold start, JSON size only
    .venv/bin/python bench/bench_parse.py --rss 1000,10000 --no-throughput
    .venv/bin/python bench/bench_parse.py --prefect     # also the Prefect flow's overhead

Throughput: a corpus of at least 1,000,000 characters of real policy text (the seed draft,
fixtures/real/**, fixtures/field/** and bench/corpus/*.txt, cycled; each copy after the first
gets a last line ``（基准测试副本 N）`` so every file is a distinct document) is written to a
temporary folder. Then, alternately, round after round, two whole processes run over it and are
timed by wall clock from start to exit:

- ``python bench/jieba_lcut.py DIR``: import jieba, load its dictionary, ``jieba.lcut`` each file;
- ``zhengce parse DIR --out OUT -q``: everything, into a fresh OUT each round (Parquet and JSON).

The ratio is jieba's median time over zhengce's median time (the same characters, so it is the
ratio of throughputs); the per-round ratios are printed too. Running both alternately in the
same run keeps the ratio meaningful on a busy machine, where absolute times are not. Then the same
rounds over the corpus's long documents alone (``--long-chars``, 5,000 characters and more, linked
into a folder of their own): the corpus is mostly short web pages, where each process's start and each
document's fixed costs weigh more than in the policy texts issue 10's 0.9 M characters were; that ratio
is information beside the corpus's, not a bar.

Also: the cold start (``zhengce parse SEED --out OUT``, summary table and all, median of the
rounds), the JSON written per byte of source text, peak memory over a batch of 1,000 and of
10,000 documents (the RSS of the largest process and of the whole process tree, parent and
workers, sampled every 20 ms), and with ``--prefect`` the flow's overhead over the in-process path (on the
server of PREFECT_API_URL if set, else on a ``prefect server`` started for the measurement).
Nothing here asserts a time: it reports.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "scripts") not in sys.path:  # eval_splits: how a held-out set's folder is named
    sys.path.append(str(ROOT / "scripts"))
SEED = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"
CORPUS_SOURCES = (ROOT / "bench" / "corpus", ROOT / "fixtures" / "real", ROOT / "fixtures" / "field")
# held-out folders past this number are left out: a round's fresh sets are never parsed by anyone's benchmark before
# the lead scores them, and the corpus stays the same from round to round (figures stay comparable)
LAST_BENCHED_SET = 61
PYTHON = ROOT / ".venv" / "bin" / "python"
ZHENGCE = ROOT / ".venv" / "bin" / "zhengce"
JIEBA = ROOT / "bench" / "jieba_lcut.py"


def say(line: str = "") -> None:
    print(line, flush=True)


# ---- corpus -----------------------------------------------------------------------------------


def real_texts() -> list[tuple[str, str]]:
    """(name, text) of every distinct real policy text kept in the repository, in a stable order."""
    paths = [SEED]
    for folder in CORPUS_SOURCES:
        paths += (
            sorted(p for p in folder.rglob("*.txt") if p.is_file() and _benched(p)) if folder.is_dir() else []
        )
    texts, seen = [], set()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # a GB18030 original: the benchmark keeps to UTF-8 copies
            continue
        if text.strip() and text not in seen:
            seen.add(text)
            texts.append((path.stem, text))
    return texts


def _benched(path: Path) -> bool:
    """Not inside a held-out folder numbered past LAST_BENCHED_SET."""
    from eval_splits import held_out_number  # the one source of the held-out sets' names (scripts/)

    numbers = [n for part in path.parts if (n := held_out_number(part)) is not None]
    return all(n <= LAST_BENCHED_SET for n in numbers)


def variants(texts: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(file name, text) forever: each text as is, then numbered copies, round after round."""
    for n, (stem, text) in enumerate(cycle(texts)):
        copy = n // len(texts)
        body = text if copy == 0 else f"{text.rstrip()}\n（基准测试副本 {copy}）\n"
        yield f"{n:06d}_{stem[:40]}.txt", body


def write_corpus(folder: Path, *, min_chars: int = 0, n_docs: int = 0) -> tuple[int, int, int]:
    """Files until both ``min_chars`` characters and ``n_docs`` files are written: (files, chars, distinct)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = real_texts()
    files = chars = 0
    for name, text in variants(texts):
        if chars >= min_chars and files >= n_docs:
            break
        (folder / name).write_text(text, encoding="utf-8")
        files += 1
        chars += len(text)
    return files, chars, len(texts)


# ---- running whole processes ------------------------------------------------------------------


def tree_rss_mb(pid: int, peaks: dict[int, float]) -> float:
    """RSS of a process and its descendants now, in MB; ``peaks`` keeps each process's highest."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0.0
    for proc in procs:
        with contextlib.suppress(psutil.Error):  # a worker that just ended
            rss = proc.memory_info().rss / 1e6
            total += rss
            peaks[proc.pid] = max(peaks.get(proc.pid, 0.0), rss)
    return total


def run(command: list[str], sample_rss: bool = False, env: dict | None = None) -> dict:
    """Run ``command`` to its end: wall seconds, exit code, the largest process's peak RSS, the tree's."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    tree_peak = 0.0
    peaks: dict[int, float] = {}
    if sample_rss:
        while proc.poll() is None:
            tree_peak = max(tree_peak, tree_rss_mb(proc.pid, peaks))
            time.sleep(0.02)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    largest = max(peaks.values(), default=0.0)  # the sampled peak of the biggest process of the tree
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if proc.returncode != 0:
        say(f"  ! {' '.join(command[:3])} … exit {proc.returncode}: {err.decode(errors='replace')[-400:]}")
    return {
        "wall": wall,
        "cpu": cpu,
        "rc": proc.returncode,
        "largest_mb": largest,
        "parent_mb": peaks.get(proc.pid, 0.0),  # the zhengce command itself (it commits)
        "worker_mb": max((v for k, v in peaks.items() if k != proc.pid), default=0.0),
        "tree_mb": tree_peak,
        "stdout": out,
    }


def zhengce(folder: Path | str, out: Path, *extra: str) -> list[str]:
    return [str(ZHENGCE), "parse", str(folder), "--out", str(out), *extra]


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


SPIN = "n = 0\nfor i in range(3_000_000): n += i"  # ~0.15 s of one core


def second_core() -> str:
    """How much of a second core two processes get at once right now: 2 processes of the same loop take
    as long as 1 when both cores are free, twice as long when only one is. A virtual machine's load
    average does not show cores its host gives to others, and the ratio's point is the second core."""

    def spin(n: int) -> float:
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(n)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - start

    one = min(spin(1) for _ in range(3))
    two = min(spin(2) for _ in range(3))
    return f"second core: {max(0.0, min(1.0, 2 * one / two - 1)):.0%} free (1 process {one:.2f} s, 2 at once {two:.2f} s)"


# ---- the measurements ---------------------------------------------------------------------------


def throughput(tmp: Path, min_chars: int, rounds: int, long_chars: int) -> None:
    corpus = tmp / "corpus"
    files, chars, distinct = write_corpus(corpus, min_chars=min_chars)
    say(f"corpus: {files} files, {chars:,} characters, cycled from {distinct} distinct real texts")
    say(f"before: {load()}")
    run([str(PYTHON), str(JIEBA), str(corpus)])  # warm-up: page cache, jieba's cache, our index
    run(zhengce(corpus, fresh(tmp / "out"), "-q"))
    alternate(corpus, tmp / "out", chars, rounds)
    json_size(tmp / "out")
    if long_chars:
        long_texts = tmp / "long"
        n_long, long_total = long_documents(corpus, long_texts, long_chars)
        say(
            f"the corpus's long documents alone: {n_long} files of {long_chars:,}+ characters,"
            f" {long_total:,} characters ({long_total / chars:.0%} of the corpus)"
        )
        if n_long:
            alternate(
                long_texts, tmp / "out-long", long_total, rounds, f"long documents ({long_chars:,}+ chars)"
            )
    say(f"after: {load()}; {second_core()}")


def long_documents(corpus: Path, folder: Path, min_chars: int) -> tuple[int, int]:
    """The files of ``corpus`` of at least ``min_chars`` characters, linked into ``folder``: (files, chars).

    The corpus is mostly short web pages (median under 1,000 characters), where every process and every
    document pays fixed costs; a policy text of several pages is what issue 10's characters were. The ratio on
    these files alone says how the two compare per character of such text (information, not a bar).
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = chars = 0
    for path in sorted(corpus.iterdir()):
        length = len(path.read_text(encoding="utf-8"))
        if length >= min_chars:
            os.link(path, folder / path.name)
            files += 1
            chars += length
    return files, chars


def alternate(folder: Path, out: Path, chars: int, rounds: int, label: str = "") -> None:
    """``rounds`` alternated runs of both processes over ``folder``, printed, with their medians and ratio."""
    jieba_times, zhengce_times = [], []
    say(
        f"{'round':>5}  {'jieba.lcut s':>12}  {'zhengce parse s':>15}  {'ratio':>6}   CPU s (all processes) jieba / zhengce"
    )
    for k in range(rounds):
        jr = run([str(PYTHON), str(JIEBA), str(folder)])
        zr = run(zhengce(folder, fresh(out), "-q"))
        j, z = jr["wall"], zr["wall"]
        jieba_times.append(j)
        zhengce_times.append(z)
        say(f"{k + 1:>5}  {j:>12.2f}  {z:>15.2f}  {j / z:>6.2f}   {jr['cpu']:.2f} / {zr['cpu']:.2f}")
    j, z = statistics.median(jieba_times), statistics.median(zhengce_times)
    per_round = statistics.median(a / b for a, b in zip(jieba_times, zhengce_times, strict=True))
    on = f" on the {label}" if label else ""
    say(f"jieba.lcut process:    median {j:.2f} s = {chars / j:,.0f} chars/s")
    say(f"zhengce parse process: median {z:.2f} s = {chars / z:,.0f} chars/s")
    say(
        f"RATIO zhengce parse / jieba.lcut{on} (medians of {rounds} rounds): {j / z:.2f}  (median per round"
        f" {per_round:.2f})"
    )


def json_size(out: Path) -> None:
    import pyarrow.parquet as pq

    sizes = {p.stem: p.stat().st_size for p in (out / "json").glob("*.json")}
    texts = pq.read_table(out / "documents", columns=["doc_id", "text"]).to_pylist()
    source = {row["doc_id"]: len(row["text"].encode("utf-8")) for row in texts}
    ratios = sorted(sizes[d] / source[d] for d in source)
    say(
        f"JSON / source text (UTF-8 bytes): {sum(sizes.values()) / sum(source.values()):.2f} over {len(ratios)}"
        f" documents; per document median {statistics.median(ratios):.2f}, max {ratios[-1]:.2f}"
    )


def cold_start(tmp: Path, rounds: int) -> None:
    walls = [run(zhengce(SEED, fresh(tmp / "cold")))["wall"] for _ in range(rounds + 1)][1:]
    say(
        f"COLD START `zhengce parse {SEED.name} --out OUT` (summary table printed): median {statistics.median(walls):.2f} s"
        f" wall (min {min(walls):.2f}, max {max(walls):.2f}, {rounds} runs)"
    )


def memory(tmp: Path, sizes: list[int]) -> None:
    peaks = {}
    for n in sizes:
        corpus = fresh(tmp / f"docs-{n}")
        files, chars, _ = write_corpus(corpus, n_docs=n)
        result = run(zhengce(corpus, fresh(tmp / "out-rss"), "-q"), sample_rss=True)
        peaks[n] = result
        say(
            f"RSS at {files:,} documents ({chars:,} chars): largest process {result['largest_mb']:.0f} MB peak"
            f" (parent {result['parent_mb']:.0f} MB, largest worker {result['worker_mb']:.0f} MB),"
            f" whole process tree {result['tree_mb']:.0f} MB peak (sampled); {result['wall']:.1f} s,"
            f" {chars / result['wall']:,.0f} chars/s"
        )
        shutil.rmtree(corpus, ignore_errors=True)
    if len(sizes) >= 2:
        a, b = peaks[sizes[0]], peaks[sizes[-1]]
        say(
            f"RSS growth {sizes[0]:,} -> {sizes[-1]:,} documents: largest process"
            f" {100 * (b['largest_mb'] / a['largest_mb'] - 1):+.1f}%, tree {100 * (b['tree_mb'] / a['tree_mb'] - 1):+.1f}%"
        )


def prefect_overhead(tmp: Path, rounds: int) -> None:
    """In-process `zhengce parse` against `--prefect` on a running server, the same drafts, alternated."""
    sys.path.insert(0, str(ROOT))
    from flows import server

    drafts = [
        str(p)
        for p in sorted((ROOT / "fixtures" / "drafts").iterdir())
        if p.suffix in (".txt", ".html", ".docx")
    ]
    env = dict(os.environ, **server.QUIET_PREFECT_ENV)
    env.setdefault("PREFECT_HOME", str(tmp / "prefect-client"))
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    proc = None
    if not env.get("PREFECT_API_URL"):
        started = time.perf_counter()
        try:
            proc, port = server.start_on_free_port(
                tmp / "prefect-server", log_path=tmp / "prefect-server.log"
            )
        except (TimeoutError, RuntimeError) as error:
            say(f"PREFECT: no server ({error}): no flow overhead measured")
            return
        env["PREFECT_API_URL"] = server.api_url_for(port)
        say(f"prefect server started for the measurement in {time.perf_counter() - started:.1f} s")
    try:
        command = [str(ZHENGCE), "parse", *drafts, "-q", "--out"]
        run([*command, str(fresh(tmp / "p2")), "--prefect"], env=env)  # registers the flow with the server
        in_process, flow = [], []
        for _ in range(rounds):
            in_process.append(run([*command, str(fresh(tmp / "p1"))], env=env)["wall"])
            flow.append(run([*command, str(fresh(tmp / "p2")), "--prefect"], env=env)["wall"])
        a, b = statistics.median(in_process), statistics.median(flow)
        say(
            f"PREFECT {len(drafts)} drafts, flow on {env['PREFECT_API_URL']}: in-process {a:.2f} s,"
            f" --prefect {b:.2f} s: the flow costs {b - a:.2f} s more ({b / a:.1f}x; medians of {rounds})"
        )
    finally:
        if proc is not None:
            server.stop(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--chars", type=int, default=1_000_000, help="throughput corpus size (default 1,000,000)"
    )
    parser.add_argument("--rounds", type=int, default=5, help="alternated rounds (default 5)")
    parser.add_argument(
        "--long-chars",
        type=int,
        default=5_000,
        help="also the ratio on the corpus's documents of at least this many characters alone (0: not)",
    )
    parser.add_argument(
        "--no-throughput", action="store_true", help="skip the ratio, cold start and JSON size"
    )
    parser.add_argument("--rss", default="", help="document counts for the memory runs, e.g. 1000,10000")
    parser.add_argument("--prefect", action="store_true", help="also measure the Prefect flow's overhead")
    args = parser.parse_args(argv)
    if not ZHENGCE.exists():
        say(f"{ZHENGCE} is missing: run `make setup` first")
        return 2
    say(f"zhengce bench on {os.cpu_count()} cores; {load()}; {second_core()}")
    with tempfile.TemporaryDirectory(prefix="zhengce-bench-") as name:
        tmp = Path(name)
        if not args.no_throughput:
            throughput(tmp, args.chars, args.rounds, args.long_chars)
            cold_start(tmp, args.rounds)
        if args.rss:
            memory(tmp, [int(n) for n in args.rss.split(",") if n])
        if args.prefect:
            prefect_overhead(tmp, max(2, args.rounds // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

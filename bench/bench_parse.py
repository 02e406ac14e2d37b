"""How fast `zhengce parse` is next to plain jieba segmentation, and whether its memory stays flat.

    .venv/bin/python bench/bench_parse.py                # >= 1,000,000 characters of real policy text
    .venv/bin/python bench/bench_parse.py --docs 10000   # 10,000 documents, RSS every 1,000

The corpus is made only of real policy texts kept in the repository: bench/corpus/*.txt,
fixtures/real/**/*.txt and the seed draft. They are far fewer than 1,000,000 characters, so the
corpus cycles through them. Each copy after the first gets a last line ``（基准测试副本 N）``: the
copies are distinct documents (distinct doc_id, so the dataset appends rows instead of replacing
them) while the text stays the real text. The files go to a temporary folder, and then, in this
one process:

1. jieba: the warm-up call that loads its dictionary (timed on its own), then ``jieba.lcut`` over
   the text of every corpus file.
2. the pipeline: one warm-up parse (imports, spaCy, the project's segmenter and rule tables), then
   ``flows.steps.parse_batch`` over the folder, which is what ``zhengce parse DIR --out OUT``
   runs in-process: ingest, structure, notice, extractions, and the Parquet and JSON writes.
   RSS is sampled after every chunk of documents, peak RSS comes from getrusage.
3. the cold CLI: ``zhengce parse DIR --out OUT2 --quiet`` as a subprocess, wall time included
   interpreter start and imports.

Throughputs are characters per second; the ratio is pipeline / jieba (1.0 would mean parsing the
whole document costs what segmenting it does). Nothing here asserts a time: this reports.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

SEED = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"
CORPUS_SOURCES = (ROOT / "bench" / "corpus", ROOT / "fixtures" / "real")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

console = Console()
if not console.is_terminal:  # under make or a pipe rich assumes 80 columns; the tables need more
    console = Console(width=max(console.width, 120))


# ---- corpus -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    path: Path
    text: str


def real_sources() -> list[Source]:
    """Every distinct real policy text kept in the repository, in a stable order."""
    paths = [SEED]
    for folder in CORPUS_SOURCES:
        paths += sorted(p for p in folder.rglob("*.txt") if p.is_file())
    sources: list[Source] = []
    seen: set[str] = set()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if text not in seen:  # the eval copies of other fixtures count once
            seen.add(text)
            sources.append(Source(path, text))
    return sources


def variants(sources: list[Source]) -> Iterator[tuple[str, str]]:
    """(file name, text) forever: each source as is, then numbered copies, round after round."""
    for n, source in enumerate(cycle(sources)):
        copy = n // len(sources)
        text = source.text if copy == 0 else f"{source.text.rstrip()}\n（基准测试副本 {copy}）\n"
        yield f"{n:06d}_{source.path.stem}.txt", text


def write_corpus(
    folder: Path, sources: list[Source], *, min_chars: int = 0, n_docs: int = 0
) -> tuple[int, int]:
    """Write documents until both min_chars characters and n_docs files are reached; (files, chars)."""
    files = chars = 0
    for name, text in variants(sources):
        if chars >= min_chars and files >= n_docs:
            break
        (folder / name).write_text(text, encoding="utf-8")
        files += 1
        chars += len(text)
    return files, chars


# ---- memory -----------------------------------------------------------------------------------


def rss_mb() -> float:
    """Resident set size now (Linux /proc), in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE_SIZE / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # ru_maxrss is in KB on Linux


# ---- timed runs -------------------------------------------------------------------------------


def time_jieba(paths: list[Path]) -> tuple[float, float, int]:
    """(warm-up seconds, seconds for lcut over every file's text, characters)."""
    import jieba

    jieba.setLogLevel(60)  # its "Building prefix dict" lines are not results
    start = time.perf_counter()
    jieba.lcut("预热：加载词典")
    warmup = time.perf_counter() - start
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts)
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return warmup, time.perf_counter() - start, chars


def warm_up_pipeline() -> float:
    start = time.perf_counter()
    from parsers.pipeline import parse_path

    parse_path(SEED)
    return time.perf_counter() - start


@dataclass
class Sample:
    docs: int
    chars: int
    seconds: float
    rss_mb: float
    write_seconds: float = 0.0  # cumulative time in write_step (JSON + Parquet commit) so far


def time_pipeline(
    folder: Path, out: Path, every: int, on_sample: Callable[[Sample], None] | None = None
) -> tuple[float, int, int, list[Sample], int, float]:
    """parse_batch over folder into out: (seconds, documents, characters, RSS samples, errors, write seconds)."""
    from flows import steps

    # time the writes (each document's JSON + one Parquet commit per chunk) inside the same run:
    # parse_batch looks write_step up at call time, so wrapping it measures without changing the path
    write_seconds = [0.0]
    real_write_step = steps.write_step

    def timed_write_step(out_dir, docs):
        begin = time.perf_counter()
        try:
            return real_write_step(out_dir, docs)
        finally:
            write_seconds[0] += time.perf_counter() - begin

    samples: list[Sample] = []
    counted = {"docs": 0, "chars": 0}
    start = time.perf_counter()

    def progress(path, outcome) -> None:
        counted["docs"] += 1
        counted["chars"] += len(getattr(outcome, "text", ""))
        if counted["docs"] % every == 0:
            sample = Sample(
                counted["docs"], counted["chars"], time.perf_counter() - start, rss_mb(), write_seconds[0]
            )
            samples.append(sample)
            if on_sample:
                on_sample(sample)

    steps.write_step = timed_write_step
    try:
        result = steps.parse_batch([folder], out, progress=progress)
    finally:
        steps.write_step = real_write_step
    seconds = time.perf_counter() - start
    if not samples or samples[-1].docs != counted["docs"] or samples[-1].write_seconds != write_seconds[0]:
        # the last commit runs after the last progress call: one more sample shows RSS after it
        samples.append(Sample(counted["docs"], counted["chars"], seconds, rss_mb(), write_seconds[0]))
    return seconds, len(result.documents), counted["chars"], samples, len(result.errors), write_seconds[0]


def time_cold_cli(folder: Path, out: Path) -> tuple[float, int]:
    """Wall time of `zhengce parse folder --out out --quiet` in a fresh interpreter, and its exit code."""
    cli = ROOT / ".venv" / "bin" / "zhengce"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "flows.cli"]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "parse", str(folder), "--out", str(out), "--quiet"], cwd=ROOT, capture_output=True
    )
    return time.perf_counter() - start, done.returncode


# ---- reports ----------------------------------------------------------------------------------


def rss_table(title: str, samples: list[Sample]) -> Table:
    table = Table(title=title, title_justify="left")
    for col in ("documents", "characters", "seconds", "of which writing", "chars/s so far", "RSS MB"):
        table.add_column(col, justify="right")
    for s in samples:
        table.add_row(
            f"{s.docs:,}",
            f"{s.chars:,}",
            f"{s.seconds:.1f}",
            f"{s.write_seconds:.1f}",
            f"{s.chars / s.seconds:,.0f}",
            f"{s.rss_mb:.0f}",
        )
    return table


def flatness(samples: list[Sample]) -> str:
    """RSS growth from the first sample to the last, the honest summary of "stays flat"."""
    if len(samples) < 2:
        return "one sample only"
    first, last = samples[0].rss_mb, samples[-1].rss_mb
    top = max(s.rss_mb for s in samples)
    return (
        f"RSS {first:.0f} MB after the first chunk, {last:.0f} MB at the end, {top:.0f} MB at most in between"
    )


def run_throughput(min_chars: int, cold_cli: bool, keep: Path | None) -> None:
    sources = real_sources()
    distinct = sum(len(s.text) for s in sources)
    with tempfile.TemporaryDirectory(prefix="zhengce-bench-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        files, chars = write_corpus(corpus, sources, min_chars=min_chars)
        paths = sorted(corpus.iterdir())
        console.print(
            f"corpus: {files:,} files, {chars:,} characters, from {len(sources)} distinct real texts "
            f"({distinct:,} characters) cycled {chars / distinct:.1f} times; in {corpus}"
        )
        rss_start = rss_mb()

        jieba_warmup, jieba_seconds, jieba_chars = time_jieba(paths)
        jieba_speed = jieba_chars / jieba_seconds
        console.print(
            f"jieba.lcut: {jieba_chars:,} characters in {jieba_seconds:.2f} s = {jieba_speed:,.0f} chars/s"
        )

        pipeline_warmup = warm_up_pipeline()
        gc.collect()
        every = max(1, files // 10)
        seconds, n_docs, n_chars, samples, errors, write_seconds = time_pipeline(
            corpus, tmp_path / "out", every
        )
        speed = n_chars / seconds
        cold = time_cold_cli(corpus, tmp_path / "out-cold") if cold_cli else None
        if keep:
            shutil.copytree(tmp_path / "out", keep, dirs_exist_ok=True)

    table = Table(title="zhengce parse vs jieba.lcut", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("corpus", f"{files:,} files, {chars:,} chars ({len(sources)} real texts, cycled)")
    table.add_row("jieba warm-up (dictionary load)", f"{jieba_warmup:.2f} s")
    table.add_row("jieba.lcut over the corpus", f"{jieba_seconds:.2f} s")
    table.add_row("jieba throughput", f"{jieba_speed:,.0f} chars/s")
    table.add_row("pipeline warm-up (imports, spaCy, rules; one parse)", f"{pipeline_warmup:.2f} s")
    table.add_row(
        "zhengce parse in-process (parse + Parquet + JSON)",
        f"{seconds:.2f} s, {n_docs:,} docs, {errors} errors",
    )
    table.add_row("pipeline throughput", f"{speed:,.0f} chars/s")
    table.add_row(
        "  of which writing (JSON + Parquet commits)",
        f"{write_seconds:.2f} s; parsing alone {n_chars / (seconds - write_seconds):,.0f} chars/s",
    )
    table.add_row("ratio pipeline / jieba", f"{speed / jieba_speed:.2f}")
    if cold is not None:
        wall, code = cold
        table.add_row(
            "cold `zhengce parse DIR` subprocess wall time",
            f"{wall:.2f} s (exit {code}), {chars / wall:,.0f} chars/s",
        )
    table.add_row("RSS before / peak (getrusage)", f"{rss_start:.0f} MB / {peak_rss_mb():.0f} MB")
    table.add_row("RSS over the run", flatness(samples))
    console.print(table)
    console.print(rss_table("RSS after each chunk of the in-process parse", samples))
    from flows.steps import CHUNK_CHARS, CHUNK_DOCUMENTS

    console.print(
        f"parse_batch holds parsed documents until it commits every {CHUNK_DOCUMENTS} documents or "
        f"{CHUNK_CHARS:,} characters, so RSS climbs within a chunk and settles after each commit; "
        "`--docs 10000` shows fifty commits."
    )


def run_many_documents(n_docs: int, every: int) -> None:
    sources = real_sources()
    with tempfile.TemporaryDirectory(prefix="zhengce-bench-docs-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        files, chars = write_corpus(corpus, sources, n_docs=n_docs)
        console.print(
            f"{files:,} documents ({chars:,} characters), variations of {len(sources)} real texts, in {corpus}"
        )
        pipeline_warmup = warm_up_pipeline()
        console.print(f"pipeline warm-up {pipeline_warmup:.2f} s; RSS {rss_mb():.0f} MB before the batch")
        seconds, parsed, n_chars, samples, errors, write_seconds = time_pipeline(
            corpus,
            tmp_path / "out",
            every,
            on_sample=lambda s: console.print(
                f"  {s.docs:>7,} documents  {s.seconds:7.1f} s  (writing {s.write_seconds:6.1f} s)  RSS {s.rss_mb:6.0f} MB"
            ),
        )
    console.print(rss_table(f"RSS every {every:,} documents", samples))
    console.print(
        f"{parsed:,} documents ({errors} errors), {n_chars:,} characters in {seconds:.1f} s = {n_chars / seconds:,.0f} chars/s, "
        f"{1000 * seconds / max(parsed, 1):.1f} ms per document ({write_seconds:.1f} s of it writing); "
        f"peak RSS {peak_rss_mb():.0f} MB; {flatness(samples)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Throughput and memory of zhengce parse next to jieba.")
    parser.add_argument(
        "--chars", type=int, default=1_000_000, help="corpus size in characters (default 1,000,000)"
    )
    parser.add_argument(
        "--docs", type=int, default=0, help="instead: parse this many documents and print RSS as it goes"
    )
    parser.add_argument(
        "--every", type=int, default=1000, help="with --docs: an RSS sample every this many documents"
    )
    parser.add_argument("--no-cold", action="store_true", help="skip the cold subprocess run")
    parser.add_argument("--keep", type=Path, help="copy the in-process run's output folder here")
    args = parser.parse_args(argv)
    if args.docs:
        run_many_documents(args.docs, args.every)
    else:
        run_throughput(args.chars, cold_cli=not args.no_cold, keep=args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the analyst's tables cost: the provision columns, the DuckDB file and the calendar.

    .venv/bin/python bench/bench_analyst.py            # the real policy texts of the repository, cycled
    .venv/bin/python bench/bench_analyst.py --copies 20

1. Provision columns: ``outputs.provisions.provisions`` over every parsed document, next to
   ``document_rows`` (which calls it, and builds every row of every document table) and next to
   ``jieba.lcut`` over the same text, in this run. CPU time (process_time), best of --rounds, so
   other work on the machine does not count.
2. OUT/zhengce.duckdb: the first commit's cost of writing it (import DuckDB included, in a fresh
   process), and every later commit's check of its stamp.
3. OUT/deadlines.ics: updating a calendar of --events events after a commit of one draft whose
   event changed, and of one whose event did not.

Nothing here asserts a time: this reports.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

SOURCES = (ROOT / "bench" / "corpus", ROOT / "fixtures" / "real", ROOT / "fixtures" / "drafts")


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def corpus_documents(copies: int):
    from parsers.pipeline import parse_path

    files = sorted(
        p for source in SOURCES for p in source.rglob("*") if p.suffix in (".txt", ".html", ".docx")
    )
    docs = []
    for path in files:
        try:
            docs.append(parse_path(path))
        except Exception:  # noqa: BLE001 - a fixture the parser refuses is not what is measured here
            continue
    return docs * copies


def bench_provisions(docs, rounds: int, table: Table) -> None:
    import jieba

    from outputs.provisions import provisions
    from outputs.rows import document_rows

    jieba.lcut("预热")
    chars = sum(len(d.text) for d in docs)
    nodes = sum(1 for d in docs for _ in d.iter_nodes())
    texts = [d.text for d in docs]
    t_jieba = best(lambda: [jieba.lcut(t) for t in texts], rounds)
    t_prov = best(lambda: [provisions(d) for d in docs], rounds)
    t_rows = best(lambda: [document_rows(d) for d in docs], rounds)
    table.add_row("jieba.lcut", f"{t_jieba * 1000:,.0f} ms", f"{chars / t_jieba:,.0f}", "1.00", "")
    table.add_row(
        "provisions()",
        f"{t_prov * 1000:,.0f} ms",
        f"{chars / t_prov:,.0f}",
        f"{t_jieba / t_prov:.1f}",
        f"{t_prov / nodes * 1e6:.2f} µs per node; {t_prov / t_rows:.0%} of document_rows",
    )
    table.add_row(
        "document_rows()", f"{t_rows * 1000:,.0f} ms", f"{chars / t_rows:,.0f}", f"{t_jieba / t_rows:.1f}", ""
    )
    table.caption = (
        f"{len(docs)} documents, {chars:,} characters, {nodes:,} nodes; CPU time, best of {rounds}"
    )


def bench_database(docs, table: Table) -> None:
    from outputs.dataset import commit

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        commit(out, docs[:1])
        (out / "zhengce.duckdb").unlink()
        code = (
            "import time, sys; t = time.perf_counter(); from outputs.sql import refresh_database; "
            f"refresh_database({str(out)!r}); print(time.perf_counter() - t)"
        )
        fresh = [
            float(
                subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True).stdout
            )
            for _ in range(3)
        ]
        from outputs.sql import refresh_database

        start = time.perf_counter()
        for _ in range(100):
            refresh_database(out)
        check = (time.perf_counter() - start) / 100
    table.add_row("write OUT/zhengce.duckdb (fresh process, import included)", f"{min(fresh) * 1000:,.0f} ms")
    table.add_row("check it is current (every later commit)", f"{check * 1e6:,.0f} µs")


def bench_calendar(docs, events: int, table: Table) -> None:
    from outputs.calendar import Consultation, update_calendar, write_calendar
    from parsers.dates import CHINA_TZ

    base = next(Consultation.of_document(d) for d in docs if Consultation.of_document(d))
    start_day = datetime(2025, 1, 1, 17, 0, tzinfo=CHINA_TZ)
    items = [
        Consultation(
            **{**base.__dict__, "doc_id": f"doc{i:06d}", "deadline": start_day + timedelta(days=i % 365)}
        )
        for i in range(events)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        write_calendar(out / "deadlines.ics", items)
        t_build = time.perf_counter() - t0
        same = {items[0].doc_id: items[0]}
        t0 = time.perf_counter()
        update_calendar(out, same)
        t_same = time.perf_counter() - t0
        moved = {items[0].doc_id: Consultation(**{**items[0].__dict__, "title": "改了标题"})}
        t0 = time.perf_counter()
        update_calendar(out, moved)
        t_changed = time.perf_counter() - t0
        size = (out / "deadlines.ics").stat().st_size
    table.add_row(
        f"build a calendar of {events:,} events", f"{t_build * 1000:,.0f} ms", f"{size / 1e6:.1f} MB"
    )
    table.add_row("commit of a draft whose event is unchanged", f"{t_same * 1000:,.1f} ms", "file untouched")
    table.add_row(
        "commit of a draft whose event changed", f"{t_changed * 1000:,.1f} ms", "one event rewritten"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=20, help="times the corpus is cycled (default 20)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    console = Console(width=150)
    docs = corpus_documents(args.copies)

    provisions_table = Table(title="Provision columns", title_justify="left")
    for name in ("step", "CPU", "chars/s", "× jieba speed", "note"):
        provisions_table.add_column(name, justify="right" if name != "step" else "left")
    bench_provisions(docs, args.rounds, provisions_table)
    console.print(provisions_table)

    database_table = Table(title="OUT/zhengce.duckdb", title_justify="left")
    database_table.add_column("step")
    database_table.add_column("time", justify="right")
    bench_database(docs, database_table)
    console.print(database_table)

    calendar_table = Table(title="OUT/deadlines.ics", title_justify="left")
    for name in ("step", "time", "note"):
        calendar_table.add_column(name, justify="right" if name == "time" else "left")
    bench_calendar(docs, args.events, calendar_table)
    console.print(calendar_table)


if __name__ == "__main__":
    main()

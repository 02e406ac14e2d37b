"""How fast each reader turns a file into text, next to plain jieba segmentation of that text.

    .venv/bin/python bench/bench_ingest.py              # every format, 3 rounds
    .venv/bin/python bench/bench_ingest.py --rounds 10

One process. For each file: ``parsers.ingest.read_bytes`` on its bytes (what ``read_path`` does after
the bounded read; the file is already in memory, so the disk is not measured), then ``jieba.lcut`` over
the text it gave, alternated round by round so that a busy machine slows both alike. Throughput is
characters of text out per second; the ratio is reader / jieba (2.0: reading costs half of what
segmenting the same text does). The first read of each file and jieba's dictionary load are warm-ups,
not timed. Nothing here asserts a time: this reports.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from parsers.ingest import read_bytes  # noqa: E402

FILES = (
    (
        "txt (UTF-8)",
        ROOT / "fixtures" / "real" / "structure" / "guobanfa_2018_123_zhengwu_xinmeiti_yijian.txt",
    ),
    ("txt (GB18030)", ROOT / "fixtures" / "drafts" / "yunling_huahui_2025_gb18030.txt"),
    ("html (gov.cn page)", ROOT / "fixtures" / "real" / "html" / "gov_cn_neimenggu_2023.html"),
    ("docx", ROOT / "fixtures" / "drafts" / "yunling_zhizao_2025_zqyj.docx"),
    ("pdf (word processor)", ROOT / "fixtures" / "pdf" / "wordprocessor_guobanfa_2018_123.pdf"),
    ("pdf (browser print)", ROOT / "fixtures" / "pdf" / "browser_shanghai_qiye_jichu_yanjiu_2025.pdf"),
)


def _best_of(function, rounds: int, minimum_seconds: float = 0.2) -> float:
    """Seconds per call: the best round, each round repeating the call for at least ``minimum_seconds``."""
    best = float("inf")
    for _ in range(rounds):
        calls, start = 0, time.perf_counter()
        while True:
            function()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= minimum_seconds:
                break
        best = min(best, elapsed / calls)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    jieba.lcut("预热：加载词典。")
    table = Table(title="ingest: characters of text out per second, vs jieba.lcut on the same text")
    for column in ("file", "bytes", "chars", "read chars/s", "jieba chars/s", "read / jieba"):
        table.add_column(column, justify="left" if column == "file" else "right")
    for label, path in FILES:
        data = path.read_bytes()
        text = read_bytes(data, name=path.name).text  # warm-up (imports, fonts, site tables)
        read_times, jieba_times = [], []
        for _ in range(args.rounds):  # alternated
            read_times.append(_best_of(lambda data=data, path=path: read_bytes(data, name=path.name), 1))
            jieba_times.append(_best_of(lambda text=text: jieba.lcut(text), 1))
        read_rate, jieba_rate = len(text) / min(read_times), len(text) / min(jieba_times)
        table.add_row(
            label,
            f"{len(data):,}",
            f"{len(text):,}",
            f"{read_rate:,.0f}",
            f"{jieba_rate:,.0f}",
            f"{read_rate / jieba_rate:.2f}",
        )
    Console(width=120).print(table)


if __name__ == "__main__":
    main()

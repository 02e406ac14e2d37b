"""The reference process of bench/bench_parse.py: `jieba.lcut` over every file of a folder, nothing else.

    .venv/bin/python bench/jieba_lcut.py FOLDER

What a user who only segments the same files would run: start Python, import jieba, load its
dictionary (it does at the first call), read each file and segment its whole text. Prints the
number of words, so the work cannot be skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jieba


def main(folder: str) -> int:
    jieba.setLogLevel(60)  # its "Building prefix dict" lines are not results
    words = 0
    for path in sorted(Path(folder).iterdir()):
        words += len(jieba.lcut(path.read_text(encoding="utf-8")))
    print(words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""CPU of each phase of the parse, in one process, each document of the benchmark corpus parsed once.

    .venv/bin/python bench/bench_phases.py                 # this tree
    .venv/bin/python bench/bench_phases.py /tmp/before     # another checkout, with this tree's corpus

What a batch's workers spend per document, without the processes around it: the structure, the text
index, the amounts, the targets, then the rows (``outputs.rows.document_columns``) and the JSON. Each
document is parsed once, as a batch parses it (a memo or a cache warmed by an earlier pass would flatter
it), after a warm-up on the bundled drafts, with the collector off (as in a worker's chunk). CPU time, so
a host that takes the second core away does not change it much; alternate two trees to compare them.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import ROOT, write_corpus  # noqa: E402


def measure(root: Path, corpus: Path) -> dict[str, float]:
    sys.path.insert(0, str(root))
    os.chdir(root)
    import parsers.pipeline as pipeline
    from outputs.json_export import document_json_bytes
    from outputs.rows import document_columns
    from parsers.ingest import read_path

    ingested = [read_path(path) for path in sorted(corpus.iterdir())]
    for path in sorted((root / "fixtures" / "drafts").glob("*.txt")):
        pipeline.parse_ingested(read_path(path))
    spent: dict[str, float] = {}

    def timed(name, function):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return run

    pipeline.parse_structure = timed("structure", pipeline.parse_structure)
    pipeline.TextIndex = timed("text index", pipeline.TextIndex)
    pipeline.extract_amounts = timed("amounts", pipeline.extract_amounts)
    pipeline.extract_targets = timed("targets", pipeline.extract_targets)
    gc.disable()
    start = time.process_time()
    documents = [pipeline.parse_ingested(item) for item in ingested]
    spent["parse"] = time.process_time() - start
    start = time.process_time()
    for doc in documents:
        document_columns(doc)
    spent["rows"] = time.process_time() - start
    start = time.process_time()
    for doc in documents:
        document_json_bytes(doc)
    spent["json"] = time.process_time() - start
    spent["per document, all"] = spent["parse"] + spent["rows"] + spent["json"]
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "tree", type=Path, nargs="?", default=ROOT, help="the checkout to measure (default: this one)"
    )
    parser.add_argument("--chars", type=int, default=1_000_000, help="corpus size (default 1,000,000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zhengce-phases-") as name:
        corpus = Path(name) / "corpus"
        files, chars, _ = write_corpus(corpus, min_chars=args.chars)
        spent = measure(args.tree.resolve(), corpus)
    print(
        f"{args.tree} ({files} files, {chars:,} chars), CPU s: "
        + "  ".join(f"{k} {v:.3f}" for k, v in spent.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

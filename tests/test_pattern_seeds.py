"""Every rule's pattern has one text whatever the process's hash seed: the regex cache (flows/regex_cache.py) finds
a kept program by the pattern's text, so a pattern joined from a set in the set's order (which follows the seed) was
compiled again in every process, and never kept for good."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The text and flags of every pattern compiled while the drafts are parsed, in a fresh process.
RUN = """
import json, re
from pathlib import Path
seen = set()
compile_ = re._compile
def recording(pattern, flags):
    if isinstance(pattern, str):
        seen.add((pattern, int(flags)))
    return compile_(pattern, flags)
re._compile = recording
import parsers.pipeline as pipeline
from parsers.ingest import read_path
for path in sorted(Path("fixtures/drafts").iterdir()):
    pipeline.parse_ingested(read_path(path))
print(json.dumps(sorted(seen), ensure_ascii=True))
"""


def _patterns(seed: str) -> set[tuple[str, int]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-c", RUN], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return {(text, flags) for text, flags in json.loads(proc.stdout)}


def test_no_pattern_text_depends_on_the_hash_seed():
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 500  # the rules' patterns were seen
    assert first - second == set() and second - first == set()

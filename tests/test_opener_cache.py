"""The rules' opening classes kept between runs (flows/opener_cache.py): a run that reads them from the file
gets the classes parsers.match_starts makes, and parses the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from flows import opener_cache

ROOT = Path(__file__).resolve().parent.parent

# Parse the drafts with the cache in sys.argv[1] (or none: "-"); print every pattern's class as the run got it,
# the class match_starts makes of the same text, the cache's misses, and the documents' JSON bytes.
RUN = """
import hashlib, json, sys
from pathlib import Path
from parsers import match_starts
make = match_starts._openers.__wrapped__  # match_starts' own reading, past its functools cache
kept = None
if sys.argv[1] != "-":
    from flows import opener_cache
    kept = opener_cache.install(Path(sys.argv[1]))
    assert kept is not None
import parsers.pipeline as pipeline
from outputs.json_export import document_json_bytes
from parsers.ingest import read_path
digests = [hashlib.sha256(document_json_bytes(pipeline.parse_ingested(read_path(p)))).hexdigest()
           for p in sorted(Path("fixtures/drafts").glob("*.txt"))]
classes = {}
for pattern, found in list(match_starts._BY_ID.values()):
    made = make(pattern.pattern, pattern.flags)
    classes[repr((pattern.pattern, pattern.flags))] = [None if found is None else found.pattern,
                                                      None if made is None else made.pattern]
added = kept.added if kept is not None else None
saved = kept.save(force=True) if kept is not None else None
print(json.dumps([classes, added, saved, digests]))
"""


def _run(cache: str) -> tuple[dict, int | None, bool | None, list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", RUN, cache], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    classes, added, saved, digests = json.loads(proc.stdout)
    return classes, added, saved, digests


def test_kept_classes_are_the_classes_match_starts_makes(tmp_path):
    path = tmp_path / "openers.marshal"
    plain_classes, _, _, plain = _run("-")
    first_classes, first_added, saved, first = _run(str(path))  # an empty file: every class read and kept
    assert saved and path.exists() and first_added >= 10
    kept_classes, kept_added, _, kept = _run(str(path))  # every class from the file
    assert kept_added == 0
    for classes in (first_classes, kept_classes):
        assert classes.keys() == plain_classes.keys()
        assert all(got == made for got, made in classes.values())  # the class match_starts makes itself
    assert any(got is not None for got, _ in kept_classes.values())
    assert first == kept == plain  # the documents parse the same


def test_a_file_of_another_python_is_not_read(tmp_path):
    path = tmp_path / "openers.marshal"
    import marshal

    path.write_bytes(marshal.dumps((("zhengce-openers-0", "other", 0), {("a", 0): "[a]"})))
    assert opener_cache.OpenerCache(path).classes == {}

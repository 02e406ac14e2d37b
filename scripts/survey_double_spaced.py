"""Survey: which fixture documents put a blank line after every wrapped line (double-spaced layout).

    PYTHONPATH=$PWD python scripts/survey_double_spaced.py [--near]

Reads the field corpus (dev, heldout, heldout2 … heldout88) and the extraction sets (dev, heldout …
heldout116) as the pipeline ingests them, and prints each document whose layout
``parsers.structure.double_spaced.is_double_spaced`` recognises; with --near, also those whose lines are
mostly separated by one blank line but do not pass (paragraphs separated by blank lines)."""

from __future__ import annotations

import sys
from pathlib import Path

from parsers.ingest import read_path
from parsers.structure.double_spaced import evidence, is_double_spaced
from parsers.structure.fold import fold
from parsers.structure.furniture import print_furniture
from parsers.structure.lines import split_lines
from parsers.structure.wrap import starts_heading

ROOT = Path(__file__).resolve().parent.parent
FIELD = ["dev", "heldout", *(f"heldout{i}" for i in range(2, 89))]
EXTRACTION = ["dev", "heldout", *(f"heldout{i}" for i in range(2, 117))]
SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf"}


def documents():
    for split in FIELD:
        for path in sorted((ROOT / "fixtures" / "field" / split).glob("*")):
            if path.suffix in SUFFIXES:
                yield f"field/{split}", path
    for split in EXTRACTION:
        for path in sorted((ROOT / "fixtures" / "field" / "extraction" / split).glob("*")):
            if path.suffix in SUFFIXES:
                yield f"extraction/{split}", path


def stats(text: str) -> tuple[bool, int, int, int]:
    lines = split_lines(text)
    for i in print_furniture(text, lines):
        lines[i].is_furniture = True
    seen = evidence(text, lines, starts_heading)
    if seen is None:
        return False, 0, 0, 0
    return is_double_spaced(text, lines, starts_heading), seen.gaps, seen.single, seen.opened


def main() -> None:
    near = "--near" in sys.argv
    found = total = 0
    for split, path in documents():
        try:
            text = fold(read_path(path).text)
        except Exception:  # noqa: BLE001 - a fixture that does not read is no layout to survey
            continue
        total += 1
        double, pairs, single, opened = stats(text)
        found += double
        if double or (near and pairs >= 6 and single >= 0.7 * pairs):
            mark = "DOUBLE" if double else "near  "
            print(
                f"{mark} {split:22s} {path.name[:60]:60s} gaps {pairs:4d} single {single:4d} open {opened:4d}"
            )
    print(f"{found} of {total} documents double-spaced")


if __name__ == "__main__":
    main()

"""Does a hard-wrapped copy of a real document read as the original? Measured on the field corpus (issue 7).

    .venv/bin/python scripts/eval_wrapped.py [--split dev|heldout|heldoutN ...] [--json] [--verbose] [--reveal-heldout]

Every field set holds copies of some of its texts printed to PDF and extracted again by
``fixtures/field/make_wrapped.py`` (``<name>__pdf_gbt.txt``, ``<name>__pdf_browser.txt``): broken at every printed
line, with page numbers and the browser's headers in them. The original is the file of the same folder named
without the ``__pdf_*`` suffix (any extension: a saved page too); a copy whose original is absent is counted and
skipped. Both are parsed with ``parsers.pipeline.parse_path`` and compared, whitespace squeezed out
(``scripts/wrapped_compare.py``, the same comparison as ``tests/test_structure_layout.py``):

* ``hierarchy``: every node but clauses, furniture and displaced tails, as (path of kind and label, kind, label,
  heading);
* ``sentences``: the clause texts, a sentence a page break cut in two read as one, a displaced tail (a title's
  last characters the print set above the page) read at the end of the clause it completes;
* ``extractions``: money, ratios and targets as (surface, low, high, kind, role);
* ``title``: the title and the issuer.

Splits are those of ``scripts/eval_documents.py`` and so is the convention: held-out sets other than ``heldout``
print counts only unless ``--reveal-heldout``; ``--verbose`` names each differing pair of a shown split with its
first difference. It reports; it does not gate.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages come from its root
    sys.path.insert(0, str(ROOT))

from scripts.field_annotations import FIELD_DIR, SHOWN_SPLITS, SPLITS  # noqa: E402
from scripts.wrapped_compare import (  # noqa: E402
    extraction_rows,
    first_difference,
    hierarchy,
    sentences,
    squeeze,
)

ASPECTS = ("hierarchy", "sentences", "extractions", "title")
_COPY_RE = re.compile(r"^(?P<stem>.+)__pdf_[a-z]+$")


@dataclass
class Pair:
    split: str
    copy: Path
    original: Path | None
    agree: dict[str, bool] = field(default_factory=dict)
    differences: dict[str, tuple] = field(default_factory=dict)
    error: str | None = None

    @property
    def all_agree(self) -> bool:
        return bool(self.agree) and all(self.agree.values())


def find_pairs(folder: Path, split: str) -> list[Pair]:
    """The wrapped copies of a set's folder, each with its original (None when absent)."""
    pairs = []
    for copy in sorted(folder.glob("*__pdf_*.txt")):
        match = _COPY_RE.match(copy.stem)
        if not match:
            continue
        originals = sorted(
            p for p in folder.glob(f"{glob_escape(match['stem'])}.*") if p.is_file() and p != copy
        )
        pairs.append(Pair(split, copy, originals[0] if originals else None))
    return pairs


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def readings(doc) -> dict[str, list]:
    """What is compared, aspect by aspect, as lists (so the first difference can be named)."""
    return {
        "hierarchy": hierarchy(doc),
        "sentences": sentences(doc),
        "extractions": extraction_rows(doc),
        "title": [squeeze(doc.title), squeeze(doc.issuer)],
    }


def compare_docs(original, copy) -> tuple[dict[str, bool], dict[str, tuple]]:
    left, right = readings(original), readings(copy)
    agree, differences = {}, {}
    for aspect in ASPECTS:
        difference = first_difference(left[aspect], right[aspect])
        agree[aspect] = difference is None
        if difference is not None:
            differences[aspect] = difference
    return agree, differences


def score_pair(pair: Pair, parse) -> Pair:
    if pair.original is None:
        return pair
    try:
        pair.agree, pair.differences = compare_docs(parse(pair.original), parse(pair.copy))
    except Exception as exc:  # a parser failure is a disagreement on every aspect, not a crash of the measure
        pair.error = f"{type(exc).__name__}: {exc}"
        pair.agree = dict.fromkeys(ASPECTS, False)
    return pair


def run(splits: Sequence[str], root: Path = FIELD_DIR, parse=None) -> list[Pair]:
    if parse is None:
        from parsers.pipeline import parse_path as parse
    pairs = [p for split in splits for p in find_pairs(root / split, split)]
    return [score_pair(pair, parse) for pair in pairs]


def totals(pairs: Sequence[Pair]) -> dict[str, int]:
    scored = [p for p in pairs if p.original is not None]
    out = {"pairs": len(scored), "no_original": len(pairs) - len(scored)}
    out.update({aspect: sum(p.agree.get(aspect, False) for p in scored) for aspect in ASPECTS})
    out["all"] = sum(p.all_agree for p in scored)
    return out


def shown(split: str, reveal: bool) -> bool:
    return split in SHOWN_SPLITS or reveal


def report(pairs: Sequence[Pair], splits: Sequence[str], reveal: bool) -> dict:
    per_split = {split: totals([p for p in pairs if p.split == split]) for split in splits}
    differing = [
        {
            "split": p.split,
            "copy": str(p.copy.relative_to(p.copy.parents[1])),
            "error": p.error,
            "differences": {aspect: list(d) for aspect, d in p.differences.items()},
        }
        for p in pairs
        if p.original is not None and not p.all_agree and shown(p.split, reveal)
    ]
    return {"splits": per_split, "pooled": totals(pairs), "differing": differing}


def print_report(result: dict, verbose: bool) -> None:
    columns = ("pairs", *ASPECTS, "all")
    print(f"{'split':<12}" + "".join(f"{c:>12}" for c in columns) + f"{'no original':>13}")
    rows = [*result["splits"].items(), ("pooled", result["pooled"])]
    for split, t in rows:
        print(f"{split:<12}" + "".join(f"{t[c]:>12}" for c in columns) + f"{t['no_original']:>13}")
    if verbose:
        for item in result["differing"]:
            print(f"\n{item['copy']}" + (f"  error: {item['error']}" if item["error"] else ""))
            for aspect, (index, original, copy) in item["differences"].items():
                print(f"  {aspect} #{index}\n    original: {original}\n    copy:     {copy}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        action="append",
        choices=SPLITS,
        help="only this split; repeat for several (default: all, reported apart)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--verbose", action="store_true", help="each differing pair and its first difference")
    parser.add_argument(
        "--reveal-heldout", action="store_true", help="also show held-out pairs (never while tuning rules)"
    )
    args = parser.parse_args(argv)
    splits = tuple(dict.fromkeys(args.split)) if args.split else SPLITS
    result = report(run(splits), splits, args.reveal_heldout)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        print_report(result, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

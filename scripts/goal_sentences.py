"""The gold of the readable sets as labelled goal units, for the learned goal detector (scripts/fit_goal_detector.py).

    .venv/bin/python scripts/goal_sentences.py [--max-set 160] [--validation 121-126] [--held-back 131,137-160]

A unit is a sentence or list item with a figure (parsers.goal_features.figure_units); its label says whether it
holds a required gold target (a goal with a number): by offsets for the gold documents (fixtures/gold/*.gold.json,
each text parsed as the pipeline parses it), by the sentence's own gold for the sentence sets. Each unit also records
what the rules do there: whether a goal scope with a year covers it, and whether a target is predicted in it.

Sets numbered above --max-set are never read (the fresh sets being annotated); the --held-back sets are never read
either (the writers' validation part, kept unread until a rule is written: no fit may learn from it); the
--validation sets are the fit's own validation (read for its metrics only), every other readable set trains (the
census part). A set list is numbers and ranges, ``121-126,131``. Printed: the counts, and the oracle (of the gold targets
the rules miss on the validation sets, how many sit in a unit no scope covers: what a perfect detector could add).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (ROOT, HERE):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from eval_gold import GOLD_DIR, SENTENCE_SETS, load_gold_set, load_sentence_sets, read_index  # noqa: E402
from eval_splits import held_out_folders, held_out_number  # noqa: E402

from parsers.context import TextIndex  # noqa: E402
from parsers.goal_features import figure_units, title_of, unit_features  # noqa: E402
from parsers.ingest import read_path  # noqa: E402
from parsers.nlp import sentence_clauses  # noqa: E402
from parsers.pipeline import read_text  # noqa: E402
from parsers.targets import extract_targets  # noqa: E402

MAX_SET = 160  # sets above this are fresh: never read
VALIDATION = "121-126"  # the fit's own validation: the writers' first validation sets
HELD_BACK = "131,137-160"  # the rest of the writers' validation part: never read by a fit


@dataclass
class LabelledUnit:
    source: str  # the gold file or sentence id
    split: str
    start: int
    end: int
    features: list[str]
    label: bool  # holds a required gold target
    covered: bool  # a goal scope with a year covers it
    predicted: bool  # the rules predict a target with a number in it
    missed: int = 0  # required gold targets in it that no predicted target overlaps
    optional_only: bool = False  # holds only optional gold targets: neither label is right
    text: str = field(default="", repr=False)


def set_numbers(spec: str) -> frozenset[int]:
    """The held-out set numbers of a list like ``121-126,131,137-160`` (empty for '')."""
    numbers: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        low, _, high = part.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return frozenset(numbers)


@dataclass(frozen=True)
class Parts:
    """Which readable sets train the detector, which validate its fit, which it never reads."""

    max_set: int = MAX_SET  # sets above are fresh: never read
    validation: frozenset[int] = set_numbers(VALIDATION)
    held_back: frozenset[int] = set_numbers(HELD_BACK)

    def role(self, split: str) -> str:
        """'train', 'validation' or 'unread' (a fresh set, or one held back)."""
        number = held_out_number(split)
        if number is None:
            return "train"
        if number > self.max_set or number in self.held_back:
            return "unread"
        return "validation" if number in self.validation else "train"


def readable(split: str, max_set: int) -> bool:
    number = held_out_number(split)
    return number is None or number <= max_set


def role(split: str, parts: Parts) -> str:
    return parts.role(split)


def _quantified(target) -> bool:
    return target.value is not None or target.low is not None or target.high is not None


def _document_index(path: Path) -> tuple[str, TextIndex, list]:
    """The text, its TextIndex and its predicted targets, as parsers.pipeline.parse_ingested builds them."""
    ingested = read_path(path)
    _, _, clauses, index = read_text(ingested)
    return ingested.text, index, extract_targets(ingested.text, clauses, index)


def _units(
    source: str, split: str, index: TextIndex, targets: list, gold: list[dict], text: str
) -> Iterator[LabelledUnit]:
    norm, lex = index.norm, index.lex
    spans = [(s.start, s.end) for s in index.scopes() if s.year is not None]
    predicted = [(t.char_start, t.char_end) for t in targets if _quantified(t)]
    title = title_of(norm)
    for unit in figure_units(norm):
        inside = [g for g in gold if unit.start <= g["char_start"] < unit.end]
        required = [g for g in inside if not g.get("optional")]
        missed = sum(
            1 for g in required if not any(s < g["char_end"] and g["char_start"] < e for s, e in predicted)
        )
        yield LabelledUnit(
            source,
            split,
            unit.start,
            unit.end,
            unit_features(norm, unit, lex, index.current_year, title),
            bool(required),
            any(s < unit.end and unit.start < e for s, e in spans),
            any(unit.start <= s < unit.end for s, _ in predicted),
            missed,
            bool(inside) and not required,
            text[unit.start : unit.end],
        )


def readable_gold_names(max_set: int, gold_dir: Path = GOLD_DIR, root: Path = ROOT) -> set[str]:
    """The gold files of the readable sets, told apart before any is opened: by the split INDEX.toml gives a gold
    file, else by the set folder holding a document of its name (fixtures/field/extraction/<split>/<name>.txt); only
    the readable sets' folders are looked in. A gold file known by neither (a fresh set's) is not read."""
    names = {
        name for name, entry in read_index(gold_dir).items() if readable(entry.get("split", "tuned"), max_set)
    }
    indexed = set(read_index(gold_dir))
    extraction = root / "fixtures" / "field" / "extraction"
    for split in held_out_folders(extraction):
        if readable(split, max_set):
            names |= {p.stem for p in (extraction / split).iterdir() if p.is_file() and p.stem not in indexed}
    return names


def labelled_units(parts: Parts = Parts()) -> Iterator[LabelledUnit]:
    """Every unit of the gold documents and sentence sets the fit reads (training and validation), in a fixed order."""
    max_set = parts.max_set
    for gold_doc in load_gold_set(only=readable_gold_names(max_set)):
        if parts.role(gold_doc.split) == "unread" or gold_doc.problems:
            continue
        text, index, targets = _document_index(gold_doc.document_path)
        yield from _units(
            gold_doc.name, gold_doc.split, index, targets, gold_doc.gold.get("targets") or [], text
        )
    sets = {path: split for path, split in SENTENCE_SETS.items() if parts.role(split) != "unread"}
    for sentence_set in load_sentence_sets(sets):
        for sentence in sentence_set.sentences:
            text = sentence["text"]
            index = TextIndex(text)
            targets = extract_targets(text, sentence_clauses(text), index)
            yield from _units(
                sentence["id"], sentence_set.split, index, targets, sentence.get("targets") or [], text
            )


def add_part_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-set", type=int, default=MAX_SET)
    parser.add_argument("--validation", default=VALIDATION, help="the fit's own validation sets (121-126)")
    parser.add_argument("--held-back", default=HELD_BACK, help="sets the fit never reads (131,137-160)")


def parts_of(args: argparse.Namespace) -> Parts:
    return Parts(args.max_set, set_numbers(args.validation), set_numbers(args.held_back))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_part_arguments(parser)
    args = parser.parse_args()
    counts: dict[tuple[str, str], int] = {}
    oracle = {"missed": 0, "missed_unscoped": 0}
    for u in labelled_units(parts_of(args)):
        part = role(u.split, parts_of(args))
        key = (part, "optional" if u.optional_only else ("goal" if u.label else "other"))
        counts[key] = counts.get(key, 0) + 1
        if u.label:
            counts[(part, "goal, unscoped")] = counts.get((part, "goal, unscoped"), 0) + (not u.covered)
        if part == "validation":
            oracle["missed"] += u.missed
            oracle["missed_unscoped"] += u.missed if not u.covered else 0
    for (part, kind), n in sorted(counts.items()):
        print(f"{part:10} {kind:16} {n}")
    print(
        f"oracle (validation): {oracle['missed']} required gold targets missed by the rules, "
        f"{oracle['missed_unscoped']} of them in a unit no goal scope covers"
    )


if __name__ == "__main__":
    main()

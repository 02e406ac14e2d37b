"""Score the pipeline's money, ratios and targets against the hand-made gold, split by how honest it is.

    .venv/bin/python scripts/eval.py [--split tuned|dev|heldout|heldoutN ...] [--verbose] [--json] [--show-heldout]
                                     [--gold-dir fixtures/gold]

Two kinds of gold, each in one of three splits:

* Documents: every ``fixtures/gold/*.gold.json``. ``fixtures/gold/INDEX.toml`` names the document it
  annotates (or the gold file's own ``document`` field), its sha256 and its split. The document is parsed
  with ``parsers.pipeline.parse_path`` (structure and all) and compared table by table.
* Sentence sets: JSON lines, one real sentence each, with its gold mentions and offsets into the sentence
  (``fixtures/field/extraction/sentences_dev.jsonl`` is dev, ``fixtures/heldout/sentences.jsonl`` held-out).
  Each sentence goes through the extractors alone (``parsers.amounts.extract_amounts`` and
  ``parsers.targets.extract_targets`` on its own clauses), so a sentence measures extraction, not structure.
* Splits: ``tuned`` is the gold the rules were written against; ``dev`` was annotated before the pipeline
  saw it and may be read while changing rules; ``heldout``, ``heldout2``, … ``heldoutN`` were each annotated
  before the pipeline was run on them (from ``heldout5`` on, by reading, never run by their annotator) and are
  never read while changing a rule until a round's lead declares them spent (``fixtures/gold/BASELINE.md`` says
  which were read, and when). A set is found on disk by its number (``scripts/eval_splits.py``): its texts in
  ``fixtures/field/extraction/heldoutN/`` (with SOURCES.md), its gold files naming ``split = "heldoutN"`` in
  ``fixtures/gold/INDEX.toml`` or in their own ``"split"`` field, its sentences in ``fixtures/heldout/sentencesN.jsonl``.
  Figures are printed per document
  and totalled per split, never mixed.

Scoring, per table (money, ratios, targets, goals_no_number):

* targets are goals with a number (gold ``targets``; predicted targets with a value, a low or a high);
  goals_no_number are goals without one (gold ``targets_unquantified``; predicted targets with none).
* Matching: a predicted mention matches a gold one when their character spans overlap. Pairs are made one
  to one, best intersection-over-union first, so a prediction that covers a bit more or less than the gold
  surface (a qualifier kept or dropped) still counts, and two adjacent amounts (50万元、20万元) are not both
  claimed by one prediction.
* Gold rows with ``optional: true`` are matched after the required ones; matched or not they count neither
  as a hit, a miss nor a false positive, and no prediction left over that overlaps one is a false positive.
* Precision, recall and F1 over spans; false positives as a share of predictions; among matched pairs,
  value+kind accuracy, role, form, recipient, year and unit accuracy, each only where the gold row has that
  field. Value+kind: money compares low and high; ratios value and high; targets value, or low and high
  when the gold is a range (kind ``range``); numbers agree within 1e-6 relative, and the kind must be equal.
  A field the prediction does not have (an older model without target ``low``) counts as wrong, never as
  an error of the scorer.
* A sentence is fully right when it has no miss and no false positive and every pair is right on value and
  kind.

Held-out errors are counted, not listed: ``--verbose`` and ``--json`` give each held-out report's number of
misses, false positives and wrong values, and list them only with ``--show-heldout`` (for a reviewer who will
not change a rule afterwards).

It reports; it does not gate: the exit status is 0 unless the gold itself cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (ROOT, HERE):  # run from anywhere: the project's packages, and the two halves beside this file
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from eval_gold import (  # noqa: E402  (the gold's loading lives beside this file)
    GOLD_DIR,
    SENTENCE_SETS,
    SPLITS,
    GoldDocument,
    SentenceSet,
    load_gold_set,
    load_sentence_set,
    load_sentence_sets,
    read_index,
)
from eval_report import render, to_json  # noqa: E402  (the printing half lives beside this file)
from eval_scoring import (  # noqa: E402  (the scoring half lives beside this file)
    ATTRIBUTES,
    COUNTS,
    TABLES,
    Matching,
    Mention,
    TableScore,
    add_scores,
    gold_mentions,
    match_mentions,
    offset_problems,
    predicted_mentions,
    ratio,
    same_number,
    score_table,
    value_and_kind_agree,
    value_fields,
    without_scale,
)

# the gold and scoring halves are re-exported: tests and callers use eval.load_gold_set, eval.Mention ...
__all__ = [
    "ATTRIBUTES",
    "COUNTS",
    "GOLD_DIR",
    "SENTENCE_SETS",
    "SPLITS",
    "TABLES",
    "DocumentReport",
    "GoldDocument",
    "Matching",
    "Mention",
    "SentenceSet",
    "TableScore",
    "add_scores",
    "evaluate",
    "evaluate_document",
    "evaluate_sentences",
    "gold_mentions",
    "load_gold_set",
    "load_sentence_set",
    "load_sentence_sets",
    "match_mentions",
    "offset_problems",
    "predicted_mentions",
    "ratio",
    "read_index",
    "render",
    "same_number",
    "score_table",
    "split_totals",
    "to_json",
    "value_and_kind_agree",
    "value_fields",
    "without_scale",
]

# ---- running it -----------------------------------------------------------------------------


@dataclass
class DocumentReport:
    name: str
    document: str
    scores: dict[str, TableScore]
    problems: list[str]
    error: str | None = None
    split: str = "tuned"
    kind: str = "document"  # or "sentences"
    n_sentences: int = 0
    fully_right: int = 0
    not_fully_right: list[str] = field(default_factory=list)  # sentence ids


def _pipeline_parse(path: Path):
    from parsers.pipeline import parse_path  # imported late: a broken pipeline is reported per document

    return parse_path(path)


def _extract_sentence(text: str) -> SimpleNamespace:
    """The extractors alone on one sentence, cut into clauses the way a plain text is."""
    from parsers.amounts import extract_amounts
    from parsers.context import TextIndex
    from parsers.nlp import sentence_clauses
    from parsers.targets import extract_targets

    clauses = sentence_clauses(text)
    index = TextIndex(text)
    money, ratios = extract_amounts(text, clauses, index)
    return SimpleNamespace(
        text=text, money=money, ratios=ratios, targets=extract_targets(text, clauses, index)
    )


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def evaluate_document(gold_doc: GoldDocument, parse=None) -> DocumentReport:
    parse = parse or _pipeline_parse
    relative = _relative(gold_doc.document_path)
    problems = list(gold_doc.problems)
    report = DocumentReport(gold_doc.name, relative, {}, problems, split=gold_doc.split)
    try:
        document = parse(gold_doc.document_path)
    except Exception as err:  # a crash on one document is a result to report, not the end of the run
        report.scores = {t: score_table(t, gold_mentions(gold_doc.gold, t), []) for t in TABLES}
        report.error = f"{type(err).__name__}: {err}"
        return report
    file_text = gold_doc.document_path.read_bytes().decode("utf-8-sig")
    if document.text != file_text:
        problems.append(
            "Document.text differs from the file's text: predicted offsets may not line up with gold offsets"
        )
    report.scores = {
        t: score_table(t, gold_mentions(gold_doc.gold, t), predicted_mentions(document, t)) for t in TABLES
    }
    return report


def sentence_fully_right(scores: dict[str, TableScore]) -> bool:
    return all(s.fn == 0 and s.fp == 0 and s.value_kind_correct == s.tp for s in scores.values())


def evaluate_sentences(
    sentence_set: SentenceSet, extract: Callable[[str], Any] | None = None
) -> DocumentReport:
    """Every sentence scored alone; the set is reported as one unit with its counts summed."""
    extract = extract or _extract_sentence
    per_table: dict[str, list[TableScore]] = {t: [] for t in TABLES}
    report = DocumentReport(
        sentence_set.name,
        sentence_set.name,
        {},
        list(sentence_set.problems),
        split=sentence_set.split,
        kind="sentences",
        n_sentences=len(sentence_set.sentences),
    )
    for sentence in sentence_set.sentences:
        try:
            predicted = extract(sentence["text"])
            scores = {
                t: score_table(t, gold_mentions(sentence, t), predicted_mentions(predicted, t))
                for t in TABLES
            }
        except Exception as err:  # one sentence that breaks the extractor is a finding, not a crash
            report.problems.append(f"{sentence['id']}: extraction failed: {type(err).__name__}: {err}")
            scores = {t: score_table(t, gold_mentions(sentence, t), []) for t in TABLES}
        for t, s in scores.items():
            per_table[t].append(_tag(s, sentence["id"]))
        if sentence_fully_right(scores):
            report.fully_right += 1
        else:
            report.not_fully_right.append(sentence["id"])
    report.scores = {t: _concat(t, scores) for t, scores in per_table.items()}
    return report


def _tag(score: TableScore, sentence_id: str) -> TableScore:
    """Mentions of one sentence carry its id in their surface, so a listing says where each comes from."""

    def tagged(m: Mention) -> Mention:
        values = {f.name: getattr(m, f.name) for f in fields(m)}
        values["surface"] = f"{sentence_id}: {m.surface}"
        return Mention(**values)

    score.misses = [tagged(m) for m in score.misses]
    score.false_positives = [tagged(m) for m in score.false_positives]
    score.wrong_values = [(tagged(g), p) for g, p in score.wrong_values]
    score.wrong_attributes = [(a, tagged(g), p) for a, g, p in score.wrong_attributes]
    return score


def _concat(table: str, scores: list[TableScore]) -> TableScore:
    total = add_scores(table, scores)
    for s in scores:
        total.misses += s.misses
        total.false_positives += s.false_positives
        total.wrong_values += s.wrong_values
        total.wrong_attributes += s.wrong_attributes
    return total


def evaluate(
    gold_dir: Path = GOLD_DIR,
    parse=None,
    sentence_sets: Sequence[SentenceSet] | None = None,
    extract: Callable[[str], Any] | None = None,
    splits: Sequence[str] = SPLITS,
) -> tuple[list[DocumentReport], dict[str, TableScore]]:
    """Reports for every gold document and sentence set of the chosen splits, and their totals."""
    reports = [evaluate_document(g, parse) for g in load_gold_set(gold_dir) if g.split in splits]
    sets = load_sentence_sets() if sentence_sets is None else sentence_sets
    reports += [evaluate_sentences(s, extract) for s in sets if s.split in splits]
    return reports, totals_of(reports)


def totals_of(reports: Iterable[DocumentReport]) -> dict[str, TableScore]:
    reports = list(reports)
    return {t: add_scores(t, (r.scores[t] for r in reports)) for t in TABLES}


def split_totals(reports: Sequence[DocumentReport]) -> dict[str, dict[str, TableScore]]:
    """Totals per split (only splits that have a report), in SPLITS order."""
    return {
        split: totals_of(r for r in reports if r.split == split)
        for split in SPLITS
        if any(r.split == split for r in reports)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score money, ratios and targets against the gold, per split (" + ", ".join(SPLITS) + ")."
    )
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument(
        "--split",
        action="append",
        choices=SPLITS,
        help="only this split (repeat for several); default: every split, reported apart",
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list misses, false positives and wrong values"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of tables")
    parser.add_argument(
        "--show-heldout",
        action="store_true",
        help="with --verbose or --json, list held-out errors too (not for whoever changes a rule)",
    )
    args = parser.parse_args(argv)
    splits = tuple(args.split) if args.split else SPLITS
    reports, totals = evaluate(args.gold_dir, splits=splits)
    if args.json:
        print(json.dumps(to_json(reports, totals, args.show_heldout), ensure_ascii=False, indent=1))
    else:
        render(reports, totals, args.verbose, args.show_heldout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

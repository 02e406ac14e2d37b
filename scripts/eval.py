"""Score the pipeline's money, ratios and targets against the hand-made gold annotations.

    .venv/bin/python scripts/eval.py [--verbose] [--json] [--gold-dir fixtures/gold]

For every ``fixtures/gold/*.gold.json`` the document it annotates is found through
``fixtures/gold/INDEX.toml`` (or the gold file's own ``document`` field), parsed with
``parsers.pipeline.parse_path`` and compared table by table:

* money, ratios, targets (goals with a number) and goals_no_number (goals without one: gold
  ``targets_unquantified``, predicted targets whose ``value`` is None).
* Matching: a predicted mention matches a gold one when their character spans overlap. Pairs are
  made one to one, best intersection-over-union first, so a prediction that covers a bit more or
  less than the gold surface (a qualifier kept or dropped) still counts, and two adjacent amounts
  (50万元、20万元) are not both claimed by one prediction.
* Gold rows with ``optional: true`` are matched after the required ones; matched or not they count
  neither as a hit, a miss nor a false positive, and no prediction left over that overlaps one is a
  false positive (a goal the extractor splits in two pieces is not an error).
* Precision, recall and F1 over spans; among matched pairs, value+kind accuracy (low/high/value
  within 1e-6 relative and kind equal), role accuracy, recipient accuracy where the gold names a
  recipient, year accuracy for goals and unit accuracy for targets.

It reports; it does not gate: the exit status is 0 unless the gold set itself cannot be read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages come from its root
    sys.path.insert(0, str(ROOT))

GOLD_DIR = ROOT / "fixtures" / "gold"
RELATIVE_TOLERANCE = 1e-6

# table name -> the gold file's key for it
TABLES: dict[str, str] = {
    "money": "money",
    "ratios": "ratios",
    "targets": "targets",
    "goals_no_number": "targets_unquantified",
}
# attributes compared among matched pairs, per table, where the gold row has them
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "money": ("role", "recipient"),
    "ratios": ("role",),
    "targets": ("year", "unit"),
    "goals_no_number": ("year",),
}
# which numeric fields must agree for "value+kind" in each table
VALUE_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("low", "high"),
    "ratios": ("value", "high"),
    "targets": ("value",),
    "goals_no_number": (),
}


@dataclass(frozen=True)
class Mention:
    """One money/ratio/target mention, gold or predicted, reduced to what the scorer compares."""

    start: int
    end: int
    surface: str = ""
    low: float | None = None
    high: float | None = None
    value: float | None = None
    kind: str | None = None
    role: str | None = None
    recipient: str | None = None
    year: int | None = None
    unit: str | None = None
    optional: bool = False

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end

    def iou(self, other: Mention) -> float:
        inter = min(self.end, other.end) - max(self.start, other.start)
        if inter <= 0:
            return 0.0
        union = max(self.end, other.end) - min(self.start, other.start)
        return inter / union


@dataclass
class Matching:
    pairs: list[tuple[Mention, Mention]]  # (gold, predicted), required gold only
    optional_pairs: list[tuple[Mention, Mention]]
    misses: list[Mention]  # required gold without a prediction
    false_positives: list[Mention]  # predictions matching no gold at all


def match_mentions(gold: Sequence[Mention], predicted: Sequence[Mention]) -> Matching:
    """One-to-one matching by span overlap, best IoU first; required gold before optional gold."""
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    free = list(predicted)

    def assign(golds: list[Mention]) -> tuple[list[tuple[Mention, Mention]], list[Mention]]:
        candidates = sorted(
            (
                (g.iou(p), -abs(g.start - p.start), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(free)
                if g.overlaps(p)
            ),
            reverse=True,
        )
        gold_taken: set[int] = set()
        pred_taken: set[int] = set()
        pairs: list[tuple[int, int]] = []
        for _, _, gi, pi in candidates:
            if gi in gold_taken or pi in pred_taken:
                continue
            gold_taken.add(gi)
            pred_taken.add(pi)
            pairs.append((gi, pi))
        matched = [(golds[gi], free[pi]) for gi, pi in sorted(pairs, key=lambda x: golds[x[0]].start)]
        unmatched = [g for gi, g in enumerate(golds) if gi not in gold_taken]
        for pi in sorted(pred_taken, reverse=True):
            free.pop(pi)
        return matched, unmatched

    pairs, misses = assign(required)
    optional_pairs, _ = assign(optional)
    # whatever else falls inside an optional region is not an error either (a goal split in two pieces)
    for p in [p for p in free if any(o.overlaps(p) for o in optional)]:
        free.remove(p)
        optional_pairs.append((next(o for o in optional if o.overlaps(p)), p))
    return Matching(
        pairs=pairs,
        optional_pairs=optional_pairs,
        misses=misses,
        false_positives=sorted(free, key=lambda m: m.start),
    )


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=0.0)


def value_and_kind_agree(table: str, gold: Mention, predicted: Mention) -> bool:
    fields = VALUE_FIELDS[table]
    if not all(same_number(getattr(gold, f), getattr(predicted, f)) for f in fields):
        return False
    if table == "goals_no_number":
        return predicted.value is None
    return gold.kind == predicted.kind


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class TableScore:
    table: str
    n_gold: int  # required gold rows
    n_optional: int
    n_predicted: int
    tp: int
    fp: int
    fn: int
    value_kind_correct: int
    role_checked: int
    role_correct: int
    recipient_checked: int
    recipient_correct: int
    year_checked: int
    year_correct: int
    unit_checked: int = 0
    unit_correct: int = 0
    misses: list[Mention] = field(default_factory=list)
    false_positives: list[Mention] = field(default_factory=list)
    wrong_values: list[tuple[Mention, Mention]] = field(default_factory=list)
    wrong_attributes: list[tuple[str, Mention, Mention]] = field(
        default_factory=list
    )  # (attribute, gold, predicted)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_kind_accuracy(self) -> float | None:
        return ratio(self.value_kind_correct, self.tp)

    @property
    def role_accuracy(self) -> float | None:
        return ratio(self.role_correct, self.role_checked)

    @property
    def recipient_accuracy(self) -> float | None:
        return ratio(self.recipient_correct, self.recipient_checked)

    @property
    def year_accuracy(self) -> float | None:
        return ratio(self.year_correct, self.year_checked)

    @property
    def unit_accuracy(self) -> float | None:
        return ratio(self.unit_correct, self.unit_checked)

    def summary(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "gold": self.n_gold,
            "gold_optional": self.n_optional,
            "predicted": self.n_predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "value_kind_accuracy": self.value_kind_accuracy,
            "role_accuracy": self.role_accuracy,
            "recipient_accuracy": self.recipient_accuracy,
            "year_accuracy": self.year_accuracy,
            "unit_accuracy": self.unit_accuracy,
        }


def score_table(table: str, gold: Sequence[Mention], predicted: Sequence[Mention]) -> TableScore:
    matching = match_mentions(gold, predicted)
    score = TableScore(
        table=table,
        n_gold=sum(1 for g in gold if not g.optional),
        n_optional=sum(1 for g in gold if g.optional),
        n_predicted=len(predicted),
        tp=len(matching.pairs),
        fp=len(matching.false_positives),
        fn=len(matching.misses),
        value_kind_correct=0,
        role_checked=0,
        role_correct=0,
        recipient_checked=0,
        recipient_correct=0,
        year_checked=0,
        year_correct=0,
        misses=matching.misses,
        false_positives=matching.false_positives,
    )
    for g, p in matching.pairs:
        if value_and_kind_agree(table, g, p):
            score.value_kind_correct += 1
        else:
            score.wrong_values.append((g, p))
        for attribute in ATTRIBUTES[table]:
            expected = getattr(g, attribute)
            if expected is None:
                continue
            checked, correct = f"{attribute}_checked", f"{attribute}_correct"
            setattr(score, checked, getattr(score, checked) + 1)
            if expected == getattr(p, attribute):
                setattr(score, correct, getattr(score, correct) + 1)
            else:
                score.wrong_attributes.append((attribute, g, p))
    return score


def add_scores(table: str, scores: Iterable[TableScore]) -> TableScore:
    """Micro-average: counts summed over documents."""
    total = TableScore(table, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    for s in scores:
        for name in (
            "n_gold",
            "n_optional",
            "n_predicted",
            "tp",
            "fp",
            "fn",
            "value_kind_correct",
            "role_checked",
            "role_correct",
            "recipient_checked",
            "recipient_correct",
            "year_checked",
            "year_correct",
            "unit_checked",
            "unit_correct",
        ):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    return total


# ---- gold and predictions as Mentions -------------------------------------------------------


def _float(x: Any) -> float | None:
    return None if x is None else float(x)


def gold_mentions(gold: dict[str, Any], table: str) -> list[Mention]:
    rows = gold.get(TABLES[table]) or []
    return [
        Mention(
            start=row["char_start"],
            end=row["char_end"],
            surface=row.get("surface", ""),
            low=_float(row.get("low")),
            high=_float(row.get("high")),
            value=_float(row.get("value")),
            kind=row.get("kind"),
            role=row.get("role"),
            recipient=row.get("recipient"),
            year=row.get("year"),
            unit=row.get("unit"),
            optional=bool(row.get("optional", False)),
        )
        for row in rows
    ]


def predicted_mentions(document: Any, table: str) -> list[Mention]:
    """Mentions of one table from a parsers.model.Document."""
    if table == "money":
        return [
            Mention(
                m.char_start,
                m.char_end,
                m.surface,
                low=m.low,
                high=m.high,
                kind=m.kind,
                role=m.role,
                recipient=m.recipient,
            )
            for m in document.money
        ]
    if table == "ratios":
        return [
            Mention(r.char_start, r.char_end, r.surface, value=r.value, high=r.high, kind=r.kind, role=r.role)
            for r in document.ratios
        ]
    with_number = table == "targets"
    return [
        Mention(t.char_start, t.char_end, t.surface, value=t.value, kind=t.kind, year=t.year, unit=t.unit)
        for t in document.targets
        if (t.value is not None) == with_number
    ]


# ---- the gold set ---------------------------------------------------------------------------


@dataclass
class GoldDocument:
    name: str
    gold_path: Path
    gold: dict[str, Any]
    document_path: Path
    problems: list[str]  # offsets that do not hold, a changed document ...


def read_index(gold_dir: Path) -> dict[str, dict[str, Any]]:
    index_path = gold_dir / "INDEX.toml"
    if not index_path.exists():
        return {}
    with index_path.open("rb") as f:
        return tomllib.load(f)


def offset_problems(gold: dict[str, Any], text: str) -> list[str]:
    """Every gold row's surface must be text[char_start:char_end]."""
    problems = []
    for key in ("money", "ratios", "targets", "targets_unquantified", "other_numeric"):
        for row in gold.get(key) or []:
            start, end, surface = row.get("char_start"), row.get("char_end"), row.get("surface")
            if start is None or end is None or surface is None:
                continue
            if text[start:end] != surface:
                problems.append(f"{key} [{start}:{end}] is {text[start:end]!r}, gold surface {surface!r}")
    return problems


def load_gold_set(gold_dir: Path = GOLD_DIR, root: Path = ROOT) -> list[GoldDocument]:
    index = read_index(gold_dir)
    documents = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        entry = index.get(name, {})
        relative = entry.get("document") or gold.get("document")
        if not relative:
            raise SystemExit(
                f"eval: {gold_path}: no document for this gold file (add it to {gold_dir / 'INDEX.toml'})"
            )
        document_path = root / relative
        if not document_path.exists():
            raise SystemExit(f"eval: {gold_path}: document {relative} does not exist")
        problems = []
        data = document_path.read_bytes()
        if entry.get("sha256") and hashlib.sha256(data).hexdigest() != entry["sha256"]:
            problems.append(f"{relative} changed since it was annotated (sha256 differs from INDEX.toml)")
        problems += offset_problems(gold, data.decode("utf-8-sig"))
        documents.append(GoldDocument(name, gold_path, gold, document_path, problems))
    return documents


# ---- running it -----------------------------------------------------------------------------


@dataclass
class DocumentReport:
    name: str
    document: str
    scores: dict[str, TableScore]
    problems: list[str]
    error: str | None = None


def _pipeline_parse(path: Path):
    from parsers.pipeline import parse_path  # imported late: a broken pipeline is reported per document

    return parse_path(path)


def evaluate_document(gold_doc: GoldDocument, parse=None) -> DocumentReport:
    parse = parse or _pipeline_parse
    relative = (
        str(gold_doc.document_path.relative_to(ROOT))
        if gold_doc.document_path.is_relative_to(ROOT)
        else str(gold_doc.document_path)
    )
    problems = list(gold_doc.problems)
    try:
        document = parse(gold_doc.document_path)
    except Exception as err:  # a crash on one document is a result to report, not the end of the run
        empty = {t: score_table(t, gold_mentions(gold_doc.gold, t), []) for t in TABLES}
        return DocumentReport(gold_doc.name, relative, empty, problems, error=f"{type(err).__name__}: {err}")
    file_text = gold_doc.document_path.read_bytes().decode("utf-8-sig")
    if document.text != file_text:
        problems.append(
            "Document.text differs from the file's text: predicted offsets may not line up with gold offsets"
        )
    scores = {
        t: score_table(t, gold_mentions(gold_doc.gold, t), predicted_mentions(document, t)) for t in TABLES
    }
    return DocumentReport(gold_doc.name, relative, scores, problems)


def evaluate(gold_dir: Path = GOLD_DIR, parse=None) -> tuple[list[DocumentReport], dict[str, TableScore]]:
    reports = [evaluate_document(g, parse) for g in load_gold_set(gold_dir)]
    totals = {t: add_scores(t, (r.scores[t] for r in reports)) for t in TABLES}
    return reports, totals


# ---- output ---------------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def _mention_text(m: Mention) -> str:
    values = ", ".join(
        f"{f}={getattr(m, f):g}" for f in ("low", "high", "value") if getattr(m, f) is not None
    )
    extra = ", ".join(
        x for x in (m.kind, m.role, m.recipient and f"recipient={m.recipient}", m.year and str(m.year)) if x
    )
    return f"[{m.start}:{m.end}] {m.surface!r} {values} {extra}".rstrip()


def render(reports: list[DocumentReport], totals: dict[str, TableScore], verbose: bool) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:  # under make or a pipe rich assumes 80 columns; the score tables need more
        console = Console(width=max(console.width, 130))

    def score_table_view(title: str, scores: dict[str, TableScore]) -> Table:
        view = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
        for col in (
            "table",
            "gold",
            "opt",
            "pred",
            "TP",
            "FP",
            "FN",
            "P",
            "R",
            "F1",
            "val+kind",
            "role",
            "recip",
            "year",
            "unit",
        ):
            view.add_column(col, justify="left" if col == "table" else "right", no_wrap=True)
        for s in scores.values():
            view.add_row(
                s.table,
                str(s.n_gold),
                str(s.n_optional),
                str(s.n_predicted),
                str(s.tp),
                str(s.fp),
                str(s.fn),
                _pct(s.precision),
                _pct(s.recall),
                _pct(s.f1),
                _pct(s.value_kind_accuracy),
                _pct(s.role_accuracy),
                _pct(s.recipient_accuracy),
                _pct(s.year_accuracy),
                _pct(s.unit_accuracy),
            )
        return view

    for report in reports:
        console.print(score_table_view(f"{report.name}  ({report.document})", report.scores))
        if report.error:
            console.print(f"[red]parse failed: {report.error}[/red]")
        for problem in report.problems:
            console.print(f"[yellow]warning: {problem}[/yellow]")
        if verbose:
            for s in report.scores.values():
                for m in s.misses:
                    console.print(f"  [red]miss[/red] {s.table}: {_mention_text(m)}", highlight=False)
                for m in s.false_positives:
                    console.print(
                        f"  [magenta]false positive[/magenta] {s.table}: {_mention_text(m)}", highlight=False
                    )
                for g, p in s.wrong_values:
                    console.print(
                        f"  [yellow]wrong value/kind[/yellow] {s.table}: gold {_mention_text(g)}  predicted {_mention_text(p)}",
                        highlight=False,
                    )
                for attribute, g, p in s.wrong_attributes:
                    console.print(
                        f"  [yellow]wrong {attribute}[/yellow] {s.table}: {_mention_text(g)}: "
                        f"gold {getattr(g, attribute)!r}, predicted {getattr(p, attribute)!r}",
                        highlight=False,
                    )
        console.print()
    console.print(score_table_view(f"TOTAL over {len(reports)} documents (micro-average)", totals))
    console.print(
        "gold = required gold rows, opt = optional ones (neither hit nor miss); a prediction matches the gold row "
        "its span overlaps most (best IoU, one to one). P, R, F1 in %; val+kind, role, recip(ient) and year are "
        "accuracies in % over matched pairs (each only where the gold row has that field); unit: of a target's value."
    )
    overall = add_scores("all", totals.values())
    console.print(
        f"all tables: P {_pct(overall.precision)}  R {_pct(overall.recall)}  F1 {_pct(overall.f1)}  "
        f"value+kind {_pct(overall.value_kind_accuracy)}  ({overall.tp} TP, {overall.fp} FP, {overall.fn} FN)"
    )


def to_json(reports: list[DocumentReport], totals: dict[str, TableScore]) -> dict[str, Any]:
    def table_json(s: TableScore) -> dict[str, Any]:
        return {
            **s.summary(),
            "misses": [asdict(m) for m in s.misses],
            "false_positives": [asdict(m) for m in s.false_positives],
            "wrong_values": [{"gold": asdict(g), "predicted": asdict(p)} for g, p in s.wrong_values],
            "wrong_attributes": [
                {"attribute": a, "gold": asdict(g), "predicted": asdict(p)} for a, g, p in s.wrong_attributes
            ],
        }

    return {
        "documents": [
            {
                "name": r.name,
                "document": r.document,
                "error": r.error,
                "problems": r.problems,
                "tables": {t: table_json(s) for t, s in r.scores.items()},
            }
            for r in reports
        ],
        "total": {t: s.summary() for t, s in totals.items()},
        "all_tables": add_scores("all", totals.values()).summary(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score money, ratios and targets against the gold annotations."
    )
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list misses, false positives and wrong values"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of tables")
    args = parser.parse_args(argv)
    reports, totals = evaluate(args.gold_dir)
    if args.json:
        print(json.dumps(to_json(reports, totals), ensure_ascii=False, indent=1))
    else:
        render(reports, totals, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

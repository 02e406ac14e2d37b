"""The scoring half of `make eval` (scripts/eval.py): mentions, one-to-one matching, per-table counts.

Pure functions over lists of Mentions; scripts/eval.py loads the gold, runs the pipeline and prints.
The rules (overlap matching, best IoU first, optional gold, value+kind) are described in scripts/eval.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from parsers.lexicon import lexicon
from parsers.traditional import simplified

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
    "ratios": ("role", "form"),
    "targets": ("year", "unit"),
    "goals_no_number": ("year",),
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
    form: str | None = None
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


def value_fields(table: str, gold: Mention) -> tuple[str, ...]:
    """The numbers that must agree for value+kind: a target range is its low and high, not a value."""
    if table == "money":
        return ("low", "high")
    if table == "ratios":
        return ("value", "high")
    if table == "targets":
        return ("low", "high") if gold.kind == "range" else ("value",)
    return ()


def value_and_kind_agree(table: str, gold: Mention, predicted: Mention) -> bool:
    if not all(same_number(getattr(gold, f), getattr(predicted, f)) for f in value_fields(table, gold)):
        return False
    if table == "goals_no_number":
        return predicted.value is None and predicted.low is None and predicted.high is None
    return gold.kind == predicted.kind


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


COUNTS = (
    "n_gold",
    "n_optional",
    "n_predicted",
    "tp",
    "fp",
    "fn",
    "value_kind_correct",
    "role_checked",
    "role_correct",
    "form_checked",
    "form_correct",
    "recipient_checked",
    "recipient_correct",
    "year_checked",
    "year_correct",
    "unit_checked",
    "unit_correct",
)


def _attribute_accuracy(attribute: str) -> property:
    """Share of the matched pairs, among those whose gold row has ``attribute``, that got it right."""
    return property(
        lambda self: ratio(getattr(self, f"{attribute}_correct"), getattr(self, f"{attribute}_checked"))
    )


@dataclass
class TableScore:
    table: str
    n_gold: int = 0  # required gold rows
    n_optional: int = 0
    n_predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_kind_correct: int = 0
    role_checked: int = 0
    role_correct: int = 0
    form_checked: int = 0
    form_correct: int = 0
    recipient_checked: int = 0
    recipient_correct: int = 0
    year_checked: int = 0
    year_correct: int = 0
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
    def fp_share(self) -> float | None:
        """False positives as a share of what the pipeline predicted (optional-gold hits included)."""
        return ratio(self.fp, self.n_predicted)

    @property
    def value_kind_accuracy(self) -> float | None:
        return ratio(self.value_kind_correct, self.tp)

    role_accuracy = _attribute_accuracy("role")
    form_accuracy = _attribute_accuracy("form")
    recipient_accuracy = _attribute_accuracy("recipient")
    year_accuracy = _attribute_accuracy("year")
    unit_accuracy = _attribute_accuracy("unit")

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
            "fp_share": self.fp_share,
            "value_kind_accuracy": self.value_kind_accuracy,
            "role_accuracy": self.role_accuracy,
            "form_accuracy": self.form_accuracy,
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
    """Micro-average: counts summed over documents (and sentences)."""
    total = TableScore(table)
    for s in scores:
        for name in COUNTS:
            setattr(total, name, getattr(total, name) + getattr(s, name))
    return total


# ---- gold and predictions as Mentions -------------------------------------------------------


def _float(x: Any) -> float | None:
    return None if x is None else float(x)


# a target's scale may stand in its unit or in its value (840亿斤 = 840 亿斤 = 8.4e10 斤; 2.3万亿元 = 23000 亿元):
# both sides are compared in the unit without its scale, so a convention of writing it is never scored as an error
SCALE_PREFIXES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))


def without_scale(mention: Mention) -> Mention:
    """A target in its unit's base (亿斤 -> 斤, value × 1e8), in simplified characters; other mentions as they are."""
    # a traditional text's unit is the same unit (萬畝 = 万亩), and so is a symbol's (㎡ = 平方米): both sides read
    # through the pipeline's tables
    unit = lexicon().unit_named(simplified(mention.unit or ""))
    for prefix, factor in SCALE_PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            value, low, high = (
                None if x is None else x * factor for x in (mention.value, mention.low, mention.high)
            )
            return replace(mention, unit=unit[len(prefix) :], value=value, low=low, high=high)
    return replace(mention, unit=unit) if mention.unit else mention


def gold_mentions(gold: dict[str, Any], table: str) -> list[Mention]:
    rows = gold.get(TABLES[table]) or []
    mentions = [
        Mention(
            start=row["char_start"],
            end=row["char_end"],
            surface=row.get("surface", ""),
            low=_float(row.get("low")),
            high=_float(row.get("high")),
            value=_float(row.get("value")),
            kind=row.get("kind"),
            role=row.get("role"),
            form=row.get("form"),
            recipient=row.get("recipient"),
            year=row.get("year"),
            unit=row.get("unit"),
            optional=bool(row.get("optional", False)),
        )
        for row in rows
    ]
    return [without_scale(m) for m in mentions] if table == "targets" else mentions


def _number(obj: Any, name: str) -> float | None:
    """A numeric attribute of a predicted mention, None when the model has no such field (yet)."""
    return _float(getattr(obj, name, None))


def _is_quantified(target: Any) -> bool:
    return any(_number(target, f) is not None for f in ("value", "low", "high"))


def predicted_mentions(document: Any, table: str) -> list[Mention]:
    """Mentions of one table from a parsers.model.Document (or anything with money/ratios/targets)."""

    def mention(m: Any, **numbers: float | None) -> Mention:
        return Mention(
            m.char_start,
            m.char_end,
            getattr(m, "surface", ""),
            kind=getattr(m, "kind", None),
            role=getattr(m, "role", None),
            form=getattr(m, "form", None),
            recipient=getattr(m, "recipient", None),
            year=getattr(m, "year", None),
            unit=getattr(m, "unit", None),
            **numbers,
        )

    if table == "money":
        return [mention(m, low=_number(m, "low"), high=_number(m, "high")) for m in document.money]
    if table == "ratios":
        return [mention(r, value=_number(r, "value"), high=_number(r, "high")) for r in document.ratios]
    with_number = table == "targets"
    return [
        without_scale(mention(t, value=_number(t, "value"), low=_number(t, "low"), high=_number(t, "high")))
        for t in document.targets
        if _is_quantified(t) == with_number
    ]


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

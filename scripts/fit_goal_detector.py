"""Fit the learned goal detector (parsers.goal_detector) on the gold's goal units and write its weights as data.

    .venv/bin/python scripts/fit_goal_detector.py [--out parsers/data/goal_detector.json]   (make fit-goals)

A logistic regression over the binary features of parsers.goal_features, fitted with numpy by full-batch gradient
descent (Adam, from zero weights, a fixed number of steps: the same units give the same weights). Training units:
every readable set below the validation sets (scripts/goal_sentences.py); the L2 strength and the threshold are
chosen on the validation sets' units that no goal scope covers (the units the detector is asked about), for the
best F1 there at a precision of at least --min-precision. Features seen in fewer than --min-count training units are
left out; weights smaller than --prune are dropped and at most --keep kept. The file's header names the sets, the
seed, the choice and its metrics.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (ROOT, HERE):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from goal_sentences import MAX_SET, VALIDATION_FROM, LabelledUnit, labelled_units, role  # noqa: E402

from parsers.goal_features import tables_fingerprint  # noqa: E402
from parsers.lexicon import lexicon  # noqa: E402

OUT = ROOT / "parsers" / "data" / "goal_detector.json"
SEED = 0  # the descent is deterministic; the seed is recorded for a later stochastic fit
L2_GRID = (1.0, 3.0, 10.0, 30.0)  # per training unit, as a total penalty l2/2·|w|² over the mean loss·n
STEPS = 400
RATE = 0.05


class Design:
    """Units as index lists into one vocabulary (a sparse 0/1 matrix in CSR form)."""

    def __init__(self, units: list[LabelledUnit], vocabulary: dict[str, int]):
        rows, cols = [], []
        for i, u in enumerate(units):
            found = sorted({vocabulary[f] for f in u.features if f in vocabulary})
            rows += [i] * len(found)
            cols += found
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.n = len(units)
        self.y = np.asarray([1.0 if u.label else 0.0 for u in units])

    def scores(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.n)

    def gradient(self, residual: np.ndarray, size: int) -> np.ndarray:
        return np.bincount(self.cols, weights=residual[self.rows], minlength=size)


def fit(design: Design, size: int, l2: float, steps: int = STEPS, rate: float = RATE) -> np.ndarray:
    w = np.zeros(size)
    m = np.zeros(size)
    v = np.zeros(size)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-design.scores(w)))
        g = (design.gradient(p - design.y, size) + l2 * w) / design.n
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        w -= rate * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
    return w


def best_threshold(scores: np.ndarray, y: np.ndarray, min_precision: float) -> dict:
    """The threshold of best F1 among those with precision >= min_precision (the strictest if none reaches it)."""
    best = {
        "threshold": float(scores.max()) + 1 if len(scores) else 0.0,
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
    }
    positives = y.sum()
    for threshold in sorted(set(np.round(scores, 4).tolist())):
        chosen = scores >= threshold
        tp = float((y[chosen] == 1).sum())
        if not chosen.any() or tp == 0:
            continue
        precision, recall = tp / chosen.sum(), tp / max(positives, 1)
        f1 = 2 * precision * recall / (precision + recall)
        if precision >= min_precision and f1 > best["f1"]:
            best = {"threshold": threshold, "precision": precision, "recall": recall, "f1": f1}
    return {k: (round(x, 4) if isinstance(x, float) else x) for k, x in best.items()}


def pruned(w: np.ndarray, names: list[str], prune: float, keep: int) -> dict[str, float]:
    order = sorted(range(len(names)), key=lambda i: (-abs(w[i]), names[i]))
    kept = [i for i in order[:keep] if abs(w[i]) >= prune or names[i] == "bias"]
    return {names[i]: round(float(w[i]), 4) for i in sorted(kept, key=lambda i: names[i])}


def sparse_scores(weights: dict[str, float], units: list[LabelledUnit]) -> np.ndarray:
    return np.asarray([sum(weights.get(f, 0.0) for f in u.features) for u in units])


def run(
    units: list[LabelledUnit],
    max_set: int,
    validation_from: int,
    *,
    min_count: int = 3,
    prune: float = 0.02,
    keep: int = 8000,
    min_precision: float = 0.7,
    l2_grid: tuple[float, ...] = L2_GRID,
    steps: int = STEPS,
) -> dict:
    """The detector's file content, fitted on ``units`` (its weights and a header)."""
    train = [u for u in units if role(u.split, max_set, validation_from) == "train" and not u.optional_only]
    held = [
        u for u in units if role(u.split, max_set, validation_from) == "validation" and not u.optional_only
    ]
    asked = [u for u in held if not u.covered]  # the units the detector scores at run time
    counts: dict[str, int] = {}
    for u in train:
        for f in set(u.features):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    vocabulary = {f: i for i, f in enumerate(names)}
    design = Design(train, vocabulary)
    y_asked = np.asarray([1.0 if u.label else 0.0 for u in asked])
    tried = []
    for l2 in l2_grid:
        weights = pruned(fit(design, len(names), l2, steps), names, prune, keep)
        chosen = best_threshold(sparse_scores(weights, asked), y_asked, min_precision)
        tried.append((chosen["f1"], -l2, l2, weights, chosen))
    f1, _, l2, weights, chosen = max(tried, key=lambda t: (t[0], t[1]))
    splits = sorted({u.split for u in train})
    return {
        "about": "a learned goal detector: logistic regression over parsers.goal_features (refit: make fit-goals)",
        "lexicon_tables": tables_fingerprint(lexicon()),
        "training_sets": splits,
        "validation_sets": sorted({u.split for u in held}),
        "seed": SEED,
        "steps": steps,
        "l2": l2,
        "l2_tried": {str(t[2]): t[4] for t in tried},
        "min_count": min_count,
        "prune": prune,
        "training_units": len(train),
        "training_goals": int(sum(u.label for u in train)),
        "validation_unscoped_units": len(asked),
        "validation_unscoped_goals": int(y_asked.sum()),
        "threshold": chosen["threshold"],
        "validation": chosen,
        "weights": weights,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--max-set", type=int, default=MAX_SET)
    parser.add_argument("--validation-from", type=int, default=VALIDATION_FROM)
    parser.add_argument("--min-precision", type=float, default=0.7)
    parser.add_argument("--keep", type=int, default=8000)
    args = parser.parse_args()
    units = list(labelled_units(args.max_set))
    model = run(units, args.max_set, args.validation_from, min_precision=args.min_precision, keep=args.keep)
    args.out.write_text(
        json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(json.dumps({k: v for k, v in model.items() if k != "weights"}, ensure_ascii=False))
    print(f"{len(model['weights'])} weights -> {args.out}")


if __name__ == "__main__":
    main()

"""The printing half of `make eval` (scripts/eval.py): one section per split, and JSON.

Each split (tuned, dev, held-out) gets a table per extraction table, one row per document or sentence set
and its own TOTAL row; a last table puts the split totals side by side. Nothing here adds splits together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from eval_scoring import TABLES, Mention, TableScore, add_scores
from eval_splits import held_out_number, is_held_out, ordered_splits

SPLIT_LABELS = {
    "tuned": "TUNED (gold the rules were written against)",
    "dev": "DEV (annotated before the pipeline saw it; may be read while tuning)",
    "heldout": "HELD-OUT (annotated before the pipeline saw it; never read while tuning)",
    "heldout2": "HELD-OUT 2 (annotated before round 2 of the rules; read in round 3, so now spent)",
    "heldout3": "HELD-OUT 3 (annotated before round 3; scored before and after it, then read, so now spent)",
    "heldout4": "HELD-OUT 4 (annotated before the pipeline saw it; scored once on the round-3 rules)",
}


def split_label(split: str) -> str:
    """The heading of a split's section; from heldout5 on every set was made the same way."""
    if split in SPLIT_LABELS:
        return SPLIT_LABELS[split]
    return f"HELD-OUT {held_out_number(split)} (annotated by reading before the pipeline saw it; never run by its annotator)"


# per table: the accuracy columns after val+kind (label, TableScore property)
EXTRA_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "money": (("role", "role_accuracy"), ("recip", "recipient_accuracy")),
    "ratios": (("role", "role_accuracy"), ("form", "form_accuracy")),
    "targets": (("year", "year_accuracy"), ("unit", "unit_accuracy")),
    "goals_no_number": (("year", "year_accuracy"),),
}
LEGEND = (
    "gold = required gold rows, opt = optional ones (neither hit nor miss); a prediction matches the gold row "
    "its span overlaps most (best IoU, one to one). P, R in %; val+kind, role, recip(ient), form, year and unit "
    "are accuracies in % over matched pairs (each only where the gold row has that field); a target range is "
    "right when low, high and kind are; FP% = false positives as a share of predictions. Rows with neither gold "
    "nor predictions in a table are not shown."
)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def _mention_text(m: Mention) -> str:
    values = ", ".join(
        f"{f}={getattr(m, f):g}" for f in ("low", "high", "value") if getattr(m, f) is not None
    )
    extra = ", ".join(
        x
        for x in (m.kind, m.role, m.form, m.recipient and f"recipient={m.recipient}", m.year and str(m.year))
        if x
    )
    return f"[{m.start}:{m.end}] {m.surface!r} {values} {extra}".rstrip()


def _splits_present(reports: Sequence[Any]) -> list[str]:
    """The splits the reports cover: tuned, dev, then the held-out sets by number."""
    leading = [s for s in ("tuned", "dev") if any(r.split == s for r in reports)]
    return list(ordered_splits(leading, {r.split for r in reports}))


def render(
    reports: Sequence[Any], totals: dict[str, TableScore], verbose: bool, show_heldout: bool = False
) -> None:
    """The tables per split; with verbose the misses, false positives and wrong values, listed for held-out
    reports only when show_heldout is set (whoever tunes a rule sees held-out errors as counts)."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:  # under make or a pipe rich assumes 80 columns; the score tables need more
        console = Console(width=max(console.width, 140))

    def table_view(title: str, table: str, rows: list[tuple[str, TableScore]], total: TableScore) -> Table:
        view = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
        extra = EXTRA_COLUMNS[table]
        columns = ["document", "gold", "opt", "pred", "TP", "FP", "FN", "P", "R"]
        columns += (
            ([] if table == "goals_no_number" else ["val+kind"]) + [label for label, _ in extra] + ["FP%"]
        )
        for col in columns:
            view.add_column(col, justify="left" if col == "document" else "right", no_wrap=col != "document")
        for name, s in [*rows, ("TOTAL", total)]:
            cells = [name, s.n_gold, s.n_optional, s.n_predicted, s.tp, s.fp, s.fn]
            cells = [str(c) for c in cells] + [_pct(s.precision), _pct(s.recall)]
            if table != "goals_no_number":
                cells.append(_pct(s.value_kind_accuracy))
            cells += [_pct(getattr(s, prop)) for _, prop in extra] + [_pct(s.fp_share)]
            view.add_row(*cells, style="bold" if name == "TOTAL" else None)
        return view

    for split in _splits_present(reports):
        in_split = [r for r in reports if r.split == split]
        documents = [r for r in in_split if r.kind == "document"]
        sentence_sets = [r for r in in_split if r.kind == "sentences"]
        n_sentences = sum(r.n_sentences for r in sentence_sets)
        console.rule(
            f"{split_label(split)}: {len(documents)} documents, {n_sentences} sentences", style="bold"
        )
        for table in TABLES:
            rows = [
                (_row_name(r), r.scores[table])
                for r in in_split
                if r.scores[table].n_gold or r.scores[table].n_optional or r.scores[table].n_predicted
            ]
            total = add_scores(table, (r.scores[table] for r in in_split))
            console.print(table_view(f"{split}: {table}", table, rows, total))
        for r in sentence_sets:
            console.print(
                f"{r.name}: {r.fully_right} of {r.n_sentences} sentences fully right "
                "(nothing missed, no false positive, every value and kind right)"
            )
        for r in in_split:
            if r.error:
                console.print(f"[red]{r.name}: parse failed: {r.error}[/red]")
            for problem in r.problems:
                console.print(f"[yellow]warning: {r.name}: {problem}[/yellow]")
            if verbose and (not is_held_out(r.split) or show_heldout):
                _print_details(console, r)
            elif verbose:
                console.print(
                    f"  {r.name}: {_error_counts(r)} (held-out: details not listed)", highlight=False
                )
        console.print()
    console.print(_summary_view(reports, Table, box))
    console.print(LEGEND)


def _row_name(report: Any) -> str:
    return f"{report.name} ({report.n_sentences} sentences)" if report.kind == "sentences" else report.name


def _summary_view(reports: Sequence[Any], Table, box):
    view = Table(
        title="TOTALS BY SPLIT (micro-averages; splits are never added together)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    for col in ("split", "table", "gold", "pred", "P", "R", "F1", "val+kind", "role", "FP%"):
        view.add_column(col, justify="left" if col in ("split", "table") else "right", no_wrap=True)
    for split in _splits_present(reports):
        in_split = [r for r in reports if r.split == split]
        for table in TABLES:
            s = add_scores(table, (r.scores[table] for r in in_split))
            role = s.role_accuracy if table in ("money", "ratios") else s.year_accuracy
            view.add_row(
                split,
                table,
                str(s.n_gold),
                str(s.n_predicted),
                _pct(s.precision),
                _pct(s.recall),
                _pct(s.f1),
                "—" if table == "goals_no_number" else _pct(s.value_kind_accuracy),
                _pct(role) if table in ("money", "ratios") else "—",
                _pct(s.fp_share),
            )
        view.add_section()
    return view


def _print_details(console, report: Any) -> None:
    for s in report.scores.values():
        for m in s.misses:
            console.print(f"  [red]miss[/red] {s.table}: {_mention_text(m)}", highlight=False)
        for m in s.false_positives:
            console.print(
                f"  [magenta]false positive[/magenta] {s.table}: {_mention_text(m)}", highlight=False
            )
        for g, p in s.wrong_values:
            console.print(
                f"  [yellow]wrong value/kind[/yellow] {s.table}: gold {_mention_text(g)}  "
                f"predicted {_mention_text(p)}",
                highlight=False,
            )
        for attribute, g, p in s.wrong_attributes:
            console.print(
                f"  [yellow]wrong {attribute}[/yellow] {s.table}: {_mention_text(g)}: "
                f"gold {getattr(g, attribute)!r}, predicted {getattr(p, attribute)!r}",
                highlight=False,
            )


def _error_counts(report: Any) -> str:
    scores = report.scores.values()
    counts = (
        ("misses", sum(len(s.misses) for s in scores)),
        ("false positives", sum(len(s.false_positives) for s in scores)),
        ("wrong values/kinds", sum(len(s.wrong_values) for s in scores)),
        ("wrong attributes", sum(len(s.wrong_attributes) for s in scores)),
    )
    return ", ".join(f"{n} {label}" for label, n in counts)


def _table_json(s: TableScore, details: bool = True) -> dict[str, Any]:
    if not details:  # a held-out table: how many errors, not which
        return {
            **s.summary(),
            "n_misses": len(s.misses),
            "n_false_positives": len(s.false_positives),
            "n_wrong_values": len(s.wrong_values),
            "n_wrong_attributes": len(s.wrong_attributes),
        }
    return {
        **s.summary(),
        "misses": [asdict(m) for m in s.misses],
        "false_positives": [asdict(m) for m in s.false_positives],
        "wrong_values": [{"gold": asdict(g), "predicted": asdict(p)} for g, p in s.wrong_values],
        "wrong_attributes": [
            {"attribute": a, "gold": asdict(g), "predicted": asdict(p)} for a, g, p in s.wrong_attributes
        ],
    }


def _report_json(r: Any, show_heldout: bool = False) -> dict[str, Any]:
    details = not is_held_out(r.split) or show_heldout
    entry = {
        "name": r.name,
        "document": r.document,
        "split": r.split,
        "kind": r.kind,
        "error": r.error,
        "problems": r.problems,
        "tables": {t: _table_json(s, details) for t, s in r.scores.items()},
    }
    if r.kind == "sentences":
        entry.update(n_sentences=r.n_sentences, fully_right=r.fully_right)
        if details:
            entry.update(not_fully_right=r.not_fully_right)
    return entry


def to_json(
    reports: Sequence[Any], totals: dict[str, TableScore], show_heldout: bool = False
) -> dict[str, Any]:
    """Everything per split; "total" and "all_tables" over all the reports given (one split or several).
    Held-out reports carry error counts, not the errors, unless show_heldout is set."""
    splits = {}
    for split in _splits_present(reports):
        in_split = [r for r in reports if r.split == split]
        split_totals = {t: add_scores(t, (r.scores[t] for r in in_split)) for t in TABLES}
        sets = [r for r in in_split if r.kind == "sentences"]
        splits[split] = {
            "documents": [r.name for r in in_split if r.kind == "document"],
            "sentence_sets": [r.name for r in sets],
            "sentences": sum(r.n_sentences for r in sets),
            "sentences_fully_right": sum(r.fully_right for r in sets),
            "total": {t: s.summary() for t, s in split_totals.items()},
            "all_tables": add_scores("all", split_totals.values()).summary(),
        }
    return {
        "splits": splits,
        "documents": [_report_json(r, show_heldout) for r in reports],
        "total": {t: s.summary() for t, s in totals.items()},
        "all_tables": add_scores("all", totals.values()).summary(),
    }

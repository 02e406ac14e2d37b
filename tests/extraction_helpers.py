"""Helpers shared by the extraction tests: clause segmentations and a small gold scorer.

The scorer here is only for these tests' floors; `make eval` has its own (scripts/eval.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from parsers.model import Node
from parsers.nlp import sentence_clauses

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "fixtures" / "gold" / "kunming_keji_2024_zqyj.gold.json"


def split_clauses(text: str, breaks: str = "。；") -> list[Node]:
    """Clause nodes cut at the given characters: any segmentation must give the same extractions."""
    return sentence_clauses(text, breaks)


def one_clause(text: str) -> list[Node]:
    return [
        Node(node_id="c_1", parent_id=None, kind="clause", text=text, char_start=0, char_end=len(text), seq=1)
    ]


def money_of(text: str) -> dict:
    """The money mentions of one sentence, by surface (the sentence as one clause)."""
    from parsers.amounts import extract_amounts

    money, _ = extract_amounts(text, one_clause(text))
    return {m.surface: m for m in money}


def ratios_of(text: str) -> dict:
    """The ratio mentions of one sentence, by surface."""
    from parsers.amounts import extract_amounts

    _, ratios = extract_amounts(text, one_clause(text))
    return {r.surface: r for r in ratios}


def targets_of(text: str) -> list:
    """The goals of one sentence, in text order."""
    from parsers.targets import extract_targets

    return extract_targets(text, one_clause(text))


def load_gold(path: Path = SEED_GOLD) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def overlapping(rows, start: int, end: int):
    return [r for r in rows if r.char_start < end and start < r.char_end]


def score_money(money, gold_rows) -> dict:
    """Counts of gold money rows found with the right value and kind, and of false positives."""
    counted = [g for g in gold_rows if not g.get("optional")]
    right = role_right = 0
    matched = set()
    for g in counted:
        hits = overlapping(money, g["char_start"], g["char_end"])
        if not hits:
            continue
        m = hits[0]
        matched.add(m.mention_id)
        if close(m.low, g["low"]) and close(m.high, g["high"]) and m.kind == g["kind"]:
            right += 1
            role_right += m.role == g["role"]
    all_gold = gold_rows
    false_pos = [
        m
        for m in money
        if m.mention_id not in matched and not overlapping(all_gold, m.char_start, m.char_end)
    ]
    return {"gold": len(counted), "right": right, "role_right": role_right, "false_positives": false_pos}


def score_ratios(ratios, gold_rows) -> dict:
    right = role_right = 0
    matched = set()
    for g in gold_rows:
        hits = overlapping(ratios, g["char_start"], g["char_end"])
        if not hits:
            continue
        r = hits[0]
        matched.add(r.mention_id)
        if close(r.value, g["value"]) and r.kind == g["kind"]:
            right += 1
            role_right += r.role == g["role"]
    false_pos = [r for r in ratios if r.mention_id not in matched]
    return {"gold": len(gold_rows), "right": right, "role_right": role_right, "false_positives": false_pos}


def score_targets(targets, gold_rows, unquantified_rows) -> dict:
    right, used = 0, set()
    for g in gold_rows:
        hits = [t for t in overlapping(targets, g["char_start"], g["char_end"]) if t.value is not None]
        if not hits:
            continue
        t = hits[0]
        used.add(t.target_id)
        if (
            close(t.value, float(g["value"]))
            and t.unit == g["unit"]
            and t.kind == g["kind"]
            and t.year == g["year"]
        ):
            right += 1
    unquantified = 0
    for g in unquantified_rows:
        hits = overlapping(targets, g["char_start"], g["char_end"])
        if hits and hits[0].value is None:
            unquantified += 1
            used.add(hits[0].target_id)
    false_pos = [t for t in targets if t.target_id not in used]
    return {
        "gold": len(gold_rows),
        "right": right,
        "unquantified": unquantified,
        "false_positives": false_pos,
    }


def target_rows(text: str, name: str = "plan.txt") -> list[tuple]:
    """(year, metric, value, unit, kind) of each target a whole parse of ``text`` gives, in order."""
    from parsers.pipeline import parse_bytes

    return [
        (t.year, t.metric, t.value, t.unit, t.kind) for t in parse_bytes(text.encode("utf-8"), name).targets
    ]

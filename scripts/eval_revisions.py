"""Score the revision aligner against pairs annotated by reading them (`make eval-revisions`).

    .venv/bin/python scripts/eval_revisions.py [--markdown] [--verbose] [PAIR.alignment.toml ...]

Each ``fixtures/real/revisions/<pair>.alignment.toml`` names two dated texts of one law or policy and
lists, one line per unit, which old unit became which new unit (fixtures/real/revisions/README.md has
the notation). Both texts go through the real pipeline (``parsers.pipeline.parse_path``) and
``revisions.compare.compare``; the scorer then asks, per pair:

- **units**: for every numbered unit of either text (chapters, sections, articles, points; actions,
  measures, items), is the set of units the aligner relates it to - its partner plus the units its
  text was split into or merged with - the set the annotation gives? A removed unit must have none.
- **status**: for every pair of the annotation, did the aligner pair the two units and call the pair
  unchanged or modified as the annotation does (a unit is compared whole: an article whose point
  changed is modified)?

Pairs marked ``split = "heldout"`` were never used to tune the aligner; totals are reported for the
tuned and held-out pairs apart. Nothing is asserted: the figures are for reading (tests hold the floors).
The annotation is checked too: a pair marked unchanged whose texts differ, or a unit of the parsed
text the annotation does not mention, is printed as an annotation problem.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.model import Document, Node  # noqa: E402
from parsers.pipeline import parse_path  # noqa: E402
from revisions.compare import compare  # noqa: E402
from revisions.model import RevisionDiff  # noqa: E402
from revisions.textdiff import normalise  # noqa: E402

PAIRS = ROOT / "fixtures" / "real" / "revisions"
SCORED_KINDS = frozenset({"chapter", "section", "article", "point", "action", "measure", "item", "subitem"})
CONTAINER_KINDS = frozenset({"chapter", "section", "action"})  # compared by their own heading text
# the label of these kinds names the unit in the whole document; others are named under their parent
TOP_LABEL_KINDS = frozenset({"chapter", "article"})

_LINE = re.compile(r"^\s*(?P<old>\S+)?\s*(?P<op>[=~+>-])\s*(?P<new>\S+)?\s*$")


def unit_keys(doc: Document) -> dict[str, tuple[str, Node]]:
    """node_id -> (key, node) for the scored units: 第十条, 第十条(一), 第二章第一节, 一、(三)."""
    keys: dict[str, tuple[str, Node]] = {}

    def walk(nodes: list[Node], context: str) -> None:
        for node in nodes:
            inner = context
            if node.kind in SCORED_KINDS and node.label:
                label = normalise(node.label)
                key = label if node.kind in TOP_LABEL_KINDS else context + label
                keys[node.node_id] = (key, node)
                inner = key
            walk(node.children, inner)

    walk(doc.nodes, "")
    return keys


def _strip_label(text: str, label: str | None) -> str:
    key = normalise(text)
    return key[len(normalise(label)) :] if label and key.startswith(normalise(label)) else key


def unit_text(node: Node) -> str:
    """What decides unchanged/modified: a container's heading, any other unit's whole text."""
    if node.kind in CONTAINER_KINDS:
        return normalise(node.heading or "")
    return _strip_label(node.text, node.label)


@dataclass
class Relations:
    """Which old unit is which new unit (``main``), and the text carried besides, by unit key."""

    main: dict[str, str] = field(default_factory=dict)  # old key -> new key
    carried: set[tuple[str, str]] = field(default_factory=set)  # text of old carried into new

    def old_partners(self, old: str) -> set[str]:
        found = {new for o, new in self.carried if o == old}
        if old in self.main:
            found.add(self.main[old])
        return found

    def new_partners(self, new: str) -> set[str]:
        found = {old for old, n in self.carried if n == new}
        found.update(old for old, n in self.main.items() if n == new)
        return found


@dataclass
class Gold(Relations):
    status: dict[tuple[str, str], str] = field(default_factory=dict)  # (old, new) -> "=" | "~"
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


def read_gold(lines: list[str]) -> Gold:
    gold = Gold()
    for raw in lines:
        match = _LINE.match(raw)
        if not match:
            raise ValueError(f"cannot read annotation line {raw!r}")
        old, op, new = (normalise(match["old"] or ""), match["op"], normalise(match["new"] or ""))
        if op in "=~":
            gold.main[old] = new
            gold.status[(old, new)] = op
        elif op == ">":
            gold.carried.add((old, new))
        elif op == "+":
            gold.added.add(new or old)
        elif op == "-":
            gold.removed.add(old)
    return gold


def add_default_points(gold: Gold, old_units: dict[str, Node], new_units: dict[str, Node]) -> None:
    """Points of a paired article that the annotation does not list pair by their number."""
    mentioned_old = {o for o in gold.main} | {o for o, _ in gold.carried} | gold.removed
    mentioned_new = set(gold.main.values()) | {n for _, n in gold.carried} | gold.added
    for old_article, new_article in list(gold.main.items()):
        for old_key, node in old_units.items():
            if node.kind != "point" or not old_key.startswith(old_article + "(") or old_key in mentioned_old:
                continue
            new_key = new_article + old_key[len(old_article) :]
            if new_key in new_units and new_key not in mentioned_new:
                gold.main[old_key] = new_key
                same = unit_text(node) == unit_text(new_units[new_key])
                gold.status[(old_key, new_key)] = "=" if same else "~"
                mentioned_new.add(new_key)
            else:
                gold.removed.add(old_key)
        for new_key, node in new_units.items():
            inside = node.kind == "point" and new_key.startswith(new_article + "(")
            if inside and new_key not in mentioned_new and new_key not in gold.main.values():
                gold.added.add(new_key)
    # the points of an added (removed) unit are added (removed) with it
    for units, lonely, mentioned in (
        (new_units, gold.added, mentioned_new),
        (old_units, gold.removed, mentioned_old),
    ):
        parents = list(lonely)
        for key, node in units.items():
            if (
                node.kind == "point"
                and key not in mentioned
                and any(key.startswith(p + "(") for p in parents)
            ):
                lonely.add(key)


@dataclass
class System(Relations):
    modified: dict[tuple[str, str], bool] = field(default_factory=dict)


_NOTE = re.compile(r"(拆分自原|并入现)(\S+)")


def read_system(diff: RevisionDiff, old_keys: dict, new_keys: dict) -> System:
    """The aligner's pairs, statuses and carried text, by unit key."""
    system = System()
    old_by_label = {normalise(node.label or ""): key for key, node in old_keys.values()}
    new_by_label = {normalise(node.label or ""): key for key, node in new_keys.values()}
    for change in diff.node_changes:
        old = old_keys.get(change.old_node_id or "")
        new = new_keys.get(change.new_node_id or "")
        if old and new:
            system.main[old[0]] = new[0]
            system.modified[(old[0], new[0])] = change.change == "modified"
        for carried in getattr(change, "carried", None) or []:
            # the current model: one row per unit, with the units its text went to / came from
            other_old = old_keys.get(carried.old_node_id or "")
            other_new = new_keys.get(carried.new_node_id or "")
            if other_old and other_new:
                system.carried.add((other_old[0], other_new[0]))
        if getattr(change, "carried", None) is None and change.note:
            # the model before issue 9: a note 拆分自原第X条 / 并入现第X条 on an added or removed unit
            match = _NOTE.search(change.note)
            if match:
                label = normalise(match[2])
                if match[1] == "拆分自原" and new and label in old_by_label:
                    system.carried.add((old_by_label[label], new[0]))
                elif match[1] == "并入现" and old and label in new_by_label:
                    system.carried.add((old[0], new_by_label[label]))
    return system


@dataclass
class PairScore:
    name: str
    split: str
    units_right: int = 0
    units: int = 0
    status_right: int = 0
    pairs: int = 0
    errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # of the annotation itself


def score_pair(path: Path) -> PairScore:
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    pair = spec["pair"]
    old_doc = parse_path(path.parent / pair["old"])
    new_doc = parse_path(path.parent / pair["new"])
    result = PairScore(name=path.name.removesuffix(".alignment.toml"), split=pair.get("split", "tuned"))
    old_keys, new_keys = unit_keys(old_doc), unit_keys(new_doc)
    old_units = {key: node for key, node in old_keys.values()}
    new_units = {key: node for key, node in new_keys.values()}
    gold = read_gold(spec["alignment"]["units"])
    add_default_points(gold, old_units, new_units)

    # the annotation against the parsed texts
    mentioned_old = set(gold.main) | {o for o, _ in gold.carried} | gold.removed
    mentioned_new = set(gold.main.values()) | {n for _, n in gold.carried} | gold.added
    for key in sorted(set(old_units) - mentioned_old):
        result.problems.append(f"old {key} is not in the annotation")
    for key in sorted(set(new_units) - mentioned_new):
        result.problems.append(f"new {key} is not in the annotation")
    for key in sorted(mentioned_old - set(old_units)):
        result.problems.append(f"old {key} of the annotation is not a unit of the parsed text")
    for key in sorted(mentioned_new - set(new_units)):
        result.problems.append(f"new {key} of the annotation is not a unit of the parsed text")
    for (old, new), op in gold.status.items():
        if old in old_units and new in new_units:
            same = unit_text(old_units[old]) == unit_text(new_units[new])
            if same != (op == "="):
                result.problems.append(f"{old} {op} {new}: the texts are {'equal' if same else 'different'}")

    system = read_system(compare(old_doc, new_doc), old_keys, new_keys)
    sides = (
        ("old", mentioned_old & set(old_units), gold.old_partners, system.old_partners),
        ("new", mentioned_new & set(new_units), gold.new_partners, system.new_partners),
    )
    for side, keys, wanted, found in sides:
        for key in sorted(keys):
            result.units += 1
            want, got = wanted(key), found(key)
            if want == got:
                result.units_right += 1
            else:
                result.errors.append(f"{side} {key}: want {sorted(want) or '-'}, got {sorted(got) or '-'}")
    for (old, new), op in sorted(gold.status.items()):
        if old not in old_units or new not in new_units:
            continue
        result.pairs += 1
        if system.main.get(old) != new:
            result.errors.append(f"pair {old} {op} {new}: not paired")
            continue
        if system.modified[(old, new)] == (op == "~"):
            result.status_right += 1
        else:
            said = "modified" if system.modified[(old, new)] else "unchanged"
            result.errors.append(f"pair {old} {op} {new}: called {said}")
    return result


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f}%" if total else "—"


def report(scores: list[PairScore], markdown: bool, verbose: bool) -> str:
    lines = []
    head = "| pair | split | units aligned right | unchanged/modified right |"
    lines += [head, "|---|---|---|---|"]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for s in scores:
        lines.append(
            f"| {s.name} | {s.split} | {s.units_right}/{s.units} ({_pct(s.units_right, s.units)}) "
            f"| {s.status_right}/{s.pairs} ({_pct(s.status_right, s.pairs)}) |"
        )
        for bucket in (s.split, "all"):
            t = totals[bucket]
            t[0] += s.units_right
            t[1] += s.units
            t[2] += s.status_right
            t[3] += s.pairs
    for bucket in ("tuned", "heldout", "all"):
        if bucket in totals:
            a, b, c, d = totals[bucket]
            lines.append(f"| **{bucket}** | | **{a}/{b} ({_pct(a, b)})** | **{c}/{d} ({_pct(c, d)})** |")
    for s in scores:
        if s.problems:
            lines.append(f"\nannotation problems in {s.name}:")
            lines += [f"  - {p}" for p in s.problems]
        if verbose and s.errors:
            lines.append(f"\nerrors in {s.name}:")
            lines += [f"  - {e}" for e in s.errors]
    text = "\n".join(lines)
    return text if markdown else text.replace("**", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pairs", nargs="*", type=Path, help="annotation files (default: all)")
    parser.add_argument("--markdown", action="store_true", help="Markdown table (for BASELINE.md)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    paths = args.pairs or sorted(PAIRS.glob("*.alignment.toml"))
    scores = [score_pair(path) for path in paths]
    print(report(scores, args.markdown, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What every parse must keep, whatever the input (DESIGN.md: Hierarchy, Extractions, Bad input).

``parse_checked(data, name)`` runs the whole pipeline on the bytes of a file and returns
"parsed" or "refused" (the project's input error, IngestError); anything else raises:
``Violation`` when a Document breaks an invariant, the parser's own exception when it
crashes, ``Hang`` when one input takes longer than the budget.
"""

from __future__ import annotations

import math
import signal
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from outputs.json_export import document_json_bytes
from parsers.ingest import IngestError
from parsers.model import Document, Node, field_values
from parsers.pipeline import parse_bytes

INPUT_BUDGET_S = 5.0
YEARS = range(1900, 2101)  # 到20XX年 goals; the rules read (19|20)dd
PARTS = ("money", "ratios", "targets", "notice")
PACKAGES = ("parsers", "outputs", "revisions", "flows")


class Violation(AssertionError):
    """A Document that breaks an invariant: ``kind`` names which, ``part`` the part of the Document
    (nodes, money, ratios, targets, notice), the message says where."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.part = detail.split(" ", 1)[0] if detail.split(" ", 1)[0] in PARTS else "nodes"


class Hang(BaseException):
    """One input took longer than the budget (a BaseException: no ``except Exception`` in a parser swallows it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Hang in this (main) thread after ``seconds``; the regex engine and Python code notice it."""

    def expire(signum: int, frame: Any) -> None:
        raise Hang(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def warm_up() -> None:
    """Parse one real draft untimed: jieba's dictionary and the rules load once, not in an input's budget."""
    from fuzz.inputs import seed_texts

    name, text = seed_texts()[0]
    check_document(parse_bytes(text.encode("utf-8"), name=name))


def parse_checked(data: bytes, name: str | None, budget: float = INPUT_BUDGET_S) -> str:
    with time_limit(budget):
        try:
            doc = parse_bytes(data, name=name)
        except IngestError as error:
            _check(str(error) and "\n" not in str(error), "one-line error", repr(str(error)))
            return "refused"
        check_document(doc)
    return "parsed"


def _check(condition: object, kind: str, detail: str) -> None:
    if not condition:
        raise Violation(kind, detail)


def walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from walk(node.children)


def check_document(doc: Document) -> None:
    text = doc.text
    nodes = list(walk(doc.nodes))
    check_nodes(text, doc.nodes, nodes)
    spans = {node.node_id: (node.char_start, node.char_end) for node in nodes}
    for table, mentions in (("money", doc.money), ("ratios", doc.ratios), ("targets", doc.targets)):
        for mention in mentions:
            check_mention(text, table, mention, spans)
    for money in doc.money:
        check_bounds("money", money.surface, money.low, money.high)
    for ratio in doc.ratios:
        check_bounds("ratios", ratio.surface, ratio.value, ratio.high)
    for target in doc.targets:
        check_bounds("targets", target.surface, getattr(target, "low", None), getattr(target, "high", None))
        _check(
            target.year is None or target.year in YEARS, "target year", f"{target.year} in {target.surface!r}"
        )
    if doc.notice is not None:
        _check(
            0 <= doc.notice.char_start <= doc.notice.char_end <= len(text), "notice span", repr(doc.notice)
        )
    document_json_bytes(doc)  # what the JSON export writes must serialize


def check_nodes(text: str, top: list[Node], nodes: list[Node]) -> None:
    ids = [node.node_id for node in nodes]
    _check(len(ids) == len(set(ids)), "unique node ids", f"{len(ids) - len(set(ids))} repeated")
    _check(
        [node.seq for node in nodes] == list(range(len(nodes))), "seq order", "seq is not depth-first order"
    )
    for node in nodes:
        _check(0 <= node.char_start < node.char_end <= len(text), "node span", node.node_id)
        _check(
            node.text == text[node.char_start : node.char_end],
            "node text",
            f"{node.node_id} is not its slice",
        )
        if node.children:
            first, last = node.children[0], node.children[-1]
            covered = (node.char_start, node.char_end) == (first.char_start, last.char_end)
            _check(covered, "nesting", f"{node.node_id}'s children do not span it")
            for child in node.children:
                _check(child.parent_id == node.node_id, "nesting", f"{child.node_id} under {node.node_id}")
    for node in top:
        _check(node.parent_id is None, "nesting", f"top-level {node.node_id} has a parent")
    position = 0
    for leaf in (node for node in nodes if not node.children):
        _check(leaf.char_start == position, "coverage", f"gap or overlap before {leaf.node_id} at {position}")
        position = leaf.char_end
    _check(position == len(text), "coverage", f"leaves end at {position} of {len(text)}")


def check_mention(text: str, table: str, mention: Any, spans: dict[str, tuple[int, int]]) -> None:
    where = f"{table} {mention.surface!r}"
    start, end = mention.char_start, mention.char_end
    _check(0 <= start < end <= len(text), "mention span", f"{where} at {start}:{end}")
    _check(mention.surface == text[start:end], "mention surface", f"{where} is not text[{start}:{end}]")
    node = spans.get(mention.node_id)
    _check(node is not None, "mention node", f"{where} names a missing node {mention.node_id}")
    _check(node[0] <= start and end <= node[1], "mention node", f"{where} lies outside {mention.node_id}")
    for field, value in field_values(mention).items():
        if isinstance(value, float):
            _check(math.isfinite(value), "finite values", f"{where}: {field} = {value}")


def check_bounds(table: str, surface: str, low: float | None, high: float | None) -> None:
    if low is not None and high is not None:
        _check(low <= high, "low <= high", f"{table} {surface!r}: {low} > {high}")


# ---------------------------------------------------------------- what broke, and where


def where(error: BaseException) -> str:
    """The innermost frame of the project's packages (parsers/, outputs/, …) the error passed through."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if any(part in PACKAGES for part in Path(f.filename).parts)]
    if not ours:
        return "?"
    path = Path(ours[-1].filename)
    package = max(i for i, part in enumerate(path.parts) if part in PACKAGES)
    return f"{'/'.join(path.parts[package:])}:{ours[-1].name}"


def signature(error: BaseException) -> tuple[str, str, str]:
    """(outcome, what, where): violation/kind/part, hang//frame, crash/exception type/frame."""
    if isinstance(error, Violation):
        return ("violation", error.kind, error.part)
    if isinstance(error, Hang):
        return ("hang", "", where(error))
    return ("crash", type(error).__name__, where(error))

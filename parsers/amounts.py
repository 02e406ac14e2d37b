"""Money and ratio mentions.  (CONTRACT STUB: the extraction helper replaces the body.)"""

from __future__ import annotations

from parsers.model import Money, Node, Ratio


def extract_amounts(text: str, clauses: list[Node]) -> tuple[list[Money], list[Ratio]]:
    return [], []

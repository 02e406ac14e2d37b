"""到20XX年 goals.  (CONTRACT STUB: the extraction helper replaces the body.)"""

from __future__ import annotations

from parsers.model import Node, Target


def extract_targets(text: str, clauses: list[Node]) -> list[Target]:
    return []

"""An interview's turns: a line that opens with the turn's label (问: / 答: / 记者: / 主持人:) is a question or an
answer of a dialogue (a 政策解读 page that prints a talk with an official), never a title nor part of one.

A page that starts with such a turn has lost its headline: the document rules must find the title elsewhere or
give none, rather than take the first question for it.
"""

from __future__ import annotations

import re

_TURN_RE = re.compile(r"^\s*(?:问|答|提问|回答|记者|主持人|[QA])\s*\d{0,2}\s*[:：]")


def is_dialogue_turn(content: str) -> bool:
    """The line opens with an interview turn's label (问：…, 答：…, 记者：…, Q:…)."""
    return _TURN_RE.match(content) is not None

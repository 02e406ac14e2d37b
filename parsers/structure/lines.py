"""Physical lines: a paragraph is a line with visible text plus the blank lines after it."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_CHAR_RE = re.compile(r"\w")


@dataclass(slots=True)
class Line:
    """One paragraph: a line with visible text plus the blank lines after it."""

    start: int  # first character (line start; the first line also holds leading blank lines)
    end: int  # after the newline and any blank lines that follow
    content_start: int  # first visible character
    content: str  # the visible text, stripped

    @property
    def is_junk(self) -> bool:
        return WORD_CHAR_RE.search(self.content) is None


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    n = len(text)
    pos = 0
    pending_blank_start: int | None = None  # leading blank lines before the first visible line
    while pos < n:
        newline = text.find("\n", pos)
        end = n if newline < 0 else newline + 1
        raw = text[pos:end]
        content = raw.strip()
        if content:
            start = pos
            if not lines and pending_blank_start is not None:
                start = pending_blank_start
            lines.append(Line(start, end, pos + len(raw) - len(raw.lstrip()), content))
        elif lines:
            lines[-1].end = end  # a blank line belongs to the paragraph before it
        elif pending_blank_start is None:
            pending_blank_start = pos
        pos = end
    if not lines and n:
        lines.append(Line(0, n, 0, ""))  # whitespace only: one blank paragraph keeps the characters
    return lines

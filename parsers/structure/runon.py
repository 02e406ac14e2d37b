"""Numbered items run on in one line: ``（一）地区生产总值增长7%。（二）财政收入增长5%。``.

A line that opens with a Chinese-numbered label (``（一）``, ``一、``) and carries, right after one of its
sentence ends (and a bracketed remark after it: ``。（省发改委负责）``), the next label of the same style is
two paragraphs the page ran together: it is split there, and again for the label after that. The pieces
cover the line, so offsets hold. Only the next number of the line's own style splits it: a label quoted in
a sentence (依照第（二）项) or a list inside one sentence (（一）甲；（二）乙) does not follow a sentence end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.numbers import parse_ordinal, to_chinese
from parsers.structure.lines import Line

_CN = "一二三四五六七八九十"
_OPENING_RE = re.compile(rf"(?:[（(]\s*(?P<paren>[{_CN}]{{1,3}})\s*[）)]|(?P<comma>[{_CN}]{{1,3}})、)")
MAX_PIECES = 50  # items run on in one line; past this the line is left as it is


@lru_cache(maxsize=64)
def _next_label_re(number: int, paren: bool) -> re.Pattern[str]:
    """The next label after a full stop (not ；: （一）甲；（二）乙 is one sentence), closing quotes, a bracketed
    remark, spaces."""
    numeral = to_chinese(number)
    label = rf"[（(]\s*{numeral}\s*[）)]" if paren else rf"{numeral}、"
    return re.compile(rf"[。！？][”’」』]?(?:[（(][^（()）。]{{1,30}}[）)])?[ \t\u3000]*(?={label})")


def _split_once(line: Line) -> tuple[Line, Line] | None:
    content = line.content
    opening = _OPENING_RE.match(content)
    if opening is None:
        return None
    paren = opening.group("paren") is not None
    number = parse_ordinal(opening.group("paren") or opening.group("comma"))
    if number is None:
        return None
    found = _next_label_re(number + 1, paren).search(content, opening.end())
    if found is None:
        return None
    at = found.end()
    first = Line(line.start, line.content_start + at, line.content_start, content[:at].rstrip())
    second = Line(line.content_start + at, line.end, line.content_start + at, content[at:])
    return first, second


# any label right after a full stop: one scan of the whole text finds the few lines worth a look
_HINT_RE = re.compile(
    rf"[。！？][”’」』]?(?:[（(][^（()）。\n]{{1,30}}[）)])?[ \t\u3000]*(?:[（(]\s*[{_CN}]{{1,3}}\s*[）)]|[{_CN}]{{1,3}}、)"
)


def split_run_on_items(lines: list[Line], text: str) -> list[Line]:
    """Each line that runs numbered items on split into one line per item."""
    hints = [m.start() for m in _HINT_RE.finditer(text)]
    if not hints:
        return lines
    out: list[Line] = []
    k = 0
    for line in lines:
        while k < len(hints) and hints[k] < line.start:
            k += 1
        if k == len(hints) or hints[k] >= line.end:
            out.append(line)  # no label after a full stop in this line
            continue
        for _ in range(MAX_PIECES):
            pair = _split_once(line)
            if pair is None:
                break
            out.append(pair[0])
            line = pair[1]
        out.append(line)
    return out

"""Hard-wrapped text: which line breaks the layout made, and the paragraphs they join.

Text extracted from PDF, and some pages, break every line at the page's right margin, mid-sentence. The
layout shows it: most lines end within a few characters of one width (the wrap width), and a paragraph
runs on over lines of that width until its last, shorter, line. A line break is *soft* (the two lines
are one paragraph) when

* the text is wrapped at all: enough lines cluster just under one width, and almost none is wider;
* the line reaches the wrap width (less a margin for the first line's invisible indent and for a word
  or number that did not fit); a line that ends a sentence (。；！？：) must reach the margin itself,
  and the next line must be a full line or end a sentence too;
* the next line does not start a heading (一、 （一） 1. 1.1 第X条 附件 …) or a date line, unless the
  line ends inside a phrase (，、 or an open bracket);
* no blank line stands between them, except around page furniture (a page break falls mid-sentence).

Page furniture lines between two joined lines go inside the paragraph (``Line.furniture``); the text
is never changed: a joined paragraph is a span of the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.structure.lines import Line, display_width, line_break

MIN_WRAP_WIDTH = 12  # narrower "wraps" are lists and tables, not prose
MAX_WRAP_WIDTH = 200  # wider lines are paragraphs, not wrapped lines
FULL_BAND = 3.5  # a full line ends within this much of the wrap width (indent, a word that did not fit)
OPEN_BAND = 6.0  # … or within this much when it ends inside a phrase (，、 or an open bracket)
MIN_SHARE_AT_WIDTH = 0.35  # of the lines of some length, at least this share ends at the wrap width
MAX_SHARE_WIDER = 0.05  # and at most this share is wider than it
SENTENCE_END = set("。；！？;!?：:")
OPEN_END = set("，,、（(“‘《〈【[")
_NEWLINE_RE = re.compile("\n")
_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def wrap_width(widths: list[float]) -> float | None:
    """The width a text was wrapped at, or None when its lines do not cluster at one width."""
    long = [w for w in widths if w >= MIN_WRAP_WIDTH]
    if len(long) < 4:
        return None
    # half-character buckets up to MAX_WRAP_WIDTH; a sliding band over their prefix sums keeps this linear
    top = 2 * MAX_WRAP_WIDTH
    counts = [0] * (top + 2)
    for w in long:
        counts[min(round(w * 2), top + 1)] += 1
    prefix = [0]
    for c in counts:
        prefix.append(prefix[-1] + c)
    band = round(FULL_BAND * 2)
    best, best_count = None, 0
    for bucket in range(2 * MIN_WRAP_WIDTH, top + 1):
        count = prefix[bucket + 2] - prefix[max(0, bucket - band)]  # [width - band, width + 0.5]
        if counts[bucket] and count >= best_count:
            best, best_count = bucket / 2, count
    if best is None or best_count < max(3, MIN_SHARE_AT_WIDTH * len(long)):
        return None
    wider = sum(1 for w in long if w > best + 1.0)
    return best if wider <= MAX_SHARE_WIDER * len(long) else None


def _join_contents(parts: list[str]) -> str:
    """The lines' texts as one: CJK joins without a space, Latin words with one."""
    pieces = [parts[0]]
    for before, part in zip(parts, parts[1:], strict=False):
        if not (_CJK_RE.match(before[-1:]) or _CJK_RE.match(part[:1])):
            pieces.append(" ")
        pieces.append(part)
    return "".join(pieces)


def join_wrapped(
    text: str, lines: list[Line], furniture: set[int], starts_heading: Callable[[Line], bool]
) -> list[Line]:
    """Paragraphs: ``lines`` with the wrapped ones joined; furniture lines flagged (inside or between)."""
    for i in furniture:
        lines[i].is_furniture = True
    content = [i for i in range(len(lines)) if i not in furniture]
    widths = {i: display_width(text, lines[i]) for i in content}
    width = wrap_width([widths[i] for i in content]) if content else None
    if width is None:
        return lines

    def soft(i: int, j: int) -> bool:
        a, b = lines[i], lines[j]
        page_turn = j > i + 1  # furniture between them: a page break
        own_break = line_break(text, a)
        if not page_turn and own_break >= 0 and text.count("\n", own_break + 1, a.end):
            return False  # a blank line: a new paragraph
        last = a.content[-1]
        if starts_heading(b) and last not in OPEN_END:
            return False
        if last in SENTENCE_END:
            return widths[i] >= width - 1 and (
                widths[j] >= width - FULL_BAND or b.content[-1] in SENTENCE_END
            )
        return widths[i] >= width - (OPEN_BAND if last in OPEN_END else FULL_BAND)

    out: list[Line] = []
    k = 0
    while k < len(lines):
        if lines[k].is_furniture:
            out.append(lines[k])
            k += 1
            continue
        group = [k]
        inner: list[int] = []
        breaks: list[int] = []
        nxt = k + 1
        while True:
            between = []
            while nxt < len(lines) and lines[nxt].is_furniture:
                between.append(nxt)
                nxt += 1
            if nxt >= len(lines) or not soft(group[-1], nxt):
                break
            # every newline between the two lines' texts, except those inside the furniture between them
            pos = lines[group[-1]].content_start + len(lines[group[-1]].content)
            for f in [*between, nxt]:
                breaks.extend(m.start() for m in _NEWLINE_RE.finditer(text, pos, lines[f].start))
                pos = lines[f].end
            inner.extend(between)
            group.append(nxt)
            nxt += 1
        if len(group) == 1:
            out.append(lines[k])
            k += 1
            continue
        first, last = lines[group[0]], lines[group[-1]]
        spans = tuple((lines[f].start, lines[f].end) for f in inner)
        out.append(
            Line(
                first.start,
                last.end,
                first.content_start,
                _join_contents([lines[g].content for g in group]),
                soft_breaks=tuple(breaks),
                furniture=spans,
            )
        )
        k = group[-1] + 1
    return out

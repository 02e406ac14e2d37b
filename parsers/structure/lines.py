"""Lines: the physical lines of a text, and the paragraphs the layout makes of them.

A physical ``Line`` is a line with visible text plus the blank lines after it (the first one also holds
the blank lines before it), so consecutive lines cover the text. A paragraph is a ``Line`` too: one
physical line, or several joined where the text was hard-wrapped (``wrap.join_wrapped``); then
``soft_breaks`` are the offsets of the newlines inside it and ``furniture`` the spans of page furniture
lines (a page number, a running header) that fell inside it at a page break. A furniture line on its
own is a ``Line`` with ``is_furniture`` set.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from parsers.lexicon import lexicon
from parsers.match_starts import finditer
from parsers.patterns import RAW_LINE_SPACES

WORD_CHAR_RE = re.compile(r"\w")

# A pure test of one line's text that rule after rule asks again within a document (a title's window, a head's
# lines): answered once. Bounded, so a long batch keeps no more than a few texts' worth of lines.
line_memo = lru_cache(maxsize=1024)


@lru_cache(maxsize=512)  # the same lines are asked about by rule after rule (a few texts' worth)
def squeeze(text: str) -> str:
    """The text without its whitespace: how the rules compare lines (a page may space out a title).

    str.split() splits at the characters ``\\s`` matches (str.isspace, the same 29 code points), three times
    faster than the pattern's substitution on a line."""
    return "".join(text.split())


@dataclass(slots=True)
class Line:
    start: int  # first character (line start; the first line also holds leading blank lines)
    end: int  # after the newline and any blank lines that follow
    content_start: int  # first visible character
    content: str  # the visible text, stripped; for a joined paragraph, its lines' texts joined
    soft_breaks: tuple[int, ...] = ()  # offsets of the newlines joined inside this paragraph
    furniture: tuple[tuple[int, int], ...] = ()  # spans of furniture lines inside this paragraph
    is_furniture: bool = False

    @property
    def is_junk(self) -> bool:
        return WORD_CHAR_RE.search(self.content) is None


def split_lines(text: str) -> list[Line]:
    """The physical lines of ``text``; together they cover it."""
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


RUN_TOGETHER_MIN_CHARS = 160  # a line this long may be a whole page (or a short notice) run together
RUN_TOGETHER_MIN_HEADINGS = 3  # …and it is one when this many of its pieces open with a heading number
# (the look-behind after the first space, not before it: the engine then skips to spaces, not tries every position)
_GAP_RE = re.compile(rf"[{RAW_LINE_SPACES}](?<=[^A-Za-z0-9\s].)[{RAW_LINE_SPACES}]*(?=[^\x00-\x7f]|[0-9(（])")
_PIECE_HEADING_RE = re.compile(
    r"^(?:\d{1,2}(?:[.．]\d{1,2})*[.．、]?(?=[\u4e00-\u9fff])|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十百]{1,4}[章节条])"
)


def _is_piece_break(piece: str) -> bool:
    """A piece of a run-together line that opens a line of its own: a heading number, an addressee
    (各县、区人民政府，市政府各部门：), a date alone (二○○五年十一月二十一日)."""
    return bool(
        _PIECE_HEADING_RE.match(piece)
        or (len(piece) <= 60 and piece[-1:] in ":：" and piece.startswith("各"))
        or _PIECE_DATE_RE.fullmatch(piece)
    )


_PIECE_DATE_RE = re.compile(
    r"(?:\d{4}|[一二三四五六七八九〇○零]{4})年[\d一二三四五六七八九十〇○]{1,2}月[\d一二三四五六七八九十〇○]{1,3}日"
)


_SENTENCE_END = "。！？；：!?;:"
_CLAUSE_MARKS = "，、,"
_MARK_RE = re.compile("[" + re.escape(_SENTENCE_END + _CLAUSE_MARKS) + "]")


def _inside_sentence(content: str, gaps: list[re.Match[str]], opens: list[bool]) -> list[bool]:
    """For each gap: it stands inside a sentence (the text since the last sentence end runs through a
    comma) and the piece after it (``opens``: a heading number, addressee or date) opens nothing.
    One pass over the line's marks, however many gaps it has."""
    marks = [(m.start(), m.group() in _CLAUSE_MARKS) for m in _MARK_RE.finditer(content)]
    inside, k, after_comma = [], 0, False
    for gap, piece_opens in zip(gaps, opens, strict=True):
        while k < len(marks) and marks[k][0] < gap.start():
            after_comma = marks[k][1]  # a comma since the last sentence end, or a sentence end
            k += 1
        inside.append(after_comma and not piece_opens)
    return inside


class _Figures:
    """Where a line holds an amount of money or a ratio, as extraction reads them: a page's spaced figures
    (投资在 2000 万元以上 3000 万元以下, 补贴 42%, 0万 元, 3 个百分点, 7： 3) are no line's start or end. A space inside a
    figure never breaks; one right before a figure does not break inside a sentence (after 在, 给予, 至), but does
    where a line of its own could end — after 。；：, or after a date line (…2020年10月22日 100万元以上项目清单)."""

    def __init__(self, content: str):
        lex = lexicon()
        patterns = (
            lex.money,
            lex.percent,
            lex.percentage_points,
            lex.colon_ratio,
            lex.slash_fraction,
            lex.multiple,
        )
        # (the patterns open with look-behinds: finditer passes over the positions no figure opens at)
        spans = sorted(m.span() for pattern in patterns for m in finditer(pattern, content))
        self.content = content
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans so far
        self.opening = frozenset(self.starts)

    def holds(self, gap: re.Match[str], before: str) -> bool:
        """The gap lies inside a figure, or opens one in the middle of a sentence (``before``: the piece before)."""
        i = bisect_left(self.starts, gap.start()) - 1
        if i >= 0 and self.reach[i] > gap.start():
            return True
        if gap.end() not in self.opening or self.content[gap.start() - 1] in _SENTENCE_END:
            return False
        return not _PIECE_DATE_RE.fullmatch(before.strip())


def split_run_together(lines: list[Line]) -> list[Line]:
    """A page that lost its line breaks keeps a space where each stood (各村： 为提高… 附件：X 甲镇人民政府
    2020年10月22日 X 1.总则 1.1目的…): such a line, long and with numbered headings among its
    space-separated pieces, is split into one line per piece (the pieces still cover the text)."""
    out: list[Line] = []
    for line in lines:
        content = line.content
        if len(content) < RUN_TOGETHER_MIN_CHARS:
            out.append(line)
            continue
        gaps = list(_GAP_RE.finditer(content))
        bounds = [*(m.end() for m in gaps), len(content)]
        pieces = [content[a : bounds[k + 1]].rstrip() for k, a in enumerate(bounds[:-1])]
        opens = [_is_piece_break(piece) for piece in pieces]  # the piece after each gap
        if sum(opens) < RUN_TOGETHER_MIN_HEADINGS:
            out.append(line)
            continue
        # a gap inside a sentence that has already run through a comma is the space of a wrapped line
        # (…累计超过600家，带动产业链新增 规上工业企业500家): the break is kept only where one stood
        wrapped = _inside_sentence(content, gaps, opens)
        figures = _Figures(content)
        gaps = [
            m
            for k, (m, inside) in enumerate(zip(gaps, wrapped, strict=True))
            if not inside and not figures.holds(m, pieces[k - 1] if k else content[: m.start()])
        ]
        base = line.content_start
        starts = [0, *(m.end() for m in gaps)]
        ends = [*(m.start() for m in gaps), len(content)]
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            start = line.start if k == 0 else base + a
            end = line.end if k == len(starts) - 1 else base + starts[k + 1]
            out.append(Line(start, end, base + a, content[a:b]))
    return out


def line_break(text: str, line: Line) -> int:
    """Offset of the newline that ends ``line``'s own text (before any blank lines it holds), or -1."""
    return text.find("\n", line.content_start + len(line.content), line.end)


def page_break_before(text: str, line: Line) -> bool:
    """A form feed (PDF page break) stands in the whitespace before the line's text."""
    return "\f" in text[line.start : line.content_start]


def display_width(text: str, line: Line) -> float:
    """How wide the line prints, in full-width characters: CJK counts 1, ASCII and accented Latin ½ (indentation
    included), two full-width marks side by side 1½ (``PUNCT_PAIR_RE``).

    Measured from the start of the printed line it ends on: a line split off the end of a run-together one
    (…制定本办法。第二条【适用范围】… / 第二条…) printed as wide as the whole (lines.split_run_together)."""
    start, end = printed_span(text, line)
    return segment_width(text[start:end])


def printed_span(text: str, line: Line) -> tuple[int, int]:
    """The printed line that ``line``'s content ends: from the line break before it to the content's end."""
    return text.rfind("\n", 0, line.content_start) + 1, line.content_start + len(line.content)


def segment_width(raw: str) -> float:
    """How wide a piece of one line prints (display_width)."""
    raw = raw.replace("\f", "")
    narrow = len(_NARROW_RE.findall(raw))
    return len(raw) - narrow / 2 - len(PUNCT_PAIR_RE.findall(raw)) / 2


# ASCII and the Latin letters with accents (pinyin's yòng, lǐ; é) print half as wide as a CJK character
_NARROW_RE = re.compile(r"[\x00-\u024f]")


# Two full-width marks side by side (》、《, 。”, ）、) print in the width of one and a half: the typesetter trims the
# blank half of one of them (a browser's CSS text-spacing-trim, a word processor's 标点挤压), so a line with such
# pairs holds more characters than the wrap width (…管理办法》、《…》、 fills the line with 29 characters of 28).
PUNCT_PAIR_RE = re.compile(
    r"[，、。．）》〉」』】〕”’（《〈「『【〔“‘](?=[，、。．）》〉」』】〕”’（《〈「『【〔“‘])"
)


_NEWLINE_RE = re.compile("\n")


def join_run(
    lines: list[Line],
    text: str,
    k: int,
    joins: Callable[[list[int], int], bool],
    join: Callable[[list[str]], str],
) -> tuple[Line, int]:
    """The paragraph that line k opens when wrapped lines are joined: the lines after it that ``joins(group, next)``
    accepts one by one (furniture between them is carried inside, as spans), as one Line whose soft breaks are the
    newlines between their texts and whose content is ``join`` of theirs; and the index of the line after it. One
    walk for every layout whose lines are joined (parsers.structure.wrap, parsers.structure.double_spaced)."""
    group, inner, breaks = [k], [], []
    nxt = k + 1
    while True:
        between = []
        while nxt < len(lines) and lines[nxt].is_furniture:
            between.append(nxt)
            nxt += 1
        if nxt >= len(lines) or not joins(group, nxt):
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
        return lines[k], k + 1
    first, last = lines[group[0]], lines[group[-1]]
    joined = Line(
        first.start,
        last.end,
        first.content_start,
        join([lines[g].content for g in group]),
        soft_breaks=tuple(breaks),
        furniture=tuple((lines[f].start, lines[f].end) for f in inner),
    )
    return joined, group[-1] + 1

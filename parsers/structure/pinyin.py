"""Pinyin a converter left in brackets after characters (``關(guān)于``, ``發(fā)布時(shí)間``), read past by the rules.

Some sites turn a page into traditional characters with a tool that writes the reading of a character it
was unsure of after it, in brackets (``盤錦市人民政府關(guān)于修改…``, ``黔府辦發(fā)〔2012〕34號``). Such
annotations break every word the rules look for (关于, 发布时间, 印发给你们, a 文号's 发), so the rules read the
text without them: :func:`strip_pinyin` gives that copy and the map of its characters to the text's, and
:class:`PinyinMap` carries offsets and strings back (a string is given back with its annotations, as the
text writes it). Only a text that carries two annotations or more is read so: one is no converter's habit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from parsers.patterns import alternation
from parsers.structure.lines import Line, printed_span, segment_width
from parsers.traditional import lost_glyphs

# a reading in brackets right after a CJK character: latin letters with at least one tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# (each look-behind below follows the bracket, not precedes it: the engine then skips to brackets, not tries every
# position of the text). A hard-wrapped copy of such a page (as PDF extraction leaves it) may break the line between
# the character and its reading (…補 / (bǔ)貼…): the reading then opens the next line.
_AFTER_CJK = r"(?:(?<=[\u3400-\u9fff].)|(?<=[\u3400-\u9fff]\n.))"
_PINYIN_RE = re.compile(
    r"[(（]" + _AFTER_CJK + r"[a-zü" + _TONED + r"]{0,6}[" + _TONED + r"][a-zü" + _TONED + r"]{0,6}[)）]"
)
MIN_ANNOTATIONS = 2
_TONE_MARK_RE = re.compile(f"[{_TONED}]")
# what every reading opens with, right after its bracket (each pattern below starts so)
_READING_START = frozenset("abcdefghijklmnopqrstuvwxyzü" + _TONED)
_BRACKETS = "(（"
_BRACKETED_LETTER_RE = re.compile(r"[(（][a-zü]")
# a converter that writes readings without tone marks (人(ren)民(min)政府發(fa)布): a bracketed lowercase pinyin
# syllable after a CJK character; taken only when a text carries many, as no other habit writes them
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ian|iao|ing|ong|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v|ü)"
)
_TONELESS_RE = re.compile(rf"[(（]{_AFTER_CJK}{_SYLLABLE}[)）]")
MIN_TONELESS = 5
# a converter that writes tone marks writes a neutral tone without one (的(de), 么(me), 们(men)): with its toned
# readings, a bracketed toneless syllable that has an initial after a CJK character is one of its readings too
_NEUTRAL_RE = re.compile(rf"[(（]{_AFTER_CJK}(?=[bpmfdtnlgkhjqxrzcsyw]){_SYLLABLE}[)）]")
# what a rule may have written for a character of the text (a title's inner 〈〉 given as 《》)
_SAME = {
    "《": "《〈",
    "》": "》〉",
    "〈": "〈《",
    "〉": "〉》",
    "(": "(（",
    "（": "（(",
    ")": ")）",
    "）": "）)",
}


def _find_spaced(compact: str, wanted: list[str], start: int = 0) -> int:
    """Where the characters ``wanted`` (none a space; each in any of its ``_SAME`` forms) first stand in
    ``compact`` from ``start`` on, with any spaces between them: the start of the leftmost match of
    ``\\s*`` between their classes, as a pattern would find it (found by hand: a pattern made of each value
    was compiled anew), or -1."""
    n = len(compact)
    at = min(max(start, 0), n)  # (where a pattern's search starts)
    if not wanted:
        return at
    first, rest = _SAME.get(wanted[0], wanted[0]), wanted[1:]
    while True:
        hits = [hit for hit in (compact.find(form, at) for form in first) if hit >= 0]
        if not hits:
            return -1
        at = min(hits)
        j = at + 1
        for ch in rest:
            while j < n and compact[j].isspace():  # (no wanted character is a space: skipping all is exact)
                j += 1
            if j == n or compact[j] not in _SAME.get(ch, ch):
                break
            j += 1
        else:
            return at
        at += 1


@cache
def _lost_glyph_re() -> re.Pattern[str] | None:
    garbles = lost_glyphs()
    return re.compile(r"\?(" + alternation(garbles) + ")") if garbles else None  # the longest garble first


@dataclass(frozen=True)
class PinyinMap:
    original: str
    compact: str
    positions: tuple[int, ...]  # positions[i]: the text's offset of the copy's character i (and len(text))
    lost: frozenset[int] = field(
        default=frozenset()
    )  # the copy's characters read for a lost one (? in the text)

    def printed_width(self, line: Line) -> float:
        """How wide a line of the copy printed in the text, its readings with it (低空经济是指以民用(yòng)有人(rén)…):
        the wrap was made on the text, so its widths are measured there (a reading a wrap put at the next line's
        start, (rén)驾驶…, is that line's)."""
        start, end = printed_span(self.compact, line)
        return segment_width(
            self.original[self.positions[start - 1] + 1 if start else 0 : self.positions[end]]
        )

    def offset(self, at: int) -> int:
        """The text's offset of the copy's offset ``at`` (an annotation belongs to the character before it)."""
        return self.positions[at]

    def restore(self, value: str | None, near: int = 0) -> str | None:
        """``value`` (a string of the copy) with the annotations the text writes after its characters: as the
        text writes it at the copy's offset ``near`` or after (a title where its title line stands, not where a
        site's headline quotes it without readings), else where it first occurs."""
        if not value:
            return value
        wanted = [ch for ch in value if not ch.isspace()]
        if not wanted:
            return value
        found = _find_spaced(self.compact, wanted, near) if near else -1
        if found < 0:
            found = _find_spaced(self.compact, wanted)
        if found < 0:
            return self._restore_pieces(value)
        out: list[str] = []
        j = found
        for ch in value:
            if ch.isspace():
                out.append(ch)
                continue
            while self.compact[j] not in _SAME.get(ch, ch):
                if self.compact[j].isspace():  # a reading the line's break left after it (補 / (bǔ)貼)
                    out.append(self.original[self.positions[j] + 1 : self.positions[j + 1]])
                j += 1
            out.append(self.original[self.positions[j]] if j in self.lost else ch)
            out.append(self.original[self.positions[j] + 1 : self.positions[j + 1]])
            j += 1
        return "".join(out)

    def _restore_pieces(self, value: str) -> str:
        """A value the rules put together from parts of the text (a congress's place and body, its term left
        out): each longest part the text holds, with its annotations."""
        out: list[str] = []
        rest = value
        while rest:
            for n in range(len(rest), 0, -1):
                piece = rest[:n]
                if n == 1 or _find_spaced(self.compact, [ch for ch in piece if not ch.isspace()]) >= 0:
                    break
            restored = self.restore(piece) if n > 1 else piece
            out.append(restored or piece)
            rest = rest[n:]
        return "".join(out)


def may_hold_readings(text: str) -> bool:
    """A bracket with a small latin letter or a toned vowel right after it, as every reading opens: the cheap test
    before the patterns, which open with a look-behind and so are tried at every position (most texts hold brackets,
    few a latin letter in one)."""
    n = len(text)
    for bracket in _BRACKETS:
        i = text.find(bracket)
        while i != -1:
            if i + 1 < n and text[i + 1] in _READING_START:
                return True
            i = text.find(bracket, i + 1)
    return False


# a document's text is read for its readings twice, by the structure and then by the extractors (parsers.glosses):
# read once (the map is frozen, so both may share it)
@lru_cache(maxsize=2)
def strip_pinyin(text: str) -> PinyinMap | None:
    """The text without the converter's annotations, or None when it carries fewer than two (fewer than
    five of a converter that writes no tone marks)."""
    if not may_hold_readings(text):
        return None
    # (a toned reading holds a tone mark, a toneless one starts with a latin letter: most texts have neither, and
    # looking for one is many times cheaper than trying a pattern at every position)
    spans = [m.span() for m in _PINYIN_RE.finditer(text)] if _TONE_MARK_RE.search(text) else []
    if len(spans) >= MIN_ANNOTATIONS:
        spans = sorted([*spans, *(m.span() for m in _NEUTRAL_RE.finditer(text))])
    elif _BRACKETED_LETTER_RE.search(text) is None:
        return None
    else:
        spans = [m.span() for m in _TONELESS_RE.finditer(text)]
        if len(spans) < MIN_TONELESS:
            return None
    spans = _with_repeats(text, spans)
    # 管理?xiàng)l例: the garble's tail is read as the lost character's annotation, the ? as the character
    garbles = [m for m in _lost_glyph_re().finditer(text)] if _lost_glyph_re() and "?" in text else []
    read_as = {m.start(): lost_glyphs()[m.group(1)] for m in garbles}
    if garbles:
        spans = sorted([*spans, *((m.start(1), m.end()) for m in garbles)])
    pieces: list[str] = []
    positions: list[int] = []
    at = 0
    for start, end in spans:
        pieces.append(text[at:start])
        positions.extend(range(at, start))
        at = end
    pieces.append(text[at:])
    positions.extend(range(at, len(text)))
    positions.append(len(text))
    compact = "".join(pieces)
    lost = frozenset(i for i, pos in enumerate(positions[:-1]) if pos in read_as)
    if lost:
        chars = list(compact)
        for i in lost:
            chars[i] = read_as[positions[i]]
        compact = "".join(chars)
    return PinyinMap(text, compact, tuple(positions), lost)


# a reading written twice (區(qu)(qu)): the second stands right after the first, a bracket after a bracket
_REPEAT_RE = re.compile(rf"[(（](?:{_SYLLABLE}|[a-zü{_TONED}]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,6}})[)）]")


def _with_repeats(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while (again := _REPEAT_RE.match(text, end)) is not None and text[start:end] == again.group(0):
            end = again.end()
        out.append((start, end))
    return out


def single_reading_spans(text: str) -> list[tuple[int, int]]:
    """The toned readings of a text that holds fewer than ``MIN_ANNOTATIONS`` (one): :func:`strip_pinyin` leaves
    them, as a title's reader must not cut a writer's own bracket; an extractor, which reads figures, may."""
    if not may_hold_readings(text) or _TONE_MARK_RE.search(text) is None:
        return []
    spans = [m.span() for m in _PINYIN_RE.finditer(text)]
    return spans if len(spans) < MIN_ANNOTATIONS else []

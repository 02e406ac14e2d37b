"""Where a position sits in a text: its sentence, its comma part, its paragraph, the goal statement that governs it.

Built once per document from the raw text (independent of how the structure parser cut clauses),
so extraction decisions look only at a few characters around each candidate number.

The structure tells which line breaks only wrap a paragraph (``soft_breaks``) and which spans are
page furniture (``furniture``: — 3 —, a running header); the index reads both as spaces, so
最高不超过⏎100万元 is one bound and one sentence, while every offset still indexes the original text.
Whatever is asked about one sentence many times (is there a subsidy word after this amount?) is
answered from the sentence's matches, found once (``hits``), so that a sentence with thousands of
amounts costs time linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from parsers.bounds import BoundReader, Qualified
from parsers.document_date import StatedDate, stated_date
from parsers.goal_scopes import GoalScopes, Scope
from parsers.goal_year_phrases import BOUNDARY_CHARS
from parsers.lexicon import Lexicon, lexicon
from parsers.patterns import LINE_SPACES, last_match
from parsers.repeated_titles import repeated_headlines
from parsers.spans import Hits
from parsers.structure.fold import fold

_SENTENCE_CHARS = set("。；;！？!?\n")  # a clause: what subsidy cues and instruments may reach across
_FULL_STOP_CHARS = set("。！？!?\n")  # a goal sentence: 到2027年，…；…；…。
_MODIFIER_REACH = (
    120  # characters from a 、 to its part's end in which another modifier and the counted noun may stand
)
# A comma part ends at any of these; an ASCII comma inside 1,000 is a thousands separator, not a break.
_SENTENCE_MARK = re.compile(r"[，,；;。！？!?]")  # a line holding one is a sentence, not a line of a list
# …and at a dash set apart by spaces between words (…产业集群 [3] - 目前…): an inline bullet of a summary, a line break
PART_END = re.compile(r"[，；;。！？!?\n：:,-]")
_INLINE_BULLET = re.compile(
    rf"[^\d\s][{LINE_SPACES}]+-[{LINE_SPACES}]+[^\d\s-]"
)  # matched from the word before the dash
_THOUSANDS = re.compile(r",\d{3}(?!\d)")
_RATIO_COLON = re.compile(r"\d[:：]\d")


def _inline_bullet(norm: str, pos: int) -> bool:
    """The dash at pos stands between words with spaces on both sides (…集群 [3] - 目前…)."""
    if pos == 0 or norm[pos - 1] not in LINE_SPACES:
        return False
    start = pos - 1
    while start > 0 and norm[start - 1] in LINE_SPACES:
        start -= 1
    return start > 0 and _INLINE_BULLET.match(norm, start - 1) is not None


def _breaks(norm: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """The ends of comma parts, sentences, full sentences and paragraphs in ``norm``: a break of a stronger kind
    is also a break of the weaker kinds.

    One scan finds every mark; the few that may be no break (a thousands separator, a colon between digits, a dash
    inside a number) are found by str.find or a pattern led by its literal (a scan in C each), and each kind is
    then a filter over the offsets, not a branch per mark.
    """
    ends = [m.start() for m in PART_END.finditer(norm)]
    dropped = {
        m.start() for m in _THOUSANDS.finditer(norm) if m.start() > 0 and norm[m.start() - 1].isdigit()
    }
    for colon in ":：":
        at = norm.find(colon)
        while at >= 0:
            if _RATIO_COLON.match(norm, at - 1 if at > 0 else 0):
                dropped.add(at)  # 23:53:24, 2.3:1 are one proportion, not a break
            at = norm.find(colon, at + 1)
    bullets = set()
    at = norm.find("-")
    while at >= 0:
        if _inline_bullet(norm, at):
            bullets.add(at)  # an inline bullet ends the item before it, as a line break does
        else:
            dropped.add(at)  # 2024-01-01, 2-3个, 0871-1234567: no break
        at = norm.find("-", at + 1)
    if dropped:
        ends = [pos for pos in ends if pos not in dropped]
    if bullets:
        sentences = [pos for pos in ends if pos in bullets or norm[pos] in _SENTENCE_CHARS]
        stops = [pos for pos in sentences if pos in bullets or norm[pos] in _FULL_STOP_CHARS]
        paragraphs = [pos for pos in stops if pos in bullets or norm[pos] == "\n"]
    else:
        sentences = [pos for pos in ends if norm[pos] in _SENTENCE_CHARS]
        stops = [pos for pos in sentences if norm[pos] in _FULL_STOP_CHARS]
        paragraphs = [pos for pos in stops if norm[pos] == "\n"]
    return ends, sentences, stops, paragraphs


def _blank(
    text: str, soft_breaks: Iterable[int], furniture: Iterable[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """text with each soft break and furniture character replaced by a space (same length)."""
    spans = sorted({(p, p + 1) for p in soft_breaks} | {(s, e) for s, e in furniture if s < e})
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = max(0, s), min(len(text), e)
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    if not merged:
        return text, []
    pieces, at = [], 0
    for s, e in merged:
        pieces.append(text[at:s])
        pieces.append(" " * (e - s))
        at = e
    pieces.append(text[at:])
    return "".join(pieces), merged


SPARSE_NORMALIZING = 8  # distinct characters to replace up to which str.replace beats str.translate


def _normalized(norm: str, lex: Lexicon) -> str:
    """``norm.translate(lex.normalize_table)``: translate looks every character up in the table (a dict, slow for
    a CJK text), while most texts hold one or two characters to replace (a full-width digit, an odd space), each
    replaced at C speed by str.replace. The same string while no replacement is itself replaced (checked)."""
    table = lex.normalize_table
    found = set(lex.needs_normalizing.findall(norm))
    if len(found) > SPARSE_NORMALIZING or not all(_plain_replacement(table, char) for char in found):
        return norm.translate(table)
    for char in found:
        norm = norm.replace(char, table[ord(char)])
    return norm


def _plain_replacement(table: dict[int, str], char: str) -> bool:
    """``char``'s replacement is one character that is not replaced in turn (translate replaces once)."""
    value = table[ord(char)]
    return isinstance(value, str) and len(value) == 1 and ord(value) not in table


def _ascii_years(
    norm: str, numeral_year: re.Pattern, prefixes: tuple[str, ...], year_digits: dict[str, int]
) -> str:
    """二〇〇四年 -> 2004年, one digit for one character (offsets hold).

    The pattern is tried only where one of its prefixes stands (found by str.find, at C speed): run over the whole
    text it would try every position.
    """
    spans = []
    for prefix in prefixes:
        # a one-character test runs far faster than a two-character search: 〇, ○, Ｏ are absent from most texts
        at = norm.find(prefix) if prefix[-1] in norm else -1
        while at >= 0:
            m = numeral_year.match(norm, at)
            if m is not None:
                spans.append(m.span())
            at = norm.find(prefix, at + 1)
    if not spans:
        return norm
    pieces, last = [], 0
    for start, end in sorted(spans):
        pieces.append(norm[last:start])
        pieces.append("".join(str(year_digits[ch]) if ch in year_digits else ch for ch in norm[start:end]))
        last = end
    pieces.append(norm[last:])
    return "".join(pieces)


class TextIndex(GoalScopes):
    """One document's text, half-width copy, and the break positions that delimit context.

    ``soft_breaks`` (offsets of line breaks that only wrap a paragraph) and ``furniture`` (spans of
    page furniture) come from the structure; both read as spaces when sentences, comma parts and
    numbers are found. ``text`` stays the original; ``norm`` is the copy the rules read (same length).
    """

    def __init__(
        self,
        text: str,
        lex: Lexicon | None = None,
        *,
        soft_breaks: Iterable[int] = (),
        furniture: Iterable[tuple[int, int]] = (),
        current_year: int | None = None,
    ):
        self.text = text
        self.lex = lex or lexicon()
        # markup kept as text, crawler marks and a lost indentation read as the structure reads them (<p>…</p> as a
        # line), then full-width digits and traditional characters, one for one (offsets hold): ２０萬元 reads as 20万元.
        # The structure's own copy (fold: memoised, it has just read this text) has the traditional characters
        # simplified already: the lexicon's table maps no simplified form again, so only the rest is left to do
        norm = fold(text)
        if self.lex.needs_normalizing.search(norm):
            norm = _normalized(norm, self.lex)
        norm = _ascii_years(norm, self.lex.numeral_year, self.lex.numeral_year_prefixes, self.lex.year_digits)
        self.stated: StatedDate | None = None  # the date the text's own words state, when none was given
        if current_year is None:
            # no published date given: the date the text states (a page stamp, a date line, its 文号) dates it
            self.stated = stated_date(norm, self.lex)
            current_year = self.stated.year if self.stated is not None else None
        self.current_year = current_year  # the year the text is dated (published), which 今年 names
        # the page's headline repeated between the paragraphs of its body reads as furniture (parsers.repeated_titles)
        furniture = [*furniture, *repeated_headlines(norm)]
        norm, self._blanked = _blank(norm, soft_breaks, furniture)
        self._blank_ends = [e for _, e in self._blanked]
        self.norm = norm
        self._part_ends, self._sentence_ends, self._full_stops, self._para_ends = _breaks(norm)
        self._scopes: list[Scope] | None = None
        # keyed by the pattern's id: hashing a compiled pattern hashes its whole program on every lookup (18 µs for
        # the subsidy cues); the lexicon's patterns outlive the index, and each Hits holds its own
        self._hits: dict[tuple[int, int, int], Hits] = {}
        self._past: dict[int, bool] = {}
        self._past_marks: dict[int, tuple[list[int], list[bool]]] = {}  # sentence start -> its past markers
        self._points: list[tuple[int, int]] | None = None
        self._tasks: dict[int, bool] = {}
        self._joined: dict[int, bool] = {}
        self.carry_stops: list[
            tuple[int, int]
        ] = []  # sentences no carried year dates (parsers.carried_stops)
        self.recipient_lead = self.lex.recipient_lead
        self.pronouns = self.lex.pronouns
        self._scope_opener = self.lex.scope_opener
        self._item_after = self.lex.section("context")["item_after"]
        self._status_opener = self.lex.status_opener
        self._heading_line_chars = int(self.lex.section("targets")["heading_line_chars"])
        self.sentence_mark = _SENTENCE_MARK
        self.bounds = BoundReader(norm, self.lex, self.part)

    def written(self, start: int, end: int) -> str:
        """text[start:end] as written, without the soft breaks and furniture inside it."""
        if not self._blanked:
            return self.text[start:end]
        out, at = [], start
        for s, e in self._blanked[bisect_right(self._blank_ends, start) :]:
            if s >= end:
                break
            out.append(self.text[at : max(at, s)])
            at = max(at, e)
        if at < end:
            out.append(self.text[at:end])
        return "".join(out)

    def hits(self, pattern: re.Pattern, span: tuple[int, int]) -> Hits:
        """The matches of ``pattern`` inside ``span`` (a sentence, usually), found once."""
        key = (id(pattern), span[0], span[1])
        found = self._hits.get(key)
        if found is None:
            found = self._hits[key] = Hits(pattern, self.norm, span)
        return found

    # -- spans around a position -------------------------------------------------------------
    @staticmethod
    def _around(breaks: list[int], pos: int, length: int) -> tuple[int, int]:
        """The span between the breaks around ``pos``: after the one before it, up to the one at or after it."""
        i = bisect_left(breaks, pos)
        return (breaks[i - 1] + 1 if i else 0), (breaks[i] if i < len(breaks) else length)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._around(self._sentence_ends, pos, len(self.norm))

    def full_sentence(self, pos: int) -> tuple[int, int]:
        return self._around(self._full_stops, pos, len(self.norm))

    def part(self, pos: int) -> tuple[int, int]:
        return self._around(self._part_ends, pos, len(self.norm))

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._around(self._para_ends, pos, len(self.norm))

    def parts_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The comma parts that cover [start, end)."""
        out = []
        i = bisect_left(self._part_ends, start)
        s = start
        while i < len(self._part_ends) and self._part_ends[i] < end:
            out.append((s, self._part_ends[i]))
            s = self._part_ends[i] + 1
            i += 1
        if s < end:
            out.append((s, end))
        return out

    def followed_by_boundary(self, pos: int, limit: int | None = None) -> bool:
        """Nothing but spaces between pos and a comma, full stop or the end."""
        n = len(self.norm) if limit is None else limit
        while pos < n and self.norm[pos] in LINE_SPACES:
            pos += 1
        return pos >= n or self.norm[pos] in BOUNDARY_CHARS

    def counted_after(self, pos: int) -> bool:
        """的 and a counted quantity right at pos (…超500亿元的5个), not a trap word (…的一次性奖励)."""
        if not self.norm.startswith("的", pos):
            return False
        return self.lex.target_quantity.match(self.norm, pos + 1) is not None and not self.lex.trap.match(
            self.norm, pos + 1
        )

    def coordinated_modifier(self, pos: int) -> bool:
        """、 at pos, then the rest of the part is another modifier of the noun counted at its end (培育年产值超100亿元、
        具备较强竞争力的龙头企业2家): the amount before pos qualifies the things counted, it is no goal value."""
        if not self.norm.startswith("、", pos):
            return False
        end = self.part(pos + 1)[1]
        if end - pos > _MODIFIER_REACH:
            return False  # (no modifier runs so far: and each 、 of a long list would rescan the part, its square)
        last = last_match(self.lex.target_quantity, self.norm, pos + 1, end)
        if (
            last is None
            or "元" in (last.group("u") or "元")
            or self.norm[last.end() : end].strip(LINE_SPACES)
        ):
            return False
        return "的" in self.norm[pos + 1 : last.start()]

    # -- bounds --------------------------------------------------------------------------------
    def qualify(self, start: int, end: int, is_ratio: bool = False) -> Qualified:
        """The bound around the number spanning [start, end) (parsers/bounds.py)."""
        return self.bounds.qualify(start, end, is_ratio)

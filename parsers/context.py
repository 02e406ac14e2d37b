"""Where a position sits in a text: its sentence, its comma part, its paragraph, the goal statement that governs it.

Built once per document from the raw text (independent of how the structure parser cut clauses),
so extraction decisions look only at a few characters around each candidate number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from parsers.lexicon import SPACE, Lexicon, anchored, lexicon

_SENTENCE_CHARS = set("。；;！？!?\n")  # a clause: what subsidy cues and instruments may reach across
_FULL_STOP_CHARS = set("。！？!?\n")  # a goal sentence: 到2027年，…；…；…。
# A comma part ends at any of these; an ASCII comma inside 1,000 is a thousands separator, not a break.
PART_END = re.compile(r"[，；;。！？!?\n：:,]")
_YEAR_ANCHOR = re.compile(r"\d\s*年")  # every year phrase holds one
_THOUSANDS = re.compile(r",\d{3}(?!\d)")
BOUNDARY_CHARS = set("，,；;。！？!?\n：:、)）")


@dataclass(frozen=True)
class Qualified:
    start: int  # surface start, with the qualifier before the number
    end: int  # surface end, with the qualifier after the number
    kind: str  # exact | max | min
    qualifier: str | None
    before_kind: str | None
    after_kind: str | None


@dataclass(frozen=True)
class Scope:
    """A goal statement: from its year phrase (or 力争) to the end of its paragraph or the next year phrase."""

    start: int
    body_start: int  # after the year phrase
    end: int
    first_sentence_end: (
        int  # goals before this need no goal verb (a year's whole reach; a bare 力争 scope: none)
    )
    year: int | None


class TextIndex:
    """One document's text, half-width copy, and the break positions that delimit context."""

    def __init__(self, text: str, lex: Lexicon | None = None):
        self.text = text
        self.lex = lex or lexicon()
        # full-width digits and traditional characters, one for one (offsets hold): ２０萬元 reads as 20万元
        needs = self.lex.needs_normalizing.search(text)
        self.norm = text.translate(self.lex.normalize_table) if needs else text
        # one scan for every break; a break of a stronger kind is also a break of the weaker kinds
        self._sentence_ends, self._full_stops, self._part_ends, self._para_ends = [], [], [], []
        norm = self.norm
        for m in PART_END.finditer(norm):
            pos, ch = m.start(), m.group(0)
            if ch == "," and pos > 0 and norm[pos - 1].isdigit() and _THOUSANDS.match(norm, pos):
                continue
            self._part_ends.append(pos)
            if ch in _SENTENCE_CHARS:
                self._sentence_ends.append(pos)
                if ch in _FULL_STOP_CHARS:
                    self._full_stops.append(pos)
                    if ch == "\n":
                        self._para_ends.append(pos)
        self._scopes: list[Scope] | None = None
        ctx = self.lex.section("context")
        self.recipient_lead = re.compile(ctx["recipient_lead_pattern"])
        self.pronouns = frozenset(ctx["pronouns"])
        self._scope_opener = re.compile(
            f"(?:{'|'.join(map(re.escape, ctx['scope_openers']))}){SPACE}[：:]?{SPACE}$"
        )

    # -- spans around a position -------------------------------------------------------------
    @staticmethod
    def _around(breaks: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect_left(breaks, pos)
        start = breaks[i - 1] + 1 if i > 0 else 0
        end = breaks[i] if i < len(breaks) else length
        return start, end

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
        while pos < n and self.norm[pos] in " \t\u3000":
            pos += 1
        return pos >= n or self.norm[pos] in BOUNDARY_CHARS

    # -- qualifiers ----------------------------------------------------------------------------
    def qualify(self, start: int, end: int) -> Qualified:
        """Extend a number's span by the kind-bearing qualifiers around it (不超过100万元以上 …)."""
        lex = self.lex
        before = lex.before_qualifiers.search(self.norm, max(0, start - 14), start)
        after = lex.after_qualifiers.match(self.norm, end)
        q_start, q_end, words = start, end, []
        before_kind = after_kind = None
        if before:
            q_start = before.start()
            phrase = before.group(0).strip()
            words.append(phrase)
            # the last qualifier word before the number decides (最高不超过 -> max)
            for word in lex.before_words_longest_first:
                if phrase.rstrip(" \t\u3000").endswith(word):
                    before_kind = lex.qualifier_before[word]
                    break
        elif bridged := lex.bridged_qualifier.search(self.norm, max(0, start - 14), start):
            # 每年最高补助100万元: 最高 bounds the amount though 补助 stands between them
            words.append(bridged.group("q"))
            before_kind = lex.qualifier_before[bridged.group("q")]
        if after:
            word = after.group("q")
            # 以上的 is 以上 followed by 的: keep 的 out of the surface
            if word.endswith("的"):
                word = word[:-1]
            q_end = after.start("q") + len(word)
            words.append(word)
            after_kind = (
                lex.qualifier_after[word] if word in lex.qualifier_after else lex.qualifier_after[word + "的"]
            )
        kind = after_kind or before_kind or "exact"
        return Qualified(q_start, q_end, kind, "".join(words) or None, before_kind, after_kind)

    # -- goal statements -----------------------------------------------------------------------
    def _opens_scope(self, pos: int) -> bool:
        """A year phrase opens a goal statement at a sentence or part start, or after 力争/目标."""
        i = pos
        while i > 0 and self.norm[i - 1] in " \t\u3000":
            i -= 1
        if i == 0 or self.norm[i - 1] in BOUNDARY_CHARS or self.norm[i - 1] in "(（":
            return True
        return bool(self._scope_opener.search(self.norm, max(0, i - 8), i))

    def scopes(self) -> list[Scope]:
        if self._scopes is not None:
            return self._scopes
        scopes: list[Scope] = []
        norm = self.norm
        years = [
            m for m in anchored(self.lex.year, _YEAR_ANCHOR, norm, back=8) if self._opens_scope(m.start())
        ]
        for k, m in enumerate(years):
            para_start, para_end = self.paragraph(m.start())
            end = para_end
            if k + 1 < len(years) and years[k + 1].start() < para_end:
                end = years[k + 1].start()
            year = int(next(g for g in m.groups() if g))
            # the year governs every sentence after it in its paragraph
            scopes.append(Scope(m.start(), m.end(), end, end, year))
        # 力争 … without a year phrase (anywhere: 全区固定资产投资力争完成381亿元): a goal sentence of its own
        # (only its quantified goals count: first_sentence_end = start)
        with_year = list(scopes)
        covered_until = -1
        for m in self.lex.goal_opener.finditer(norm):
            if m.start() < covered_until or self.scope_at(m.start(), with_year) is not None:
                continue
            part_start = self.part(m.start())[0]  # keep the subject: 全区固定资产投资力争完成…
            s_end = self.full_sentence(m.start())[1]
            scopes.append(Scope(part_start, part_start, s_end, part_start, None))
            covered_until = s_end
        scopes.sort(key=lambda s: s.start)
        self._scopes = scopes
        self._scope_starts = [s.start for s in scopes]
        return scopes

    @staticmethod
    def scope_at(pos: int, scopes: list[Scope]) -> Scope | None:
        i = bisect_right([s.start for s in scopes], pos) - 1
        if i >= 0 and scopes[i].start <= pos < scopes[i].end:
            return scopes[i]
        return None

    def reports_past(self, pos: int) -> bool:
        """The sentence around pos tells what was achieved (目前…已…了), not what is aimed at."""
        start, end = self.full_sentence(pos)
        return bool(self.lex.past_marker.search(self.norm, start, end))

    def target_scope(self, pos: int) -> Scope | None:
        scopes = self.scopes()
        i = bisect_right(self._scope_starts, pos) - 1
        if i >= 0 and scopes[i].start <= pos < scopes[i].end:
            return scopes[i]
        return None


class ClauseLocator:
    """Which clause node holds a character position (clauses in document order, non-overlapping)."""

    def __init__(self, clauses):
        self.clauses = sorted(clauses, key=lambda c: c.char_start)
        self._starts = [c.char_start for c in self.clauses]

    def find(self, pos: int):
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.clauses[i].char_end:
            return self.clauses[i]
        return None

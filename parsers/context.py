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
from dataclasses import dataclass

from parsers.anchors import anchored
from parsers.bounds import BoundReader, Qualified
from parsers.lexicon import Lexicon, alternation, lexicon
from parsers.spans import Hits

_SENTENCE_CHARS = set("。；;！？!?\n")  # a clause: what subsidy cues and instruments may reach across
_FULL_STOP_CHARS = set("。！？!?\n")  # a goal sentence: 到2027年，…；…；…。
# A comma part ends at any of these; an ASCII comma inside 1,000 is a thousands separator, not a break.
PART_END = re.compile(r"[，；;。！？!?\n：:,]")
_YEAR_ANCHOR = re.compile(r"\d\s*年")  # every year phrase holds one
_YEAR_LOOKAHEAD = 64  # a staged goal's year looks ahead to the hedged far year (lexicon year_patterns)
_THOUSANDS = re.compile(r",\d{3}(?!\d)")
_RATIO_COLON = re.compile(r"\d[:：]\d")
BOUNDARY_CHARS = set("，,；;。！？!?\n：:、)）")
_BULLET = re.compile(r"[ \t\u3000]*(?:——|—|－－|--|●|■|◆)")  # a paragraph that is an item of a list


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


_TASK_OPENERS: dict[int, re.Pattern] = {}


def _task_opener(lex: Lexicon) -> re.Pattern:
    pattern = _TASK_OPENERS.get(id(lex))
    if pattern is None:
        targets = lex.section("targets")
        pattern = _TASK_OPENERS[id(lex)] = re.compile(
            f"(?:{alternation(targets['task_openers'])})|(?:{targets['task_modal_pattern']})"
        )
    return pattern


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


class TextIndex:
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
    ):
        self.text = text
        self.lex = lex or lexicon()
        # full-width digits and traditional characters, one for one (offsets hold): ２０萬元 reads as 20万元
        needs = self.lex.needs_normalizing.search(text)
        norm = text.translate(self.lex.normalize_table) if needs else text
        norm, self._blanked = _blank(norm, soft_breaks, furniture)
        self._blank_ends = [e for _, e in self._blanked]
        self.norm = norm
        # one scan for every break; a break of a stronger kind is also a break of the weaker kinds
        self._sentence_ends, self._full_stops, self._part_ends, self._para_ends = [], [], [], []
        for m in PART_END.finditer(norm):
            pos, ch = m.start(), m.group(0)
            if ch == "," and pos > 0 and norm[pos - 1].isdigit() and _THOUSANDS.match(norm, pos):
                continue
            if ch in ":：" and _RATIO_COLON.match(norm, pos - 1 if pos > 0 else 0):
                continue  # 23:53:24, 2.3:1 are one proportion, not a break
            self._part_ends.append(pos)
            if ch in _SENTENCE_CHARS:
                self._sentence_ends.append(pos)
                if ch in _FULL_STOP_CHARS:
                    self._full_stops.append(pos)
                    if ch == "\n":
                        self._para_ends.append(pos)
        self._scopes: list[Scope] | None = None
        self._hits: dict[tuple[re.Pattern, int, int], Hits] = {}
        self._past: dict[int, bool] = {}
        self._tasks: dict[int, bool] = {}
        self._joined: dict[int, bool] = {}
        self.recipient_lead = self.lex.recipient_lead
        self.pronouns = self.lex.pronouns
        self._scope_opener = self.lex.scope_opener
        self._item_after = self.lex.section("context")["item_after"]
        self._status_opener = self.lex.status_opener
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
        key = (pattern, span[0], span[1])
        found = self._hits.get(key)
        if found is None:
            found = self._hits[key] = Hits(pattern, self.norm, span)
        return found

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
        last = None
        for last in self.lex.target_quantity.finditer(self.norm, pos + 1, end):  # noqa: B007
            pass
        if (
            last is None
            or "元" in (last.group("u") or "元")
            or self.norm[last.end() : end].strip(" \t\u3000")
        ):
            return False
        return "的" in self.norm[pos + 1 : last.start()]

    # -- bounds --------------------------------------------------------------------------------
    def qualify(self, start: int, end: int, is_ratio: bool = False) -> Qualified:
        """The bound around the number spanning [start, end) (parsers/bounds.py)."""
        return self.bounds.qualify(start, end, is_ratio)

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
            m
            for m in anchored(self.lex.year, _YEAR_ANCHOR, norm, back=8, forward=_YEAR_LOOKAHEAD)
            if self._opens_scope(m.start()) or any(m.group(g) for g in self.lex.named_goal_years)
        ]
        heading = self.lex.inline_heading
        for k, m in enumerate(years):
            para_start, para_end = self.paragraph(m.start())
            next_year = years[k + 1].start() if k + 1 < len(years) else len(norm)
            end = min(para_end, next_year)
            # a numbered heading inside the line is a paragraph break the text lost (a page stored as one line)
            cut = heading.search(norm, m.end(), end)
            if cut is not None:
                end = cut.start() + 1
            if self._point(para_start, m.start()) is not None:
                # 一是到2025年，…。二是建成…: the next point is not under this point's year
                end = self._point(m.end(), end) or end
            year = int(next(g for g in m.groups() if g))
            body_start = m.end()
            if any(m.group(g) for g in self.lex.named_goal_years):
                # 吉林省2026年…主要预期目标是：…: the goals begin after the words that name them
                lead = self.lex.goal_list_lead.search(norm, m.end(), end)
                body_start = lead.end() if lead is not None else body_start
            sentence_end = min(end, self.full_sentence(m.start())[1])
            if self.lex.dated_deadline.search(m.group(0)) and not m.group(0).startswith(("到", "至")):
                # a dated deadline (2017年底前，…要…, 于2016年底前完成…) sets the time of the one action it
                # opens, not a goal statement: its own part, or the next one when it stands alone
                first = self.part(m.end())
                if not norm[m.end() : first[1]].strip(" \t\u3000"):
                    first = self.part(first[1] + 1) if first[1] < len(norm) else first
                scopes.append(Scope(m.start(), m.end(), min(end, first[1]), min(end, first[1]), year))
                continue
            own_part_end = self.part(m.end())[1]
            if norm[m.end() : own_part_end].strip(" \t\u3000"):
                closer = self.lex.goal_closer.search(norm, m.end(), min(own_part_end + 1, end))
                if closer is not None:
                    # 提出到2026年…的目标，聚力…: the goal named as a noun closes the statement in its own part
                    scopes.append(Scope(m.start(), m.end(), closer.end(), closer.end(), year))
                    continue
            if self._run_together(para_start, para_end):
                # paragraphs run together (a page stored as one line): the year governs its own sentence;
                # later sentences, up to the next heading, give goals only with a goal verb
                scopes.append(Scope(m.start(), m.end(), end, sentence_end, year))
                continue
            # the year governs every sentence after it in its paragraph, and the bulleted goal paragraphs
            # after that (到2023年末，…。⏎——产业规模进一步壮大。…达1000亿元…), where a goal needs its verb
            reach = end
            while reach == para_end and para_end < len(norm) and _BULLET.match(norm, para_end + 1):
                para_end = self.paragraph(para_end + 1)[1]
                reach = min(para_end, next_year)
            scopes.append(Scope(m.start(), body_start, reach, end, year))
        added: list[Scope] = []
        # 力争 … without a year phrase (anywhere: 全区固定资产投资力争完成381亿元): a goal sentence of its own
        # (only its quantified goals count: first_sentence_end = start). It ends where a year phrase
        # opens a scope of its own (力争到2018年…: the year's scope holds the goal, once).
        year_starts = [s.start for s in scopes]
        covered_until = -1
        not_after = self.lex.section("targets")["goal_opener_not_after"]
        for m in self.lex.goal_opener.finditer(norm):
            if m.start() < covered_until or self.scope_at(m.start(), scopes, year_starts) is not None:
                continue
            if m.start() > 0 and norm[m.start() - 1] in not_after:
                continue  # 努力争取更好结果: strive for, no goal
            part_start = self.part(m.start())[0]  # keep the subject: 全区固定资产投资力争完成…
            s_end = self.full_sentence(m.start())[1]
            k = bisect_right(year_starts, m.start())
            end = min(s_end, year_starts[k]) if k < len(year_starts) else s_end
            added.append(Scope(part_start, part_start, end, part_start, None))
            covered_until = s_end
        scopes = sorted(scopes + added, key=lambda s: s.start)
        self._scopes = scopes
        self._scope_starts = [s.start for s in scopes]
        return scopes

    def _point(self, start: int, end: int) -> int | None:
        """Where the first point of a list (一是, 二是 …) in [start, end) begins: at a paragraph start or after a full
        stop or semicolon (spaces aside); None when there is none."""
        norm, after = self.norm, self._item_after
        for m in self.lex.item_opener.finditer(norm, start, end):
            i = m.start()
            while i > 0 and norm[i - 1] in " \t\u3000":
                i -= 1
            if i == 0 or norm[i - 1] in after:
                return m.start()
        return None

    def _run_together(self, para_start: int, para_end: int) -> bool:
        """The paragraph holds a numbered heading after a full stop: several paragraphs whose breaks were lost."""
        found = self._joined.get(para_start)
        if found is None:
            found = self._joined[para_start] = (
                self.lex.inline_heading.search(self.norm, para_start, para_end) is not None
            )
        return found

    @staticmethod
    def scope_at(pos: int, scopes: list[Scope], starts: list[int] | None = None) -> Scope | None:
        i = bisect_right(starts if starts is not None else [s.start for s in scopes], pos) - 1
        if i >= 0 and scopes[i].start <= pos < scopes[i].end:
            return scopes[i]
        return None

    def reports_past(self, pos: int, since: int | None = None) -> bool:
        """The sentence around pos tells what was achieved (目前…已…了), not what is aimed at.

        ``since``: where the goal statement holding pos opens; when it opens inside the sentence, only what
        follows it counts (目前已建成300座，到2025年将建成1000座: the report is before the year phrase)."""
        start, end = self.full_sentence(pos)
        if since is not None and start < since <= pos:
            return self.lex.past_marker.search(self.norm, since, end) is not None
        if start not in self._past:
            norm = self.norm
            self._past[start] = self.lex.past_marker.search(norm, start, end) is not None or (
                # 由2017年929家增长到3605家 reports, unless a goal year governs the sentence (到2025年，…由2020年的…增长到…)
                self.lex.past_change.search(norm, start, end) is not None
                and self.lex.year.search(norm, start, end) is None
            )
        return self._past[start]

    def reports_status(self, pos: int) -> bool:
        """The sentence around pos reports a status as of a date (截至2024年末…), so its figures are no rules."""
        start, end = self.full_sentence(pos)
        key = -1 - start  # kept apart from reports_past in the same cache
        if key not in self._past:
            self._past[key] = self._status_opener.search(self.norm, start, end) is not None
        return self._past[key]

    def task_sentence(self, pos: int, scope: Scope) -> bool:
        """The sentence around pos comes after the year's own sentence of ``scope`` and opens with a task verb
        (到2025年，…建成。加强…建设，统筹…): it says what is done, not what is reached. Inside a task sentence that
        the year phrase only interrupts (加快推进危房改造，到2020年基本完成…，建立健全…机制), a later part that opens with
        a task verb is a task too."""
        start = self.full_sentence(pos)[0]
        if start <= scope.start:
            part_start = self.part(pos)[0]
            if start == scope.start or part_start <= scope.body_start or not self._opens_task(start):
                return False
            return self.part(scope.body_start)[1] < part_start and self._opens_task(part_start)
        return self._opens_task(start)

    def _opens_task(self, start: int) -> bool:
        found = self._tasks.get(start)
        if found is None:
            at = start
            while at < len(self.norm) and self.norm[at] in " \t\u3000":
                at += 1
            found = self._tasks[start] = _task_opener(self.lex).match(self.norm, at) is not None
        return found

    def target_scope(self, pos: int) -> Scope | None:
        scopes = self.scopes()
        i = bisect_right(self._scope_starts, pos) - 1
        if i >= 0 and scopes[i].start <= pos < scopes[i].end:
            return scopes[i]
        return None

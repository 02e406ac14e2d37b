"""The units a learned goal detector reads and the features it reads off each (parsers.goal_detector scores them).

A unit is a sentence or a list item that holds a figure: the text cut at 。；！？ (and their ASCII forms) and at line
ends. Its features are language-level and binary: the character 1–3-grams of the unit (every digit read as 0, so a
figure's value says nothing), of the heading above it and of the text's title; whether a year stands in the unit, in
the text before it in its paragraph, in its heading or in the title, and whether that year is to come or past by the
text's date; and which words of the lexicon's goal, plan and report tables it holds (one source each: [targets]
goal_openers, goal_verbs and past_markers, [roles] goal_nouns and goal_list_heads, [tense] report_cues and plan_cues);
and the unit's shape (parsers.goal_unit_shape: how many of its parts hold a figure, bind it or set it with a goal
verb, and the lead line above its paragraph).
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain, islice
from operator import add

from parsers.goal_unit_shape import (
    goal_list_features,
    lead_features,
    lead_line,
    part_features,
    shape_tables,
    work_features,
)
from parsers.goal_unit_tense import feature_heading, section_start, tense_features
from parsers.lexicon import Lexicon
from parsers.match_starts import search_from_opener
from parsers.patterns import LINE_SPACES, YEAR_NAMED, line_start, lines_above

_UNIT_ENDS = "。；;！!？?\n"
_UNIT_END = re.compile(f"[{_UNIT_ENDS}]")
_FIGURE = re.compile(r"\d")
_DIGITS = re.compile(r"\d\d*")  # (not \d+: a pattern that opens with a repeat gets no first-character set)
_SPACES = LINE_SPACES + "\r"
_HEADING_MAX = 30  # a line this short with no full stop, above the unit, is read as its heading
_HEADING_LOOKBACK = 40  # lines searched back for a heading
_TITLE_MAX = 60
_GRAMS = (1, 2, 3)


@dataclass(frozen=True)
class Unit:
    start: int
    end: int


def figure_units(norm: str, marks: list[int] | None = None) -> Iterator[Unit]:
    """Every sentence or line piece of ``norm`` that holds a figure, spaces at its ends left out (found from each
    piece's first digit: the text between pieces with a figure is skipped by C searches, never read char by char).
    ``marks``: every unit end of ``norm`` in order, when the caller has them (``unit_ends``), else found here."""
    if marks is None:
        marks = [m.start() for m in _UNIT_END.finditer(norm)]  # every unit end, found once
    done = 0  # where the last unit ended
    while (digit := _FIGURE.search(norm, done)) is not None:
        k = bisect_left(marks, digit.start())  # marks[k - 1] the last end before the digit, marks[k] the next
        start = marks[k - 1] + 1 if k and marks[k - 1] >= done else done
        if k < len(marks):
            stop = marks[k]
            end = stop + (norm[stop] != "\n")
            done = stop + 1
        else:
            end = done = len(norm)
        while norm[start] in _SPACES:
            start += 1
        while norm[end - 1] in _SPACES:
            end -= 1
        yield Unit(start, end)


def unit_ends(norm: str, sentence_ends: list[int]) -> list[int]:
    """Every unit end of ``norm`` (``_UNIT_END``'s matches), from the sentence ends a TextIndex found in it
    (context._breaks) with no second scan of the text. Those are the same marks (its sentence break characters
    are ``_UNIT_ENDS``, none of which it ever drops) plus the dash of an inline bullet, which ends no unit."""
    if "-" not in norm:
        return sentence_ends
    return [pos for pos in sentence_ends if norm[pos] != "-"]


def heading_above(norm: str, pos: int) -> str:
    """The nearest short line above pos with no full stop in it (一、发展目标, 2027年工作要点), or ''."""
    for start, end in islice(lines_above(norm, pos), _HEADING_LOOKBACK):
        line = norm[start:end].strip(_SPACES)
        if line and len(line) <= _HEADING_MAX and "。" not in line and not line.endswith(("，", ",")):
            return line
    return ""


def title_of(norm: str) -> str:
    """The text's first line when it is short and has no full stop (its title), else ''."""
    for line in norm.split("\n", 8)[:8]:
        line = line.strip(_SPACES)
        if line:
            return line if len(line) <= _TITLE_MAX and "。" not in line else ""
    return ""


@dataclass(frozen=True)
class _Tables:
    words: tuple[tuple[str, tuple[str, ...]], ...]  # table name -> its plain words
    patterns: tuple[tuple[str, re.Pattern], ...]  # a table of regex cues, one pattern each


_TABLES_READ = (
    ("targets", ("goal_openers", "goal_verbs", "past_markers")),
    ("roles", ("goal_nouns", "goal_list_heads")),
    ("tense", ("report_cues", "plan_cues")),
)


def tables_fingerprint(lex: Lexicon) -> str:
    """A hash of the lexicon tables the features read: the weights name some cues by their place in a table, so
    weights fitted on other tables would score other words (the weights file keeps the hash it was fitted on)."""
    tables = {
        f"{section}.{name}": lex.section(section)[name] for section, names in _TABLES_READ for name in names
    }
    return hashlib.sha256(json.dumps(tables, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[
        :16
    ]


def _build_tables(lex: Lexicon) -> _Tables:
    targets, roles, tense = lex.section("targets"), lex.section("roles"), lex.section("tense")
    words = (
        ("opener", tuple(targets["goal_openers"])),
        ("verb", tuple(targets["goal_verbs"])),
        ("past", tuple(targets["past_markers"])),
        ("noun", tuple(roles["goal_nouns"])),
        ("list", tuple(roles["goal_list_heads"])),
    )
    patterns = tuple(
        (f"{name}:{i}", re.compile(cue))
        for name, cues in (("report", tense["report_cues"]), ("plan", tense["plan_cues"]))
        for i, cue in enumerate(cues)
    )
    return _Tables(words, patterns)


def _literal(p: re.Pattern) -> bool:
    """The pattern is a plain word: no character of it is special to the regex engine, and no flag but the default."""
    return p.flags == re.UNICODE and bool(p.pattern) and re.escape(p.pattern) == p.pattern


def _searcher(p: re.Pattern) -> Callable[[str], re.Match | None]:
    """``p.search``; for a cue that opens with a look-behind, begun at the first character a match opens with (the
    engine has no character to skip to for it and tries the whole pattern at every position)."""
    return partial(search_from_opener, p) if p.pattern.startswith("(?<") else p.search


def _word_features(tag: str, text: str, tables: _Tables) -> list[str]:
    found = [f"{tag}w:{name}:{w}" for name, words in tables.words for w in words if w in text]
    found += [f"{tag}w:{name}" for name, p in tables.patterns if p.search(text)]
    return found


def _unit_context(norm: str, unit: Unit, title: str) -> tuple[str, str, str, str, str]:
    """What a unit's features are read from: its text, the line before it up to it, the heading above it, the
    text's title (none when the unit is the title itself) and the lead line above its paragraph."""
    text = norm[unit.start : unit.end]
    before = norm[section_start(norm, line_start(norm, unit.start), unit.start) : unit.start]
    title = "" if title == text else feature_heading(title)
    heading = feature_heading(heading_above(norm, unit.start))
    return text, before, heading, title, lead_line(norm, unit.start)


def _shape_features(
    lex: Lexicon, norm: str, unit: Unit, context: tuple[str, str, str, str, str], current_year: int | None
) -> list[str]:
    """The unit's shape: its parts with a figure, bound or set by a goal verb, its paragraph's lead, a goal word
    above a unit of bound figures, and the year of the work an undated text reports; and its tense (report or aim:
    parsers.goal_unit_tense). ``context``: _unit_context's."""
    text, before, heading, title, lead = context
    tables = lex.derived(shape_tables)
    shape = part_features(text, tables)
    return [
        *shape,
        *lead_features(lead, tables, current_year),
        *goal_list_features(shape, heading, lead, tables),
        *work_features(norm, current_year, lex),
        *tense_features(norm, unit.start, unit.end, before, heading, lead, title, lex, tables),
    ]


def _present_grams(keys: frozenset[str], text: str) -> set[str]:
    """The 1–3-grams of ``text`` (digits as 0) that ``keys`` holds, cut by C loops and kept by one intersection."""
    text = _DIGITS.sub("0", text)
    pairs = list(map(add, text, text[1:]))
    return keys.intersection(chain(text, pairs, map(add, pairs, text[2:])))


def _grams(tag: str, text: str) -> set[str]:
    text = _DIGITS.sub("0", text)
    return {f"{tag}{text[i : i + n]}" for n in _GRAMS for i in range(len(text) - n + 1)}


def _year_features(tag: str, text: str, current_year: int | None) -> list[str]:
    years = [int(y) for y in YEAR_NAMED.findall(text)]
    if not years:
        return []
    if current_year is None:
        return [f"{tag}y"]
    found = {f"{tag}y"}
    found |= {f"{tag}y+" if y >= current_year else f"{tag}y-" for y in years}
    return sorted(found)


def _context_features(
    text: str, before: str, heading: str, title: str, current_year: int | None
) -> list[str]:
    """The year cues of the unit, the line before it, its heading and the title; whether the text is dated; the bias."""
    found = [
        *_year_features("u", text, current_year),
        *_year_features("p", before, current_year),
        *_year_features("h", heading, current_year),
        *_year_features("t", title, current_year),
    ]
    found.append("dated" if current_year is not None else "undated")
    found.append("bias")
    return found


def unit_features(
    norm: str, unit: Unit, lex: Lexicon, current_year: int | None, title: str | None = None
) -> list[str]:
    """The features of one unit of ``norm`` in a text dated ``current_year`` (None: undated); ``title`` the text's
    title (title_of(norm) when not given)."""
    tables = lex.derived(_build_tables)
    context = _unit_context(norm, unit, title_of(norm) if title is None else title)
    text, before, heading, title, lead = context
    found = _grams("u:", text) | _grams("h:", heading) | _grams("t:", title)
    found.update(_word_features("u", text, tables))
    found.update(_word_features("p", before, tables))
    found.update(_word_features("h", heading, tables))
    found.update(_context_features(text, before, heading, title, current_year))
    found.update(_shape_features(lex, norm, unit, context, current_year))
    return sorted(found)


_GRAM_TAGS = ("u:", "h:", "t:")  # a gram's feature name: its family's tag, then the gram


def _gram_tables(table: dict) -> dict[str, dict]:
    """``table``'s gram features by family: the tag's table maps each bare gram to its value, in ``table``'s order.
    One pass over the names (some 8,000 in the shipped detector, built once per process) where a pass per tag took
    three: a name whose first two characters are no gram tag is no gram feature (every tag is two characters)."""
    tables: dict[str, dict] = {tag: {} for tag in _GRAM_TAGS}
    for name, value in table.items():
        family = tables.get(name[:2])
        if family is not None:
            family[name[2:]] = value
    return tables


class WeightedFeatures:
    """unit_features restricted to the names a weight table holds, in the same sorted order, without building the
    names it lacks (a detector's score sums only those, so it reads the same): a unit's grams are cut by C loops
    and kept by one set intersection, a table word or cue is looked for only when its feature has a weight, and the
    grams of a heading or title are cut once however many units stand under it."""

    def __init__(self, lex: Lexicon, names: Collection[str]) -> None:
        tables = lex.derived(_build_tables)
        self._lex = lex
        self._names = frozenset(names)
        self._grams = {tag: frozenset(grams) for tag, grams in _gram_tables(dict.fromkeys(names)).items()}
        self._words = {
            tag: tuple(
                (w, f"{tag}w:{name}:{w}")
                for name, words in tables.words
                for w in words
                if f"{tag}w:{name}:{w}" in self._names
            )
            for tag in ("u", "p", "h")
        }
        cues = {
            tag: [(p, f"{tag}w:{name}") for name, p in tables.patterns if f"{tag}w:{name}" in self._names]
            for tag in ("u", "p", "h")
        }
        # a cue that is a plain word (回顾, 目标: most are) is looked for as one, by ``in``, which finds it where search does
        self._words = {
            tag: self._words[tag] + tuple((p.pattern, n) for p, n in cues[tag] if _literal(p)) for tag in cues
        }
        self._patterns = {
            tag: tuple((_searcher(p), n) for p, n in cues[tag] if not _literal(p)) for tag in cues
        }
        # an empty context (a unit that opens its line has no text before it; most units have no heading) holds no
        # word, and a cue's pattern matches there or not whatever the unit: its names are read once, here
        self._empty = {tag: tuple(self._scan_names(tag, "")) for tag in cues}
        self._context_grams = lru_cache(maxsize=256)(self._gram_names)  # headings and titles repeat

    def scorer(self, weights: dict[str, float]) -> WeightedScore:
        """A unit's score under ``weights`` (the names this reader was built on), summed family by family."""
        return WeightedScore(self, weights)

    def _gram_names(self, tag: str, text: str) -> frozenset[str]:
        return frozenset(tag + gram for gram in _present_grams(self._grams[tag], text))

    def _word_names(self, tag: str, text: str) -> Sequence[str]:
        return self._scan_names(tag, text) if text else self._empty[tag]

    def _scan_names(self, tag: str, text: str) -> list[str]:
        found = [name for w, name in self._words[tag] if w in text]
        found += [name for search, name in self._patterns[tag] if search(text)]
        return found

    def _cue_names(
        self, norm: str, unit: Unit, context: tuple[str, str, str, str, str], current_year: int | None
    ) -> set[str]:
        """Every feature but the grams: table words and cues of the unit, the line before and the heading; year
        cues; the unit's shape and tense."""
        text, before, heading, title, _ = context
        found = set(self._word_names("u", text))
        found.update(self._word_names("p", before))
        found.update(self._word_names("h", heading))
        found.update(_context_features(text, before, heading, title, current_year))
        found.update(_shape_features(self._lex, norm, unit, context, current_year))
        return found

    def of(self, norm: str, unit: Unit, current_year: int | None, title: str) -> list[str]:
        """The names of unit_features(norm, unit, lex, current_year, title) the table holds, sorted."""
        context = _unit_context(norm, unit, title)
        text, _, heading, title, _ = context
        found = self._cue_names(norm, unit, context, current_year)
        found.update(self._gram_names("u:", text))
        found |= self._context_grams("h:", heading)
        found |= self._context_grams("t:", title)
        return sorted(found & self._names)


class WeightedScore:
    """A unit's score (the sum of its features' weights) without naming its features: each gram family is looked up
    by its bare grams in a table of its own (no tag+gram string, no sort), the grams of a heading or a title summed
    once per text. The same numbers are summed as by GoalDetector.score(WeightedFeatures.of(...)), in another order,
    so the two may differ in the last bits of a float: a caller deciding at a threshold re-scores the units within
    ``MARGIN`` of it by the names (parsers.goal_detected_scopes)."""

    MARGIN = 1e-9

    def __init__(self, features: WeightedFeatures, weights: dict[str, float]) -> None:
        self._features = features
        self._weights = weights
        self._gram_weights = _gram_tables(weights)
        self._gram_keys = {tag: frozenset(table) for tag, table in self._gram_weights.items()}
        self._context_sum = lru_cache(maxsize=256)(self._gram_sum)

    def _gram_sum(self, tag: str, text: str) -> float:
        return sum(map(self._gram_weights[tag].__getitem__, _present_grams(self._gram_keys[tag], text)))

    def of(self, norm: str, unit: Unit, current_year: int | None, title: str) -> float:
        """The score of the unit (WeightedFeatures.of's names summed, to the last bits of a float)."""
        weights = self._weights
        context = _unit_context(norm, unit, title)
        text, _, heading, title, _ = context
        total = self._gram_sum("u:", text) + self._context_sum("h:", heading) + self._context_sum("t:", title)
        named = self._features._cue_names(norm, unit, context, current_year)
        return total + sum(weights[n] for n in named if n in weights)

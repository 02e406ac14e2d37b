"""A doubling word read as a goal's quantity: 翻一番 is 2 倍 of the metric, 翻两番 4 倍 (lexicon ``[targets]
word_multiples``), so that ``收入比基年翻一番`` is a goal with a number, as the gold reads it since round 21
(fixtures/heldout/SOURCES.md), not a goal without one.

When the goal states the figure its metric reaches, that figure is the goal's value and the doubling word no
quantity of its own: in the same part (研发投入翻一番，达到3亿元 is one part, ``GoalQuantities.join_doublings``), in
the part before a doubling part that names no metric of its own (总产值达到20亿元，比基年翻一番) or in the part right
after it (实现翻番、突破600亿元; 翻一番，经济总量达到3亿元; 翻番，由50亿元增加到100亿元). A word that names a plan or an
action (倍增计划) is no quantity either, nor one that does not close its part (实现倍增的企业: a condition; 倍增作用: an
idiom) or follows an idiom's noun (信心倍增); 翻一番的目标 closes it (lexicon [targets] doubling_* lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from parsers.match_starts import scan
from parsers.patterns import CLAUSE_ENDS, LINE_SPACES, after_last_mark, alternation
from parsers.percent_words import UNUSED_GROUPS

_SEPARATORS = "，,、"  # the marks between a doubling's part and the part stating the figure reached
_RATIO_PART = re.compile(f"[^{_SEPARATORS}；;。！!？?…\n]*")  # a part, for the ratios table: …… ends one too
_CLOSING_QUOTES = "”’」』\"'"
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")
_TAIL_CHARS = (
    3  # after the figure reached, before the doubling's part: a currency's name at most (20亿元人民币，)
)


class _Words(NamedTuple):
    pattern: re.Pattern  # a doubling word, not a plan's name
    table: dict[str, float]  # its multiple
    no_metric: re.Pattern  # a part naming no metric of its own
    reaching: re.Pattern  # a part that opens reaching a figure
    segment: re.Pattern  # a part, up to its separator
    more: re.Pattern  # 以上 after the word, or nothing
    idiom: re.Pattern  # 信心 before the word, an idiom
    goal_name: re.Pattern  # 的目标 after the word: the goal's own name
    restated: re.Pattern  # 。即…达到6亿人次: the next sentence restates the doubled metric's figure


def _words(lex) -> _Words:
    t = lex.section("targets")
    table = {word: float(n) for word, n in t["word_multiples"].items()}
    leads = alternation(t["doubling_lead_words"])
    year = f"(?:{t['doubling_year_ahead_pattern']})"
    verbs = alternation(t["doubling_reach_verbs"])
    totals = alternation(t["doubling_total_nouns"])
    return _Words(
        re.compile(f"(?:{alternation(table)})(?!{alternation(t['doubling_name_tails'])})"),
        table,
        re.compile(f"(?:{leads}|{t['doubling_base_pattern']}|[{LINE_SPACES}])*"),
        re.compile(
            f"[{LINE_SPACES}]*{year}?(?:{totals})?(?:(?:{leads})*(?:{verbs})|(?:{t['doubling_from_pattern']})(?:{verbs}))"
        ),
        re.compile(f"[^{_SEPARATORS}；;。！!？?\n]*"),
        re.compile(f"[{LINE_SPACES}]*(?:{alternation(t['doubling_more_words'])})?"),
        re.compile(f"(?:{alternation(t['doubling_idiom_nouns'])})[{LINE_SPACES}]*\\Z"),
        re.compile(f"[{LINE_SPACES}]*(?:{alternation(t['doubling_goal_names'])})"),
        re.compile(
            f"[。；;][{LINE_SPACES}]*(?:{alternation(t['doubling_restate_words'])})[，,]?"
            f"(?=[^{_SEPARATORS}；;。！!？?\n]*?(?:{verbs}|{alternation(t['doubling_restate_verbs'])}))"
        ),
    )


class MultipleWord:
    """翻一番 shaped as a ``target_quantity`` match: its number is the multiple (2), its unit 倍, its span the word's.
    The unit is written nowhere: its span is empty, at the word's end."""

    _NONE = UNUSED_GROUPS

    def __init__(self, m: re.Match, number: str, unit: str):
        self._m, self._number, self._unit = m, number, unit

    def group(self, name: str | int = 0) -> str | None:
        if name == "n":
            return self._number
        if name == "u":
            return self._unit
        if name in self._NONE:
            return None
        return self._m.group(0)

    def start(self, name: str | int = 0) -> int:
        if name == "u":
            return self._m.end(0)
        return self._m.start(0) if name in (0, "n") else -1

    def end(self, name: str | int = 0) -> int:
        return self._m.end(0) if name in (0, "n", "u") else -1


Figures = Callable[[int, int], list]  # the figures of norm[start:end] (GoalQuantities.figures)


def word_multiples(lex, norm: str, start: int, end: int, figures: Figures) -> list[MultipleWord]:
    """The doubling words of norm[start:end] as quantities (翻一番 -> 2 倍, 翻两番 -> 4 倍): a word that closes its
    part, not after an idiom's noun (信心倍增), none beside a figure reached."""
    w = lex.derived(_words)
    unit = lex.section("targets")["word_multiple_unit"]
    out = []
    for m in w.pattern.finditer(norm, start, end):
        closes = _ends_part(norm, m, end, w.more) or w.goal_name.match(
            norm, w.more.match(norm, m.end()).end()
        )
        if not closes or w.idiom.search(norm, max(start, m.start() - 8), m.start()):
            continue  # 实现倍增的企业: a condition; 倍增作用, 信心倍增: an idiom
        if _reached_before(norm, start, m, w.no_metric, figures) or _reached_after(norm, m, w, figures):
            continue
        out.append(MultipleWord(m, f"{w.table[m.group(0)]:g}", unit))
    return out


def join_doublings(lex, norm: str, parts: list[tuple[int, int]], figures: Figures) -> list[tuple[int, int]]:
    """研发投入翻一番，达到3亿元: a doubling part and the part after it, which opens reaching the figure its metric
    reaches, are one goal, its value the figure (收入翻一番，民宿达到300家 are two goals). 总产值达到20亿元，比基年翻一番:
    a doubling part that names no metric of its own after a figure reached is no goal of its own."""
    w = lex.derived(_words)
    pattern, no_metric, reaching = w.pattern, w.no_metric, w.reaching
    out: list[tuple[int, int]] = []
    for start, end in _split_after_words(norm, parts, w, figures):
        word = next((m for m in pattern.finditer(norm, start, end) if _ends_part(norm, m, end, w.more)), None)
        if word is not None and (
            _reached_before(norm, start, word, no_metric, figures) or _restated(norm, word, w, figures)
        ):
            continue  # the figure reached is the goal, the doubling's part none of its own
        if out:
            last_start, last_end = out[-1]
            doubled = any(
                _ends_part(norm, m, last_end, w.more) for m in pattern.finditer(norm, last_start, last_end)
            )
            if doubled and reaching.match(norm, start) is not None and figures(start, end):
                out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


def _split_after_words(norm: str, parts, w: _Words, figures: Figures) -> list[tuple[int, int]]:
    """收入比基年翻一番以上、接近全省平均水平: a goal with no figure after a doubling word and 、 is a goal of its own (the
    doubling's part ends at its word)."""
    out = []
    for start, end in parts:
        for m in w.pattern.finditer(norm, start, end):
            at = w.more.match(norm, m.end()).end()
            quoted = norm.count("“", start, at) > norm.count("”", start, at)  # “六个倍增、六个突破”: one name
            rest = norm[at + 1 : end].strip(LINE_SPACES)
            if at < end and norm[at] == "、" and not quoted and rest and not figures(at + 1, end):
                out += [(start, at), (at + 1, end)]
                break
        else:
            out.append((start, end))
    return out


def _ends_part(norm: str, m: re.Match, end: int, more: re.Pattern) -> bool:
    """翻一番 or 翻一番以上 closes the part."""
    at = more.match(norm, m.end(), max(m.end(), end)).end()
    return not norm[at:end].strip(LINE_SPACES + "”’」』" + _SEPARATORS)


def _ends_on_figure(norm: str, start: int, end: int, figures: Figures) -> bool:
    """达到20亿元（人民币）, : the part's last words are its figure (a bracket or a currency's name after it aside)."""
    found = figures(start, end)
    if not found:
        return False
    tail = _BRACKETED.sub("", norm[found[-1].end() : end]).strip(_SEPARATORS + LINE_SPACES)
    return len(tail) <= _TAIL_CHARS


def _reached_before(norm: str, start: int, m: re.Match, no_metric: re.Pattern, figures: Figures) -> bool:
    """总产值达到20亿元，比基年翻一番: the part names no metric of its own and the part before it ends on a figure."""
    if no_metric.fullmatch(norm, start, m.start()) is None:
        return False
    before = start
    while before > 0 and norm[before - 1] in _SEPARATORS + LINE_SPACES:
        before -= 1
    if before == start:
        return False
    head = after_last_mark(norm, CLAUSE_ENDS + "\n", before)
    return _ends_on_figure(norm, head, before, figures)


def _restated(norm: str, m: re.Match, w: _Words, figures: Figures) -> bool:
    """翻一番。即全市快递业务量达到9亿件: the next sentence opens restating the doubled metric's figure."""
    restated = w.restated.match(norm, w.more.match(norm, m.end()).end())
    return restated is not None and bool(figures(restated.end(), w.segment.match(norm, restated.end()).end()))


def _reached_after(norm: str, m: re.Match, w: _Words, figures: Figures) -> bool:
    """实现翻番、突破600亿元; 翻一番，到2030年达到3亿元; 翻一番，经济总量达到3亿元: the next part opens reaching a
    figure; 翻一番。即全市快递业务量达到9亿件: the next sentence restates it, a verb of reaching in its first part."""
    at = w.more.match(norm, m.end()).end()
    if _restated(norm, m, w, figures):
        return True
    if at >= len(norm) or norm[at] not in _SEPARATORS:
        return False
    at += 1
    if w.reaching.match(norm, at) is None:
        return False
    end = w.segment.match(norm, at).end()
    return bool(figures(at, end))


class _RatioWords(NamedTuple):
    pattern: re.Pattern  # a doubling word (翻了一番, 双倍增 too), not a plan's name
    done: re.Pattern  # the marks of a doubling done inside the word (翻了一番)
    head: re.Pattern  # a compound name ending in the word (提质倍增)
    count: re.Pattern  # a count of doublings before it (“两个翻番”)
    name_list: re.Pattern  # a list of actions after it (市场主体倍增、…等七大行动)
    condition: re.Pattern  # a condition before it (对完成工业倍增目标的县区)


def _ratio_words(lex) -> _RatioWords:
    t = lex.section("targets")
    done = alternation(t["doubling_done_marks"])

    def spelled(word: str) -> str:  # 翻一番 -> 翻(?:了)?一番
        return (
            f"{re.escape(word[0])}(?:{done})?{re.escape(word[1:])}"
            if word.startswith("翻")
            else re.escape(word)
        )

    words = "|".join(spelled(w) for w in sorted(t["word_multiples"], key=lambda w: (-len(w), w)))
    return _RatioWords(
        re.compile(
            f"(?:{alternation(t['doubling_pair_marks'])})?(?P<w>{words})(?![{LINE_SPACES}]*(?:{alternation(t['doubling_name_tails'])}))"
        ),
        re.compile(done),
        re.compile(f"(?:{alternation(t['doubling_name_heads'])})\\Z"),
        re.compile(t["doubling_count_pattern"]),
        re.compile(t["doubling_name_list_pattern"]),
        re.compile(t["doubling_condition_pattern"]),
    )


def ratio_doublings(lex, norm: str) -> list[tuple[int, int, float]]:
    """The doubling words of ``norm`` the ratios table holds (fixtures/heldout/SOURCES.md round 25): (start, end,
    multiple) for every word that closes its part, names its goal (翻一番的目标) or runs into a verb of reaching
    (翻番突破600亿元), a goal's, a result's or one beside the figure reached alike; none in a name (倍增计划, 提质倍增),
    a count of doublings (“两个翻番”), a list of actions (市场主体倍增、…等七大行动), a condition (实现倍增的企业) or an
    idiom (信心倍增)."""
    w, r = lex.derived(_words), lex.derived(_ratio_words)
    out = []
    for m in scan(r.pattern, norm):  # scan: the engine skips to where a match can open (speed27)
        at = w.more.match(norm, m.end()).end()
        named = at + len(norm[at : at + 2]) - len(norm[at : at + 2].lstrip(_CLOSING_QUOTES))
        closes = (
            _ends_part(norm, m, _RATIO_PART.match(norm, at).end(), w.more)
            or (m.end() < len(norm) and norm[m.end()] in LINE_SPACES)  # 翻两番 初步建成…: a headline's parts
            or w.goal_name.match(norm, named)  # 翻一番的目标, 翻一番”的目标
            or w.reaching.match(norm, at)
        )
        before = norm[max(0, m.start() - 16) : m.start()]
        if (
            not closes
            or w.idiom.search(before)
            or r.head.search(before)
            or r.count.search(before)
            or r.condition.search(before)
            or r.name_list.match(norm, at)
        ):
            continue
        out.append((m.start(), m.end(), float(w.table[r.done.sub("", m.group("w"))])))
    return out


def doubling_done(lex, norm: str, start: int, end: int) -> bool | None:
    """None when norm[start:end] is no doubling word of the ratios table; else whether it says the doubling was
    done (翻了一番)."""
    m = lex.derived(_ratio_words).pattern.fullmatch(norm, start, end)
    return None if m is None else bool(lex.derived(_ratio_words).done.search(m.group("w")))

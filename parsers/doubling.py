"""A doubling word read as a goal's quantity: 翻一番 is 2 倍 of the metric, 翻两番 4 倍 (lexicon ``[targets]
word_multiples``), so that ``收入比基年翻一番`` is a goal with a number, as the gold reads it since round 21
(fixtures/heldout/SOURCES.md), not a goal without one.

When the goal states the figure its metric reaches, that figure is the goal's value and the doubling word no
quantity of its own: in the same part (研发投入翻一番，达到3亿元 is one part, ``GoalQuantities.join_doublings``), in
the part before a doubling part that names no metric of its own (总产值达到20亿元，比基年翻一番) or in the part right
after it (实现翻番、突破600亿元). A word that names a plan or an action (倍增计划) is no quantity either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.patterns import alternation
from parsers.percent_words import UNUSED_GROUPS

_SEPARATORS = "，,、"  # the marks between a doubling's part and the part stating the figure reached
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")
_TAIL_CHARS = (
    3  # after the figure reached, before the doubling's part: a currency's name at most (20亿元人民币，)
)
_YEAR_AHEAD = re.compile(
    r"(?:到|至)?\d{4}年(?:底|末)?|[\d一二两三四五六七八九十]{1,2}年(?:内|间)?"
)  # 到2030年, 三年


def _words(lex) -> tuple[re.Pattern, dict[str, float], re.Pattern, re.Pattern, re.Pattern]:
    t = lex.section("targets")
    table = {word: float(n) for word, n in t["word_multiples"].items()}
    leads = alternation(t["doubling_lead_words"])
    return (
        re.compile(f"(?:{alternation(table)})(?!{alternation(t['doubling_name_tails'])})"),
        table,
        re.compile(
            f"(?:{leads}|{t['doubling_base_pattern']}|[ \t\u3000])*"
        ),  # a part naming no metric of its own
        re.compile(
            f"[ \t\u3000]*(?:{_YEAR_AHEAD.pattern})?(?:{leads})*(?:{alternation(t['doubling_reach_verbs'])})"
        ),
        re.compile(f"[^{_SEPARATORS}；;。！!？?\n]*"),
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
    """The doubling words of norm[start:end] as quantities (翻一番 -> 2 倍, 翻两番 -> 4 倍), none beside a figure
    reached."""
    pattern, table, no_metric, reaching, segment = lex.derived(_words)
    unit = lex.section("targets")["word_multiple_unit"]
    out = []
    for m in pattern.finditer(norm, start, end):
        if _reached_before(norm, start, m, no_metric, figures) or _reached_after(
            norm, m, reaching, segment, figures
        ):
            continue
        out.append(MultipleWord(m, f"{table[m.group(0)]:g}", unit))
    return out


def join_doublings(lex, norm: str, parts: list[tuple[int, int]], figures: Figures) -> list[tuple[int, int]]:
    """研发投入翻一番，达到3亿元: a doubling part and the part after it, which opens reaching the figure its metric
    reaches, are one goal, its value the figure (收入翻一番，民宿达到300家 are two goals). 总产值达到20亿元，比基年翻一番:
    a doubling part that names no metric of its own after a figure reached is no goal of its own."""
    pattern, _, no_metric, reaching, _ = lex.derived(_words)
    out: list[tuple[int, int]] = []
    for start, end in _split_after_words(norm, parts, pattern, figures):
        word = next((m for m in pattern.finditer(norm, start, end) if _ends_part(norm, m, end)), None)
        if word is not None and _reached_before(norm, start, word, no_metric, figures):
            continue
        if out:
            last_start, last_end = out[-1]
            doubled = any(_ends_part(norm, m, last_end) for m in pattern.finditer(norm, last_start, last_end))
            if doubled and reaching.match(norm, start) is not None and figures(start, end):
                out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


def _split_after_words(norm: str, parts, pattern: re.Pattern, figures: Figures) -> list[tuple[int, int]]:
    """收入比基年翻一番以上、接近全省平均水平: a goal with no figure after a doubling word and 、 is a goal of its own (the
    doubling's part ends at its word)."""
    out = []
    for start, end in parts:
        for m in pattern.finditer(norm, start, end):
            at = m.end() + 2 if norm.startswith("以上", m.end()) else m.end()
            quoted = norm.count("“", start, at) > norm.count("”", start, at)  # “六个倍增、六个突破”: one name
            rest = norm[at + 1 : end].strip(" \t\u3000")
            if at < end and norm[at] == "、" and not quoted and rest and not figures(at + 1, end):
                out += [(start, at), (at + 1, end)]
                break
        else:
            out.append((start, end))
    return out


def _ends_part(norm: str, m: re.Match, end: int) -> bool:
    """翻一番 or 翻一番以上 closes the part."""
    return (
        not norm[m.end() : end].strip(" \t\u3000").removeprefix("以上").strip(" \t\u3000”’」』" + _SEPARATORS)
    )


def _ends_on_figure(norm: str, start: int, end: int, figures: Figures) -> bool:
    """达到20亿元（人民币）, : the part's last words are its figure (a bracket or a currency's name after it aside)."""
    found = figures(start, end)
    if not found:
        return False
    tail = _BRACKETED.sub("", norm[found[-1].end() : end]).strip(_SEPARATORS + " \t\u3000")
    return len(tail) <= _TAIL_CHARS


def _reached_before(norm: str, start: int, m: re.Match, no_metric: re.Pattern, figures: Figures) -> bool:
    """总产值达到20亿元，比基年翻一番: the part names no metric of its own and the part before it ends on a figure."""
    if no_metric.fullmatch(norm, start, m.start()) is None:
        return False
    before = start
    while before > 0 and norm[before - 1] in _SEPARATORS + " \t\u3000":
        before -= 1
    if before == start:
        return False
    head = max(norm.rfind(ch, 0, before) for ch in "；;。！!？?\n") + 1
    return _ends_on_figure(norm, head, before, figures)


def _reached_after(
    norm: str, m: re.Match, reaching: re.Pattern, segment: re.Pattern, figures: Figures
) -> bool:
    """实现翻番、突破600亿元; 翻一番，到2030年达到3亿元: the next part opens reaching a figure."""
    at = m.end()
    while at < len(norm) and norm[at] in " \t\u3000以上":
        at += 1
    if at >= len(norm) or norm[at] not in _SEPARATORS:
        return False
    at += 1
    if reaching.match(norm, at) is None:
        return False
    end = segment.match(norm, at).end()
    return bool(figures(at, end))

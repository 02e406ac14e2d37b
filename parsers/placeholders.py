"""Figures left blank or masked: a template's or a draft's numeral that is not written (力争引资*亿元以上, 实现XX 亿元
左右, 人均收入达X万元以上, 增长××%, □□万元, 新增就业○○万人, 制造业投资完成**.*亿元).

A unit with no numeral before it is read as one of it where a bound says so (亿元以上项目: projects of 1亿元 or more;
parsers.candidates._bare_scale). A mark standing in for the numeral is not nothing: the figure is there but hidden, so
the unit is no amount, and a goal part whose figure is hidden states no goal a reader can check (round 31's convention
in fixtures/heldout/SOURCES.md: no money, ratio or target row, no goal without a number). The marks are in [placeholders]
of parsers/data/lexicon.toml; candidates.py (money), goal_quantities.py (a goal's figures) and goal_reader.py (a part
with no figure read) ask here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers.numbers import CN_ALL_DIGIT_CHARS, CN_ALL_UNIT_CHARS, CN_SCALE_CHARS
from parsers.patterns import LINE_SPACES, alternation

if TYPE_CHECKING:
    from parsers.lexicon import Lexicon

_SCALES = CN_ALL_UNIT_CHARS + CN_SCALE_CHARS  # a Chinese numeral as matched holds its scale (○○万)
_BRACKETS = "（(【[〔"  # a blank bracket opens with one of these (奖励（  ）万元): no bullet
_REACH = 12  # characters before a unit where its masked numeral (XXX.XX and spaces) is looked for


@dataclass(frozen=True)
class _PlaceholderWords:
    figure: re.Pattern  # a masked numeral and its unit: XX亿元, ××%, ○○万人
    before: re.Pattern  # a masked numeral ending where a unit starts (searched at the end of a short window)
    zeros: frozenset[str]  # ○, 〇: zero as dates write it, a blank when a numeral is made of nothing else
    letters: frozenset[str]  # X, x: a figure's stand-in, never a bullet


def _build(lex: Lexicon) -> _PlaceholderWords:
    p = lex.section("placeholders")
    marks = "".join(re.escape(c) for c in p["marks"])
    numeral_chars = re.escape(CN_ALL_DIGIT_CHARS + CN_ALL_UNIT_CHARS + CN_SCALE_CHARS)
    # a run of marks not inside a word or a numeral (MAX, 3×5, 二〇二五), a decimal point allowed inside (**.*)
    line = "".join(re.escape(c) for c in p["line_marks"])
    run = (
        f"(?:(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ.{numeral_chars}])[{marks}]+(?:[.．][{marks}]+)?"
        f"|[{line}]{{2,}}|{p['blank_bracket_pattern']})"
    )
    between = p["between_pattern"]
    money = lex.section("money")
    ratios = lex.section("ratios")
    units = (
        list(money["scales"])
        + money["units"]
        + ratios["percent_signs"]
        + list(ratios["per_mille_signs"])
        + lex.section("targets")["count_units"]
    )
    return _PlaceholderWords(
        figure=re.compile(f"{run}{between}(?:{alternation(units)})(?![A-Za-z])"),
        before=re.compile(f"{run}{between}\\Z"),
        zeros=frozenset(p["zero_marks"]),
        letters=frozenset(p["letter_marks"]),
    )


def _bullet(lex: Lexicon, norm: str, start: int) -> bool:
    """The marks at ``start`` open their line (○ 人才队伍不断壮大, ■ 产值…), or one mark stands alone before a space (…，
    ○ 人才队伍…: bullets a flattened list keeps): a list's bullet, no blank (a blank is XX, **.*, or a mark before
    its unit). A letter (X, x) is never a bullet: a PDF line may open with it (…项目总投资\nXX 亿元)."""
    if norm[start] in lex.derived(_build).letters:
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    if not norm[line_start:start].strip(LINE_SPACES):
        return True
    return norm[start] not in _BRACKETS and start + 1 < len(norm) and norm[start + 1] in LINE_SPACES


def masked_before(lex: Lexicon, norm: str, pos: int) -> bool:
    """A masked numeral ends right before ``pos`` (引资*|亿元以上, 完成XX |亿元): the unit at ``pos`` has no numeral."""
    found = lex.derived(_build).before.search(norm, max(0, pos - _REACH), pos)
    return found is not None and not _bullet(lex, norm, found.start())


def blank_numeral(lex: Lexicon, numeral: str) -> bool:
    """A numeral written with zero marks alone, its scale aside (○○, ○○万, 〇〇〇): a blank left in a form, not 0."""
    last = numeral[-1:]
    if "0" <= last <= "9":
        return (
            False  # 30, 2.5: an ASCII digit outlives the strips below and is no zero mark (a test holds it)
        )
    text = numeral.strip(LINE_SPACES).rstrip(_SCALES + LINE_SPACES)
    return bool(text) and all(ch in lex.derived(_build).zeros for ch in text)


def masked_figures(lex: Lexicon, norm: str, start: int, end: int) -> list[re.Match]:
    """The masked figures of norm[start:end] (XX亿元, ××%, □□万元, ○○万人), in text order."""
    return [
        m for m in lex.derived(_build).figure.finditer(norm, start, end) if not _bullet(lex, norm, m.start())
    ]

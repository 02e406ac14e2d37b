"""What a copy of a page put inside a goal's words that its original did not hold, cut for the extractors.

Two marks of a copy, beside the converter's glosses that ``parsers.structure.pinyin`` reads when a text holds two or
more of them:
- a hard wrap inside a year (``到20⏎28年``): a fixed-width copy breaks the line wherever the width runs out, and a year
  so broken is no year to any rule. Only a break after the year's first digits on a line that holds words before
  them, with 年 right after the year's last digits: a column of cells (``|⏎20⏎28年``) puts each cell on a line of its
  own, and two figures with no 年 after them (``2024⏎5125``) stay two figures.
- a single toned gloss after a character (``到(dào)2029年``): the structure asks for two before it takes a text for a
  converter's copy, since its readings of a title must not cut a writer's own bracket; the extractors only read
  figures, and no figure or goal word is written in toned latin letters, so one is cut for them.
The cuts are spans of the text; ``parsers.glosses`` reads the text without them and maps every row back, so a row's
offsets and surface are the original's (a cut inside a surface stays in it).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parsers.lexicon import lexicon
from parsers.structure.pinyin import PinyinMap, single_reading_spans, strip_pinyin

# a year 19xx/20xx broken once by a line break (spaces around it allowed), the line before holding a word or a mark
# of the sentence right before the year's digits, and 年 right after them
_BROKEN_YEAR_RE = re.compile(
    r"(?<=[^\s\d.|｜])"
    r"(?:(?P<a1>1|2)(?P<b1>[ \t]*\n[ \t]*)(?:9|0)\d\d"
    r"|(?P<a2>19|20)(?P<b2>[ \t]*\n[ \t]*)\d\d"
    r"|(?P<a3>19\d|20\d)(?P<b3>[ \t]*\n[ \t]*)\d)"
    r"(?=年)"
)


def broken_year_spans(text: str) -> list[tuple[int, int]]:
    """The line breaks (with the spaces around them) inside years a hard wrap broke."""
    if "\n" not in text:
        return []
    out = []
    for m in _BROKEN_YEAR_RE.finditer(text):
        for k in ("b1", "b2", "b3"):
            if m.group(k) is not None:
                out.append(m.span(k))
    return out


def _broken_figure_pattern(lex) -> re.Pattern:
    cfg = lex.section("copy_cuts")
    brk = r"(?P<b{}>[ \t]*\n[ \t]*)"
    bounds = "|".join(map(re.escape, cfg["percent_bound_words"]))
    return re.compile(
        rf"(?<=\d){brk.format(1)}(?={cfg['figure_unit_pattern']})"  # 58⏎亿元, 2.3⏎个百分点
        rf"|(?<=\d\.){brk.format(2)}(?={cfg['figure_decimals_pattern']})"  # 39.⏎3%
        rf"|(?<=[%％]){brk.format(3)}(?={bounds})"  # 3%⏎以上
    )


def broken_figure_spans(text: str) -> list[tuple[int, int]]:
    """The line breaks (with the spaces around them) inside a figure a hard wrap broke (lexicon [copy_cuts])."""
    if "\n" not in text:
        return []
    return [m.span(m.lastgroup) for m in lexicon().derived(_broken_figure_pattern).finditer(text)]


def _cut(found: PinyinMap, spans: list[tuple[int, int]]) -> PinyinMap:
    """``found`` (a copy of the text and the map of its characters) without more spans of the text."""
    positions = found.positions
    drop: set[int] = set()
    for start, end in spans:
        drop.update(range(bisect_left(positions, start), bisect_left(positions, end)))
    keep = [i for i in range(len(positions) - 1) if i not in drop]
    compact = "".join(found.compact[i] for i in keep)
    renumber = {old: new for new, old in enumerate(keep)}
    lost = frozenset(renumber[i] for i in found.lost if i in renumber)
    return PinyinMap(found.original, compact, (*(positions[i] for i in keep), positions[-1]), lost)


def spaces_after_glosses(found: PinyinMap) -> list[tuple[int, int]]:
    """The space a converter writes after each gloss (萬(wan) 億(yi) 元, 農(nong) 業): a word's characters are
    written together once the gloss is cut (3萬億元, 農業), so the space goes with it. Only one space before a Han
    character: a tab or a space before a figure may part a table's cells."""
    compact, positions, original = found.compact, found.positions, found.original
    return [
        (positions[i], positions[i] + 1)
        for i in range(1, len(compact))
        if compact[i] == " "
        and "\u4e00"
        <= compact[i + 1 : i + 2]
        <= "\u9fff"  # a word goes on (a tab, a figure: a table's next cell)
        and positions[i] != positions[i - 1] + 1
        and original[positions[i] - 1] in ")）"
    ]


def without_copy_marks(text: str) -> PinyinMap | None:
    """The text as the extractors read it: without a converter's glosses (two or more, as the structure reads them,
    or a single one) and the spaces it writes after them, and the breaks inside years and figures; None when it holds
    none of them."""
    found = strip_pinyin(text)
    cuts = broken_year_spans(text) + broken_figure_spans(text)
    if found is None:
        cuts += single_reading_spans(text)
    else:
        cuts += spaces_after_glosses(found)
    if not cuts:
        return found
    if found is None:
        found = PinyinMap(text, text, (*range(len(text)), len(text)))
    return _cut(found, sorted(cuts))

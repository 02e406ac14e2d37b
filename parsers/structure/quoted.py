"""Amended wording a decision quotes: its numbered lines are the quoted text's, not the decision's units.

A decision (or a draft) that amends a law gives the new wording in quotation marks after the amendment it
makes: ``一、将第三条修改为：“市人民代表大会…遵循下列原则：`` then ``（一）坚持…`` … ``（六）…。”``, or the
announcement on a line of its own (``三、第十九条修改为：``) and the quote on the next (``“士兵军衔的授予与晋升规定
如下：``). A reader counts the decision's 一、二、三、, not the （一）（二） or 第四条 of the wording it quotes. The
words (parsers/data/amendments.toml) are read on the simplified copy of the text.

A quote is open from a line that announces an amendment (or follows one ending in a colon) and opens more
quotation marks than it closes, until the marks balance; the decision's next part (二、将第五条…修改为) closes
it too, so a quote a page lost the closing mark of does not swallow the rest.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from parsers.patterns import alternation
from parsers.structure.lines import Line

AMENDMENTS_PATH = Path(__file__).resolve().parent.parent / "data" / "amendments.toml"
# the decision's own numbered amendment: 二、将第五条修改为 / （三）将第七条修改为
_PART_RE = re.compile(r"(?:[一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十]+\s*[）)])")


@cache
def _data() -> tuple[re.Pattern[str], str, str]:
    with AMENDMENTS_PATH.open("rb") as handle:
        data = tomllib.load(handle)
    return (
        re.compile(alternation(data["announcing"])),
        "".join(data["opening_quotes"]),
        "".join(data["closing_quotes"]),
    )


def _balance(content: str, opening: str, closing: str) -> int:
    return sum(map(content.count, opening)) - sum(map(content.count, closing))


def quoted_lines(lines: list[Line], start: int, stop: int, text: str) -> set[int]:
    """Indexes of the lines in [start, stop) that stand inside amended wording quoted after an amendment.

    A quote of several paragraphs opens each with a mark and closes only the last (the Chinese convention): a
    mark that opens a line inside the quote opens no new one; marks inside a line (“三个代表”) nest."""
    announcing, opening, closing = _data()
    quoted: set[int] = set()
    if announcing.search(text) is None:  # most texts amend nothing: one scan, no line read
        return quoted
    depth = 0
    announced = False  # the line before announced an amendment and ended in a colon
    for i in range(start, stop):
        content = lines[i].content
        if depth > 0:
            if _PART_RE.match(content) and announcing.search(content):
                depth = 0  # the decision's next amendment: the quote lost its closing mark
            else:
                quoted.add(i)
                paragraph = content[1:] if content[:1] in opening else content
                depth += _balance(paragraph, opening, closing)
                continue
        amends = announcing.search(content) is not None
        if amends or announced:
            depth = max(_balance(content, opening, closing), 0)
        announced = amends and content.rstrip().endswith((":", "："))
    return quoted

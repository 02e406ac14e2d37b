"""Amended wording a decision quotes: its numbered lines are the quoted text's, not the decision's units.

A decision (or a draft) that amends a law gives the new wording in quotation marks after the amendment it
makes: ``一、将第三条修改为：“市人民代表大会…遵循下列原则：`` then ``（一）坚持…`` … ``（六）…。”``, or the
announcement on a line of its own (``三、第十九条修改为：``) and the quote on the next (``“士兵军衔的授予与晋升规定
如下：``). A reader counts the decision's 一、二、三、, not the （一）（二） or 第四条 of the wording it quotes. The
words (parsers/data/amendments.toml) are read on the simplified copy of the text.

A quote is open from a line that announces an amendment (or follows one ending in a colon) and opens more
quotation marks than it closes, until the marks balance. A quote a page lost the closing mark of must not swallow
the rest, so two lines close it too: the decision's next part that itself amends (二、将第五条…修改为), and a line
that opens with the announcing line's own next label of the same kind (第二条 → 第三条, 一、 → 二、) — the quoted
wording's labels restart, the amending text's run on — unless that label continues a run the quote numbers itself.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table
from parsers.numbers import parse_ordinal
from parsers.patterns import alternation
from parsers.structure.lines import Line, squeeze
from parsers.structure.markers import match_marker

AMENDMENTS_PATH = Path(__file__).resolve().parent.parent / "data" / "amendments.toml"
# the decision's own numbered amendment: 二、将第五条修改为 / （三）将第七条修改为
_PART_RE = re.compile(r"(?:[一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十]+\s*[）)])")


@cache
def _data() -> tuple[re.Pattern[str], str, str]:
    data = data_table(AMENDMENTS_PATH)
    return (
        re.compile(alternation(data["announcing"])),
        "".join(data["opening_quotes"]),
        "".join(data["closing_quotes"]),
    )


def _balance(content: str, opening: str, closing: str) -> int:
    return sum(map(content.count, opening)) - sum(map(content.count, closing))


def _label(content: str) -> tuple[str, int] | None:
    """The style and number of the label a line opens with (第三条 → article 3, 二、 → cn_comma 2)."""
    found = match_marker(Line(0, 0, 0, content), content) if content else None
    if found is None:
        return None
    style, match = found
    number = parse_ordinal(squeeze(match.group(1)))
    return None if number is None else (style.name, number)


def _amending_text_runs_on(
    label: tuple[str, int] | None, announcer: tuple[str, int] | None, own: dict[str, int]
) -> bool:
    """The line's label is the announcing line's next one, and not the next of a run the quote numbers itself."""
    if label is None or announcer is None:
        return False
    kind, number = label
    return kind == announcer[0] and number == announcer[1] + 1 and own.get(kind) != number - 1


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
    announcer: tuple[str, int] | None = None  # the label of the line that announced the open quote
    own: dict[str, int] = {}  # the last number of each label style the open quote numbers its lines with
    for i in range(start, stop):
        content = lines[i].content
        if depth > 0:
            paragraph = content[1:] if content[:1] in opening else content
            label = _label(paragraph)
            if _PART_RE.match(content) and announcing.search(content):
                depth = 0  # the decision's next amendment: the quote lost its closing mark
            elif paragraph is content and _amending_text_runs_on(label, announcer, own):
                depth = 0  # the amending text's next label: the quote lost its closing mark
            else:
                quoted.add(i)
                if label is not None:
                    own[label[0]] = label[1]
                depth += _balance(paragraph, opening, closing)
                continue
        amends = announcing.search(content) is not None
        if amends or announced:
            depth = max(_balance(content, opening, closing), 0)
            if amends:
                announcer = _label(content)
            own = {}
        announced = amends and content.rstrip().endswith((":", "："))
    return quoted

"""Whom an amount is for, read off the clause before it: 单位, 个人, 直接责任人员 … (words: data/persons.toml).

    >>> person_before("可以对单位并处二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员可以处", )
    '直接责任人员'
    >>> person_before("对个人处二万元以下的罚款")
    '个人'

The search runs back from the amount to the start of its sentence (a 。 or a line break), so 情节严重的，
可以处五十万元 after a clause about 直接负责的主管人员 is still theirs.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table

DATA = Path(__file__).with_name("data") / "persons.toml"
_SENTENCE_END = re.compile(r"[。！？\n]")


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    people = data_table(DATA)["person"]
    names = {word: entry["name"] for entry in people for word in entry["words"]}
    words = sorted(names, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), names


def person_before(text: str) -> str | None:
    """The person named last in ``text``'s final sentence (the text up to an amount)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text)]
    sentence = text[starts[-1] :] if starts else text
    pattern, names = _pattern()
    found = None
    for match in pattern.finditer(sentence):
        found = names[match.group()]
    return found

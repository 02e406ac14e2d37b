"""Traditional characters folded to simplified ones for the structure rules, and given back after.

Some pages print mainland policy texts in traditional characters (``省人民政府關于`` /
``進一步優化營商環境的若干意見``, ``穗府〔2011〕15號``). The rules (titles, covering notices, 文号, organs)
are written in simplified characters, so they read a folded copy of the text: each character listed in
``parsers/data/traditional.toml`` replaced by its simplified form, one character for one, so that every
offset into the copy is an offset into the text. What the rules return as strings (a title joined across
lines, a heading, a 文号) is given back in the text's own characters by :class:`Unfolder`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

TRADITIONAL_PATH = Path(__file__).resolve().parent.parent / "data" / "traditional.toml"


@cache
def _table() -> dict[int, str]:
    with TRADITIONAL_PATH.open("rb") as handle:
        data = tomllib.load(handle)
    return {
        ord(traditional): simplified for simplified, forms in data["fold"].items() for traditional in forms
    }


@cache
def _traditional_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(chr(code) for code in _table())) + "]")


def fold(text: str) -> str:
    """``text`` with its traditional characters in simplified form; the same length, the same offsets."""
    # most texts have none: one scan in C finds that, where translate looks every character up in a dict
    if _traditional_re().search(text) is None:
        return text
    return text.translate(_table())


class Unfolder:
    """Gives strings read from ``fold(text)`` back in the characters of ``text``.

    A string found in the folded copy is the text's own slice there; any other (a title joined across lines,
    its status words apart) takes, for each folded character, the form the text uses most often for it.
    """

    def __init__(self, text: str, folded: str):
        self.text = text
        self.folded = folded
        forms: dict[str, Counter[str]] = {}
        if folded != text:
            table = _table()
            counts = Counter(text)  # one pass, not one per character form
            for char, count in counts.items():
                simplified = table.get(ord(char))
                if simplified is not None:
                    forms.setdefault(simplified, Counter())[char] = count
            for simplified, counter in forms.items():
                counter[simplified] = counts[simplified]
        self.forms = {
            simplified: counter.most_common(1)[0][0]
            for simplified, counter in forms.items()
            if counter.most_common(1)[0][0] != simplified
        }

    def __call__(self, value: str | None) -> str | None:
        if not value or not self.forms:
            return value
        at = self.folded.find(value)
        if at >= 0:
            return self.text[at : at + len(value)]
        return "".join(self.forms.get(char, char) for char in value)

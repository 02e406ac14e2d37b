"""The one table of traditional characters (parsers/data/traditional.toml), read by every rule that reads a text.

The structure reads a folded copy of the text (parsers.structure.fold) and the extractors a normalized one
(parsers.context.TextIndex, through the lexicon's ``normalize_table``); both replace each traditional character by
its simplified form, one for one, from this table, so a page printed in traditional characters reads alike to both.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

TRADITIONAL_PATH = Path(__file__).resolve().parent / "data" / "traditional.toml"


@cache
def simplified_forms() -> dict[int, str]:
    """Each traditional character's code point -> its simplified form (one character)."""
    with TRADITIONAL_PATH.open("rb") as handle:
        data = tomllib.load(handle)
    return {
        ord(traditional): simplified for simplified, forms in data["fold"].items() for traditional in forms
    }


def simplified(text: str) -> str:
    """``text`` with each traditional character in its simplified form (畝 -> 亩, 噸 -> 吨): one form of a word for a
    column that names a category (a target's unit), whichever script the page was printed in."""
    return text.translate(simplified_forms())

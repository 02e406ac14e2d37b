"""The one table of traditional characters (parsers/data/traditional.toml), read by every rule that reads a text.

The structure reads a folded copy of the text (parsers.structure.fold) and the extractors a normalized one
(parsers.context.TextIndex, through the lexicon's ``normalize_table``); both replace each traditional character by
its simplified form, one for one, from this table, so a page printed in traditional characters reads alike to both.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from parsers.data_tables import data_table

TRADITIONAL_PATH = Path(__file__).resolve().parent / "data" / "traditional.toml"


@cache
def _table() -> dict:
    """The file, parsed once per process: its 2,805 forms take TOML a few milliseconds to read, and both the fold
    table and the lost glyphs (parsers/structure/pinyin.py) come from it."""
    return data_table(TRADITIONAL_PATH)


@cache
def simplified_forms() -> dict[int, str]:
    """Each traditional character's code point -> its simplified form (one character)."""
    return {
        ord(traditional): simplified
        for simplified, forms in _table()["fold"].items()
        for traditional in forms
    }


def lost_glyphs() -> dict[str, str]:
    """[lost_glyphs]: a garble a converter left for a character it could not write -> that character."""
    return _table().get("lost_glyphs", {})


def simplified(text: str) -> str:
    """``text`` with each traditional character in its simplified form (畝 -> 亩, 噸 -> 吨): one form of a word for a
    column that names a category (a target's unit), whichever script the page was printed in."""
    return text.translate(simplified_forms())

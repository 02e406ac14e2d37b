"""A structure read on a text without its pinyin readings (``pinyin.strip_pinyin``), given back in the offsets and
strings of the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsers.model import walk
from parsers.structure.pinyin import PinyinMap

if TYPE_CHECKING:
    from parsers.structure import Structure


def carry_back(structure: Structure, pinyin: PinyinMap) -> Structure:
    """A structure of the text without its pinyin annotations, in the offsets and strings of the text."""
    at = pinyin.offset
    for node in walk(structure.nodes):
        node.char_start, node.char_end = at(node.char_start), at(node.char_end)
        node.text = pinyin.original[node.char_start : node.char_end]
    for name in ("title", "notice_title", "issuer", "acting_issuer", "doc_number", "metadata_title"):
        near = _title_near(structure, pinyin.compact) if name == "title" else 0
        setattr(structure, name, pinyin.restore(getattr(structure, name), near))
    structure.soft_breaks = tuple(at(pos) for pos in structure.soft_breaks)
    structure.furniture = tuple((at(start), at(end)) for start, end in structure.furniture)
    for name in ("notice_span", "title_span"):
        span = getattr(structure, name)
        if span is not None:
            setattr(structure, name, (at(span[0]), at(span[1])))
    return structure


def _title_near(structure: Structure, compact: str) -> int:
    """Where the title is given back from: its title line, else the first line that opens with it (a title read
    from a sentence's quote stands on its own line too, written there without the quote's readings)."""
    if structure.title_span:
        return structure.title_span[0]
    head = "".join(structure.title.split())[:12] if structure.title else ""
    at = compact.find("\n" + head) if head else -1
    return at + 1 if at >= 0 else 0

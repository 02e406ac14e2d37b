"""The consultation notice.  (CONTRACT STUB: the structure helper replaces the body.)"""

from __future__ import annotations

from parsers.model import Notice


def parse_notice(text: str, span: tuple[int, int]) -> Notice:
    return Notice(char_start=span[0], char_end=span[1])

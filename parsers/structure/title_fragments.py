"""Lines a title reading may settle on that are not, or not wholly, a document's name.

A 公告's number stored alone on its line, its heading lost (（2031年第3号）): a number names no document, so a fragment
with no other title gives none.
"""

from __future__ import annotations

import re

# （2031年第3号）, (第12号): a bracketed number and nothing else
_NUMBER_ONLY_RE = re.compile(r"^\s*[（(\[［]\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*号\s*[）)\]］]\s*$")


def drop_fragments(title: str | None) -> str | None:
    """``title`` with a bracketed number alone read as no title."""
    if not title:
        return title
    if _NUMBER_ONLY_RE.match(title):
        return None
    return title

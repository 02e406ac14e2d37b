"""Two lines a title reading may settle on that are not, or not wholly, a document's name.

A 公告's number stored alone on its line, its heading lost (（2031年第3号）): a number names no document, so a fragment
with no other title gives none. An essay site runs its chrome into one line, the page's headline, its date, its column,
its buttons and then the item it recommends (X总结2031-04-05栏目:范文 收藏 本文推荐第1篇:Y意见): the text below is the
recommended item's, so its name, after 推荐第N篇:, is the title, not the whole line.
"""

from __future__ import annotations

import re

from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type

# （2031年第3号）, (第12号): a bracketed number and nothing else
_NUMBER_ONLY_RE = re.compile(r"^\s*[（(\[［]\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*号\s*[）)\]］]\s*$")
# …本文推荐第1篇:Y: the site's recommended item, named last on the line (titles.toml recommended_item_pattern)
_RECOMMENDED_RE = re.compile(titles_data()["recommended_item_pattern"])


def drop_fragments(title: str | None) -> str | None:
    """``title`` with a bracketed number alone read as no title and an essay site's chrome cut before the item it
    recommends (when that item names a kind of document)."""
    if not title:
        return title
    if _NUMBER_ONLY_RE.match(title):
        return None
    m = _RECOMMENDED_RE.search(title)
    if m is not None and ends_with_doc_type(m.group("name")):
        return m.group("name")
    return title

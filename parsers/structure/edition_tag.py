"""A law database's edition tag on a headline, kept where the document names itself no other way.

A law database prints a law under its name with the edition it holds: 甲市河道管理条例(2032修订),
…条例（2029年修正）. The field corpus's convention (documents.toml, round 17) keeps such a tag in the title, as it keeps
(2024年版), and drops it only where the document's own heading or its decree names the law without it: a heading line
of the name alone (…条例(2032修订) / … / 甲市河道管理条例), or the promulgating sentence's 《甲市河道管理条例》已由…通过.
The readers of headlines drop the tag first (parsers/structure/page_label.py: it is the page's note when the text names
the law again); this puts it back when the text does not.
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line
from parsers.structure.page_label import EDITION_TAG
from parsers.structure.titles import squeeze

HEAD_SCAN = (
    12  # the headline stands among the page's first lines (its fields and the site's chrome before it)
)

# (2032修订), （2029年修正）, (2030年修正本): the tag page_label drops, the one pattern of it (a bare year, (2030), is the
# database's date of the text, no edition: census gold drops it, and D8 keeps only a year written with 年 on the title's line)
_TAG_RE = re.compile(rf"^{EDITION_TAG}$")
# the tag a notice quotes inside the title's 《》, closed by 》 (with_quoted_tag)
_QUOTED_TAG_RE = re.compile(rf"({EDITION_TAG})》")
_BULLET_RE = re.compile(r"^(?:[❶-❿①-⑩]|\d{1,2}\s*[.．、])\s*")  # ❶ X条例(2032修正), 1. X条例(2029修正)


def with_database_edition(title: str | None, paragraphs: list[Line], text: str) -> str | None:
    """``title`` with the edition tag its headline carries, when no heading or decree names it without; else None."""
    if not title:
        return None
    key = squeeze(title)
    tag = _headline_tag(key, paragraphs)
    if tag is None or _named_without(key, paragraphs, text):
        return None
    return title + tag


def with_quoted_tag(title: str | None, notice_title: str | None) -> str | None:
    """``title`` with the edition tag the notice quotes it with (关于印发《X预案（2031年修订）》的通知: the document's own
    name, its tag part of the title as round 17 reads an edition inside the title's 《》), or None."""
    if not title or not notice_title:
        return None
    key, notice = squeeze(title), squeeze(notice_title)
    # a plain find, then the tag's pattern where the name ends: a pattern built from each title would be compiled
    # afresh for every document
    start = notice.find(f"《{key}")
    while start != -1:
        tag = _QUOTED_TAG_RE.match(notice, start + 1 + len(key))
        if tag:
            return title + tag.group(1)
        start = notice.find(f"《{key}", start + 1)
    return None


def _headline_tag(key: str, paragraphs: list[Line]) -> str | None:
    """The tag after the title on a headline line of its own (the title, then the tag, nothing else)."""
    for line in paragraphs[:HEAD_SCAN]:
        content = _BULLET_RE.sub("", squeeze(line.content))
        if content.startswith(key) and _TAG_RE.match(content[len(key) :]):
            return content[len(key) :]
    return None


def _named_without(key: str, paragraphs: list[Line], text: str) -> bool:
    """The document names the law without the tag: a heading line of its name alone, or 《name》 in a sentence."""
    if any(squeeze(line.content) == key for line in paragraphs):
        return True
    return f"《{key}》" in squeeze(text)

"""A page's headline given fuller by the document's own heading below it.

A vendor's or a portal's page prints a short headline (X应急预案), then its fields, then the document under its own
heading, which names its place or organ as well (乙县X应急预案) over its contents (目 录) or the first heading of its
outline (1 总则, 第一章 总则): the heading that ends with the headline and adds only the words before it is the
document's whole name, so it is the title.
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import ends_with_doc_type

HEADING_LINES = 30  # the document's heading stands among the page's first lines, under its fields
ADDED_MAX_CHARS = 20  # what the heading adds before the headline: a place's or an organ's name
# the contents or the outline's first heading right under the document's own heading
_UNDER_RE = re.compile(r"^\s*(?:目\s*录\s*$|第[一1]\s*章\s*总\s*则|[一1]\s*[、.．]?\s*总\s*则)")
# what the heading adds: a name's words alone (no list number 1. or A., no sentence's or site's marks, no letters)
_ADDED_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{2,{ADDED_MAX_CHARS}}}")


def fuller_heading(title: str | None, paragraphs: list[Line]) -> str | None:
    """The heading below that ends with ``title`` and adds a name before it, over the contents or the outline; None
    when there is none."""
    if not title or not ends_with_doc_type(title):
        return None
    short = squeeze(title)
    lines = [line for line in paragraphs[:HEADING_LINES] if line.content.strip()]
    for k, line in enumerate(lines[:-1]):
        whole = squeeze(line.content)
        if len(whole) <= len(short) or not whole.endswith(short):
            continue
        added = whole[: -len(short)]
        if not _ADDED_NAME_RE.fullmatch(added):
            continue
        if _UNDER_RE.match(lines[k + 1].content):
            return line.content.strip()
    return None

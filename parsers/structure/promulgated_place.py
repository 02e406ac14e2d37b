"""A local law's heading printed without its place, under the 公告 that quotes it whole: the quoted name.

A city's standing committee publishes its law with a 公告 (《甲市河道管理条例》已由…会议制定…现予公布) and a page may
print the law's own heading under it without the city (河道管理条例). The law is the city's: the 公告 names it in
full, and the heading is that name cut short by the page. The quoted name is read when it is the heading with a
place before it and nothing else (a quote that differs in any other word names another text), in the 公告's sentence of
adoption or publication. A body that only cites its own name with the place (特编制《甲市X指南》) over a heading
without it leaves the heading as written (field conventions: the heading as written).
"""

from __future__ import annotations

import re

from parsers.structure.covering import ADOPTED_NAME_RE, PUBLISHING_RE
from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import opens_with_place, rules

_QUOTED_RE = re.compile(r"《([^《》]{4,60})》")


def with_promulgated_place(title: str | None, head: list[Line]) -> str | None:
    """The name a line of the head quotes as ``title`` with its place before it, or None."""
    if not title or opens_with_place(squeeze(title)):
        return None
    key = squeeze(title)
    for line in head:
        if not (ADOPTED_NAME_RE.match(line.content) or PUBLISHING_RE.search(line.content)):
            continue  # a sentence that cites the law (特编制《甲市X指南》) leaves the heading as written
        for m in _QUOTED_RE.finditer(squeeze(line.content)):
            name = m.group(1)
            place = name[: -len(key)] if name.endswith(key) and len(name) > len(key) else ""
            if place and rules().place_name.fullmatch(place):
                return name
    return None

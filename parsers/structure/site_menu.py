"""A site's menu printed as numbered lists: chrome, whatever the entries say.

An open-government page may print its navigation as lists of short numbered entries, the numbering starting again at
1 for each group (``1. 目录`` / ``2. 旗人民政府`` / ``1. 国民经济和社会发展规划`` / ``2. 专项规划`` / ``1. 预决算公开`` …).
A document's own numbered items run on (1, 2, 3) under headings, with sentences; a table of contents runs on too
(1, 1.1, 2). The form: a run of consecutive numbered lines at the head of the text, each short and no sentence, whose
numbering goes back to 1 at least twice. Such a run is the site's menu, not the body: the document's title under it
is still read.

A box of the site's links is chrome too: its heading with the "more" link (热门资源 更多>, furniture.toml
``link_box_heading``) and the bulleted items right under it (• 甲省X条例, • 乙市Y办法 DB00/T 1-2031), other items of the
site, never the text's title or issuer.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.structure.furniture_rules import furniture_data
from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import LIST_BULLET_RE

_ENTRY_RE = re.compile(r"^\s*(?P<n>\d{1,2})[.．、]\s*(?P<entry>\S.*)$")
_SENTENCE_RE = re.compile(r"[，,。；;：:！？!?]")
ENTRY_MAX_CHARS = 20  # a menu's entry names a column
MIN_RESTARTS = 2  # the numbering goes back to 1 this many times (after the run's own first 1)


def menu_run(lines: list[Line], i: int) -> int:
    """The number of lines of a numbered menu that starts at line ``i``, or 0 when none does."""
    count, restarts, last = 0, 0, 0
    for line in lines[i:]:
        if not line.content.strip():
            count += 1
            continue
        m = _ENTRY_RE.match(line.content)
        if m is None or len(m["entry"].strip()) > ENTRY_MAX_CHARS or _SENTENCE_RE.search(m["entry"]):
            break
        n = int(m["n"])
        if n == 1 and last:
            restarts += 1
        elif n != last + 1:
            break  # 1. 2. 5.: not a list
        last = n
        count += 1
    while count and not lines[i + count - 1].content.strip():
        count -= 1  # blank lines after the run are not part of it
    return count if restarts >= MIN_RESTARTS and last else 0


@cache
def _link_box_heading() -> re.Pattern[str]:
    return re.compile(furniture_data()["web"]["link_box_heading"])  # (the file parsed once, for every rule)


def link_box_run(lines: list[Line], i: int) -> int:
    """The number of lines of a box of links that starts at line ``i`` (its heading, its bulleted items), or 0."""
    if not _link_box_heading().search(squeeze(lines[i].content)):
        return 0
    k = i + 1
    while k < len(lines) and (not lines[k].content.strip() or LIST_BULLET_RE.match(lines[k].content)):
        k += 1
    return k - i

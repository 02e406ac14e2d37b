"""A drafting explanation published as a page of its own: ``关于《甲办法（征求意见稿）》起草说明`` (or 编制说明) heads the
explanation of a draft, which the page carries without the draft. The heading is the page's title, as written (the
draft's name and its stage inside the 《》 are part of it).

It is read last, only where no other rule found a title: a call for comments whose attachment is the 起草说明 keeps
the call's or the draft's title (the explanation there is an attachment's heading, not the page's). The kinds of
explanation are data (``explanation_kinds`` in ``parsers/data/titles.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import TITLE_MAX_CHARS, squeeze

HEAD_LINES = 20  # the heading stands in the page's head, under its chrome


@cache
def _heading_re() -> re.Pattern[str]:
    kinds = alternation(titles_data()["explanation_kinds"])
    return re.compile(rf"(?:关于)?《[^《》]{{4,80}}》(?:的)?(?:{kinds})")


def explanation_heading(lines: list[Line]) -> str | None:
    """关于《X》起草说明 on a line of its own in the page's head, or None."""
    for line in lines[:HEAD_LINES]:
        key = squeeze(line.content)
        if not line.is_furniture and len(key) <= TITLE_MAX_CHARS and _heading_re().fullmatch(key):
            return line.content.strip()
    return None

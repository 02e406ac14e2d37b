"""The body that promulgates a regulation, as a bracketed note of its order under the title names it, when no header,
signature or field names a body: (2031年10月29日甲自治区人民政府令第34号). An order's header and its note with 公布
(…令第5号公布) are read by orders.py; this is the same note written with the order's number alone in its brackets,
as law libraries print it under a decree's title (field conventions, round 23: an order's header names its issuer).

The sentence that publishes the text (…经甲厅第8次厅务会议通过，现予公布) is not read: the gold reads a body named only
there both ways (round 35's report, issuer58).
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line
from parsers.structure.titles import rules

_NUMBER = r"[\d一二三四五六七八九十百零〇]{1,4}"
# (2031年10月29日甲自治区人民政府令第34号): the order's note alone in its brackets
_ORDER_NOTE_RE = re.compile(
    rf"^[（(]\s*(?:(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)?\s*(?P<organ>[\u4e00-\u9fff]{{2,30}}?)令\s*第?\s*{_NUMBER}\s*号\s*[）)]$"
)


def promulgating_body(paragraphs: list[Line]) -> str | None:
    """The body an order's bracketed note under the title names, or None."""
    for line in paragraphs:
        if line.is_furniture:
            continue
        content = line.content.strip()
        note = _ORDER_NOTE_RE.match(content)
        if note is not None and _is_body(note.group("organ")):
            return note.group("organ")
    return None


def _is_body(words: str) -> bool:
    return bool(rules().issuer_part.fullmatch(words))

"""The body that promulgates a regulation, as a bracketed note of its order under the title names it, when no header,
signature or field names a body: (2031年10月29日甲自治区人民政府令第34号). An order's header and its note with 公布
(…令第5号公布) are read by orders.py; this is the same note written with the order's number alone in its brackets,
as law libraries print it under a decree's title (field conventions, round 23: an order's header names its issuer).

The sentence that publishes the text (…经甲厅第8次厅务会议通过，现予公布) is not read: the gold reads a body named only
there both ways (round 35's report, issuer58).
"""

from __future__ import annotations

from parsers.structure.lines import Line
from parsers.structure.orders import bracketed_order_note


def promulgating_body(paragraphs: list[Line]) -> str | None:
    """The body an order's bracketed note under the title names, or None."""
    note = bracketed_order_note(paragraphs)
    return note.group("organ") if note is not None else None

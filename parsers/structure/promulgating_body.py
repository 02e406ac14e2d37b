"""The body that promulgates a regulation, when no header, signature or field names a body: as a bracketed note of
its order under the title names it ((2031年10月29日甲自治区人民政府令第34号)), or as the sentence that publishes the
text names the body whose meeting adopted it (《X》已经2031年4月8日市人民政府第5次常务会议通过，现予公布).

An order's header and its note with 公布 (…令第5号公布) are read by orders.py; the bracketed note is the same note
written with the order's number alone, as law libraries print it under a decree's title (field conventions, round 23:
an order's header names its issuer). The sentence is D17 (round 35): the body that adopted the text at its own meeting
and publishes it (现予公布) is its issuer, as the sentence names it — completed by D11 later, in the pipeline — in the
document or repeated by a lead over the carried text. A congress's sentence (…人民代表大会常务委员会第N次会议通过) is
read by the congress's own readers (its term kept), not here.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation
from parsers.structure.covering import PUBLISHING
from parsers.structure.lines import Line
from parsers.structure.orders import DAY_DATE, ORDER_NUMERAL, bracketed_order_note
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import rules

_DELIBERATING = alternation(titles_data()["deliberation_verbs"])  # 讨论, 审议, 表决
_ADOPTING = alternation(titles_data()["adoption_verbs"])  # 通过, 批准
# 《X》已经2031年4月8日市人民政府第5次常务会议（讨论）通过，现予公布 / 《X》于2031年5月20日甲省乙厅第4次厅务会议通过
_ADOPTED_AND_PUBLISHED_RE = re.compile(
    rf"《[^《》]{{2,80}}》\s*(?:已经|已于|已|于)\s*{DAY_DATE}?\s*经?\s*(?P<body>[\u4e00-\u9fff]{{2,30}}?)"
    rf"第\s*{ORDER_NUMERAL}{{1,4}}\s*次[\u4e00-\u9fff]{{0,6}}?会议\s*(?:{_DELIBERATING})?\s*(?:{_ADOPTING})\s*[，,]\s*"
    rf"现予{PUBLISHING}"
)
_CONGRESS_RE = re.compile("|".join(titles_data()["congress_words"]))
SENTENCE_PARAGRAPHS = 12  # the sentence stands in the head or the lead, before the text's first articles


def promulgating_body(paragraphs: list[Line]) -> str | None:
    """The body an order's bracketed note under the title names, or None."""
    note = bracketed_order_note(paragraphs)
    return note.group("organ") if note is not None else None


def publishing_sentence_body(paragraphs: list[Line]) -> str | None:
    """The body the publishing sentence names as adopting the text at its meeting (D17), or None. Read last: a title's
    head or a 来源 body comes before it in round 23's order."""
    for line in paragraphs[:SENTENCE_PARAGRAPHS]:
        if "现予" not in line.content:
            continue
        m = _ADOPTED_AND_PUBLISHED_RE.search(line.content)
        if m is None:
            continue
        body = m.group("body")
        if not _CONGRESS_RE.search(body) and rules().issuer_part.fullmatch(body):
            return body
    return None

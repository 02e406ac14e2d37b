"""A covering letter stored without its title line: the document it issues is named only in its sentence.

A page may keep a notice from its addressee on and lose the line above it: 各区人民政府： / 现将《甲县X办法》印发给你们，
请认真贯彻执行。 / 甲县人民政府 / 2030年3月1日, then the issued text. Or the name opens the sentence and an approval
clause stands between it and the verb: 《甲市Y规划》已经市政府同意，现印发给你们; 《Z预案》已经省政府审定。现予印发.
The letter is signed: its date line follows within a few lines (a cover without one is no letter read here).
What a reader titles such a text is the one document the letter issues to its addressee (the letter's own title is
lost, no notice title). A letter that hands down tasks out of a named document (现将《X》中的目标任务分解下达)
issues no X; a letter that cites one name (根据《X》) and issues another issues the other.
"""

from __future__ import annotations

import re

from parsers.status import split_status
from parsers.structure.covering import QUOTED_RE
from parsers.structure.date_line import is_date_line
from parsers.structure.lines import Line
from parsers.structure.titles import ADDRESSEE_RE, ends_with_doc_type

ADDRESSEE_SCAN = 16  # a letter's addressee comes within this many lines of the page's start
SENTENCES_SCAN = 3  # the issuing sentence comes within this many paragraphs after the addressee
LETTER_SCAN = 8  # and its signed date within this many (附件, the signing organ between)

# after the name, to the issuing verb: a bracketed note or short name (（以下简称《纲要》）), then at most one approval
# clause (已经市政府同意，/ 业经…会议审议通过，/ 已征求各方意见，并报经省政府同意。), then 现印发给你们, 现予印发
_ISSUED_AFTER_NAME_RE = re.compile(
    r"\s*(?:[（(][^（）()]{0,30}[）)])?"
    r"(?:[^。；！？《》]{0,60}?(?:同意|通过|批准|审定|批复)[^。；！？《》]{0,30}?[，,。]\s*)?"
    # the verb is the letter's own act, now or to its addressee (现予印发, 印发给你们): 《X》下发，并开始施行 is news
    r"(?:(?:现予以|现予|现|特|兹|予以|予)\s*(?:印发|转发|下发)|(?:印发|转发|下发)\s*给?\s*(?:你们|你|各))"
)
_PRESENTED_BEFORE_RE = re.compile(r"(?:现将|特将|兹将|将)\s*$")  # 现将《X》印发给你们
_DRAFTED_BEFORE_RE = re.compile(r"(?:编制|制定|起草|修订)的\s*$")  # 甲镇编制的《X》现印发给你们


def issued_to_addressee(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one document a letter issues in its first sentences (under its addressee, or
    opening the page), or None."""
    addressee = next(
        (
            k
            for k, line in enumerate(paragraphs[:ADDRESSEE_SCAN])
            if not line.is_furniture and ADDRESSEE_RE.match(line.content.strip())
        ),
        None,
    )
    # (a page that lost the addressee too opens with the issuing sentence: 《X》业经…通过，现印发给你们)
    start = 0 if addressee is None else addressee + 1
    issued: set[str] = set()
    seen = 0
    for line in paragraphs[start:]:
        if line.is_furniture or not line.content.strip():
            continue
        if is_date_line(line.content):
            break  # the letter's signature: what follows is the issued text, which cites others
        if seen == LETTER_SCAN:
            return None  # no signature: no letter (a cover run on with its text is read elsewhere)
        if seen < SENTENCES_SCAN:
            issued |= _issued_names(line.content)
        seen += 1
    else:
        return None
    if len(issued) != 1:
        return None  # none, or two documents issued together: no one to name
    title, status = split_status(issued.pop())
    return (title, status) if ends_with_doc_type(title) else None


def _issued_names(content: str) -> set[str]:
    names = set()
    for m in QUOTED_RE.finditer(content):
        after = _ISSUED_AFTER_NAME_RE.match(content, m.end())
        if after is None:
            continue
        opens = m.start() == 0 or content[m.start() - 1] in "。；！？：:，,"  # 《X》已经…同意，现印发给你们
        presented = _PRESENTED_BEFORE_RE.search(content, 0, m.start()) is not None  # 现将《X》印发给你们
        drafted = _DRAFTED_BEFORE_RE.search(content, 0, m.start()) is not None
        if opens or presented or drafted:
            names.add(m.group(0)[1:-1])
    return names

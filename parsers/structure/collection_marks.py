"""What a collection or a page glues to a title line: a list numeral before it, its contents heading after it.

A collection numbers the documents it lists (``⑴甲市某某条例``, ``（2）乙办法``, ``【3】丙规定``), and a scheme printed
with its table of contents may run the heading of the contents onto its title (``丁市某某应急预案目录``). Neither
is the document's: when what is left is a name of a kind of document, the title is that name. A news site that prints
a long plan in parts marks each part after the title (``戊分工方案(一)``): the serial marker is the site's too (field
conventions: "a site's serial marker after a title"). A page that runs a whole text onto one line may leave a stray
mark of the line it was cut from before the title (``.己市某某办法(征求意见稿) 第一章 总则…``): no title opens with
one.
"""

from __future__ import annotations

import re

from parsers.structure.titles import TITLE_MIN_CHARS, ends_with_doc_type

# a list's numeral before a name: circled (the dingbats' ❶ ➀ ➊ too) or bracketed, or a number with a list's 、 (a
# document-sharing site numbers its files 3、X办法), never a bare number (1990年X条例 opens with a year)
_LIST_NUMERAL_RE = re.compile(
    r"^\s*(?:[⑴-⒇①-⑳㈠-㈩⒈-⒛❶-➓]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[【\[]\s*\d{1,3}\s*[】\]]"
    r"|\d{1,2}\s*、)\s*"
)
# a stray stop or comma before a title (a cut line's last mark): a title opens with a word, a quote or a bracket
_STRAY_MARK_RE = re.compile(r"^\s*[.．。,，、;；:：·•]+\s*")
# the heading of a table of contents at a title's end: X预案目录, X方案 目 录, X规划目次
_CONTENTS_HEADING_RE = re.compile(r"\s*(?:目\s*录|目\s*次)\s*$")
# a site's serial marker after a title: X方案(一), X方案（二）, and a sharing site's copy marker X办法(2), X办法(3) (a
# period or a status in brackets is never one numeral)
_SERIAL_MARKER_RE = re.compile(r"\s*[（(]\s*(?:[一二三四五六七八九十]{1,2}|[1-9１-９])\s*[）)]\s*$")


def drop_collection_marks(title: str | None) -> str | None:
    """``title`` without a list numeral before it or a contents heading after it, when a named document is left."""
    if not title:
        return title
    for pattern in (_STRAY_MARK_RE, _LIST_NUMERAL_RE, _CONTENTS_HEADING_RE, _SERIAL_MARKER_RE):
        m = pattern.search(title)
        if m is None:
            continue
        left = (
            title[m.end() :]
            if m.start() == 0 and pattern in (_STRAY_MARK_RE, _LIST_NUMERAL_RE)
            else title[: m.start()]
        )
        if len(left.strip()) >= TITLE_MIN_CHARS and ends_with_doc_type(left):
            title = left.strip()
    return title

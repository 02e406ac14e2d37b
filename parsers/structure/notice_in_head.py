"""A covering notice printed in the page's head, under the document's own title: the notice's title.

An encyclopedia's entry for a document opens with the document's name as its headline, a summary and a box of facts,
then a section that prints the notice issuing it (甲局关于印发《X标准》的通知 / 甲政办发〔2031〕5号 / 各部门: …) and a
section with the document. The document's title is read from the headline; the notice over its own 文号 or addressee,
issuing that one document and nothing else, is the covering notice (field conventions: notice_one).
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line, squeeze
from parsers.structure.notice_names import names_in_title
from parsers.structure.title_names import document_key
from parsers.structure.titles import ADDRESSEE_RE, is_doc_number_line

_FIELD_MARK_RE = re.compile(r"[:：|｜]")
NOTICE_MAX_CHARS = 100  # a notice's title, not a paragraph quoting one


def issuing_notice(title: str | None, head: list[Line]) -> str | None:
    """The head line that is a notice issuing ``title`` alone, right over its 文号 or addressee, or None."""
    if not title:
        return None
    key = None  # the title's key, read when a line first reads as a notice issuing one document
    for line, under in zip(head, head[1:], strict=False):
        # the line under it first: a 文号 or an addressee is a cheap look and rare in a head, and every test below is
        # pure (names_in_title a cached reading), so asking them only of the lines over one returns the same line
        if not (is_doc_number_line(under.content) or ADDRESSEE_RE.match(under.content)):
            continue
        content = squeeze(line.content)
        if len(content) > NOTICE_MAX_CHARS or _FIELD_MARK_RE.search(content):
            continue  # 名称:|甲局关于印发X的通知|: the page's field, read by the field rules
        issued = names_in_title(content)
        if issued is None or issued[1] or len(issued[0]) != 1:
            continue
        if key is None:
            key = document_key(title)
        if document_key(issued[0][0]) == key:
            return content
    return None

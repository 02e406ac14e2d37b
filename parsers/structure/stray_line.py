"""A page's first line that names another document: a related link, a site's column or a recommendation printed over
the text (乙省X条例 / 甲市人民政府办公厅关于印发甲市Y办法的通知-甲政办发〔2031〕5号 / … 正文：… 现将《甲市Y办法》印发).

The first line is read as the title because it stands first and names a kind of document. It is the page's, not the
text's, when the text never names it again while a line under it, before any sentence, names a document the text
names again apart from the first line (the page's own title line, repeated by the page or by the document's own
head) or that stands over the body's first numbered heading (第一章 总则, 1 总则), and opens as a whole title does (its place, its organ, 关于, a quote: not a wrapped title's second line). That
line is the title;
a covering notice on it is read as covering notices are (its document the title, the notice the notice title).

A covering notice over the document it issues is left alone: its body (各区人民政府：…现将《X》印发给你们。) stands
before the issued document's own title line, so a sentence comes first.
"""

from __future__ import annotations

import re

from parsers.structure.collection_marks import drop_collection_marks
from parsers.structure.doc_number import GLUED_NUMBER_RE, drop_doc_number
from parsers.structure.lines import Line, squeeze
from parsers.structure.markers import match_marker
from parsers.structure.outline import decimal_label
from parsers.structure.titles import (
    TITLE_MIN_CHARS,
    drop_appended_note,
    ends_with_doc_type,
    opens_with_place,
    rules,
)

HEAD_LINES = 40  # the page's own title line stands over its text, among its first lines
STRAY_EXTRA_CHARS = (
    8  # a first line read as the title: its head, or the title with a word or bracket around it
)
OWN_TITLE_MAX_CHARS = 80
_SENTENCE_RE = re.compile(r"[。；！？]")


def _named(content: str) -> str:
    """The name a line gives, a list numeral, a glued 文号 (before or after it) and a site's year after it taken off."""
    name = drop_collection_marks(content.strip()) or ""
    glued = GLUED_NUMBER_RE.match(name)
    if glued is not None:
        name = name[glued.end() :]
    return drop_appended_note(drop_doc_number(name)).strip()


def _opens_whole(name: str) -> bool:
    """A whole title opens with its place, its organ, 关于 or a quote; a wrapped title's second line opens mid-phrase
    (和社会发展计划的报告, 指导意见的通知)."""
    return (
        name.startswith(("关于", "《"))
        or opens_with_place(name)
        or rules().issuer_start.match(name) is not None
    )


def own_title_under_stray_line(title: str | None, lines: list[Line], text: str) -> str | None:
    """The page's own title line under a first line read as ``title`` that the text names nowhere else."""
    if not title:
        return None
    head = [line for line in lines[:HEAD_LINES] if not line.is_furniture]
    words = [i for i, line in enumerate(head) if len(squeeze(line.content)) >= TITLE_MIN_CHARS]
    if not words:
        return None
    key, first = squeeze(title), squeeze(head[words[0]].content)
    if not first.startswith(key) and (key not in first or len(first) - len(key) > STRAY_EXTRA_CHARS):
        return None  # the title was not read from the page's first line
    flat = squeeze(text)
    if flat.count(key) != 1:
        return None  # the text names it again: its own
    for i in words[1:]:
        line = head[i]
        if _SENTENCE_RE.search(line.content):
            return None  # the text has begun: a line under it is the text's (an issued document's title)
        name = _named(line.content)
        own = squeeze(name)
        if (
            not TITLE_MIN_CHARS < len(own) <= OWN_TITLE_MAX_CHARS
            or not ends_with_doc_type(name)
            or key in own
            or key.endswith(own)
        ):  # (甲厅X办法 over X办法: words run onto the same title, which title_repeat weighs)
            continue
        named_again = flat.count(own) - first.count(own) >= 2
        over_its_body = i + 1 < len(head) and _opens_body(head[i + 1], text)
        if (named_again or over_its_body) and _opens_whole(name):
            return name
    return None


def _opens_body(line: Line, text: str) -> bool:
    """第一章 总则, 第一条, 1 总则: the document's first numbered heading, under its own title line."""
    return match_marker(line, text) is not None or decimal_label(line.content) is not None

"""A covering sentence and the heading of the document it issues, run together on one line.

An abstract page or a scraped list may store a covering notice without its line breaks: …各区人民政府:《甲方案》已经
市政府同意，现印发给你们，请认真贯彻执行。甲方案 — the enclosed document's heading follows the sentence end, in the
same words the sentence quoted. A name printed bare (outside 《》) right after a sentence end, exactly as the text
quoted it, is the document's own heading: the title. A name only quoted, or printed with other words run on
(甲方案的通知), is not; nor is either of two names a cover issues together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.patterns import after_last_mark
from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.titles import ends_with_doc_type

# the full-width full stops and semicolon only (as the rule was written: a cover letter's own punctuation; the
# half-width ones of patterns.CLAUSE_ENDS would change the rule); a line's content holds no line end
_SENTENCE_END = "。；！？"
OPENING_PARAGRAPHS = 3


def heading_after_cover(paragraphs: list[Line]) -> str | None:
    """The name the text's first paragraph quotes and then prints bare after a sentence end, or None."""
    # (a label over it, 摘要, is passed: the first paragraph that quotes a name within the first few)
    opening = [
        line for line in paragraphs[:OPENING_PARAGRAPHS] if not line.is_furniture and line.content.strip()
    ]
    first = next((line for line in opening if QUOTED_RE.search(line.content)), None)
    if first is None:
        return None
    content = first.content.rstrip()
    names = {name for m in QUOTED_RE.finditer(content) if ends_with_doc_type(name := m.group(0)[1:-1])}
    found = {
        name
        for name in names
        for at in _starts(content, name)
        if at > 0
        and content[at - 1] in _SENTENCE_END
        and _heading_ends(content, at + len(name))
        and _only_name_of_its_sentence(content, at - 1, name)
    }
    return found.pop() if len(found) == 1 else None


def _starts(content: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``content``, left to right, occurrences not overlapping (``re.finditer`` of the name
    escaped, without a pattern made and compiled for every document's names)."""
    at = content.find(name)
    while at >= 0:
        yield at
        at = content.find(name, at + max(1, len(name)))


# the body's first words run on after the heading (…现印发你们。甲方案为贯彻落实…): a purpose, a basis, a chapter
_BODY_OPENER_RE = re.compile(r"为|根据|依据|按照|第一章|第一条|一、")


def _heading_ends(content: str, end: int) -> bool:
    return end == len(content) or content[end] in " \u3000" or bool(_BODY_OPENER_RE.match(content, end))


def _only_name_of_its_sentence(content: str, stop: int, name: str) -> bool:
    """The sentence that ends at ``stop`` quotes ``name`` and no other document: a cover issuing two has no one
    heading."""
    start = after_last_mark(content, _SENTENCE_END, stop)
    quoted = {
        q for m in QUOTED_RE.finditer(content, start, stop) if ends_with_doc_type(q := m.group(0)[1:-1])
    }
    return quoted == {name}

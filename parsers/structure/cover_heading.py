"""A covering sentence and the heading of the document it issues, run together on one line.

An abstract page or a scraped list may store a covering notice without its line breaks: …各区人民政府:《甲方案》已经
市政府同意，现印发给你们，请认真贯彻执行。甲方案 — the enclosed document's heading follows the sentence end, in the
same words the sentence quoted. A name printed bare (outside 《》) right after a sentence end, exactly as the text
quoted it, is the document's own heading: the title. A name only quoted, or printed with other words run on
(甲方案的通知), is not; nor is either of two names a cover issues together.
"""

from __future__ import annotations

import re

from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.titles import ends_with_doc_type

_SENTENCE_END = "。；！？"


def heading_after_cover(paragraphs: list[Line]) -> str | None:
    """The name the text's first paragraph quotes and then prints bare after a sentence end, or None."""
    first = next((line for line in paragraphs if not line.is_furniture and line.content.strip()), None)
    if first is None:
        return None
    content = first.content.rstrip()
    names = {name for m in QUOTED_RE.finditer(content) if ends_with_doc_type(name := m.group(0)[1:-1])}
    if len(names) != 1:
        return None  # a cover that names two documents, or none, has no one heading
    found = {
        name
        for name in names
        if any(
            content[at - 1] in _SENTENCE_END
            and (at + len(name) == len(content) or content[at + len(name)] in " \u3000")
            for at in (m.start() for m in re.finditer(re.escape(name), content))
            if at > 0
        )
    }
    return found.pop() if len(found) == 1 else None

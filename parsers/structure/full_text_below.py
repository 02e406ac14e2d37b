"""A news page over the document's full text: the page's headline names no kind of document (西安将新建5个水果主题
公园), a line of its preface hands the full text over (以下为意见全文：, 《意见》全文如下——, 原文如下：), and the
line under that is the document's own title (甲市人民政府办公厅关于X的意见). The text is then that document: its
title line is the title, not the headline.

Only a title line of one document is taken: one that names a kind of document, with no sentence in it; a covering
notice there (关于印发《X》的通知) is left to the rules that read covering notices.
"""

from __future__ import annotations

import re

from parsers.status import split_status
from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import TITLE_MAX_CHARS, clean_title, ends_with_doc_type, rules

# 以下为意见全文：, 《意见》全文如下——, 原文如下：, 现将全文刊发如下: the preface's last line hands the text over
_HANDOVER_RE = re.compile(
    r"(?:(?:全文|原文)(?:刊发|刊登|发布)?如下|以下(?:为|是)[^，,。；]{0,12}(?:全文|原文))\s*[。:：—\-－]*\s*$"
)
HANDOVER_MAX_CHARS = 120  # a line of the preface, not a paragraph of the text that mentions its full text
_SENTENCE_RE = re.compile(r"[，,。；;！!？?]")


def title_below_handover(paragraphs: list[Line], head_lines: int) -> tuple[str, str | None] | None:
    """(title, status) of the title line under the first handover line among the first ``head_lines``, or None."""
    prose = [line for line in paragraphs[:head_lines] if not line.is_furniture and line.content.strip()]
    for k, line in enumerate(prose[:-1]):
        content = line.content.strip()
        if len(content) > HANDOVER_MAX_CHARS or _HANDOVER_RE.search(content) is None:
            continue
        below = squeeze(prose[k + 1].content)
        title, status = split_status(clean_title(below))
        if (
            not title
            or len(title) > TITLE_MAX_CHARS
            or _SENTENCE_RE.search(title)
            or not ends_with_doc_type(title)
            or rules().issuing_verb.search(title)
        ):
            return None
        return title, status
    return None

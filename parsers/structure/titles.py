"""The title of a document: which lines make it, and what never does."""

from __future__ import annotations

import re

from parsers.status import patterns as status_patterns
from parsers.structure.lines import WORD_CHAR_RE, Line
from parsers.structure.markers import ATTACHMENT_RE, DATE_LINE_RE, SENTENCE_MARK_RE, match_marker

_DRAFT_STATUS = status_patterns().drafts
STATUS_ONLY_LINE_RE = re.compile(
    r"[（(〔【\[][^（()）〔〕【】\[\]]{1,20}[）)〕】\]]"
)  # （征求意见稿） on a line of its own
DOC_TYPE_END_RE = re.compile(
    r"(?:措施|办法|条例|规定|方案|意见|规划|细则|决定|纲要|计划|指南|政策|通知|规则|标准|清单|目录|制度|要点|举措"
    rf"|章程|指引|通告|公告|决议|报告|{_DRAFT_STATUS})"
    r"(?:\s*[（(〔【\[][^（()）〔〕【】\[\]]{1,20}[）)〕】\]])*\s*$"
)
TITLE_MAX_CHARS = 100


def is_title_like(content: str) -> bool:
    return (
        bool(content)
        and len(content) <= TITLE_MAX_CHARS
        and SENTENCE_MARK_RE.search(content) is None
        and not content.endswith(("：", ":"))
        and WORD_CHAR_RE.search(content) is not None
        and not DATE_LINE_RE.fullmatch(content)
    )


def title_lines(lines: list[Line], first: int, text: str) -> int:
    """How many lines from ``first`` make the title (0 when the text has none)."""
    if first >= len(lines):
        return 0
    head = lines[first]
    if not is_title_like(head.content) or match_marker(head, text) or ATTACHMENT_RE.match(head.content):
        return 0
    count = 1
    nxt = lines[first + 1] if first + 1 < len(lines) else None
    # a title broken over two lines: 国务院关于推动…发展 / 奋力书写…的意见
    if (
        nxt is not None
        and not DOC_TYPE_END_RE.search(head.content)
        and is_title_like(nxt.content)
        and DOC_TYPE_END_RE.search(nxt.content)
        and not match_marker(nxt, text)
    ):
        count, nxt = 2, (lines[first + 2] if first + 2 < len(lines) else None)
    # （征求意见稿） / （2025年版） on a line of its own
    if nxt is not None and STATUS_ONLY_LINE_RE.fullmatch(nxt.content):
        count += 1
    return count

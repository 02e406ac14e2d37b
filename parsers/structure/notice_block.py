"""The consultation or covering notice before the document proper: where it ends."""

from __future__ import annotations

import re

from parsers.status import strip_status
from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE, match_marker
from parsers.structure.titles import DOC_TYPE_END_RE, is_title_like, title_lines

# The first line of a notice: 关于征求《…》意见(建议)的通知, …公开征求意见的公告, 关于印发…的通知
NOTICE_HEAD_RE = re.compile(r"(?:(?:征求|征集|听取).{0,60}?(?:意见|建议))|关于(?:印发|转发|发布)")
NOTICE_HEAD_MAX_CHARS = 160
NOTICE_MAX_LINES = 80  # the document title must come within this many lines of the notice head
QUOTED_TITLE_RE = re.compile(r"《([^《》]{2,100})》")
# Lines of the notice itself, never a document title.
NOTICE_LINE_WORDS_RE = re.compile(
    r"征求|联系|电话|邮箱|邮\s*箱|传真|地址|邮编|发布时间|来源|附件|E-?mail", re.IGNORECASE
)


def normalise_for_match(s: str) -> str:
    s = strip_status(s)
    return re.sub(r"[\s\u3000（()）《》〈〉“”\"'·]", "", s)


def is_quoted_title(lines: list[Line], i: int, wanted: str) -> bool:
    """Line ``i`` (alone, or with the next line) is the title quoted in the notice head."""
    got = normalise_for_match(lines[i].content)
    if not got:
        return False
    if got == wanted:
        return True
    return (
        len(got) >= 4
        and wanted.startswith(got)
        and i + 1 < len(lines)
        and normalise_for_match(got + lines[i + 1].content) == wanted
    )


def find_notice_end(lines: list[Line], text: str) -> int | None:
    """Index of the document title line that ends a notice starting at line 0, or None."""
    head = lines[0].content
    if len(head) > NOTICE_HEAD_MAX_CHARS or SENTENCE_MARK_RE.search(head):
        return None
    # 征求…意见 outside the title's own status: XX办法（征求意见稿） alone is a title, not a notice
    if not NOTICE_HEAD_RE.search(strip_status(head)):
        return None
    window = range(1, min(len(lines), NOTICE_MAX_LINES))
    quoted = QUOTED_TITLE_RE.search(head)
    if quoted:  # 关于征求《X（征求意见稿）》意见的通知: the title line is X
        wanted = normalise_for_match(quoted.group(1))
        for i in window:
            if is_quoted_title(lines, i, wanted) and title_lines(lines, i, text):
                return i
    for i in window:  # otherwise the first line that reads like a document title
        content = lines[i].content
        if (
            is_title_like(content)
            and DOC_TYPE_END_RE.search(content)
            and not NOTICE_LINE_WORDS_RE.search(content)
            and not NOTICE_HEAD_RE.search(content)
            and not match_marker(lines[i], text)
        ):
            return i
    return None

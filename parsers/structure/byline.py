"""A page's byline glued to its headline, recognised by its form.

A posting time: a date with its clock time (2023-01-30 14:22), and the byline's fields after it (来源:X 浏览数:255次).
A title carries a day (2023年1月30日), never a time of day, so a title line that runs on into a posting time ends
before it: ``…政府工作报告2023-01-30 14:22来源:X`` -> ``…政府工作报告``.
"""

from __future__ import annotations

import re

# a date with its clock time, then nothing, or the byline's fields (来源:X 浏览数:255次: no sentence, a colon)
_POSTING_TIME_RE = re.compile(
    r"\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?P<fields>[^。；;，,]{0,60})$"
)


def drop_posting_time(title: str, min_chars: int) -> str:
    """``title`` without a posting time (and the byline's fields after it) glued to its end, when at least
    ``min_chars`` of the title stand before it."""
    if ":" not in title[-80:] and "：" not in title[-80:]:
        return title  # (a clock time has a colon: a cheap test first)
    m = _POSTING_TIME_RE.search(title)
    if m is None or len(title[: m.start()].strip()) < min_chars:
        return title
    fields = m.group("fields").strip()
    if fields and ":" not in fields and "：" not in fields:
        return title
    return title[: m.start()].rstrip()

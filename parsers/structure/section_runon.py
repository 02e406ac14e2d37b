"""A covering notice's plan heading run into its first section label on the same line.

关于印发X方案的通知 issues X方案; the page prints X方案's heading and its first section label on one line
(X方案综合目标分解). The heading is the name the notice gives, the label the plan's first part, no part of the title.
A tail that is a kind of document (X办法实施细则) stays, unless its kind names a plan's part (…分解, titles.toml
section_label_ends); a bracket (X方案（2031-2035年）) or a quoted name stays.
"""

from __future__ import annotations

import re

from parsers.status import strip_status
from parsers.structure.titles import ends_with_doc_type, is_issuer_line, squeeze, titles_data

# the section label: a few words, no bracket, mark or figure (综合目标分解, 重点任务, 工作目标)
_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


def without_section_label(title: str | None, names: list[str]) -> str | None:
    """X方案综合目标分解 under 关于印发X方案的通知 -> X方案; 甲市政府X方案综合目标分解 -> 甲市政府X方案 (the heading
    may put the issuing organ before the name the notice gives: the heading as written keeps it)."""
    if not title:
        return title
    key = squeeze(title)
    for name in names:
        wanted = squeeze(strip_status(name)).strip("《》")
        at = key.find(wanted) if len(wanted) >= 6 else -1
        organ = key[:at] if at > 0 else ""
        if organ and not is_issuer_line(organ):
            continue
        tail = key[len(organ) + len(wanted) :]
        if (
            len(wanted) >= 6
            and at >= 0
            and ends_with_doc_type(wanted)
            and _LABEL_RE.fullmatch(tail)
            and not tail.startswith("的")
            and (not ends_with_doc_type(tail) or tail.endswith(tuple(titles_data()["section_label_ends"])))
        ):
            return organ + wanted
    return title

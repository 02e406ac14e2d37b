"""Which version of a policy a document is (稿次), as the document itself says it.

A draft says its status (征求意见稿, 修订稿, 送审稿 …: ``Document.status``). A law or regulation as
published says it in the lines under its title: one line per step, the last one the version at hand
(``2024年6月28日 第十四届全国人民代表大会常务委员会第十次会议《关于修改…的决定》第三次修正``). The label is
the status, else that last step shortened to its date and what happened (``2024年6月28日 第三次修正``).

    >>> version_date_step("2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议《关于修改…的决定》第二次修正")
    ('2017年11月4日', '第二次修正')
"""

from __future__ import annotations

import re
from datetime import date

from parsers.model import Document

_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# what a step of a law's history did, last mention on its line wins
_STEP = re.compile(r"(第[一二三四五六七八九十]+次(?:修正|修订)|修正|修订|通过|公布|发布|施行)")
_HEAD_LINES = 12  # a law's history sits in the first lines under its title


def version_date_step(line: str) -> tuple[str, str] | None:
    """(date as written, step) of one history line, or None when the line is not one."""
    found = _DATE.match(line.strip().lstrip("（("))
    if not found:
        return None
    steps = _STEP.findall(line)
    return found.group(0), steps[-1] if steps else ""


def _history_lines(doc: Document) -> list[str]:
    """The lines between the title and the first numbered unit."""
    lines = []
    for node in doc.nodes:
        if node.kind in {"title", "notice"}:
            continue
        if node.kind != "preamble":
            break
        lines.extend(line for line in node.text.splitlines() if line.strip())
    return lines[:_HEAD_LINES]


def version_label(doc: Document) -> str | None:
    """The document's 稿次: its status, else the last step of its history (date and what happened)."""
    if doc.status:
        return doc.status
    steps = [step for line in _history_lines(doc) if (step := version_date_step(line))]
    if not steps:
        return None
    when, what = steps[-1]
    return f"{when} {what}".strip()


def version_date(doc: Document) -> date | None:
    """The date of the version: published, else the date of the last step of its history."""
    if doc.published:
        return doc.published.date()
    steps = [step for line in _history_lines(doc) if (step := version_date_step(line))]
    if not steps:
        return None
    match = _DATE.match(steps[-1][0])
    assert match is not None
    year, month, day = map(int, match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None

"""A news page's running head over its headline: the column's name, never the report's title.

A paper or a site files its reports under a column named for a document (政府工作报告, 规划计划 — the same words over
every article of the series) and prints the report's own headline under it: 政府工作报告 / 甲市代表团审议政府工作报告 /
本报讯（记者 张三）3月5日，…. The column's name ends with a kind of document, so the title rules read it as the title; but
it names no document of its own (no place, no year, no book marks, a few words) and the line under it is a headline
over a news report (its dateline, credit or the day it tells of). The headline is the page's title, as round 25's
convention titles a page that reports a document by its own headline.
"""

from __future__ import annotations

import re

from parsers.structure.headline import REPORT_LEAD_LINES, headline_line, over_news_report
from parsers.structure.lines import Line
from parsers.structure.titles import TitleGroup, ends_with_doc_type, squeeze

RUNNING_HEAD_MAX_CHARS = 8  # 政府工作报告, 规划计划: a column's name is a few words
HEAD_SCAN = 6  # the running head is among the page's first lines
_PARTICULAR_RE = re.compile(
    r"[0-9０-９〇一二三四五六七八九十]{2,}|[《〈<]|[省市县区州旗镇乡]"
)  # a year, a name, a place


def headline_under_running_head(title: str | None, lines: list[Line]) -> str | None:
    """The headline printed under ``title`` when ``title`` is a column's name over a news report, else None."""
    if not title:
        return None
    key = squeeze(title)
    shown = [
        (k, line) for k, line in enumerate(lines[: HEAD_SCAN + REPORT_LEAD_LINES]) if line.content.strip()
    ]
    for n, (_k, line) in enumerate(shown[:HEAD_SCAN]):
        head = squeeze(line.content)
        if not key.startswith(head) or not _column_name(head) or n + 1 >= len(shown):
            continue
        j, under = shown[n + 1]
        headline = squeeze(under.content)
        if key not in (head, head + headline) or not headline_line(under):
            return None
        group = TitleGroup(first=j, count=1, status_line=False, text=headline, strong=False)
        return under.content.strip() if over_news_report(group, lines) else None
    return None


def _column_name(head: str) -> bool:
    """A few words ending with a kind of document and naming no particular one (no year, place or book marks)."""
    return (
        len(head) <= RUNNING_HEAD_MAX_CHARS
        and ends_with_doc_type(head)
        and _PARTICULAR_RE.search(head) is None
    )

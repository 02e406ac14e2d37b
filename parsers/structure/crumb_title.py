"""A breadcrumb that ends with the page's headline: 甲网>关于…的通知, 当前位置：首页 > 栏目 > 甲市关于X的通知.

A site's path to a page names its columns, short words that name no document (首页 > 政务公开 > 政策文件), and often
the page itself as its last step. furniture.toml's breadcrumb marker takes the whole line as the site's, which is right
for the columns; but a page stored without its headline line gives its title only there. So, for a text with no title
read otherwise, a path's last step that reads as a headline is the title's line. A column may name a kind of document
(专项规划, 重大决策草案解读, 政府信息公开目录), so the step must read as a headline does: 关于…, or X的 + its kind.
"""

from __future__ import annotations

import re

from parsers.structure.furniture_rules import furniture_data
from parsers.structure.lines import Line, squeeze
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.titles import ends_with_doc_type

# the label a site puts before its path (当前位置：, 您的位置:), furniture.toml's position_label
_LEAD_RE = re.compile(rf"^\s*(?:{furniture_data()['web']['position_label']}\s*[:：]?\s*)?")
# one step of the path to the next: >, >>, », ›, →, ＞
_STEP_RE = re.compile(r"\s*(?:>{1,2}|»|›|→|＞{1,2})\s*")
CRUMB_MAX_CHARS = 16  # a column's or a site's name, as furniture.toml's breadcrumb marker reads a crumb
HEADLINE_MIN_CHARS = 8  # a column may name a kind of document (通知公告, 立法征求意见): a headline is longer
CRUMB_LINE_MAX_CHARS = 160  # a longer line is a paragraph, no path (web_chrome's WEB_LINE_MAX_CHARS)
HEAD_LINES = 40  # a page's path stands over its text, among its first lines
# what no crumb holds: a cited name's or a period's brackets, a sentence's end (the path of a title broken at a
# bracket, …(2021-2023年)>的实施方案》, is no path)
_NOT_CRUMB_RE = re.compile(r"[《》<()（）。；！？，,]")
# what no headline holds: a sentence's end, a list's comma, another step's mark
_NOT_HEADLINE_RE = re.compile(r"[。；！？，,<>»›→＞]")
# a headline names its subject as a title does: 关于…, or …的 + a kind (X的通知); a column does neither
_HEADLINE_FORM_RE = re.compile(r"关于|的[\u4e00-\u9fff]{1,6}$")


def crumb_headline(content: str) -> str | None:
    """首页 > 通知公告 > 关于开展消防检查的通知 -> 关于开展消防检查的通知; None when the line is no path, or its last
    step is a column (首页 > 政务公开 > 政策文件) or a sentence."""
    if len(content) > CRUMB_LINE_MAX_CHARS:
        return None
    path = content[_LEAD_RE.match(content).end() :].strip()
    steps = _STEP_RE.split(path)
    if len(steps) < 2:
        return None
    *crumbs, last = steps
    if any(not c or len(c) > CRUMB_MAX_CHARS or _NOT_CRUMB_RE.search(c) for c in crumbs):
        return None
    last = last.strip()
    if (
        len(squeeze(last)) < HEADLINE_MIN_CHARS
        or last.startswith("的")
        or _NOT_HEADLINE_RE.search(last)
        or SENTENCE_MARK_RE.search(last)
        or not _HEADLINE_FORM_RE.search(squeeze(last))
    ):
        return None
    return last if ends_with_doc_type(last) else None


def crumb_title(paragraphs: list[Line]) -> str | None:
    """The headline the first path over the text ends with (首页 > 栏目 > X的通知), if any."""
    for line in paragraphs[:HEAD_LINES]:
        if (headline := crumb_headline(line.content.strip())) is not None:
            return headline
    return None

"""A site's tag set before a whole title on its line: 【专题】甲镇X预案 -> 甲镇X预案, 甲网:乙市X办法 -> 乙市X办法.

A page may put its own word in front of the document's title: a column's or a channel's tag in lenticular or corner
brackets (【预案】, 「公告」), or the site's name and a colon — the name its own source line gives (甲网:乙市X办法
over 来源:甲网), or a file name's year before the title in book marks (2031《甲省X预案》); question marks a copy put
for characters it lost (????2.甲县X方案) and a day of posting in figures (2031-03-12 甲市X办法) are dropped too. The
words after the tag are a whole title by themselves (they end with a kind of document), so the tag is no part of the
name: a title never opens with a bracketed word, and a body at a title's head is followed by 关于 or the name, never by
a colon. A colon after words no source line names is left alone (a news headline may open 甲省: …). A site's bar of
column links over the title line (走进甲市 本地要闻 / 甲市X办法), read as the title's first line, is dropped too when
the line under it is a whole title that opens with its place: the bar is short runs set off by spaces, which no
wrapped title's first line is.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.structure.fold import LOST_MARKS
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    TITLE_MIN_CHARS,
    ends_with_doc_type,
    open_quote,
    opens_with_place,
    squeeze,
)

SOURCE_LINES = 12  # the page's source line stands among its first lines, with the title
_BRACKET_TAG_RE = re.compile(r"^\s*[【「〖](?P<tag>[^【】「」〖〗]{1,10})[】」〗]\s*(?P<rest>\S.*)$")
# a day of posting in figures (2031-03-12, 2031/3/12, 2031.03.12) before a title: a list's or a site's, a title never
# opens with one (a title's own year is written 2031年)
_POSTED_DAY_RE = re.compile(r"^\s*(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}\s*")
# question marks a copy put for characters it lost (spaces, a bullet), then a list's number: never a title's words
# (more than fold reads as an indentation: a title line kept them)
_LOST_MARKS_RE = re.compile(rf"^\s*[{LOST_MARKS}]{{2,}}\s*(?:\d{{1,2}}\s*[.．、]\s*)?")
# a year, then the whole title in book marks: a file name's form (2031《甲省X预案》.doc), the year the site's
_YEAR_QUOTED_RE = re.compile(r"(?:19|20)\d{2}年?\s*《(?P<rest>[^《》]+)》")
# a news site's short name, the headline and the day of posting in figures, run together on one line (丙丁网X镇建成Y
# 2032-09-14): the name alone may be a headline's first word (电网, 互联网), the day alone a dated title; both together are
# a page's head copied without its separators (a headline opening 互联网… glued to its day would be cut too: none known)
_SITE_HEADLINE_DAY_RE = re.compile(
    rf"^\s*(?P<site>[^\s\d，。：:、《》（）()]{{2,6}}?(?:{'|'.join(map(re.escape, titles_data()['glued_site_ends']))}))"
    r"(?P<rest>[^\s\d，。：:].{5,58}?)\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*$"
)
# a bar of a site's column links: two to four runs of 2–6 Han characters set off by spaces (走进甲市 本地要闻)
_LINK_BAR_RE = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:[{LINE_SPACES}]+[\u4e00-\u9fff]{{2,6}}){{1,3}}")
_COLON_TAG_RE = re.compile(r"^\s*(?P<tag>[^:：《》（）()【】]{2,16})[:：]\s*(?P<rest>\S.*)$")


def _whole_title(rest: str) -> bool:
    key = squeeze(rest)
    return len(key) >= TITLE_MIN_CHARS and ends_with_doc_type(key) and not open_quote(key)


def _source_names(paragraphs: list[Line]) -> set[str]:
    """The names the page's source lines give (来源:甲网 发布时间:… -> 甲网)."""
    labels = "|".join(re.escape(label) for label in titles_data()["source_credit_labels"])
    source = re.compile(rf"(?:{labels})\s*[:：]\s*(?P<name>[^\s:：|｜]{{2,16}})")
    return {m.group("name") for line in paragraphs[:SOURCE_LINES] for m in source.finditer(line.content)}


def drop_leading_tag(title: str | None, paragraphs: list[Line]) -> str | None:
    """``title`` without a site's tag before it: a bracketed tag, or the source's name and a colon."""
    if not title:
        return title
    under_bar = _under_link_bar(title, paragraphs)
    if under_bar is not None:
        return under_bar  # 走进甲市 本地要闻 / 甲市X办法: the site's links over the title line
    glued = _SITE_HEADLINE_DAY_RE.match(title)
    if glued is not None:
        return glued.group(
            "rest"
        ).strip()  # 丙丁网X镇建成Y2032-09-14: the site's name and the day are the page's
    posted = _POSTED_DAY_RE.match(title)
    if posted is not None and _whole_title(title[posted.end() :]):
        return title[posted.end() :]  # 2031-03-12 甲市X办法: a list's day of posting before the title
    lost = _LOST_MARKS_RE.match(title)
    if lost is not None and _whole_title(title[lost.end() :]):
        return title[lost.end() :]  # ????2.甲县X方案: a copy's lost characters and a list's number
    year = _YEAR_QUOTED_RE.fullmatch(title.strip())
    if year is not None and _whole_title(year.group("rest")):
        return year.group("rest")  # 2031《甲省X预案》: a file name's year before the title in book marks
    bracket = _BRACKET_TAG_RE.match(title)
    if bracket is not None and _whole_title(bracket.group("rest")):
        return bracket.group("rest")
    colon = _COLON_TAG_RE.match(title)
    if (
        colon is not None
        and _whole_title(colon.group("rest"))
        and squeeze(colon.group("tag")) in {squeeze(name) for name in _source_names(paragraphs)}
    ):
        return colon.group("rest")
    return title


def _under_link_bar(title: str, paragraphs: list[Line]) -> str | None:
    """The title line under a bar of column links that ``title`` joined to it (the module's docstring)."""
    key = squeeze(title)
    for line, under in zip(paragraphs, paragraphs[1:SOURCE_LINES], strict=False):
        below = under.content.strip()
        if (
            _LINK_BAR_RE.fullmatch(line.content.strip()) is not None
            and key == squeeze(line.content + below)
            and _whole_title(below)
            and opens_with_place(squeeze(below))
            and not any(ends_with_doc_type(run) for run in line.content.split())
        ):
            return below
    return None

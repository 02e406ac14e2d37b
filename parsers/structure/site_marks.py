"""What a site glues to a document's title: its name and the count of the texts it collects (甲网(精选9篇)X制度),
the place or column it files the page under ((甲省)2031年X报告), a note between two copies of the title
(X办法全文X办法, or X办法X办法 with nothing between). One rule over one table, titles.toml ``site_marks`` and ``page_notes``: a mark is dropped only
when what remains names a kind of document and holds no stage (（草案）X is the draft's own)."""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import split_status
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import TITLE_MIN_CHARS, ends_with_doc_type

_NUMERAL_RE = re.compile(r"[\d０-９一二三四五六七八九十百零〇○]")


@cache
def _lead_re() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{mark})" for mark in titles_data()["site_marks"]) + r")\s*")


@cache
def _doubled_re() -> re.Pattern[str]:
    notes = "|".join(map(re.escape, sorted(titles_data()["page_notes"], key=len, reverse=True)))
    # (or nothing between the copies: a page that glued its label to the heading, X预案X预案)
    return re.compile(rf"^(?P<name>.{{{TITLE_MIN_CHARS},}}?)\s*(?:[（(]?(?:{notes})[）)]?)?\s*(?P=name)$")


@cache
def _site_first_re() -> re.Pattern[str]:
    ends = alternation(titles_data()["site_name_ends"])
    return re.compile(rf"^\s*[^-—–_|｜\s]{{1,16}}(?:{ends})\s*(?:--|[-—–_|｜])\s*")


def title_after_site(content: str) -> str | None:
    """甲县政府门户网站-甲县X实施意见 -> 甲县X实施意见: a browser's page title with the site's name first, when what
    follows the site's name names a kind of document; None otherwise (甲网--乙法律信息网 is a masthead)."""
    site = _site_first_re().match(content)
    if site is None:
        return None
    rest = content[site.end() :].strip()
    return rest if len(rest) >= TITLE_MIN_CHARS and ends_with_doc_type(rest) else None


def drop_site_marks(title: str) -> str:
    """甲市人民政府网(精选9篇)工作制度 -> 工作制度, (甲省)2031年X工作报告 -> 2031年X工作报告, X办法全文X办法 -> X办法."""
    doubled = _doubled_re().match(title)
    if doubled is not None and ends_with_doc_type(doubled.group("name")):
        return doubled.group("name")
    after_site = title_after_site(title)
    if after_site is not None:
        return after_site
    mark = _lead_re().match(title)
    if mark is None or mark.end() == len(title):
        return title
    marked, rest = mark.group(0), title[mark.end() :]
    if "篇" not in marked and (_NUMERAL_RE.search(marked) or split_status(marked)[1] is not None):
        return title  # （2031年）, （草案）: a period or a stage of the document's own
    return rest if len(rest) >= 2 and ends_with_doc_type(rest) else title

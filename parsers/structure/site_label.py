"""A site's label in brackets after a title: 甲省河道管理规定(最新版本全文) -> 甲省河道管理规定.

A title ends with its kind of document (规定, 办法, 方案 …). What a bracket after that word may add to the title
is a period or an edition (（2024—2026年）, （2020年修订）: numbers), or a stage (（试行）, （征求意见稿）, （修订）: set
apart as the status before this runs). A bracket with neither, the site's word on the page (its full text, its
newest version), is no part of the title. Read by its form: no numeral, no status word, after a kind of document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.patterns import alternation
from parsers.status import status_words, strip_status
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type

_TRAILING_BRACKET_RE = re.compile(r"\s*[（(](?P<inside>[^（()）]{1,10})[）)]\s*$")
_NUMERAL_RE = re.compile(r"[\d０-９一二三四五六七八九十百零〇○两]")


@lru_cache(maxsize=1)
def _stage_words_re() -> re.Pattern[str]:
    words = status_words()
    every = sorted({*words.draft, *words.trial, *words.edition, *words.solicit, "稿"}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, every)))


def drop_site_label(title: str | None) -> str | None:
    """``title`` without a bracketed label that holds no numeral and no status word after its kind of document."""
    if not title:
        return title
    m = _TRAILING_BRACKET_RE.search(title)
    if m is None:
        return title
    inside = m.group("inside")
    if (
        _NUMERAL_RE.search(inside)
        or _stage_words_re().search(inside)
        or not ends_with_doc_type(title[: m.start()])
    ):
        return title
    return title[: m.start()]


@lru_cache(maxsize=1)
def _announced_re() -> re.Pattern[str]:
    verbs = alternation(titles_data()["announcing_words"] + titles_data()["effect_words"])
    # 《X》, then when (3月15日起, 今起, 即日起), then what happened: the whole line a news headline
    return re.compile(
        rf"^\s*《(?P<name>[^《》]+)》\s*(?:\d{{1,2}}月\d{{1,2}}日起|今日起|今起|明起|即日起)?\s*(?:{verbs})\s*$"
    )


def announced_name(title: str | None) -> str | None:
    """《甲市古树保护条例》3月1日起施行 -> 甲市古树保护条例: a news headline that quotes one document whole and says
    what happened to it (issued, published, in force) names that document; None for any other line."""
    if not title or "》" not in title:
        return None
    m = _announced_re().match(title)
    if m is None or not ends_with_doc_type(strip_status(m.group("name"))):
        return None
    return m.group("name")

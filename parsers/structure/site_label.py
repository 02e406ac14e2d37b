"""A site's label in brackets after a title: 甲省河道管理规定(最新版本全文) -> 甲省河道管理规定.

A title ends with its kind of document (规定, 办法, 方案 …). What a bracket after that word may add to the title
is a period or an edition (（2024—2026年）, （2020年修订）: numbers), or a stage (（试行）, （征求意见稿）, （修订）: set
apart as the status before this runs). A bracket with neither, the site's word on the page (its full text, its
newest version), is no part of the title. Read by its form: no numeral, no status word, after a kind of document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from parsers.model import Node
from parsers.patterns import alternation
from parsers.status import status_words, strip_status
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type, squeeze

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


def headline_name(title: str | None) -> str | None:
    """《甲市古树保护条例》3月1日起施行 -> 甲市古树保护条例: the one document a news headline quotes whole and says what
    happened to (issued, published, in force); None for any other line."""
    if not title or "》" not in title:
        return None
    m = _announced_re().match(title)
    if m is None or not ends_with_doc_type(strip_status(m.group("name"))):
        return None
    return m.group("name")


def announced_name(title: str | None, nodes: Iterable[Node], lines: Iterable[Line]) -> str | None:
    """The document a news headline quotes (``headline_name``) when the page carries its text (a reprint): it is
    titled by that name. A page that only reports it keeps its headline (round-25 convention): None."""
    name = headline_name(title)
    return name if name is not None and _carries_text(name, nodes, lines) else None


# what a document's text is made of, as the structure reads it; a page's notice, signature or attachment is not it
_TEXT_UNITS = frozenset({"chapter", "article", "action", "measure", "outline"})
_OUTSIDE_TEXT = frozenset({"notice", "signature", "attachment"})


def _carries_text(name: str, nodes: Iterable[Node], lines: Iterable[Line]) -> bool:
    """The document's text follows the headline: units the structure read (第X条, 一、, （一）, chapters, a decimal
    outline), or the document's own heading on a line of its own below (a reprint's text before its first unit)."""
    stack = [node for node in nodes if node.kind not in _OUTSIDE_TEXT]
    while stack:
        node = stack.pop()
        if node.kind in _TEXT_UNITS:
            return True
        stack.extend(child for child in node.children if child.kind not in _OUTSIDE_TEXT)
    heading = {squeeze(name), squeeze(strip_status(name))}
    return any(squeeze(line.content) in heading for line in lines)

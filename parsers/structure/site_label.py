"""A site's label in brackets after a title: 甲省河道管理规定(最新版本全文) -> 甲省河道管理规定.

A title ends with its kind of document (规定, 办法, 方案 …). What a bracket after that word may add to the title
is a period or an edition (（2024—2026年）, （2020年修订）: numbers; (修编), (内容摘要): an edition or a part named in
words), or a stage (（试行）, （征求意见稿）, （修订）: set apart as the status before this runs). A bracket with none
of these, the site's word on the page (its full text, its newest version), is no part of the title. Read by its form:
no numeral, no status word, no edition's or part's word, after a kind of document, and a word of the site's own
(全文, 最新版本, a placeholder for the date, a call for comments): other words in that bracket ((示范文本)) are kept.
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
from parsers.structure.titles import ends_with_doc_type, rules, squeeze

_TRAILING_BRACKET_RE = re.compile(r"\s*[（(](?P<inside>[^（()）]{1,10})[）)]\s*$")
_NUMERAL_RE = re.compile(r"[\d０-９一二三四五六七八九十百零〇○两]")
# (—年), (-年): a period whose years a copy lost (as it loses them in 截止日期为年11月24日), still the title's
_LOST_PERIOD_RE = re.compile(titles_data()["lost_period_pattern"])
# what a site puts in the bracket (its full text, a placeholder for the date, a call for comments): closed, so that an
# unknown word in a bracket stays the title's
_SITE_LABEL_RE = re.compile(titles_data()["site_label_pattern"])


@lru_cache(maxsize=1)
def _edition_part_words() -> tuple[str, ...]:
    return tuple(titles_data()["edition_part_words"])


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
        or _LOST_PERIOD_RE.match(inside)
        or _stage_words_re().search(inside)
        or any(word in inside for word in _edition_part_words())
        or not _SITE_LABEL_RE.search(inside)
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


@lru_cache(maxsize=1)
def _unquoted_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(titles_data()["announcing_words"])
    # 甲省关于X的意见正式发布: the name, then the news' verb; 省政府出台关于X的意见: who acted, the verb, the name
    after = re.compile(rf"^\s*(?P<name>[^《》\s]{{4,}}?)\s*(?:{verbs})\s*$")
    before = re.compile(rf"^\s*(?P<organ>[^《》\s]{{2,12}}?)(?:{verbs})(?P<name>关于[^《》\s]{{4,}})\s*$")
    return after, before


def _unquoted_name(title: str | None) -> str | None:
    """The document a news headline names without book marks, with what happened to it (X的意见正式发布,
    省政府出台关于X的意见): the name when it ends with its kind of document."""
    if not title:
        return None
    after, before = _unquoted_res()
    m = after.match(title)
    if m is None:
        m = before.match(title)
        if m is None or not rules().issuer_part.fullmatch(m.group("organ")):
            return None
    name = m.group("name")
    return name if ends_with_doc_type(strip_status(name)) else None


def announced_name(title: str | None, nodes: Iterable[Node], lines: Iterable[Line]) -> str | None:
    """The document a news headline quotes (``headline_name``), or names without book marks (``_unquoted_name``),
    when the page carries its text (a reprint): it is titled by that name. A page that only reports it keeps its
    headline (round-25 convention): None."""
    nodes, lines = list(nodes), list(lines)
    name = headline_name(title)
    if name is None and (name := _unquoted_name(title)) is not None and _reported_over_text(nodes, lines):
        return None
    return name if name is not None and _carries_text(name, nodes, lines) else None


_HANDOVER_END_RE = re.compile(
    rf"(?:{alternation(titles_data()['handover_end_words'])})\s*[:：]?\s*$"
)  # 意见主要内容如下：, 全文如下: the text handed over
_NEWS_LEADS = tuple(titles_data()["news_name_leads"])


def _reported_over_text(nodes: list[Node], lines: list[Line]) -> bool:
    """A news lead (近日，甲局印发通知…) stands over the units with no line handing the text over (…主要内容如下：):
    the page reports the document and lists from it (a headline naming it without book marks keeps its words)."""
    units = [node.char_start for node in _walk(nodes) if node.kind in _TEXT_UNITS]
    if not units:
        return False
    before = [line.content for line in lines if line.content_start < min(units)]
    return any(content.startswith(_NEWS_LEADS) for content in before) and not any(
        _HANDOVER_END_RE.search(content) for content in before
    )


def _walk(nodes: Iterable[Node]) -> Iterable[Node]:
    stack = [node for node in nodes if node.kind not in _OUTSIDE_TEXT]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in node.children if child.kind not in _OUTSIDE_TEXT)


# what a document's text is made of, as the structure reads it; a page's notice, signature or attachment is not it
_TEXT_UNITS = frozenset({"chapter", "article", "action", "measure", "outline"})
_OUTSIDE_TEXT = frozenset({"notice", "signature", "attachment"})


def _carries_text(name: str, nodes: Iterable[Node], lines: Iterable[Line]) -> bool:
    """The document's text follows the headline: units the structure read (第X条, 一、, （一）, chapters, a decimal
    outline), or the document's own heading on a line of its own below (a reprint's text before its first unit)."""
    if any(node.kind in _TEXT_UNITS for node in _walk(nodes)):
        return True
    heading = {squeeze(name), squeeze(strip_status(name))}
    return any(squeeze(line.content) in heading for line in lines)

"""The heading right over the articles is the text's own; a title right above it naming another document is the page's.

A law database's page gives a headline (``甲省农业投资条例``, its list's entry or a neighbour's) and then the
text's own heading (``A. 甲省渔业管理条例``) right over ``第一条``: two titles of one kind, one over the other, naming
different documents. The one the articles follow is the document's. A title that holds the other (``关于公布《X条例》
的公告`` over ``X条例``) is a covering title, and a heading not followed by an article is read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.structure.lines import Line
from parsers.structure.titles import TitleGroup, rules, squeeze

# the first article or chapter: 第一条, 第一章
_FIRST_ARTICLE_RE = re.compile(r"^\s*第[一1１]\s*[条章]")
# a list's label before a heading: A. / B、 / a)
_LIST_LABEL_RE = re.compile(r"^\s*[A-Za-z][.．、)）]\s*")


def _kind(title: str) -> str | None:
    found = list(rules().doc_type.finditer(squeeze(title)))
    return found[-1].group(0) if found else None


def own_heading_first(groups: list[TitleGroup], lines: list[Line]) -> list[TitleGroup]:
    """The last of two adjacent titles of one kind, naming different documents, that stands right over the first
    article, ranked first (its list label dropped)."""
    if len(groups) < 2:
        return groups
    upper, own = groups[-2], groups[-1]
    under = own.first + own.n_lines
    if not (upper.strong and own.strong and upper.first + upper.n_lines == own.first and under < len(lines)):
        return groups
    a, b = squeeze(upper.text), squeeze(_LIST_LABEL_RE.sub("", own.text))
    # 《X条例（草案）》 / X条例（草案）第一章总则第一条…: the name given again, run into the articles, is the text's
    below = squeeze(lines[under].content)
    named_again = below.startswith(b) and _FIRST_ARTICLE_RE.match(below[len(b) :]) is not None
    if not named_again and not _FIRST_ARTICLE_RE.match(lines[under].content):
        return groups
    if a in b or b in a or (_kind(a) != _kind(b) and not named_again):
        return groups
    return [replace(own, text=_LIST_LABEL_RE.sub("", own.text)), *groups[:-1]]


_QUOTED_RE = re.compile(r"《([^《》]{4,80})》")
_BRACKETS_RE = re.compile(r"[（(][^（()）]*[）)]")


def _cited_name(title: str) -> str | None:
    """The name a title acts on without issuing it (关于贯彻实施《X》的决定 → X, its bracketed years dropped)."""
    quoted = _QUOTED_RE.search(title)
    if quoted is None:
        return None
    before = title[: quoted.start()]
    if rules().issuing_verb.search(before) or not rules().citing_before.search(before):
        return None  # 关于印发《X》的通知 issues X: the covering notice's reading, not this one
    return _BRACKETS_RE.sub("", squeeze(quoted.group(1)))


def names_cited(headline: str, title: str) -> bool:
    """``headline`` only names what ``title`` acts on (a page's headline about X over 关于贯彻实施《X》的决定)."""
    name = _cited_name(squeeze(title))
    return name is not None and "《" not in headline and name in _BRACKETS_RE.sub("", squeeze(headline))


def citing_title_first(groups: list[TitleGroup]) -> list[TitleGroup]:
    """A head title that acts on a name (关于贯彻实施《X》的决定) outranks a title above it that only names X (a
    page's headline about X, mangled or not): the text is the one acting on X."""
    for k, group in enumerate(groups):
        if k and group.strong and all(names_cited(g.text, group.text) for g in groups[:k]):
            return [group, *groups[:k], *groups[k + 1 :]]
    return groups

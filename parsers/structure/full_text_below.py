"""A news page over the document's full text: the page's headline names no kind of document (西安将新建5个水果主题
公园), a line of its preface hands the full text over (以下为意见全文：, 《意见》全文如下——, 原文如下：), and the
line under that is the document's own title (甲市人民政府办公厅关于X的意见). The text is then that document: its
title line is the title, not the headline.

Only a title line of one document is taken: one that names a kind of document, with no sentence in it; a covering
notice there (关于印发《X》的通知) is left to the rules that read covering notices.

Without a handover line, the document's title line is known by two signals together: a sentence of the preface quotes
it (甲市人民政府办公室11月25日印发《X》, 《X（征求意见稿）》公开征求意见), and its body starts right under it (一、总则,
1 总则, 目录, 各区人民政府：). A news page that only reports the document (its headline quoting it, no text of it
after) has no such line.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation as words
from parsers.status import split_status, strip_status
from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line, squeeze
from parsers.structure.markers import match_marker
from parsers.structure.outline import decimal_label
from parsers.structure.title_labels import names_title_part, titles_data
from parsers.structure.titles import ADDRESSEE_RE, TITLE_MAX_CHARS, clean_title, ends_with_doc_type, rules

# 以下为意见全文：, 《意见》全文如下——, 原文如下：, 现将全文刊发如下: the preface's last line hands the text over
# (titles.toml handed_over_texts, printing_verbs)
_FULL_TEXT = "(?:" + words(titles_data()["handed_over_texts"]) + ")"
_HANDOVER_RE = re.compile(
    rf"(?:{_FULL_TEXT}(?:{words(titles_data()['printing_verbs'])})?如下|以下(?:为|是)[^，,。；]{{0,12}}{_FULL_TEXT})"
    r"\s*[。:：—\-－]*\s*$"
)
HANDOVER_MAX_CHARS = 120  # a line of the preface, not a paragraph of the text that mentions its full text
_SENTENCE_RE = re.compile(r"[，,。；;！!？?]")


def title_below_handover(paragraphs: list[Line], head_lines: int) -> tuple[str, str | None] | None:
    """(title, status) of the title line under the first handover line among the first ``head_lines``, or None."""
    prose = [line for line in paragraphs[:head_lines] if not line.is_furniture and line.content.strip()]
    for k, line in enumerate(prose[:-1]):
        content = line.content.strip()
        if len(content) > HANDOVER_MAX_CHARS or _HANDOVER_RE.search(content) is None:
            continue
        below = squeeze(prose[k + 1].content)
        title, status = split_status(clean_title(below))
        if (
            not title
            or len(title) > TITLE_MAX_CHARS
            or _SENTENCE_RE.search(title)
            or not ends_with_doc_type(title)
            or rules().issuing_verb.search(title)
        ):
            return None
        return title, status
    return None


def quoted_title_below(paragraphs: list[Line], text: str, head_lines: int) -> tuple[str, str | None] | None:
    """(title, status) of the document's own title line under a news preface that quotes it (…印发《X》，… / X /
    一、总则): a line alone that is a name a sentence above quotes, its body's first part (or contents, or
    addressee) right under it (a status line between them, （征求意见稿）, gives the status)."""
    prose = [line for line in paragraphs[:head_lines] if not line.is_furniture and line.content.strip()]
    quoted: set[str] = set()
    for k, line in enumerate(prose):
        content = line.content.strip()
        if quoted:
            title, status = split_status(clean_title(squeeze(content)))
            if (
                title in quoted
                and ends_with_doc_type(title)
                and not _SENTENCE_RE.search(title)
                and (below := _body_under(prose, k, text)) is not None
            ):
                return title, status or below
        if _SENTENCE_RE.search(content):  # a sentence of the preface
            quoted |= {squeeze(strip_status(m.group(0)[1:-1])) for m in QUOTED_RE.finditer(content)}
            quoted = {name for name in quoted if ends_with_doc_type(name)}
            if len(quoted) > 1:
                return None  # 印发《X》和《Y》, a plan listing drafts: several documents, none the text alone
    return None


def _body_under(prose: list[Line], k: int, text: str) -> str | None:
    """The body starts under line ``k`` (after a status line): "" or the status line's status; None if not."""
    status = ""
    nxt = k + 1
    if nxt < len(prose) and names_title_part(prose[nxt].content):
        status = split_status("X" + squeeze(prose[nxt].content))[1] or ""
        nxt += 1
    if nxt >= len(prose):
        return None
    under = prose[nxt]
    key = squeeze(under.content)
    if (
        key in _CONTENTS
        or ADDRESSEE_RE.match(key)
        or match_marker(under, text) is not None
        or decimal_label(under.content.strip()) is not None  # 1 总则
    ):
        return status
    return None


_CONTENTS = tuple(titles_data()["contents_words"])

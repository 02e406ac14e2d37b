"""A regulation's first chapter glued to the end of the line before it (round 25).

Copies of regulations that lost their line breaks run the first chapter heading on from whatever stood over it:
the date of the order (``…二○○二年十二月十九日郑州市…办法第一章总则第一条为…``), the note of adoption
(``…常务委员会第三十二次会议批准)第一章总则``), the title and its status (``…条例(修订草案征求意见稿)第一章总则
第一条…``). The line opens with no heading, so the chapter and its first article are lost to the body.

The line is cut where the chapter begins, and again where its first article begins, once the title has been
read: the lines the title readers see stay as the page gives them. Only the first chapter with a heading of its
own and the first article right after it (or opening the next line) is taken: a reference in a sentence
(依照本条例第一章的规定, 第一章第一条规定的) has no heading between the two or no article after it, and a
line that already carries other chapters or articles before it (a snippet stitched from pieces of the text) is
no head line over the text.

The first article alone is cut the same way (round 27) where it is glued on after a comma, a dot, a 、 or a space
an anti-copy filter put there (``X办法,第一条,为了…``, ``第一章,总.则,第一条``), or right after the name when the line
up to it is that name (``甲市养犬管理规定第一条为了…``); a line further on that opens with 第一条 makes the glued one a
page's summary (``split_glued_chapters``).
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.structure.lines import Line
from parsers.structure.markers import REFERENCE_WORDS
from parsers.structure.title_labels import titles_data

# 第一章 + its heading (a few characters, no sentence punctuation, no other label) + the first article or the end
_FIRST_CHAPTER_RE = re.compile(
    rf"第\s*[一1]\s*章[{LINE_SPACES}]*(?P<heading>[^\s。，；：、,;:（）()《》“”第]{{1,12}}(?:[{LINE_SPACES}]+[^\s。，；：、,;:（）()《》“”第]{{1,6}})*)"
    rf"[{LINE_SPACES}]*(?P<article>第\s*[一1]\s*条|$)"
)
_FIRST_ARTICLE_RE = re.compile(r"第\s*[一1]\s*条")
# Scrambled punctuation (an anti-copy filter, OCR) before an article: a comma, a dot, a 、, a dash or a space where a
# full stop or a line break stood (…的规定,第三条. …). Book marks, brackets and a double dash are not among these:
# 《条例》第六条, （第六条） and a summary's 贷款贴息按季拨付——第四章第十二条 are references.
LOOSE_BEFORE = r"(?:(?<=[，,.．、：:；;!！?？【】\s])|(?<=—)(?<!——))"
# After the label, what makes it a reference: 第三条规定的, 第三条至第五条, 第三条、第四条的, （第三条）
REFERENCE_AFTER = rf"(?!\s*(?:{'|'.join(REFERENCE_WORDS)}|[、，,]\s*第|[）)」”]))"
_GLUED_FIRST_CHAPTER = r"(?P<chapter>第\s*一\s*章[^。\n第]{0,20})?"
_GLUED_FIRST_ARTICLE_RE = re.compile(
    rf"{LOOSE_BEFORE}{_GLUED_FIRST_CHAPTER}(?P<article>第\s*一\s*条){REFERENCE_AFTER}"
)
# right after the name, the line up to it being that name: no sentence before it (这个条例第一条就明确了…, 本条例第一条)
_AFTER_NAME_FIRST_ARTICLE_RE = re.compile(
    rf"(?![{''.join(titles_data()['text_demonstratives'])}])[^。，,；;：:！？!?\s]{{4,60}}?(?<=[法例定])"
    rf"{_GLUED_FIRST_CHAPTER}(?P<article>第\s*一\s*条){REFERENCE_AFTER}"
)
_OPENING_FIRST_CHAPTER_RE = re.compile(r"第\s*[一1]\s*章")
# a cross-reference: the chapter is named in a sentence, not opened
_CITED_BEFORE = frozenset("本依照按据见在和及与、至")
_HEADING_LABEL = r"第\s*[一二三四五六七八九十百零〇\d]{1,5}\s*[章节条编篇]"
_OPENING_HEADING_RE = re.compile(_HEADING_LABEL)
_HEADING_LABEL_RE = re.compile(_HEADING_LABEL)


def _first_chapter(content: str, next_line: str | None) -> tuple[int, int | None] | None:
    """(where the glued first chapter begins, where its first article begins or None) in ``content``."""
    if "章" not in content:
        return None
    for m in _FIRST_CHAPTER_RE.finditer(content, 1):
        if content[m.start() - 1] in _CITED_BEFORE:
            continue
        if _HEADING_LABEL_RE.search(content, 0, m.start()):
            return None  # chapters or articles before it: a stitched snippet, not a head line over the text
        if m.group("article"):
            return m.start(), m.start("article")
        if next_line is not None and _FIRST_ARTICLE_RE.match(next_line):
            return m.start(), None
    return None


def _cut(line: Line, at: int) -> tuple[Line, Line]:
    first = Line(line.start, line.content_start + at, line.content_start, line.content[:at].rstrip())
    second = Line(line.content_start + at, line.end, line.content_start + at, line.content[at:])
    return first, second


def glued_first_article(content: str) -> tuple[int, int] | None:
    """(where the glued first article, or the first chapter over it, begins; where the article begins) in a line
    that opens with no heading and carries none before it, or None."""
    if "条" not in content or _OPENING_HEADING_RE.match(content):
        return None
    m = _GLUED_FIRST_ARTICLE_RE.search(content, 1) or _AFTER_NAME_FIRST_ARTICLE_RE.match(content)
    if m is None or _HEADING_LABEL_RE.search(
        content, 0, m.start("chapter") if m.group("chapter") else m.start("article")
    ):
        return None
    return (m.start("chapter") if m.group("chapter") else m.start("article")), m.start("article")


def carries_first_article(content: str) -> bool:
    """The line runs the first article on (glued to what stands before it, or under its first chapter's heading)."""
    if "条" not in content:
        return False
    if _OPENING_FIRST_CHAPTER_RE.match(content):
        return _GLUED_FIRST_ARTICLE_RE.search(content, 1) is not None
    if glued_first_article(content) is not None:
        return True
    found = _first_chapter(content, None) if "章" in content else None
    return found is not None and found[1] is not None


def opens_first_article(line: Line) -> bool:
    # (asked of every line of a body: a match opens with 第, a line that does not is passed over without a call)
    return line.content[:1] == "第" and _FIRST_ARTICLE_RE.match(line.content) is not None


def opens_first_chapter(line: Line) -> bool:
    """The line is the first chapter's own heading: a glued one before it is a page's summary of the text."""
    return line.content[:1] == "第" and _OPENING_FIRST_CHAPTER_RE.match(line.content) is not None


def split_glued_chapter(
    line: Line, next_line: Line | None, text: str, glued_article: bool = False
) -> list[Line] | None:
    """The pieces of a line (not a heading itself) that runs the first chapter on (``glued_article``: or the first
    article), or None.

    Only a line whose content stands in the text as it is (no wrapped lines joined into it) is cut, so the
    pieces' offsets hold."""
    content = line.content
    if "章" not in content and not (glued_article and "条" in content):
        return None  # (the common case, asked of every line of a body: no chapter to find, nor an article to look for)
    if (
        _OPENING_HEADING_RE.match(content)
        or text[line.content_start : line.content_start + len(content)] != content
    ):
        return None
    found = (
        _first_chapter(content, next_line.content if next_line is not None else None)
        if "章" in content
        else None
    )
    if found is None and glued_article:
        found = glued_first_article(content)
    if found is None or found[0] == 0:
        return None
    chapter_at, article_at = found
    head, rest = _cut(line, chapter_at)
    if article_at is None or article_at == chapter_at:
        return [head, rest]
    chapter, article = _cut(rest, article_at - chapter_at)
    return [head, chapter, article]

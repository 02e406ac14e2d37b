"""The body of a web page: furniture removed, the content container found, one line per block."""

from __future__ import annotations

import re

from lxml import etree

from parsers.ingest.html_tree import (
    FURNITURE_TAGS,
    SEMANTIC_FURNITURE_TAGS,
    all_text,
    attrs,
    is_content,
    remove,
    squash,
)
from parsers.ingest.sites import SITES

BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "dl", "dd", "dt", "tr", "td", "th", "table", "tbody", "thead", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "center", "pre", "hr",
    "address", "figure", "figcaption",
))  # fmt: skip

_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# Source line breaks between two CJK characters are layout, not text (browsers of Chinese pages show none).
_CJK_BREAK_RE = re.compile(f"(?<=[{_CJK}])[ \\t\\xa0]*[\\r\\n][\\s\\xa0]*(?=[{_CJK}])")
_INLINE_SPACE_RE = re.compile(r"[ \t\r\n\f\v\xa0\u200b\u2002-\u200a\u202f\u205f]+")

# Marks a block boundary while the text is assembled (libxml2 never yields NUL in text); newlines of the
# page source are only whitespace inside a line.
_BLOCK_BREAK = "\x00"
# a source line break before a paragraph's full-width indentation (\n　　（一）…) or before a heading indented
# with spaces (\n  一、…): the paragraphs of a law database's fragment, written without <p> or <br>. Spaces
# alone before prose are a pretty-printed source's, not a paragraph's.
_INDENTED_BREAK_RE = re.compile(
    r"[ \t\xa0]*[\r\n][\r\n]*(?=\u3000{2}|[ \xa0]{2,}(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|第[一二三四五六七八九十百零〇]+[章节条]))"
)
_CELL_BREAK = "\x01"  # between the cells of a one-line table row; a tab in the result


def drop_furniture(root: etree._Element) -> None:
    """Remove header/footer/aside, small forms, and elements whose class or id names furniture."""
    body = root.find("body")
    page_chars = len(squash(all_text(body if body is not None else root)))
    # Elements that hold a known content container are never furniture, whatever their class says.
    holds_content = {a for el in root.iter(etree.Element) if is_content(el) for a in el.iterancestors()}
    doomed = [
        el
        for el in root.iter(etree.Element)
        if el.tag in FURNITURE_TAGS
        or (el.tag not in ("html", "body") and SITES.furniture_attr.search(attrs(el)) and not is_content(el))
    ]
    removed: set[etree._Element] = set()
    for element in doomed:  # in page order, so an outer element is decided before the ones inside it
        if element in holds_content or any(a in removed for a in element.iterancestors()):
            continue
        # A wrapper named "main-position" that holds most of the page is layout, not furniture.
        if element.tag not in SEMANTIC_FURNITURE_TAGS and len(squash(all_text(element))) > page_chars // 2:
            continue
        removed.add(element)
    for element in removed:
        remove(element)


def find_content(root: etree._Element) -> etree._Element:
    """The element holding the document: a known container, else the innermost named wrapper around
    the densest block of prose, else that block, else the body."""
    body = root.find("body")
    body = body if body is not None else root
    for element in body.iter(etree.Element):
        if is_content(element) and len(squash(all_text(element))) >= 20:
            return element
    best = _densest_block(body)
    weak = [
        el
        for el in body.iter("div", "td", "article", "section", "main")
        if SITES.content_weak.search(attrs(el))
        and best is not None
        and (el is best or el in best.iterancestors())
    ]
    if weak:
        # The innermost named container around the densest block: it keeps sibling blocks of the body.
        return weak[-1]
    if best is not None and best.getparent() is body and _has_own_prose(body):
        return body  # a fragment: prose stands between its blocks (an addressee, a covering sentence)
    return best if best is not None else body


def _has_own_prose(element: etree._Element) -> bool:
    """Text of a sentence stands directly in ``element``, outside its child elements."""
    own = squash((element.text or "") + "".join(child.tail or "" for child in element))
    return len(own) >= 10 and any(mark in own for mark in "，。：")


def _densest_block(body: etree._Element) -> etree._Element | None:
    """The element whose paragraphs hold the most prose (readability, much simplified): each paragraph
    scores its length plus a bonus per Chinese comma/full stop for its parent, half of that for the grandparent."""
    scores: dict[etree._Element, int] = {}
    for block in body.iter("p", "br", "div", "td"):
        if block.tag == "p":
            own, holder = all_text(block), block.getparent()
        elif block.tag == "br":
            own, holder = block.tail or "", block.getparent()
        else:  # text directly inside a div/td, between its child elements
            own, holder = (block.text or "") + "".join(child.tail or "" for child in block), block
        own = squash(own)
        if len(own) < 10 or holder is None or (SITES.info_label.search(own) and "。" not in own):
            continue
        weight = len(own) + 5 * sum(own.count(mark) for mark in "，。；")
        scores[holder] = scores.get(holder, 0) + weight
        grandparent = holder.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + weight // 2
    if not scores:
        return None
    return max(scores, key=lambda el: scores[el])


def block_lines(container: etree._Element) -> list[str]:
    """One line per block (<p>, <div>, <br>, table cells ...), whitespace normalised inside a line,
    furniture lines (打印 关闭 分享 …, the 发布时间/来源 bar) left out."""
    parts: list[str] = []
    # Iterative walk (a hostile page may nest deeper than Python's recursion limit).
    stack: list[tuple[etree._Element, bool]] = [(container, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in BLOCK_TAGS
        if closing:
            if block:
                parts.append(_BLOCK_BREAK)
            if element is not container and element.tail:
                parts.append(element.tail)
            continue
        if tag == "tr" and _is_simple_row(element):
            cells = (_clean_line(all_text(cell)) for cell in element if cell.tag in ("td", "th"))
            parts.extend((_BLOCK_BREAK, _CELL_BREAK.join(cells), _BLOCK_BREAK))
            continue
        if block:
            parts.append(_BLOCK_BREAK)
        if element.text and tag != "br":
            parts.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    lines = []
    for raw in _INDENTED_BREAK_RE.sub(_BLOCK_BREAK, "".join(parts)).split(_BLOCK_BREAK):
        line = _clean_line(raw)
        if line.replace(_CELL_BREAK, ""):
            lines.append(line.replace(_CELL_BREAK, "\t"))
    return [line for line in lines if not _is_furniture_line(line)]


def _is_simple_row(row: etree._Element) -> bool:
    """A table row whose cells hold no blocks of their own: one line, cells separated by tabs, like a .docx row.
    Layout tables (cells full of paragraphs) keep one line per block."""
    return all(
        el.tag not in BLOCK_TAGS or el.tag in ("td", "th")
        for cell in row
        if cell.tag in ("td", "th")
        for el in cell.iter(etree.Element)
    )


def _clean_line(raw: str) -> str:
    raw = _CJK_BREAK_RE.sub("", raw)
    return _INLINE_SPACE_RE.sub(" ", raw).strip()


def _is_furniture_line(line: str) -> bool:
    if len(line) <= 40 and SITES.furniture_line.match(line):
        return True
    if len(line) > 120 or line.endswith("。"):
        return False
    return bool(SITES.info_line_start.match(line)) or len(SITES.info_label.findall(line)) >= 2

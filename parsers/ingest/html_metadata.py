"""A web page's metadata: the 标题/发文机关/发文字号/成文日期 table, the title, the 文号 and the date.

What the labels mean is site convention (parsers/data/sites.toml); this module finds them in
the tree, reads their values, and removes the table so that it stays out of the body.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from parsers.dates import CHINA_TZ
from parsers.ingest.html_tree import all_text, attrs, in_furniture, remove, squash, text_of
from parsers.ingest.result import one_line
from parsers.ingest.sites import SITES

# 国发〔2024〕12号, 昆科发[2024]3号, 粤府办〔2023〕5号 — a line that is only a document number.
DOC_NUMBER_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号$"
)
_DATE_RE = re.compile(
    r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_LABEL_TAGS = ("td", "th", "dt", "dd", "li", "span", "b", "strong", "label", "em", "p", "div")
_DATE_TAGS = ("span", "div", "p", "td", "li", "em", "font", "i", "small", "label")


def take_metadata(root: etree._Element) -> dict[str, str]:
    """Read the 标题/发文机关/发文字号/成文日期/发布日期 block and remove it from the page."""
    found: dict[str, str] = {}
    label_elements: list[etree._Element] = []
    for element in root.iter(*_LABEL_TAGS):
        own = squash(all_text(element))
        if not own or len(own) > 120:
            continue
        match = SITES.meta_label.match(own)
        if not match:
            continue
        if element.tag in ("div", "p", "li", "td", "th") and any(
            SITES.meta_label.match(squash(all_text(child))) for child in element
        ):
            continue  # the label sits in a child; read it there
        # A label stands alone or is followed by a colon ("标题党…" is text, not a label).
        label, rest = match.group(1), match.group(2) or ""
        rest = _after_colon(text_of(element)) if rest.strip("：:") else ""
        value = rest or _value_after(element)
        label_elements.append(element)
        field = SITES.meta_fields[label]
        if field and value and field not in found:
            found[field] = one_line(value).strip("：: ")
    if len(label_elements) >= 2:
        for container in _metadata_containers(label_elements):
            remove(container)
    return found


def _after_colon(text: str) -> str:
    """The original text (inner spaces kept) after the label's colon."""
    for index, char in enumerate(text):
        if char in "：:":
            return text[index + 1 :].strip()
    return ""


def _value_after(element: etree._Element) -> str:
    """The value next to a label: its tail, its next sibling, or its parent's next sibling (td label -> td value)."""
    current: etree._Element | None = element
    for _ in range(3):
        if current is None:
            break
        if current.tail and current.tail.strip():
            return one_line(current.tail)
        sibling = current.getnext()
        if sibling is not None:
            text = text_of(sibling)
            if SITES.meta_label.match(squash(text)):
                return ""  # an empty cell followed by the next label
            return text
        current = current.getparent()
    return ""


def _metadata_containers(labels: list[etree._Element]) -> list[etree._Element]:
    """The smallest table/list/div around each label that holds two labels or more; never a big block."""
    containers: list[etree._Element] = []
    label_set = set(labels)
    for label in labels:
        for ancestor in label.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            if ancestor.tag not in ("table", "ul", "ol", "dl", "div", "section"):
                continue
            inner = sum(1 for el in ancestor.iter() if el in label_set)
            if inner < 2:
                continue
            small = len(squash(all_text(ancestor))) <= 60 * inner + 400
            if small and not any(ancestor is c or ancestor in c.iterancestors() for c in containers):
                containers.append(ancestor)
            break
    # Keep only the outermost ones: removing an outer container removes the inner ones too.
    return [c for c in containers if not any(other in c.iterancestors() for other in containers)]


def parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    match = _DATE_RE.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=CHINA_TZ)
    except ValueError:
        return None


def published(meta: dict[str, str], page: etree._Element) -> datetime | None:
    """发布日期 of the table (else 成文日期); the page's "发布时间" line adds the time of day when it agrees."""
    from_table = parse_date(meta.get("published") or meta.get("written"))
    from_line = _find_published(page)
    if from_table is None:
        return from_line
    if from_line is not None and from_line.date() == from_table.date():
        return from_line
    return from_table


def _find_published(root: etree._Element) -> datetime | None:
    """A "发布时间：2024-12-20 14:05" line near the title, or a date leading a date/info element (gov.cn's
    "pages-date"), when there is no metadata table. The first in page order wins: it sits above the body."""
    for element in root.iter(*_DATE_TAGS):
        text = all_text(element)
        if len(text) > 300:
            continue
        match = SITES.published_line.search(text)
        if match:
            date = parse_date(text[match.end() : match.end() + 40])
            if date:
                return date
        elif SITES.date_attr.search(attrs(element)) and _DATE_RE.match(text.strip()):
            return parse_date(text.strip())
    return None


def find_title(root: etree._Element, from_table: str | None) -> str | None:
    """The document's title: the table's, else the heading that <title> names, else the first <h1>,
    else the first part of <title>. A heading taken as the title is removed from the page."""
    if from_table:
        return from_table
    title_tag = root.find(".//title")
    page_title = one_line(all_text(title_tag)) if title_tag is not None else ""
    squashed_page_title = squash(page_title)
    headings = list(root.iter("h1", "h2", "h3"))
    headings += [
        el
        for el in root.iter("div", "p", "span", "td", "strong")
        if SITES.title_attr.search(attrs(el)) and not SITES.furniture_attr.search(attrs(el))
    ]
    candidates = [(el, text_of(el)) for el in headings]
    candidates = [(el, text) for el, text in candidates if 4 <= len(text) <= 200 and not in_furniture(el)]
    # The document title is the heading the <title> also names ("标题_网站名"); the longest such, since the
    # site's own name ("中国政府网") is in the <title> as well.
    named = [
        (el, text) for el, text in candidates if squashed_page_title and squash(text) in squashed_page_title
    ]
    if named:
        element, text = max(named, key=lambda pair: len(pair[1]))
        remove(element)
        return text
    for element, text in candidates:
        if element.tag == "h1":
            remove(element)
            return text
    if page_title:
        first = SITES.page_title_split.split(page_title)[0].strip()
        return first or None
    return None


def find_doc_number(lines: list[str]) -> str | None:
    """Without a metadata table: a line of its own under the title that is only a 文号."""
    for line in lines[:6]:
        candidate = squash(line)
        if DOC_NUMBER_RE.match(candidate):
            return candidate
    return None


def without_title_lines(lines: list[str], title: str) -> list[str]:
    """Drop the title if the body repeats it over one or more lines at its start (print layout)."""
    target = squash(title)
    joined = ""
    for index, line in enumerate(lines[:4]):
        joined += squash(line)
        if joined == target:
            return lines[index + 1 :]
        if not target.startswith(joined):
            break
    return lines

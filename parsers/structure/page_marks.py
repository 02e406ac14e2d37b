"""Print furniture, anywhere in the text: page numbers (``— 3 —``, ``-3-``, ``第3页 共9页``, ``3/9``, a bare number next
to a form feed), a browser's print stamps (date and time, the page's address, and the page title printed next to the
date), and running headers or footers (a short line that comes back at page edges: next to a page number, a stamp or a
form feed). Rules from furniture.toml (``furniture_rules``)."""

from __future__ import annotations

import re

from parsers.structure.furniture_rules import rules
from parsers.structure.lines import Line, page_break_before, squeeze
from parsers.structure.markers import DATE_LINE_RE
from parsers.structure.titles import ends_with_doc_type

_DIGITS_RE = re.compile(r"\d+")
_PROSE_RE = re.compile(r"[，,。；;、]")
_SENTENCE_END_RE = re.compile(r"[。；！？;!?，,、：:]$")
_PAGE_MARK_OPENERS = set("—–－─―第共")
PAGE_MARK_MAX_CHARS = 24  # — 3 —, 第 3 页 共 9 页: a page mark is short


def is_page_mark(content: str) -> bool:
    """A page number or a browser's print stamp (on a line of its own)."""
    key = squeeze(content)
    r = rules()
    return bool(r.page_number.fullmatch(key) or r.stamp.fullmatch(key))


def print_furniture(text: str, lines: list[Line]) -> set[int]:
    """Indices of the lines that are print furniture: page marks, stamps' titles, running headers."""
    r = rules()
    n = len(lines)
    breaks = [page_break_before(text, line) for line in lines]
    marks: set[int] = set()
    after_stamp: set[int] = set()
    for i, line in enumerate(lines):
        content = line.content
        # a page mark is short and opens with a dash, 第 or 共; a stamp opens with a digit or a letter
        if not content or not (
            content[0].isascii() or (content[0] in _PAGE_MARK_OPENERS and len(content) <= PAGE_MARK_MAX_CHARS)
        ):
            continue
        key = squeeze(content)
        if len(key) > 200:
            continue
        if r.page_number.fullmatch(key):
            marks.add(i)
        elif r.stamp.fullmatch(key) or r.stamp_line.match(line.content):
            marks.add(i)
            if i + 1 < n and r.stamp_line.match(line.content) and r.stamp.fullmatch(key):
                after_stamp.add(i + 1)  # a browser's date stamp alone: the page title is the next line
        elif r.bare_page_number.fullmatch(key) and (breaks[i] or (i + 1 < n and breaks[i + 1])):
            marks.add(i)
    if not marks and not any(breaks):
        return marks  # no pages, so no running header either
    # the first and last lines are page edges too: a header on page 1, a footer on the last page
    at_edge = [
        i in (0, n - 1) or breaks[i] or (i + 1 < n and breaks[i + 1]) or (i - 1) in marks or (i + 1) in marks
        for i in range(n)
    ]
    by_key: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if i in marks or not at_edge[i]:
            continue
        key = _DIGITS_RE.sub("#", squeeze(line.content))
        # a header is a name, not the end of a sentence that happens to repeat (…发展。), nor a date (a
        # signature's date at a page's top, like another date at another page's)
        if (
            2 <= len(key) <= r.running_max_chars
            and not _SENTENCE_END_RE.search(key)
            and not DATE_LINE_RE.fullmatch(squeeze(line.content))
        ):
            by_key.setdefault(key, []).append(i)
    for found in by_key.values():
        if len(found) >= r.running_min_repeats and not _title_head_again(lines, found):
            marks.update(found)
    marks.update(  # (a line of one or two characters is the end of a title PDF extraction moved, no page title)
        i
        for i in after_stamp
        if (3 <= len(squeeze(lines[i].content)) <= 60 and not _PROSE_RE.search(lines[i].content))
        or _printed_again_below(lines, i)
    )
    titles: set[str] = set()  # page titles that open with a mark, as the first page's header printed them
    for i in sorted(after_stamp - marks):
        if _marker_and_title(lines, i, titles):
            marks.update((i, i + 1))
            titles.add(squeeze(lines[i].content) + squeeze(lines[i + 1].content))
    return marks


_WORD_RE = re.compile(r"\w")


def _marker_and_title(lines: list[Line], i: int, titles: set[str]) -> bool:
    """A page title that opens with a list or table mark (• 高举…, | 索引号: |…, # 甲条例, - 政府网站) prints in the
    browser's header as two lines, the mark apart: the mark's line and the title's are the page's when the text's
    first line, printed below them, repeats the two as one (or the title alone: the text's mark read as markup), or
    when the two are a title an earlier page's header printed (``titles``)."""
    if i + 2 >= len(lines) or _WORD_RE.search(lines[i].content) or not squeeze(lines[i].content):
        return False
    rest, below = squeeze(lines[i + 1].content), squeeze(lines[i + 2].content)
    title = squeeze(lines[i].content) + rest
    return title in titles or _repeats(title, below) or _repeats(rest, below)


# the browser elides a page title too long for its header: 为深入贯彻落实…
_ELIDED_RE = re.compile(r"(?:…|\.\.\.)$")


def _printed_again_below(lines: list[Line], i: int) -> bool:
    """The line under a browser's date stamp is the page title (the text's first line, whatever it says: an
    addressee, a sentence) when the text's first line follows and repeats it: the same words, or their head when
    the header elided it (…) or the body wrapped it. A line of one character is no evidence either way."""
    if i + 1 >= len(lines):
        return False
    return _repeats(squeeze(lines[i].content), squeeze(lines[i + 1].content))


# a header clips a long title at its width, with no …: as many characters as this are the title's head
CLIPPED_MIN_CHARS = 10


def _repeats(title: str, below: str) -> bool:
    """The text's first printed line (``below``) repeats a browser header's page title: the same words, or their
    head when the header elided (…) or clipped them, or the body wrapped them."""
    elided = _ELIDED_RE.search(title)
    head = title[: elided.start()] if elided else title
    if len(head) < 2 or len(below) < 2:
        return False
    # (the body's first line wrapped: its printed first line is the head of the title's words)
    return (
        below == head
        or ((elided or len(head) >= CLIPPED_MIN_CHARS) and below.startswith(head))
        or (len(below) >= CLIPPED_MIN_CHARS and head.startswith(below))
    )


def _title_head_again(lines: list[Line], found: list[int]) -> bool:
    """The lines ``found`` are the first line of one wrapped title printed again (the notice's page and the issued
    document's own page: 甲省X补 / 贴实施方案 twice), not a running header: each is followed by the same line, and only
    with it does the name end in a kind of document. A header comes back over different text on every page."""
    after = {squeeze(lines[i + 1].content) if i + 1 < len(lines) else "" for i in found}
    if len(after) != 1 or not (tail := after.pop()):
        return False
    head = squeeze(lines[found[0]].content)
    return not ends_with_doc_type(head) and ends_with_doc_type(head + tail)

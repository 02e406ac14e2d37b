"""A table of contents before a document's body: its entries are no headings of the document.

From a 目录 line, or from the first numbered line, through entries only (numbered lines without a
sentence, or short unnumbered lines whose number was lost) up to where the first entry's label comes
again, opening the body. A 目录 line followed by a heading or two and then prose heads an empty contents
page (a PDF's table of contents lost in extraction): what follows is the body.

Pages store contents pages cut short (round 23): a run of decimal entries with nothing between them is a
table of contents when it ends the text, when prose follows and the first label never comes again, or when
its numbering falls back to 1 (2.1 … 7.4 / 1 总则: the head of the contents was lost); and a body after a
contents page of decimal sections is an outline however short the excerpt (1 总则 / 1.1 编制目的 / prose).

A numbered line with leader dots to its page number (第一章 总体要求……4) or a word processor's page field
(PAGEREF _Toc…) is a contents entry wherever it stands (round 24): a body's heading carries neither.

A list of chapters run together in one line (第一章 总则，第二章 立项，第三章 起草) is a contents entry too. A plan's
contents page lists its chapters with their sections (第一章 发展基础 / 第一节 … / 第二章 …), often after
an unnumbered preface entry (目录 / 前言 / 第一章 …), and pages store it alone or cut inside its last entry (round 25).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE, TOC_RE, match_marker
from parsers.structure.outline import MULTI_RE, decimal_label

_SPACES_RE = re.compile(r"\s\s*")  # (not \s+: a pattern that opens with a repeat gets no first-character set)
_PUNCTUATION_RE = re.compile(r"[，,。；;：:、！？!?]")


# 第一篇 发展环境: a plan's part, listed in its contents over its chapters (no heading kind of the body)
_PART_ENTRY_RE = re.compile(r"第\s*[一二三四五六七八九十百零〇0-9０-９]{1,4}\s*篇")


def _label_key(line: Line, text: str) -> str | None:
    """A numbered line's label with spaces removed (a GB/T 9704 marker, a decimal label, or a plan's 第X篇)."""
    marker = match_marker(line, text)
    part = _PART_ENTRY_RE.match(line.content) if marker is None else None
    if marker is not None:
        label = marker[1].group(0)
    elif part is not None:
        label = part.group(0)
    else:
        decimal = decimal_label(line.content)
        if decimal is None:
            return None
        label = decimal.label
    return _SPACES_RE.sub("", label).rstrip(".．、")  # 1 总则 in the table, 1.总则 in the body: one label


TITLED_TOC_RE = re.compile(r"^.{2,40}目\s*录$")
TOC_MAX_LINES = 300  # a table of contents longer than this is no table of contents
TOC_ENTRY_MAX_CHARS = 40


TOC_UNNUMBERED_MAX_CHARS = 16


def _is_parent_label(candidate: str | None, label: str) -> bool:
    return candidate is not None and label.startswith(candidate.rstrip(".．") + ".")


def _unnumbered_entry(lines: list[Line], j: int, stop: int, text: str) -> bool:
    """A short line without punctuation followed by a numbered entry: a heading of the table whose
    number was lost."""
    entry = lines[j].content
    return (
        len(_SPACES_RE.sub("", entry)) <= TOC_UNNUMBERED_MAX_CHARS
        and not _PUNCTUATION_RE.search(entry)
        and j + 1 < stop
        and _label_key(lines[j + 1], text) is not None
    )


CHAPTER_LIST_MIN = 3  # this many chapter headings in a row, with nothing in them, are a list of chapters


def _empty_chapters(lines: list[Line], first: int, stop: int, text: str) -> bool:
    """Lines [first, stop) are chapter headings only (第一章 总则 / 第二章 … ), at least CHAPTER_LIST_MIN, or a plan's
    chapters with their sections (第一章 发展基础 / 第一节 … / 第二节 … / 第二章 …: round 25)."""
    if stop - first < CHAPTER_LIST_MIN:
        return False
    chapters = 0
    for k in range(first, stop):
        marker = match_marker(lines[k], text)
        if (
            marker is None
            or marker[0].kind not in ("chapter", "section")
            or len(lines[k].content) > TOC_ENTRY_MAX_CHARS
        ):
            return False
        chapters += marker[0].kind == "chapter"
    return chapters >= CHAPTER_LIST_MIN


# 第一章 总体要求 ………… 4, 1.3 事件分类分级 ........., 第二章 发展环境 PAGEREF _Toc532803021 \h 14: a heading with
# leader dots to its page number, or a word processor's page field, is an entry of a table of contents wherever it stands
# (an ellipsis ending a sentence, ……, is no leader: leaders run long, or lead to a page number)
LEADER_ENTRY_RE = re.compile(r"(?:[.．·…⋯]{4,}\s*\d{1,4}|[.．·…⋯]{10,})\s*$|PAGEREF\s*_Toc")


# 第一章 总则，第二章 立项，第三章 起草，…: a table of contents run together in one line, its entries after commas
_CHAPTER_LABEL = r"第\s*[一二三四五六七八九十百零〇0-9０-９]{1,4}\s*章"
CHAPTER_RUN_RE = re.compile(
    rf"^{_CHAPTER_LABEL}[^，,、；;。]{{1,20}}(?:[，,、；;]\s*{_CHAPTER_LABEL}[^，,、；;。]{{1,20}}){{{CHAPTER_LIST_MIN - 1},}}"
)


def _leader_entry(content: str) -> bool:
    """LEADER_ENTRY_RE found in the line; tried only where the line ends in a page number or a leader dot, or
    holds a page field (the pattern has no first character, so a search tries it at every position)."""
    last = content.rstrip()[-1:]
    could = "PAGEREF" in content or (last != "" and (last.isdecimal() or last in ".．·…⋯"))
    return could and LEADER_ENTRY_RE.search(content) is not None


def _chapter_run(content: str) -> bool:
    # (asked of every line before the body: a match opens with 第, a line that does not is passed over without a call)
    return content[:1] == "第" and CHAPTER_RUN_RE.match(content) is not None


def _toc_line(content: str) -> bool:
    """The line is 目录 alone (TOC_RE's whole match opens with 目: other lines are passed over without a call)."""
    return content[:1] == "目" and TOC_RE.fullmatch(content) is not None


def table_of_contents(lines: list[Line], start: int, stop: int, text: str) -> set[int]:
    """Lines of a table of contents before the body (``_listed_contents``), and any numbered line written as a
    contents entry (leader dots to a page number, or a list of chapters run together in one line)."""
    listed = _listed_contents(lines, start, stop, text)
    return listed | {
        i
        for i in range(start, stop)
        if i not in listed
        and (_leader_entry(lines[i].content) or _chapter_run(lines[i].content))
        and (_label_key(lines[i], text) is not None)
    }


def _listed_contents(lines: list[Line], start: int, stop: int, text: str) -> set[int]:
    """Lines of a table of contents before the body: from a 目录 line, or from the first numbered line,
    through entries only (numbered lines without a sentence) up to where the first entry's label comes
    again, opening the body."""
    first = _contents_line(lines, start, stop, text)
    titled = False  # X预案目录: a 目录 line that repeats the title; its first label comes again, or it lists decimals
    for i in range(start, min(stop, start + 10) if first is None else start):
        titled = bool(TITLED_TOC_RE.search(lines[i].content)) and not SENTENCE_MARK_RE.search(
            lines[i].content
        )
        if (_toc_line(lines[i].content) or titled) and i + 1 < stop:
            first = i + 1
            break
        if _label_key(lines[i], text) is not None:
            first = i
            break
    if first is None:
        return set()
    label = _label_key(lines[first], text)
    under_toc_line = first > start and (_toc_line(lines[first - 1].content) or titled)
    heading_line = first - 1  # the 目录 line, when the contents has one
    if label is None and under_toc_line and _unnumbered_entry(lines, first, stop, text):
        first += (
            1  # 目录 / 前言 / 第一章 …: an unnumbered first entry (a plan's preface) before the numbered ones
        )
        label = _label_key(lines[first], text)
    if label is None:
        return set()
    opened_by_heading = not under_toc_line
    entries_end = (
        None  # under a 目录 line: where its run of entries ends, if the first label never comes back
    )
    for j in range(first + 1, min(stop, first + TOC_MAX_LINES)):
        key = _label_key(lines[j], text)  # (read once a line: a marker is matched against the text)
        if key == label:
            if opened_by_heading and j - first < 3:
                return set()
            while j - 1 > first and _is_parent_label(_label_key(lines[j - 1], text), label):
                j -= 1  # the body opens with the section the first entry belongs to (1 总则 / 1.1 …)
            return set(range(first if opened_by_heading else heading_line, j))
        entry = lines[j].content
        if key is None and _unnumbered_entry(lines, j, stop, text):
            continue  # an entry whose number was lost (总则 / 1.1 编制目的 / 1.2 …)
        if key is None or SENTENCE_MARK_RE.search(entry) or len(entry) > TOC_ENTRY_MAX_CHARS:
            if opened_by_heading:
                # text between the headings is the body itself, unless a run of chapter headings with
                # nothing in them opened it: a chapter list with no 目录 line (an amending decision that
                # lists the chapters of the text it amends, a list whose first entry never comes again)
                # – or a run of decimal headings with nothing in them (a contents page the body never
                # follows, or follows after prose: 1 总则 / 1.1 编制目的 / … / 9.2 预案解释 / 为…)
                if _empty_chapters(lines, first, j, text):
                    return set(range(first, j))
                if _decimal_run(lines, first, j):
                    return set(range(first, _numbering_restart(lines, first, j)))
                return set()
            if entries_end is None:
                entries_end = j
    if entries_end is not None and entries_end - first <= EMPTY_TOC_MAX_HEADINGS:
        return set()  # 目录 / 1 总则 / 1.1 编制目的 / prose: a contents page left empty, the body follows it
    if entries_end is None:
        # entries up to the end of the text: a contents page the stored text was cut after
        if first + TOC_MAX_LINES < stop or not (
            _decimal_run(lines, first, stop) or _chapter_entries(lines, first, stop, text)
        ):
            return set()
        return set(range(first if opened_by_heading or titled else heading_line, stop))
    if titled:
        if not _decimal_run(lines, first, entries_end):
            return set()
        return set(range(first, _numbering_restart(lines, first, entries_end)))
    return set(range(heading_line, _numbering_restart(lines, first, entries_end)))


CONTENTS_LINE_SEARCH = 40  # a 目录 line this far after the title, under a law site's record fields


def _contents_line(lines: list[Line], start: int, stop: int, text: str) -> int | None:
    """The first entry under a 目录 line of its own further down the head (a law database's page: its record
    fields 1.【颁布时间】… and the act's adoption note stand before it), before any chapter or article."""
    for i in range(start, min(stop - 1, start + CONTENTS_LINE_SEARCH)):
        if _toc_line(lines[i].content):
            return i + 1 if _label_key(lines[i + 1], text) is not None else None
        marker = match_marker(lines[i], text)
        if marker is not None and marker[0].kind in ("chapter", "article"):
            return None
    return None


CONTENTS_RUN_MIN = 6  # this many multi-part decimal headings with no text between them: a table of contents
LISTED_SECTIONS_MIN = 2  # this many multi-part decimal entries make a table of contents one of an outline


def _multi_part_entries(lines: list[Line], indices: Iterable[int], at_least: int) -> bool:
    """At least ``at_least`` of the lines hold a multi-part decimal label (1.1 编制目的, 2.3 …, page
    numbers or not)."""
    found = 0
    for k in indices:
        if MULTI_RE.match(lines[k].content.strip()):
            found += 1
            if found >= at_least:
                return True
    return False


def _chapter_entries(lines: list[Line], first: int, end: int, text: str) -> bool:
    """Lines [first, end) hold at least CHAPTER_LIST_MIN chapter headings (第一章 发展基础 …)."""
    found = 0
    for k in range(first, end):
        marker = match_marker(lines[k], text)
        if marker is not None and marker[0].kind == "chapter":
            found += 1
            if found >= CHAPTER_LIST_MIN:
                return True
    return False


def _decimal_run(lines: list[Line], first: int, end: int) -> bool:
    return _multi_part_entries(lines, range(first, end), CONTENTS_RUN_MIN)


def lists_decimal_sections(lines: list[Line], toc_lines: set[int]) -> bool:
    """The table of contents lists decimal sections: the body after it is an outline."""
    return _multi_part_entries(lines, toc_lines, LISTED_SECTIONS_MIN)


def _numbering_restart(lines: list[Line], first: int, end: int) -> int:
    """Where the body opens inside a run of entries whose first label never came back (a contents page
    cut at its head: 2.1 … 7.4 / 1 总则 / 1.1 编制目的 / prose): the first decimal heading numbered 1
    after a higher one; ``end`` when the numbering never falls back."""
    previous = None
    for j in range(first, end):
        decimal = decimal_label(lines[j].content)
        if decimal is None:
            continue
        number = decimal.numbers[0]
        if number == 1 and previous is not None and previous > 1:
            return j
        previous = number
    return end


# under a 目录 line, this many headings at most before prose: the body itself, the contents page was empty
EMPTY_TOC_MAX_HEADINGS = 2

"""A page's headline given fuller by the document's own heading below it.

A vendor's or a portal's page prints a short headline (X应急预案), then its fields, then the document under its own
heading, which names its place or organ as well (乙县X应急预案) over its contents (目 录) or the first heading of its
outline (1 总则, 第一章 总则): the heading that ends with the headline and adds only the words before it is the
document's whole name, so it is the title.

A news page or a site's headline names the document in short (甲市发布X意见, 甲县X十四五规划) over the document's own
heading, printed whole and standing as a heading of its own (中共甲市委 甲市人民政府关于X的意见 over its date line, a
plan's name wrapped over two lines over its organ and year): that heading is the title too, whatever stands under it.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation
from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import (
    LIST_BULLET_RE,
    TITLE_MAX_CHARS,
    ends_with_doc_type,
    is_field_line,
    rules,
    titles_data,
)

HEADING_LINES = 30  # the document's heading stands among the page's first lines, under its fields
ADDED_MAX_CHARS = 20  # what the heading adds before the headline: a place's or an organ's name
# the contents or the outline's first heading right under the document's own heading
_UNDER_RE = re.compile(r"^\s*(?:目\s*录\s*$|第[一1]\s*章\s*总\s*则|[一1]\s*[、.．]?\s*总\s*则)")
# what the heading adds: a name's words alone (no list number 1. or A., no sentence's or site's marks, no letters)
_ADDED_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{2,{ADDED_MAX_CHARS}}}")


def fuller_heading(title: str | None, paragraphs: list[Line]) -> str | None:
    """The heading below that ends with ``title`` and adds a name before it, over the contents or the outline; None
    when there is none."""
    if not title or not ends_with_doc_type(title):
        return None
    short = squeeze(title)
    lines = [line for line in paragraphs[:HEADING_LINES] if line.content.strip()]
    for k, line in enumerate(lines[:-1]):
        whole = squeeze(line.content)
        if len(whole) <= len(short) or not whole.endswith(short):
            continue
        added = whole[: -len(short)]
        if not _ADDED_NAME_RE.fullmatch(added):
            continue
        if _UNDER_RE.match(lines[k + 1].content):
            return line.content.strip()
    return heading_naming_headline(title, paragraphs)


# The headline is the site's short form of the document's own heading further down: 北京市关于X的意见 over
# 中共甲市委 甲市人民政府关于X的意见 / (2019年2月23日); 甲市发布X实施意见 over 甲市人民政府办公室关于X的实施意见;
# 甲县X十四五规划 over 甲县X第十四个五年规划和 / 二〇三五年远景目标纲要 wrapped. The heading keeps the headline's words in
# their order (十四五 inside 第十四个五年), drops at most a few (a province before the city, 发布), and is longer.
KEPT_SHARE = 0.8  # of the headline's characters the heading keeps in order
# a sentence, a quoted name, a field, a table's cells, a site's bracketed province tag ((甲省)X纲要): no heading
_SENTENCE_RE = re.compile(r"[。，,；;：:！？!?《》“”|｜]|^[（(]")
# 丙市公开工作三项制度: a headline that counts the documents of a set names the set, not the one heading below it
_COUNTED_RE = re.compile(
    rf"[一二三四五六七八九十两\d]+(?:{alternation(titles_data()['collection_measures'])})"
)
# the contents: the headings under it are the parts', not the document's
_CONTENTS_RE = re.compile(r"^目\s*录$")
WRAPPED_MAX = 3  # a heading set over up to three lines
WRAP_SHARED_MIN = 2  # of the headline's characters each line of a wrapped heading but the last holds (a word)


def _kept(short: str, whole: str) -> int:
    """How many of ``short``'s characters ``whole`` holds in their order (the longest common subsequence)."""
    row = [0] * (len(whole) + 1)
    for ch in short:
        prev = 0
        for j, other in enumerate(whole, 1):
            prev, row[j] = row[j], (prev + 1 if ch == other else max(row[j], row[j - 1]))
    return row[-1]


def _names_it(short: str, whole: str) -> bool:
    if (
        len(whole) <= len(short)
        or len(whole) > TITLE_MAX_CHARS
        or short in whole
        or not ends_with_doc_type(whole)
    ):
        return False  # (the headline's own line with its tag, X办法（试行）, is the dressing's to read)
    if rules().issuing_verb.search(whole) and not rules().issuing_verb.search(short):
        return False  # 关于印发X的通知 under X办法: the covering notice, another document
    if len(set(short) & set(whole)) < KEPT_SHARE * len(set(short)):
        return False  # (cheap first: most lines share few characters)
    return _kept(short, whole) >= KEPT_SHARE * len(short)


_DATE_CHARS = frozenset("0123456789０１２３４５６７８９〇○零一二三四五六七八九十年月日")


def _shares_words(short: str, part: str) -> bool:
    """A wrapped heading's line carries words of the headline (figures and the words of a date aside)."""
    return len((set(short) & set(part)) - _DATE_CHARS) >= WRAP_SHARED_MIN


def heading_naming_headline(title: str | None, paragraphs: list[Line]) -> str | None:
    """The last heading of the head (one line, or wrapped over up to three) that names ``title`` more fully; None
    when there is none. Only the lines above a contents heading count, and never a sentence, a field or a quote."""
    if not title or not ends_with_doc_type(title) or _COUNTED_RE.search(title):
        return None
    short = squeeze(title)
    # only the lines below the headline's own: a line above it is the page's, or another document's
    start = next(
        (k for k, line in enumerate(paragraphs[:HEADING_LINES]) if short in squeeze(line.content)), 0
    )
    lines: list[str] = []
    for line in paragraphs[start:HEADING_LINES]:
        content = line.content.strip()
        if _CONTENTS_RE.match(squeeze(content)):
            break
        if content:
            heading = not (line.is_furniture or _SENTENCE_RE.search(content) or LIST_BULLET_RE.match(content))
            lines.append(content if heading and not is_field_line(content) else "")
    found = None
    for end in range(len(lines)):
        for size in range(1, WRAPPED_MAX + 1):
            parts = lines[max(0, end - size + 1) : end + 1]
            if len(parts) < size or not all(parts) or any(ends_with_doc_type(p) for p in parts[:-1]):
                break
            if any(squeeze(p) in squeeze(parts[-1]) for p in parts[:-1]):
                break  # 甲部 乙部 / 甲部 乙部关于X的通知: the organs' line repeated, no wrap
            if not all(_shares_words(short, p) for p in parts[:-1]):
                break  # 2020 6 17 日 / 甲县X预案: a date line (its 年 月 lost) over a heading, no wrap
            if _names_it(short, squeeze("".join(parts))):
                found = "".join(p if k == 0 else p.strip() for k, p in enumerate(parts))
                break
    return found

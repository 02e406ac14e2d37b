"""A page that gives a title twice: once with the site's words run onto its head (返回首页 / 政府信息公开 joined
over it, a region's tag (甲省)X纲要, a news page's verb 召开X预案), once on a line of its own. The line alone is the
title; what the other puts before it is the page's. The line alone may be a heading wrapped over two or three short
lines (甲区乙街道 / X三年行动计划 / (2021-2023年)) under a headline on a line of its own, or carry the document's
number (X规定(甲府令第143号)): then only an organ or a notice's word before it is kept.

Nothing is cut when the words before it could be the title's own: an organ (甲省乙厅X办法 may be issued by 乙厅),
a place (甲市X条例), a year or a number (2021年X计划), or words that introduce a notice (关于, 印发, 转发).
"""

from __future__ import annotations

import re

from parsers.numbers import DIGITS
from parsers.structure.doc_number import drop_doc_number
from parsers.structure.lines import Line
from parsers.structure.titles import (
    SENTENCE_MARK_RE,
    TITLE_MIN_CHARS,
    ends_with_doc_type,
    is_issuer_line,
    rules,
    squeeze,
)

HEAD_LINES = 60  # the repeat stands in the page's head
_NOTICE_WORDS = r"关于|印发|转发|发布|公布|颁布|批转"
_TITLE_OWN_WORDS_RE = re.compile(rf"[0-9０-９〇零一二三四五六七八九十]|{_NOTICE_WORDS}")
_NOTICE_WORDS_RE = re.compile(_NOTICE_WORDS)
# a line of a site's (首页 > 新闻 > 时政, 甲网_乙栏_丙页) joined over the title: its separators, never a title's
_SITE_MARKS_RE = re.compile(r"[>＞_|｜#]")
_BRACKETS = "()（）[]【】〔〕<>〈〉 "


def plain_repeat(title: str | None, lines: list[Line]) -> str | None:
    """The line of its own that ``title`` ends with, when what ``title`` puts before it is a page's words."""
    if not title:
        return None
    key = _year_digits(squeeze(title))
    before = ""  # the last line of words above the line read
    before_line: Line | None = None
    head = lines[:HEAD_LINES]
    headline_above = False  # the title read from a line of its own above, not joined from the lines below
    for k, line in enumerate(head):
        alone = _year_digits(squeeze(line.content))
        if headline_above and (wrapped := _wrapped_repeat(head, k, key)) is not None:
            return wrapped
        headline_above = headline_above or alone == key
        above, before = before, alone or before
        above_line, before_line = before_line, (line if alone else before_line)
        if not line.is_furniture and alone == key and squeeze(line.content) != squeeze(title):
            return (
                line.content.strip()
            )  # the title in the site's form (2035年), then in the text's (二〇三五年)
        numbered = alone
        if not key.endswith(alone) and (bare := drop_doc_number(alone)) != alone and key.endswith(bare):
            alone = bare  # X规定(甲府令第143号) under 2019年X规定: the heading with its number is the document's own
        if line.is_furniture or not TITLE_MIN_CHARS < len(alone) < len(key) or not key.endswith(alone):
            continue
        prefix = key[: -len(alone)]
        if not ends_with_doc_type(alone) or (
            above and prefix.endswith(above) and not _SITE_MARKS_RE.search(prefix)
        ):
            continue  # the title's own last line, its head on the line above (甲市X工作 / 2023行动方案)
        if above_line is not None and _wrapped_head(above, prefix):
            # 甲开发区X事件总体预案 (a field) over 甲经济开发区管委会X事件 / 总体预案: the body gives the title whole
            return above_line.content.strip() + line.content.strip()
        if numbered != alone:
            return None if _organ_or_notice(prefix) else drop_doc_number(line.content.strip())
        return None if _could_be_own(prefix) else line.content.strip()
    return None


WRAPPED_HEAD_MAX_CHARS = 40
WRAPPED_REPEAT_LINES = 3  # a heading wrapped over two or three lines (place / subject and kind / period)


def _wrapped_repeat(head: list[Line], k: int, key: str) -> str | None:
    """The title given again below, wrapped over two or three short lines of their own (甲区乙街道 / X三年行动计划 /
    (2021-2023年)) under a headline that puts a place or a site's words before it (甲市甲区乙街道X…): the heading the
    text sets over itself is whole, so what the headline adds is the page's. Each line names no sentence, the last
    (with its period) ends the title, the first starts where the headline's extra words end."""
    parts: list[str] = []
    for line in head[k : k + WRAPPED_REPEAT_LINES]:
        words = _year_digits(squeeze(line.content))
        if (
            line.is_furniture
            or not words
            or len(words) > WRAPPED_HEAD_MAX_CHARS
            or SENTENCE_MARK_RE.search(words)
        ):
            return None
        parts.append(words)
        joined = "".join(parts)
        if len(parts) < 2 or not key.endswith(joined):
            continue
        prefix = key[: -len(joined)]
        if len(joined) <= TITLE_MIN_CHARS or not prefix or _organ_or_notice(prefix):
            return None
        return "".join(part.content.strip() for part in head[k : k + len(parts)])
    return None


def _organ_or_notice(prefix: str) -> bool:
    """Words before a title that make another title of it: an organ (甲省乙厅X办法), a notice's verb (关于, 印发)."""
    bare = prefix.strip(_BRACKETS)
    r = rules()
    return (
        _NOTICE_WORDS_RE.search(prefix) is not None
        or is_issuer_line(bare)
        or r.issuer_part.search(bare) is not None
    )


# a year in Chinese digits (二〇三五年): a site's copy of a title may write it in figures (2035年), the same title
# (one numeral, then three: a pattern that opens with a repeat gets no first-character set from the engine)
_NUMERAL_YEAR_RE = re.compile(r"[〇○零一二三四五六七八九][〇○零一二三四五六七八九]{3}(?=年)")


def _year_digits(words: str) -> str:
    if "年" not in words:
        return words  # (every match stands before 年: asked of every head line, most of which hold none)
    return _NUMERAL_YEAR_RE.sub(lambda m: "".join(str(DIGITS[ch]) for ch in m.group(0)), words)


def _wrapped_head(above: str, prefix: str) -> bool:
    """The line above is the head of the title the line read ends: it names the subject ``prefix`` ends with
    (两字 or more in common at their ends) in other words than the title's (the title does not hold the line whole:
    then the line above is the page's, 首页>>栏目 over the title), in no sentence, and ends with no kind of document."""
    common = 0
    while common < min(len(above), len(prefix)) and above[-1 - common] == prefix[-1 - common]:
        common += 1
    return (
        common >= 2
        and not prefix.endswith(above)
        and not _SITE_MARKS_RE.search(above)
        and len(above) <= WRAPPED_HEAD_MAX_CHARS
        and not SENTENCE_MARK_RE.search(above)
        and not ends_with_doc_type(above)
    )


def _could_be_own(prefix: str) -> bool:
    """Words before a title that may be part of it: an organ, a place, a year or number, a notice's verb."""
    bare = prefix.strip(_BRACKETS)
    if prefix != bare and rules().place_name.fullmatch(bare):
        return False  # (甲省): a site's tag of the region, in brackets
    r = rules()
    return (
        not bare
        or _TITLE_OWN_WORDS_RE.search(prefix) is not None
        or is_issuer_line(bare)
        or r.issuer_part.search(bare) is not None
        or r.place_name.fullmatch(bare) is not None
    )


def written_once(title: str | None) -> str | None:
    """``title`` written once, when a heading is run together with its own repeat: 乙县卫生健康局X办法县卫生健康局X办法
    (the heading, then a file name's shorter copy that drops the organ's place) -> 乙县卫生健康局X办法. The repeat ends
    with the same kind of document and is the heading's own end, at least half its length: a title never names its
    own end again (甲市X预案 and 乙区X预案 in one name differ in their heads, and 区X预案 is the end of both)."""
    if not title:
        return title
    text = title.strip()
    for cut in range(TITLE_MIN_CHARS, len(text) - TITLE_MIN_CHARS + 1):
        first, repeat = text[:cut], text[cut:]
        if (
            len(repeat) * 2 >= len(first)
            and first.endswith(repeat)
            and ends_with_doc_type(repeat)
            and not SENTENCE_MARK_RE.search(first)
        ):
            return first
    return title

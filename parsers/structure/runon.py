"""Numbered items run on in one line: ``（一）地区生产总值增长7%。（二）财政收入增长5%。``.

Four ways a page runs a numbered paragraph into the line before it, each split where the paragraph began
(the pieces cover the line, so offsets hold):

* a line that opens with a Chinese-numbered label (``（一）``, ``一、``) and carries, right after one of its
  full stops (and a bracketed remark after it: ``。（省发改委负责）``), the next label of the same style;
* a line that carries, after a full stop, a label whose next number opens the line after it (``…用好。
  一、严格控制…`` / ``二、…``): the first of a series run into the paragraph before it;
* a chapter heading with its first article on the same line (``第一章 总  则第一条 为了…``);
* a line that carries, after a full stop, the article after the last one that opened a line (``第五条 …`` /
  ``…规定。第六条 …``, or ``…制定本条例。第二条…`` in a chapter's heading line): a law site that glues each
  article to the end of the paragraph before (round 23), the next chapter's heading with it
  (``…的义务。第二章 水域保护第六条 …``, round 25); after a comma, a dot, a 、 or a space where an anti-copy
  filter scrambled the stops (``…的规定,第三条.…``), and the first article glued to the name, the decree's date
  or a comma before it (``甲市养犬管理规定第一条为了…``, round 27);
* the first part run on after the sentence announcing the parts (``…通知如下:一、…``, round 27).

Only the next number of a series splits a line: a label quoted in a sentence (依照第（二）项) or a list
inside one sentence (（一）甲；（二）乙) does not follow a full stop.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.match_starts import scan
from parsers.numbers import parse_ordinal, to_chinese
from parsers.patterns import LINE_SPACES, alternation
from parsers.structure.glued_chapter import LOOSE_BEFORE, REFERENCE_AFTER, carries_first_article
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data

_CN = "一二三四五六七八九十"
_LABEL = rf"(?:[（(]\s*(?P<paren>[{_CN}]{{1,3}})\s*[）)]|(?P<comma>[{_CN}]{{1,3}})、)"
_ARTICLE_NUMERAL = "一二三四五六七八九十百零〇"
_ARTICLE_NUMERAL_SET = frozenset(_ARTICLE_NUMERAL)
_ARTICLE_RE = re.compile(rf"第\s*(?P<article>[{_ARTICLE_NUMERAL}]{{1,6}})\s*条")
_OPENING_RE = re.compile(_LABEL)
_AFTER_STOP = rf"[。！？][”’」』]?(?:[（(][^（()）。\n]{{1,30}}[）)])?[{LINE_SPACES}]*"
# any label right after a full stop: one scan of the whole text finds the few lines worth a look
_HINT_RE = re.compile(rf"{_AFTER_STOP}(?={_LABEL})")
_CN_NUMBER = r"[一二三四五六七八九十百零〇\d]{1,5}"
_CHAPTER_ARTICLE_RE = re.compile(rf"第\s*{_CN_NUMBER}\s*章[^。，；：,\n第]{{0,20}}(?=第\s*{_CN_NUMBER}\s*条)")
# an article (or a chapter heading over one) right after a full stop: the lines worth a look for articles run on
_CHAPTER_HEADING = rf"第\s*{_CN_NUMBER}\s*章[^。，；：,\n第]{{0,20}}"
_ARTICLE_AFTER_STOP_RE = re.compile(
    rf"{_AFTER_STOP}(?=(?:{_CHAPTER_HEADING})?第\s*[{_ARTICLE_NUMERAL}]{{1,6}}\s*条)"
)
_CHAPTER_LOOSE_ARTICLE_RE = re.compile(  # 第一章,总.则,第一条,为了… (scrambled stops in the heading too)
    rf"第\s*{_CN_NUMBER}\s*章[^。\n第]{{0,20}}{LOOSE_BEFORE}(?=第\s*{_CN_NUMBER}\s*条{REFERENCE_AFTER})"
)
_OPENING_CHAPTER_RE = re.compile(rf"第\s*{_CN_NUMBER}\s*章")
_FIRST_ARTICLE_OPENS_LINE_RE = re.compile(rf"^[{LINE_SPACES}]*第\s*一\s*条", re.MULTILINE)
_ANY_ARTICLE = rf"第\s*[{_ARTICLE_NUMERAL}]{{1,6}}\s*条"
_LOOSE_ARTICLE_HINT_RE = re.compile(
    rf"{LOOSE_BEFORE}(?:{_ANY_ARTICLE}|第\s*{_CN_NUMBER}\s*章)|(?<=[法例定日])(?:第\s*一\s*章[^。\n第]{{0,20}})?第\s*一\s*条"
)
# The first part run on after the sentence that announces the parts (现就有关事项通知如下:一、…; 提出如下意见：一、…):
# the series starts there even when no line after it opens with 二、 (an abstract run into one paragraph).
_ANNOUNCING_WORDS = tuple(titles_data()["part_announcements"])
_ANNOUNCED_FIRST_RE = re.compile(
    rf"(?:{alternation(_ANNOUNCING_WORDS)})[:：]\s*(?=一、(?![一二三四五六七八九十、]))"
)
MAX_PIECES = 50  # items run on in one line; past this the line is left as it is


@lru_cache(maxsize=64)
def _label_re(number: int, paren: bool) -> re.Pattern[str]:
    numeral = to_chinese(number)
    return re.compile(rf"[（(]\s*{numeral}\s*[）)]" if paren else rf"{numeral}、")


@lru_cache(maxsize=256)
def _next_article_re(number: int) -> re.Pattern[str]:
    """The next article after a full stop: 。第六条 (never after ；or a comma: 依照第六条 is a reference), or the
    next chapter's heading over it: 。第二章 管理措施第六条 (a law site that glues each chapter on as well)."""
    return re.compile(rf"{_AFTER_STOP}(?=(?:{_CHAPTER_HEADING})?第\s*{to_chinese(number)}\s*条)")


# the next article's chapter heading after scrambled punctuation (with a heading: 第四章第十二条 is a reference)
_LOOSE_CHAPTER = rf"(?:第\s*{_CN_NUMBER}\s*章[^。\n第]{{1,20}})?"


@lru_cache(maxsize=256)
def _next_loose_article_re(number: int) -> re.Pattern[str]:
    """The next article after scrambled punctuation (see LOOSE_BEFORE), never a reference to it."""
    return re.compile(rf"{LOOSE_BEFORE}{_LOOSE_CHAPTER}第\s*{to_chinese(number)}\s*条{REFERENCE_AFTER}")


# The two patterns above with any article's numeral in a group: a process compiles these two once, not two patterns
# of CJK classes per article number it meets (a compile costs what searching a few hundred lines costs). At a given
# start each pattern can match one way only, its numeral the whole run of numerals before 条, so the number's own
# pattern matches at a start exactly where these match with its numeral there (tests/test_runon_article_search.py).
_ANY_NEXT_ARTICLE_RE = re.compile(
    rf"{_AFTER_STOP}(?=(?:{_CHAPTER_HEADING})?第\s*(?P<numeral>[{_ARTICLE_NUMERAL}]{{1,6}})\s*条)"
)
_ANY_NEXT_LOOSE_ARTICLE_RE = re.compile(
    rf"{LOOSE_BEFORE}{_LOOSE_CHAPTER}第\s*(?P<numeral>[{_ARTICLE_NUMERAL}]{{1,6}})\s*条{REFERENCE_AFTER}"
)


@lru_cache(maxsize=1024)
def _article_numeral(number: int) -> str | None:
    """The article's numeral when the pattern of any numeral can read it (1 to 6 article numerals), else None: asked
    for every line of a law's body with the number of the article it waits for, so written once a number."""
    numeral = to_chinese(number)
    if numeral is None or len(numeral) > 6 or not set(numeral) <= _ARTICLE_NUMERAL_SET:
        return None
    return numeral


def _search_article(content: str, at: int, number: int, loose: bool) -> re.Match[str] | None:
    """``_next_article_re(number).search(content, at)`` (``_next_loose_article_re`` if ``loose``): the same start and
    end, read with the pattern of any numeral."""
    numeral = _article_numeral(number)
    if numeral is None:
        return (_next_loose_article_re if loose else _next_article_re)(number).search(content, at)
    pattern = _ANY_NEXT_LOOSE_ARTICLE_RE if loose else _ANY_NEXT_ARTICLE_RE
    while (found := pattern.search(content, at)) is not None:
        if found.group("numeral") == numeral:
            return found
        at = found.start() + 1  # another article's number at this start: this one's pattern fails here
    return None


@lru_cache(maxsize=64)
def _next_label_re(number: int, paren: bool) -> re.Pattern[str]:
    """The label after a full stop (not ；: （一）甲；（二）乙 is one sentence)."""
    return re.compile(rf"{_AFTER_STOP}(?={_label_re(number, paren).pattern})")


def _label(m: re.Match[str]) -> tuple[int, bool] | None:
    number = parse_ordinal(m.group("paren") or m.group("comma"))
    return None if number is None else (number, m.group("paren") is not None)


def _cut(line: Line, at: int) -> tuple[Line, Line]:
    content = line.content
    first = Line(line.start, line.content_start + at, line.content_start, content[:at].rstrip())
    second = Line(line.content_start + at, line.end, line.content_start + at, content[at:])
    return first, second


def _opening_article(content: str) -> int | None:
    article = _ARTICLE_RE.match(content)
    return parse_ordinal(article.group("article")) if article is not None else None


def _last_of_series(content: str, first: int) -> int:
    """The last article of the series from ``first`` that the line runs on (as _split_once would find them)."""
    number, at = first, 1
    for _ in range(MAX_PIECES):
        found = _search_article(content, at, number + 1, loose=False) or _search_article(
            content, at, number + 1, loose=True
        )
        if found is None:
            break
        number, at = number + 1, found.end() + 1
    return number


def _split_once(line: Line, following: Line | None, last_article: int | None) -> tuple[Line, Line] | None:
    content = line.content
    chapter = _CHAPTER_ARTICLE_RE.match(content) or _CHAPTER_LOOSE_ARTICLE_RE.match(content)
    if chapter is not None and chapter.end() < len(content):
        return _cut(line, chapter.end())
    if last_article:  # the next article after a full stop, wherever the line opens (a paragraph of the last)
        found = _search_article(content, 1, last_article + 1, loose=False)
        if found is not None:
            return _cut(line, found.end())
        found = _search_article(content, 1, last_article + 1, loose=True)
        if found is not None:
            return _cut(line, found.start())
    announced = _ANNOUNCED_FIRST_RE.search(content)
    if announced is not None and announced.end() < len(content):
        return _cut(line, announced.end())
    opening = _OPENING_RE.match(content)
    if opening is not None:
        label = _label(opening)
        if label is None:
            return None
        found = _next_label_re(label[0] + 1, label[1]).search(content, opening.end())
        return _cut(line, found.end()) if found is not None else None
    if following is None:
        return None
    for hint in _HINT_RE.finditer(content):  # the first of a series run into the paragraph before it
        label = _label(_OPENING_RE.match(content, hint.end()))
        if label is not None and _label_re(label[0] + 1, label[1]).match(following.content):
            return _cut(line, hint.end())
    return None


def split_run_on_items(lines: list[Line], text: str) -> list[Line]:
    """Each line that runs numbered paragraphs on split into one line per paragraph."""
    hints = [m.start() for m in _HINT_RE.finditer(text)]
    # each pattern searched only where a word every match holds is in the text
    if any(word in text for word in _ANNOUNCING_WORDS):
        hints += (m.start() for m in _ANNOUNCED_FIRST_RE.finditer(text))
    if "章" in text:
        hints += (m.start() for m in _CHAPTER_ARTICLE_RE.finditer(text))
    if "条" in text:
        hints += (m.start() for m in _ARTICLE_AFTER_STOP_RE.finditer(text))
        # (its look-behinds keep the engine from skipping ahead: scan tries it only where a 第 stands, ten times faster)
        hints += (m.start() for m in scan(_LOOSE_ARTICLE_HINT_RE, text))
    if not hints:
        return lines
    hints.sort()
    # a line further on that opens with 第一条: the one glued on before is a site's summary or a repeat, not the text
    first_glued = _FIRST_ARTICLE_OPENS_LINE_RE.search(text) is None
    out: list[Line] = []
    k = 0
    last_article: int | None = None  # the last article opening a line: its next one may run on
    for index, line in enumerate(lines):
        while k < len(hints) and hints[k] < line.start:
            k += 1
        if k == len(hints) or hints[k] >= line.end:
            out.append(line)  # nothing run on in this line
            if line.content.startswith("第"):
                last_article = _opening_article(line.content) or last_article
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            last_article is None
            and first_glued
            and not _OPENING_CHAPTER_RE.match(line.content)  # (a chapter's own line is split here, as ever)
            and carries_first_article(line.content)
        ):
            # the first article glued to what stands before it: the line stays whole for the title readers, and the
            # placer cuts it, the articles after the first with it (glued_chapter, Placer.split_glued_chapters);
            # the series goes on from the last of them on the next lines
            out.append(line)
            last_article = _last_of_series(line.content, 1)
            continue
        for _ in range(MAX_PIECES):
            last_article = _opening_article(line.content) or last_article
            pair = _split_once(line, following, last_article)
            if pair is None:
                break
            out.append(pair[0])
            line = pair[1]
        out.append(line)
    return out

"""The marker grammar: which label starts a numbered line, the kind it makes and its rank (GB/T 9704)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.structure.lines import Line
from parsers.structure.numbered_answer import answer_heading

_CN = "零〇一二三四五六七八九十百千两"  # Chinese numeral characters used in labels
_DIGITS = "0-9０-９"
# After 第X条 these words make the line a cross-reference, not an article: 第三条规定的…, 第三条至第五条, 第三条、第四条.
# A comma or 、 alone does not: a page whose punctuation was scrambled writes 第二条、本办法… and 第一章,总则.
# words after 第X章/第X条 that make it a reference in a sentence, not a heading (本条例第三章规定的, 第二章至第四章)
REFERENCE_WORDS = ("规定", "所称", "所列", "所述", "之", "至", "和", "或", "及", "的")
_REFERENCE_FOLLOWERS = rf"(?:{'|'.join(REFERENCE_WORDS)}|第|\s*[、，,]\s*第)"


@dataclass(frozen=True)
class MarkerStyle:
    name: str
    pattern: re.Pattern[str]  # matched at the first visible character of a line; group 1 is the number
    kind: str  # the kind it makes
    rank: int  # nesting level: a marker nests under the nearest open node of a smaller rank
    kind_in_article: str | None = None  # the kind it makes inside 第X条


# A Chinese or Arabic number that PDF extraction may have broken with spaces: 十 二, 1 2
_SPACED_NUMBER = rf"[{_CN}{_DIGITS}](?:[{_CN}{_DIGITS}\s]*[{_CN}{_DIGITS}])?"
_SPACED_CN = rf"[{_CN}](?:[{_CN}\s]*[{_CN}])?"

MARKER_STYLES: tuple[MarkerStyle, ...] = (
    MarkerStyle(
        "chapter", re.compile(rf"第\s*({_SPACED_NUMBER})\s*章(?!{_REFERENCE_FOLLOWERS})"), "chapter", 1
    ),
    MarkerStyle(
        "part", re.compile(rf"第\s*({_SPACED_NUMBER})\s*部分(?!{_REFERENCE_FOLLOWERS})"), "chapter", 1
    ),
    MarkerStyle(
        "section", re.compile(rf"第\s*({_SPACED_NUMBER})\s*节(?!{_REFERENCE_FOLLOWERS})"), "section", 2
    ),
    MarkerStyle(
        "article", re.compile(rf"第\s*({_SPACED_NUMBER})\s*条(?!{_REFERENCE_FOLLOWERS})"), "article", 3
    ),
    # 一、 but not 一、二级… / 一、二、三类… (an enumeration of numerals, not a label)
    MarkerStyle(
        "cn_comma",
        re.compile(rf"([{_CN}]+)\s*[、．.](?![{_CN}]+\s*[、，,级类等档批])"),
        "action",
        4,
        "point",
    ),
    MarkerStyle("cn_paren", re.compile(rf"[（(]\s*({_SPACED_CN})\s*[）)]"), "measure", 5, "point"),
    # 1. 1、 1． 1﹒ but not 1.5亿元 / 1、2号线 (a digit right after the mark)
    MarkerStyle("arabic_dot", re.compile(rf"([{_DIGITS}]{{1,3}})\s*[.．﹒、](?![{_DIGITS}])"), "item", 6),
    MarkerStyle("arabic_paren", re.compile(rf"[（(]\s*([{_DIGITS}]{{1,3}})\s*[）)]"), "subitem", 7),
    MarkerStyle("arabic_close_paren", re.compile(rf"([{_DIGITS}]{{1,3}})[)）]"), "subitem", 7),
    MarkerStyle("circled", re.compile(r"([\u2460-\u2473])"), "subitem", 8),
)

_BY_NAME = {style.name: style for style in MARKER_STYLES}
# The styles worth trying for a line, by its first visible character (keeps the scan linear and cheap).
STYLES_BY_FIRST_CHAR: dict[str, tuple[MarkerStyle, ...]] = {}


def _index_styles() -> None:
    by_name = _BY_NAME
    groups = {
        "第": ("chapter", "part", "section", "article"),
        "（": ("cn_paren", "arabic_paren"),
        "(": ("cn_paren", "arabic_paren"),
    }
    for ch, names in groups.items():
        STYLES_BY_FIRST_CHAR[ch] = tuple(by_name[n] for n in names)
    for ch in _CN:
        STYLES_BY_FIRST_CHAR[ch] = (by_name["cn_comma"],)
    for ch in "0123456789０１２３４５６７８９":
        STYLES_BY_FIRST_CHAR[ch] = (by_name["arabic_dot"], by_name["arabic_close_paren"])
    for code in range(0x2460, 0x2474):
        STYLES_BY_FIRST_CHAR[chr(code)] = (by_name["circled"],)


_index_styles()

ATTACHMENT_RE = re.compile(
    rf"附\s*件\s*(?:([{_DIGITS}一二三四五六七八九十]{{1,3}})\s*[：:．.、]?|[：:]|(?=\s)|$)"
)
DATE_LINE_RE = re.compile(
    rf"(?:[{_DIGITS}]{{4}}|[0〇○零OＯ一二三四五六七八九]{{4}})\s*年\s*[{_DIGITS}一二三四五六七八九十]{{1,3}}\s*月"
    rf"\s*[{_DIGITS}一二三四五六七八九十]{{1,3}}\s*日"
)
# 落款 on one line, the body and the date apart: 云岭市工业和信息化局\t2025年1月10日
SIGNATURE_LINE_RE = re.compile(rf"[^\s。；！？：:，,;]{{2,40}}\s+{DATE_LINE_RE.pattern}")
SIGNATURE_MAX_BODY_LINES = 3  # issuing bodies above the date line (joint documents name several)
SIGNATURE_MAX_LINE_CHARS = 40

_SPACES_RE = re.compile(r"\s+")
_ARTICLE_HEADING_RE = re.compile(r"[【〔\[（(]([^】〕\]）)]{1,30})[】〕\]）)]")  # 第一条〔立法目的〕

# Sentence ends: the terminator run, closing quotes/brackets after it, and the whitespace after those.
# ([…][…]* rather than […]+: a pattern that opens with a class, not a repeat, lets the engine skip to its characters)
CLAUSE_END_RE = re.compile(r"[。；！？;!?][。；！？;!?]*[”’\"'」』）)】〕》\]]*\s*")
SENTENCE_MARK_RE = re.compile(r"[。；！？]")
HEADING_END_RE = re.compile(r"[。！？!?]")  # a heading is the text before the first full stop
TOC_RE = re.compile(r"目\s*录")  # 目录: the chapter list before a regulation's body
WORD_CHAR_RE = re.compile(r"\w")


def match_marker(line: Line, text: str) -> tuple[MarkerStyle, re.Match[str]] | None:
    styles = STYLES_BY_FIRST_CHAR.get(line.content[0]) if line.content else None
    if not styles:
        return None
    for style in styles:
        m = style.pattern.match(text, line.content_start, line.content_start + len(line.content))
        if m:
            # ① X办法 over 第一章: a law encyclopedia's numbered answer, the document's heading (numbered_answer)
            return None if style.name == "circled" and answer_heading(line, text, m) else (style, m)
    return None


_FIRST_NUMBERS = ("一", "1")
_NEXT_WORDS_RE = re.compile(r"\s*")
_GENERAL_PROVISIONS_RE = re.compile(r"总\s*则")


def opens_first_part(text: str, pos: int) -> bool:
    """The next words of ``text`` after ``pos`` (past spaces and line breaks) open a document's first chapter or
    article (第一章, 第1条), or its 总则 with its chapter's label lost."""
    start = _NEXT_WORDS_RE.match(text, pos).end()
    for style in (_BY_NAME["chapter"], _BY_NAME["article"]):
        m = style.pattern.match(text, start)
        if m is not None and m.group(1) in _FIRST_NUMBERS:
            return True
    return _GENERAL_PROVISIONS_RE.match(text, start) is not None


def heading_after(rest: str, kind: str) -> str | None:
    """The heading of a numbered line from the text after its label."""
    rest = rest.strip()
    if kind == "chapter" or kind == "section":
        return _SPACES_RE.sub("", rest) or None
    if kind == "article":
        bracketed = _ARTICLE_HEADING_RE.match(rest)
        return bracketed.group(1).strip() if bracketed else None
    stop = HEADING_END_RE.search(rest)
    heading = (rest if stop is None else rest[: stop.start()]).strip().rstrip("：:，,；;")
    return heading or None

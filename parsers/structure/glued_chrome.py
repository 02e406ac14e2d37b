"""A title line with a page's chrome glued to it, split where the title ends.

A page may print its title and its chrome on one line: the field strip after it (X办法 来源：甲局 发布时间：…), the
organ and the day (X办法 甲市人民政府 2031年3月12日), the site's or the file's name (X办法 - 甲文库, X办法_乙百科,
X办法.docx-丙文档, X办法pdf), the widgets (X办法 【字体：大 中 小】, 打印本页 关闭窗口); or the chrome before it (首页 >
政策文件 > X办法, 索引号：… X办法). Each reader of a title asks whether a line ends with a kind of document, or whether
it is chrome as a whole, and so declined the line and lost the title on it. Cutting the chrome off in every reader
would be a rule for each; instead the line is split (the pieces still cover the text) into the title and the chrome,
each on a line of its own, where the rules read each for what it is, as they read a page that broke its lines there.

Only a line the readers decline is split (one that ends with no kind of document, is chrome or is never a title as a
whole), only among a text's first lines, and only where the piece is a title by itself and the rest is chrome by
itself: an organ after a title is chrome only after a separator (X办法甲市人民政府 may be one name run on).
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import LINE_SPACES, alternation
from parsers.structure.furniture_rules import furniture_data
from parsers.structure.furniture_rules import rules as furniture_rules
from parsers.structure.lines import Line, line_memo, squeeze
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.titles import (
    TITLE_MIN_CHARS,
    ends_with_doc_type,
    is_issuer_line,
    is_site_name,
    never_title_content,
    rules,
    titles_data,
)
from parsers.structure.web_chrome import WEB_LINE_MAX_CHARS, is_web_chrome

GLUED_HEAD_MAX_LINES = 40  # a page's title stands among its first lines, chrome and all
POST_HEADLINE_MIN_CHARS = (
    10  # 【要闻】, 【发布单位】, 【字体：大 中 小】 are shorter: a tag, a label, a widget
)
POST_HEAD_MAX_LINES = 3  # a post opens with its headline
_POST_HEADLINE_RE = re.compile(rf"^【(?P<headline>[^【】。；！？]{{{POST_HEADLINE_MIN_CHARS},60}})】")
_SEPARATOR = LINE_SPACES + "_|｜-—–"
_SITE_BAR_RE = re.compile(r"[_|｜]")
# marks a title closes as it opens (《X条例》（征求意见稿）公告: no cut inside the quote or a bracket)
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("[", "]"), ("【", "】"), ("［", "］"), ("“", "”"))
# X纲要(附全文) 发布时间:…: a news site's headline over the text it appends, which the text below names in full
# (full_text_below reads it there); the headline is not made a title line of its own
_APPENDS_RE = re.compile(r"[（(]\s*附[^（()）]{1,20}[）)]\s*$")
_BRACKET_RE = re.compile(r"\s*[（(〔【\[［]")
_LAST_BRACKET_RE = re.compile(r"[【\[［（(][^【】\[\]［］（()）]{1,24}[】\]］）)]\s*$")
# 2031-03-12 10:20:30: the day and the time a page was posted (a day alone is drop_appended_note's)
_POSTED_RE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?"
)


@cache
def _crumb_buttons_re() -> re.Pattern[str]:
    # a path label (本页位置, 当前位置), the path, then the page's size and print buttons, run together before a
    # headline (当前位置首页政务公开法规文件默认字体】【放大字体打印本页X办法): what follows the last button is the title
    web = furniture_data()["web"]
    return re.compile(
        rf"^\s*(?:{web['position_label']}).*(?:{alternation(web['page_buttons'])})[\s】\]]*(?=[^【\[\s])"
    )


@cache
def _file_re() -> re.Pattern[str]:
    # X办法.docx, X办法pdf, X办法.docx-甲文档: a shared file's extension, then the site's name
    return re.compile(
        rf"^\.?(?:{alternation(titles_data()['file_extensions'])})(?![A-Za-z])(?:\s*[-—–_|｜]+\s*(?P<site>.+))?$",
        re.IGNORECASE,
    )


@cache
def _sharing_site_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(titles_data()['sharing_site_ends'])})$")


def split_glued_chrome(lines: list[Line]) -> list[Line]:
    """``lines`` with each of the first lines that is a title with chrome glued on split into the two."""
    out: list[Line] = []
    # (only the first GLUED_HEAD_MAX_LINES lines are read, POST_HEAD_MAX_LINES being fewer: the rest is kept as is)
    for i, line in enumerate(lines[:GLUED_HEAD_MAX_LINES]):
        base, content = line.content_start, line.content
        if i < POST_HEAD_MAX_LINES and (post := _headline_in_brackets(content)) is not None:
            close, lead = (
                post  # the headline without its brackets (the 】 stays in the line's span), then the lead
            )
            out.append(Line(line.start, base + lead, base + 1, content[1:close].strip()))
            out.append(Line(base + lead, line.end, base + lead, content[lead:]))
            continue
        cut = _cut(content) or _after_buttons(content)
        if cut is None:
            out.append(line)
            continue
        first_end, second = cut
        out.append(Line(line.start, base + second, base, content[:first_end].rstrip()))
        out.append(Line(base + second, line.end, base + second, content[second:]))
    out.extend(lines[GLUED_HEAD_MAX_LINES:])
    return out


@line_memo
def _headline_in_brackets(content: str) -> tuple[int, int] | None:
    """(where 】 stands, where the lead begins) on a post that opens with its headline in 【】 and runs its lead on
    after it: 【甲市三项新举措扶持乙业】近日，甲局发布…。 A column's tag or a field's label in 【】 is
    short (【要闻】, 【发布单位】); a headline names what happened at a headline's length, and a sentence follows."""
    m = _POST_HEADLINE_RE.match(content)
    if m is None:
        return None
    lead = content[m.end() :].lstrip()
    if not SENTENCE_MARK_RE.search(lead) or is_web_chrome(lead):
        return None
    return m.end() - 1, len(content) - len(lead)


@line_memo
def _cut(content: str) -> tuple[int, int] | None:
    """(where the first piece ends, where the second begins) on a declined line that is a title and chrome; else
    None.
    The title is cut after its kind of document, where the rest is chrome whole."""
    # (a line naming no kind of document before its first sentence's end holds no title: the loop finds no kind, so
    # no search of the whole line for one is made first)
    if len(content) > WEB_LINE_MAX_CHARS:
        return None
    sentence = SENTENCE_MARK_RE.search(content)  # a title holds no sentence's end: the cut comes before one
    for m in rules().doc_type.finditer(content, 0, sentence.start() if sentence else len(content)):
        # after the kind, or after a bracket that follows it (its stage, its period): the widget in 【】 may be last
        # (most kinds hold no bracket: their one end, without building the sorted set)
        ends = (
            sorted({m.end(), *(b.start() for b in _BRACKET_RE.finditer(content, m.start(), m.end()))})
            if _BRACKET_RE.search(content, m.start(), m.end())
            else (m.end(),)
        )
        for end in ends:
            rest = content[end:]
            start = end + len(rest) - len(rest.lstrip(_SEPARATOR))
            # (two cheap tests _is_title makes too, before the chrome: a piece shorter than TITLE_MIN_CHARS is too
            # short after squeezing; most pieces of a body line end inside a quote, 为贯彻落实《X规划, and stripping
            # the separators keeps every 《 and 》; all three tests must hold, so their order changes no answer)
            if (
                start < len(content)
                and end >= TITLE_MIN_CHARS
                and content.count("《", 0, end) == content.count("》", 0, end)
                and _chrome_after(rest)
                and _is_title(content[:end])
            ):
                # Whether the readers decline the line whole is asked last, once a cut is found: it depends on the
                # line alone, not on the cut, so asking it first or last gives the same answer, and few lines of a
                # text's head have a cut while most of those naming a kind of document are declined (body lines).
                return (end, start) if _declined(content) else None
    return None


@line_memo
def _after_buttons(content: str) -> tuple[int, int] | None:
    """(where the path and the buttons end, where the title begins) on a line that runs a path, a page's size and
    print buttons and a title together; else None."""
    m = _crumb_buttons_re().match(content)
    if m is None or not _is_title(content[m.end() :]):
        return None
    return m.end(), m.end()


def _declined(content: str) -> bool:
    """The title readers decline the line whole: it ends with no kind of document, or is chrome or never a title."""
    if not ends_with_doc_type(content) or is_web_chrome(content) or never_title_content(content):
        return True
    # X办法 【字体：大 中 小】: a bracket may close a title (its stage, its 文号), but this one is a widget
    bracket = _LAST_BRACKET_RE.search(content)
    return bracket is not None and _bracketed_chrome(bracket.group())


def _bracketed_chrome(bracket: str) -> bool:
    """【字体：大 中 小】, (来源:甲网): a widget or a field in brackets (a day in brackets is drop_appended_note's: on
    a line of its own it would be joined to the title's lines again)."""
    if _LAST_BRACKET_RE.fullmatch(bracket.strip()) is None:
        return False  # (one bracket, whole: 15篇(第5/20页) is a count and the site's counter)
    inside = bracket.strip()[1:-1].strip()
    return bool(inside) and (is_web_chrome(bracket) or _opens_as_chrome(inside))


def _is_title(piece: str) -> bool:
    """A piece that is a title line by itself."""
    piece = piece.strip(_SEPARATOR)
    return (
        not _APPENDS_RE.search(piece)
        and not _SITE_BAR_RE.search(
            piece
        )  # (X办法_政策文件: a column after a site's bar, not the title's end)
        and all(piece.count(o) == piece.count(c) for o, c in _PAIRS)
        and len(squeeze(piece)) >= TITLE_MIN_CHARS
        and ends_with_doc_type(piece)
        and not SENTENCE_MARK_RE.search(piece)
        and not never_title_content(piece)
        and not is_web_chrome(piece)
    )


def _chrome_after(rest: str) -> bool:
    """What follows a title's kind of document is the page's chrome: a field strip or a widget, an organ (and the
    day), a site's name, a file's extension."""
    glued = rest[:1] not in _SEPARATOR
    chrome = rest.strip(_SEPARATOR)
    if not chrome:
        return False
    if (m := _file_re().match(chrome.strip() if glued else chrome)) is not None:
        # (X方案(18页).doc alone is a shared file's name: shared_file reads it)
        return m.group("site") is not None and _site(m.group("site"))
    if rules().doc_type.search(chrome):
        return False  # 和二〇三五年远景目标纲要 发布时间:…: the title goes on to a later kind of document
    if _opens_as_chrome(chrome) or _bracketed_chrome(chrome) or (not glued and _POSTED_RE.fullmatch(chrome)):
        return True  # 来源：甲局, 发布时间：… 浏览次数：…, 【字体：大 中 小】, 打印本页 关闭窗口, 2031-03-12 10:20
    if glued:
        return False
    organ, gap, after = chrome.partition(" ")
    # 甲市人民政府办公室 发布时间：…: the organ that posted it, then the page's fields
    return (
        is_issuer_line(chrome)
        or _site(rest)
        or bool(gap and is_issuer_line(organ) and _chrome_after(" " + after))
    )


def _opens_as_chrome(chrome: str) -> bool:
    """The piece opens with a field's label or a widget (来源：, 发布时间：, 浏览次数：, 【字体：, 打印本页, 分享到): a
    mark anchored at a line's start, or a metadata field. A mark that may stand anywhere in a line (a page counter
    第5/20页) is no proof that the whole piece is chrome: it may hold the title's own words (汇编 15篇)."""
    r = furniture_rules()
    # (the two marks first: each is one pattern, is_web_chrome many; both must hold, so the order changes nothing)
    return bool(r.metadata.match(chrome) or r.web_start.starts(squeeze(chrome))) and is_web_chrome(chrome)


def _site(name: str) -> bool:
    """A site's name after a title: a government site, an organ or a place (titles.is_site_name), or a sharing site."""
    name = name.strip()
    return is_site_name(name) or bool(_sharing_site_re().search(name.split()[-1] if name.split() else name))

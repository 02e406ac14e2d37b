"""Which of a head's candidate titles may win: a line that names a kind of document outranks one that names none.

Two readings of the head's form, not of any site's words:

- a decree header (``甲省人民政府令`` / ``乙部令 第8号`` / ``丙市人民政府令116号``) is the frame of the regulation it
  promulgates, not its title: it names the organ's order, not a kind of document (title_choice reads the
  regulation under it);
- a head cut short by a line read as the body's start that is no prose (a label row whose last label ends in a
  colon, a telephone number in brackets read as a list item) still holds the title when none of its lines
  names a kind of document: the first title naming one that stands before the first sentence is the
  document's, and the lines above it that name none (a site's greeting, a gazette's masthead) never win.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.title_group import title_group
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    TitleGroup,
    ends_with_doc_type,
    is_body_line,
    is_note_line,
    open_quote,
    rules,
    squeeze,
)

_NUMERAL = r"[\d一二三四五六七八九十百零〇○]"
# 甲省人民政府令, 乙部令 第8号, 丙市人民政府令116号, 丁局令（2006年第3号）: an order's header, alone on its line
DECREE_HEADER_RE = re.compile(
    rf"^(?P<organ>[\u4e00-\u9fff]{{2,30}})令(?:[（(]?(?:(?:19|20)\d{{2}}年)?第?{_NUMERAL}{{1,6}}号[）)]?)?$"
)
LATE_TITLE_WINDOW = 40  # lines past the head's false start where its title may still stand
PROSE_MIN_CHARS = 12  # a line with a sentence mark and more than this is prose: the body proper


def is_decree_header(title: str) -> bool:
    """``中华人民共和国交通部令``, ``甲省人民政府令116号``: the header of an organ's order, which frames the regulation
    (``甲省森林禁火令`` names no organ before 令: the order is the document)."""
    header = DECREE_HEADER_RE.match(squeeze(title))
    if header is None:
        return False
    # 甲省总林长令, 乙市总河长令: the chief of a river or forest system orders as an organ does, under a header
    return bool(rules().issuer_part.match(header.group("organ"))) or header.group("organ").endswith(
        _chief_offices()
    )


@cache
def _chief_offices() -> tuple[str, ...]:
    return tuple(titles_data()["chief_offices"])


def names_kind(group: TitleGroup) -> bool:
    """The group names a kind of document (an order's header names none: it frames one)."""
    return group.strong and not is_decree_header(group.text)


def late_title(lines: list[Line], i: int, text: str, limit: int) -> TitleGroup | None:
    """The first title naming a kind of document past the head's false start ``i``, before any prose."""
    for k in range(i, min(len(lines), i + LATE_TITLE_WINDOW, limit)):
        content = lines[k].content
        if SENTENCE_MARK_RE.search(content) and len(content) > PROSE_MIN_CHARS:
            return None  # the body proper has begun: no title stands after it
        if lines[k].is_furniture or is_body_line(lines[k], text):
            continue
        group = title_group(lines, k, text)
        if group is not None and names_kind(group):
            return group
    return None


def noted_first(groups: list[TitleGroup], lines: list[Line]) -> list[TitleGroup]:
    """A title right over its note of adoption (（1999年…会议通过…）) is the document's own heading: it outranks the
    first title above it when that one does not name it (a spammed page title, a column), though it ends with a kind
    of document. A first title that names it (关于公布《X条例》的公告, X条例_甲人大网) keeps its rank."""
    first = next((g for g in groups if names_kind(g)), None)
    for k, group in enumerate(groups):
        under = group.first + group.n_lines
        if group is first or not names_kind(group) or open_quote(group.text) or under >= len(lines):
            continue
        if is_note_line(lines[under].content) and not _same_name(group.text, first.text):
            return [group, *groups[:k], *groups[k + 1 :]]
    return groups


_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")


def _same_name(noted: str, first: str) -> bool:
    """One title holds the other, bracketed notes aside (X规定(最新版本全文) / 施行日期:… X规定; 关于公布《X条例》的公告)."""
    a, b = (_BRACKETED_RE.sub("", squeeze(t)) for t in (noted, first))
    return a in b or b in a


# 标题: 甲市规划建言 一周征集建议百余条 [打印本页]: a page's title field, its words (single spaces kept) up to a widget
_TITLE_FIELD_RE = re.compile(
    r"^\s*标\s*题\s*[:：]\s*(?P<title>\S+(?: \S+)*?)\s*(?:[\[【][^\]】]{1,8}[\]】]\s*)*$"
)


def labelled_title(head: list[Line]) -> str | None:
    """The title a page's own 标题: field gives, whatever it names (a news headline names no kind of document)."""
    for line in head:
        m = _TITLE_FIELD_RE.match(line.content)
        if m is not None and len(m.group("title")) >= TITLE_FIELD_MIN_CHARS:
            return m.group("title")
    return None


TITLE_FIELD_MIN_CHARS = 6


@cache
def _name_field_re() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, titles_data()["name_field_labels"]))
    return re.compile(rf"^[-•·*\s]*(?:{labels})\s*[:：]\s*《?(?P<name>[^《》\s]{{4,160}}?)》?\s*$")


def info_box_name(head: list[Line]) -> str | None:
    """The document an encyclopedia page's info box names (- 中文名: X条例), when it names a kind of document."""
    for line in head:
        m = _name_field_re().match(line.content)
        if m is not None and ends_with_doc_type(m.group("name")):
            return m.group("name")
    return None

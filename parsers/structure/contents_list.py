"""A list of documents under a 目录 mark (a gazette's or a collection's contents): its entries are no title.

A 目录 mark that opens a run (a line, or a token not part of a word: ``…(内部资料注意保存)目录赣市府发…``) and is
followed by several names of documents, each ending with a kind of document and then a page number, a 文号 in
brackets or the end of its line, lists documents. The text it heads is the list (an excerpt of a gazette, a
document-sharing page), not one of the documents it lists:

- an entry of the list (``市人民政府关于印发X办法的通知``) is never the text's title or notice title, unless it
  stands again below the list, alone on its line: the document the issue then prints in full;
- a line above the mark that names no kind of document (a masthead ``X市人民政府公报``, a site's headline) is no
  title either: it names the gazette or the page.

A title naming a kind of document above the list (a policy with its own chapter list, a 汇编 named as such) is kept,
and a list of chapters (第一章 总则 …) names no documents.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.patterns import alternation as words
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type, squeeze

HEAD_CHARS = 800  # the mark stands near the text's start
LIST_CHARS = 600  # the names stand together: this far past the mark
LISTED_MIN = 4  # this many different names of documents make a list of documents
NAME_MIN_CHARS = 6  # a listed name says what the document is about before its kind

# 目 first, then the look-behind (no Chinese character before it): the engine skips to each 目 instead of trying
# every position
_MARK_RE = re.compile(r"目(?<![\u4e00-\u9fff]目)\s*录")


def _name_end_re() -> re.Pattern[str]:
    kinds = words(titles_data()["document_types"])
    # a kind of document ending a name: then a page number, a bracket (文号, page), leader dots or the line's end
    # a name, not a menu's label (专项规划, 政策解读): NAME_MIN_CHARS before its kind, on its line
    return re.compile(rf"[^\s…·]{{{NAME_MIN_CHARS}}}(?:{kinds})(?=[ \t]*(?:\n|$|[（(]|\d|…|\.{{2}}|·))")


_NAME_END_RE = _name_end_re()
# an entry's page after its name at the line's end: （5）, (12), ……5
_PAGED_ENTRY_RE = re.compile(rf"(?:[（(]\d{{1,4}}[)）]|[.…·]{{2,}}\s*\d{{1,4}})[{LINE_SPACES}]*$", re.M)
PAGED_MIN = 2  # this many paged entries make a gazette's contents


def listing(text: str) -> tuple[int, str] | None:
    """Where a list of documents opens (the 目录 mark's offset) and its text, or None."""
    mark = _MARK_RE.search(text, 0, HEAD_CHARS)
    if mark is None:
        return None
    after = text[mark.end() : mark.end() + LIST_CHARS]
    # each name whole, from its line's start
    names = [
        after[after.rfind("\n", 0, m.start()) + 1 : m.end()].strip() for m in _NAME_END_RE.finditer(after)
    ]
    # a site's 目录 label over one notice printed twice lists one document, not two; but entries that carry their page
    # (…的通知（5）) are a gazette's contents, whose documents are printed again below: each printing counts
    paged = len(_PAGED_ENTRY_RE.findall(after)) >= PAGED_MIN
    if len(names if paged else set(names)) < LISTED_MIN:
        return None
    return mark.start(), after


def listed_title(title: str | None, text: str) -> bool:
    """The title read from the head is the list's, not a document's: an entry of a list of documents, or a line
    above the list that names no kind of document."""
    if not title:
        return False
    found = listing(text)
    if found is None:
        return False
    mark_at, after = found
    if squeeze(title) in squeeze(after):
        return True
    title_at = text.find(title[:TITLE_KEY_CHARS])
    return not ends_with_doc_type(title) and 0 <= title_at < mark_at


TITLE_KEY_CHARS = 6  # the title's first characters find its line


def stored_below(title: str | None, text: str) -> str | None:
    """An entry of a list of documents (its page number after it) that stands again below the list, alone on its
    line: the gazette's contents, then that document in full (目录 / 甲办法的通知（1） / … / 甲办法的通知 /
    甲政发〔2031〕1号 / …). The entry's name, without its page number; None otherwise."""
    found = listing(text) if title else None
    if found is None:
        return None
    name = _PAGE_NUMBER_RE.sub("", squeeze(title))
    mark_at = found[0]
    below = text[mark_at:]
    if name == squeeze(title) or squeeze(below).count(name) < 2:
        return None
    return next((line.strip() for line in below.splitlines() if squeeze(line) == name), None)


# an entry's page number: （1）, (12), ……3
_PAGE_NUMBER_RE = re.compile(r"(?:[（(]\d{1,4}[）)]|[….·]*\d{1,4})$")


# 甲市人民政府公报2031年第1期, 乙州人民政府公报(2031年第4期), 丙市人民政府公报2031年第18期(总第852期): a gazette's
# masthead with its issue
_MASTHEAD_RE = re.compile(
    r"[\u4e00-\u9fff]{2,30}公报\s*(?:[(（]\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期\s*[)）]"
    r"|(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期)(?:\s*[(（]\s*总第\s*\d{1,5}\s*期\s*[)）])?"
)
MASTHEAD_LINES = 30  # the masthead stands among the page's first lines


def issue_masthead(text: str) -> str | None:
    """The masthead of a gazette issue whose contents the page holds (甲市人民政府公报2031年第1期 / 目 录, or the
    masthead printed twice over its list): the page's title when it prints none of the documents it lists."""
    lines = [squeeze(line) for line in text.splitlines()[: MASTHEAD_LINES * 3] if line.strip()][
        :MASTHEAD_LINES
    ]
    for k, line in enumerate(lines[:-1]):
        if _MASTHEAD_RE.fullmatch(line) and (_MARK_RE.fullmatch(lines[k + 1]) or lines[k + 1] == line):
            return line
    return None

"""A document-sharing site's page: the file it offers is named over and over (X条例.doc, then X条例.doc under the
download bar, X条例.docX条例.doc in a strip of thumbnails), and the text itself often follows run into one line
where no title line can be found.

When the document rules find no title, the one file name such a page repeats is the document's title, if it ends
with a kind of document. A site that lists the files of a collection names each once (甲办法.doc, 乙细则.pdf): no
name repeats, and several names differ, so nothing is taken from it. The site's note on the file (《X.docx》由会员分享)
names it once more; so does the text under a name that opens the page, when it gives the name again (X预案.doc / X预案
二〇二三年三月 1总则…: the file's own heading, run together with its cover). The site's words after the name (X预案Word下载.docx, X办法(共6页).doc: titles.toml
``file_name_notes``, ``file_page_count``) and the quotes
around it (《X预案》.docx) are no part of the title.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from parsers.patterns import alternation
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import TITLE_MAX_CHARS, TITLE_MIN_CHARS, ends_with_doc_type, squeeze

HEAD_LINES = 40  # the file's name stands in the page's head, over the download bar
MIN_REPEATS = 2
FILE_LINE_MAX_CHARS = 600  # a strip of a file's name repeated; a longer line is the text run together
# X.doc, one or more on a line (a strip of thumbnails runs them together: X.docX.doc)
_FILE_NAME_RE = re.compile(r"(?P<name>[^\s.。，,:：/\\|]+?)\.(?:docx?|wps|pdf)(?![A-Za-z])", re.IGNORECASE)
# the site's note on the file it shares: 《X.docx》由会员分享,可在线阅读 names the file once more
_SHARING_NOTE_RE = re.compile(r"^《(?P<name>[^《》\s.。，,:：/\\|]+?)\.(?:docx?|wps|pdf)》", re.IGNORECASE)
# what both patterns need, found fast (it opens with a character): a line without it is passed over unread
_EXTENSION_RE = re.compile(r"\.(?:docx?|wps|pdf)", re.IGNORECASE)
_QUOTED_RE = re.compile(r"^《(?P<name>[^《》]+)》$")
_ITEM_NUMBER_RE = re.compile(r"^\d{1,2}[、.．]")


@cache
def _note_re() -> re.Pattern[str]:
    """titles.toml ``file_name_notes`` and ``file_page_count`` at a file name's end: Word下载, 最新全文, (共6页)."""
    data = titles_data()
    return re.compile(
        rf"(?:{alternation(data['file_name_notes'])}|{data['file_page_count']})+$", re.IGNORECASE
    )


def _bare_name(name: str) -> str:
    """《X预案》Word下载 -> X预案: a file's name without the site's note after it or the quotes around it."""
    name = _note_re().sub("", name)
    quoted = _QUOTED_RE.match(name)
    return quoted.group("name") if quoted else name


def shared_file_title(lines: list[Line]) -> str | None:
    """The one name the page's head gives as a file's, at least twice, ending with a kind of document."""
    names: Counter[str] = Counter()
    for line in lines[:HEAD_LINES]:
        key = squeeze(line.content)
        if len(key) > FILE_LINE_MAX_CHARS or _EXTENSION_RE.search(key) is None:
            continue  # a paragraph, or no file's name (both patterns below need an extension)
        found = [_bare_name(m.group("name")) for m in _FILE_NAME_RE.finditer(key)]
        if found and "".join(m.group(0) for m in _FILE_NAME_RE.finditer(key)) == key:
            names.update(found)  # a line made of file names only
        elif (note := _SHARING_NOTE_RE.match(key)) is not None:
            names[_bare_name(note.group("name"))] += 1
    if len(names) != 1:
        return None
    name, repeats = names.most_common(1)[0]
    if repeats < MIN_REPEATS and _opens_and_heads(lines, name):
        repeats += 1  # 甲预案.doc opening the page, 甲预案 again in the text under it: the file's own heading
    if (
        repeats < MIN_REPEATS
        or not TITLE_MIN_CHARS <= len(name) <= TITLE_MAX_CHARS
        or not ends_with_doc_type(name)
    ):
        return None
    return name


def _opens_and_heads(lines: list[Line], name: str) -> bool:
    """The page's first line is the file's name alone, and a later line of the head opens with the name (after an
    item's number a converter left: 1、X预案目录)."""
    worded = [squeeze(line.content) for line in lines[:HEAD_LINES] if line.content.strip()]
    if not worded or _FILE_NAME_RE.fullmatch(worded[0]) is None:
        return False
    return any(_ITEM_NUMBER_RE.sub("", key).startswith(name) for key in worded[1:])

"""A page's record line over a whole title: the line is the page's, never the title's first line.

A wrapped title is joined when its first line names no kind of document and the lines under it end with one
(甲市人民政府关于印发 / 甲市X办法的通知). A page may put a line of its own record right over the document's heading:
a field written without its colon (主题词 农业、畜牧; 【时效性】现行有效, 【发布单位】甲省人民政府 【发布文号】…), a
day of posting or printing (甲镇办公室 2031年5月6日印发 |; 时间: 2031-05-06 来源: …), a site's note that it
holds the full text (2031年甲市X条例最新版全文; 《X办法》乙部令第6号(2031年修订版全文)). Such a line is
complete on its own; when the line under it is a whole title by itself, the two are not one title, and the
record line is no title at all.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES, alternation
from parsers.structure.lines import squeeze
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import TITLE_MIN_CHARS, ends_with_doc_type, open_quote

# a day written whole (2031年5月6日, 2031-05-06, 2031/5/6): a title names a year or a period, not a day
_DAY_RE = re.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})")
# 【时效性】现行有效, 【发布单位】甲: a label in lenticular brackets and a value after it, the field's colon left out
_BRACKET_FIELD_RE = re.compile(r"^【[\u4e00-\u9fff\s]{2,8}】\s*\S")
# 主题词 农业、畜牧: a field's label, a space for its colon, a value
_SPACED_FIELD_RE = re.compile(rf"^\s*(?:{alternation(titles_data()['field_labels'])})[{LINE_SPACES}]+\S")
# 全文, 最新版全文, 修订版全文: a site's note of what the page holds, anywhere in the line (inside a bracket too)
_FULL_TEXT_NOTE_RE = re.compile(r"全文")


def is_record_line(content: str) -> bool:
    """The line is a page's record: a field without its colon, a whole day, or a note that it holds the full
    text; it names no kind of document at its end (甲市X条例（全文）, a title with its note in brackets, is read
    elsewhere; 甲市X条例全文 is the page's label of the text it holds, a record line)."""
    key = squeeze(content)
    if ends_with_doc_type(key):
        return False
    return bool(
        _BRACKET_FIELD_RE.match(content.strip())
        or _SPACED_FIELD_RE.match(content)
        or _DAY_RE.search(key)
        or _FULL_TEXT_NOTE_RE.search(key)
    )


def is_whole_title(content: str) -> bool:
    """The line is a title by itself: it ends with a kind of document and leaves no name open."""
    key = squeeze(content)
    return len(key) >= TITLE_MIN_CHARS and ends_with_doc_type(key) and not open_quote(key)


def record_over_title(upper: str, lower: str) -> bool:
    """``upper`` is a page's record line and ``lower`` a whole title under it: not one wrapped title."""
    return is_whole_title(lower) and is_record_line(upper)

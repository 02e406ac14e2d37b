"""What a weak title line (one naming no kind of document) never is, recognised by its form: chrome or prose.

Pages print their furniture in forms a title never takes: a row of bracketed widgets (``【打印】 【关闭】``,
``【 发布时间:2026-01-02 阅读次数:】``) and a reporter's credit (``甲网记者 乙丙``, ``本报通讯员 丁戊``, in simplified
or traditional characters). A text that opens with such a line has lost its headline: the weak-line rule gives
it no title rather than take the chrome for one.

A headline that names no kind of document is short (the longest in the corpus's annotations with a comma has 28
characters): a line of more than 40 characters with a comma or a full stop is a sentence of the body (经过X个月的
研究和审议,甲省政府日前发布了《乙办法》…), never a headline.

A periodical database marks where the stored text of an article begins with ``<正>`` (a copy: ``【正】``) and keeps the article's
title in a field of its own: a weak line right over the ``<正>`` line is the site's (论文部分内容阅读, 摘要), never the
title (a whole title there, one naming a kind of document, is still read).

A site's column over a title (省人大颁布的地方法规, 政策文件, 规范性文件) names a collection of documents, not one:
a short line (no 关于) that ends with such a word, over a line that is a whole title by itself (it names a kind of document and
does not go on from the line above with 的, 和, 及 or a bracket), is the column, not the title's first line.

A line numbered as a part (一、, 二、) is the body's heading: no title in the corpus's annotations opens so.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation
from parsers.structure.lines import squeeze
from parsers.structure.title_labels import titles_data

_BRACKET_GROUP = r"[【\[［]\s*[^【】\[\]［］]{0,40}\s*[】\]］]"
_WIDGET_ROW_RE = re.compile(rf"^\s*(?:{_BRACKET_GROUP}\s*){{2,}}$")
_CREDIT_WORD = rf"(?:特约|实习|首席)?(?:{alternation(titles_data()['person_credit_labels'])})"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_SENTENCE_MARK_RE = re.compile(r"[，,。；;]")
PROSE_MIN_CHARS = 40
_CREDIT_RE = re.compile(
    rf"^\s*[\u4e00-\u9fffA-Za-z]{{0,10}}{_CREDIT_WORD}\s*{_NAME}(?:\s+{_NAME}){{0,3}}\s*$"
)


def is_chrome_line(content: str) -> bool:
    """The line is a row of bracketed widgets or a reporter's credit: chrome, never a title."""
    return _WIDGET_ROW_RE.match(content) is not None or _CREDIT_RE.match(content) is not None


def is_prose_line(content: str) -> bool:
    """A long line with a comma or a full stop: a sentence, never a headline."""
    key = squeeze(content)
    return len(key) > PROSE_MIN_CHARS and _SENTENCE_MARK_RE.search(key) is not None


# 一、听证时间和地点: the first part's heading of a body (a notice whose lead hands over 有关事项如下：), numbered as
# no document's title is
_PART_HEADING_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、．]")


def is_part_heading(content: str) -> bool:
    """一、X: a part's heading numbered as the body's first level, never a title (nor a headline over a time)."""
    return _PART_HEADING_RE.match(content) is not None


def never_weak_title(content: str) -> bool:
    """Chrome, prose or a part's numbered heading: the weak-line rule never takes this line for a title."""
    return is_chrome_line(content) or is_prose_line(content) or is_part_heading(content)


_ABSTRACT_MARK_RE = re.compile(r"^\s*(?:<正>|【正】)")  # (a copy prints the mark in 【】)


def opens_abstract(content: str) -> bool:
    """The line opens a periodical database's stored text (``<正>``, ``【正】``)."""
    return _ABSTRACT_MARK_RE.match(content) is not None


_COLLECTION_END_RE = re.compile(r"(?:法规|规章|规范性文件|政策文件|文件|法律法规|政策法规)$")
COLUMN_MAX_CHARS = 12  # a column's name is short
_CONTINUES_RE = re.compile(r"^[的和及暨与等之（(〈《》〉）)]")


def is_column_over_title(upper: str, lower: str) -> bool:
    """``upper`` names a collection of documents and ``lower`` is a whole title by itself."""
    from parsers.structure.titles import ends_with_doc_type  # (titles imports the modules of title rules)

    key, below = squeeze(upper), lower.strip()
    return (
        len(key) <= COLUMN_MAX_CHARS
        and "关于" not in key  # 关于印发甲市规范性文件 / 管理办法的通知: a title's opening, wrapped
        and _COLLECTION_END_RE.search(key) is not None
        and not _CONTINUES_RE.match(below)
        and ends_with_doc_type(below)
    )

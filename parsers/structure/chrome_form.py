"""Page chrome a title never is, recognised by its form, not by a site's words.

* A metadata row whose label runs into its value, without a colon: ``发文日期1988年01月26日``,
  ``发布时间2020-01-02``, ``发文字号甲政发〔2020〕1号``, ``时效性现行有效``. The label ends in 日期, 时间, 文号, 字号 or 索引号 and
  the value is a day or a 文号, or the value is a validity (现行有效, 已失效): a row of the page's table, never a title (a title names a subject).
* A gazette's masthead: a name ending in 公报, 报 or 刊 (or a 主办 credit) with its issue number
  (``甲市人民政府公报(2019年第3、4期)``, ``甲市人民政府主办2020年第2号(总第55号)``): the issue, not a document in it.
* A gazette's name alone on its line, an organ's name + 公报 (``甲市人民政府公报``, the issue's number on the
  line under it or nowhere): the organ's gazette, not a document it issues (a communiqué or a bulletin names its
  meeting or its subject before 公报: ``甲市2030年国民经济和社会发展统计公报``).
* A browser title's suffix: after the document's kind, two or more short segments set off by ``-`` or ``_``
  (``…规划纲要-规划-政务公开-甲之窗``): the column and the site, whatever their words.

Converter pinyin glosses (``發(fā)文日期``) are read through: the form is the same with or without them.
"""

from __future__ import annotations

import re

from parsers.structure.lines import line_memo, squeeze

_GLOSS_RE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")
_DAY = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?"
_DOC_NUMBER = r"\S{0,16}[〔\[［(（]\d{4}[〕\]］)）]\S{0,6}[号號]"
_LABEL = r"[\u4e00-\u9fff]{0,4}(?:日期|时间|時間|文号|文號|字号|字號|索引号|索引號)"
_VALIDITY = r"(?:现行|現行|部分|尚未|已经|已經|已)?(?:有效|失效|废止|廢止|生效)"
_LABELLED_VALUE_RE = re.compile(
    rf"^(?:{_LABEL}[:：]?(?:{_DAY}|{_DOC_NUMBER})|[\u4e00-\u9fff]{{1,4}}[:：]?{_VALIDITY})$"
)
_ISSUE_NUMBER = (
    r"[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:总\s*)?第\s*[\d一二三四五六七八九十〇、，,\s]+[期号號]\s*[）)]?"
)
_MASTHEAD_RE = re.compile(rf"(?:公报|公報|报|報|刊|主办|主辦)\s*{_ISSUE_NUMBER}(?:{_ISSUE_NUMBER})?$")
_GAZETTE_WORDS = ("公报", "公報")
SUFFIX_SEGMENT_MAX_CHARS = 8  # a column's or a site's name after a browser's page title


def _key(content: str) -> str:
    return _GLOSS_RE.sub("", squeeze(content))


def is_labelled_value(content: str) -> bool:
    """``发文日期1988年01月26日``: a metadata label run into its value (a day or a 文号)."""
    return _LABELLED_VALUE_RE.match(_key(content)) is not None


def is_masthead(content: str) -> bool:
    """``甲市人民政府公报(2019年第3、4期)``: a gazette's name (or its 主办 credit) with the issue's number, or an
    organ's name and 公报 alone (``甲市人民政府公报``)."""
    return _masthead_key(_key(content))


def _masthead_key(key: str) -> bool:
    if _MASTHEAD_RE.search(key) is not None:
        return True
    if not key.endswith(_GAZETTE_WORDS):
        return False
    from parsers.structure.titles import rules  # (titles imports us)

    return rules().issuer_part.match(key[:-2]) is not None


@line_memo
def is_chrome_form(content: str) -> bool:
    """A metadata row without its colon or a gazette's masthead: never a title, nor part of one (the line's
    key made once for both)."""
    key = _key(content)
    return _LABELLED_VALUE_RE.match(key) is not None or _masthead_key(key)


@line_memo
def is_menu_entry(content: str) -> bool:
    """``- 相关推荐``: a bulleted line that names no kind of document is a menu's entry; a bulleted issuer line
    (``•  甲市人民政府``, which a gazette prints over ``关于…``) is not."""
    from parsers.structure.titles import (
        LIST_BULLET_RE,
        ends_with_doc_type,
        is_issuer_line,
    )  # (titles imports us)

    if not LIST_BULLET_RE.match(content):
        return False
    return not ends_with_doc_type(squeeze(content)) and not is_issuer_line(LIST_BULLET_RE.sub("", content))


def is_segmented_suffix(suffix: str) -> bool:
    """``规划-政务公开-甲之窗`` after a title: two or more short segments (a column and a site)."""
    segments = re.split(r"[-—–_|｜]", suffix.strip())
    return len(segments) >= 2 and all(0 < len(_key(s)) <= SUFFIX_SEGMENT_MAX_CHARS for s in segments)

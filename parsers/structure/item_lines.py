"""Lines a page prints about its item, never the item's title, nor a title's first line.

A fragment stored without its headline (documents.toml: title "") keeps the lines a site or a paper prints around
the text; the title rules, finding no line that ends with a kind of document, would take the first short line. These
lines say what the item is or where it came from, in a fixed form:

- a dateline that opens on the whole day of posting with its clock time or a source's credit (2031年3月5日 10:06
  来源:甲日报): the dash form (2031-03-05 10:06) is title_group.is_stamped_line's;
- a news credit standing alone (甲新闻网讯, 本报讯): the agency's opening of its report, its report on the next line;
- a reporter's byline alone (甲日报记者 乙): the report's credit, its headline above;
- a column's or a series' tag alone, wholly in lenticular brackets (【完整准确贯彻甲方略】) and naming no kind of
  document;
- a genre field whose value is a bare kind of document (体裁: 通知, 文种：意见): the value names the kind of the page's
  item, not the item (a field naming the item, 标题: X的通知, is read as the title elsewhere);
- a metadata field's value on the line under its label (主题分类: / 其他-其他, 信息分类 / 政府文件;政策解读): a table
  the copy broke into one cell a line. The value under a title's label (标题 / X, 名称: / X) is the title's.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import LINE_SPACES, alternation
from parsers.structure.furniture_rules import furniture_data
from parsers.structure.lines import squeeze
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type

_DATELINE_DAY = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
# 甲新闻网讯, 乙日报讯, 本报讯: a paper's or agency's name (two or more characters before its kind) and 讯
_CREDIT_ALONE_RE = re.compile(
    rf"^(?:{alternation(titles_data()['news_own_credits'])}"
    rf"|[\u4e00-\u9fff]{{2,12}}(?:{alternation(titles_data()['news_credit_kinds'])}))[讯訊]$"
)
# the marks between the classes of a category's value (政府文件;政策解读, 农业/林业)
_CLASS_LIST_RE = re.compile(r"[;；/|｜]")
# a reporter's byline alone: the paper's name, then 记者 and the names (甲日报记者 乙, 甲网-乙报记者 丙 丁)
_BYLINE_ALONE_RE = re.compile(
    rf"^[\u4e00-\u9fff·\-－—]{{0,20}}?(?:{alternation(furniture_data()['web']['reporter_credits'])})"
    rf"[{LINE_SPACES}]*[\u4e00-\u9fff]{{2,4}}(?:[{LINE_SPACES}、，,]+[\u4e00-\u9fff]{{2,4}}){{0,3}}$"
)
# a tag wholly in lenticular brackets, one pair
_COLUMN_TAG_RE = re.compile(r"【([^【】]{2,30})】")
# a field's label: a few characters and its colon
_FIELD_LABEL = r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*"


@cache
def _dateline() -> re.Pattern[str]:
    credits = alternation(titles_data()["source_credit_labels"])
    return re.compile(rf"^\s*[（(]?{_DATELINE_DAY}[）)]?\s*(?:\d{{1,2}}:\d{{2}}|(?:{credits}))")


@cache
def _genre_field() -> re.Pattern[str]:
    kinds = alternation(titles_data()["document_types"])
    return re.compile(rf"^{_FIELD_LABEL}(?:{kinds})$")


def is_item_line(content: str) -> bool:
    """The line is a page's dateline, a news credit alone, a genre field or a column's tag alone: no title, nor a
    title's first line."""
    key = squeeze(content).lstrip("•·-*● ")
    return bool(
        _dateline().match(content.strip().lstrip("•·-*● "))
        or _CREDIT_ALONE_RE.match(key)
        or _genre_field().match(key)
        or _column_tag_alone(key)
        or _BYLINE_ALONE_RE.match(content.strip()) is not None
    )


def _column_tag_alone(key: str) -> bool:
    """【完整准确贯彻甲方略】 alone on its line: a column's or a series' tag (a headline or a title is never wrapped whole
    in lenticular brackets; a 【X办法】 that names a kind of document is left to the title rules)."""
    tag = _COLUMN_TAG_RE.fullmatch(key)
    return tag is not None and not ends_with_doc_type(tag.group(1))


@cache
def _label_alone() -> re.Pattern[str]:
    """A metadata table's label alone on its line, its colon kept or not, that is no title's label."""
    titles = set(titles_data()["title_labels"])
    # (a day's label is left out: its value is a day, never a title, so a line under 废止日期: that is no day is the
    # next line of the page — the title the field's value left empty)
    labels = [
        label
        for label in furniture_data()["web"]["metadata_labels"]
        if label not in titles and not label.endswith(("日期", "时间"))
    ]
    return re.compile(rf"^[•·\-*●\s]*(?:{alternation(labels)})\s*[:：]?\s*$")


def is_value_under_label(text: str, start: int) -> bool:
    """The line whose words start at ``start`` of ``text`` stands right under a metadata label alone, no blank line
    between: it is the field's value (a label over a blank line is an empty field: 统一编号 / (blank) / X预案)."""
    before = text[:start].rstrip(LINE_SPACES)
    if not before.endswith("\n") or before.endswith("\n\n"):
        return False
    return value_under_label(before[:-1].rsplit("\n", 1)[-1], text[start:].split("\n", 1)[0])


def value_under_label(above: str, line: str, *, columns_only: bool = False) -> bool:
    """``line`` is the value of the field whose label stands alone on ``above``: the one rule of a value under a lone
    label. A classification field's value (信息分类 / 政府文件;政策解读, furniture.toml classification_labels and
    column_labels) files the page under a site's columns and is chrome however it ends (a column named …解读 or …公告
    reads like a kind of document); ``columns_only`` asks for those alone (web_chrome.py: chrome). Under any other metadata label the line
    is the field's value unless it is a whole title (有效性: / 甲办关于印发X的通知: the title, the field's value left
    out); a category's value lists its classes (政府文件;政策解读), whatever the last one ends with."""
    if squeeze(above).rstrip(":：") in _column_labels():
        return True
    if columns_only or _label_alone().match(above) is None:
        return False
    key = squeeze(line)
    return _CLASS_LIST_RE.search(key) is not None or not ends_with_doc_type(key)


@cache
def _column_labels() -> frozenset[str]:
    web = furniture_data()["web"]
    return frozenset([*web["classification_labels"], *web["column_labels"]])

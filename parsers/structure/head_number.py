"""The document's 文号 as a reader finds it in the head: a line that is only a 文号 (``湘政办发〔2009〕24号``,
``（劳社厅函[2007]120号）``, a letterhead's ``甲政发〔2031〕5号  签发人：张三``), the value of a page's metadata field
(``发文字号：X``, ``文 号: X``, a law database's ``•【字号】X``), the number a page glues before the quoted title (``京政办发〔2016〕26号《…的通知》``),
a note under the title (``（甲政发〔2018〕11号 2018年5月18日印发）``), the number the addressee or the first
sentence runs on from (``<正>甲政发〔2018〕11号各区人民政府：``), an order's header or its note of making.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.patterns import LINE_SPACES, alternation, in_order
from parsers.structure.doc_number import DOC_NUMBER_TAIL_LAST
from parsers.structure.furniture import is_web_chrome
from parsers.structure.head_titles import run_on_title
from parsers.structure.lines import Line, line_memo
from parsers.structure.orders import (
    ORDER_NUMERAL,
    announced_in_note,
    bare_order_number,
    bracketed_order_note,
    made_by,
    order_header,
)
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    DOC_NUMBER_RE,
    DOC_NUMBER_TAIL_RE,
    LIST_BULLET_RE,
    ends_with_doc_type,
    is_body_line,
    split_quoted_title,
    squeeze,
)

# the labels of a 文号 field (titles.toml doc_number_labels: one table for the field and the record readers below)
_DOC_NUMBER_LABELS = alternation(titles_data()["doc_number_labels"])
# a page's metadata field that holds the 文号, its label bracketed in a law database's record (【发文字号】X)
DOC_NUMBER_FIELD_RE = re.compile(
    rf"(?:{_DOC_NUMBER_LABELS})[:：|】\]]{{0,2}}(?P<number>[^:：|\s]{{2,24}}?号)(?![\u4e00-\u9fff]{{0,2}}[:：])"
)


# a 文号 field whose value is not shaped as a 文号 (its year lost: 甲政办19号; a site's own code: 20310020, 2031(032)),
# the label followed by a colon or set off by spaces, the value up to the next space or field label: the text's own
# reading of its number, kept as written (field conventions: "the 文号 as the text gives it, garbled or not")
# (a label's characters may stand apart: 文  号, as a table's cell pads them)
_SPACED_LABELS = "|".join(r"\s*".join(map(re.escape, label)) for label in titles_data()["doc_number_labels"])
_ANY_VALUE_FIELD_RE = re.compile(
    rf"^[-•·*\s]*(?:{_SPACED_LABELS})(?:\s*[:：]\s*|\s+)(?P<number>[^:：|\s]{{2,24}})(?:\s|$)"
)


# a 文号 run onto the end of its title's line, no bracket around it (…的实施意见甲府办发[2031]3号, …的通知 甲政规〔2031〕2号)
_ENDING_NUMBER_RE = re.compile(r"[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\s*\d{1,5}\s*号$")
NUMBER_PREFIX_MAX = 16  # an organ's short name before the year: 甲府办发, 甲市农业农村局函


def _number_after_title(key: str) -> str | None:
    """The 文号 at the end of a title's line: the shortest prefix before its year that leaves a title ending in a kind
    of document (…实施意见 | 甲府办发[2031]3号), or None."""
    year = _ENDING_NUMBER_RE.search(key)
    if year is None:
        return None
    for start in range(year.start() - 1, max(year.start() - NUMBER_PREFIX_MAX, 0) - 1, -1):
        if key[start].isspace() or not "\u4e00" <= key[start] <= "\u9fff":
            return None
        if start > 0 and ends_with_doc_type(key[:start]):
            return key[start:]
    return None


def _any_value_field(head: list[Line]) -> str | None:
    """The value of the head's first 文号 field that holds a digit, as written, or None."""
    for line in head:
        field = _ANY_VALUE_FIELD_RE.match(line.content)
        if field is not None and any(c.isdigit() for c in field.group("number")):
            return field.group("number")
    return None


def _number_last(key: str) -> bool:
    """The line ends as a 文号 after a title does: DOC_NUMBER_TAIL_RE's alternatives open with a class or a repeat,
    so a search tries them at every position of the line; a line that cannot end one is not searched."""
    return (key[-2:-1] if key.endswith("\n") else key[-1:]) in DOC_NUMBER_TAIL_LAST


_OUTER_BRACKETS_RE = re.compile(r"^[（(](?P<inner>.+)[）)]$")
# a note under the title that gives the 文号 with the day it was issued: (甲政发〔2018〕11号 2018年5月18日印发)
_NUMBER_NOTE_RE = re.compile(
    r"^[（(](?P<number>[\u4e00-\u9fff]{1,16}[〔\[［【](?:19|20)\d{2}[〕\]］】]第?\d{1,5}号)[，,、]?"
    rf"(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日(?:{in_order(titles_data()['number_note_acts'])})?[）)]$"
)
# <正>甲政发〔2031〕5号各区人民政府：…, 甲府办[2031]5号2031年3月20日各县…: a 文号 opening the line (after a
# letterhead's 甲市人民政府文件) the addressee, the date or the first sentence runs on from (an abstract's page keeps no line breaks); 甲发〔2031〕5号文件 is cited,
# 甲令〔2031〕第5号公布，根据… a history line's
_GLUED_NUMBER_RE = re.compile(
    r"^(?:<正>|【正】|\[正\])?(?:[\u4e00-\u9fff]{2,20}文件)?"
    r"(?P<number>[\u4e00-\u9fff]{1,10}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\s*\d{1,5}\s*号)"
    rf"(?!{'|'.join(titles_data()['cited_number_followers'])})"  # titles.toml: 甲发〔2031〕5号文件 is cited
)
# 甲政发〔2031〕5号  签发人：张三: a letterhead prints who signed the document after its 文号
_SIGNER_RE = re.compile(r"签发人[:：].*$")


# a 文号 whose year stands in square brackets (甲政发[2031]5号), as a site's field or headline writes it
_SQUARE_YEAR_RE = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]{1,16})[\[［](?P<year>(?:19|20)\d{2})[\]］](?P<rest>第?\d{1,5}号)$"
)


# a serial number 0: a site's placeholder for a document that has no 文号 (无〔2024〕0号)
_PLACEHOLDER_RE = re.compile(r"[〕\]］]\s*0+\s*号$")


# what a copy runs on before a 文号 with a bracketed year: the day it was issued, a letterhead (甲县人民政府文件); not an
# organ's name, which an order's number opens with (甲市人民政府令〔2025〕第1号)
_GLUED_BEFORE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[\u4e00-\u9fff]{2,30}?文件)"
    r"(?=[\u4e00-\u9fff]{1,10}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\s*\d{1,5}\s*号$)"
)

# 第48号, (第48号): an order's number alone, without the header that names the order
_NUMBER_ALONE_RE = re.compile(rf"[（(]?第{ORDER_NUMERAL}{{1,4}}号[）)]?")
# 甲省X条例(2031): a law's name with the year a database dates it by, shaped like a 文号 without its number
_BARE_YEAR_AFTER_RE = re.compile(r"[（(](?:19|20)\d{2}[）)]$")


def head_doc_number(head: list[Line], text: str) -> str | None:
    """The document's 文号, from its head (``_read_doc_number``), in the document's own writing: a law database's
    field or a site's headline writes the year in square brackets (【发文字号】甲政发[2031]5号) where the document,
    under its title, writes 〔2031〕 (（甲政发〔2031〕5号）); the same number is then given as the document writes it."""
    number = _read_doc_number(head, text)
    if number is not None and _PLACEHOLDER_RE.search(number):
        return None  # a site's empty 文号 field: 无〔2024〕0号
    if number is not None and _NUMBER_ALONE_RE.fullmatch(number):
        # 【发布文号】第48号 over (…甲人民政府令第48号公布): the order's header with it (D18)
        made = made_by(head)
        named = made.group("number") if made is not None and "number" in made.groupdict() else None
        if named and named.endswith(number) and named != number:
            return named
    if number is not None and (glued := _GLUED_BEFORE_RE.match(number)) is not None:
        # 2031年7月15日甲政发〔2031〕161号: the day, or a letterhead, run on before it
        number = number[glued.end() :]
    square = _SQUARE_YEAR_RE.match(number) if number is not None else None
    if square is None:
        return number
    own = f"{square.group('prefix')}〔{square.group('year')}〕{square.group('rest')}"
    return own if own in text else number


def _dated_title(key: str) -> bool:
    """A title ending in a kind of document with a bare year in brackets after it, no 文号."""
    year = _BARE_YEAR_AFTER_RE.search(key)
    return year is not None and ends_with_doc_type(key[: year.start()])


def _read_doc_number(head: list[Line], text: str) -> str | None:
    """A page's 文号 field first (a 公告's header may give only its number), then the head's lines."""
    field = _number_field(head) or _record_field(text)
    if field is not None:
        return field
    order = order_header(head)
    if order is not None:
        return order[0]
    bare = bare_order_number(head)
    if bare is not None:
        return bare
    glued = None
    after_title = None
    for line in head:
        key = _number_key(line)
        if not key:
            continue
        field = DOC_NUMBER_FIELD_RE.search(key)
        if field is not None and DOC_NUMBER_RE.match(field.group("number")):
            return field.group("number")
        number, _ = split_quoted_title(key)
        if number is not None:
            return number
        note = _NUMBER_NOTE_RE.match(key)
        if note is not None:
            return note.group("number")
        if DOC_NUMBER_RE.match(key) and "第" not in key[:1] and not _dated_title(key):
            bracketed = _OUTER_BRACKETS_RE.match(key)
            return bracketed.group("inner") if bracketed else key
        if glued is None and (run_on := _GLUED_NUMBER_RE.match(key)) is not None:
            glued = run_on.group("number")  # the weakest reading: a line that is only the 文号 outranks it
        body = not line.is_furniture and not is_web_chrome(line.content) and is_body_line(line, text)
        tail = None if body or not _number_last(key) else DOC_NUMBER_TAIL_RE.search(key)
        if tail is not None:  # …的通知(岳办发〔2017〕2号): a title with its 文号 after it
            bracketed = _OUTER_BRACKETS_RE.match(tail.group(0))
            return bracketed.group("inner") if bracketed else tail.group(0).lstrip("-—–_")
        if after_title is None and not body and key.endswith("号"):
            after_title = _number_after_title(key)
        if (
            body and run_on_title(LIST_BULLET_RE.sub("", line.content)) is None
        ):  # (a list's entry run on: read on)
            break  # the addressee or the first sentence: a 文号 stands before them (a page's field too)
    under_title = _number_under_title(head)
    if under_title is not None:
        return under_title
    if glued is not None:
        return glued
    if after_title is not None:
        return after_title
    made = made_by(head)
    if made is not None and "number" in made.groupdict():
        return made.group("number")
    note = bracketed_order_note(head)  # (2031年10月29日甲人民政府令第34号) under a decree's title
    if note is not None:
        return note.group("number")
    return announced_in_note(head) or _any_value_field(head)


# a law database's numbered record fields (1. [标题] … 6. [发文字号] 甲政发〔2016〕14号): the head ends at the first
# numbered line, so they are looked for in the text's first lines
_RECORD_FIELD_RE = re.compile(
    rf"^[{LINE_SPACES}]*\d{{1,2}}[{LINE_SPACES}]*[.．、][{LINE_SPACES}]*[\[【][{LINE_SPACES}]*(?:{_DOC_NUMBER_LABELS})[{LINE_SPACES}]*[\]】]"
    rf"[{LINE_SPACES}]*(?P<number>[^\s\[【]{{2,30}}?号)[{LINE_SPACES}]*$",
    re.MULTILINE,
)
RECORD_FIELDS_CHARS = 3000  # the record fields stand at the top of the page


def _record_field(text: str) -> str | None:
    # every match holds a [ or 【 before its label; the pattern opens with ^ and spaces, so the engine would try it at
    # every line of the first RECORD_FIELDS_CHARS: a text with neither there is passed over at the cost of two finds
    if text.find("【", 0, RECORD_FIELDS_CHARS) < 0 and text.find("[", 0, RECORD_FIELDS_CHARS) < 0:
        return None
    found = _RECORD_FIELD_RE.search(text, 0, RECORD_FIELDS_CHARS)
    return found.group("number") if found is not None else None


def _number_key(line: Line) -> str:
    """The line as the 文号 readers see it: spaces squeezed, a site's list bullet (• 甲政发〔2031〕5号) and a
    letterhead's signer dropped."""
    return _content_number_key(line.content)


@line_memo  # (read of each head line by _read_doc_number, then again by _number_under_title)
def _content_number_key(content: str) -> str:
    return _SIGNER_RE.sub("", squeeze(LIST_BULLET_RE.sub("", content)))


PAST_HEAD_LINES = 80  # the title of a page whose chrome numbers its own lists stands among its first lines


def number_under_title_past_head(lines: list[Line], title: str | None) -> str | None:
    """A 文号 alone under the document's own title line when the head ended above the title: a page's chrome holding a
    numbered list (1、下载文档前请…, a menu's 1. 2.) ends the head before the document begins, and the number under its
    title is then not in the head. Read only when the head gives no number, and only under the line (or the title's
    last line) of the title chosen: a gazette's later notice under its own title is another document's."""
    if not title:
        return None
    own = squeeze(title)
    return _number_under_title(lines[:PAST_HEAD_LINES], lambda key: key in own or own in key)


# 附件:甲卫函〔2031〕94号.pdf, 下载阅读版本:乙政办发〔2031〕146号.pdf: a page that links the signed document as a file
# named by its 文号 (the number the page names nowhere else)
_FILE_NAME_NUMBER_RE = re.compile(
    r"(?P<number>[\u4e00-\u9fff]{1,10}[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]\d{1,4}号)\.(?:pdf|docx?|wps|ofd)",
    re.IGNORECASE,
)


def number_in_file_name(lines: list[Line]) -> str | None:
    """The 文号 a linked file's name gives (…〔2031〕94号.pdf), when the page gives no number otherwise."""
    for line in lines[:PAST_HEAD_LINES]:
        if "号." in line.content and (m := _FILE_NAME_NUMBER_RE.search(squeeze(line.content))) is not None:
            return m.group("number")
    return None


def _number_under_title(head: list[Line], own_title: Callable[[str], bool] | None = None) -> str | None:
    """A line that is only a 文号 right under the document's title line (…的通知 / 甲政发〔2031〕5号), wherever the
    title stands in the head: a page's description or a news lead may stand before it, ending the search above."""
    previous = None
    for line in head:
        key = _number_key(line)
        if not key:
            continue
        if (
            previous is not None
            and DOC_NUMBER_RE.match(key)
            and "第" not in key[:1]
            and ends_with_doc_type(previous)
            and (own_title is None or own_title(previous))
        ):
            bracketed = _OUTER_BRACKETS_RE.match(key)
            return bracketed.group("inner") if bracketed else key
        previous = key
    return None


def _number_field(head: list[Line]) -> str | None:
    for line in head:
        # every match of DOC_NUMBER_FIELD_RE ends with 号, and the key searched is the line with characters taken out
        if "号" not in line.content:
            continue
        field = DOC_NUMBER_FIELD_RE.search(_SIGNER_RE.sub("", squeeze(line.content)))
        if field is not None and DOC_NUMBER_RE.match(field.group("number")):
            return field.group("number")
    return None

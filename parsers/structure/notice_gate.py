"""A covering notice's title says what it is: 关于…, 印发/转发/发布…, 征求…意见, …的通知/公告/公示, 《X》. A line read as the
notice that says none of these (县务公开事项目录, a site's column; 乙县人大欢迎您 / 微信小程序, its banner; ★生态示范县★, a
motto) is the page's chrome over the text. The notice is then the line of the head that does name itself a notice and
names the title (甲县人民政府关于印发《X》的通知, alone or as a page's 标题 field), or none."""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import strip_status
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import clean_title, rules, squeeze

NOTICE_LINES = 40  # the notice stands among the head's first lines, its fields included
NOTICE_MAX_CHARS = 120  # a notice's title, never a paragraph
_FIELD_LABEL_RE = re.compile(r"^[^:：|｜《]{1,8}[:：]")  # 名 称: / 标 题: before a page's field value
_SEPARATOR_RE = re.compile(r"[-_|｜—•·>＞]")
_CELL_RE = re.compile(r"^[|｜\s]+|[|｜\s]+$")
# 文件题名:甲局关于…的通知, 专题调研:《X（草案）》征询意见: a page's label (or a spam tag) run onto the notice's head
_LABELLED_RE = re.compile(r"^\s*(?P<label>[^:：《》“”]{1,10})[:：]\s*(?P<rest>.+)$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = titles_data()
    kinds = alternation([*data["covering_kinds"], *data["presenting_kinds"]])
    tail = rf"(?:{kinds})(?:[（(][^（()）]*[）)])*$"  # …的通知, …公告（第3号）
    acts = alternation(
        [
            *data["about_words"],
            *data["issuing_verbs"],
            *data["forwarding_verbs"],
            *data["asking_verbs"],
            *data["calling_words"],
        ]
    )
    says = re.compile(rf"{acts}|[《〈<]|{tail}")
    return says, re.compile(tail), re.compile(acts)


def says_notice(line: str) -> bool:
    """The line names itself a covering notice, or what a notice does."""
    return _patterns()[0].search(squeeze(line)) is not None


@cache
def _handing_re() -> re.Pattern[str]:
    """What a notice over the document it hands over or asks on does: 印发/转发 … 的通知, 征求 … 意见的公告 (a 决定
    amending X, a 公告 promulgating X tell how X was made: no covering notice)."""
    data = titles_data()
    handing = alternation([*data["issuing_verbs"], *data["forwarding_verbs"]])
    kinds = alternation(data["handing_kinds"])
    asking = alternation(data["asking_verbs"])
    covering = alternation(data["covering_kinds"])
    return re.compile(rf"(?:{handing}).*(?:{kinds})$|(?:{asking}).*(?:{covering})$")


def _notice_line(content: str, title: str, acts: re.Pattern[str] | None = None) -> str | None:
    """甲局关于印发《X》的通知, alone or as a field's value, naming the title X."""
    value = _CELL_RE.sub("", _FIELD_LABEL_RE.sub("", content.strip()))
    _says, tail, said = _patterns()
    acts = acts or said
    key = squeeze(value)
    if not key or len(key) > NOTICE_MAX_CHARS or "。" in key or title not in key:
        return None
    # the title is what the notice issues or asks on: its covering kind comes after the title (…X》的通知), not in it
    after = key[key.rfind(title) + len(title) :]
    if _SEPARATOR_RE.search(after):
        return None  # X的公告-征集公告: a page's tag after the title, not a notice round it
    return clean_title(value) if tail.search(after) and acts.search(key) else None


def own_notice(notice_title: str | None, title: str | None, paragraphs: list[Line]) -> str | None:
    """The notice's title, unless the line read as it is chrome: then the head's line that names the title as its
    notice's, or none."""
    if notice_title is None:
        return None
    if (labelled := _LABELLED_RE.match(notice_title)) is not None:
        label, rest = labelled.group("label"), labelled.group("rest")
        # (an organ's name before the colon, 甲部：关于…的通知, is a headline's subject: kept)
        if says_notice(rest) and not says_notice(label) and not rules().issuer_part.fullmatch(squeeze(label)):
            return clean_title(rest)
    if says_notice(notice_title):
        return notice_title
    name = squeeze(strip_status(title)) if title else ""
    found = (_notice_line(p.content, name) for p in paragraphs[:NOTICE_LINES]) if name else ()
    return next((line for line in found if line), None)


JOINED_MAX_CHARS = 40  # a notice's title wrapped over short lines (关于征求 / 《X（征求意见稿）》意见的公告)


def notice_over_title(title: str | None, paragraphs: list[Line]) -> str | None:
    """A page titled by its document, whose head also prints the covering notice that names it (甲局关于征求《X（草案）》
    意见的公告, alone or wrapped over two or three short lines): the notice's title. A page's field naming the notice
    (名称: …的通知) is left to the page's metadata, and a column's name over the notice (通知公告) is no part of it."""
    name = squeeze(strip_status(title)) if title else ""
    if not name:
        return None
    # (a field's value or a table's cell is the page's metadata, not a line the text prints)
    lines = [
        p.content
        for p in paragraphs[:NOTICE_LINES]
        if not _FIELD_LABEL_RE.match(p.content.strip()) and not _CELL_RE.match(p.content)
    ]
    handing = _handing_re()
    found = (_notice_line(content, name, handing) for content in lines)
    if (single := next((line for line in found if line), None)) is not None:
        return single
    tail = _patterns()[1]
    for i, content in enumerate(lines):
        if len(content) > JOINED_MAX_CHARS or tail.search(squeeze(content)):
            continue  # a whole line of its own, or a column's name (通知公告) over the notice
        joined = content
        for nxt in lines[i + 1 : i + 3]:
            if len(nxt) > JOINED_MAX_CHARS:
                break
            joined += nxt
            if (found_joined := _notice_line(joined, name, handing)) is not None:
                return found_joined
    return None

"""A covering notice's title says what it is: 关于…, 印发/转发/发布…, 征求…意见, …的通知/公告/公示, 《X》. A line read as the
notice that says none of these (政府信息公开目录, a site's column; 甲人大欢迎您 / 小程序, its banner; ★文明县城★, a
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
_CELL_RE = re.compile(r"^[|｜\s]+|[|｜\s]+$")
# 信息名称:甲局关于…的通知, 立法调研:《X（草案）》征询意见: a page's label (or a spam tag) run onto the notice's head
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


def _notice_line(content: str, title: str) -> str | None:
    """甲局关于印发《X》的通知, alone or as a field's value, naming the title X."""
    value = _CELL_RE.sub("", _FIELD_LABEL_RE.sub("", content.strip()))
    _says, tail, acts = _patterns()
    key = squeeze(value)
    if not key or len(key) > NOTICE_MAX_CHARS or "。" in key or title not in key or key == title:
        return None
    return clean_title(value) if tail.search(key) and acts.search(key) else None


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

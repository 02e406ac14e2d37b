"""A body a text's byline names under its title, when nothing else names one: the body that made a plan (甲区人民政府制定
on a line of its own under the plan's name, a field 编制单位：甲局), or the committee whose member delivers a report (——2031年5月7日在甲市人大
常委会第五次会议上 / 甲市人大法制委员会主任委员 乙某: the committee reports, its member speaks for it). Read by
issuer_choice.document_issuer last but for the page's 来源 (field conventions, round 23's order: the document's own
naming before a site's)."""

from __future__ import annotations

import re

from parsers.patterns import alternation
from parsers.structure.head_fields import field_re, posting_field
from parsers.structure.lines import Line, squeeze
from parsers.structure.organ_names import organs_named
from parsers.structure.title_labels import titles_data

BYLINE_LINES = 6  # a byline stands within the head's first lines of words, under the title


def _byline_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = titles_data()
    made = re.compile(rf"^(?P<body>[\u4e00-\u9fff]{{2,30}}?)(?:{alternation(data['maker_byline_verbs'])})$")
    offices = alternation(data["committee_member_offices"] + data["signing_officials"])
    member = re.compile(
        rf"^(?P<body>[\u4e00-\u9fff]{{2,30}}?)(?:副)?(?:{offices})\s*[\u4e00-\u9fff·]{{2,4}}$"
    )
    return made, member


_MADE_RE, _MEMBER_RE = _byline_res()


_RESPONSIBLE_LABELS = tuple(titles_data()["responsible_field_labels"])
_RESPONSIBLE_FIELD_RE = field_re(_RESPONSIBLE_LABELS)


def byline_body(head: list[Line], paragraphs: list[Line]) -> str | None:
    """The body a byline line of the head names as making the text or delivering it, else the body a field of the
    head or of the text names as answerable for it (编制单位：甲局), or None."""
    # (only the lines holding a label, each with the line under it, its value's when it stands alone, are searched:
    # the field's pattern would be tried at every character of the text)
    lines = head + paragraphs
    at = [i for i, line in enumerate(lines) if any(label in line.content for label in _RESPONSIBLE_LABELS)]
    labelled = [lines[k] for i in at for k in (i, i + 1) if k < len(lines)]
    return _byline(head) or posting_field(labelled, _is_organ, _RESPONSIBLE_FIELD_RE)


def _is_organ(value: str) -> bool:
    organs = organs_named(value)
    return bool(organs) and "".join(organs) == value


# a white paper's cover: its title, its month in brackets, then the body that publishes it (（2031年4月） / 甲国
# 乙办公室, the state's name on a line of its own or not)
_COVER_MONTH_RE = re.compile(r"^[（(](?:19|20)\d{2}年\d{1,2}月[）)]$")
_STATE_NAME = "中华人民共和国"


def _cover_body(lines: list[str]) -> str | None:
    for i, content in enumerate(lines[:-1]):
        if _COVER_MONTH_RE.match(squeeze(content)):
            below = squeeze(lines[i + 1])
            if below == _STATE_NAME and i + 2 < len(lines):
                below += squeeze(lines[i + 2])
            organs = organs_named(below)
            return below if organs and "".join(organs) == below else None
    return None


def _byline(head: list[Line]) -> str | None:
    lines = [line.content.strip() for line in head if not line.is_furniture and line.content.strip()]
    if (cover := _cover_body(lines[: BYLINE_LINES + 2])) is not None:
        return cover
    for content in lines[:BYLINE_LINES]:
        m = _MADE_RE.match(squeeze(content)) or _MEMBER_RE.match(content)
        if m is None:
            continue
        organs = organs_named(m.group("body"))
        if organs and "".join(organs) == m.group("body"):
            return "、".join(organs)
    return None

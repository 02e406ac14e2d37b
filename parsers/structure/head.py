"""The head of a document: its issuing body (and its metadata title), as a reader finds them before the body begins
(its 文号: ``head_number``).

* issuing body, the first a reader finds of: the organs that open the title (``X人民政府办公厅关于…``,
  ``甲、乙关于…``, ``X办公室转发…``); the signature (落款) of a covering notice, the organ lines right above
  its date (a site's line under the title often names the government where the notice is its office's);
  the body whose meeting adopted the text (``（…X省第八届人民代表大会常务委员会第六次会议通过）``: in full,
  where a site's line abbreviates it to X省人大常委会); a line of organ names under the title
  (``共青团中央办公厅``; ``江西省新余市人民政府办公室`` names the city's office, so the province before a
  city is dropped); a metadata field; the organ of an order (``X人民政府令第N号公布``); the page's 发布机构 field
  when the text names no organ of its own.

It is read only when the text's own metadata (a page's table, a notice's signature) gave none. The organs a line
names are read by parsers.structure.organ_names, a signature's by parsers.structure.signatures; the head's own
organ lines (issuer line, cover, metadata field, letterhead) by head_organs, and the title's organs are weighed
against the signature by signature_organs.
"""

from __future__ import annotations

import re

from parsers.structure.field_cells import cell_organ
from parsers.structure.head_fields import posting_body, posting_field, source_field
from parsers.structure.head_organs import cover_organ, issuer_field, issuer_line_organs, letterhead_organs
from parsers.structure.lead_issuer import reported_by_another
from parsers.structure.leading_tag import drop_leading_tag
from parsers.structure.lines import Line
from parsers.structure.markers import match_marker
from parsers.structure.orders import (
    CONGRESS_TERM_RE,
    adopted_whole_by,
    order_header,
    order_organ,
    promulgation_signature,
)
from parsers.structure.organ_names import organs_named
from parsers.structure.outline import decimal_label
from parsers.structure.signature_organs import (
    PLACELESS_RE,
    fuller,
    joint_signers,
    signed_by_another,
    signed_in_full,
    signs_own_header,
)
from parsers.structure.title_affixes import drop_column_tag
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type, opens_with_place, rules, squeeze

HEAD_MAX_LINES = 40
_BARE_LABEL_RE = re.compile(r"[0-9０-９]{1,3}\s*[.．、]")
# 5. 【颁布单位】甲省人大常委会, 3. [发文单位] 乙区人民政府: a page's metadata printed as a numbered list (its <ol>), a
# field under a bracketed label in each item: no heading of the text, the head goes on through it
_LISTED_FIELD_RE = re.compile(r"\s*[0-9０-９]{1,2}\s*[.．]\s*[【\[［]\s*[\u4e00-\u9fff]{2,6}\s*[】\]］]")
# X办公室关于…, X转发…; X办公室公告（第7号）: an organ's numbered announcement names it; the organs end where
# the title says what they do (关于, 印发, 贯彻: X人民政府贯彻国务院关于…的实施意见)
_TITLE_ORGANS_RE = re.compile(
    r"^(?P<organs>.{2,80}?)(?:关于|转发|印发|贯彻|落实|(?=(?:公告|通告)\s*(?:[（(]\s*第[^（）()]{1,8}号\s*[）)])?$))"
)


def title_organs(title: str) -> str | None:
    """甲市人民政府办公室关于印发X的通知 -> 甲市人民政府办公室: the organs at the head of a notice's title (joint ones
    joined by 、), None when it names none (关于印发X的通知)."""
    m = _TITLE_ORGANS_RE.match(title.strip())
    organs = organs_named(m.group("organs")) if m else None
    return "、".join(organs) if organs else None


def head_lines(lines: list[Line], text: str) -> list[Line]:
    """The lines before the first numbered heading (furniture included: a page's metadata is there)."""
    head: list[Line] = []
    for line in lines[:HEAD_MAX_LINES]:
        if (
            not line.is_furniture
            and (match_marker(line, text) or decimal_label(line.content))
            and not _BARE_LABEL_RE.fullmatch(line.content)  # 1. alone: a page template's empty list item
            and not _LISTED_FIELD_RE.match(line.content)
        ):
            break
        head.append(line)
    return head


# a page's metadata field holding the title: 标题：X的通知, 名  称: X的通知 文号: …
TITLE_FIELD_RE = re.compile(
    r"^[-•·*\s]*(?:(?:文件)?标\s*题|名\s*称|文件名称)\s*[:：|]\s*(?:[|｜]\s*)?(?P<title>[^\s|｜]{6,160})"
)


def metadata_title(head: list[Line]) -> str | None:
    """The title a page's metadata field gives (often the covering notice's, when the body has the policy's)."""
    for line in head:
        m = TITLE_FIELD_RE.match(line.content)
        if m is not None and ends_with_doc_type(m.group("title")):
            # 名称: | 【应急预案】X预案 |: the site's column tag the field files the page under is no part of its name
            return drop_leading_tag(drop_column_tag(m.group("title")), head)
    return None


def head_issuer(
    title: str | None,
    head: list[Line],
    text: str,
    signature: str | None = None,
    closing: str | None = None,
) -> str | None:
    """The issuing body: the title's opening organs, the notice's signature, the organ of an order's or a 公告's
    header, an issuer line in the head, the congress that last adopted the text whole (a database's issuer line
    comes before its note: field conventions, round 23), a letterhead (甲局文件), a metadata field, the organ
    of an order a note names, the document's own closing signature, the page's 发布机构 field, the organ at the
    title's head (in that order); byline_issuer reads the 来源 after all of them."""
    if title:
        m = _TITLE_ORGANS_RE.match(title.strip())
        organs = organs_named(m.group("organs")) if m else None
        if organs and signature and CONGRESS_TERM_RE.sub("", organs[0]) == signature:
            return (
                signature  # 甲省第十届人民代表大会常务委员会公告 signed 甲省人民代表大会常务委员会 (round 23)
            )
        if organs and signature and signs_own_header(organs, signature, head):
            return signature  # 甲市人民代表大会常务委员会公告 signed 甲市人大常委会: its own signature as written (round 23)
        if organs and (signed := signed_in_full(organs, signature or closing)) is not None:
            return signed  # 甲市卫健委关于… signed 甲市卫生健康委员会: the document's own signature, in full
        if organs and signed_by_another(organs, signature or closing):
            return (
                signature or closing
            )  # 甲县人民政府关于X的通告 signed 甲县公安局 (a call on the draft notice)
        if organs:
            joint = joint_signers(organs, signature) or "、".join(organs)
            if not PLACELESS_RE.match(organs[0]):
                # 乙区人民政府关于… under the letterhead 甲市乙区人民政府文件: the fuller of the document's own namings
                return fuller(joint, letterhead_organs(head))
            if signature:
                return fuller("、".join(organs), signature.split("、"))
            # 市人民政府办公厅关于… under a letterhead 甲市人民政府办公厅: the letterhead gives the place
            return fuller(joint, issuer_line_organs(head, text))
    line_organs = issuer_line_organs(head, text)
    signature = signature or promulgation_signature(head)
    if signature:
        # (乙镇人民政府 signing under the letterhead 甲县乙镇人民政府文件: the letterhead's fuller naming)
        return fuller(signature, line_organs or letterhead_organs(head))
    field = issuer_field(head)
    made = adopted_whole_by(head)
    if made is not None and "body" in made.groupdict() and _plan_outline(title):
        made = None  # ——甲省第十届人民代表大会第四次会议通过 under a 规划纲要: it approves the government's plan (D6)
    if (
        field is not None
        and made is not None
        and "body" in made.groupdict()
        and made.group("place") not in field[1]
    ):
        field = None  # 颁布单位:乙省人大常委会 over 甲州…会议通过 乙省…会议批准: the approving province (round 23)
    if field is not None and field[0]:
        return field[1]  # 颁布单位:X: the page names the body that promulgated it (a congress's note may not)
    order = order_header(head)
    if order is not None and (organ := order_organ(order[1])) is not None:
        return organ
    if made is not None and "body" in made.groupdict():
        if line_organs:
            return "、".join(line_organs)  # 甲省人大常委会 under the headline, as it stands, over the note
        congress = _congress_field(head, made.group("place"))
        if congress is not None:
            return congress  # 发布单位:甲省人民代表大会常务委员会 over the note: the site's field as it stands (round 23)
        # as the note names it, its term kept (甲省第十届人民代表大会常务委员会), its session dropped
        return made.group("place") + made.group("term") + made.group("body")
    if line_organs:
        return "、".join(line_organs)
    letterhead = letterhead_organs(head)
    if letterhead:
        return "、".join(letterhead)
    cover = cover_organ(head)
    if cover is not None:
        return cover
    if field is not None:
        return field[1]
    if made is not None and "organ" in made.groupdict() and rules().issuer_part.match(made.group("organ")):
        # (…中华人民共和国国务院令第586号公布): the order the note cites names its body as its header does (round 31 D5)
        return order_organ(made.group("organ"))
    if closing:
        return closing
    posted = posting_field(head, lambda value: posting_body(value, organs_named, opens_with_place))
    if posted is not None:
        return posted
    own = _TITLE_HEAD_ORGAN_RE.match(squeeze(title)) if title else None
    if own is not None:
        return own.group("organ")
    report = _OWN_REPORT_RE.match(squeeze(title)) if title else None
    return report.group("organ") if report is not None and opens_with_place(report.group("organ")) else None


_CONGRESS_RE = re.compile("|".join(titles_data()["congress_words"]))
# 甲省国民经济和社会发展第十五个五年规划纲要, 乙市妇女发展纲要（2031—2040年）, 丙区纲要(修编): a plan outline, its period
# or edition in brackets after it (titles.toml plan_outline_ends)
_PLAN_OUTLINE_RE = re.compile(
    rf"(?:{'|'.join(titles_data()['plan_outline_ends'])})(?:[（(][^（）()]{{1,16}}[）)])*$"
)


def _plan_outline(title: str | None) -> bool:
    """Whether the title names a plan outline, which a congress session approves and does not issue (round 31 D6)."""
    return title is not None and _PLAN_OUTLINE_RE.search(squeeze(title)) is not None


def _congress_field(head: list[Line], place: str) -> str | None:
    """A site's field (发布单位, 【发布部门】, 制定機關:X |) naming a congress or its standing committee of the place
    the note of adoption names: the round-23 order puts a site's field before the line of adoption. A field naming
    another place's body (the province that approved a city's law) or two bodies (甲市人大及其常委会) does not."""
    value = cell_organ(head, organs_named) or posting_field(head, organs_named)
    if value is None or not _CONGRESS_RE.search(value) or "及其" in value or not value.startswith(place):
        return None
    return value


def byline_issuer(
    head: list[Line], paragraphs: list[Line], title: str | None, notice_title: str | None = None
) -> str | None:
    """The organs at the head of the title as read at last (a stray first line, read first, gave way to it: 甲市人民
    政府办公室关于X的通知 under 关于X的实施方案), then the department a page's 来源 names: after the head's own bodies
    and after a lead sentence naming the issuing body (近日，甲局印发《X》), which a news page's 来源 only echoes or
    shortens. A 来源 body whose page reports a document another body made (its lead: 《X》经乙省人大常委会审议通过) is
    that page's publisher."""
    own = _TITLE_ORGANS_RE.match((notice_title or title or "").strip())
    organs = organs_named(own.group("organs")) if own is not None else None
    if organs and opens_with_place(organs[0]):
        return "、".join(organs)
    source = source_field(head, organs_named)
    return None if source is None or reported_by_another(paragraphs, title, source) else source


# 甲县人民政府工作规则, 乙市人民代表大会常务委员会听证条例: a government's own rules name it at their head (a year may
# stand before the organ or after it: 2031年甲县人民政府工作报告, 乙省人民政府2031年森林防火命令)
_YEAR = r"(?:(?:19|20)\d{2}年度?)?"
_TITLE_HEAD_ORGAN_RE = re.compile(
    rf"{_YEAR}(?P<organ>[\u4e00-\u9fff]{{2,20}}?(?:人民代表大会常务委员会|人民政府办公厅|人民政府办公室|人民政府|行政公署))"
    r"(?![办关印转])(?=[\u4e00-\u9fff]{2,}|(?:19|20)\d{2}年)"
)
# 甲市司法局2031年法治政府建设情况报告, 2031年乙市司法局法治政府建设情况报告, 丙省农业农村厅公示: an organ's own report
# (or order, or notice of a list) names it at its head, the year before or after it (titles.toml own_report_kinds)
_OWN_REPORT_RE = re.compile(
    rf"{_YEAR}(?P<organ>[\u4e00-\u9fff]{{2,20}}?(?:{'|'.join(titles_data()['own_report_organs'])})){_YEAR}"
    rf"[\u4e00-\u9fff]{{0,12}}?(?:{'|'.join(titles_data()['own_report_kinds'])})$"
)

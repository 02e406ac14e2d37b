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
names are read by parsers.structure.organ_names, a signature's by parsers.structure.signatures.
"""

from __future__ import annotations

import re

from parsers.structure.furniture import is_web_chrome
from parsers.structure.head_fields import posting_body, posting_field, source_field
from parsers.structure.head_titles import run_on_title
from parsers.structure.lead_issuer import reported_by_another
from parsers.structure.lines import Line
from parsers.structure.markers import match_marker
from parsers.structure.orders import (
    CONGRESS_TERM_RE,
    adopted_whole_by,
    order_header,
    order_organ,
    promulgation_signature,
)
from parsers.structure.organ_names import ISSUER_LABELS, PROMULGATOR_LABELS, organs_named
from parsers.structure.outline import decimal_label
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    LETTERHEAD_RE,
    LIST_BULLET_RE,
    ends_with_doc_type,
    is_body_line,
    is_issuer_line,
    opens_with_place,
    rules,
    squeeze,
)

HEAD_MAX_LINES = 40
_BARE_LABEL_RE = re.compile(r"[0-9０-９]{1,3}\s*[.．、]")
# a page's metadata field naming the issuing organ (发文机关：X); 发布机构 often names the office that posts it
ISSUER_FIELD_RE = re.compile(
    rf"^(?:(?:{'|'.join(ISSUER_LABELS)})[:：|](?P<organ>[^:：|\s]{{2,40}})$"
    r"|[\[［【](?P<tagged>[^\]］】]{2,40})[\]］】](?:19|20)\d{2}-\d{1,2}-\d{1,2})"  # [甲县人民政府]2016-05-09
)
_CONGRESS_FULL_NAMES = tuple(titles_data()["congress_full_names"])
_STANDING_COMMITTEES = tuple(titles_data()["standing_committee_words"])
# an organ named by its level alone (县人民政府, 市政府办公室): the title of a notice its own place reads
_PLACELESS_RE = re.compile(r"^(?:省|市|县|区|州|旗|镇|乡)(?:人民)?政府")
# X办公室关于…, X转发…; X办公室公告（第7号）: an organ's numbered announcement names it; the organs end where
# the title says what they do (关于, 印发, 贯彻: X人民政府贯彻国务院关于…的实施意见)
_TITLE_ORGANS_RE = re.compile(
    r"^(?P<organs>.{2,80}?)(?:关于|转发|印发|贯彻|落实|(?=(?:公告|通告)\s*(?:[（(]\s*第[^（）()]{1,8}号\s*[）)])?$))"
)
_PROVINCE_BEFORE_CITY_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?=[\u4e00-\u9fff]{1,10}?(?:市|州|县|盟|地区))"
)


def head_lines(lines: list[Line], text: str) -> list[Line]:
    """The lines before the first numbered heading (furniture included: a page's metadata is there)."""
    head: list[Line] = []
    for line in lines[:HEAD_MAX_LINES]:
        if (
            not line.is_furniture
            and (match_marker(line, text) or decimal_label(line.content))
            and not _BARE_LABEL_RE.fullmatch(line.content)  # 1. alone: a page template's empty list item
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
            return m.group("title")
    return None


def _issuer_line_organs(head: list[Line], text: str) -> list[str] | None:
    """The organs of the first issuer line in the head, before the body begins."""
    for k, line in enumerate(head):
        if line.is_furniture or is_web_chrome(line.content):
            continue
        if is_body_line(line, text):
            break
        content = line.content
        below = next((n.content.strip() for n in head[k + 1 :] if n.content.strip()), "")
        if LIST_BULLET_RE.match(
            content
        ):  # •  甲市人民政府 over 关于…: a gazette bullets the title's issuer line
            content = LIST_BULLET_RE.sub("", content) if below.startswith("关于") else ""
        if content.endswith(_CONGRESS_FULL_NAMES) and below.startswith(_STANDING_COMMITTEES):
            continue  # 甲州人民代表大会 / 常务委员会X办法: a title broken inside its organ's name
        if is_issuer_line(content):
            organs = organs_named(content)
            if organs:
                return _own_line_organs(organs, head[k + 1 :], text)
    return None


def _own_line_organs(organs: list[str], below: list[Line], text: str) -> list[str]:
    """A law database's line adding the province (乙省甲市人民政府) over the document's own issuer line under its
    repeated title (甲市人民政府): the document's own naming (field conventions)."""
    cities = [_PROVINCE_BEFORE_CITY_RE.sub("", o) for o in organs]
    if cities == organs:
        return organs
    for line in below:
        if is_body_line(line, text):
            break
        if not line.is_furniture and is_issuer_line(line.content) and organs_named(line.content) == cities:
            return cities
    return organs


# a cover page run into one line: 甲区防汛应急预案(试行)甲区人民政府防汛抗旱指挥部二○○六年五月目录…
_COVER_ORGAN_RE = re.compile(
    r"(?P<organ>[\u4e00-\u9fff]{2,40}?)(?=(?:19|20|二[〇○零OＯ])[\d〇○零OＯ一二三四五六七八九]{2}\s*年)"
)


def _cover_organ(head: list[Line]) -> str | None:
    """The organ a cover page run into one line names between its title and its date."""
    first = next((line for line in head if not line.is_furniture and line.content), None)
    title = run_on_title(squeeze(first.content)) if first is not None else None
    if title is None:
        return None
    m = _COVER_ORGAN_RE.match(squeeze(first.content), len(title))
    organ = m.group("organ") if m is not None else None
    return organ if organ is not None and rules().issuer_part.match(organ) else None


def _joint_signers(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs and more, or splits organs the title ran together
    (中共甲市委办公室甲市人民政府办公室印发… signed 中共甲市委办公室 / 甲市人民政府办公室): a joint document's
    title may name its lead organ only."""
    if not signature:
        return None
    signers = signature.split("、")
    if len(signers) <= len(organs):
        return None
    if set(organs) <= set(signers) or "".join(organs) == "".join(signers):
        return signature
    return None


def _signs_own_header(organs: list[str], signature: str, head: list[Line]) -> bool:
    """A 公告's or an order's header names one organ and the document signs as the same body in another form, with its
    place (甲市人民代表大会常务委员会公告 signed 甲市人大常委会): the signature comes before the header (round 23's order)."""
    header = order_header(head)
    return (
        len(organs) == 1
        and header is not None
        and header[1] == organs[0]
        and signature != organs[0]
        and opens_with_place(signature)
        and _same_body(signature, organs[0])
    )


def _fuller(signature: str, organs: list[str] | None) -> str:
    """A signature that leaves out its place (州人大常委会法工委, 市政府) in the fuller form a head line gives it
    (湘西自治州人大常委会法工委, 乙省甲市人民政府); a city's organ signed as the city names itself (甲市人民政府) stays so under a law
    database's line that adds the province (乙省甲市人民政府): the document's own naming (field conventions)."""
    signers = signature.split("、")
    if (
        organs
        and len(organs) == len(signers)
        and all(
            (o.endswith(s) or _PLACELESS_RE.match(s) and _same_body(s, o))
            and _PROVINCE_BEFORE_CITY_RE.sub("", o) != s
            for o, s in zip(organs, signers, strict=True)
        )
    ):
        return "、".join(organs)
    return signature


def _spelled_out(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs one for one, some spelled out in full (甲市卫生健康委 signed
    甲市卫生健康委员会: titles.toml organ_spelled_out)."""
    signers = (signature or "").split("、")
    if not signature or len(signers) != len(organs) or signers == organs:
        return None
    pairs = titles_data()["organ_spelled_out"]
    for organ, signer in zip(organs, signers, strict=True):
        if signer != organ and not any(
            organ.endswith(s) and signer == organ[: -len(s)] + f for s, f in pairs
        ):
            return None
    return signature


def _signed_in_full(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs one for one, each in a fuller form of the same body
    (_same_body: 甲市卫健委 signed 甲市卫生健康委员会, 金平县人民政府 signed 金平苗族瑶族傣族自治县人民政府)."""
    signers = (signature or "").split("、")
    if not signature or len(signers) != len(organs) or signers == organs:
        return None
    pairs = zip(organs, signers, strict=True)
    return signature if all(len(s) >= len(o) and _same_body(o, s) for o, s in pairs) else None


def _same_body(short: str, full: str) -> bool:
    """``full`` names the body ``short`` names: each character of ``short`` in order (甲市卫健委 in 甲市卫生健康
    委员会, 国务院 in 中华人民共和国国务院), ending with the same kind of body (委 spelled out 委员会: titles.toml
    organ_spelled_out), so an office (甲市政府办公室) is never the government it serves."""
    if not _in_order(short, full):
        return False
    ends = [short[-1]] + [f for s, f in titles_data()["organ_spelled_out"] if short.endswith(s)]
    return full.endswith(tuple(ends))


_CONGRESS_RE = re.compile("|".join(titles_data()["congress_words"]))


def _signed_by_another(organs: list[str], signature: str | None) -> bool:
    """The document signs with one body other than the one its title names first (甲县人民政府关于X的通告 signed
    甲县自然资源和规划局, 甲县人民政府关于印发X的通知 signed 甲县人民政府办公室): the signer issued it (field
    conventions: the signature before the body at the title's head). A congress's bodies are left to the conventions
    of promulgation and approval (a province's standing committee approving a city's regulation)."""
    if not signature or len(organs) != 1 or "、" in signature:
        return False
    organ = organs[0]
    if _CONGRESS_RE.search(organ) or _CONGRESS_RE.search(signature):
        return False
    return not (_same_body(organ, signature) or _same_body(signature, organ))


def _in_order(short: str, full: str) -> bool:
    """Every character of ``short`` stands in ``full``, in order."""
    rest = iter(full)
    return all(char in rest for char in short)


def _placed_signature(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs one for one, each with more of its place before it (市政府
    for 甲市人民政府: a government's short name drops 人民)."""
    signers = (signature or "").split("、")
    if not signature or len(signers) != len(organs):
        return None
    for organ, signer in zip(organs, signers, strict=True):
        forms = (organ, organ.replace("政府", "人民政府")) if "人民政府" not in organ else (organ,)
        if len(signer) <= len(organ) or not signer.endswith(forms):
            return None
    return signature


_PROMULGATOR_LABEL_RE = re.compile(rf"^(?:{'|'.join(PROMULGATOR_LABELS)})")


def _issuer_field(head: list[Line]) -> tuple[bool, str] | None:
    """The organ a page's metadata field names (发文机关：X, 颁布单位：X, [X]2016-05-09), and whether the field
    names the body that promulgated the text (颁布单位, 制定机关)."""
    for line in head:
        key = squeeze(LIST_BULLET_RE.sub("", line.content))  # • 制定机关:X: a site's fields as a list
        field = ISSUER_FIELD_RE.match(key)
        organ = field.group("organ") or field.group("tagged") if field is not None else None
        if organ is not None and organs_named(organ):
            return bool(_PROMULGATOR_LABEL_RE.match(key)), organ
    return None


def _letterhead_organs(head: list[Line]) -> list[str] | None:
    """The organs of a letterhead (甲市教育局文件, 甲局 乙局文件): the red header of an official document."""
    for line in head:
        key = line.content.strip()
        organs = organs_named(key[: -len("文件")]) if LETTERHEAD_RE.search(key) else None
        if organs and opens_with_place(organs[0]):  # (市政府文件, 部委文件: a gazette's or a menu's column)
            return organs
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
        if organs and signature and _signs_own_header(organs, signature, head):
            return signature  # 甲市人民代表大会常务委员会公告 signed 甲市人大常委会: its own signature as written (round 23)
        if organs and (signed := _signed_in_full(organs, signature or closing)) is not None:
            return signed  # 甲市卫健委关于… signed 甲市卫生健康委员会: the document's own signature, in full
        if organs and _signed_by_another(organs, signature or closing):
            return (
                signature or closing
            )  # 甲县人民政府关于X的通告 signed 甲县公安局 (a call on the draft notice)
        if organs:
            joint = _joint_signers(organs, signature) or "、".join(organs)
            # 县人民政府关于…, 乙区人民政府关于… signed 甲市乙区人民政府: the signature names the same organs with
            # their place in full
            placed = _placed_signature(organs, signature)
            if placed is not None:
                return placed
            if not _PLACELESS_RE.match(organs[0]):
                return _spelled_out(organs, signature) or joint
            if signature:
                return _fuller("、".join(organs), signature.split("、"))
            # 市人民政府办公厅关于… under a letterhead 甲市人民政府办公厅: the letterhead gives the place
            return _fuller(joint, _issuer_line_organs(head, text))
    line_organs = _issuer_line_organs(head, text)
    signature = signature or promulgation_signature(head)
    if signature:
        return _fuller(signature, line_organs)
    field = _issuer_field(head)
    made = adopted_whole_by(head)
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
        # as the note names it, its term kept (甲省第十届人民代表大会常务委员会), its session dropped
        return made.group("place") + made.group("term") + made.group("body")
    if line_organs:
        return "、".join(line_organs)
    letterhead = _letterhead_organs(head)
    if letterhead:
        return "、".join(letterhead)
    cover = _cover_organ(head)
    if cover is not None:
        return cover
    if field is not None:
        return field[1]
    if made is not None and "organ" in made.groupdict() and rules().issuer_part.match(made.group("organ")):
        return made.group("organ")
    if closing:
        return closing
    posted = posting_field(head, lambda value: posting_body(value, organs_named, opens_with_place))
    if posted is not None:
        return posted
    own = _TITLE_HEAD_ORGAN_RE.match(squeeze(title)) if title else None
    return own.group("organ") if own is not None else None


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


# 甲县人民政府工作规则, 乙市人民代表大会常务委员会听证条例: a government's own rules name it at their head
_TITLE_HEAD_ORGAN_RE = re.compile(
    r"(?P<organ>[\u4e00-\u9fff]{2,20}?(?:人民代表大会常务委员会|人民政府办公厅|人民政府办公室|人民政府|行政公署))"
    r"(?![办关印转])(?=[\u4e00-\u9fff]{2,})"
)

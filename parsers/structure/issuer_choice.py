"""The document's issuing body, the first a reader finds of: a law database's record header, what the head names
(``head.head_issuer``: the title's organs, a notice's or a call's signature, an order, an issuer line, the closing
signature …), the first signature block anywhere (``first_signature``), the organ a lead says issued the text, the organs of the last title or the 来源 (``byline_issuer``)."""

from __future__ import annotations

from parsers.structure.byline_body import byline_body
from parsers.structure.draft_caller import draft_caller
from parsers.structure.front import Front
from parsers.structure.head import byline_issuer, head_issuer
from parsers.structure.head_fields import posting_body, posting_field
from parsers.structure.layout import Box
from parsers.structure.lead_issuer import lead_issuer
from parsers.structure.lines import Line
from parsers.structure.markers import match_marker
from parsers.structure.organ_names import organs_named
from parsers.structure.outline import decimal_label
from parsers.structure.promulgating_body import promulgating_body, publishing_sentence_body
from parsers.structure.signature_scan import first_signature
from parsers.structure.signatures import notice_signature, signers
from parsers.structure.title_choice import TitleChoice
from parsers.structure.titles import TitleGroup, opens_with_place

PREAMBLE_MAX_LINES = 40  # a call's lines between the draft's name and its first article


def document_issuer(
    front: Front,
    chosen: TitleChoice,
    head: list[Line],
    content: list[Line],
    top: list[Box],
    paragraphs: list[Line],
    text: str,
) -> str | None:
    """The issuing body, in the folded text's characters."""
    head_title = front.notice_head or front.title_group
    title, notice_title, record = chosen.title, chosen.notice_title, chosen.record
    if record is not None and record.issuer:
        return record.issuer
    issued = head_issuer(
        # a title read from no title line (a heading run into its text) may still name its organ first
        None if chosen.listed or front.reported else head_title.text if head_title else front.title,
        head,
        text,
        notice_signature(content, front.notice) or _preamble_signature(content, front.title_group, text),
        closing_signature(top),
    )
    if issued is not None and issued == posting_field(head, _is_body):
        # 发布机构：乙镇 over the document's own signature in its text (D12: the document's own naming first), when
        # what signs is a body (not a 文号 or a date run over the signer's place)
        signed = first_signature(paragraphs)
        issued = signed if signed and all(_is_body(part) for part in signed.split("、")) else issued
    return (
        # a call stored under the draft's name: the body calling, not the one the draft's title names
        (None if notice_title else draft_caller(title, chosen.status, issued, head, paragraphs))
        or issued
        # a signature no box holds: a covering notice stored without its title, a call with no title line
        or first_signature(paragraphs)
        # 《X》于…甲厅第4次厅务会议通过，现予公布, (…甲人民政府令第34号): the promulgating body, no header naming it
        or promulgating_body(paragraphs)
        or (None if front.reported else lead_issuer(paragraphs, title))  # 甲局印发《X》。原文如下：
        or byline_body(head, paragraphs)  # 甲区人民政府制定, 甲市人大法制委员会主任委员 乙某 under the title
        or byline_issuer(head, paragraphs, title, notice_title)  # the last title's organs, then 来源
        # 《X》已经…市人民政府第5次常务会议通过，现予公布: the body that adopted and publishes it (D17)
        or publishing_sentence_body(paragraphs)
    )


def closing_signature(top: list[Box]) -> str | None:
    """The organs that sign the document: its first signature block (落款) after the body."""
    block = next((box for box in top if box.kind == "signature"), None)
    if block is None:
        return None
    return signers([item for item in block.items if isinstance(item, Line)])


def _preamble_signature(content: list[Line], group: TitleGroup | None, text: str) -> str | None:
    """A call with no title of its own under the draft's name (X办法（征求意见稿） / 各单位： … / X局 / 2018年8月6日):
    the organ that signs it, between the title and the first numbered heading."""
    if group is None:
        return None
    stop = group.first + group.n_lines
    while stop < len(content) and stop - group.first < PREAMBLE_MAX_LINES:
        line = content[stop]
        if not line.is_furniture and (match_marker(line, text) or decimal_label(line.content)):
            break
        stop += 1
    return notice_signature(content, (group.first + group.n_lines - 1, stop))


def _is_body(value: str) -> bool:
    return posting_body(value, organs_named, opens_with_place)

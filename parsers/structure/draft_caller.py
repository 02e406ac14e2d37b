"""The body that calls for comments on a draft another body will issue: 甲区公安局 puts out 《甲区人民政府关于X的通告
（征求意见稿）》, 乙县自然资源局将《乙县人民政府关于Y的通告（征求意见稿）》公开征求意见 and signs the call.

A call stored under the draft's name (no title of its own) has the draft's title as its title, so the organ at the
head of that title is the body that will issue the draft, not the one calling for comments. The call is the
document (field conventions, round 13: the body the text names as making the call, in the fullest form the text
gives): when the call's own signature, the page's 发布机构 field or the body its first sentence names as acting
names another body, that body issued the call.
"""

from __future__ import annotations

from parsers.structure.field_cells import cell_organ
from parsers.structure.head_fields import posting_body, posting_field
from parsers.structure.lead_issuer import acting_body
from parsers.structure.lines import Line
from parsers.structure.organ_names import organs_named
from parsers.structure.signature_scan import first_signature
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import opens_with_place, squeeze

_DRAFT_WORDS = tuple(titles_data()["draft_status_words"])


def _is_body(value: str) -> bool:
    return posting_body(value, organs_named, opens_with_place)


def draft_caller(
    title: str | None, status: str | None, issued: str | None, head: list[Line], paragraphs: list[Line]
) -> str | None:
    """The body calling for comments on the draft titled ``title`` when ``issued`` (read off the head) is the organ
    at the draft's own title's head and the call names another body as its own; else None."""
    if not title or not status or not issued or not any(word in status for word in _DRAFT_WORDS):
        return None
    if not squeeze(title).startswith(issued):
        return None  # (the issuer came from elsewhere: the call's own title, a signature, a field)
    caller = (
        first_signature(paragraphs)
        or cell_organ(head, _is_body)
        or posting_field(head, _is_body)
        or acting_body(paragraphs)
    )
    if caller is None or caller in issued or issued in caller:
        return None  # (the body that will issue the draft calls for comments on it itself)
    return caller

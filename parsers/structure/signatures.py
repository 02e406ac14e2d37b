"""The organs that sign a text: a covering notice's signature (落款), its organ lines right above its first date line
(joint signers on one line or on several, 甲市教育局  2031年5月1日 on one line, a date that lost its 年月日), and the
organs a signature block names above its date line.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.structure.lines import Line
from parsers.structure.markers import SIGNATURE_MAX_BODY_LINES
from parsers.structure.organ_names import organs_named
from parsers.structure.titles import ends_with_doc_type, is_date_line, opens_with_place, squeeze

# a signature's date that lost its 年月日 on the page: 202256 for 2022年5月6日, 2023915日 (its 日 kept), 2018年5月30
# (its 日 lost), 20311月8 (its 年 and 日 lost), 年11月30日 (its year's digits lost)
BARE_DATE_RE = re.compile(r"^(?:19|20)\d{3,6}日?$|^(?:19|20)\d{2}年?\d{1,2}月\d{1,2}$|^年\d{1,2}月\d{1,2}日$")


def signature_date(content: str) -> bool:
    return is_date_line(content) or bool(BARE_DATE_RE.match(squeeze(content)))


# 甲市教育局          2031年5月1日: the organ and its date on one line, spaces between
_ONE_LINE_SIGNATURE_RE = re.compile(rf"^(?P<organs>\S.*)[{LINE_SPACES}]{{2,}}(?P<date>\S+)$")


def _signed_on_one_line(content: str) -> str | None:
    m = _ONE_LINE_SIGNATURE_RE.match(content.strip())
    if m is None or not signature_date(m.group("date")):
        return None
    organs = organs_named(m.group("organs"))
    return "、".join(organs) if organs else None


# joint signers set in rows (two organs a row, six rows): the block goes up as long as each line is organs
SIGNATURE_MAX_ORGAN_LINES = 30


def notice_signature(lines: list[Line], notice: tuple[int, int] | None) -> str | None:
    """The organs that sign a covering notice (or a document's closing signature, given its lines): the
    organ lines right above its first date line (落款), joint signers on one line or on several."""
    if notice is None:
        return None
    first, stop = notice
    for i in range(first + 1, min(stop, len(lines))):
        signed = _signed_on_one_line(lines[i].content)
        if signed is not None:
            return signed
        if not signature_date(lines[i].content):
            continue
        organs: list[str] = []
        k = i - 1
        while k > first and i - k <= SIGNATURE_MAX_ORGAN_LINES:
            found = organs_named(lines[k].content)
            if not found:
                whole = wrapped_signer(lines[k].content, organs[0]) if len(organs) == 1 else None
                organs = [whole] if whole is not None else organs
                break
            organs[:0] = found
            k -= 1
        return "、".join(organs) if organs else None
    return None


def signers(lines: list[Line]) -> str | None:
    """The organs a signature block names: its organ lines above its date line (甲市农业农村局 / 2024年5月10日)."""
    signature = [line for line in lines if not line.is_furniture and line.content]
    date = next((k for k, line in enumerate(signature) if signature_date(line.content)), None)
    if not date:
        return None
    organs: list[str] = []
    block = signature[max(0, date - SIGNATURE_MAX_BODY_LINES) : date]
    for k in range(len(block) - 1, -1, -1):
        found = organs_named(block[k].content)
        if not found:
            whole = wrapped_signer(block[k].content, organs[0]) if len(organs) == 1 else None
            if whole is not None:
                organs[0] = whole
            break
        organs[:0] = found
    return "、".join(organs) or None


# 甲市文明养犬管理 / 工作领导小组办公室 / 2031年5月17日: a signing body's long name wrapped before its kind; the line
# above the kind names its place and its task, no body by itself, in no sentence and no document's name
_WRAP_HEAD_MAX_CHARS = 24
_NOT_WRAP_HEAD_RE = re.compile(r"[，,。；;：:！!？?《》（()）]")


def wrapped_signer(above: str, organ: str) -> str | None:
    """甲市文明养犬管理 over 工作领导小组办公室 -> 甲市文明养犬管理工作领导小组办公室; None when the organ line names a
    place itself or the line above is no head of a name."""
    head = squeeze(above)
    if (
        not head
        or len(head) > _WRAP_HEAD_MAX_CHARS
        or _NOT_WRAP_HEAD_RE.search(head)
        or opens_with_place(squeeze(organ))
        or not opens_with_place(head)
        or organs_named(head)
        or ends_with_doc_type(head)
        or is_date_line(head)
    ):
        return None
    return head + squeeze(organ)

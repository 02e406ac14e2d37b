"""The page's title field naming the document whole, where the heading the text prints gives only part of its name.

A government site's page puts a table of fields over the text (标题: X, 标题 | X |, 标    题 X); the document's
heading under it may have lost a line to the layout: its organ printed on a line the rules read as an issuer's
(甲镇人民政府 / X应急预案), its first words glued into a field line above (…有效期:甲市乙区水资源保护 /
专项规划), its last words spaced out on lines of their own (甲盟X政策 / 实 施 意 见 / （2031—2035年）).
When the field names the document (or the one document the notice it names issues) and the heading read is that
name's head or tail, the field's name is the title: the page's own record of the whole name. A notice that issues
several (关于印发《X规定》等N项制度的通知), named only in the field, over the first of them printed whole, is read as such a
notice is: its own title is the title (field conventions: notice_several), not the first document's.
"""

from __future__ import annotations

import re

from parsers.status import strip_status
from parsers.structure.lines import squeeze
from parsers.structure.notice_names import names_in_title
from parsers.structure.title_names import document_key
from parsers.structure.titles import drop_appended_note, ends_with_doc_type, is_issuer_line

# 标题: X / 标题 | X | / 标    题 X: the label, then a colon, a table's bar or spaces, then the value up to the next bar
_TITLE_CELL_RE = re.compile(
    r"^\s*标\s*题\s*(?:[:：]|[|｜]|\s{1,8})\s*(?P<title>[^|｜\s][^|｜]*?)\s*(?:[|｜].*)?$"
)
# a site's marks in what a field adds to the heading (X办法_甲市政府网, X办法 | 甲网): never a name's words
_SITE_MARK_RE = re.compile(r"[_|｜]|\s[-—]\s")
FIELD_MIN_CHARS = 6


def title_cell(head: list) -> str | None:
    """The value of the page's title field among the head's lines (a colon, a table's bar or spaces after 标题)."""
    for line in head:
        m = _TITLE_CELL_RE.match(line.content)
        if m is not None and len(squeeze(m.group("title"))) >= FIELD_MIN_CHARS:
            return m.group("title")
    return None


_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")
PRINTED_WITHIN = 60  # the page's first lines: its fields, the notice and the heading


def printed_whole(name: str, lines: list) -> bool:
    """The text prints ``name`` outside the title field, its lines run together (a period's figures aside: a page may
    lose them): the heading's lines as broken, or the notice's title that issues it. A field naming another document
    (X办法解读 over the heading X办法) is printed nowhere else."""
    core = _BRACKETED_RE.sub("", squeeze(name))
    printed = "".join(
        _BRACKETED_RE.sub("", squeeze(line.content))
        for line in lines[:PRINTED_WITHIN]
        if _TITLE_CELL_RE.match(line.content) is None
    )
    return bool(core) and core in printed


def whole_from_field(title: str | None, name: str | None, lines: list | None = None) -> str | None:
    """``name`` (the field's, or what its notice issues), when ``title`` is its head or its tail, it ends with a
    kind of document and (given the text's ``lines``) the text prints it whole outside the field; None otherwise."""
    if not title or not name:
        return None
    if lines is not None and not printed_whole(name, lines):
        return None
    name = drop_appended_note(name.strip())
    got, whole = squeeze(strip_status(title)), squeeze(strip_status(name))
    if len(whole) <= len(got) or not ends_with_doc_type(whole) or not got:
        return None
    if not (whole.startswith(got) or whole.endswith(got)):
        return None
    added = whole[len(got) :] if whole.startswith(got) else whole[: -len(got)]
    if _SITE_MARK_RE.search(added) or "《" in added or "》" in added:
        return None  # a site's name or a quoted name around the heading: the field is a label, not the name
    return name


def organ_from_field(notice_title: str | None, field: str | None) -> str | None:
    """标题:甲县人民政府办公室关于印发X的通知 over the heading 关于印发X的通知: the field's title, when all it adds is the
    organ at the head (an issuer line's words: a site's name or anything else leaves the heading as printed)."""
    if not notice_title or not field:
        return None
    got, whole = squeeze(notice_title), squeeze(drop_appended_note(field.strip()))
    if not got.startswith("关于") or len(whole) <= len(got) or not whole.endswith(got):
        return None
    organ = whole[: -len(got)]
    return organ + notice_title.strip() if is_issuer_line(organ) else None


_QUOTED_NAME_RE = re.compile(r"《([^《》]+)》")  # a name in quotes, its words in group 1


def several_from_field(title: str | None, field: str | None) -> str | None:
    """The field's notice title when it issues several documents and ``title`` is the first of them, else None."""
    if not title or not field:
        return None
    issued = names_in_title(field)
    if issued is None or not issued[1]:
        return None
    first = _QUOTED_NAME_RE.search(issued[0][0])
    if first is None or document_key(first.group(1)) != document_key(title):
        return None
    return squeeze(field)

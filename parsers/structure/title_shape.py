"""What a title looks like, and when a text has none.

A document's title names a document: it ends with the name of a kind of document (办法, 条例, 意见, 通知 …,
titles.toml ``document_types``), a status in brackets may follow, or it is a notice's title (关于…的通知). A
line that names no kind of document titles a news item (``甲市部署全面推行林长制``), whose body is prose.

Over a document's own body a line with no such shape is no title: the body begins with its addressee
(``各区人民政府：``, ``各位代表：``, or a list of bodies that opens with one's name: ``甲市、各县人民政府，乙局：``), with a law's
note of adoption (its articles run on after it), with its 文号 (a notice run together: ``甲府发〔2031〕2号各区…：``), or is
made of chapters and articles. Such a line is what a fragment starts with (a meeting's line of the note of
adoption, a list's item, the occasion of a speech: ``—2031年1月5日在甲市人民代表大会上``) or the words of the page
that copied it (``论文部分内容阅读``). The text then has no title line, and the title is what the body itself
names (a forwarded document's name in its first sentence), or none.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.model import Node, walk
from parsers.patterns import in_order
from parsers.status import patterns as status_patterns
from parsers.structure.covering import names_in_sentences
from parsers.structure.doc_number import GLUED_NUMBER_RE
from parsers.structure.headline import over_news_report
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    ADDRESSEE_RE,
    SENTENCE_OPENER_RE,
    TitleGroup,
    ends_with_doc_type,
    open_quote,
    rules,
    squeeze,
)

# the numbered parts only a document's body is made of (a news item's body is paragraphs)
DOCUMENT_PARTS = frozenset({"chapter", "article"})
BODY_OPENING_LINES = 3  # where a document's addressee or 文号 stands under its title line


def names_document(title: str) -> bool:
    """The title names a document: a kind of document ends it, or it is a notice's (关于…的通知)."""
    key = squeeze(title)
    return ends_with_doc_type(key) or _ABOUT_RE.search(key) is not None or _LAW_RE.match(key) is not None


# 关于X的通知, 甲局关于《X》修改情况的汇报, 关于《X》征求意见的反馈: what a text says about a subject it names
# a national law is named so (中华人民共和国X法); a bare 法 ends too many broken lines to be a kind of its own
_LAW_RE = re.compile(r"^中华人民共和国[\u4e00-\u9fff]{2,30}法$")
_ABOUT_RE = re.compile(r"^[^，,。；：:]{0,30}关于.{2,}的[\u4e00-\u9fff]{1,4}$")


def over_document_body(group: TitleGroup, content: list[Line], nodes: list[Node]) -> bool:
    """What stands under the title line is a document's own body, not a news item's prose."""
    if any(node.kind in DOCUMENT_PARTS for node in walk(nodes)):
        return True
    below = group.first + group.n_lines
    opening = [line for line in content[below:] if not line.is_furniture][:BODY_OPENING_LINES]
    return any(_opens_document(squeeze(line.content)) for line in opening)


def _opens_document(key: str) -> bool:
    """各区人民政府：, 各位代表：, 甲府发〔2031〕2号各区…：为…, 甲市、各县人民政府，乙局：: a document's addressee, or
    its 文号 glued before it; (2031年…会议通过): a law's note of adoption, its articles run on after it."""
    if _ADOPTION_NOTE_RE.match(key):
        return True
    glued = GLUED_NUMBER_RE.match(key)
    head = _ADDRESSEE_HEAD_RE.match(key, glued.end() if glued is not None else 0)
    if (
        glued is not None or key.startswith("各") or _lists_bodies(head)
    ):  # (…：为…: the text runs on after it)
        key = head.group(0) if head is not None else ""
    return bool(ADDRESSEE_RE.match(key))


# the text up to its first colon (an addressee naming every kind of body runs past 80 characters)
_ADDRESSEE_HEAD_RE = re.compile(r"[^：:。；]{2,160}[：:]")
# (2031年5月1日甲市第九届人民代表大会常务委员会第三次会议通过 …): a congress's note, never a news item's first words
_ADOPTION_NOTE_RE = re.compile(
    rf"^[（(]\d{{4}}年[^（()）]{{0,60}}会议(?:{in_order(titles_data()['congress_note_acts'])})"
)
_LIST_MARK_RE = re.compile(r"[、，,]")
ADDRESSEE_MIN_ITEMS = 3  # 甲市、各县人民政府，乙局：: a list of bodies, not a sentence that names one


def _lists_bodies(head: re.Match[str] | None) -> bool:
    """The words before the first colon list the bodies addressed, a later one by 各 (甲市、各自治州人民政府，乙行署：),
    with no sentence's mark among them: an addressee that opens with one body's name instead of 各. (A first item
    holding 各 has other words before the addressee: 摘要 各区县人民政府，…: a database's label, not one body.)"""
    if head is None:
        return False
    items = _LIST_MARK_RE.split(head.group(0))
    return (
        len(items) >= ADDRESSEE_MIN_ITEMS
        and "各" not in items[0]
        and any(item.startswith("各") for item in items[1:])
        and not SENTENCE_OPENER_RE.search(head.group(0))
    )


def names_no_subject(title: str) -> bool:
    """修订的办法, 修改后的条例: the words before the kind of document are a stage only (status.toml's stage
    parts): a sentence's words broken off over a fragment, naming no document."""
    key = squeeze(title)
    kind = rules().doc_type_end.search(key)
    if kind is None:
        return False
    head = key[: kind.start()].removesuffix("的").removesuffix("后")
    return bool(head) and status_patterns().stage.fullmatch(head) is not None


def shapeless_over_document(
    title: str | None, group: TitleGroup | None, content: list[Line], nodes: list[Node]
) -> bool:
    """A line naming no document read as the title over a document's own body, or a sentence's piece that opens a
    name it does not close (我部起草了《甲办法（): the text has no title line. A headline over a news report that
    quotes a document (5月16日，甲办发布通告： / 一、…) stays the page's title."""
    if title is not None and names_no_subject(title):
        return True
    return (
        title is not None
        and group is not None
        and not group.strong
        and not names_document(title)
        and (
            open_quote(title)
            or over_document_body(group, content, nodes)
            and not over_news_report(group, content)
        )
    )


HEADING_WINDOW = 16  # paragraphs from the text's start where the covering sentence under a heading stands


def issued_under_organ(title: str | None, paragraphs: list[Line]) -> str | None:
    """甲省人民政府2031年工作要点 over 现将《2031年工作要点》印发给你们: a heading that joins the issuing organ to the
    name the covering sentence issues is a site's (a law database's); the document's title is the name."""
    if not title:
        return None
    for name in names_in_sentences(paragraphs, 0, min(len(paragraphs), HEADING_WINDOW)):
        organ = title[: len(title) - len(name)] if title.endswith(name) else ""
        if organ and rules().issuer_part.fullmatch(organ) and ends_with_doc_type(name):
            return name
    return None


# 现将X名单公布如下：: the notice publishes what its title names itself, in its own words (its verbs: titles.toml
# setting_out_verbs; a notice laying out one named policy, 现将X安排如下, is titled by it: D25)
_SET_OUT_RE = re.compile(
    rf"现将(?P<name>[^《》，,。；：:]{{4,80}}?)(?:{'|'.join(titles_data()['setting_out_verbs'])})如下"
)


def set_out_by_notice(title: str | None, notice_title: str | None, paragraphs: list[Line]) -> bool:
    """The covering notice (关于公布X的通知) publishes X itself, in its own sentence (现将X公布如下：): what follows
    is the notice's text, not X's under a title of its own; the notice is the document, its title the title."""
    if not title or not notice_title:
        return False
    for line in paragraphs[:HEADING_WINDOW]:
        m = _SET_OUT_RE.search(line.content)
        if m is not None and squeeze(m.group("name")) == squeeze(title):
            return True
    return False


@cache
def _listing_re() -> re.Pattern[str]:
    data = titles_data()
    verbs = "|".join(data["issuing_verbs"])
    kinds = "|".join(data["covering_kinds"] + data["listing_notices"])
    lists = "|".join(data["list_kinds"])
    return re.compile(rf"关于(?:{verbs})?(?P<name>[^《》]{{4,80}}?(?:{lists}))的(?:{kinds})")


def listed_by_notice(title: str | None, notice_title: str | None, paragraphs: list[Line]) -> bool:
    """关于公布X名单的通知 (关于X名单的公示) over X's items with no heading of the list's own (or X only an attachment's
    name): the notice is the document, its title the title; a list stored under its own heading X keeps X."""
    if not title or not notice_title:
        return False
    m = _listing_re().search(squeeze(notice_title))
    if m is None or squeeze(m.group("name")) != squeeze(title):
        return False
    return not heading_stored(title, paragraphs)


def heading_stored(name: str, paragraphs: list[Line]) -> bool:
    """The text carries ``name`` as a heading of its own, on one line or wrapped over two or three (2031年度甲市重大行政决策
    / 事项目录)."""
    own = squeeze(name).strip("《》")
    keys = [squeeze(line.content).strip("《》") for line in paragraphs]
    return any(
        "".join(keys[k : k + n]).strip("《》") == own for n in (1, 2, 3) for k in range(len(keys) - n + 1)
    )


# 《甲市人大关于修改<甲市乙条例>的决定》: a page that lost 〈〉 quotes the name inside a name with <>
_INNER_ANGLES_RE = re.compile(r"<(?P<name>[^<>《》〈〉]{2,60})>")


def unnested(name: str | None) -> str | None:
    """A quoted name once its outer quotes are gone: the name it quotes takes 《》 (甲关于修改<乙条例>的决定 ->
    甲关于修改《乙条例》的决定), as the title's own line prints it."""
    return _INNER_ANGLES_RE.sub(r"《\g<name>》", name) if name and "<" in name else name

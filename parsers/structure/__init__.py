"""text -> hierarchy of nodes with exact character offsets.

The grammar is paragraph based, in passes, one module each:

0. ``fold``: the rules read a copy of the text with its traditional characters in simplified form, a lost
   indentation (``??``) as spaces and markup kept as text (``<p>``, ``&#12288;``, a crawler's ``@@``) as
   line breaks and spaces (one character for one, so offsets hold); titles, headings and 文号 are given
   back in the text's own characters.
1. ``lines``: the physical lines (a line with visible text and the blank lines after it); a page run
   together on one line is split where its breaks were (spaces before numbered headings), and ``runon``
   splits numbered paragraphs run into the line before them (``…。（二）…``, ``第一章 总则第一条…``).
2. ``furniture``: page numbers, running headers, a browser's print stamps (anywhere), and a web
   page's chrome before the body (breadcrumbs, the 发布时间 bar, the 索引号 table): lines of kind
   ``furniture``, never in a clause, a title or an extraction.
3. ``wrap``: where the lines end at one width, a line that runs on into the next is joined with it:
   a paragraph is then several physical lines (``Line.soft_breaks``), with any furniture a page
   break left inside it.
4. ``titles``, ``head_titles``, ``covering``, ``notice_block`` and ``policy_title``: the document's title (joined across
   lines, its status words apart), and the covering notice or call for comments before the policy
   (``notice_title``); ``head`` reads the 文号 and the issuing body (``orders``: an order's header, a note of adoption).
5. ``markers``, ``outline`` and ``layout``: a *numbered* paragraph starts with a marker
   (``MARKER_STYLES``: one regular expression per style, with its kind and its rank in the GB/T 9704
   order ``第X章`` > ``第X节`` > ``第X条`` > ``一、`` > ``（一）`` > ``1.`` > ``（1）`` > ``①``) or a decimal
   label (``1`` / ``1.1`` / ``1.1.1``: kind ``outline``, ranked where the document opens it). A stack
   nests each numbered paragraph under the nearest open node of a higher rank, so numbering that runs
   on across parts, restarts, skips or repeats parses the same way; inside an article ``（一）`` and
   ``一、`` are points. After the body come a signature (落款) and attachments (附件…).
6. ``emitter``: boxes become Nodes with ids (``action_1__measure_3__clause_2``) in O(1) each.

Coverage is the invariant everything else serves: every character of the input belongs to exactly
one leaf, and a leaf is a clause or a furniture line. A clause is one sentence: it ends after 。；！？
(or ; ! ?), the closing quotes and brackets that follow, and the whitespace after them; a paragraph's
end always ends a clause (a soft break inside a paragraph does not), and the newline and blank lines
after a paragraph belong to its last clause. A page break inside a sentence leaves the furniture
between its two clauses. Parents span their children exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from parsers.gcpause import collector_paused
from parsers.model import Node, walk
from parsers.status import split_status
from parsers.structure.collection_marks import drop_collection_marks
from parsers.structure.contents_list import listed_title, stored_below
from parsers.structure.cover_heading import heading_after_cover
from parsers.structure.emitter import Emitter
from parsers.structure.explanation_title import explanation_heading
from parsers.structure.fold import Unfolder, fold
from parsers.structure.full_text_below import quoted_title_below, title_below_handover
from parsers.structure.furniture import news_lead, print_furniture, web_chrome
from parsers.structure.glued_title import glued_title
from parsers.structure.head import byline_issuer, head_issuer, head_lines, metadata_title
from parsers.structure.head_number import head_doc_number
from parsers.structure.head_rank import info_box_name, is_decree_header, labelled_title
from parsers.structure.headline import dated_headline
from parsers.structure.layout import Box, build_boxes
from parsers.structure.lead_issuer import lead_issuer
from parsers.structure.lead_title import lead_title
from parsers.structure.letter_cover import enclosed_draft, forwarded_under_headline, issued_to_addressee
from parsers.structure.lines import Line, split_lines, split_run_together
from parsers.structure.markers import match_marker
from parsers.structure.note_runon import opens_with_note, title_after_note
from parsers.structure.notice_block import Front
from parsers.structure.notice_block import covering_title as _covering_title
from parsers.structure.order_title import order_title
from parsers.structure.outline import decimal_label
from parsers.structure.own_notice_title import with_own_organ
from parsers.structure.pinyin import PinyinMap, strip_pinyin
from parsers.structure.published_text import published_over_text
from parsers.structure.record_header import record_header
from parsers.structure.referred_back import referred_back
from parsers.structure.runon import split_run_on_items
from parsers.structure.shared_file import shared_file_title
from parsers.structure.signatures import notice_signature, signers
from parsers.structure.site_label import announced_name, drop_site_label
from parsers.structure.status_line import named_over_stage
from parsers.structure.stray_line import own_title_under_stray_line
from parsers.structure.title_labels import cited_only
from parsers.structure.title_names import with_edition_line, with_quoted_period
from parsers.structure.title_repeat import plain_repeat
from parsers.structure.title_shape import (
    issued_under_organ,
    listed_by_notice,
    set_out_by_notice,
    shapeless_over_document,
    unnested,
)
from parsers.structure.titles import TitleGroup, ends_with_doc_type, is_body_line, is_note_line, rules
from parsers.structure.wrap import join_wrapped

__all__ = ["Structure", "covering_title", "parse_structure", "split_status"]


@dataclass
class Structure:
    nodes: list[Node]  # top-level nodes, each with its children
    title: str | None = None  # the document's own title, status words and their brackets dropped
    status: str | None = None  # 征求意见稿 …
    notice_span: tuple[int, int] | None = None  # where the consultation or covering notice is, if any
    extra: dict = field(default_factory=dict)
    title_span: tuple[int, int] | None = None  # the title node's span, if any
    notice_title: str | None = None  # the covering notice's own title, when it issues one document
    soft_breaks: tuple[int, ...] = ()  # offsets of the newlines joined inside wrapped paragraphs
    furniture: tuple[tuple[int, int], ...] = ()  # spans of page furniture lines (nodes of kind furniture)
    issuer: str | None = None  # the issuing body the head names (title's organs, an issuer line)
    doc_number: str | None = None  # the 文号 the head gives
    metadata_title: str | None = None  # the title a page's metadata field in the text gives (标题：X)

    def iter_nodes(self) -> Iterator[Node]:
        return walk(self.nodes)

    def leaves(self) -> list[Node]:
        return [n for n in self.iter_nodes() if not n.children]


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


PREAMBLE_MAX_LINES = 40  # a call's lines between the draft's name and its first article
FULL_TEXT_HEAD_LINES = 40  # a news preface over the document's full text stands among the first paragraphs


def _over_its_note(content: list[Line], group: TitleGroup | None) -> bool:
    """The title stands over its note of adoption ((…会议通过)): the text is the document adopted, whatever its body
    cites (实施《X纲要》(以下简称《纲要》)), not a page citing it."""
    k = group.first + group.n_lines if group is not None else len(content)
    return k < len(content) and is_note_line(content[k].content)


def _note_under_title(content: list[Line], group: TitleGroup | None, head: list[Line]) -> list[Line]:
    """The note of adoption under a title that stands past the head (a page's own 一、 heading before the
    regulation it carries): how the document was made, read with the head."""
    if group is None or group.first + group.n_lines >= len(content):
        return []
    note = content[group.first + group.n_lines]
    return [note] if is_note_line(note.content) and all(line is not note for line in head) else []


def parse_structure(text: str) -> Structure:
    """The hierarchy of ``text``: notice, title, preamble, numbered parts, signature, attachments."""
    annotated = strip_pinyin(text)
    if annotated is None:
        return _parse_structure(text)
    return _carry_back(_parse_structure(annotated.compact), annotated)


def _carry_back(structure: Structure, pinyin: PinyinMap) -> Structure:
    """A structure of the text without its pinyin annotations, in the offsets and strings of the text."""
    at = pinyin.offset
    for node in walk(structure.nodes):
        node.char_start, node.char_end = at(node.char_start), at(node.char_end)
        node.text = pinyin.original[node.char_start : node.char_end]
    for name in ("title", "notice_title", "issuer", "doc_number", "metadata_title"):
        near = _title_near(structure, pinyin.compact) if name == "title" else 0
        setattr(structure, name, pinyin.restore(getattr(structure, name), near))
    structure.soft_breaks = tuple(at(pos) for pos in structure.soft_breaks)
    structure.furniture = tuple((at(start), at(end)) for start, end in structure.furniture)
    for name in ("notice_span", "title_span"):
        span = getattr(structure, name)
        if span is not None:
            setattr(structure, name, (at(span[0]), at(span[1])))
    return structure


def _title_near(structure: Structure, compact: str) -> int:
    """Where the title is given back from: its title line, else the first line that opens with it (a title read
    from a sentence's quote stands on its own line too, written there without the quote's readings)."""
    if structure.title_span:
        return structure.title_span[0]
    head = "".join(structure.title.split())[:12] if structure.title else ""
    at = compact.find("\n" + head) if head else -1
    return at + 1 if at >= 0 else 0


def covering_title(title: str) -> Front:
    """A title read on its own (a page's metadata title) as notice_block reads it, on its simplified copy
    (關於印發《X》的通知 reads as 关于印发…), its parts given back in the title's own characters."""
    folded = fold(title)
    read = _covering_title(folded)
    if folded != title:
        restore = Unfolder(title, folded)
        read.title, read.status = restore(read.title), restore(read.status)
        read.notice_title = restore(read.notice_title)
    return read


def _field_notice(front: Front, head: list[Line]) -> str | None:
    """The page's 标题: field, when it is the notice that issues the document and the line read as the notice's
    title names no kind of document (甲市人民政府门户网站 / 走进甲市 over 各区…： / 现将《X》印发给你们: the site's
    lines, the title line lost)."""
    if front.notice_title is None or front.notice_head is None or front.notice_head.strong:
        return None
    field = labelled_title(head)
    read = _covering_title(field) if field else None
    if read is None or not read.notice_title or read.title != front.title:
        return None
    return read.notice_title


def _parse_structure(text: str) -> Structure:
    original, text = text, fold(text)  # the rules read simplified characters; offsets stay the same
    restore = Unfolder(original, text)
    with collector_paused():  # tens of thousands of acyclic objects: collection passes only cost time
        physical = split_run_on_items(split_run_together(split_lines(text)), text)

        paragraphs = join_wrapped(text, physical, print_furniture(text, physical))
        for i in web_chrome(paragraphs, 0, lambda line: is_body_line(line, text)):
            paragraphs[i].is_furniture = True
        for i in news_lead(paragraphs, 0):
            paragraphs[i].is_furniture = True
        top, front, content = build_boxes(text, paragraphs)
        nodes = Emitter(original, restore).boxes(top, None)
        head_title = front.notice_head or front.title_group
        head = head_lines(paragraphs, text)  # the lines before the first numbered heading
        head = head + _note_under_title(content, front.title_group, head)
    cited = front.title and cited_only(text, front.title) and not _over_its_note(content, front.title_group)
    title = None if cited else drop_site_label(unnested(front.title))
    weak_or_none = (
        front.title_group is None
        and title is None
        or front.title_group is not None
        and not front.title_group.strong
    )
    if front.notice_title is None and weak_or_none:
        title = (
            labelled_title(head) or title
        )  # the page's own 标题: field outranks a line naming no kind, or none
    if front.notice_title is None and shapeless_over_document(title, front.title_group, content, nodes):
        # a fragment's first line, the page's words over a document: no title line (《X条例》公布 over X's text names X)
        title = title if announced_name(title, nodes, paragraphs) else None
    status = front.status
    notice_title = _field_notice(front, head) or front.notice_title
    if set_out_by_notice(title, notice_title, paragraphs) or listed_by_notice(
        title, notice_title, paragraphs
    ):
        # 关于印发X的通知 / 现将X安排如下：, 关于公布X名单的通知 over its items: the notice is the document
        title, notice_title = notice_title, None
    named = announced_name(title, nodes, paragraphs) if notice_title is None else None
    if named:  # 《X办法》发布 over X's text: a news headline quoting one document it reprints names it
        title, named_status = split_status(named)
        status = status or named_status
    if (entry := stored_below(notice_title or title, text)) is not None:
        # a gazette's contents over the document it prints: the document's own title line, not its entry
        notice_title, title = (entry, title) if notice_title else (notice_title, entry)
    listed = entry is None and listed_title(notice_title or title, text)
    if listed:
        title = notice_title = None  # a gazette's contents: its entries and its masthead are no title
    if notice_title is None and title and is_decree_header(title):
        title = (
            order_title(paragraphs, text) or title
        )  # the order frames the regulation whose title follows it
    if notice_title is None and not listed and (title is None or opens_with_note(title)):
        title = (
            title_after_note(paragraphs) or title
        )  # *注:本篇已被…废止(…)X办法: the name after the site's note
    if (
        title is None
        and notice_title is None
        and (lead := lead_title(paragraphs) or published_over_text(paragraphs) or referred_back(paragraphs))
    ):
        # no title line: the one document the lead issues, or whose publication it tells over its articles
        title, status = lead[0], status or lead[1]
    elif title is None and notice_title is None:
        title = heading_after_cover(
            paragraphs
        )  # …现印发给你们。甲方案: the heading run on after the sentence
    if notice_title is None and not listed and (title is None or rules().issuer_part.fullmatch(title)):
        # 各区人民政府： / 现将《X》印发给你们: a letter stored without its title line is titled by what it issues (a
        # page's organ read as its title gives way; a headline of a page's own does not)
        title, status = issued_to_addressee(paragraphs) or enclosed_draft(paragraphs) or (title, status)
    if title is None and notice_title is None and not listed:
        # 甲市X行动计划（2031-2032年）为提高…: a heading glued to the body's first words, the line break lost
        title, status = glued_title(paragraphs) or (title, status)
    if title is None and notice_title is None and not listed and (boxed := info_box_name(head)):
        title, boxed_status = split_status(
            boxed
        )  # 基本介绍 / - 中文名: X条例: an encyclopedia's page names it there
        status = status or boxed_status
    record = record_header(paragraphs) if title is None and notice_title is None and not listed else None
    if record is not None:  # X条例制定机关: 甲常委会效力级别: …: a law database's record header on one line
        title = record.title
    if title is None and notice_title is None and not listed:
        title = dated_headline(paragraphs, 0)  # a news page's headline, its dateline on its line
    if title is None and notice_title is None and not listed:
        # 关于《X（征求意见稿）》起草说明: a page of the explanation alone
        title = explanation_heading(paragraphs)
    if (
        notice_title is None
        and not listed
        and (title is None or not ends_with_doc_type(title))
        and (shared := shared_file_title(paragraphs)) is not None
    ):
        # X条例.doc, named again and again by a file-sharing site, outranks a line that names no kind
        title, shared_status = split_status(shared)  # X办法(试行).doc: the status in its brackets
        status = status or shared_status
    if notice_title is None and not listed:
        # 返回首页X办法 … X办法: a page's words run onto its head, the title given alone below
        title = plain_repeat(title, paragraphs) or title
    if not listed and (own_line := own_title_under_stray_line(title, paragraphs, text)) is not None:
        read = _covering_title(own_line)  # 乙省X条例 (named nowhere else) over the page's own title line
        title, notice_title, status = read.title, read.notice_title or notice_title, status or read.status
    if (
        notice_title is None
        and not listed
        and title
        and not ends_with_doc_type(title)
        and (below := title_below_handover(paragraphs, FULL_TEXT_HEAD_LINES))
    ):
        # 西安将新建5个水果主题公园 … 以下为意见全文： / 甲市人民政府办公厅关于X的意见: the text is the document
        title, status = below[0], status or below[1]
    if (
        notice_title is None
        and not listed
        and (own := quoted_title_below(paragraphs, text, FULL_TEXT_HEAD_LINES)) is not None
        and (
            not title
            or not ends_with_doc_type(title)
            or (own[0] in title and own[0] != title and not rules().issuing_verb.search(title))
        )
    ):
        # 常宁市人民政府办公室印发《常宁市X预案》… / 常宁市X预案 / 1 总则: the document's own line under the news
        title, status = own[0], status or own[1] or None
    if notice_title is None and not listed and status is None and (staged := named_over_stage(head, title)):
        title, status = staged  # a headline over a draft: the name its stage stands under is the title
    if notice_title is None and not listed:
        title = issued_under_organ(title, paragraphs) or title  # 甲省人民政府X要点 over 现将《X要点》印发
    if notice_title is None and not listed and (forwarded := forwarded_under_headline(title, paragraphs)):
        notice_title, title = (
            title,
            forwarded,
        )  # 甲办转发乙厅关于X的通知 over 现将乙厅《关于X的通知》转发给你们
    # ⑴X条例, X预案目录: a collection's numeral, a contents heading
    listed_as, title = title, drop_collection_marks(title)
    # the period the notice quotes the title with (and its edition, when the title is a contents heading's)
    title = with_quoted_period(title, notice_title, edition=listed_as != title) or title
    # X预案 over （2015修编版）: the heading's edition line
    title = with_edition_line(title, paragraphs) or title
    if (
        notice_title is not None
    ):  # 关于印发X的通知 from a field, over 甲局 / 关于印发X的 / 通  知: the organ with it
        notice_title = with_own_organ(notice_title, head) or notice_title
    elif not listed:
        title = with_own_organ(title, head) or title
    structure = Structure(
        nodes=nodes,
        title=restore(title),
        status=restore(status),  # a word of status.toml, in the text's characters (修訂草案)
        notice_title=restore(notice_title),
        issuer=restore(
            (record.issuer if record is not None else None)
            or head_issuer(
                # a title read from no title line (a heading run into its text) may still name its organ first
                None if listed or front.reported else head_title.text if head_title else front.title,
                head,
                text,
                notice_signature(content, front.notice)
                or _preamble_signature(content, front.title_group, text),
                closing_signature(top),
            )
            or (None if front.reported else lead_issuer(paragraphs, title))  # 甲局印发《X》。原文如下：
            or byline_issuer(head, paragraphs, title, notice_title)  # the last title's organs, then 来源
        ),
        doc_number=restore(head_doc_number(head, text)),
        metadata_title=restore(metadata_title(head)),
        soft_breaks=tuple(pos for line in content for pos in line.soft_breaks),
        furniture=tuple(
            span
            for line in paragraphs
            for span in ([(line.start, line.end)] if line.is_furniture else line.furniture)
        ),
    )
    for node in nodes:
        if node.kind == "notice" and structure.notice_span is None:
            # the first notice: a call's own parts under a title after it form a second one (call_parts)
            structure.notice_span = (node.char_start, node.char_end)
        elif node.kind == "title":
            structure.title_span = (node.char_start, node.char_end)
    return structure

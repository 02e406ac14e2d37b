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
   (``notice_title``); ``title_choice`` chooses among the readings of the head; ``head`` reads the 文号 and the
   issuing body (``orders``: an order's header, a note of adoption), ``issuer_choice`` chooses among them.
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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from parsers.gcpause import collector_paused
from parsers.model import Node, walk
from parsers.status import split_status
from parsers.structure.emitter import Emitter
from parsers.structure.fold import Unfolder, fold
from parsers.structure.front import Front
from parsers.structure.furniture import news_lead, print_furniture, web_chrome
from parsers.structure.glued_chrome import split_glued_chrome
from parsers.structure.head import head_lines, metadata_title, title_organs
from parsers.structure.head_number import (
    head_doc_number,
    number_in_file_name,
    number_under_title_past_head,
)
from parsers.structure.issuer_choice import document_issuer
from parsers.structure.layout import build_boxes
from parsers.structure.lead_issuer import acting_body
from parsers.structure.lines import Line, split_lines, split_run_together
from parsers.structure.notice_block import covering_title as _covering_title
from parsers.structure.pinyin import strip_pinyin
from parsers.structure.pinyin_carry import carry_back
from parsers.structure.reported_act import reporting_lead_body
from parsers.structure.runon import split_run_on_items
from parsers.structure.title_choice import choose_title
from parsers.structure.titles import TitleGroup, is_body_line, is_note_line
from parsers.structure.wrap import join_wrapped

__all__ = ["Structure", "covering_title", "parse_structure", "split_status", "title_issuer"]


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
    # the body the lead's opening sentence names as acting (为…，甲局拟…), read last
    acting_issuer: str | None = None
    doc_number: str | None = None  # the 文号 the head gives
    metadata_title: str | None = None  # the title a page's metadata field in the text gives (标题：X)

    def iter_nodes(self) -> Iterator[Node]:
        return walk(self.nodes)

    def leaves(self) -> list[Node]:
        return [n for n in self.iter_nodes() if not n.children]


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
    return carry_back(_parse_structure(annotated.compact, annotated.printed_width), annotated)


def title_issuer(title: str) -> str | None:
    """The body at the head of a title read on its own (a page's 名称 field: 市人民政府办公室关于印发X的通知), in the
    title's own characters."""
    folded = fold(title)
    organs = title_organs(folded)
    return Unfolder(title, folded)(organs) if folded != title else organs


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


def _parse_structure(text: str, width_of: Callable[[Line], float] | None = None) -> Structure:
    original, text = text, fold(text)  # the rules read simplified characters; offsets stay the same
    restore = Unfolder(original, text)
    with collector_paused():  # tens of thousands of acyclic objects: collection passes only cost time
        physical = split_glued_chrome(split_run_on_items(split_run_together(split_lines(text)), text))

        paragraphs = join_wrapped(text, physical, print_furniture(text, physical), width_of)
        for i in web_chrome(paragraphs, 0, lambda line: is_body_line(line, text)):
            paragraphs[i].is_furniture = True
        for i in news_lead(paragraphs, 0):
            paragraphs[i].is_furniture = True
        top, front, content = build_boxes(text, paragraphs)
        nodes = Emitter(original, restore).boxes(top, None)
        head = head_lines(paragraphs, text)  # the lines before the first numbered heading
        head = head + _note_under_title(content, front.title_group, head)
    chosen = choose_title(front, head, content, nodes, paragraphs, text)
    structure = Structure(
        nodes=nodes,
        title=restore(chosen.title),
        status=restore(chosen.status),  # a word of status.toml, in the text's characters (修訂草案)
        notice_title=restore(chosen.notice_title),
        issuer=restore(document_issuer(front, chosen, head, content, top, paragraphs, text)),
        acting_issuer=restore(acting_body(paragraphs) or reporting_lead_body(paragraphs)),
        doc_number=restore(
            head_doc_number(head, text)
            or number_under_title_past_head(paragraphs, chosen.title)
            or number_in_file_name(paragraphs)  # 附件:甲函〔2031〕94号.pdf
        ),
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

"""text -> hierarchy of nodes with exact character offsets.

The grammar is line based. Every line is a paragraph; a *numbered* line starts with
a marker, recognised only at the start of the line (after optional whitespace,
U+3000 included). ``MARKER_STYLES`` is the grammar: one regular expression per
marker style, with the node kind it makes and its rank in the GB/T 9704 order
(``第X章`` > ``第X节`` > ``第X条`` > ``一、`` > ``（一）`` > ``1.`` > ``（1）`` > ``①``).
A stack nests each numbered line under the nearest open node of a higher rank, so
numbering that runs on across parts, restarts in each part, skips or repeats
all parse the same way. Context changes a kind, not a rank: inside an article
``（一）`` and ``一、`` are points.

Before the body come the consultation notice (关于征求…意见的通知 … 联系人/邮箱)
and the title; after it a signature (落款: issuing body lines and a date line)
and attachments (附件…). Lines that carry no word character at the very end of
the text (``|``, ``: |`` left by a page scraper) become a trailing paragraph.

Coverage is the invariant everything else serves: every character of the input
belongs to exactly one leaf, and the leaves are always clauses. A clause is one
sentence: it ends after 。；！？ (or ; ! ?), the closing quotes and brackets that
follow, and the whitespace after them; a line's end always ends a clause, and the
newline and blank lines after a paragraph belong to its last clause. Parents span
their children exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from parsers.gcpause import collector_paused
from parsers.model import Node, walk
from parsers.numbers import parse_ordinal
from parsers.status import patterns as status_patterns
from parsers.status import split_status, strip_status

# ---------------------------------------------------------------- the grammar

_CN = "零〇一二三四五六七八九十百千两"  # Chinese numeral characters used in labels
_DIGITS = "0-9０-９"
# After 第X条 these words make the line a cross-reference, not an article: 第三条规定的…, 第三条至第五条.
_REFERENCE_FOLLOWERS = r"(?:规定|所称|所列|所述|之|至|、|，|,|和|或|及|第|的)"


@dataclass(frozen=True)
class MarkerStyle:
    name: str
    pattern: re.Pattern[str]  # matched at the first visible character of a line; group 1 is the number
    kind: str  # the kind it makes
    rank: int  # nesting level: a marker nests under the nearest open node of a smaller rank
    kind_in_article: str | None = None  # the kind it makes inside 第X条


# A Chinese or Arabic number that PDF extraction may have broken with spaces: 十 二, 1 2
_SPACED_NUMBER = rf"[{_CN}{_DIGITS}](?:[{_CN}{_DIGITS}\s]*[{_CN}{_DIGITS}])?"
_SPACED_CN = rf"[{_CN}](?:[{_CN}\s]*[{_CN}])?"

MARKER_STYLES: tuple[MarkerStyle, ...] = (
    MarkerStyle(
        "chapter", re.compile(rf"第\s*({_SPACED_NUMBER})\s*章(?!{_REFERENCE_FOLLOWERS})"), "chapter", 1
    ),
    MarkerStyle(
        "part", re.compile(rf"第\s*({_SPACED_NUMBER})\s*部分(?!{_REFERENCE_FOLLOWERS})"), "chapter", 1
    ),
    MarkerStyle(
        "section", re.compile(rf"第\s*({_SPACED_NUMBER})\s*节(?!{_REFERENCE_FOLLOWERS})"), "section", 2
    ),
    MarkerStyle(
        "article", re.compile(rf"第\s*({_SPACED_NUMBER})\s*条(?!{_REFERENCE_FOLLOWERS})"), "article", 3
    ),
    # 一、 but not 一、二级… / 一、二、三类… (an enumeration of numerals, not a label)
    MarkerStyle(
        "cn_comma",
        re.compile(rf"([{_CN}]+)\s*[、．.](?![{_CN}]+\s*[、，,级类等档批])"),
        "action",
        4,
        "point",
    ),
    MarkerStyle("cn_paren", re.compile(rf"[（(]\s*({_SPACED_CN})\s*[）)]"), "measure", 5, "point"),
    # 1. 1、 1． 1﹒ but not 1.5亿元 / 1、2号线 (a digit right after the mark)
    MarkerStyle("arabic_dot", re.compile(rf"([{_DIGITS}]{{1,3}})\s*[.．﹒、](?![{_DIGITS}])"), "item", 6),
    MarkerStyle("arabic_paren", re.compile(rf"[（(]\s*([{_DIGITS}]{{1,3}})\s*[）)]"), "subitem", 7),
    MarkerStyle("arabic_close_paren", re.compile(rf"([{_DIGITS}]{{1,3}})[)）]"), "subitem", 7),
    MarkerStyle("circled", re.compile(r"([\u2460-\u2473])"), "subitem", 8),
)

# The styles worth trying for a line, by its first visible character (keeps the scan linear and cheap).
_STYLES_BY_FIRST_CHAR: dict[str, tuple[MarkerStyle, ...]] = {}


def _index_styles() -> None:
    by_name = {s.name: s for s in MARKER_STYLES}
    groups = {
        "第": ("chapter", "part", "section", "article"),
        "（": ("cn_paren", "arabic_paren"),
        "(": ("cn_paren", "arabic_paren"),
    }
    for ch, names in groups.items():
        _STYLES_BY_FIRST_CHAR[ch] = tuple(by_name[n] for n in names)
    for ch in _CN:
        _STYLES_BY_FIRST_CHAR[ch] = (by_name["cn_comma"],)
    for ch in "0123456789０１２３４５６７８９":
        _STYLES_BY_FIRST_CHAR[ch] = (by_name["arabic_dot"], by_name["arabic_close_paren"])
    for code in range(0x2460, 0x2474):
        _STYLES_BY_FIRST_CHAR[chr(code)] = (by_name["circled"],)


_index_styles()

ATTACHMENT_RE = re.compile(
    rf"附\s*件\s*(?:([{_DIGITS}一二三四五六七八九十]{{1,3}})\s*[：:．.、]?|[：:]|(?=\s)|$)"
)
DATE_LINE_RE = re.compile(
    rf"(?:[{_DIGITS}]{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*[{_DIGITS}一二三四五六七八九十]{{1,3}}\s*月"
    rf"\s*[{_DIGITS}一二三四五六七八九十]{{1,3}}\s*日"
)
# 落款 on one line, the body and the date apart: 云岭市工业和信息化局\t2025年1月10日
SIGNATURE_LINE_RE = re.compile(rf"[^\s。；！？：:，,;]{{2,40}}\s+{DATE_LINE_RE.pattern}")
SIGNATURE_MAX_BODY_LINES = 3  # issuing bodies above the date line (joint documents name several)
SIGNATURE_MAX_LINE_CHARS = 40

# Sentence ends: the terminator run, closing quotes/brackets after it, and the whitespace after those.
CLAUSE_END_RE = re.compile(r"[。；！？;!?]+[”’\"'」』）)】〕》\]]*\s*")
SENTENCE_MARK_RE = re.compile(r"[。；！？]")
HEADING_END_RE = re.compile(r"[。！？!?]")  # a heading is the text before the first full stop
TOC_RE = re.compile(r"目\s*录")  # 目录: the chapter list before a regulation's body
WORD_CHAR_RE = re.compile(r"\w")

# ---------------------------------------------------------------- titles and status words

_DRAFT_STATUS = status_patterns().drafts
STATUS_ONLY_LINE_RE = re.compile(
    r"[（(〔【\[][^（()）〔〕【】\[\]]{1,20}[）)〕】\]]"
)  # （征求意见稿） on a line of its own
DOC_TYPE_END_RE = re.compile(
    r"(?:措施|办法|条例|规定|方案|意见|规划|细则|决定|纲要|计划|指南|政策|通知|规则|标准|清单|目录|制度|要点|举措"
    rf"|章程|指引|通告|公告|决议|报告|{_DRAFT_STATUS})"
    r"(?:\s*[（(〔【\[][^（()）〔〕【】\[\]]{1,20}[）)〕】\]])*\s*$"
)
TITLE_MAX_CHARS = 100

# ---------------------------------------------------------------- the consultation notice

# The first line of a notice: 关于征求《…》意见(建议)的通知, …公开征求意见的公告, 关于印发…的通知
NOTICE_HEAD_RE = re.compile(r"(?:(?:征求|征集|听取).{0,60}?(?:意见|建议))|关于(?:印发|转发|发布)")
NOTICE_HEAD_MAX_CHARS = 160
NOTICE_MAX_LINES = 80  # the document title must come within this many lines of the notice head
QUOTED_TITLE_RE = re.compile(r"《([^《》]{2,100})》")
# Lines of the notice itself, never a document title.
NOTICE_LINE_WORDS_RE = re.compile(
    r"征求|联系|电话|邮箱|邮\s*箱|传真|地址|邮编|发布时间|来源|附件|E-?mail", re.IGNORECASE
)


@dataclass
class Structure:
    nodes: list[Node]  # top-level nodes, each with its children
    title: str | None = None  # normalised: status words and their brackets dropped
    status: str | None = None  # 征求意见稿 …
    notice_span: tuple[int, int] | None = None  # where the consultation notice is, if any
    extra: dict = field(default_factory=dict)
    title_span: tuple[int, int] | None = None  # the title node's span, if any

    def iter_nodes(self) -> Iterator[Node]:
        return walk(self.nodes)

    def leaves(self) -> list[Node]:
        return [n for n in self.iter_nodes() if not n.children]


# ---------------------------------------------------------------- lines


@dataclass(slots=True)
class _Line:
    """One paragraph: a line with visible text plus the blank lines after it."""

    start: int  # first character (line start; the first line also holds leading blank lines)
    end: int  # after the newline and any blank lines that follow
    content_start: int  # first visible character
    content: str  # the visible text, stripped

    @property
    def is_junk(self) -> bool:
        return WORD_CHAR_RE.search(self.content) is None


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    n = len(text)
    pos = 0
    pending_blank_start: int | None = None  # leading blank lines before the first visible line
    while pos < n:
        newline = text.find("\n", pos)
        end = n if newline < 0 else newline + 1
        raw = text[pos:end]
        content = raw.strip()
        if content:
            start = pos
            if not lines and pending_blank_start is not None:
                start = pending_blank_start
            lines.append(_Line(start, end, pos + len(raw) - len(raw.lstrip()), content))
        elif lines:
            lines[-1].end = end  # a blank line belongs to the paragraph before it
        elif pending_blank_start is None:
            pending_blank_start = pos
        pos = end
    if not lines and n:
        lines.append(_Line(0, n, 0, ""))  # whitespace only: one blank paragraph keeps the characters
    return lines


# ---------------------------------------------------------------- boxes: the tree before it becomes Nodes


@dataclass(slots=True)
class _Box:
    kind: str
    rank: int
    head: _Line | None = None  # the numbered line (its clauses are the box's first children)
    label: str | None = None
    ordinal: int | None = None
    heading: str | None = None
    items: list[_Line | _Box] = field(default_factory=list)  # unnumbered lines and child boxes, in order

    @property
    def n_lines(self) -> int:
        return sum(1 for item in self.items if isinstance(item, _Line))


def _match_marker(line: _Line, text: str) -> tuple[MarkerStyle, re.Match[str]] | None:
    styles = _STYLES_BY_FIRST_CHAR.get(line.content[0]) if line.content else None
    if not styles:
        return None
    for style in styles:
        m = style.pattern.match(text, line.content_start, line.content_start + len(line.content))
        if m:
            return style, m
    return None


def _heading_after(rest: str, kind: str) -> str | None:
    """The heading of a numbered line from the text after its label."""
    rest = rest.strip()
    if kind == "chapter" or kind == "section":
        return re.sub(r"\s+", "", rest) or None
    if kind == "article":
        bracketed = re.match(r"[【〔\[（(]([^】〕\]）)]{1,30})[】〕\]）)]", rest)
        return bracketed.group(1).strip() if bracketed else None
    stop = HEADING_END_RE.search(rest)
    heading = (rest if stop is None else rest[: stop.start()]).strip().rstrip("：:，,；;")
    return heading or None


def _numbered_box(style: MarkerStyle, m: re.Match[str], line: _Line, in_article: bool) -> _Box:
    kind = style.kind_in_article if (in_article and style.kind_in_article) else style.kind
    label = m.group(0).strip()
    rest = line.content[m.end() - line.content_start :]
    return _Box(
        kind=kind,
        rank=style.rank,
        head=line,
        label=label,
        ordinal=parse_ordinal(re.sub(r"\s+", "", m.group(1))),
        heading=_heading_after(rest, kind),
    )


def _is_title_like(content: str) -> bool:
    return (
        bool(content)
        and len(content) <= TITLE_MAX_CHARS
        and SENTENCE_MARK_RE.search(content) is None
        and not content.endswith(("：", ":"))
        and WORD_CHAR_RE.search(content) is not None
        and not DATE_LINE_RE.fullmatch(content)
    )


def _title_lines(lines: list[_Line], first: int, text: str) -> int:
    """How many lines from ``first`` make the title (0 when the text has none)."""
    if first >= len(lines):
        return 0
    head = lines[first]
    if not _is_title_like(head.content) or _match_marker(head, text) or ATTACHMENT_RE.match(head.content):
        return 0
    count = 1
    nxt = lines[first + 1] if first + 1 < len(lines) else None
    # a title broken over two lines: 国务院关于推动…发展 / 奋力书写…的意见
    if (
        nxt is not None
        and not DOC_TYPE_END_RE.search(head.content)
        and _is_title_like(nxt.content)
        and DOC_TYPE_END_RE.search(nxt.content)
        and not _match_marker(nxt, text)
    ):
        count, nxt = 2, (lines[first + 2] if first + 2 < len(lines) else None)
    # （征求意见稿） / （2025年版） on a line of its own
    if nxt is not None and STATUS_ONLY_LINE_RE.fullmatch(nxt.content):
        count += 1
    return count


def _normalise_for_match(s: str) -> str:
    s = strip_status(s)
    return re.sub(r"[\s\u3000（()）《》〈〉“”\"'·]", "", s)


def _is_quoted_title(lines: list[_Line], i: int, wanted: str) -> bool:
    """Line ``i`` (alone, or with the next line) is the title quoted in the notice head."""
    got = _normalise_for_match(lines[i].content)
    if not got:
        return False
    if got == wanted:
        return True
    return (
        len(got) >= 4
        and wanted.startswith(got)
        and i + 1 < len(lines)
        and _normalise_for_match(got + lines[i + 1].content) == wanted
    )


def _find_notice_end(lines: list[_Line], text: str) -> int | None:
    """Index of the document title line that ends a notice starting at line 0, or None."""
    head = lines[0].content
    if len(head) > NOTICE_HEAD_MAX_CHARS or SENTENCE_MARK_RE.search(head):
        return None
    # 征求…意见 outside the title's own status: XX办法（征求意见稿） alone is a title, not a notice
    if not NOTICE_HEAD_RE.search(strip_status(head)):
        return None
    window = range(1, min(len(lines), NOTICE_MAX_LINES))
    quoted = QUOTED_TITLE_RE.search(head)
    if quoted:  # 关于征求《X（征求意见稿）》意见的通知: the title line is X
        wanted = _normalise_for_match(quoted.group(1))
        for i in window:
            if _is_quoted_title(lines, i, wanted) and _title_lines(lines, i, text):
                return i
    for i in window:  # otherwise the first line that reads like a document title
        content = lines[i].content
        if (
            _is_title_like(content)
            and DOC_TYPE_END_RE.search(content)
            and not NOTICE_LINE_WORDS_RE.search(content)
            and not NOTICE_HEAD_RE.search(content)
            and not _match_marker(lines[i], text)
        ):
            return i
    return None


def _signature_starts(lines: list[_Line], body_from: int, text: str) -> dict[int, int]:
    """{first line of a signature: its date line} for 落款 blocks: short body lines then a date line."""
    starts: dict[int, int] = {}
    seen_body = False
    for i in range(body_from, len(lines)):
        content = lines[i].content
        if not (DATE_LINE_RE.fullmatch(content) or SIGNATURE_LINE_RE.fullmatch(content)):
            seen_body = True
            continue
        if not seen_body:
            continue
        first = i
        while (
            first - 1 > body_from
            and i - (first - 1) <= SIGNATURE_MAX_BODY_LINES
            and (prev := lines[first - 1].content)
            and len(prev) <= SIGNATURE_MAX_LINE_CHARS
            and not re.search(r"[。；！？：:，,;]", prev)
            and not _match_marker(lines[first - 1], text)
            and not ATTACHMENT_RE.match(prev)
            and (first - 1) not in starts
        ):
            first -= 1
        starts[first] = i
    return starts


def _table_of_contents(lines: list[_Line], start: int, stop: int, text: str) -> set[int]:
    """Lines of a 目录 block: from the 目录 line up to where its first entry's label comes again."""
    for i in range(start, min(stop, start + 10)):
        if TOC_RE.fullmatch(lines[i].content) and i + 1 < stop:
            first = _match_marker(lines[i + 1], text)
            if first is None:
                return set()
            label = re.sub(r"\s+", "", first[1].group(0))
            for j in range(i + 2, stop):
                again = _match_marker(lines[j], text)
                if again and re.sub(r"\s+", "", again[1].group(0)) == label:
                    return set(range(i, j))
            return set()
    return set()


def _build_boxes(text: str, lines: list[_Line]) -> list[_Box]:
    """The top-level boxes: notice, title, preamble, numbered parts nested by rank, signatures, attachments."""
    top: list[_Box] = []
    pos = 0
    if lines and lines[0].content:
        notice_end = _find_notice_end(lines, text)
        if notice_end is not None:
            top.append(_Box("notice", 0, head=lines[0], items=list(lines[1:notice_end])))
            pos = notice_end
    n_title = _title_lines(lines, pos, text)
    if n_title:
        top.append(_Box("title", 0, items=list(lines[pos : pos + n_title])))
        pos += n_title

    # trailing lines without a word character (scraper debris) become a paragraph of their own
    tail = len(lines)
    while tail > pos and lines[tail - 1].is_junk:
        tail -= 1
    signatures = _signature_starts(lines, pos, text)
    table_of_contents = _table_of_contents(lines, pos, tail, text)

    stack: list[_Box] = []
    preamble: _Box | None = None
    signature_until = -1
    for i in range(pos, tail):
        line = lines[i]
        if i <= signature_until:
            stack[-1].items.append(line)
            continue
        if i in signatures:
            signature = _Box("signature", 0, items=[line])
            top.append(signature)
            stack = [signature]
            signature_until = signatures[i]
            continue
        attachment = ATTACHMENT_RE.match(line.content) if line.content.startswith("附") else None
        if attachment:
            number = attachment.group(1)
            heading = line.content[attachment.end() :].strip()
            listed = _match_marker(_Line(0, 0, 0, heading), heading) if heading else None
            if listed:  # 附件：1．申报材料清单 — the heading is the first listed title
                heading = heading[listed[1].end() :].strip()
            box = _Box(
                "attachment",
                0,
                head=line,
                label=line.content[: attachment.end()].strip(),
                ordinal=parse_ordinal(number) if number else None,
                heading=heading or None,
            )
            top.append(box)
            stack = [box]
            continue
        marker = None if i in table_of_contents else _match_marker(line, text)
        if marker is None:
            # points are one paragraph each: an unnumbered line after them belongs to their article
            if any(b.kind == "article" for b in stack):
                while stack[-1].kind != "article":
                    stack.pop()
            if stack:
                stack[-1].items.append(line)
            else:
                if preamble is None:
                    preamble = _Box("preamble", 0)
                    top.append(preamble)
                preamble.items.append(line)
            continue
        style, m = marker
        in_article = any(b.kind == "article" for b in stack)
        box = _numbered_box(style, m, line, in_article)
        while stack and (stack[-1].rank >= box.rank or stack[-1].kind == "signature"):
            stack.pop()
        (stack[-1].items if stack else top).append(box)
        stack.append(box)
    if tail < len(lines):
        top.append(_Box("paragraph", 0, items=list(lines[tail:])))
    return top


# ---------------------------------------------------------------- boxes -> Nodes


_NODE_FIELDS = tuple(Node.model_fields)
# Node.model_construct loops over every field's aliases and defaults (about 60 µs a node, most of the
# parse time); the values here are complete and trusted, so set them the way model_construct does.
_FAST_NODE = (
    not Node.__pydantic_post_init__
    and not Node.__pydantic_root_model__
    and all(f.alias is None and f.validation_alias is None for f in Node.model_fields.values())
)


_set_slot = object.__setattr__


def _make_node(values: dict) -> Node:
    """``Node.model_construct(**values)`` for complete values given in field order."""
    if not _FAST_NODE:
        return Node.model_construct(**values)
    node = Node.__new__(Node)
    _set_slot(node, "__dict__", values)
    _set_slot(node, "__pydantic_fields_set__", set(_NODE_FIELDS))
    _set_slot(node, "__pydantic_extra__", None)
    _set_slot(node, "__pydantic_private__", None)
    return node


class _Emitter:
    def __init__(self, text: str):
        self.text = text
        self.seq = 0
        self.components: dict[str | None, dict[str, int]] = {}

    def _node(
        self,
        *,
        component: str,
        parent_id: str | None,
        kind: str,
        start: int,
        end: int,
        seq: int,
        children: list[Node],
        label: str | None = None,
        ordinal: int | None = None,
        heading: str | None = None,
    ) -> Node:
        node_id = component if parent_id is None else f"{parent_id}__{component}"
        return _make_node(
            {
                "node_id": node_id,
                "parent_id": parent_id,
                "kind": kind,
                "ordinal": ordinal,
                "label": label,
                "heading": heading,
                "text": self.text[start:end],
                "char_start": start,
                "char_end": end,
                "seq": seq,
                "children": children,
            }
        )

    def clauses(self, line: _Line, parent_id: str, counter: list[int]) -> list[Node]:
        """The sentences of one line; the hot loop of the parser, so it builds the nodes inline."""
        text, end = self.text, line.end
        cuts = [line.start]
        cuts.extend(m.end() for m in CLAUSE_END_RE.finditer(text, line.content_start, end) if m.end() < end)
        cuts.append(end)
        out = []
        n, seq = counter[0], self.seq
        for a, b in zip(cuts, cuts[1:], strict=False):
            n += 1
            out.append(
                _make_node(
                    {
                        "node_id": f"{parent_id}__clause_{n}",
                        "parent_id": parent_id,
                        "kind": "clause",
                        "ordinal": None,
                        "label": None,
                        "heading": None,
                        "text": text[a:b],
                        "char_start": a,
                        "char_end": b,
                        "seq": seq,
                        "children": [],
                    }
                )
            )
            seq += 1
        counter[0], self.seq = n, seq
        return out

    def _next(self) -> int:
        seq = self.seq
        self.seq += 1
        return seq

    def paragraph(self, line: _Line, parent_id: str, n: int) -> Node:
        seq = self._next()
        node_id = f"{parent_id}__paragraph_{n}"
        children = self.clauses(line, node_id, [0])
        return self._node(
            component=f"paragraph_{n}",
            parent_id=parent_id,
            kind="paragraph",
            start=line.start,
            end=line.end,
            seq=seq,
            children=children,
        )

    def box(self, box: _Box, parent_id: str | None, component: str) -> Node:
        seq = self._next()
        node_id = component if parent_id is None else f"{parent_id}__{component}"
        children: list[Node] = []
        clause_counter = [0]
        if box.head is not None:
            children.extend(self.clauses(box.head, node_id, clause_counter))
        direct = box.kind in ("title", "signature", "paragraph") or (
            box.kind == "preamble" and box.n_lines == 1
        )
        sub_boxes: list[_Box] = []
        n_paragraphs = 0
        for item in box.items:
            if isinstance(item, _Box):
                sub_boxes.append(item)
                continue
            if sub_boxes:  # keep document order: emit the boxes seen so far first
                children.extend(self.boxes(sub_boxes, node_id))
                sub_boxes = []
            if direct:
                children.extend(self.clauses(item, node_id, clause_counter))
            else:
                n_paragraphs += 1
                children.append(self.paragraph(item, node_id, n_paragraphs))
        children.extend(self.boxes(sub_boxes, node_id))
        return self._node(
            component=component,
            parent_id=parent_id,
            kind=box.kind,
            start=children[0].char_start,
            end=children[-1].char_end,
            seq=seq,
            children=children,
            label=box.label,
            ordinal=box.ordinal,
            heading=box.heading,
        )

    def boxes(self, boxes: list[_Box], parent_id: str | None) -> list[Node]:
        """Nodes for sibling boxes; a component repeated under one parent gets a suffix (measure_3_2).

        ``self.components[parent_id]`` counts, across calls, how often each base (``measure_3``) and
        each unnumbered kind was given under that parent, so the k-th ``measure_3`` is ``measure_3_k``
        in O(1) however often a number repeats. A base is ``kind_N`` and a repeat ``kind_N_k``: the
        two forms never collide.
        """
        seen = self.components.setdefault(parent_id, {})
        out = []
        for box in boxes:
            if box.kind in ("notice", "title", "preamble") and parent_id is None:
                base = box.kind
            elif box.ordinal is not None and box.kind not in ("attachment",):
                base = f"{box.kind}_{box.ordinal}"
            else:
                count = seen[box.kind] = seen.get(box.kind, 0) + 1
                base = f"{box.kind}_{count}"
            k = seen[base] = seen.get(base, 0) + 1
            component = base if k == 1 else f"{base}_{k}"
            out.append(self.box(box, parent_id, component))
        return out


# ---------------------------------------------------------------- titles


def parse_structure(text: str) -> Structure:
    """The hierarchy of ``text``: notice, title, preamble, numbered parts, signature, attachments."""
    with collector_paused():  # tens of thousands of acyclic objects: collection passes only cost time
        lines = _split_lines(text)
        top = _build_boxes(text, lines)
        nodes = _Emitter(text).boxes(top, None)
    structure = Structure(nodes=nodes)
    for node in nodes:
        if node.kind == "notice":
            structure.notice_span = (node.char_start, node.char_end)
        elif node.kind == "title":
            structure.title_span = (node.char_start, node.char_end)
            structure.title, structure.status = split_status(node.text.strip())
    return structure

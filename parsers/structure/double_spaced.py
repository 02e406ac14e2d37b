"""Double-spaced text: wrapped lines with a blank line after every one, as PDF text layers and copy-paste
leave it.

A PDF's text layer copied from a viewer, or a page that put each printed line in a paragraph of its own,
separates every physical line by a blank line, so a blank line no longer tells a paragraph break from
a wrap. The text shows its layout (``is_double_spaced``): most of its lines are set apart by blank lines,
and of the gaps of exactly one blank line, a good share follows a line as wide as the text's wide lines
that stops mid-sentence (clauses begun, no 。；：！？, no closing bracket) before a line that opens no
heading or list item. A text of paragraphs set apart by blank lines shows no such lines: its paragraphs end
with a mark, and its unmarked lines are short headings. In a double-spaced text a single blank line after
a line that ends mid-sentence is a wrap (``join_double_spaced``), and a real paragraph break still breaks:

* the line ends a sentence (。！？ or a colon), or a remark in brackets; a ； or a closing bracket only at
  the margin runs on (…《X办法》 ⏎ 同时废止。);
* the next line opens a heading (一、 （一） 1. 第X条 附件 …), a bullet, a 文号, a dated record, or reads
  as a title;
* the line is a heading of its own (a marker, short of a full line), a signature's date, or a title, an
  addressee or an issuer before the body (there a line joins only when it is full and names no document);
* two or more blank lines stand between them where the text otherwise has one.

The text is never changed: a joined paragraph is a span of the original characters, its newlines
``soft_breaks``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.list_markers import BULLET_START
from parsers.structure.furniture import is_web_chrome
from parsers.structure.lines import Line, display_width, join_run, line_break
from parsers.structure.titles import ends_with_doc_type, is_date_line, is_doc_number_line, is_issuer_line

MIN_LINES = 6  # fewer lines say nothing about a layout
MIN_SPACED_SHARE = 0.7  # of the gaps between consecutive lines, this share holds a blank line
MIN_OPEN_SHARE = 0.25  # of the gaps of exactly one blank line, this share follows a line that runs on
MIN_OPEN_LINES = 3
MIN_ENDED_SHARE = 0.02  # of the lines, this share ends a sentence or clause (its paragraphs end somewhere)
MIN_ENDED_LINES = 1
FULL_SHARE = 0.75  # a line without clause punctuation runs on when it is this wide of the text's wide lines
WIDE_RANK = 0.8  # the text's wide lines: this rank of its line widths

COLON = set("：:")
FINAL = set("。；！？;!?") | COLON
CLOSERS = set("”’\"'」』）)】〕》]")
CLAUSE_END = set("；;")
OPEN_END = set("，,、（(“‘《〈【[〔〖「『")
_PROSE_RE = re.compile(r"[，,。；;、：:]")
_RUNNING_RE = re.compile(r"[，,。；;]")  # a sentence under way: its clauses have begun
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\u3000\xa0]*(?=\n)")  # a newline a blank line follows
_UNCLOSED_RE = re.compile(r"[（(][^）)]*$")  # a bracket the line opens and does not close
# a remark in brackets after a sentence, or on a line of its own: …。（责任单位：市科委）
# a line that ends a sentence or a clause of a list (。；, or a half-width stop after a word: …万元.)
_SENTENCE_END_RE = re.compile(r"(?:[。！？!?；;]|\D\.)[”’\"'」』）)】〕》\]]*$")
_CLOSERS = "”’\"'」』）)】〕》]"  # the closing marks _SENTENCE_END_RE lets follow the sentence's end


def _ends_sentence(content: str) -> bool:
    """The (stripped) line ends a sentence: the pattern is tried only where it can match, at the mark (or the
    character and . ) right before the closing marks at the end, not at every position of the line."""
    return _SENTENCE_END_RE.search(content, max(0, len(content.rstrip(_CLOSERS)) - 2)) is not None


_REMARK_END_RE = re.compile(r"(?:^|[。；！？;!?])[（(][^（()）]*[）)]$")
_UNOPENED_RE = re.compile(r"[^（(]*[）)]")  # a line that closes a bracket an earlier line opened
# a dated record's line (2031年5月1日 某市第X次会议通过): it starts a line of its own
_DATE_START_RE = re.compile(r"[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_HALF_STOP_RE = re.compile(r"\D\.$")  # a half-width full stop after a word, not a number's dot (2.)


def _blank_lines(text: str, a: Line, b: Line) -> int:
    """Blank lines between the end of ``a``'s text and the start of ``b``'s (0 when none, or no newline)."""
    between = text[a.content_start + len(a.content) : b.content_start]
    return max(0, between.count("\n") - 1)


def ends_open(content: str) -> bool:
    """The line stops mid-sentence: no final mark, no closing bracket, no half-width full stop."""
    last = content[-1:]
    if last in COLON and _UNCLOSED_RE.search(content):
        return True  # （责任单位： ⏎ 市财政局）: a remark in brackets runs on past its colon
    return bool(last) and last not in FINAL and last not in CLOSERS and not _HALF_STOP_RE.search(content)


def _opens(line: Line, text: str, starts_heading) -> bool:
    """A line a paragraph does not run into: a heading marker, a 附件, or a list's bullet (● • ——)."""
    return bool(starts_heading(line, text) or BULLET_START.match(line.content))


def _runs_past_mark(content: str) -> bool:
    """A line at the margin whose last mark does not end its sentence: a ； (the sentence's next clause follows), a
    name or an aside closed there (…《X办法》 ⏎ 同时废止。 …（含直属单位） ⏎ 的财政收支), but no remark in brackets."""
    if content[-1] in CLAUSE_END:
        return True
    core = content.rstrip("".join(CLOSERS))
    return (
        len(core) < len(content)
        and bool(core)
        and core[-1] not in FINAL
        and not _REMARK_END_RE.search(content)
    )


def _wrapped_chrome(a: Line, b: Line, a_full: bool) -> bool:
    """A page's own line that wraps (简介：甲网为你整理了…，但愿对你 ⏎ 有帮助。): as wide as the text's lines, stopped
    mid-sentence after its clauses have begun, before a line that is no page line of its own."""
    return (
        a_full
        and ends_open(a.content)
        and _RUNNING_RE.search(a.content) is not None
        and not is_web_chrome(b.content)
    )


def _own_heading(line: Line, text: str, starts_heading, full: float) -> bool:
    """A heading line of its own (一、总体要求): it opens with a marker and stops short of a full line (``full``);
    a numbered line as wide as the text's lines (第一条 为了促进机关、事业单位和大型企业及时支付) runs on."""
    return starts_heading(line, text) and display_width(text, line) < full


def _wide(widths: list[float]) -> float:
    """The width of the text's wide lines (``WIDE_RANK`` of its line widths): a wrapped line's width."""
    ordered = sorted(widths)
    return ordered[min(len(ordered) - 1, int(WIDE_RANK * len(ordered)))] if ordered else 0.0


@dataclass(frozen=True)
class Evidence:
    """What a text's layout shows: gaps between consecutive lines, those holding a blank line, those of exactly one,
    and the lines before one that stop mid-sentence at a full width before a line that runs on."""

    gaps: int
    spaced: int
    single: int
    opened: int
    ended: int  # lines that end a sentence or clause (。；): wrapped prose reaches its paragraphs' ends


def evidence(text: str, lines: list[Line], starts_heading) -> Evidence | None:
    """The layout's evidence, or None when the text has too few lines, or too few blank lines, to tell."""
    gapped = _gaps(text, lines)
    return None if gapped is None else _weighed(text, *gapped, starts_heading)


def _gaps(text: str, lines: list[Line]) -> tuple[list[Line], list[int], list[tuple[Line, Line]]] | None:
    """The lines that are no furniture, the blank lines between each two in a row, and the pairs one blank line
    parts; None when the text has too few lines, or too few blank lines, to tell."""
    content = [line for line in lines if not line.is_furniture]
    if len(content) < MIN_LINES:
        return None
    if len(_BLANK_LINE_RE.findall(text)) < MIN_SPACED_SHARE * (len(content) - 1):
        return None  # the cheap look: too few blank lines for one after most lines
    pairs = list(zip(content, content[1:], strict=False))
    gaps = [_blank_lines(text, a, b) for a, b in pairs]
    single = [(a, b) for (a, b), g in zip(pairs, gaps, strict=True) if g == 1]
    return content, gaps, single


def _weighed(
    text: str, content: list[Line], gaps: list[int], single: list[tuple[Line, Line]], starts_heading
) -> Evidence:
    full = FULL_SHARE * _wide([display_width(text, line) for line in content])
    opened = sum(  # a line as wide as the text's lines that stops mid-sentence: a wrap, not a heading's end
        1
        for a, b in single
        if _runs_on(a.content) and display_width(text, a) >= full and not _opens(b, text, starts_heading)
    )
    ended = sum(1 for line in content if _ends_sentence(line.content))
    return Evidence(len(gaps), sum(1 for g in gaps if g), len(single), opened, ended)


def _runs_on(content: str) -> bool:
    """The line stops mid-sentence after its clauses have begun (what an opened line shows before its width)."""
    return ends_open(content) and _RUNNING_RE.search(content) is not None


def _opens_enough(opened: int, single: int) -> bool:
    return opened >= MIN_OPEN_LINES and opened >= MIN_OPEN_SHARE * single


def is_double_spaced(text: str, lines: list[Line], starts_heading) -> bool:
    """Whether the text's own layout puts a blank line after every wrapped line (see the module's rules)."""
    gapped = _gaps(text, lines)
    if gapped is None:
        return False
    _, _, single = gapped
    # the lines that run on bound the opened ones from above: most texts with blank lines between their
    # paragraphs have too few to pass, and their widths (the costly part) are then not measured
    if not _opens_enough(sum(1 for a, _ in single if _runs_on(a.content)), len(single)):
        return False
    seen = _weighed(text, *gapped, starts_heading)
    return (
        seen.spaced >= MIN_SPACED_SHARE * seen.gaps  # most lines are set apart by blank lines
        and _opens_enough(seen.opened, seen.single)
        # a list of unmarked items, one per paragraph (重点工作任务, 工作要点), never ends a sentence: no wrapped prose
        and seen.ended >= max(MIN_ENDED_LINES, MIN_ENDED_SHARE * (seen.gaps + 1))
    )


def join_double_spaced(text: str, lines: list[Line], starts_heading) -> list[Line]:
    """Paragraphs of a double-spaced text: lines joined across a single blank line where one ran on.

    ``lines`` are the physical lines with furniture flagged; ``starts_heading(line, text)`` tells a line a
    paragraph does not run into."""
    wide = _wide([display_width(text, line) for line in lines if not line.is_furniture])

    def soft(i: int, j: int, title_zone: bool) -> bool:
        a, b = lines[i], lines[j]
        if "\n" not in text[a.content_start + len(a.content) : b.content_start]:
            return False  # pieces of one line (lines.split_run_together): their own break
        page_turn = j > i + 1  # furniture between them: a page break
        if not page_turn and _blank_lines(text, a, b) > 1:
            return False  # two blank lines where the text has one: a paragraph break
        if not page_turn and line_break(text, a) < 0:
            return False
        if a.is_junk or b.is_junk:
            return False  # a line of marks only (a table's rule, :|) is no sentence's part
        last = a.content[-1]
        full = FULL_SHARE * wide
        a_full = display_width(text, a) >= full
        if title_zone and (is_web_chrome(a.content) or is_web_chrome(b.content)):
            # a page's own line (来源：… 日期：…) stands alone; its blurb (简介：…) wraps as prose does
            return _wrapped_chrome(a, b, a_full)
        at_margin = display_width(text, a) >= wide - 1
        if not ends_open(a.content) and not (at_margin and _runs_past_mark(a.content)):
            return False  # a sentence's end, a remark in brackets
        if last in OPEN_END:
            return True  # inside a phrase: 、 ， or an open bracket
        if _UNCLOSED_RE.search(a.content) or _UNOPENED_RE.match(b.content):
            return not _opens(b, text, starts_heading)  # inside brackets: （2031年5月1日…会 ⏎ 议通过）
        if (
            _opens(b, text, starts_heading)
            or is_doc_number_line(b.content)
            or _DATE_START_RE.match(b.content)
        ):
            return False
        if (is_date_line(a.content) and not a_full) or _own_heading(a, text, starts_heading, full):
            return False  # a signature's date, a heading line (a date line at the margin: an adoption record)
        b_title = (  # a line that reads as a title: no clause punctuation, a kind of document, short of the margin
            _PROSE_RE.search(b.content) is None
            and ends_with_doc_type(b.content)
            and display_width(text, b) < wide - 1
        )
        if title_zone:  # a title (…的通知 / …办法), an addressee, an issuer stands on its own line
            # a full line runs on, into the rest of its title or into a sentence
            return a_full and not is_issuer_line(b.content) and not ends_with_doc_type(a.content)
        if b_title:
            return False  # a title line after the body's lines (X若干措施 征求意见稿)
        if _PROSE_RE.search(a.content) is None:
            if ends_with_doc_type(a.content) and not a_full:
                return False  # a title line (…的通知), then an addressee or the body
            # no clause punctuation: a wrapped line is as wide as the text's lines, or the sentence ends next
            return a_full or not ends_open(b.content)
        return True

    out: list[Line] = []
    k = 0
    title_zone = True  # before the body: where titles, addressees and issuers stand
    while k < len(lines):
        if lines[k].is_furniture:
            out.append(lines[k])
            k += 1
            continue
        if is_date_line(lines[k].content):
            title_zone = True  # a signature's date: a title may follow (a notice over its document)
        elif (_PROSE_RE.search(lines[k].content) or starts_heading(lines[k], text)) and not is_web_chrome(
            lines[k].content
        ):
            title_zone = False
        line, k = join_run(
            lines, text, k, lambda group, nxt, zone=title_zone: soft(group[-1], nxt, zone), "".join
        )
        out.append(line)
    return out

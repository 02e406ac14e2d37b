"""Hard-wrapped text: which line breaks the layout made, and the paragraphs they join.

Text extracted from PDF, and some pages, break every line at the page's right margin, mid-sentence. The
layout shows it: most lines end within a few characters of one width (the wrap width), and a paragraph
runs on over lines of that width until its last, shorter, line. A line break is *soft* (the two lines
are one paragraph) when

* the text is wrapped at all: enough lines cluster just under one width, and almost none is wider;
* the line reaches the wrap width (less a margin for the first line's invisible indent and for a word
  or number that did not fit); a line that ends a sentence (。；！？：) must reach the margin itself,
  and the next line must be a full line or end a sentence too, and no first line that lost its indent
  (it runs on, yet left room for the next line's first character);
* the next line does not start a heading (一、 （一） 1. 1.1 第X条 附件 …) or a date line, unless the
  line ends inside a phrase (，、 or an open bracket);
* no blank line stands between them, except around page furniture (a page break falls mid-sentence).

Page furniture lines between two joined lines go inside the paragraph (``Line.furniture``); the text
is never changed: a joined paragraph is a span of the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from parsers.lexicon import lexicon
from parsers.structure.double_spaced import is_double_spaced, join_double_spaced
from parsers.structure.furniture import is_web_chrome
from parsers.structure.furniture_rules import rules as furniture_rules
from parsers.structure.lines import Line, display_width, join_run, line_break, squeeze
from parsers.structure.markers import ATTACHMENT_RE, DATE_LINE_RE, SENTENCE_MARK_RE, match_marker
from parsers.structure.outline import decimal_label, is_toc_entry
from parsers.structure.titles import (
    ADDRESSEE_RE,
    ends_with_doc_type,
    is_date_line,
    is_doc_number_line,
    is_issuer_line,
    open_quote,
)
from parsers.structure.titles import rules as title_rules

MIN_WRAP_WIDTH = 15  # narrower "wraps" are lists and tables, not prose
MAX_WRAP_WIDTH = 200  # wider lines are paragraphs, not wrapped lines
# A full line ends within this much of the wrap width: a first line loses 2 to its indent (invisible in
# extracted text), and digits, Latin words and squeezed punctuation that did not fit cost up to 2 more.
FULL_BAND = 4.5
FIRST_LINE_SLACK = 0.5  # a full line may stop this much short of the measured wrap width (its marks trimmed)
OPEN_BAND = 6.0  # … or within this much when it ends inside a phrase (，、 or an open bracket)
MIN_SHARE_AT_WIDTH = 0.2  # of the lines of some length, at least this share ends at the wrap width
MAX_SHARE_WIDER = 0.05  # and at most this share is wider than it
MIN_INDENTED_SHARE = 0.15  # this share of lines indented: the text marks its paragraphs by an indent
MIN_PROSE_SHARE = 0.4  # of the lines at the wrap width, at least this share holds clause punctuation
SENTENCE_END = set("。；！？;!?")
COLON = set("：:")
CLOSERS = "”’\"'」』）)】〕》]"
OPEN_END = set("，,、（(“‘《〈【[")
_CLOSED_END_RE = re.compile(r"[\x21-\x7e）》」』】〕”’]$")  # a Latin word, a number, a closing bracket
_INDENT_RE = re.compile(r"\f?(?:\u3000| {2}|\t)")  # a paragraph's first-line indent (two characters)
_PROSE_RE = re.compile(r"[，,。；;、：:]")
_CELL_END_RE = re.compile(r"[|｜]\s*$")  # a table's cell copied one a line, closed by a bar
_RULE_LINE_RE = re.compile(
    r"[\u2500-\u257f\u2014\u2015\uff3f_=＝*＊-]{4,}"
)  # box drawing, dashes, underscores
_YEAR_BRACKET_RE = re.compile(r"\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]")
_CJK_RE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def wrap_width(widths: list[float], prose: list[bool]) -> float | None:
    """The width a text was wrapped at, or None when its lines do not end at one width.

    ``prose[k]`` tells whether line k holds clause punctuation. The candidate is the width that at most
    ``MAX_SHARE_WIDER`` of the lines exceed (a wrapped text has no longer line); it stands when enough
    lines end just under it (``MIN_SHARE_AT_WIDTH``) and most of those are prose, not a list of names.
    """
    long = [(w, p) for w, p in zip(widths, prose, strict=True) if w >= MIN_WRAP_WIDTH]
    if len(long) < 4:
        return None
    ordered = sorted(w for w, _ in long)
    allowed_wider = int(MAX_SHARE_WIDER * len(long))
    width = ordered[len(ordered) - 1 - allowed_wider]
    if width > MAX_WRAP_WIDTH:
        return None
    band = [p for w, p in long if _at_margin(w, width)]
    if len(band) < max(3, MIN_SHARE_AT_WIDTH * len(long)) or sum(band) < MIN_PROSE_SHARE * len(band):
        return None
    return width


def _at_margin(w: float, width: float) -> bool:
    """A line of width ``w`` ends in the band under the wrap ``width``: it reached the margin."""
    return width - FULL_BAND <= w <= width + 1.0


def _at_width(widths: list[float], width: float) -> int:
    """How many lines end in the band under ``width`` (wrap_width's test)."""
    return sum(1 for w in widths if _at_margin(w, width))


def _may_be_wrapped(lengths: list[int]) -> bool:
    """Character counts (a line's width is at most its length): do enough lines bunch up within a band
    of a few characters for the text to be worth measuring? (A sliding window over sorted counts.)"""
    long = sorted(n for n in lengths if MIN_WRAP_WIDTH <= n <= 2 * MAX_WRAP_WIDTH)
    need = max(3, MIN_SHARE_AT_WIDTH * sum(1 for n in lengths if n >= MIN_WRAP_WIDTH))
    low = 0
    for high, n in enumerate(long):
        while n - long[low] > 2 * FULL_BAND:
            low += 1
        if high - low + 1 >= need:
            return True
    return False


def _join_contents(parts: list[str]) -> str:
    """The lines' texts as one: CJK joins without a space, Latin words with one."""
    pieces = [parts[0]]
    for before, part in zip(parts, parts[1:], strict=False):
        if not (_CJK_RE.match(before[-1:]) or _CJK_RE.match(part[:1])):
            pieces.append(" ")
        pieces.append(part)
    return "".join(pieces)


def _finished(content: str) -> bool:
    """A line that ends a sentence or a bracketed remark: …。 …。” （责任单位：市科委）"""
    stripped = content.rstrip(CLOSERS)
    return bool(stripped) and (stripped[-1] in SENTENCE_END or len(stripped) < len(content))


# what a line may not start with (the typesetter's 禁则): it stays with the character before
_NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)]%")
_WORD_RE = re.compile(r"[0-9A-Za-z@._%/:+-]+")


def first_unit_width(content: str) -> float:
    """How wide the first thing a line break could not split is: a Latin word, a number or an address
    (524483959@qq.com), or one character, with the punctuation that may not open a line after it."""
    if not content:
        return 0.0
    match = _WORD_RE.match(content)
    end = match.end() if match and content[0].isascii() else 1
    while end < len(content) and content[end] in _NO_LINE_START:
        end += 1
        if content[end - 1] in ":." and (match := _WORD_RE.match(content, end)):  # 至:524483959@qq.com
            end = match.end()
    return sum(0.5 if ch.isascii() else 1.0 for ch in content[:end])


def starts_heading(line: Line, text: str) -> bool:
    """A line a wrapped paragraph does not run into: a marker, ``1.1``, ``1、``, ``附件`` (not ``2名``)."""
    if match_marker(line, text) or ATTACHMENT_RE.match(line.content):
        return True
    decimal = decimal_label(line.content)
    return decimal is not None and (decimal.depth > 1 or not decimal.label[-1].isdigit())


def join_wrapped(
    text: str, lines: list[Line], furniture: set[int], width_of: Callable[[Line], float] | None = None
) -> list[Line]:
    """Paragraphs: ``lines`` with the wrapped ones joined; furniture lines flagged (inside or between).
    ``width_of``: how wide a line printed, when ``text`` is not what was printed (its pinyin readings taken out)."""
    for i in furniture:
        lines[i].is_furniture = True
    content = [i for i in range(len(lines)) if i not in furniture]
    if is_double_spaced(text, lines, starts_heading):  # a blank line after every wrapped line
        return join_double_spaced(text, lines, starts_heading)
    # a cheap look first: a text whose line lengths do not bunch up at all was not wrapped
    if not _may_be_wrapped([len(lines[i].content) for i in content]):
        return lines
    evidence = [i for i in content if not is_toc_entry(lines[i].content)]  # dot leaders fill any width
    prose_of = {
        i: _PROSE_RE.search(lines[i].content) is not None or _cuts_name(lines[i].content) for i in content
    }
    prose = [prose_of[i] for i in evidence]
    widths = {i: display_width(text, lines[i]) for i in content}
    width = wrap_width([widths[i] for i in evidence], prose) if evidence else None
    if width_of is not None and evidence:
        # a page with readings: wrapped with them (the print had them) or before a converter added them; the
        # lines bunch up at the margin under the measure that matches how the page was made
        printed = {i: width_of(lines[i]) for i in content}
        printed_width = wrap_width([printed[i] for i in evidence], prose)
        if printed_width is not None and (
            width is None
            or _at_width([printed[i] for i in evidence], printed_width)
            > _at_width([widths[i] for i in evidence], width)
        ):
            widths, width = printed, printed_width
    if width is None:
        return lines
    indents = {i: _INDENT_RE.match(text, lines[i].start, lines[i].content_start) is not None for i in content}
    indented = sum(indents.values()) >= MIN_INDENTED_SHARE * len(content)

    def indented_first_line(j: int) -> bool:
        """Line j ends mid-sentence and runs on into the next line, yet stops short of the margin by the width of
        the unit that opens the next line: as a line that continues a paragraph it would have held that unit, so
        it is a paragraph's first line that lost its two-character indent (invisible in extracted text)."""
        k = j + 1
        if k >= len(lines) or lines[k].is_furniture or k not in widths:
            return False
        b, c = lines[j], lines[k]
        if not b.content or b.content[-1] in SENTENCE_END | COLON or starts_heading(c, text):
            return False
        if text.count("\n", b.content_start + len(b.content), c.content_start) != 1:
            return False  # a blank line after it: its paragraph ends there
        if first_unit_width(c.content) != 1 or c.content[1:2] in _NO_LINE_START:
            # a word, a number or a character with its stop: the typesetter may squeeze its mark at the line's
            # end, so whether it would have fitted is not known to half a character
            return False
        return width - 2 - FIRST_LINE_SLACK < widths[j] + 1 <= width - FIRST_LINE_SLACK

    def soft(i: int, j: int, opens: bool, plain: bool, title_zone: bool) -> bool:
        """Whether the break between lines i and j is soft; ``opens``: line i opens its paragraph;
        ``plain``: no line of the paragraph so far has clause punctuation (it may be a title)."""
        a, b = lines[i], lines[j]
        if "\n" not in text[a.content_start + len(a.content) : b.content_start]:
            return False  # a space where a page lost its break (lines.split_run_together): a hard break
        if bool(_RULE_LINE_RE.fullmatch(squeeze(a.content))) != bool(
            _RULE_LINE_RE.fullmatch(squeeze(b.content))
        ):
            return False  # a rule under a document's head (━━━━, ————), however wide, stands apart from text
        if _table_header_cell(b.content):
            return False  # a goal table's first header cell (指标 分类 |) under a caption as wide as the text
        # a line that stops mid-phrase is as full as the margin when what opens the next one, a word or a
        # character with its stop, would not have fitted on it (a flush first line lost its invisible
        # two-character indent): 发送 / 至:524483959@qq.com。  处置工 / 作。
        unit = first_unit_width(b.content)
        reach = widths[i] + unit + (2 if opens and not indents[i] else 0)
        if (
            unit >= 2
            and reach >= width - 1
            and widths[i] >= width / 2  # (a label over a long address stays apart)
            and a.content[-1] not in SENTENCE_END | COLON
        ):
            widths_i = max(widths[i], width)
        elif widths[i] < width - OPEN_BAND:
            return False  # a short line ends its paragraph (the common case: decided first)
        else:
            widths_i = widths[i]
        page_turn = j > i + 1  # furniture between them: a page break
        own_break = line_break(text, a)
        if not page_turn and own_break >= 0 and text.count("\n", own_break + 1, a.end):
            return False  # a blank line: a new paragraph
        last = a.content[-1]
        if (starts_heading(b, text) or DATE_LINE_RE.fullmatch(squeeze(b.content))) and last not in OPEN_END:
            return False  # (a signature as wide as the text, readings and all, over its date)
        if is_doc_number_line(b.content) and not _YEAR_BRACKET_RE.match(b.content):
            # a 文号 stands on a line of its own (国办发〔1996〕25号 under a wrapped title); one that opens with its
            # year's bracket is the rest of a 文号 the line before began (发文字号文政办发 / 〔2018〕26号)
            return False
        if (title_zone or opens) and furniture_rules().header_end.search(squeeze(a.content)):
            # a breadcrumb (首页 > 栏目 > 决策后公开) as long as the text's lines ends its own line, unless the
            # margin cut its last step: the next line is only that step's end (>政办文件, 室文件, 目录)
            return widths_i >= width - FULL_BAND and _crumb_tail(b.content)
        if _bar_over_title(a.content, b.content):
            return False  # a page's bar (来源：甲局 浏览次数：12) as long as the text's lines, over a title or its issuer
        if title_zone and ends_with_doc_type(a.content) and is_issuer_line(b.content):
            return False  # a title, then the line of its issuers (…的通知 / 交通部)
        a_prose, b_prose = prose_of[i], prose_of[j]
        b_sentence = b_prose or widths[j] >= width - FULL_BAND
        if (
            title_zone
            and plain
            and not a_prose
            and b_sentence
            and ends_with_doc_type(a.content)
            and not open_quote(a.content)  # …提报的《X条例 / （草案）》进行了审议: a name broken at the wrap
            and not _cites_at_end(a.content)  # 为深入贯彻落实《甲关于X的通知》 / （厅字〔2016〕42号）和…
        ):
            return False  # a title (over one line or more), then the first sentence of the text
        if (
            opens
            and a_prose
            and not b_prose
            and _CLOSED_END_RE.search(a.content)
            and widths[j] < width - FULL_BAND
            and ends_with_doc_type(b.content)
        ):
            return False  # a line that reads complete, then a short title line (附件：…（征求意见稿） / 某市…措施)
        if indented:
            # paragraphs open with an indent: an indented line starts one, a flush line continues one
            return not indents[j] and widths_i >= width - (OPEN_BAND if last in OPEN_END else FULL_BAND)
        if title_zone and is_web_chrome(b.content):
            return False  # a page's own line (来源:… 日期:…) stands alone
        if last in COLON:  # an addressee ends the head; a lead-in at the margin runs on into its rest
            return not title_zone and widths_i >= width - 1 and not (opens and _is_addressee(a.content))
        if last in SENTENCE_END:
            # at the margin, and the next line is no short unfinished line (a signature, a heading)
            # (a paragraph's first line, flush, lost the two characters of its indent)
            indent = 2 if opens else 0
            if indented_first_line(j):
                return False
            return widths_i + indent >= width - 1 and (widths[j] >= width - FULL_BAND or _finished(b.content))
        return widths_i >= width - (OPEN_BAND if last in OPEN_END else FULL_BAND)

    out: list[Line] = []
    k = 0
    title_zone = True  # before the body, or right after a signature's date: where titles stand
    while k < len(lines):
        if lines[k].is_furniture:
            out.append(lines[k])
            k += 1
            continue
        content = lines[k].content
        if is_date_line(content):
            title_zone = True
        elif (
            SENTENCE_MARK_RE.search(content)
            or content.endswith(("：", ":"))
            or starts_heading(lines[k], text)
        ):
            title_zone = False

        # no clause punctuation in the paragraph so far; ``open``: brackets it opened and has not closed
        paragraph = {"plain": True, "open": 0}

        def joins(group: list[int], nxt: int, paragraph: dict = paragraph, zone: bool = title_zone) -> bool:
            paragraph["plain"] = paragraph["plain"] and not prose_of[group[-1]]
            content = lines[group[-1]].content
            paragraph["open"] += sum(map(content.count, "(（")) - sum(map(content.count, ")）"))
            # a title stands in no bracket: a law's history note, (1991年…通过 根据…《关于修改〈X〉的决定》 / 修正 …),
            # holds no comma and cites a kind of document at the margin, yet runs on to its closing bracket
            return soft(group[-1], nxt, len(group) == 1, paragraph["plain"] and paragraph["open"] <= 0, zone)

        line, k = join_run(lines, text, k, joins, _join_contents)
        out.append(line)
    return out


_CRUMB_SEPARATOR_RE = re.compile(r"\s*[>»›→＞]")
CRUMB_TAIL_MAX_CHARS = 8  # the end of a step cut at the margin is a word or two


def _table_header_cell(content: str) -> bool:
    """A goal table's header cell copied one a line and closed by a bar, its words maybe spread by spaces (指标 分类 |,
    序号 |, 指 标 名 称 |): the words of the lexicon's [goal_tables] lead and metric headers."""
    if not _CELL_END_RE.search(content):
        return False
    return "".join(content.rstrip().rstrip("|｜").split()) in _goal_table_headers()


@cache
def _goal_table_headers() -> frozenset[str]:
    g = lexicon().section("goal_tables")
    return frozenset(g["category_headers"] + g["number_headers"] + g["metric_headers"])


def _crumb_tail(content: str) -> bool:
    """The rest of a breadcrumb that the margin cut: it opens with the path's separator (>> 政府信息公开基础平台), or
    it is a short word that is no headline (室文件, 目录: no kind of document), no page's label and no sentence."""
    if _CRUMB_SEPARATOR_RE.match(content):
        return True
    key = squeeze(content)
    return (
        0 < len(key) <= CRUMB_TAIL_MAX_CHARS
        and not _PROSE_RE.search(key)
        and not ends_with_doc_type(key)
        and not is_web_chrome(content)
    )


def _cuts_name(content: str) -> bool:
    """A line that a wrap cut inside a quoted name, at its start (…安全生产法》《城镇燃气) or its end (《山西省突发事件应
    对条例》《吕梁市城): a list of names cited in a sentence (依据《甲法》《乙条例》…) is prose too, though it holds
    no comma; a list that gives each name a line of its own (a contents list) closes every name it opens."""
    first_close, first_open, last_open = content.find("》"), content.find("《"), content.rfind("《")
    starts_inside = first_close >= 0 and (first_open < 0 or first_close < first_open)
    ends_inside = last_open >= 0 and "》" not in content[last_open:]
    return starts_inside or ends_inside


def _is_addressee(content: str) -> bool:
    """各乡镇人民政府，县政府有关部门： a line of its own that names whom the text addresses: it ends the head, however
    near the margin it ends (a lead-in, 经研究，现就有关事项通知如下：, may run on into its rest)."""
    return content.lstrip().startswith("各") and ADDRESSEE_RE.match(content.strip()) is not None


def _cites_at_end(content: str) -> bool:
    """A line that ends with a name it cites (根据《X办法》, 贯彻落实《X的通知》): the kind of document it ends with is
    the cited one's, the line a sentence's head, no title (titles.toml citing_words)."""
    stripped = content.rstrip()
    if not stripped.endswith("》") or "《" not in stripped:
        return False
    before = stripped[: stripped.rindex("《")]
    return re.search(rf"(?:{title_rules().citing_before.pattern})$", before) is not None


# a bar's last field: a count, a day, a time or a widget in brackets (浏览次数：12, 2031-05-01, 【字号：大 中 小】)
_BAR_END_RE = re.compile(r"[\d】\]]\s*$")


def _bar_over_title(above: str, below: str) -> bool:
    """A page's bar that ends with a figure or a widget, over a title or its issuer line: two lines, however wide
    (a field whose value a wrap broke, 标题：甲关于印发X管 / 理办法的通知, ends inside a word)."""
    return (
        _BAR_END_RE.search(above) is not None
        and (ends_with_doc_type(below) or is_issuer_line(below))
        and is_web_chrome(above)
        and not is_web_chrome(below)
    )

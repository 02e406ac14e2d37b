"""The titles that stand in a document's head, before its body begins, and which of them is the document's.

A page may give a title several times (its own heading, the browser's page title, the notice's title over
the policy's), with a site's issuer line under the first one; PDF extraction may put a title's last
characters on a line above it; a cover page may run title, issuer, date and contents into one line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.structure.head_rank import late_title, noted_first
from parsers.structure.lines import Line, line_memo
from parsers.structure.markers import SENTENCE_MARK_RE, TOC_RE
from parsers.structure.own_heading import citing_title_first, names_cited, own_heading_first
from parsers.structure.page_label import has_edition_note
from parsers.structure.reported_title import reported_title
from parsers.structure.title_group import issuers_over, title_group
from parsers.structure.titles import (
    ADDRESSEE_RE,
    COMMA_RE,
    LIST_BULLET_RE,
    LOOSE_DATE_RE,
    SENTENCE_OPENER_RE,
    TITLE_MAX_CHARS,
    TitleGroup,
    ends_with_doc_type,
    is_body_line,
    is_note_line,
    open_quote,
    rules,
    squeeze,
)


def head_titles(lines: list[Line], start: int, text: str, limit: int = 60) -> list[TitleGroup]:
    """Every title that stands before the body begins (a page may repeat a title, or give the covering
    notice's title after the policy's)."""
    groups: list[TitleGroup] = []
    i = start
    while i < min(len(lines), start + limit):
        if is_body_line(lines[i], text):
            break
        group = title_group(lines, i, text)
        if group is None:
            i += 1
            continue
        if _site_issuer_line(groups, group, lines):
            i += 1  # the title begins on the next line
            continue
        if not group.strong:
            group = _with_orphan_tail(group, lines, start)
        if not group.strong and _garbled_over_note(group, lines):
            group = replace(
                group, strong=True
            )  # a name the page garbled (管理?xiàng)l例) over its note of adoption
        groups.append(group)
        i += group.n_lines
    groups = noted_first(groups, lines)  # a noted title outranks
    groups = citing_title_first(
        own_heading_first(groups, lines)
    )  # the text's own heading over a page's headline
    if not any(g.strong for g in groups):
        noted = (
            _title_over_note(lines, i, text, start + limit)
            or late_title(lines, i, text, start + limit)
            or reported_title(lines, i, text, start + limit)
        )
        if noted is not None:
            groups.append(noted)
    groups = _without_column_labels(groups)
    return [g for k, g in enumerate(groups) if not _page_label_over_title(g, groups[k + 1 : k + 2], lines)]


COLUMN_LABEL_MAX_CHARS = 6  # 互联网法治, 要闻动态: a site's column over its headline


def _without_column_labels(groups: list[TitleGroup]) -> list[TitleGroup]:
    """A site's column (a short weak line: 甲网观察) over a longer weak headline is the column's label, not a title:
    headlines naming no kind of document are read from the longer line under it."""
    if len(groups) < 2 or any(g.strong for g in groups):
        return groups
    first = squeeze(groups[0].text)
    if len(first) > COLUMN_LABEL_MAX_CHARS or not any(len(squeeze(g.text)) > len(first) for g in groups[1:]):
        return groups
    if groups[1].first == groups[0].first + groups[0].n_lines:
        return groups  # right over a longer line: a short headline over its subtitle (甲市治水记 / 一条河的…)
    return groups[1:]  # set off from the headline by the site's chrome (a column trail, 要闻)


def _page_label_over_title(group: TitleGroup, after: list[TitleGroup], lines: list[Line]) -> bool:
    """A site's label (its name with the site's note of the copy's edition: …规划(2022年更新), 最新版…) right over a
    title line of the document's own is the page's, not the title."""
    raw = "".join(lines[k].content for k in range(group.first, group.first + group.count))
    return (
        group.strong
        and bool(after)
        and after[0].strong
        and after[0].first == group.first + group.n_lines
        and has_edition_note(raw)
    )


NOTE_WINDOW = 12  # lines after a page's lead where a regulation's title over its note of adoption may stand


def _over_note(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a note of how the document above it was made (（2022年9月30日…会议通过…）)."""
    return k < len(lines) and not lines[k].is_furniture and is_note_line(lines[k].content)


def _title_over_note(lines: list[Line], i: int, text: str, limit: int) -> TitleGroup | None:
    """A page's lead (a headline, a paragraph of its own) before the regulation it carries: the title is the
    line over the regulation's note of adoption, before any article."""
    for k in range(i, min(len(lines), i + NOTE_WINDOW, limit)):
        if _over_note(lines, k + 1):
            group = title_group(lines, k, text)
            ok = (
                group is not None
                and group.n_lines == 1
                and (group.strong or _garbled_over_note(group, lines))
            )
            return replace(group, strong=True) if ok else None
    return None


_WORD_PAIR_RE = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def _garbled_over_note(group: TitleGroup, lines: list[Line]) -> bool:
    """A line naming no kind of document over a note of adoption is the law's name as the page garbled it
    (甲省河道采砂管理?xiàng)l例) when it shares words with the note (the place, the congress); a site's label
    (论文部分内容阅读) over a fragment that opens with the note shares none."""
    k = group.first + group.n_lines
    if not _over_note(lines, k):
        return False
    note = squeeze(lines[k].content)
    return any(pair in note for pair in _WORD_PAIR_RE.findall(squeeze(group.text)))


_ORPHAN_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")


ORPHAN_WINDOW = 12  # lines before a title where PDF extraction may have put its last characters


def _with_orphan_tail(group: TitleGroup, lines: list[Line], start: int) -> TitleGroup:
    """A title whose last characters PDF extraction put on a line of their own above it (知 / …的通): the
    characters that make it end with a kind of document are its end."""
    key = squeeze(group.text)
    for k in range(max(start, group.first - ORPHAN_WINDOW), group.first):
        orphan = squeeze(lines[k].content)
        if _ORPHAN_RE.fullmatch(orphan) and ends_with_doc_type(key + orphan) and not open_quote(key):
            return replace(group, text=group.text + orphan, strong=True)
    return group


def _site_issuer_line(groups: list[TitleGroup], group: TitleGroup, lines: list[Line]) -> bool:
    """An issuer line right under a page's title is the site's note of who issued it (X政策 / 甲省乙市人民政府
    / 印发X政策的通知), not the first line of the title under it."""
    if group.count < 2 or not groups:
        return False
    before = groups[-1]
    return (
        before.strong
        and before.first + before.n_lines == group.first
        and issuers_over(lines[group.first].content, lines[group.first + 1].content)
        and not names_cited(before.text, group.text)  # a headline naming what the title below acts on
    )


def front_title(groups: list[TitleGroup]) -> TitleGroup | None:
    """The document's first title: one naming a kind of document wins over one that does not."""
    return next((g for g in groups if g.strong), groups[0] if groups else None)


RUN_ON_TITLE_MAX = 60
MARKS_ONLY_LINES = (
    3  # lines of marks alone (a list's dash, a rule) a page may put before its first line of words
)


def first_worded(lines: list[Line], start: int) -> str:
    """The first line from ``start`` that holds a word (a list's lone ``-`` before it is no line of the text's)."""
    for line in lines[start : start + MARKS_ONLY_LINES + 1]:
        if not line.is_junk:
            return line.content
    return ""


_HEADING_THEN_TEXT_RE = re.compile(
    rf"^\s*(?P<title>[^\s，,。；：:]{{6,{RUN_ON_TITLE_MAX}}})[ \u3000]+(?=[^\s]{{20}})(?=[^。；！？]*[。；！？])"
)


# a list's entry run into the text it opens: …的通知2023-12-27甲政字〔2023〕5号各县区人民政府: the title, the day it
# was posted and its 文号 (a date alone could open a sentence: 2023年起…)
_POSTED_THEN_NUMBER_RE = re.compile(
    r"\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[\u4e00-\u9fff]{1,16}[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\d{1,5}号"
)


# a text stored as one line may open with its letterhead and 文号 before the title: 甲市人民政府文件 甲政发〔2020〕1号
_LETTERHEAD_NUMBER_RE = re.compile(
    r"^\s*(?:[^\s，,。：:]{2,30}文件\s+)?(?:[^\s，,。：:]{1,16}[〔\[［【](?:19|20)\d{2}[〕\]］】]第?\d{1,5}号\s+)?"
)
# what opens a body right after its title: the first article or part (X办法.第一条。…, 一、…), or whom it is
# addressed to after a space (X的通知 各区人民政府,市各部门: …)
_ARTICLE_OPENS_RE = re.compile(
    r"[.。\s]+(?:第[一二三四五六七八九十]{1,3}[条章](?![一二三四五六七八九十])|一、)"
)
RUN_ON_BODY_TITLE_MAX = 120  # how far into a one-line text its title may end (spaces inside it included)


def _title_then_body(content: str) -> str | None:
    """A text stored as one line: [letterhead, 文号,] the title (the layout's spaces left inside it), then its body
    opening with its first article or, after a space, its addressee: the title."""
    lead = _LETTERHEAD_NUMBER_RE.match(content)
    begin = lead.end() if lead is not None else 0
    for m in rules().doc_type.finditer(content, begin, begin + RUN_ON_BODY_TITLE_MAX):
        title = content[begin : m.end()]
        key = squeeze(title)
        if SENTENCE_MARK_RE.search(title) or COMMA_RE.search(title) or len(key) > TITLE_MAX_CHARS:
            return None  # a sentence has begun before any kind of document
        if len(key) < 6 or SENTENCE_OPENER_RE.match(key):
            continue  # a kind word inside a name (计划生育…), or a sentence citing one: 根据X办法 第一条…
        rest = content[m.end() : m.end() + 170]
        colon = min((k for k in (rest.find(":"), rest.find("：")) if k >= 0), default=-1)
        addressed = (
            rest[:1].isspace() and colon > 0 and ADDRESSEE_RE.match(rest[: colon + 1].strip()) is not None
        )
        if addressed or _ARTICLE_OPENS_RE.match(rest):
            return title.strip()
    return None


# the number a sharing site's converter puts before each chunk of a text it serves (1、甲办法(试行) 第一条 … / 2、…):
# the site's, no part of the title that opens the first chunk
_CHUNK_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*、\s*(?=[\u4e00-\u9fff])")


_FIRST_COLON_RE = re.compile(r"^[^：:。；]{2,160}[：:]")


def _opens_on_addressee(content: str) -> bool:
    """各乡镇人民政府，县直各部门： 根据《…》…: a letter's addressee with its text run on after it; the letter's title
    is not stored, and no title stands at the head of the line (a title never opens with 各)."""
    head = _FIRST_COLON_RE.match(content)
    return content.startswith("各") and head is not None and ADDRESSEE_RE.match(head.group(0)) is not None


@line_memo  # (asked of the same first line by the 文号's, the issuer's and the front's readers)
def run_on_title(content: str) -> str | None:
    """The title at the head of a cover page that extraction ran into one line with what follows it:
    怀柔区防汛应急预案(试行)怀柔区人民政府防汛抗旱应急指挥部二○○六年五月目录1总则…: the text up to a
    kind of document (and its status), where an issuer, a date or 目录 begins."""
    if len(content) <= TITLE_MAX_CHARS or _opens_on_addressee(content):
        return None
    content = _CHUNK_NUMBER_RE.sub(lambda m: " " * len(m[0]), content, count=1)
    r = rules()
    # 甲区人民政府关于发布森林禁火令的通告 根据《…》…: a heading, a space, then its text, all on one line
    heading = _HEADING_THEN_TEXT_RE.match(content)
    if (
        heading is not None
        and ends_with_doc_type(heading.group("title"))
        and "关于" in heading.group("title")
    ):
        return heading.group("title")
    if SENTENCE_MARK_RE.search(content, 0, RUN_ON_TITLE_MAX):
        return _title_then_body(content)
    for m in r.doc_type.finditer(content, 0, RUN_ON_TITLE_MAX):
        rest = content[m.end() : m.end() + 40]
        if m.end() >= 6 and (
            r.issuer_start.match(rest)
            or LOOSE_DATE_RE.match(rest[:12])
            or TOC_RE.match(rest)
            or _POSTED_THEN_NUMBER_RE.match(rest)
        ):
            return LIST_BULLET_RE.sub("", content[: m.end()])
    return _title_then_body(content)

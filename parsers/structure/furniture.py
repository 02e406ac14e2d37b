"""Page furniture: lines of a text that belong to the page, the print-out or the web site, not the document.

Two kinds, both read from parsers/data/furniture.toml:

* print furniture, anywhere in the text: page numbers (``— 3 —``, ``-3-``, ``第3页 共9页``, ``3/9``, a bare
  number next to a form feed), a browser's print stamps (date and time, the page's address, and the page
  title printed next to the date), and running headers or footers (a short line that comes back at page
  edges: next to a page number, a stamp or a form feed);
* web chrome, before the document's body begins: breadcrumbs, the site's bars, the 发布时间/来源/浏览 line,
  font and share widgets, and the metadata table (索引号, 发布机构, 文号 …).

The structure keeps each furniture line as a node of kind ``furniture``: lossless, outside every clause,
title and extraction (``Structure.furniture`` gives their spans to the extractors).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parsers.patterns import LINE_SPACES
from parsers.structure.lead_paragraph import lead_over_heading
from parsers.structure.lines import Line, line_memo, page_break_before, squeeze
from parsers.structure.markers import DATE_LINE_RE, SENTENCE_MARK_RE
from parsers.structure.site_marks import title_after_site
from parsers.structure.site_menu import link_box_run, menu_run
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    LIST_BULLET_RE,
    drop_appended_note,
    ends_with_doc_type,
    is_issuer_line,
    split_quoted_title,
)

FURNITURE_PATH = Path(__file__).resolve().parent.parent / "data" / "furniture.toml"
_DIGITS_RE = re.compile(r"\d+")
_SPACED_PHRASES_RE = re.compile(r"[\u4e00-\u9fff]{2}[ \u3000]+(?=[\u4e00-\u9fff]{2})")  # 制度 交流, not 总 则
# a name in 《》 may hold spaces of its own (《甲废气 乙的测定 丙法》): they make no banner of spaced phrases
_QUOTED_NAME_RE = re.compile(r"《[^《》]*》")
# a metadata table's row holding one value and empty cells (解读《X》 | |) under a row of its fields (所属机构: | 甲办 |)
_EMPTY_CELLS_END_RE = re.compile(rf"^(?P<value>[^|｜]*\S)(?:[{LINE_SPACES}]*[|｜]){{2,}}[{LINE_SPACES}]*$")
_FIELD_CELL_RE = re.compile(rf"[:：][{LINE_SPACES}]*[|｜]")
_PROSE_RE = re.compile(r"[，,。；;、]")
# a numbered body's first headings run into one line with its prose (1 总则 1.1 编制目的 为…。): their spaces make no
# banner
_NUMBERED_BODY_RE = re.compile(
    r"\d{1,2}[ \u3000]*总[ \u3000]*则[ \u3000]*\d{1,2}\.\d{1,2}[ \u3000]*[\u4e00-\u9fff]"
)
_SENTENCE_END_RE = re.compile(r"[。；！？;!?，,、：:]$")
# a table's row of figures (78% | >90% | 5.5万元/人 |): cells a bar or a tab sets apart, each a number with its sign,
# unit or hedge; a site's bar of links or a breadcrumb (首页 > 新闻) holds words, not figures
_ROW_BAR_RE = re.compile(r"[|｜\t]")
_ROW_CELL_RE = re.compile(rf"[{LINE_SPACES}]*[|｜\t][{LINE_SPACES}]*")
_FIGURE_CELL_RE = re.compile(
    r"[<>≥≤＜＞约]?\d+(?:[.,]\d+)*(?:%|‰|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)?(?:左右|以上|以下)?"
)
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}年?")  # 2023年 | 2024年: a site's archive of years
_PAGE_MARK_OPENERS = set("—–－─―第共")
PAGE_MARK_MAX_CHARS = 24  # — 3 —, 第 3 页 共 9 页: a page mark is short
WEB_HEAD_MAX_LINES = 80  # web chrome is looked for this far before the body begins
WEB_LINE_MAX_CHARS = 160
MENU_ENTRY_MAX_CHARS = 16  # a site's name or a menu's entry over its breadcrumb
BANNER_MAX_CHARS = 100  # a site's banner of spaced slogans; a longer line that ends a sentence is prose
TITLE_LINES = 3  # a title after a lead-in stands over this many lines at most
LEAD_MAX_LINES = 5  # a news item's lead: this many paragraphs at most before 详情如下：  # a longer line is a paragraph that may name a site or a mailbox, not chrome


@dataclass(frozen=True)
class _Rules:
    page_number: re.Pattern[str]
    bare_page_number: re.Pattern[str]
    stamp: re.Pattern[str]
    stamp_line: re.Pattern[str]
    running_max_chars: int
    running_min_repeats: int
    web_start: re.Pattern[str]  # web marks anchored at the line start
    web_anywhere: re.Pattern[str]  # web marks found anywhere in a line
    header_end: re.Pattern[str]  # 当前位置：首页 > …, 搜索: the site's masthead and menus stand above it
    metadata: re.Pattern[str]
    metadata_label: re.Pattern[str]  # a label anywhere: a table row of label value label value
    lead_in: re.Pattern[str]  # 详情如下： a news item hands over to the document


@cache
def furniture_data() -> dict:
    """parsers/data/furniture.toml, read once for every furniture rule."""
    with FURNITURE_PATH.open("rb") as handle:
        return tomllib.load(handle)


@cache
def newspaper_credit() -> re.Pattern[str]:
    """A news site's credit naming a newspaper (来源:某某日报), from furniture.toml."""
    return re.compile(furniture_data()["web"]["newspaper_credit"])


@cache
def rules() -> _Rules:
    data = furniture_data()
    printed, web = data["print"], data["web"]
    marks = [*web["header_ends"], *web["markers"]]
    labels = "|".join(
        r"\s*".join(map(re.escape, label)) for label in sorted(web["metadata_labels"], key=len, reverse=True)
    )
    return _Rules(
        page_number=re.compile("|".join(f"(?:{p})" for p in printed["page_numbers"])),
        bare_page_number=re.compile(printed["bare_page_number"]),
        stamp=re.compile("|".join(f"(?:{p})" for p in printed["stamps"])),
        stamp_line=re.compile(printed["stamp_line_start"]),
        running_max_chars=data["running"]["max_chars"],
        running_min_repeats=data["running"]["min_repeats"],
        web_start=re.compile("|".join(f"(?:{p})" for p in marks if p.startswith("^"))),
        web_anywhere=re.compile("|".join(f"(?:{p})" for p in marks if not p.startswith("^"))),
        header_end=re.compile("|".join(f"(?:{p})" for p in web["header_ends"])),
        metadata=re.compile(rf"^[-•·*\s]*(?:{labels})\s*[:：|]"),
        metadata_label=re.compile(rf"(?:{labels})"),
        lead_in=re.compile("(?:{})[:：]?".format("|".join(map(re.escape, web["lead_in"])))),
    )


def is_page_mark(content: str) -> bool:
    """A page number or a browser's print stamp (on a line of its own)."""
    key = squeeze(content)
    r = rules()
    return bool(r.page_number.fullmatch(key) or r.stamp.fullmatch(key))


@line_memo
def is_web_chrome(content: str) -> bool:
    """A breadcrumb, a site bar, a widget or a metadata line of a web page (a line, not a paragraph)."""
    r = rules()
    if len(content) > WEB_LINE_MAX_CHARS:
        return False
    if (
        len(_SPACED_PHRASES_RE.findall(_QUOTED_NAME_RE.sub("《》", content))) >= 2
        and not _issuers_then_title(content)
        and not is_issuer_line(content)  # 财政部 国家发展和改革委员会 工业和信息化部: joint issuers
        and not (  # a paragraph that kept a page's spaces (X办法.第一条。为了…), longer than a banner
            len(content) > BANNER_MAX_CHARS and SENTENCE_MARK_RE.search(content)
        )
        and not (_NUMBERED_BODY_RE.search(content) and SENTENCE_MARK_RE.search(content))
    ):
        return True  # a banner or a menu: 宣传人大制度 交流人大经验 (prose runs on without spaces)
    key = squeeze(LIST_BULLET_RE.sub("", content))
    if r.metadata.match(content):
        return True
    if r.web_start.search(key):
        # 甲县政府门户网站-甲县X实施意见: a browser's page title with the site first keeps the title after the site
        return title_after_site(content) is None
    if LIST_BULLET_RE.match(content) and _BARE_LABEL_RE.fullmatch(key):
        return (
            True  # • 发布单位: over its value: a page's list of fields, by its form whatever the label says
        )
    # a metadata table without colons: 索引号 0024…/2011-37736 发布机构 浙江省住房和城乡建设厅, 统一编号
    labels = r.metadata_label.findall(key)
    if r.metadata_label.match(key) and (len(labels) >= 2 or r.metadata_label.fullmatch(key)):
        return True
    # a mark that may stand anywhere (a site's address, a bar of links) counts only outside a sentence, and
    # a browser's page title (X的通知_政策文件_甲市人民政府门户网站) is the document's title with the site's name
    return (
        not SENTENCE_MARK_RE.search(content)
        and bool(r.web_anywhere.search(key))
        and not _titled_page(content)
    )


def _figure_row(content: str) -> bool:
    """A table's row whose cells are figures, at least two and at least half of its cells (see _FIGURE_CELL_RE)."""
    if "|" not in content and "｜" not in content and "\t" not in content:
        return False
    cells = [c for c in _ROW_CELL_RE.split(content.strip(LINE_SPACES + "|｜")) if c]
    figures = [c for c in cells if _FIGURE_CELL_RE.fullmatch(c) and not _YEAR_CELL_RE.fullmatch(c)]
    return len(figures) >= 2 and 2 * len(figures) >= len(cells)


# a label alone with its colon (its value on the next line): 发布单位:, 信息索引号:
_BARE_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]")


def _titled_page(content: str) -> bool:
    without = drop_appended_note(content)
    return without != content and ends_with_doc_type(without)


def _issuers_then_title(content: str) -> bool:
    """Joint issuers, one after another, before the title they issue: 成都市发展和改革委员会 中共成都市委社会
    工作部 … 关于印发…的通知 is a document's head, not a banner of spaced phrases."""
    # 财科教〔2017〕6号 财政部 科技部 关于…的通知: the heading's 文号 may stand first
    key = split_quoted_title(content.replace("\u3000", " "))[1].strip()
    head, _, last = key.rpartition(" ")
    if head and ends_with_doc_type(last) and is_issuer_line(head):
        return True
    # 甲省人民政府 关于印发甲省X 三年行动计划的通知: the title itself may break at a space after 关于
    head, about, rest = key.partition("关于")
    return bool(about and head.strip()) and is_issuer_line(head) and ends_with_doc_type(rest)


def print_furniture(text: str, lines: list[Line]) -> set[int]:
    """Indices of the lines that are print furniture: page marks, stamps' titles, running headers."""
    r = rules()
    n = len(lines)
    breaks = [page_break_before(text, line) for line in lines]
    marks: set[int] = set()
    after_stamp: set[int] = set()
    for i, line in enumerate(lines):
        content = line.content
        # a page mark is short and opens with a dash, 第 or 共; a stamp opens with a digit or a letter
        if not content or not (
            content[0].isascii() or (content[0] in _PAGE_MARK_OPENERS and len(content) <= PAGE_MARK_MAX_CHARS)
        ):
            continue
        key = squeeze(content)
        if len(key) > 200:
            continue
        if r.page_number.fullmatch(key):
            marks.add(i)
        elif r.stamp.fullmatch(key) or r.stamp_line.match(line.content):
            marks.add(i)
            if i + 1 < n and r.stamp_line.match(line.content) and r.stamp.fullmatch(key):
                after_stamp.add(i + 1)  # a browser's date stamp alone: the page title is the next line
        elif r.bare_page_number.fullmatch(key) and (breaks[i] or (i + 1 < n and breaks[i + 1])):
            marks.add(i)
    if not marks and not any(breaks):
        return marks  # no pages, so no running header either
    # the first and last lines are page edges too: a header on page 1, a footer on the last page
    at_edge = [
        i in (0, n - 1) or breaks[i] or (i + 1 < n and breaks[i + 1]) or (i - 1) in marks or (i + 1) in marks
        for i in range(n)
    ]
    by_key: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if i in marks or not at_edge[i]:
            continue
        key = _DIGITS_RE.sub("#", squeeze(line.content))
        # a header is a name, not the end of a sentence that happens to repeat (…发展。), nor a date (a
        # signature's date at a page's top, like another date at another page's)
        if (
            2 <= len(key) <= r.running_max_chars
            and not _SENTENCE_END_RE.search(key)
            and not DATE_LINE_RE.fullmatch(squeeze(line.content))
        ):
            by_key.setdefault(key, []).append(i)
    for found in by_key.values():
        if len(found) >= r.running_min_repeats:
            marks.update(found)
    marks.update(  # (a line of one or two characters is the end of a title PDF extraction moved, no page title)
        i
        for i in after_stamp
        if 3 <= len(squeeze(lines[i].content)) <= 60 and not _PROSE_RE.search(lines[i].content)
    )
    return marks


def web_chrome(lines: list[Line], start: int, is_body: Callable[[Line], bool]) -> set[int]:
    """Indices of the web chrome lines from ``start`` up to the first line of the document's body."""
    found: set[int] = set()
    menu_end = start
    # short lines no title could be, so far: the site's name and menus, until its header ends
    masthead: list[int] = []
    for i in range(start, min(len(lines), start + WEB_HEAD_MAX_LINES)):
        line = lines[i]
        if line.is_furniture or i < menu_end:
            continue
        if box := link_box_run(lines, i):  # 热门资源 更多> / • 甲省X条例 / • 乙市Y办法: the site's links
            found.update(k for k in range(i, i + box) if lines[k].content.strip())
            menu_end, masthead = i + box, []
        elif is_web_chrome(line.content) and not _title_row(lines, start, i):
            found.add(i)
            if rules().header_end.search(squeeze(line.content)):
                # 甲市人民政府 / 新闻中心 / 当前位置：首页 > … (or 搜索): all the site's
                found.update(masthead)
            masthead = []
        elif menu := menu_run(lines, i):  # 1. 目录 / 2. 旗人民政府 / 1. 专项规划 …: a site's numbered menu
            found.update(k for k in range(i, i + menu) if lines[k].content.strip())
            menu_end = i + menu
        elif is_body(line):
            break
        elif _menu_entry(line.content):
            masthead.append(i)
        else:
            masthead = []
    return found - _table_runs(lines, found)


def _table_runs(lines: list[Line], found: set[int]) -> set[int]:
    """The lines of ``found`` in a run of table rows (lines whose cells a bar or a tab sets apart, blank lines
    between them passing) that holds a row of figures: a table at the top of a page, its header and its rows, is
    the document's, where a bar of links is the site's."""
    out: set[int] = set()
    seen: set[int] = set()
    for i in sorted(found):
        if i in seen or not _ROW_BAR_RE.search(lines[i].content):
            continue
        run = _bar_run(lines, i, -1)[::-1] + _bar_run(lines, i + 1, 1)
        seen.update(run)
        if any(_figure_row(lines[k].content) for k in run):
            out.update(k for k in run if k in found)
    return out


def _bar_run(lines: list[Line], i: int, step: int) -> list[int]:
    """The lines from i on (step 1) or back (step -1) whose cells a bar or a tab sets apart, blank lines passing."""
    run = []
    while 0 <= i < len(lines):
        content = lines[i].content
        if content.strip():
            if not _ROW_BAR_RE.search(content):
                break
            run.append(i)
        i += step
    return run


def _title_row(lines: list[Line], start: int, i: int) -> bool:
    """A page that prints its title in a cell of its metadata table, the row's other cells empty (所属机构: | 甲县政府办
    公室 | 发布机构: | / 解读《X》 | |): the title's row, not the page's bar of links."""
    cells = _EMPTY_CELLS_END_RE.match(lines[i].content)
    if cells is None or not ends_with_doc_type(cells.group("value")):
        return False
    above = next((lines[k].content for k in range(i - 1, start - 1, -1) if lines[k].content.strip()), "")
    return _FIELD_CELL_RE.search(above) is not None


def _menu_entry(content: str) -> bool:
    """A line a site's masthead or menu may hold: short, no sentence, naming no kind of document (甲市人民政府,
    新闻中心, 政务公开); a title over a breadcrumb (X办法 / 首页 > 政策文件) is no menu's."""
    key = squeeze(content)
    return (
        0 < len(key) <= MENU_ENTRY_MAX_CHARS
        and not SENTENCE_MARK_RE.search(key)
        and not ends_with_doc_type(key)
    )


def news_lead(lines: list[Line], start: int) -> set[int]:
    """Indices of a news item's lead before the document it reports: a few lines, then a line 详情如下：
    and the document's title. Nothing when the line after it is no title."""
    seen = 0
    for i in range(start, min(len(lines), start + WEB_HEAD_MAX_LINES)):
        line = lines[i]
        if line.is_furniture or not line.content.strip():
            continue
        # (only the text's first paragraph may be such a lead: lead_over_heading asks that first, in O(i))
        if seen == 0 and lead_over_heading(
            lines, start, i
        ):  # 甲省委、甲省政府日前发布关于…, / 甲省委 甲省人民政府关于…的意见
            return {k for k in range(start, i + 1) if not lines[k].is_furniture and lines[k].content.strip()}
        if rules().lead_in.fullmatch(squeeze(line.content)) or hands_over_at_end(lines, start, i):
            after = [
                k for k in range(i + 1, min(len(lines), i + 1 + 2 * TITLE_LINES)) if lines[k].content.strip()
            ]
            # a title stands before any sentence: the lines of the body (为…。 / 一、总体要求) are no title
            prose = next(
                (n for n, k in enumerate(after) if SENTENCE_MARK_RE.search(lines[k].content)), len(after)
            )
            after = after[:prose]
            # the document's title, over a few lines (…直接融资 / 进一步…的通知)
            if not any(
                ends_with_doc_type("".join(lines[k].content.strip() for k in after[:n]))
                for n in range(1, min(TITLE_LINES, len(after)) + 1)
            ):
                return set()
            return {k for k in range(start, i + 1) if not lines[k].is_furniture and lines[k].content.strip()}
        seen += 1
        if seen > LEAD_MAX_LINES:
            break
    return set()


# …向社会公开征集X。具体内容如下: a news lead's last sentence that hands over to the document under it (titles.toml
# handed_over_contents, handed_over_texts)
_HAND_OVER_END_RE = re.compile(
    "(?:"
    + "|".join(titles_data()["handed_over_contents"] + titles_data()["handed_over_texts"])
    + ")如下[:：]$"
)


def hands_over_at_end(lines: list[Line], start: int, i: int) -> bool:
    """Line ``i`` is a lead's one paragraph that ends handing over (…具体内容如下:): the text opens with it (a
    notice's own sentence 现将…具体内容如下: comes under its title, a page's headline over its lead)."""
    return _HAND_OVER_END_RE.search(squeeze(lines[i].content)) is not None and not any(
        lines[k].content.strip() for k in range(start, i) if not lines[k].is_furniture
    )

"""Web chrome, before the document's body begins: breadcrumbs, the site's bars, the 发布时间/来源/浏览 line, font and
share widgets, and the metadata table (索引号, 发布机构, 文号 …). Rules from furniture.toml (``furniture_rules``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.structure.chrome_tables import table_runs, title_row
from parsers.structure.furniture_rules import rules
from parsers.structure.item_lines import value_under_label
from parsers.structure.lines import Line, line_memo, squeeze
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.site_marks import title_after_site
from parsers.structure.site_menu import link_box_run, menu_run
from parsers.structure.spaced_headline import spaced_headline
from parsers.structure.titles import (
    LIST_BULLET_RE,
    drop_appended_note,
    ends_with_doc_type,
    is_issuer_line,
    split_quoted_title,
)

_SPACED_PHRASES_RE = re.compile(r"[\u4e00-\u9fff]{2}[ \u3000]+(?=[\u4e00-\u9fff]{2})")  # 制度 交流, not 总 则
# a name in 《》 may hold spaces of its own (《甲废气 乙的测定 丙法》): they make no banner of spaced phrases
_QUOTED_NAME_RE = re.compile(r"《[^《》]*》")
# a numbered body's first headings run into one line with its prose (1 总则 1.1 编制目的 为…。): their spaces make no
# banner
_NUMBERED_BODY_RE = re.compile(
    r"\d{1,2}[ \u3000]*总[ \u3000]*则[ \u3000]*\d{1,2}\.\d{1,2}[ \u3000]*[\u4e00-\u9fff]"
)
WEB_HEAD_MAX_LINES = 80  # web chrome is looked for this far before the body begins
WEB_LINE_MAX_CHARS = 160  # a longer line is a paragraph that may name a site or a mailbox, not chrome
MENU_ENTRY_MAX_CHARS = 16  # a site's name or a menu's entry over its breadcrumb
BANNER_MAX_CHARS = 100  # a site's banner of spaced slogans; a longer line that ends a sentence is prose


@line_memo
def is_web_chrome(content: str) -> bool:
    """A breadcrumb, a site bar, a widget or a metadata line of a web page (a line, not a paragraph)."""
    r = rules()
    if len(content) > WEB_LINE_MAX_CHARS:
        return False
    if (
        # (every match of _SPACED_PHRASES_RE holds a space or an ideographic space: a line without one is no banner)
        (" " in content or "\u3000" in content)
        and len(_SPACED_PHRASES_RE.findall(_QUOTED_NAME_RE.sub("《》", content))) >= 2
        and not _issuers_then_title(content)
        and not is_issuer_line(content)  # 财政部 国家发展和改革委员会 工业和信息化部: joint issuers
        and not (  # a paragraph that kept a page's spaces (X办法.第一条。为了…), longer than a banner
            len(content) > BANNER_MAX_CHARS and SENTENCE_MARK_RE.search(content)
        )
        and not (_NUMBERED_BODY_RE.search(content) and SENTENCE_MARK_RE.search(content))
    ):
        return True  # a banner or a menu: 宣传人大制度 交流人大经验 (prose runs on without spaces)
    key = squeeze(LIST_BULLET_RE.sub("", content))
    if r.field_into_prose.match(key):
        return False  # 来源：甲网 2031-03-05 甲市坚持…。到2033年，…: a field run into the text's prose
    if r.metadata.match(content) or r.spaced_field.match(content):
        return True  # 发文字号: X; 主题分类 X规划、计划 (a field set off by spaces: its value may end as a kind does)
    if r.web_start.starts(key):
        # 甲县政府门户网站-甲县X实施意见: a browser's page title with the site first keeps the title after the site
        return title_after_site(content) is None
    if LIST_BULLET_RE.match(content) and _BARE_LABEL_RE.fullmatch(key):
        return (
            True  # • 发布单位: over its value: a page's list of fields, by its form whatever the label says
        )
    # a metadata table without colons: 索引号 0024…/2011-37736 发布机构 浙江省住房和城乡建设厅, 统一编号
    # (the labels are counted only on a line that opens with one, most lines do not)
    if r.metadata_label.match(key) and (
        len(r.metadata_label.findall(key)) >= 2 or r.metadata_label.fullmatch(key)
    ):
        return True
    # a mark that may stand anywhere (a site's address, a bar of links) counts only outside a sentence, and
    # a browser's page title (X的通知_政策文件_甲市人民政府门户网站) is the document's title with the site's name
    return (
        not SENTENCE_MARK_RE.search(content)
        and bool(r.web_anywhere.search(key))
        and not _titled_page(content)
    )


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
    # 甲省人民政府 关于印发甲省X 三年行动计划的通知: the title itself may break at a space after 关于, and its kind may
    # be spaced out as a heading prints it (…项目的 通 告)
    head, about, rest = key.partition("关于")
    return bool(about and head.strip()) and is_issuer_line(head) and ends_with_doc_type(squeeze(rest))


def web_chrome(lines: list[Line], start: int, is_body: Callable[[Line], bool]) -> set[int]:
    """Indices of the web chrome lines from ``start`` up to the first line of the document's body."""
    # (imported here: displaced reads the head's titles, whose modules import this one)
    from parsers.structure.displaced import displaced_over

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
        elif _classification_value(lines, start, i):
            found.add(
                i
            )  # 信息分类 / 政府文件;政策解读: the value of a classification field standing alone over it
        elif (
            is_web_chrome(line.content)
            and not title_row(lines, start, i)
            # 凝心聚力 攻坚克难 奏响X乐章 over its dateline: a headline in a banner's form
            and not spaced_headline(lines, i, is_web_chrome)
        ):
            found.add(i)
            if rules().header_end.search(squeeze(line.content)):
                # 甲市人民政府 / 新闻中心 / 当前位置：首页 > … (or 搜索): all the site's
                # (not a title's tail the print set above the page: it ends a line below, ``displaced``)
                found.update(k for k in masthead if not displaced_over(lines, k))
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
    return found - table_runs(lines, found)


def _classification_value(lines: list[Line], start: int, i: int) -> bool:
    """Line ``i`` is the value of the classification field whose label stands alone on the line above it (blank
    lines apart): 信息分类 / 政府文件;政策解读. A site's column, however it ends, names no document."""
    k = i - 1
    while k >= start and not lines[k].content.strip():
        k -= 1
    if k < start:
        return False
    return (
        value_under_label(lines[k].content, lines[i].content, columns_only=True)
        and len(squeeze(lines[i].content)) <= WEB_LINE_MAX_CHARS
    )


def _menu_entry(content: str) -> bool:
    """A line a site's masthead or menu may hold: short, no sentence, naming no kind of document (甲市人民政府,
    新闻中心, 政务公开); a title over a breadcrumb (X办法 / 首页 > 政策文件) is no menu's."""
    key = squeeze(content)
    return (
        0 < len(key) <= MENU_ENTRY_MAX_CHARS
        and not SENTENCE_MARK_RE.search(key)
        and not ends_with_doc_type(key)
    )

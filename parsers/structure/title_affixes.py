"""What a site writes around a title line, and how a title's lines join into one title.

Before a title a site may put its breadcrumb (首页 > 政策 > X的意见), a column (政务服务丨X, 【要闻】X), a label
(标题:X, 转发:X的通知), a tag of the document's validity (现行有效 X办法); after it, the 文号 or the order in
brackets, the day it was posted, a note of what the page appends, the site's name. None is part of the title:
``joined_title`` joins a title's lines and drops them.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation, in_order
from parsers.status import split_status
from parsers.structure.byline import drop_byline
from parsers.structure.doc_number import drop_doc_number
from parsers.structure.lines import Line
from parsers.structure.page_label import drop_edition_note, drop_page_note
from parsers.structure.title_labels import drop_title_label, drop_validity_note, validity_head_end
from parsers.structure.titles import (
    LIST_BULLET_RE,
    TITLE_MIN_CHARS,
    TITLE_TAIL_CHARS,
    bracketed_year,
    drop_appended_note,
    ends_with_doc_type,
    rules,
    split_quoted_title,
    titles_data,
)

# a draft's title line quoted whole, its stage after it: 《X条例》（草案）
_QUOTED_WITH_STATUS_RE = re.compile(r"《(?P<name>[^《》]+)》(?P<status>\s*[（(][^（()）]{1,20}[）)])?")
_TRAILING_BAR_RE = re.compile(r"[\s|｜]+$")
# 【面向社会】关于…的通知, [通知公告] X的通知, 【自然灾害类应急预案】X的通知, 《要闻》X试点…: a site's column tag before a title (a status in 【】 is kept: 【送审稿】, and
# so is a name in 《》 that ends with a kind of document: 《X条例》3月15日起施行 opens with the document's name)
_COLUMN_TAG_RE = re.compile(
    r"^\s*(?:[【\[［](?P<tag>[^【】\[\]［］]{1,10})[】\]］]|《(?P<quoted>[^《》]{1,8})》(?=[^\s》]))"
)
# a site's column before the page's title, set off by a bar, a dash or a colon: 政务服务丨X关于…, 应急预案—X预案, 政策解读:X方案
_COLUMN_PREFIX_RE = re.compile(
    r"^\s*(?P<tag>(?:(?!丨)[\u4e00-\u9fff]){2,8})\s*(?:[丨｜|—–]{1,2}|(?P<colon>[:：]))\s*(?=[\u4e00-\u9fff《])"
)  # 政务服务丨X的意见; 甲省:关于印发X的通知; a title's label (标题:X) is read before, as a label
# before a colon, only a column's word (titles.toml column_label_ends) or any words before 关于: 乡村振兴:X方案 is a theme
_COLUMN_LABEL_END_RE = re.compile(rf"(?:{alternation(titles_data()['column_label_ends'])})$")


# (2023年) on a line of its own under a title: a site's year, no part of the title (D8, round 31; a year glued to
# the title's last word on its line is its edition: titles.drop_appended_note)
_YEAR_LINE_RE = re.compile(bracketed_year(year_word_required=False))


def drop_column_tag(title: str) -> str:
    """【面向社会】关于…的通知 -> 关于…的通知: a site's column tag before a title, in a heading or a field's value
    (名称: 【应急预案】X预案); a status in 【】 and a name in 《》 ending with a kind of document stay."""
    tag = _COLUMN_TAG_RE.match(title)
    if tag is not None and split_status(tag[0])[1] is None and not ends_with_doc_type(tag["quoted"] or ""):
        return title[tag.end() :]
    return title


def joined_title(lines: list[Line], first: int, count: int) -> str:
    parts = [
        drop_breadcrumb(LIST_BULLET_RE.sub("", lines[k].content.strip())) for k in range(first, first + count)
    ]
    if len(parts) > 1 and _YEAR_LINE_RE.fullmatch(parts[-1]):
        parts.pop()
    joined = "".join(parts)
    joined = _TRAILING_BAR_RE.sub("", joined)  # a scraper's column bar after the title
    joined = drop_column_tag(joined)
    joined = drop_repost_label(drop_validity_prefix(drop_column_prefix(drop_title_label(joined))))
    joined = drop_validity_note(drop_appended_note(drop_doc_number(split_quoted_title(joined)[1])))
    joined = drop_edition_note(drop_page_note(drop_byline(joined, TITLE_MIN_CHARS)))
    joined = drop_quoting_head(drop_posted_day(joined))
    joined = drop_self_quote(drop_repeated_opening(joined))
    quoted = _QUOTED_WITH_STATUS_RE.fullmatch(joined.strip())  # 《X条例》 / （修正草案·二审稿）
    return quoted.group("name") + (quoted.group("status") or "") if quoted else joined


# A公司关于B A公司关于B和C的意见: a page that prints a wrapped headline's first line, then the headline whole; a
# repeat this long (6 characters and more) is never the title's own wording
_REPEAT_MIN_CHARS = 6


def drop_repeated_opening(title: str) -> str:
    """甲市人民政府关于加强城乡 甲市人民政府关于加强城乡供水保障…的意见 -> the headline once."""
    for n in range(len(title) // 2, _REPEAT_MIN_CHARS - 1, -1):
        head, rest = title[:n].rstrip(), title[n:].lstrip()
        if len(head) >= _REPEAT_MIN_CHARS and len(rest) > len(head) and rest.startswith(head):
            return rest
    return title


# “甲区乙乡多措并举…”: a page that quotes its own headline whole (a field 標題: “…”); a quoted phrase of the title's own
# (“十四五”X规划, X“三大行动”方案) leaves words outside the marks and stays
_SELF_QUOTE_RE = re.compile(rf"\s*[“\"](?P<inner>[^“”\"]{{{TITLE_MIN_CHARS},}})[”\"]\s*")


def drop_self_quote(title: str) -> str:
    """“甲区乙乡多措并举推进供水保障” -> 甲区乙乡多措并举推进供水保障: the marks round a whole headline are the page's."""
    m = _SELF_QUOTE_RE.fullmatch(title)
    return m.group("inner") if m is not None else title


# 首页 > 政策文件 > X的意见, 某网>>栏目>>X: a breadcrumb's crumbs before the page's title, each short, set off by >
# (the last crumb set off by a space: 网>栏目>时政新闻甲办公厅转发《X》 runs a crumb into the title, no cut is sure)
_BREADCRUMB_PREFIX_RE = re.compile(
    r"^(?:[^>»＞\s][^>»＞]{0,16}?\s*(?:>{1,2}|»|＞)\s*)*[^>»＞\s][^>»＞]{0,16}?\s*(?:>{1,2}|»|＞)\s+"
)


# 甲网>《X》纳入…, 乙省人民政府网站 > X: a site's name (ending as a site's does) as the one crumb glued before a headline,
# the way pages write 首页 > 栏目 > 正文; a site's name ends no title, so what follows may be a news headline of any end
# (titles.toml site_name_last_words)
_SITE_CRUMB_RE = re.compile(
    rf"^\s*[\u4e00-\u9fff]{{1,14}}?(?:{in_order(titles_data()['site_name_last_words'])})\s*(?:>{{1,2}}|»|＞)\s*"
    r"(?=[\u4e00-\u9fff《“])"
)


def drop_breadcrumb(title: str) -> str:
    """首页 > 政策 > 甲市人民政府关于…的意见 -> 甲市人民政府关于…的意见: a breadcrumb ending with the page's title is
    the site's path to it; the crumbs are no part of the title. 甲网>《X》纳入… -> 《X》纳入…: a site's name glued
    before a headline is its crumb."""
    site = _SITE_CRUMB_RE.match(title)
    if site is not None and len(title) - site.end() >= TITLE_MIN_CHARS:
        return title[site.end() :]
    crumbs = _BREADCRUMB_PREFIX_RE.match(title) if (">" in title or "»" in title or "＞" in title) else None
    if crumbs is None:
        return title
    rest = title[crumbs.end() :]
    return rest if len(rest) >= TITLE_MIN_CHARS and ends_with_doc_type(rest) else title


def drop_validity_prefix(title: str) -> str:
    """有效 甲市X办法 -> 甲市X办法: a law site's tag of the document's validity before its title."""
    start = validity_head_end(title)
    return title[start:] if start and ends_with_doc_type(title[start:]) else title


def drop_repost_label(title: str) -> str:
    """转发:甲市人民政府关于印发X的通知 -> 甲市人民政府关于印发X的通知: an issuing verb and a colon before a
    title is a site's label for a page it reposts (the verb of the title itself takes no colon)."""
    label = _REPOST_LABEL_RE.match(title)
    if label is None or not rules().issuing_verb.fullmatch(label.group("verb")):
        return title
    rest = title[label.end() :]
    return rest if len(rest) >= TITLE_MIN_CHARS and ends_with_doc_type(rest) else title


_REPOST_LABEL_RE = re.compile(r"^\s*(?P<verb>[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?=\S)")


def drop_column_prefix(title: str) -> str:
    """政务服务丨甲市人民政府关于…的意见 -> 甲市人民政府关于…的意见: the column a site files a page under, put
    before its title, is no part of it (an organ before a dash is: it opens the title)."""
    column = _COLUMN_PREFIX_RE.match(title) if len(title) > 12 else None
    if column is None or "关于" in column.group("tag") or rules().issuer_part.match(column.group("tag")):
        return title
    if column.group("colon") and not (
        title[column.end() :].startswith("关于") or _COLUMN_LABEL_END_RE.search(column.group("tag"))
    ):
        return title  # 乡村振兴:甲县X实施方案: a theme before a colon is the title's own
    if len(column.group("tag")) <= 3 and title[column.end() - 1] in "—–":
        return title  # 甲市—乙市城市群…方案: a dash joins two short names (places) in the title's own name
    rest = title[column.end() :]
    if len(rest) < 2 * len(column.group("tag")) or not rules().doc_type_end.search(rest[-TITLE_TAIL_CHARS:]):
        return title
    return rest


# a headline that quotes the one document it is about after a few words: the organ (工信部《X政策》), who acted and the
# act (三部门联合印发《X意见》; an organ's own 甲办公厅印发《X》 is its notice's title), or 关于《X条例》 left alone: the
# document's name is the title
_QUOTING_HEAD_RE = re.compile(r"^\s*(?P<head>[^《》\s]{1,12})\s*《(?P<name>[^《》]+)》\s*$")
_ACT_END_RE = re.compile(
    rf"(?:联合)?(?:{alternation(titles_data()['announcing_words'])})了?$"
)  # titles.toml announcing_words


def drop_quoting_head(title: str) -> str:
    """工信部《农机工业发展政策》 -> 农机工业发展政策: the words before the one quoted name name who issued it or say 关于."""
    m = _QUOTING_HEAD_RE.match(title)
    if m is None or not ends_with_doc_type(m.group("name")):
        return title
    head = m.group("head")
    act = _ACT_END_RE.search(head)
    if act is not None:
        # 甲市人民政府办公厅印发《X》: an organ's own act is its notice's title; 三部门联合印发《X》 is a headline's
        return title if rules().issuer_part.fullmatch(head[: act.start()]) else m.group("name")
    if head == "关于" or rules().issuer_part.fullmatch(head):
        return m.group("name")
    return title


# the day a page posted the text, its 年, 月 or 日 lost, glued before the title: 2031816日X预案, 20321月9X办法, 2031年8月23X预案;
# or the year a site files it under, bare before a quoted name or in brackets: 2032《X预案》, (2032)甲省人民政府关于X的批复.
# A complete date (2031年6月5日世界环境日宣传活动方案), a year with its 年 (2031年X计划) and a bare year run into the
# title's words (2031版X目录, 2031至2033年X方案, 2031上半年X方案, 2031全市X要点: the title's own time) are the title's
# own text, and 2031年1月1日起施行的X a headline's sentence: all kept
_POSTED_DAY_RE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}(?:\d{3,4}日|年?\d{1,2}月\d{1,2}(?![日号\d]))(?![起前至以后止])(?=[\u4e00-\u9fff])"
    r"|(?:19|20)\d{2}(?=《)|[（(](?:19|20)\d{2}[）)](?=[《\u4e00-\u9fff]))"
)


def drop_posted_day(title: str) -> str:
    """2031816日甲县森林火灾应急预案 -> 甲县森林火灾应急预案, (2032)甲省人民政府关于X的批复 -> 甲省人民政府关于X的批复, when what
    remains names a kind of document."""
    m = _POSTED_DAY_RE.match(title)
    if m is None or not ends_with_doc_type(title[m.end() :]) or len(title) - m.end() < TITLE_MIN_CHARS:
        return title
    return title[m.end() :]

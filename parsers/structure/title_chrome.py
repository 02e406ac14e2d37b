"""Site chrome around a title, read by its shape, in one place: what a site glues before or after a title, by
whatever route the title was chosen (a title line, a page's field, a headline, a shared file's name), is dropped
when what remains names a kind of document. Its words (a spam site's brand words, the brackets a tag stands in)
are furniture.toml's, with the lines that are chrome wherever they stand (``chrome_lines``, furniture.py).

* a tag in brackets before the title (【应急预案】X, 「拍拍公告」X, 《要闻》X, (2016)X): a column, a site's label or the
  year it files the page under; a stage (【征求意见稿】) and a name that is itself a document's (《X条例》…) are kept;
* a prefix set off by a colon that holds a site's word (甲体育乙足球:X办法); a colon after an organ or a place
  (水利部:…) is a headline's own;
* a breadcrumb's crumbs (首页 > 政策 > X), a column set off by a bar or a dash (政务服务丨X);
* a site's note in a tag's brackets after the title (X规定最新【全文】), then the page's and the edition's notes.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.status import split_status
from parsers.structure.furniture import furniture_data
from parsers.structure.lines import line_memo
from parsers.structure.page_label import drop_edition_note, drop_page_note
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import TITLE_MIN_CHARS, TITLE_TAIL_CHARS, ends_with_doc_type, rules

TAG_MAX_CHARS = 12  # a column's or a site's label names a few words
QUOTED_TAG_MAX_CHARS = (
    8  # 《要闻》X, 【通知公告】目录: a column's tag dropped whatever follows it is this short
)
PREFIX_MAX_CHARS = 20  # a spam site's brand before its colon


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    web = furniture_data()["web"]
    pairs = web["chrome_tag_brackets"]
    tag = "|".join(
        rf"{re.escape(o)}(?P<t{k}>[^{re.escape(o + c)}]{{1,{TAG_MAX_CHARS}}}){re.escape(c)}"
        for k, (o, c) in enumerate(pairs)
    )
    year = r"[（(](?P<year>(?:19|20)\d{2})年?[）)]"
    quoted = rf"《(?P<quoted>[^《》]{{1,{QUOTED_TAG_MAX_CHARS}}})》(?=[^\s》])"
    words = "|".join(map(re.escape, sorted(web["chrome_prefix_words"], key=len, reverse=True)))
    notes = "|".join(map(re.escape, sorted(titles_data()["page_notes"], key=len, reverse=True)))
    opening = "".join(re.escape(o) for o, _ in pairs)
    closing = "".join(re.escape(c) for _, c in pairs)
    return {
        "tag": re.compile(rf"^\s*(?:{tag}|{year}|{quoted})\s*"),
        "words": re.compile(words),
        "prefix": re.compile(rf"^\s*(?P<prefix>[^:：《》“”\"_\-—|｜\s]{{2,{PREFIX_MAX_CHARS}}})\s*[:：]\s*"),
        "note": re.compile(rf"\s*[{opening}](?:{notes})[{closing}]\s*$"),
    }


def _named(rest: str) -> bool:
    return len(rest) >= TITLE_MIN_CHARS and ends_with_doc_type(rest)


def drop_chrome_tag(title: str, *, named: bool = True) -> str:
    """【应急预案】甲县地震应急预案 -> 甲县地震应急预案; 「拍拍公告」…, 《要闻》…, (2016)甲省人民政府关于…的批复 alike.
    On a title line (``named=False``: the line is a title already) a column's tag goes whatever follows it; a year
    goes only before a name."""
    m = _patterns()["tag"].match(title)
    if m is None:
        return title
    tag = next((v for k, v in m.groupdict().items() if v and k.startswith("t")), None)
    if tag is not None and split_status(tag)[1] is not None:
        return title  # 【征求意见稿】X: the document's stage
    if m.group("quoted") and ends_with_doc_type(m.group("quoted")):
        return title  # 《X条例》3月15日起施行: the document's own name opens the line
    rest = title[m.end() :]
    # a column's short tag in square brackets or a name's (【通知公告】, 《要闻》) goes from a title line whatever follows
    short = (
        len(tag or m.group("quoted") or "") <= QUOTED_TAG_MAX_CHARS
        and m.group(0).rstrip()[-1] in _COLUMN_CLOSERS
    )
    return rest if _named(rest) or (not named and short) else title


# characters a converter could not read, run before the title, with the item number after them (????2.X方案)
_UNREAD_PREFIX_RE = re.compile(r"^\s*[?？\ufffd]{2,}\s*(?:\d{1,2}\s*[.．、]\s*)?")


def drop_unread_prefix(title: str) -> str:
    """????????2.甲县秸秆禁烧区划定方案 -> 甲县秸秆禁烧区划定方案: what a converter lost is no part of the title."""
    m = _UNREAD_PREFIX_RE.match(title)
    return title[m.end() :] if m is not None and _named(title[m.end() :]) else title


def drop_chrome_prefix(title: str) -> str:
    """甲体育乙足球:甲市二次供水管理办法 -> 甲市二次供水管理办法: a site's brand or column before a colon."""
    m = _patterns()["prefix"].match(title)
    if (
        m is None
        or _patterns()["words"].search(m.group("prefix")) is None
        or rules().issuer_part.fullmatch(m.group("prefix"))
    ):
        return title
    rest = title[m.end() :]
    return rest if _named(rest) else title


# 首页 > 政策文件 > X的意见, 某网>>栏目>>X: a breadcrumb's crumbs before the page's title, each short, set off by >
# (the last crumb set off by a space: 网>栏目>时政新闻甲办公厅转发《X》 runs a crumb into the title, no cut is sure)
_BREADCRUMB_PREFIX_RE = re.compile(
    r"^(?:[^>»＞\s][^>»＞]{0,16}?\s*(?:>{1,2}|»|＞)\s*)*[^>»＞\s][^>»＞]{0,16}?\s*(?:>{1,2}|»|＞)\s+"
)


def drop_breadcrumb(title: str) -> str:
    """首页 > 政策 > 甲市人民政府关于…的意见 -> 甲市人民政府关于…的意见: a breadcrumb ending with the page's title is
    the site's path to it; the crumbs are no part of the title."""
    crumbs = _BREADCRUMB_PREFIX_RE.match(title) if (">" in title or "»" in title or "＞" in title) else None
    if crumbs is None:
        return title
    rest = title[crumbs.end() :]
    return rest if _named(rest) else title


# a site's column before the page's title, set off by a bar or a dash: 政务服务丨X关于…, 应急预案—X预案
_COLUMN_PREFIX_RE = re.compile(
    r"^\s*(?P<tag>(?:(?!丨)[\u4e00-\u9fff]){2,8})\s*(?:[丨｜|—–]{1,2}\s*(?=[\u4e00-\u9fff《])|[:：]\s*(?=关于))"
)  # 政务服务丨X的意见; 甲省:关于印发X的通知 (a colon only before 关于: 标题:X is a field)


def drop_column_prefix(title: str) -> str:
    """政务服务丨甲市人民政府关于…的意见 -> 甲市人民政府关于…的意见: the column a site files a page under, put
    before its title, is no part of it (an organ before a dash is: it opens the title)."""
    column = _COLUMN_PREFIX_RE.match(title) if len(title) > 12 else None
    if column is None or "关于" in column.group("tag") or rules().issuer_part.match(column.group("tag")):
        return title
    if len(column.group("tag")) <= 3 and title[column.end() - 1] in "—–":
        return title  # 甲市—乙市城市群…方案: a dash joins two short names (places) in the title's own name
    rest = title[column.end() :]
    if len(rest) < 2 * len(column.group("tag")) or not rules().doc_type_end.search(rest[-TITLE_TAIL_CHARS:]):
        return title
    return rest


def drop_chrome_note(title: str) -> str:
    """甲省河道管理规定最新【全文】 -> 甲省河道管理规定: the page's note in a tag's brackets, then the note itself."""
    m = _patterns()["note"].search(title)
    if m is None or m.start() == 0:
        return title
    return drop_page_note(title[: m.start()] + title[m.start() :].translate(_UNBRACKET))


_COLUMN_CLOSERS = "】]］》"
_UNBRACKET = str.maketrans("", "", "【】[]［］「」『』〖〗〔〕")


@line_memo
def drop_site_chrome(title: str) -> str:
    """``title`` without what a site glues around it (see the module's doc); unchanged when nothing remains that
    names a kind of document."""
    kept = drop_chrome_prefix(drop_chrome_tag(drop_breadcrumb(drop_unread_prefix(title.strip()))))
    kept = drop_edition_note(drop_chrome_note(drop_column_prefix(kept)))
    return kept if kept != title.strip() else title

"""A news page's headline, recognised by the news credit right under it.

A news item names no kind of document in its headline (7条新政出台!甲市支持创建夜间经济示范区, 乙县: 燃气整治
“百日行动”取得实效, 《X条例》 / 3月15日起施行): the title rules, which look for a line ending with 办法, 方案,
通知 …, find nothing or only the name the headline quotes. What makes such a line the page's title is what stands
right under it, by its form:

- a dateline: the day it was posted (2021-08-04, (2025年01月28日)) with a clock time or a source's credit
  (来源:X日报) and no sentence — the byline a news site prints under every headline;
- a news lead: the agency's or the paper's opening (甲网讯(通讯员 X), 本报讯, 据新华社北京3月9日电).

A line that names no document over a document's own body is read as no title (title_shape); a headline over a report
is the page's title whatever the report goes on to quote: its first prose is a news lead, or opens on the day it tells
of (5月16日，甲办发布通告：, 昨天，乙办公布了…) — over_news_report.

Under the page's chrome (an app's button, a site's motto, a spam line, an image's caption read as a title that names no
kind of document) the headline is the line with its dateline or a reprint's 原标题: right under it, also where the
chrome set that dateline aside (dated_headline_under); a credit line (责编:X) is never one, and a line with a credit
under it is a headline itself. At the head of a report that quotes a document by name only, the dated headline is the
title over the name (dated_headline_at_head).

The headline is the one or two title-like lines right over it, at the head of the text. It is used only where the
document rules give no title, or give a part of the headline (the name it quotes): a headline that ends with a kind
of document is a title line for those rules already, and a page with neither a dateline nor a lead under its first
line (a fragment, a site's page) gets nothing from here.
"""

from __future__ import annotations

import re

from parsers.list_markers import BULLET_GLYPHS
from parsers.patterns import LINE_SPACES, alternation
from parsers.structure.lines import Line
from parsers.structure.title_labels import drop_title_label, is_labelled_field, titles_data
from parsers.structure.titles import (
    TITLE_MAX_CHARS,
    TITLE_MIN_CHARS,
    TitleGroup,
    clean_title,
    drop_appended_note,
    drop_page_note,
    ends_with_doc_type,
    is_date_line,
    is_doc_number_line,
    is_issuer_line,
    squeeze,
)
from parsers.structure.weak_line import is_part_heading

HEAD_LINES = 8  # the headline stands among the first lines of the text (an image's caption, an app's menu may come first)
HEADLINE_MAX_LINES = 2
DATELINE_MAX_CHARS = 60

_POSTED_DAY = r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
_POSTED_DAY_RE = re.compile(_POSTED_DAY)
_CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_CREDIT_LABELS = alternation(titles_data()["source_credit_labels"] + titles_data()["person_credit_labels"])
_CREDIT_RE = re.compile(rf"(?:{_CREDIT_LABELS})\s*[:：]?")
_NEWS_KINDS = alternation(titles_data()["news_credit_kinds"])
# 电 ending a dateline's day, never a word's first character (5月6日电视电话会议: titles.toml dateline_not_before)
_DATELINE_DIAN = "[电電](?![{}])".format("".join(map(re.escape, titles_data()["dateline_not_before"])))
_NEWS_LEAD_RE = re.compile(
    rf"^(?:(?:{alternation(titles_data()['news_own_credits'])})[讯訊]"
    r"|[\u4e00-\u9fffA-Za-z·]{1,12}[讯訊]\s*[（(【\[]"  # 甲网讯(通讯员 X) / 乙网·丙客户端讯（记者 Y）
    rf"|[\u4e00-\u9fffA-Za-z]{{1,12}}(?:{_NEWS_KINDS})[讯訊]\s*[:：]"  # 丙情报网讯: (a site's, not a column's 资讯:)
    rf"|[\u4e00-\u9fffA-Za-z]{{1,12}}(?:{alternation(titles_data()['news_credit_blank_kinds'])})[讯訊]"
    rf"[{LINE_SPACES}]+(?=\S)"  # 丁晚报讯 为了…: a blank for the colon
    rf"|据?[\u4e00-\u9fff]{{2,10}}(?:{_NEWS_KINDS})[\u4e00-\u9fff]{{0,6}}\d{{1,2}}月\d{{1,2}}日{_DATELINE_DIAN})"  # 据新华社北京3月9日电
)
_PROSE_RE = re.compile(r"[。；;，,].*[。；;，,]|[。；;]")  # a sentence, or prose with two commas


def report_day_pattern() -> str:
    """The day a report opens on and the part of it (5月16日, 12月16日上午, 2031年3月1日至3月7日, 昨天下午): the one
    pattern of it, which a headline's report (here) and an organ's call (report_opening.py) put before its comma."""
    data = titles_data()
    day = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?"
    return rf"(?:{day}|{alternation(data['report_day_words'])})(?:{alternation(data['report_day_parts'])})?"


# the day a report opens on, before its first comma
_REPORT_DAY_RE = re.compile(rf"^{report_day_pattern()}[，,]")
_BULLET_GLYPHS = tuple(BULLET_GLYPHS)  # a line opening on a list's bullet is a menu's item, no headline
_PHOTO_CAPTION_ENDS = tuple(titles_data()["photo_caption_ends"])
_CLAUSE_MARK_RE = re.compile(r"[，,。；;]")
REPORT_LEAD_LINES = 4  # lines under a headline before its report's lead: a dateline, a credit, a share button
_CHROME_MARK_RE = re.compile(r"[>»→|｜]")  # a breadcrumb, a menu
# a credit's label at a line's start (来源:甲报, 责编:乙): a credit line under a headline, never a headline
_CREDIT_LINE_RE = re.compile(rf"^\s*(?:稿件|信息|文章)?(?:{_CREDIT_LABELS})\s*[:：]")
# 原标题:X under a reprinted news item's headline: the paper's own headline, the line over it the site's
_ORIGINAL_HEADLINE_RE = re.compile(rf"^(?:{alternation(titles_data()['original_headline_labels'])})\s*[:：]")


# 甲网 发布时间: 2019-12-10: the day labelled as the day of posting stands for the clock or the credit
_POSTED_LABEL_RE = re.compile(rf"{titles_data()['posted_label_pattern']}\s*[:：]\s*{_POSTED_DAY}")


def is_dateline(content: str) -> bool:
    """The line a news site prints under a headline: the day it was posted with a clock time or a source's credit,
    and nothing that reads as a sentence (2021-08-04 22:23 某报, (2025年01月28日) 来源:某日报)."""
    key = content.strip()
    if len(key) > DATELINE_MAX_CHARS or _PROSE_RE.search(key) or _POSTED_DAY_RE.search(key) is None:
        return False
    return bool(_CLOCK_RE.search(key) or _CREDIT_RE.search(key) or _POSTED_LABEL_RE.search(key))


# a reporter's byline on its own line: 作者:乙, □记者 乙, 记者 乙 丙, 文/乙 (a name or two, nothing else)
_BYLINE_RE = re.compile(
    rf"^[□■◇◆\s]*(?:{alternation(titles_data()['person_credit_labels'])}|文\s*[/／])\s*[:：]?\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,2}\s*$"
)
# 9月23日，记者从甲局获悉，…: a report's opening, its day and the reporter who learned the news
_REPORTER_HEARD_RE = re.compile(
    r"^[^，,。；;]{0,12}[，,]?\s*(?:记者|記者)(?:从|從)[^，,。；;]{1,30}(?:获悉|獲悉|了解到)"
)


def _byline(content: str) -> bool:
    return _BYLINE_RE.match(squeeze(content)) is not None or _BYLINE_RE.match(content.strip()) is not None


def _reporter_lead(content: str) -> bool:
    """A report opening on the day it tells of and the reporter's source (9月23日，记者从甲局获悉，…)."""
    key = content.strip()
    return _REPORT_DAY_RE.match(key) is not None and _REPORTER_HEARD_RE.match(key) is not None


def is_news_lead(content: str) -> bool:
    """The opening of a news item: 甲网讯(通讯员 X) …, 本报讯 …, 据新华社北京3月9日电 …"""
    return _NEWS_LEAD_RE.match(content.strip()) is not None


# （记者 张三 通讯员 李四）: a report's credit in brackets, the dateline's second half on a line of its own
_BRACKETED_CREDIT_RE = re.compile(
    rf"^[（(]\s*(?:本报|特约|见习|实习)?(?:{_CREDIT_LABELS})[^（）()]{{0,40}}[）)]$"
)
# 本报乙城6月8日电, 本报北京5月6日讯: a paper's dateline with its place and day (电 or 讯 set apart: 5月6日电视电话会议)
_PLACED_DATELINE_RE = re.compile(
    rf"^据?[\u4e00-\u9fff·]{{2,16}}\d{{1,2}}月\d{{1,2}}日(?:[讯訊]|{_DATELINE_DIAN})"
)


def opens_report(content: str) -> bool:
    """A newspaper's dateline, alone or opening its report (本报讯, 新华社北京3月9日电 …, （记者 张三）): the report's
    first words, never its headline."""
    key = content.strip()
    return any(p.match(key) is not None for p in (_NEWS_LEAD_RE, _BRACKETED_CREDIT_RE, _PLACED_DATELINE_RE))


def over_news_report(group: TitleGroup, lines: list[Line]) -> bool:
    """The first prose under the title lines of ``group`` opens a news report: a news lead, or the day it tells of."""
    below = group.first + group.n_lines
    for line in lines[below : below + REPORT_LEAD_LINES]:
        content = line.content.strip()
        if line.is_furniture or _CLAUSE_MARK_RE.search(content) is None:
            continue  # (a dateline, a credit, ··, 分享:)
        return is_news_lead(content) or _REPORT_DAY_RE.match(content) is not None
    return False


def headline_line(line: Line) -> bool:
    """A line that may be (part of) a headline: short, no sentence, no page chrome, no field, date, 文号, organ."""
    content = line.content.strip()
    key = squeeze(content)
    return (
        not line.is_furniture
        and not content.startswith(_BULLET_GLYPHS)  # • 使用浏览器打开: a menu's item
        and TITLE_MIN_CHARS <= len(key) <= TITLE_MAX_CHARS
        and re.search(r"[\u4e00-\u9fff]", key) is not None
        and _PROSE_RE.search(key) is None
        and _CHROME_MARK_RE.search(key) is None
        and not key.endswith(("：", ":"))
        and _POSTED_DAY_RE.search(key) is None  # a day of posting or printing (《X日报》（2024年3月2日 2版）)
        and not is_labelled_field(key)
        and drop_title_label(key) == key  # 原标题:X — a label the document rules read
        and not is_date_line(key.strip("（()）〔〕[]"))
        and not is_doc_number_line(key)
        and not is_issuer_line(key)
        and not is_dateline(key)
        # 一、听证时间和地点 over 2031年5月12日9:00: a part's heading over its time, no headline
        and not is_part_heading(key)
    )


def _caption_under_headline(lines: list[Line], k: int, start: int) -> bool:
    """The line over the news lead ``lines[k]`` ends as a photo's caption (新闻发布会现场, 本报资料图) under a
    headline-like line: a caption set between a headline and its lead, never joined to the headline. Only there: a
    headline may end in 现场 itself (直击…现场), and a dateline is printed right under a headline, not under a caption."""
    if k - 2 < start:
        return False
    caption = lines[k - 1]
    return (
        squeeze(caption.content.strip()).endswith(_PHOTO_CAPTION_ENDS)
        and headline_line(caption)
        and headline_line(lines[k - 2])
    )


def news_headline(lines: list[Line], start: int) -> TitleGroup | None:
    """The headline over a dateline or a news lead among the first lines from ``start``, when it names no kind of
    document (one that does is a title line the document rules read)."""
    stop = min(len(lines), start + HEAD_LINES + 1)
    for k in range(start + 1, stop):
        under = lines[k].content
        if not (is_dateline(under) or is_news_lead(under) or _reporter_lead(under)):
            continue
        if is_news_lead(under) and _caption_under_headline(lines, k, start):
            return None  # the document rules read the headline over the caption
        # 甲名单公布 / 我市9村入选 / □记者 乙 / 本报讯 …: the reporter's byline stands between headline and lead
        end = k - 1 if k - 1 > start and _byline(lines[k - 1].content) else k
        count = 0
        while (
            count < HEADLINE_MAX_LINES and end - count - 1 >= start and headline_line(lines[end - count - 1])
        ):
            count += 1
        if count == 0:
            return None
        first = end - count
        text = clean_title("".join(lines[i].content.strip() for i in range(first, end)))
        if ends_with_doc_type(drop_page_note(text)):
            return None  # 甲市X条例全文: a title line, the document rules' to read
        return TitleGroup(first=first, count=count, status_line=False, text=text, strong=False)
    return None


def _set_aside_under(lines: list[Line], k: int, text: str) -> list[str]:
    """The lines of ``text`` between the line ``lines[k]`` and the next content line: the lines the page's chrome set
    aside there (a dateline, a breadcrumb), stripped, blank ones left out."""
    below = lines[k + 1].content_start if k + 1 < len(lines) else lines[k].end
    raw = text[lines[k].content_start : below].split("\n")[len(lines[k].soft_breaks) + 1 :]
    return [part.strip() for part in raw if part.strip()]


def _line_under(lines: list[Line], k: int, text: str) -> str:
    """The first line of ``text`` under the line ``lines[k]``: a line the chrome set aside, or the next content line."""
    set_aside = _set_aside_under(lines, k, text)
    if set_aside:
        return set_aside[0]
    return lines[k + 1].content.strip() if k + 1 < len(lines) else ""


def _dated(lines: list[Line], k: int, text: str) -> bool:
    """A dateline (2018-08-03 16:02 来源:甲局网站) or a reprint's 原标题: stands right under ``lines[k]``."""
    under = _line_under(lines, k, text)
    return is_dateline(under) or _ORIGINAL_HEADLINE_RE.match(under) is not None


def _credited(lines: list[Line], k: int, text: str) -> bool:
    """A dateline or a credit (来源:甲报, 责编:乙) stands right under ``lines[k]``: it is a headline itself."""
    return _dated(lines, k, text) or _CREDIT_LINE_RE.match(_line_under(lines, k, text)) is not None


def dated_headline_under(lines: list[Line], start: int, text: str, above: TitleGroup) -> TitleGroup | None:
    """The headline of a news page under the page's chrome: the first headline-like line below ``above`` (a weak
    line naming no kind of document: a site's name, an app's button, a spam line, an image's caption) with its
    dateline or its 原标题: right under it. A line right over the headline may be its kicker or the headline over its
    subtitle, so ``above`` must stand apart from it (a line or a set-aside line between)."""
    last = above.first + above.n_lines - 1
    if _credited(lines, last, text):
        return None  # 甲区妇联开展X活动 / 来源:乙 / 责编:丙 / 时间:…: the line above is the headline
    for k in range(last + 1, min(len(lines), start + HEAD_LINES + 1)):
        if not _dated(lines, k, text):
            continue
        if (
            not headline_line(lines[k])
            or _CREDIT_LINE_RE.match(lines[k].content) is not None  # 责编:丙 over 时间:…
            or (k == last + 1 and not _set_aside_under(lines, last, text))
        ):
            return None
        return TitleGroup(
            first=k, count=1, status_line=False, text=clean_title(lines[k].content), strong=False
        )
    return None


def dated_headline_at_head(lines: list[Line], start: int, text: str) -> TitleGroup | None:
    """The first headline-like line of the page when a dateline or a 原标题: stands right under it and it names no kind
    of document (市人大法制委员会召开第二次会议 / 发布时间:2031-01-16 09:09 来源:甲日报)."""
    for k in range(start, min(len(lines), start + HEAD_LINES + 1)):
        if not headline_line(lines[k]):
            continue
        if not _dated(lines, k, text) or _CREDIT_LINE_RE.match(lines[k].content) is not None:
            return None
        title = clean_title(lines[k].content)
        if ends_with_doc_type(title):
            return None
        return TitleGroup(first=k, count=1, status_line=False, text=title, strong=False)
    return None


def headline_over(found: str | None, group: TitleGroup | None, headline: TitleGroup) -> bool:
    """The headline is the page's title over what the document rules found: nothing, or a part of the headline
    read from the headline's own lines (a title line below the dateline is the document's own, and stays)."""
    if not found:
        return True
    if group is None or not headline.first <= group.first < headline.first + headline.count:
        return False
    key, title = squeeze(found), squeeze(headline.text)
    return key != title and key in title


# …纲要(附全文) 发布时间:2021-06-08 17:12: a news page's dateline field run onto its headline's line; the gap is
# matched only from its first blank (a search from every blank of a long run was quadratic in the regex engine)
_GLUED_DATELINE_RE = re.compile(
    rf"(?<![{LINE_SPACES}])[{LINE_SPACES}]+[\u4e00-\u9fff]{{0,4}}(?:时间|日期)\s*[:：]\s*{_POSTED_DAY}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)


def dated_headline(lines: list[Line], start: int) -> str | None:
    """The headline of a news page whose dateline runs on its line (…纲要(附全文) 发布时间:…), the dateline and the
    site's note dropped, when it names a kind of document. The page's chrome by its form, it is the title only where
    the text gives no heading of its own (read last)."""
    for k in range(start, min(len(lines), start + HEAD_LINES)):
        content = lines[k].content.strip()
        glued = _GLUED_DATELINE_RE.search(content)
        if glued is None:
            continue
        headline = drop_page_note(drop_appended_note(content[: glued.start()]))
        if is_labelled_field(headline):
            continue  # 主题分类：规划计划 发布日期：…: a row of the page's metadata box, its date field last
        if not ends_with_doc_type(headline):
            return None
        return _named_in_lead(lines, k + 1, clean_title(headline)) or clean_title(headline)
    return None


_LEAD_NAME_RE = re.compile(r"^[^:：]{1,16}[讯訊]\s*[:：]\s*(?P<name>[^，,。；:：《》]{6,80})[，,]")
SAME_ENDING_CHARS = 4  # a short name and a full one of one document end with the same words (…远景目标纲要)


def _named_in_lead(lines: list[Line], k: int, headline: str) -> str | None:
    """The full name a news lead opens with (甲网讯:甲省国民经济和社会发展第十四个五年规划纲要,根据…) when the headline
    gives a short one of the same document (its place first, the same last words)."""
    under = next((line.content.strip() for line in lines[k : k + 2] if line.content.strip()), "")
    m = _LEAD_NAME_RE.match(under) if is_news_lead(under) else None
    if m is None:
        return None
    name = m.group("name")
    if not ends_with_doc_type(name) or name == headline or name[:2] != headline[:2]:
        return None
    return name if name[-SAME_ENDING_CHARS:] == headline[-SAME_ENDING_CHARS:] else None

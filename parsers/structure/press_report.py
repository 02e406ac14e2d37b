"""A newspaper's report of a call for comments: its headline is the page's title, and no notice stands apart.

A news item on a draft (《甲市X办法》公开征求意见 / 本报讯(记者 乙)…市局发布《X（征求意见稿）》…) reads like a call: its
headline names the draft, its sentences the way to send comments. What shows it is the press's report and not the
organ's own call is who writes it: a news lead (本报讯, 甲网讯), a reporter's credit (记者, 通讯员) or a newspaper's credit
(来源:甲日报) in the lines right under the headline. With no credit, a reporter's lead shows it (round 29: 甲日前公布
《X》, 12月11日起《X》开始征求意见; report_opening.told_by_reporter) under a headline that tells of the call, no organ
speaking in the first person or calling now. When the draft has no heading of its own in the text (it is only named
in the report's sentences), the headline is the title and the report has no covering notice and no stage of its
own; a draft whose own heading follows keeps its title (the call's page that prints the draft), and so does a draft
the report attaches (附件:《X（征求意见稿）》): the page carries the draft itself. A report that hands the document it
names over to its text (…印发了《X》。/《X》主要内容如下。, then X's preface and parts) carries X: X is the title, and the
headline over the report is no covering notice's.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.structure.furniture import furniture_data, newspaper_credit
from parsers.structure.headline import is_news_lead
from parsers.structure.lines import Line, squeeze
from parsers.structure.report_opening import told_by_reporter
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import TitleGroup

REPORT_LINES = 5  # the lines under the headline where a news item names who writes it
# 附件:《X》, 附件1. X: an attachment's line, naming what the page carries
_ATTACHMENT_RE = re.compile(r"^附件\s*\d*\s*[:：.．、]?")
# 《X》主要内容如下。/ 全文如下: a line that hands the document it names over to the text under it
_HAND_OVER_RE = re.compile(r"如下\s*[:：。]?\s*$")


@cache
def _reporter_credits() -> tuple[str, ...]:
    return tuple(furniture_data()["web"]["reporter_credits"])


@cache
def _reporter_credit() -> re.Pattern[str]:
    """A credit in its own form: the word at a line's start after at most a desk's word, or a few characters after an
    opening bracket or a slash (（本报记者 甲）, (某台记者 乙), 记者 乙 报道, 文/通讯员 丙); 保障记者合法权益 in a call's body
    is no credit."""
    words = "|".join(re.escape(w) for w in _reporter_credits())
    desk = "(?:本报|本台|本网|总台|總台|特约|特約|见习|見習|首席)*"
    # 甲城网记者:乙丙, 甲报记者 乙: the paper's or site's name before the word, a colon or a space and the name after
    named = rf"^[^\s，,。；;：:（()）《》]{{2,8}}?(?:{words})[:：\s]+\S"
    return re.compile(rf"(?:^{desk}|[（(【\[/／|｜][^，,。；;：:（()）]{{0,4}}?)(?:{words})|{named}")


def _writes_the_press(content: str) -> bool:
    key = squeeze(content)
    return (
        is_news_lead(content)
        or _reporter_credit().search(key) is not None
        or bool(newspaper_credit().search(key[:60]))
    )


@cache
def _asked_for() -> tuple[str, ...]:
    return tuple(titles_data()["asked_for"])


def _tells_of_call(headline: str, name: str | None) -> bool:
    """The headline tells of the call its report tells of: it names the draft, or the comments asked for (意见, 建议).
    A spam line over a report (甲订阅哦!) tells of nothing."""
    key = squeeze(headline)
    return bool(name) and squeeze(name) in key or any(word in key for word in _asked_for())


def reported_by_press(
    lines: list[Line], head: TitleGroup, group: TitleGroup | None, name: str | None
) -> bool:
    """The lines right under the headline ``head`` credit the press (a news lead, a reporter or a newspaper), the
    draft ``name`` the report quotes has no heading of its own (``group``), and no attachment line names it."""
    if group is not None:
        return False
    below = head.first + head.n_lines
    shown = [line for line in lines[below:] if line.content.strip()][:REPORT_LINES]
    if not any(_writes_the_press(line.content) for line in shown) and not (
        _tells_of_call(head.text, name) and told_by_reporter([line.content for line in shown])
    ):
        return False
    key = squeeze(name or "")
    return not key or not any(
        _ATTACHMENT_RE.match(line.content.strip()) and key in squeeze(line.content) for line in lines[below:]
    )


def hands_over(lines: list[Line], head: TitleGroup, name: str | None) -> bool:
    """A line of the report under the headline ``head`` names the document ``name`` and hands it over to the text
    under it (《X》主要内容如下。): the page carries the document, not only the press's account of it."""
    key = squeeze(name or "")
    below = head.first + head.n_lines
    return bool(key) and any(
        key in squeeze(line.content) and _HAND_OVER_RE.search(line.content.strip())
        for line in lines[below : below + 2 * REPORT_LINES]
    )

"""A text that tells how a finished call for comments went: a note on the draft, not the draft nor the call.

A call for comments hands a draft over and asks (现将《X（征求意见稿）》公布，征求社会各界意见，请于…前反馈): a text
stored without its heading that opens so is titled by the draft. A text that reports on the call once it is over
names the same draft in the same words (起草了《X（征求意见稿）》，向社会公开征求意见), but goes on to tell what came of
it: comments received or none (共收到意见3条, 未收到意见), comments taken up (意见已采纳, 吸纳了专家的建议), or it
sets out how the consultation went or how the draft was written (现将征求意见情况说明如下, 现将《X》的起草说明如下). Such
a text is about the draft; without a heading of its own it carries no title. A text that asks for comments now (欢迎
…提出意见, 现公开征求意见) or hands a document over (现将《X》印发给你们) stays what it hands over, whatever it tells of
an earlier round.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.match_starts import search
from parsers.patterns import alternation
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data

REPORT_LINES = 6  # the lines of a text's opening where a report on a call tells its outcome

_CLAUSE = r"(?:《[^《》]*》|[^。；，,：:《])"  # within a clause; a quoted name counts as one


@cache
def _outcome() -> re.Pattern[str]:
    data = titles_data()
    received = alternation(data["received_words"])
    adopted = alternation(data["adopted_words"])
    asking = alternation(data["asking_verbs"])
    explanations = alternation(data["explanation_kinds"])
    none = f"(?:{alternation(data['call_none_words'])})"  # 未收到意见: none received
    count = rf"\d+\s*(?:{alternation(data['call_count_measures'])})"  # 收到意见3条: so many received
    views = f"(?:{alternation(data['call_view_words'])})"
    taken_up = alternation(data["call_taken_up_words"])
    return re.compile(
        rf"{none}\s*(?:{received}){_CLAUSE}{{0,20}}?{views}"  # 未收到相关意见
        rf"|(?:{received}){_CLAUSE}{{0,20}}?{views}{_CLAUSE}{{0,6}}?{count}"  # 收到意见建议3条
        rf"|(?:{received}){_CLAUSE}{{0,12}}?{count}{_CLAUSE}{{0,12}}?{views}"  # 收到3条意见
        rf"|{views}{_CLAUSE}{{0,12}}?(?:{taken_up})\s*(?:{adopted})"  # 意见已采纳
        rf"|(?:{adopted})了{_CLAUSE}{{0,20}}?{views}"  # 吸纳了专家的意见
        rf"|(?:{adopted})情况"  # 意见采纳情况
        rf"|(?:{asking}){views}{{1,2}}(?:的)?(?:情况|结果)"  # 征求意见情况
        rf"|(?:{explanations})如下"  # 现将《X》的起草说明如下
    )


def call_words(key: str) -> str:
    """The words of ``key`` in titles.toml as one group of alternatives (longer first)."""
    return f"(?:{alternation(titles_data()[key])})"


@cache
def replies_asked() -> str:
    """The source of a pattern for replies asked for now: welcomed (欢迎…提出) or asked for by a day (请于…前反馈);
    the covering notices here and the news reports of a call (report_opening) read it."""
    return (
        rf"{call_words('call_welcome_words')}[^。；]{{0,40}}{call_words('call_reply_verbs')}"
        rf"|{call_words('call_request_words')}[^。；]{{0,40}}{call_words('call_deadline_preps')}[^。；]{{0,30}}"
        rf"{call_words('call_deadline_ends')}"
    )


# what a call or a covering notice says now: asks (欢迎…提出, 请于…前反馈, 现公开征求意见) or hands over (现将《X》印发给你们)
@cache
def _asking_now() -> re.Pattern[str]:
    return re.compile(
        rf"{replies_asked()}"
        rf"|现{call_words('call_public_words')}?{call_words('call_open_words')}?{call_words('asking_verbs')}"
        rf"|{call_words('handing_now_leads')}[^。；]{{0,60}}?{call_words('handing_now_acts')}"
    )


def reports_on_call(paragraphs: list[Line], first: int) -> bool:
    """The text's opening, from ``first``, tells the outcome of a call for comments that is over and neither asks
    for comments now nor hands a document over."""
    opening = " ".join(
        line.content.strip()
        for line in paragraphs[first : first + REPORT_LINES]
        if not line.is_furniture and line.content.strip()
    )
    # (_outcome opens with words after optional ones: search passes over the positions none of them opens at)
    return search(_outcome(), opening) is not None and not _asking_now().search(opening)

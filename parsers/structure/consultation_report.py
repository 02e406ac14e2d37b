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

from parsers.patterns import alternation
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data

REPORT_LINES = 6  # the lines of a text's opening where a report on a call tells its outcome

_NOT = r"(?:未|没有|暂未|均未|尚未)"  # 未收到意见: none received
_COUNT = r"\d+\s*(?:条|件|份|项|人次)"  # 收到意见3条: so many received
_VIEWS = r"(?:意见|建议)"
_CLAUSE = r"(?:《[^《》]*》|[^。；，,：:《])"  # within a clause; a quoted name counts as one


@cache
def _outcome() -> re.Pattern[str]:
    data = titles_data()
    received = alternation(data["received_words"])
    adopted = alternation(data["adopted_words"])
    asking = alternation(data["asking_verbs"])
    explanations = alternation(data["explanation_kinds"])
    return re.compile(
        rf"{_NOT}\s*(?:{received}){_CLAUSE}{{0,20}}?{_VIEWS}"  # 未收到相关意见
        rf"|(?:{received}){_CLAUSE}{{0,20}}?{_VIEWS}{_CLAUSE}{{0,6}}?{_COUNT}"  # 收到意见建议3条
        rf"|(?:{received}){_CLAUSE}{{0,12}}?{_COUNT}{_CLAUSE}{{0,12}}?{_VIEWS}"  # 收到3条意见
        rf"|{_VIEWS}{_CLAUSE}{{0,12}}?(?:已|均已|予以|进行了?|全部|部分)\s*(?:{adopted})"  # 意见已采纳
        rf"|(?:{adopted})了{_CLAUSE}{{0,20}}?{_VIEWS}"  # 吸纳了专家的意见
        rf"|(?:{adopted})情况"  # 意见采纳情况
        rf"|(?:{asking}){_VIEWS}{{1,2}}(?:的)?(?:情况|结果)"  # 征求意见情况
        rf"|(?:{explanations})如下"  # 现将《X》的起草说明如下
    )


# what a call or a covering notice says now: asks (欢迎…提出, 请于…前反馈, 现公开征求意见) or hands over (现将《X》印发给你们)
_ASKING_NOW_RE = re.compile(
    r"欢迎[^。；]{0,40}(?:提出|反馈|提供|参与)"
    r"|请[^。；]{0,40}(?:于|在)[^。；]{0,30}前"
    r"|现(?:向社会|面向社会)?(?:公开)?(?:征求|征集|征询)"
    r"|现(?:将|予|把)[^。；]{0,60}?(?:印发给|转发给|下发给|予以?印发|予以?公布|全文公布|公布如下|予以公示|公示如下)"
)


def reports_on_call(paragraphs: list[Line], first: int) -> bool:
    """The text's opening, from ``first``, tells the outcome of a call for comments that is over and neither asks
    for comments now nor hands a document over."""
    opening = " ".join(
        line.content.strip()
        for line in paragraphs[first : first + REPORT_LINES]
        if not line.is_furniture and line.content.strip()
    )
    return bool(_outcome().search(opening)) and not _ASKING_NOW_RE.search(opening)

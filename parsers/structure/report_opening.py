"""A text that opens as a third-person news report on a document, its headline not stored: no title of its own.

A page that reports one document without carrying its text is titled by its own headline (documents.toml, round 25);
stored without that headline, it is a fragment (title ""). Its first sentence names the document as covering
sentences do (甲局就《X（征求意见稿）》公开征求意见, 乙省人民政府印发《Y》), so the rules that title a call or a notice
stored without its heading by the name its first sentence hands over would take the report for the document. What
shows the report is how the sentence opens, as a reporter writes it (round 29: a third-person lead is a report):

- on the day it tells of, before its first comma (10月19日，, 昨日，, 近日，), also after a purpose clause
  (为加强X，近日，…) or a report's lead label (摘要:, 导语:);
- on a news agency's or paper's credit (本报讯, 甲网讯:) — headline.is_news_lead.

A report of a call for comments on one named draft, the draft's name with its stage in brackets (甲网站就《X条例（草案
征求意见稿）》启动意见征集), is the call told in news: heldout42's decision (documents.toml) titles it by the draft, so
such a lead is read as the call, not as a report (names_a_draft). D9 (round 31) keeps that to a public call: the report
says the public is asked (公开征求意见, 面向社会各界征集) or how or by when to reply (欢迎…提出, 请于…前反馈); a meeting, a
survey or a research visit that collects opinions on the draft (调研组到乙市征求《X（草案）》的意见建议) calls nobody,
and its report is a fragment (calls_the_public).

An organ's own call or notice speaks in the first person or hands the text over now (现将《X》公布, 我局起草了《X》,
本机关…): such an opening is never a report, whatever day it names.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.numbers import CN_ALL_DIGIT_CHARS
from parsers.patterns import alternation
from parsers.status import split_status
from parsers.structure.consultation_report import call_words, replies_asked
from parsers.structure.headline import is_news_lead, report_day_pattern
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ADDRESSEE_RE, TITLE_MAX_CHARS

REPORT_LINES = 3  # the organ's own first person stands in the call's first paragraphs


@cache
def _report_day() -> re.Pattern[str]:
    """The day a report opens on, after an optional lead label and purpose clause: (摘要：)(为X，)10月19日(上午)，"""
    data = titles_data()
    label = alternation(data["report_lead_labels"])
    purpose = alternation(data["purpose_words"] + data["ground_words"])
    return re.compile(
        rf"^\s*(?:(?:{label})\s*[:：]\s*)?(?:(?:{purpose})[^。；]{{2,80}}?[，,]\s*)?{report_day_pattern()}\s*[，,]"
    )


@cache
def _first_person() -> re.Pattern[str]:
    """An organ speaking for itself (我局, 本机关) or handing the text over or calling now (现将, 现予, 现就)."""
    data = titles_data()
    organs = alternation(data["first_person_organs"])
    pronouns = alternation(data["first_person_pronouns"])
    now = alternation(data["handing_now_leads"] + data["calling_now_leads"])
    # (not 本办法, 本部分: a text naming itself or its part)
    return re.compile(rf"(?:{pronouns})(?:{organs})(?![法分])|{now}")


def opens_as_report(lead: str) -> bool:
    """``lead`` (the text's first paragraph) opens as a report does: on the day it tells of, or a news credit."""
    key = lead.strip()
    return bool(_report_day().match(key) or is_news_lead(key))


# a day's numeral: 26日前, 十日前 (before the day) are a deadline, not 日前 (lately)
_DAY_NUMERALS = re.escape(CN_ALL_DIGIT_CHARS + "十拾")


@cache
def _told_under_headline() -> re.Pattern[str]:
    """How a reporter's lead under a headline tells of the day, where an organ's own call does not: from the day on
    (12月11日起，《X》开始征求意见), the actor then the day it acted (甲省法制办日前公布《X》), or a clause of the day alone
    in the first sentence (两会将近，昨天下午，市长就《X》…征求意见)."""
    day = report_day_pattern()
    words = alternation(titles_data()["report_day_words"])
    return re.compile(
        rf"^\s*(?:{day})起\s*[，,]|^[^，,。；《》]{{2,30}}?(?<![\d０-９{_DAY_NUMERALS}])(?:{words})(?!起)"
        rf"|^[^。；]{{0,40}}?[，,]\s*(?:{day})\s*[，,]"
    )


def told_by_reporter(contents: list[str]) -> bool:
    """``contents`` (the lines under a headline) hold a reporter's lead (as opens_as_report, or telling of the day as
    _told_under_headline reads) and none speaks for an organ: the page reports a call, it is not the call (round 29: a
    third-person lead with no first person is a report, titled by its headline)."""
    return any(opens_as_report(c) or _told_under_headline().match(c) for c in contents) and not any(
        speaks_for_itself(c) for c in contents
    )


def speaks_for_itself(content: str) -> bool:
    """``content`` is an organ's own words: its first person, its handing over or calling now, its addressees, or the
    heading of its own call or notice stored under the report (《X（征求意见稿）》意见的公告: a report quotes, it has no
    heading)."""
    key = content.strip()
    own_heading = len(key) <= TITLE_MAX_CHARS and key.endswith(tuple(titles_data()["covering_kinds"]))
    # (各区人民政府，市直各单位： a notice's addressees, …现转发给你们: the organ speaking to them; a report has neither)
    addressed = ADDRESSEE_RE.match(key) is not None or any(
        pronoun in key for pronoun in titles_data()["addressee_pronouns"]
    )
    return own_heading or addressed or _first_person().search(content) is not None


def reports_on(contents: list[str]) -> bool:
    """``contents`` (the text's first paragraphs, the lead first) open as a third-person report on a document: the
    lead opens as a report and none of the first REPORT_LINES speaks for an organ."""
    return (
        bool(contents)
        and opens_as_report(contents[0])
        and not any(speaks_for_itself(content) for content in contents[:REPORT_LINES])
    )


_QUOTED_RE = re.compile(r"《([^《》]+)》")


def names_a_draft(content: str) -> bool:
    """``content`` quotes a name with its stage in brackets (《X条例（草案征求意见稿）》): a draft put out for comment."""
    return any(split_status(m.group(1))[1] for m in _QUOTED_RE.finditer(content))


@cache
def _public_call() -> re.Pattern[str]:
    """A call on the public (D9): the public asked (公开征求, 向社会征求, 面向社会各界征集), replies welcomed (欢迎…提出)
    or asked for by a day (请于…前反馈)."""
    # (a gap within the clause: 面向社会各界征集, 公开向社会征集, and a gloss of a traditional-character page)
    return re.compile(
        rf"(?:{call_words('call_public_words')}|{call_words('call_open_words')})[^。；，,]{{0,12}}?{call_words('asking_verbs')}"
        rf"|{replies_asked()}"
    )


def calls_the_public(content: str) -> bool:
    """``content`` tells of a call on the public for comments, not of a meeting or a visit collecting them (D9)."""
    return _public_call().search(content) is not None

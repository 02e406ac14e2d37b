"""The body a report's lead names as putting a document out: 7月7日，甲市住房和城乡建设局发布了《X（征求意见稿）》;
本报讯(记者 乙)近日，省政府法制办就《Y（草案）》公开向社会征求意见; 丙网讯:丁部、戊局联合印发了《Z》.

A news page (or a call stored with its news lead) reports the document and names who issued it in its first sentence:
after the report's credit (本报讯(记者 X), 甲网讯:, 中新网8月11日电, 导读:, 据甲局网站消息，) and the day it tells
of (10月17日，, 近日，), the sentence opens on the body and its act of putting the document out (titles.toml
reported_acts). A body the reporter learned the news from (记者从甲局获悉，) acts too when the sentence tells of a call
(征集, 征求意见: titles.toml reported_call_words), unless another body opens the clause after it. Read last, like
``lead_issuer.acting_body``, when nothing else names the issuer (documents.toml, round 28: the lead of a page
reporting a call or notice).
"""

from __future__ import annotations

import re

from parsers.patterns import CLAUSE_ENDS, alternation
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import rules

_DATA = titles_data()
# the report's credit: 本报讯（记者 甲）, 甲网讯:, 乙网11月15日讯, 中新网8月11日电, 甲晚报 乙网 丙新闻讯, 【本报讯】,
# 导语 / 导读: / 核心提示:, 据甲局网站消息，
_CREDIT_RE = re.compile(
    r"[?？\s]*(?:[【\[][^】\]]{1,12}[】\]]"
    r"|(?:[\u4e00-\u9fffA-Za-z·]{1,10}\s+){0,3}(?:本报|[\u4e00-\u9fffA-Za-z·]{1,10}(?:网|报|社|台|端|新闻))"
    r"(?:\d{1,2}月\d{1,2}日)?(?:讯|电)"
    r"\s*(?:[（(][^）)]{0,24}[）)])?\s*[:：]?"
    rf"|(?:{alternation(_DATA['report_lead_labels'])})\s*[:：]?"
    r"|据[^，,。；;]{1,30}?消息\s*[，,]?)\s*"
)
# the day it tells of: 10月17日，, 2024年12月11日，, 近日，, 刚刚，
_DAY_RE = re.compile(
    rf"(?:(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日|{alternation(_DATA['report_day_words'] + _DATA['report_now_words'])})"
    rf"(?:{alternation(_DATA['report_day_parts'])})?\s*[，,]?\s*"
)
_LEARNED_FROM_RE = re.compile(r"记者(?:近日|日前)?从(?P<body>[^，,。；;]{2,30}?)(?:获悉|了解到)\s*[，,]\s*")
_CLAUSE_END_RE = re.compile(r"[，,。；;：:]")
_PROSE_MARK_RE = re.compile(r"[，,。；;]")
_SENTENCE_END_RE = re.compile(f"[{CLAUSE_ENDS}]")
# the manner of the act (联合发布, 向社会公开征集), after a word of an act to come (将向社会…) when it is one
MANNER = (
    rf"(?:(?:{alternation(_DATA['reported_future_words'])})?(?:{alternation(_DATA['reported_act_manners'])}))"
)
_ACT_RE = re.compile(rf"{MANNER}?(?:{alternation(_DATA['reported_acts'])})")
# the time a report puts between a body and its act (7日, 近日, 日前: titles.toml report_day_words), no part of the body
REPORT_TIME = rf"(?:\d{{1,2}}月)?\d{{1,2}}日|{alternation(_DATA['report_day_words'])}"
_WHEN_RE = re.compile(REPORT_TIME)
_CALL_RE = re.compile(alternation(_DATA["reported_call_words"]))
_JOINT_RE = re.compile(r"\s*[、\s]\s*")
# a clause that sets the call's purpose or day before its body: 为推进X, 为了X, 自即日起, 从下月1日起 (titles.toml
# purpose_words; not ground_words, 根据X安排: a body 根据…起草了《Y》，报请市人民政府审议 drafts for another, round 13)
_SETTING_CLAUSE_RE = re.compile(
    rf"(?:(?:{alternation(_DATA['purpose_words'])})[\u4e00-\u9fff]|[自从][^，,。；;]{{1,12}}起$)"
)
LEAD_CLAUSES = 3  # the body opens the first clause, or the one after a purpose's or a day's
LEAD_PARAGRAPHS = 3  # the report's lead is among its first paragraphs of prose
LEAD_SENTENCES = 2  # and among a paragraph's first sentences (甲市X立法加速！7月7日，甲局发布了…)


def reporting_lead_body(paragraphs: list[Line]) -> str | None:
    """The body (or the joint bodies, joined by 、) a report's first sentence names as putting the document out,
    or None."""
    seen = 0
    for line in paragraphs:
        content = line.content.strip()
        if not _PROSE_MARK_RE.search(content):
            continue  # (a headline, a dateline 来源:X, a menu: no sentence)
        seen += 1
        if seen > LEAD_PARAGRAPHS:
            break
        for sentence in _SENTENCE_END_RE.split(content, maxsplit=LEAD_SENTENCES)[:LEAD_SENTENCES]:
            body = _body_of(sentence)
            if body is not None:
                return body
    return None


def _body_of(sentence: str) -> str | None:
    # a report of a document issued (甲局印发《X》) names the page's subject, not its issuer (asked first: most sentences
    # name no call, and the readings below are pure)
    if not _CALL_RE.search(sentence):
        return None
    at = 0
    while (m := _CREDIT_RE.match(sentence, at)) is not None and m.end() > at:
        at = m.end()
    day = _DAY_RE.match(sentence, at)
    at = day.end() if day else at
    learned = _LEARNED_FROM_RE.match(sentence, at)
    if learned is not None:
        at = learned.end()
    clauses = _CLAUSE_END_RE.split(sentence[at:], maxsplit=LEAD_CLAUSES)
    # 为推进X，甲厅近日发布《Y（征求意见稿）》; 自即日起，甲办面向社会公开征集: the body opens the clause after the
    # purpose or the day the call starts (round 28: 为…，X拟/决定…)
    while len(clauses) > 1 and _SETTING_CLAUSE_RE.match(clauses[0].strip()):
        clauses = clauses[1:]
    clause = clauses[0]
    body = _actor_before_act(clause)
    if body is not None:
        return body
    source = learned.group("body") if learned else None
    if source and _is_body(source):
        return source  # 记者从甲局获悉，…公开征集…: the body that told of its call
    return None


def _is_body(words: str) -> bool:
    """A body's name whole, not a clause that opens on a word of purpose or ground (根据甲部…, 为落实乙委…) or on a
    word that points back or at many (本局, 各地)."""
    openings = tuple(_DATA["purpose_words"] + _DATA["ground_words"] + _DATA["not_acting_openings"])
    return bool(rules().issuer_part.fullmatch(words)) and not words.startswith(openings)


def _actor_before_act(clause: str) -> str | None:
    """甲局发布了…, 乙部、丙局联合发布…, 丁办日前公布…: the bodies the clause opens on, right before the act."""
    for act in _ACT_RE.finditer(clause):  # (the first act after whole organs: 甲就业局发布 is no 就《)
        words = _WHEN_RE.sub("", clause[: act.start()]).strip()
        parts = [part for part in _JOINT_RE.split(words) if part]
        if parts and all(_is_body(part) for part in parts):
            return "、".join(parts)
    return None

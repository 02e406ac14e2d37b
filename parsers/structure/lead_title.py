"""A text with no title line of its own, whose first sentence issues or publishes one named document.

A page may drop a document's heading and start with the sentence that hands it over: 甲市人民政府发布《X的通告》，
具体内容如下：…, or a call for comments that starts 乙局将《X办法（征求意见稿）》全文公布，征求社会各界意见. The text
is then that document (or the call about it): its title is the one name the first sentence issues, its status
the status words in the name's brackets. A name the sentence only cites (根据《Y》) is not it, nor is one of two
or more names issued together (no single document to name), nor one no handing word governs (《X》由…起草完成:
a mention, not a handover).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from parsers.patterns import alternation, in_order
from parsers.status import split_status
from parsers.structure.consultation_report import reports_on_call
from parsers.structure.covering import (
    ALIAS_RE,
    CONJUNCTION_RE,
    QUOTED_RE,
    modifies_a_document,
    names_in_sentences,
)
from parsers.structure.lines import Line
from parsers.structure.report_opening import REPORT_LINES, calls_the_public, names_a_draft, reports_on
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ADDRESSEE_RE, ends_with_doc_type, rules

FIRST_SENTENCE_RE = re.compile(r"[。；！？]")
HANDOVER_RE = re.compile(r"如下\s*[:：]?\s*$")


@cache
def _issuing_before() -> re.Pattern[str]:
    """An issuing verb (data issuing_verbs) or a news word for the same act (announcing_words, effect_words: 出台) at the end of the
    words before a name: 发布《X》, 公布《X》, 出台《X》."""
    announcing = alternation(titles_data()["announcing_words"] + titles_data()["effect_words"])
    return re.compile(rf"(?:{rules().issuing_verb.pattern}|{announcing})\s*$")


# the words that hand a name over when they stand right before it: 将《X》全文公布, 起草了《X》, 发布《X》
HANDING_RE = re.compile(r"(?:将|起草了|草拟了|形成了?|拟定了|制定了|编制了|修订了)\s*$")
# a drafting word alone (起草了《X》) reports a past act, as a 起草说明 or a news item about X does; it hands X over
# only when its paragraph goes on to call for comments on it or to pass its text on (现征求意见, 请反馈, 予以公示, 印发)
DRAFTING_RE = re.compile(r"(?:起草了|草拟了|形成了?|拟定了|制定了|编制了|修订了)\s*$")
CALL_RE = re.compile(r"征求|征集|意见|反馈|公示|印发|如下|发布|公布")


# a 公告's or 令's number alone on its line: （第1号）
NUMBER_LINE_RE = re.compile(r"^\s*[（(]\s*第\s*[0-9０-９一二三四五六七八九十百〇零]+\s*号\s*[）)]\s*$")
# 拟出台《X》，现请社会各界提出修改意见: an issuing verb before the name and a call for comments on it after, in
# one sentence (a plan put to comment before it is issued)
_CALL_AFTER_RE = re.compile(
    rf"(?:{alternation(titles_data()['asking_verbs'])}"
    rf"|(?:{alternation(titles_data()['giving_verbs'])})[^。；《》]{{0,8}}?(?:{alternation(titles_data()['asked_for'])}))"
)


def _first_naming_sentence(content: str, first_sentence: str) -> str:
    """The lead's first sentence, or, when it quotes no name (殡葬工作事关…。 为…，现将《X》全文公布，征求意见), the
    first sentence of the lead's paragraph that quotes one: the background a call opens with names no document."""
    if "《" in first_sentence:
        return first_sentence
    return next((s for s in FIRST_SENTENCE_RE.split(content) if "《" in s), first_sentence)


SHORT_NAME_RE = re.compile(
    rf"[（(]\s*(?:{alternation(titles_data()['short_name_leads'])})\s*《(?P<short>[^《》]+)》"
)


def _short_name(sentence: str, name: str) -> bool:
    return any(m.group("short") == name for m in SHORT_NAME_RE.finditer(sentence))


def _handed_over(sentence: str, name: str, paragraph: str) -> bool:
    """Some mention of ``name`` (or of a short name given for it) is the object of a handing word, and not a
    modifier of another document (形成了《X》实施情况的报告 hands over a report). A drafting word counts only
    when the paragraph calls for comments or passes the text on after the name."""
    mentions = {name} | {m.group("short") for m in ALIAS_RE.finditer(sentence) if m.group("name") == name}
    return any(
        _hands(sentence, m, paragraph) and not modifies_a_document(sentence, m.end())
        for m in QUOTED_RE.finditer(sentence)
        if m.group(0)[1:-1] in mentions
    )


# 就《X》（简称《Y》）启动意见征集, 对《X》公开征求意见: a call for comments on the name, told after it; a hearing
# held on it (就《X（草案）》拟定的部分条款举行听证) asks the same
ASKED_ABOUT_BEFORE_RE = re.compile(r"(?:就|对)\s*$")
# （以下简称《条例（草案）》）: a short name in brackets after the name
_SHORT_NAME_BRACKETS = r"(?:[（(][^（）()《》]*(?:《[^《》]*》)?[^（）()《》]*[）)])?"


@cache
def _asked_after() -> re.Pattern[str]:
    asking = alternation(titles_data()["asking_verbs"] + titles_data()["hearing_words"])
    return re.compile(rf"\s*{_SHORT_NAME_BRACKETS}[^。；，,《》]{{0,12}}?(?:{asking})")


@cache
def _asked_views() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """听取社会各界对《X》（以下简称条例草案）的意见和建议: the asking verb before 对, the comments after the name."""
    asking = alternation(titles_data()["asking_verbs"])
    return (
        re.compile(rf"(?:{asking})[^。；，,《》]{{0,12}}?(?:对|就)\s*$"),
        re.compile(rf"\s*{_SHORT_NAME_BRACKETS}\s*的?(?:{in_order(titles_data()['asked_for'])})"),
    )


@cache
def _convened_hearing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """召开《X》听证会, 决定举行《X（听证稿）》听证会: a hearing named by the draft it is held on."""
    data = titles_data()
    return (
        re.compile(rf"(?:{alternation(data['convening_verbs'])})\s*$"),
        re.compile(rf"\s*{_SHORT_NAME_BRACKETS}\s*(?:{alternation(data['hearing_words'])})"),
    )


def _asked_about(sentence: str, mention: re.Match[str]) -> bool:
    start, end = mention.start(), mention.end()
    if ASKED_ABOUT_BEFORE_RE.search(sentence, 0, start) and _asked_after().match(sentence, end):
        return True
    return any(
        before.search(sentence, 0, start) and after.match(sentence, end)
        for before, after in (_asked_views(), _convened_hearing())
    )


def _hands(sentence: str, mention: re.Match[str], paragraph: str) -> bool:
    if _issuing_before().search(sentence, 0, mention.start()) or _asked_about(sentence, mention):
        return True
    if not HANDING_RE.search(sentence, 0, mention.start()):
        return False
    drafted_only = DRAFTING_RE.search(sentence, 0, mention.start()) is not None
    return not drafted_only or CALL_RE.search(paragraph, mention.end()) is not None


def lead_title(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one document the text's first sentence issues, or None."""
    first = next(
        (k for k, line in enumerate(paragraphs) if not line.is_furniture and line.content.strip()), None
    )
    if first is not None and NUMBER_LINE_RE.match(paragraphs[first].content):
        # （第1号） / 为…，决定举行《X》听证会: a 公告's number over its lead, the header above it not kept
        first = next((k for k in range(first + 1, len(paragraphs)) if not paragraphs[k].is_furniture), None)
    if first is None:
        return None
    addressed = _addressed(paragraphs[first].content.strip())
    if addressed:
        # 各有关单位： / 我部起草了《X（征求意见稿）》，现公开征求意见: a call addressed as a letter, its lead under
        first = next((k for k in range(first + 1, len(paragraphs)) if not paragraphs[k].is_furniture), None)
        if first is None:
            return None
    paragraphs = _lead_joined(paragraphs, first)
    if reports_on_call(paragraphs, first):
        return None  # …公开征求意见，未收到意见: a note on how the call went names the draft, it is not the draft
    if addressed and not _asking_verb().search(paragraphs[first].content):
        return None  # 各乡镇： / 现将《X》中的任务分解下达: a notice under its addressee, only a call is its draft's
    sentence = FIRST_SENTENCE_RE.split(paragraphs[first].content, maxsplit=1)[0]
    unquoted = _unquoted_call(sentence)
    if unquoted is not None:
        return unquoted, None
    sentence = _first_naming_sentence(paragraphs[first].content, sentence)
    full_text = _full_text_next(paragraphs, first, sentence) or _named_again_below(paragraphs, first)
    if full_text is not None:
        return full_text
    if (
        not HANDOVER_RE.search(sentence)
        # (a public call on one named draft told in news is the draft's: heldout42's decision and D9, documents.toml)
        and not (names_a_draft(sentence) and calls_the_public(paragraphs[first].content))
        and reports_on([line.content for line in paragraphs[first : first + REPORT_LINES]])
    ):
        return None  # 昨日，甲局网站发布通告，就《X》征询意见: a report on X stored without its headline names X only
    names = set(names_in_sentences(paragraphs, first, first + 1))
    # 甲市人民政府发布《X》，具体内容如下: an issuing verb right before the name publishes it when the sentence
    # hands its content over (…如下); 县政府办公室制定印发《X》 alone reports a past act, as a page about X does
    before, issued = _issuing_before(), None
    for m in QUOTED_RE.finditer(sentence):
        # 发布《A》和《B》: a name listed right after an issued one (和, 及, 、) is issued as well
        listed = issued is not None and CONJUNCTION_RE.fullmatch(sentence, issued.end(), m.start())
        issued = m if listed or before.search(sentence, 0, m.start()) else None
        handed_on = issued is not None and (
            HANDOVER_RE.search(sentence, m.end()) or _CALL_AFTER_RE.search(sentence, m.end())
        )
        if handed_on or _asked_about(sentence, m):
            names.add(m.group(0)[1:-1])
    # 《X办法（草案）》（下文称《办法》）: a short name given in brackets after a name is the same document
    names = {name for name in names if name in sentence and not _short_name(sentence, name)}
    # a name the sentence only mentions (《X》由市交通局起草完成, 开展了《X》修订工作, 名称修改为《X》) is not handed over:
    # the text is the one name it hands over (已形成《X（草案征求意见稿）》。现征求意见)
    handed = [name for name in names if _handed_over(sentence, name, paragraphs[first].content)]
    if len(handed) != 1 or any(_listed_with(sentence, handed[0], other) for other in names - {handed[0]}):
        return None  # (起草了《X》和《Y》: two documents handed over together, no single one to name)
    name = handed[0]
    title, status = split_status(name)
    return (title, status) if ends_with_doc_type(title) else None


# 3月1日，甲市人民政府办公室发布关于X的通知征求意见: a notice put up for comments named without quotes, its organ
# before the verb; the notice's title is the organ's (甲…办公室关于X的通知), as its own heading would print it
# (titles.toml unquoted_call_acts, unquoted_call_kinds, unquoted_call_verbs)
_UNQUOTED_CALL_RE = re.compile(
    rf"(?:^|[，,：:])\s*(?P<organ>[^，,。；：:《》]{{2,30}}?)\s*(?:{in_order(titles_data()['unquoted_call_acts'])})了?\s*"
    rf"(?P<title>关于[^，,。；《》]{{4,80}}?的(?:{in_order(titles_data()['unquoted_call_kinds'])}))\s*(?:公开)?"
    rf"(?:{in_order(titles_data()['unquoted_call_verbs'])})"
)


def _unquoted_call(sentence: str) -> str | None:
    call = _UNQUOTED_CALL_RE.search(sentence)
    if call is None or not rules().issuer_part.match(call.group("organ")):
        return None
    return call.group("organ") + call.group("title")


@cache
def _asking_verb() -> re.Pattern[str]:
    return re.compile(alternation(titles_data()["asking_verbs"]))


def _addressed(content: str) -> bool:
    """各有关单位：: whom a letter is addressed to, over its lead (甲市人民政府发布《X》，具体内容如下： hands X over)."""
    return ADDRESSEE_RE.match(content) is not None and "《" not in content and not HANDOVER_RE.search(content)


LEAD_MAX_LINES = 6  # lines a page may break its lead's first sentence into (为进一步规范甲 / 乙管理工作，…)
_LEAD_LINE_END_RE = re.compile(
    r"[。；！？:：]"
)  # (…具体内容如下： hands over what follows: no broken sentence)


def _lead_joined(paragraphs: list[Line], first: int) -> list[Line]:
    """The paragraphs with the lead's first sentence on one line: a page that broke it into short lines (its
    print's width, a name broken inside its brackets) is read as the one sentence it is."""
    stop = first
    while stop < min(len(paragraphs), first + LEAD_MAX_LINES) and not _LEAD_LINE_END_RE.search(
        paragraphs[stop].content
    ):
        stop += 1
    if (
        stop == first
        or stop >= len(paragraphs)
        or any(line.is_furniture for line in paragraphs[first : stop + 1])
    ):
        return paragraphs
    joined = "".join(line.content.strip() for line in paragraphs[first : stop + 1])
    merged = replace(paragraphs[first], end=paragraphs[stop].end, content=joined)
    return [*paragraphs[:first], merged, *paragraphs[stop + 1 :]]


# 《X》全文如下。: the paragraph after the lead hands over the full text of the one document the lead names
FULL_TEXT_RE = re.compile(
    rf"^\s*《(?P<name>[^《》]+)》\s*(?:{alternation(titles_data()['handed_over_texts'] + titles_data()['handed_over_contents'])})"
    r"如下\s*[。:：]?\s*$"
)


def _full_text_next(paragraphs: list[Line], first: int, sentence: str) -> tuple[str, str | None] | None:
    """The paragraph after the lead is ``《X》全文如下``, X a name the lead's first sentence quotes (印发了《X》, 审议
    通过了《X》): the text that follows is X."""
    nxt = next(
        (line for line in paragraphs[first + 1 :] if not line.is_furniture and line.content.strip()), None
    )
    handover = FULL_TEXT_RE.match(nxt.content) if nxt is not None else None
    if handover is None or f"《{handover.group('name')}》" not in sentence:
        return None
    title, status = split_status(handover.group("name"))
    return (title, status) if ends_with_doc_type(title) else None


def _named_again_below(paragraphs: list[Line], first: int) -> tuple[str, str | None] | None:
    """发表了《X》白皮书。全文如下： / X: the lead hands a text over and the line under it is a name the lead quotes,
    alone. That line is the text's title, whether or not its name says a kind of document (a white paper, a report
    named by its theme)."""
    lead = paragraphs[first].content.strip()
    if not HANDOVER_RE.search(lead):
        return None
    nxt = next(
        (line for line in paragraphs[first + 1 :] if not line.is_furniture and line.content.strip()), None
    )
    if nxt is None:
        return None
    alone = "".join(nxt.content.split())
    quoted = {"".join(m.group(0)[1:-1].split()) for m in QUOTED_RE.finditer(lead)}
    if alone not in quoted:
        return None
    title, status = split_status(nxt.content.strip())
    return (title, status) if title else None


def _listed_with(sentence: str, name: str, other: str) -> bool:
    """``《name》和《other》`` (or 及, 、): the two names are listed together, one after the other."""
    for first, second in ((name, other), (other, name)):
        end = sentence.find(f"《{first}》")
        start = sentence.find(f"《{second}》")
        if end >= 0 and start >= 0 and CONJUNCTION_RE.fullmatch(sentence, end + len(first) + 2, start):
            return True
    return False

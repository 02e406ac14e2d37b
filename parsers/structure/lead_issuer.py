"""The issuer a page's lead names: 近日甲市人民政府办公室印发《X》。原文如下： / X …, or a news report 乙部7日公布《X（征求意见稿）》.

When the text names no issuing body of its own (no signature, no organ at the title's head, no field), the lead
sentence that hands over the very document the text is names who issued it: the organ right before the issuing verb
(a date word between them, 7日 or 近日, is the report's). A lead about another document (乙部转发《Y》 over a page
titled otherwise) names no issuer of this one.

A news page's 来源 names who published the page. When its lead tells that a document it quotes was made by another
body (近日，新修正的《X》经甲省人大常委会审议通过; 乙市林业局印发《X》 under 来源：丙省林草局), the 来源 body only
reports that document: it is a publisher then, not the issuer (reported_by_another).

A call or a notice may open on the clause of its purpose or ground and name the body that acts after it
(为广泛听取意见，甲市人大常委会定于…举行立法听证会; 根据…的规定，乙厅对《X》进行了修订，现公开征求意见): that body
issued the text, when nothing else names one, a notice's signature and 来源 included (acting_body, read last by
the pipeline).
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import CLAUSE_ENDS, COMMAS, alternation, in_order
from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.reported_act import MANNER, REPORT_TIME
from parsers.structure.site_label import headline_name
from parsers.structure.title_labels import titles_data
from parsers.structure.title_names import names_match
from parsers.structure.titles import rules

LEAD_PARAGRAPHS = 3  # the lead is among the text's first paragraphs
# a date word between the organ and its verb: 7日, 近日, 日前, 今天 (the report's time, not the organ's name:
# reported_act.REPORT_TIME) and 正式, the manner of the act
_WHEN_RE = re.compile(rf"{REPORT_TIME}|正式")
_WHEN_OPENING_RE = re.compile(rf"\s*(?:{REPORT_TIME})[{COMMAS}]")
# 甲部、乙局联合印发了《X》: the manner of a joint act right before its verb (reported_act.MANNER), no part of the
# last body's name; only at the clause's end (联合 inside a name: 甲省残疾人联合会)
_MANNER_END_RE = re.compile(rf"{MANNER}$")
# 现将通知转发给你们: the text passes on a document another body made (titles.toml forwarding_verbs)
_PASSED_ON_RE = re.compile(
    rf"(?:{alternation(titles_data()['forwarding_verbs'])})给?(?:{in_order(titles_data()['passed_on_to'])})"
)
_CLAUSE_RE = re.compile(r"[，,。；;：:！!？?\s]")
# 甲总局（以下简称总局）近日印发了《X》: the short name the lead gives the body, no part of its name
_SHORT_NAME_RE = re.compile(
    rf"[（(]\s*(?:{alternation(titles_data()['short_name_leads'])})[^（）()]{{1,20}}[）)]"
)
_SENTENCE_RE = re.compile(r"[，,。；;]")
# 《X》经甲省人民代表大会常务委员会第二十一次会议审议通过: the body that adopted or approved a name, told after it
# (titles.toml deliberation_verbs, adoption_verbs)
_ADOPTED_BY_RE = re.compile(
    rf"\s*(?:[（(][^（）()]{{0,30}}[）)])?\s*(?:{in_order(titles_data()['adopted_tense_words'])})?"
    r"[^，,。；;《》]{0,16}?经(?P<body>[^，,。；;《》]{2,60}?)"
    rf"(?:{alternation(titles_data()['deliberation_verbs'])})?(?:{alternation(titles_data()['adoption_verbs'])})"
)


@cache
def _verb_before_name() -> re.Pattern[str]:
    verbs = alternation(
        sorted(
            set(titles_data()["announcing_words"] + titles_data()["effect_words"])
            | set(titles_data()["issuing_verbs"] + titles_data()["forwarding_verbs"])
        )
    )
    return re.compile(rf"(?:{verbs})了?\s*$")


def lead_issuer(paragraphs: list[Line], title: str | None) -> str | None:
    """The organ the lead says issued the document titled ``title`` (or quoted by a news headline kept as the title,
    《X》发布: X), or None."""
    if not title:
        return None
    title = headline_name(title) or title
    lead = [line.content for line in paragraphs if line.content.strip()][:LEAD_PARAGRAPHS]
    if any(_PASSED_ON_RE.search(content) for content in lead):
        return (
            None  # 乙部下发了《X》。现将通知转发给你们: the lead's organ made X; the text is the forwarder's
        )
    seen = 0
    for line in paragraphs:
        if not line.content.strip():
            continue
        seen += 1
        if seen > LEAD_PARAGRAPHS:
            break
        for m in QUOTED_RE.finditer(line.content):
            if not names_match(title, m.group(0)[1:-1]):
                continue
            organ = _organ_before(line.content[: m.start()])
            if organ is not None:
                return organ
        organ = _unquoted_issuer(line.content, title)
        if organ is not None:
            return organ
    return None


_FULL_STOP_RE = re.compile(f"[{CLAUSE_ENDS}]")
_COMMA_RE = re.compile(f"[{COMMAS}]")


@cache
def _acting_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = titles_data()
    return (
        re.compile(rf"\s*(?:{alternation(data['purpose_words'] + data['ground_words'])})"),
        # (将 acts only right before the name of the text it puts out: ，甲办将《X（征求意见稿）》全文公布)
        re.compile(
            rf"{alternation(data['acting_verbs'])}|(?:{alternation(data['putting_out_verbs'])})(?=《)"
        ),
        re.compile(alternation(data["opening_acting_verbs"])),
    )


@cache
def _naming_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = titles_data()
    return (
        re.compile(rf"(?:{alternation(data['not_acting_openings'])})"),
        re.compile(alternation(data["joining_verbs"])),
        re.compile(rf"(?:{alternation(data['decision_openings'])})"),
        re.compile(rf"(?:{alternation(data['deciding_verbs'])})$"),
    )


def acting_body(paragraphs: list[Line]) -> str | None:
    """The body a lead's first sentence names after its clause of purpose or ground, right before its act
    (为…，甲局拟于…; 根据…，乙厅对《X》…; 为…，经丙区政府决定…), or the body it opens on before its act
    (乙省人民政府定于…), or None."""
    purpose, acting, opens_on_act = _acting_patterns()
    seen = 0
    for line in paragraphs:
        if line.is_furniture or not _SENTENCE_RE.search(line.content):
            continue
        seen += 1
        if seen > LEAD_PARAGRAPHS:
            break
        sentence, *rest = _FULL_STOP_RE.split(line.content, maxsplit=2)
        if purpose.match(sentence) and rest and _WHEN_OPENING_RE.match(rest[0]):
            # 为了提高立法质量。近日，甲局起草形成了《X》: a purpose standing as a sentence of its own, the act in the next,
            # opening on when (not 经乙指挥部研究决定，… reported in the news: the sentence that acts is the purpose's own)
            sentence = sentence + "，" + rest[0]
        if not purpose.match(sentence):
            opening = _COMMA_RE.split(sentence, maxsplit=1)[0]
            act = opens_on_act.search(opening)
            organ = _actor(opening[: act.start()].strip(), act.group(0)) if act else None
            if organ:
                return organ  # 甲省人民政府定于12月1日召开…: the sentence opens on the body and its act
            continue
        for comma in _COMMA_RE.finditer(sentence):
            clause = _COMMA_RE.split(sentence[comma.end() :], maxsplit=1)[0]
            for verb in acting.finditer(clause):
                organ = _actor(_WHEN_RE.sub("", clause[: verb.start()]).strip(), verb.group(0))
                if organ and drafted_for_another(sentence[comma.end() + verb.end() :]):
                    return None  # 甲委起草了《X》，报请市人民政府审议: the drafter, not the call's issuer (round 28)
                if organ:
                    return organ
    return None


@cache
def _submitted_re() -> re.Pattern[str]:
    return re.compile(
        rf"^[^。；;]{{0,60}}?(?:{alternation(titles_data()['submitting_verbs'])})[^，,。；;]{{2,20}}?"
        rf"(?:{in_order(titles_data()['reviewing_verbs'])}|的《)"
    )


def drafted_for_another(after: str) -> bool:
    """The words ``after`` a drafting act go on to submit the text to another body (…，报请市人民政府审议; 起草报送
    丙政府的《X》): the drafter does not put the text out (field conventions, round 28: the drafter rule)."""
    return _submitted_re().match(after) is not None


def acts_for_another(words: str) -> bool:
    """``words`` (those before an act) end on 代 and a body named bare by its level (代县政府): the act is done on
    behalf of that body, which is not its actor (a place named with 代 keeps its organ in full: 代县人民政府)."""
    return _on_behalf().search(words) is not None


@cache
def _on_behalf() -> re.Pattern[str]:
    """代县政府, 代市委 at the end of the words before an act: on behalf of a body named bare by its level."""
    data = titles_data()
    return re.compile(
        rf"(?:{alternation(data['on_behalf_words'])})(?:{alternation(data['bare_levels'])})"
        rf"(?:{alternation(data['bare_level_organs'])})$"
    )


def _actor(words: str, verb: str) -> str | None:
    """The body that does ``verb`` when ``words`` come right before it: 经甲区政府 before 决定 is 甲区政府; a body
    after a verb of working with another (甲局配合乙厅) is the partner, so the actor is the body before that verb."""
    not_acting, joining, decision_opening, deciding = _naming_patterns()
    if deciding.search(verb) and (opening := decision_opening.match(words)):
        words = words[opening.end() :]
    if (partner := joining.search(words)) is not None:
        words = words[: partner.start()]
    if acts_for_another(words):
        return None  # 甲局、乙局…，代县政府起草…: the drafters act for the body; the clause names no actor
    if words and rules().issuer_part.fullmatch(words) and not not_acting.match(words):
        return words
    return None


def _unquoted_issuer(content: str, title: str) -> str | None:
    """甲办公室发布关于X的通知征求意见, the title 甲办公室关于X的通知: the organ before the verb of the notice the lead
    names without quotes, when the title opens with it; a title that opens with 关于 names no organ, so the one
    before the verb issued it (省政府出台关于X的意见, the title 关于X的意见)."""
    about = title.find("关于")
    at = content.find(title[about:]) if about >= 0 else -1
    organ = _organ_before(content[:at]) if at > 0 else None
    return organ if organ is not None and (about == 0 or title.startswith(organ)) else None


def _organ_before(words: str) -> str | None:
    verb = _verb_before_name().search(words)
    if verb is None:
        return None
    clause = _CLAUSE_RE.split(_SHORT_NAME_RE.sub("", words[: verb.start()]))[-1]
    clause = _MANNER_END_RE.sub("", _WHEN_RE.sub("", clause))
    organs: list[str] = []
    while (organ := _organ_tail(clause)) is not None:
        organs.insert(0, organ)
        clause = clause[: -len(organ)]
        if not clause.endswith("、"):
            break
        clause = clause[:-1]  # 甲省委办公厅、甲省人民政府办公厅印发了《X》: joint issuers, each named whole
    return "、".join(organs) or None


def _organ_tail(clause: str) -> str | None:
    issuer = rules().issuer_part
    if acts_for_another(clause):
        return None  # 甲局代县政府印发…: the body is named as the one acted for
    for start in range(len(clause) - 1):  # the longest tail that is an organ's name whole
        organ = clause[start:]
        if issuer.fullmatch(organ):
            return organ
    return None


def reported_by_another(paragraphs: list[Line], title: str | None, source: str) -> bool:
    """The lead tells the document the page is about (its title names it) was made by a body other than ``source``
    (the 来源 body): 甲局印发《X》, 《X》经乙省人大常委会审议通过. A body the lead names as ``source``'s own (市司法局
    for 甲市司法局) is the same; a document the body cites in its own text (a reply citing 乙厅印发了《Y》) is not the
    page's."""
    if not title:
        return False
    seen = 0
    for line in paragraphs:
        if line.is_furniture or not _SENTENCE_RE.search(line.content):
            continue  # (the headline, the byline, a count of readers: the lead is the first prose)
        seen += 1
        if seen > LEAD_PARAGRAPHS:
            break
        for m in QUOTED_RE.finditer(line.content):
            if not names_match(title, m.group(0)[1:-1]) and m.group(0) not in title:
                continue
            adopted = _ADOPTED_BY_RE.match(line.content, m.end())
            maker = _organ_before(line.content[: m.start()]) or (adopted.group("body") if adopted else None)
            if maker is not None and not _same_body(maker, source):
                return True
    return False


def _same_body(named: str, source: str) -> bool:
    return source in named or named in source

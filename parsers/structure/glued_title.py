"""A title run straight into the body's first words on one line, the page's line breaks lost.

A shared-document page or a scraped copy may store a text with no break after its heading: ``甲市X行动计划（2031-2032年）
为提高应急保障能力，…`` or ``乙省Y应急预案（简本） 1 总则 1.1 编制目的 …`` (or a decimal outline's
``1.总则1.1目的``). A text with no title line whose first lines
open with a name ending with a kind of document, then (its period, its status or a page's note in brackets) the words
a body opens with (为 and its purpose, 根据《, 第一章, 一、, 1 总则; on a copy a filter scrambled, a decree header 甲省人民政府令,
第901号 or ,第一条), has that name as its title; a period or status
bracket stays with it, a page's note (（简本）) does not.

A news sentence whose subject ends with a kind of document (近日甲市出台的X方案为企业…, 这份Y规划为…指明方向) is no glued
title: a bare 为 or 根据 after the name is its verb, and a lead or an act done to the name (titles.toml
``news_name_leads``, ``news_name_acts``) marks the reporter's subject.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import split_status
from parsers.structure.lines import Line
from parsers.structure.site_marks import drop_site_marks
from parsers.structure.title_labels import names_title_part, titles_data
from parsers.structure.titles import ends_with_doc_type

OPENING_LINES = 8  # the glued heading opens one of the text's first lines (a sharing site's fields above it)
NAME_MIN_CHARS = 6


@cache
def _glued_re() -> re.Pattern[str]:
    """A list number a converter put before the heading (1、X), then the name (a short phrase in quotes inside it:
    X“十二五”规划), a bracket, and the body's first words (a citing word needs its 《 only without a bracket before it:
    X方案（2031—2033年）根据甲省Y方案…)."""
    data = titles_data()
    purpose = alternation(data["glued_purpose_words"])
    citing = alternation(data["ground_words"])
    return re.compile(
        r"^\s*(?:\d{1,2}\s*[、.]\s*(?:-\s*\d{1,3}\s*-\s*|\d{1,3}(?=[\u4e00-\u9fff]))?)?['‘“]?"
        r"(?P<name>(?:[^，,。；;：:、\s（()）《》“”]|“[^，,。；;“”]{1,10}”){6,80}?)\s*"
        r"(?P<bracket>[（(][^（()）]{1,20}[）)])?\s*(?P<second>[（(][^（()）]{1,20}[）)])?\s*"
        rf"(?=为(?:{purpose})|(?:{citing})《|(?<=[）)])(?:{citing})|第一章|第一条|一、|\d{{1,2}}\s*[.．]?\s*总\s*则|总\s*则)"
    )


# the day of its adoption or promulgation a law database's copy runs on after the title (X条例,2031年8月12日…通过)
_ADOPTION_DAY = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"


@cache
def _header_glued_re() -> re.Pattern[str]:
    """A name ending with a kind of document run into what a regulation's text opens with on a one-line copy: the
    decree header that promulgates it (X办法甲省人民政府令,第901号,…), or its first article after a comma or a stop
    a filter put there, its text after a comma or a space (X办法,第一条,为…), or its note of adoption (X条例,2031年8月12日
    甲省…常务委员会第二十六次会议通过; X办法2031年1月12日市人民政府令第20号公布); a clause of a sentence before ,第一条
    (修改后的X办法，第一条修改为, 根据X办法，第一条的规定) is no such copy."""
    kinds = alternation(titles_data()["document_types"])
    # (its note of adoption ends with the act: 通过, 批准, 公布, 发布 …)
    made = alternation(titles_data()["adoption_verbs"] + titles_data()["issuing_verbs"])
    return re.compile(
        rf"^[\s,，.。]*(?P<name>[^，,。；;：:、\s（()）《》]{{4,78}}?(?:{kinds}))\s*(?P<bracket>[（(][^（()）]{{1,20}}[）)])?\s*"
        r"(?=[,，.。、]\s*第一条(?:\s*[,，.。、]|\s+)|[\u4e00-\u9fff]{2,16}?人民政府令\s*[,，]?\s*第\s*\d{1,4}\s*号"
        rf"|[,，]?\s*{_ADOPTION_DAY}[^。；;]{{0,60}}?(?:{made}))"
    )


@cache
def _news_name_re() -> re.Pattern[str]:
    data = titles_data()
    return re.compile(rf"^(?:{alternation(data['news_name_leads'])})|{alternation(data['news_name_acts'])}")


def glued_title(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of a heading glued to the body's first words on one of the text's first lines, or None."""
    opening = [line for line in paragraphs if not line.is_furniture and line.content.strip()][:OPENING_LINES]
    for line in opening:
        m = _glued_re().match(line.content) or _header_glued_re().match(line.content)
        if m is None or len(m.group("name")) < NAME_MIN_CHARS or not ends_with_doc_type(m.group("name")):
            continue
        if _news_name_re().search(m.group("name")):
            continue  # a reporter's subject (近日甲市出台的X方案为…): no title
        bracket = m.group("bracket") or ""
        # (a page's copy of the heading glued before it, X预案X预案, leaves one)
        second = (
            m.groupdict().get("second") or ""
        )  # X办法（修订草案）（送审稿）: a second bracket, a status too
        kept = "".join(b for b in (bracket, second) if b and names_title_part(b))
        title = drop_site_marks(m.group("name")) + kept
        return split_status(title)
    return None

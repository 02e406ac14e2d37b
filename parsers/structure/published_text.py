"""A text stored under the sentence that tells its publication, its own heading lost: 甲省人民政府发布《X办法》，自
发布之日起施行。 / 第一章 总则 / 第一条 …, or 《X规定》于2031年4月1日由乙部令第3号公布，自…起施行 over the articles.

The sentence's subject is the publishing body (or the name, passive), its verb publishes (发布, 印发, 公布, 颁布),
and what follows it within a few lines is how a document itself begins, its first chapter or article or its
addressee (各市人民政府，省各厅局：): the text is X, titled X. The same sentence over a news story (《X》明确…) or a
page about X (一、出台背景) has no such opening under it and stays untitled, as does a sentence that names two
documents or only cites one (根据《Y》制定).
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import split_status
from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.title_names import document_key
from parsers.structure.titles import ADDRESSEE_RE, ends_with_doc_type

LEAD_SCAN = 3  # the paragraphs that may hold the sentence (a page's label, 发布信息, may stand over it)
TEXT_SCAN = 8  # the paragraphs after it where the document's own first chapter or article stands
_SENTENCE_END_RE = re.compile(r"[。；！？]")
_FIRST_PART_RE = re.compile(r"^\s*第\s*[一1]\s*[章条]")  # 第一章 总则, 第一条 为了…


@cache
def _publishing() -> str:
    data = titles_data()
    return alternation([*data["issuing_verbs"], *data["announcing_words"]])


@cache
def _published_before() -> re.Pattern[str]:
    """乙部发布《X》, 联合印发《X》: the verb right before the name."""
    return re.compile(rf"(?:{_publishing()})了?\s*$")


@cache
def _published_after() -> re.Pattern[str]:
    """《X》于2031年4月1日由乙部令第3号公布: the name, then when and by whom, then the verb (no other name between)."""
    return re.compile(rf"^[^。；，,《》]{{0,10}}(?:于|由)[^。；《》]{{0,50}}?(?:{_publishing()})")


def published_over_text(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one document whose publication the text's lead sentence tells, when the document's own
    first chapter or article follows within a few paragraphs; else None."""
    shown = [k for k, line in enumerate(paragraphs) if not line.is_furniture and line.content.strip()]
    for position, k in enumerate(shown[:LEAD_SCAN]):
        content = paragraphs[k].content.strip()
        if "《" not in content:
            continue
        if not any(
            _own_opening(paragraphs[j].content) for j in shown[position + 1 : position + 1 + TEXT_SCAN]
        ):
            return None
        sentence = _SENTENCE_END_RE.split(content, maxsplit=1)[0]
        return _published_name(sentence)
    return None


def _own_opening(content: str) -> bool:
    """第一章 总则, 第一条 …, or 各市人民政府，省各厅局：: how a document itself begins (a page about it begins 一、出台背景)."""
    return bool(_FIRST_PART_RE.match(content) or ADDRESSEE_RE.match(content.strip()))


def _published_name(sentence: str) -> tuple[str, str | None] | None:
    mentions = list(QUOTED_RE.finditer(sentence))
    if len({document_key(m.group(0)[1:-1]) for m in mentions}) != 1:
        return None  # none, or two documents: no one to name (a name cited beside the published one counts)
    published = [
        m
        for m in mentions
        if _published_before().search(sentence, 0, m.start()) or _published_after().match(sentence[m.end() :])
    ]
    if not published:
        return None
    title, status = split_status(published[0].group(0)[1:-1])
    return (title, status) if ends_with_doc_type(title) else None

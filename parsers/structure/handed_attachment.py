"""A notice under a title of its own that hands over the one document it names or encloses.

A notice titled by what it does, not by what it issues (甲厅关于开展X活动的通知, 甲办关于修改部分规章的通知), may still
issue exactly one document: …制定了《X工作方案（2031—2035年）》…现将工作方案印发给你们 / 附件：X工作方案（2031—2035年）;
…现将拟废止的文件目录印发给你们 / 附件：拟废止的文件目录（N件）. By the field corpus's convention a covering notice
that issues one policy is titled by that policy, the notice's own title its notice_title. The handing sentence's object
(a name, or its kind word) must fit the one enclosure the notice lists; with none listed, the sentence must name the
document itself: 现将《X》印发给你们, or its kind word after one name it fits (制定了《X方案》…现将方案印发给你们), as the
convention says of a document "named only in the covering sentence". A notice listing several enclosures (附件： /
1、X规程 / 2、Y规程) or handing over words that name nothing (现将比赛细则印发给你们) keeps its own title.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import split_status
from parsers.structure.covering import ENCLOSURE_RE
from parsers.structure.lines import Line
from parsers.structure.referred_back import fits_kind, uncited_names
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import rules, squeeze

NOTICE_SCAN = 40  # the lines of a notice's head, body, signature and enclosure label
BOOK_MARKS = "《》<>〈〉"


@cache
def _handing_re() -> re.Pattern[str]:
    """现将X印发给你们, 现将X下发给你们: only the acts that issue (公布, 公示 publish what the notice is)."""
    data = titles_data()
    leads = alternation(data["handing_now_leads"])
    return re.compile(rf"(?:{leads})\s*(?P<object>[^，,。；;：:]{{2,60}}?)\s*(?:予以)?(?:印发给|下发给)")


@cache
def _count_re() -> re.Pattern[str]:
    """A count after an enclosure's name, （N件）: the list's size, no part of its name."""
    measures = alternation(titles_data()["call_count_measures"] + ["个", "部", "篇"])
    return re.compile(rf"\s*[（(]\s*\d+\s*(?:{measures})\s*[）)]\s*$")


QUOTED_ONE_RE = re.compile(r"《(?P<name>[^《》]+)》")  # the object one name in book marks
PERIOD_RE = re.compile(r"\s*[（(][^（()）]{1,20}[）)]\s*$")  # （2031—2035年）after a name


def handed_attachment(title: str | None, paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one document the notice ``title`` hands over by its handing sentence, or None."""
    if not title or not _notice_of_its_own(title):
        return None
    shown = [line.content.strip() for line in paragraphs[:NOTICE_SCAN] if not line.is_furniture]
    joined = "".join(shown)
    handing = _handing_re().search(joined)
    if handing is None:
        return None
    handed = squeeze(handing.group("object"))
    enclosures = _enclosures(shown)
    if len(enclosures) > 1:
        return None  # 附件：1.X规程 / 2.Y规程: a notice issuing several keeps its own title
    named = _named(handed, joined[: handing.start()])
    if enclosures:
        (enclosed,) = enclosures
        fits = _fits(handed, enclosed) or (named is not None and _fits(named, enclosed))
        return split_status(enclosed) if fits else None
    return split_status(named) if named else None


def _named(handed: str, before: str) -> str | None:
    """The name the handing sentence gives: 现将《X》印发给你们, or a kind word (现将工作方案印发给你们) that refers back to
    the one uncited name before it that it fits (…制定了《X工作方案》)."""
    quoted = QUOTED_ONE_RE.fullmatch(handed)
    if quoted is not None:
        return quoted.group("name")
    if any(mark in handed for mark in BOOK_MARKS) or not rules().doc_type_end.search(handed):
        return None
    fitting = {name for name in uncited_names(before) if fits_kind(name, handed)}
    return fitting.pop() if len(fitting) == 1 else None


def _notice_of_its_own(title: str) -> bool:
    """甲厅关于开展X活动的通知: a notice (or letter) whose title issues nothing itself (关于印发X的通知 names X)."""
    kinds = titles_data()["handing_kinds"]
    return squeeze(title).endswith(tuple(kinds)) and rules().issuing_verb.search(title) is None


def _enclosures(shown: list[str]) -> set[str]:
    """The names the notice's enclosure lines give (附件：X, 附件1:X), book marks and a count dropped."""
    names = set()
    for k, content in enumerate(shown):
        m = ENCLOSURE_RE.match(content)
        if m is None:
            continue
        rest = m.group("rest")
        if rest.count("(") + rest.count("（") > rest.count(")") + rest.count("）") and k + 1 < len(shown):
            rest += shown[k + 1]  # 附件：X方案（2031— / 2035年）: a wrapped line's bracket closes on the next
        name = _count_re().sub("", squeeze(rest).strip(BOOK_MARKS + "。."))
        if name:
            names.add(name)
    return names


def _fits(handed: str, enclosed: str) -> bool:
    """The handing sentence's object is the enclosure: its name (book marks aside), or the kind word its name ends
    with before a period (工作方案 for X工作方案（2031—2035年）)."""
    handed = handed.strip(BOOK_MARKS)
    core = PERIOD_RE.sub("", enclosed)
    if handed in (enclosed, core):
        return True
    return bool(rules().doc_type_end.search(handed)) and core.endswith(handed) and len(core) > len(handed)

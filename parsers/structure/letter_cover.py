"""A covering letter stored without its title line: the document it issues is named only in its sentence.

A page may keep a notice from its addressee on and lose the line above it: 各区人民政府： / 现将《甲县X办法》印发给你们，
请认真贯彻执行。 / 甲县人民政府 / 2030年3月1日, then the issued text. Or the name opens the sentence and an approval
clause stands between it and the verb: 《甲市Y规划》已经市政府同意，现印发给你们; 《Z预案》已经省政府审定。现予印发.
The letter is signed: its date line follows within a few lines (a cover without one is no letter read here), unless
the page ends first under the letter's addressee (an excerpt cut before the signature).
What a reader titles such a text is the one document the letter issues to its addressee (the letter's own title is
lost, no notice title). A letter that hands down tasks out of a named document (现将《X》中的目标任务分解下达)
issues no X; a letter that cites one name (根据《X》) and issues another issues the other.

A call for comments stored the same way may name its draft only as its enclosure: …现公开征求意见。 / 附件：甲办法
（征求意见稿）.doc / 甲厅 / 2030年2月1日. The one enclosed draft at a stage put up for comments is the text's title.
"""

from __future__ import annotations

import re

from parsers.patterns import alternation
from parsers.status import split_status, status_words
from parsers.structure.covering import DRAFTING, ENCLOSURE_RE, QUOTED_RE
from parsers.structure.date_line import is_date_line
from parsers.structure.lines import Line
from parsers.structure.title_shape import heading_stored
from parsers.structure.titles import ADDRESSEE_RE, ends_with_doc_type, squeeze, titles_data

ADDRESSEE_SCAN = 16  # a letter's addressee comes within this many lines of the page's start
SENTENCES_SCAN = 3  # the issuing sentence comes within this many paragraphs after the addressee
LETTER_SCAN = 8  # and its signed date within this many (附件, the signing organ between)
_ISSUING = alternation(
    titles_data()["issuing_verbs"] + titles_data()["forwarding_verbs"]
)  # 印发, 下发 …, 转发
_FORWARDING_RE = re.compile(
    alternation(titles_data()["forwarding_verbs"])
)  # 转发: the issuing verbs that hand on another's

# after the name, to the issuing verb: a bracketed note or short name (（以下简称《纲要》）), then at most one approval
# clause (已经市政府同意，/ 业经…会议审议通过，/ 已征求各方意见，并报经省政府同意。), then 现印发给你们, 现予印发
# (the verbs: titles.toml issuing_verbs)
_ISSUED_AFTER_NAME_RE = re.compile(
    r"\s*(?:[（(][^（）()]{0,30}[）)])?"
    r"(?:[?？]?[，,]\s*)?"  # 《X》，现印发给你们 (a converter's ? for a lost space before the comma)
    r"(?:文件|一文)?\s*"  # 现将《X》（甲发〔2031〕3号）文件转发给你们
    r"(?:[^。；！？《》]{0,60}?(?:同意|通过|批准|审定|批复)[^。；！？《》]{0,30}?[，,。]\s*)?"
    # the verb is the letter's own act, now or to its addressee (现予印发, 印发给你们): 《X》下发，并开始施行 is news
    rf"(?:(?:现予以|现予|现|特|兹|予以|予)\s*(?:{_ISSUING})|(?:{_ISSUING})\s*给?\s*(?:你们|你|各))"
)
# 现将《X》印发给你们 (特将, 兹将), 现将乙厅《X》转发给你们 (the organ that made X between)
# (the organ's ending: titles.toml organ_suffixes)
_PRESENTED_BEFORE_RE = re.compile(
    rf"将\s*(?:[\u4e00-\u9fff]{{2,20}}?(?:{alternation(titles_data()['organ_suffixes'])}))?\s*$"
)
# 甲镇编制的《X》现印发给你们, 市爱卫会研究制定了《X》，现印发给你们 (titles.toml drafting_verbs)
_DRAFTED_BEFORE_RE = re.compile(rf"(?:{DRAFTING})[的了]\s*$")


def issued_to_addressee(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one document a letter issues in its first sentences (under its addressee, or
    opening the page), or None."""
    addressee = next(
        (
            k
            for k, line in enumerate(paragraphs[:ADDRESSEE_SCAN])
            if not line.is_furniture and ADDRESSEE_RE.match(line.content.strip())
        ),
        None,
    )
    # (a page that lost the addressee too opens with the issuing sentence: 《X》业经…通过，现印发给你们)
    start = 0 if addressee is None else addressee + 1
    issued: set[str] = set()
    seen = 0
    for line in paragraphs[start:]:
        if line.is_furniture or not line.content.strip():
            continue
        if is_date_line(line.content):
            break  # the letter's signature: what follows is the issued text, which cites others
        if seen == LETTER_SCAN:
            return None  # no signature: no letter (a cover run on with its text is read elsewhere)
        if seen < SENTENCES_SCAN:
            issued |= _issued_names(line.content)
        seen += 1
    else:
        if addressee is None:
            return None
        # the page ends under the addressee before any signature: a letter cut short (an excerpt), still a letter
    if len(issued) != 1:
        return None  # none, or two documents issued together: no one to name
    title, status = split_status(issued.pop())
    if _unstored_list(title, paragraphs):
        return None  # 《甲省X名录》已经省政府同意，现予以公布 with no list below: the letter is the document, its title lost
    return (title, status) if ends_with_doc_type(title) else None


def _unstored_list(name: str, paragraphs: list[Line]) -> bool:
    """``name`` is a list (名单, 名录, 目录: titles.toml list_kinds) the text does not carry under a heading of its own: a
    notice publishing a list it does not carry is the document (field convention, round 13), not the list."""
    return squeeze(name).endswith(tuple(titles_data()["list_kinds"])) and not heading_stored(name, paragraphs)


def forwarded_under_headline(title: str | None, paragraphs: list[Line]) -> str | None:
    """The document a 转发 headline ends with, when its letter forwards exactly that one name: 甲办公室转发乙厅关于X的通知
    over 现将乙厅《关于X的通知》转发给你们 forwards 关于X的通知 (one 的通知 in the headline: the forwarded one's)."""
    if not title or not _FORWARDING_RE.search(title):
        return None
    issued = issued_to_addressee(paragraphs)
    if issued is None or issued[1] is not None:
        return None
    name = issued[0]
    head = title[: len(title) - len(name)]
    return name if len(name) < len(title) and title.endswith(name) and _FORWARDING_RE.search(head) else None


def _issued_names(content: str) -> set[str]:
    names = set()
    for m in QUOTED_RE.finditer(content):
        after = _ISSUED_AFTER_NAME_RE.match(content, m.end())
        if after is None:
            continue
        opens = m.start() == 0 or content[m.start() - 1] in "。；！？：:，,"  # 《X》已经…同意，现印发给你们
        presented = _PRESENTED_BEFORE_RE.search(content, 0, m.start()) is not None  # 现将《X》印发给你们
        drafted = _DRAFTED_BEFORE_RE.search(content, 0, m.start()) is not None
        if opens or presented or drafted:
            names.add(m.group(0)[1:-1])
    return names


MIN_NAME = 4
ENCLOSURE_AFTER_DATE = 4  # the enclosures are listed before the signed date or right under it
_ENTRY_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*")  # 附件：1.X / 2.Y
_FILE_SUFFIX_RE = re.compile(r"\s*\.(?:docx?|pdf|wps|xlsx?)\s*$", re.IGNORECASE)


def _listed_files(letter: list[str]) -> list[str]:
    """The file names listed one a line, unnumbered, under the 附件 line that gives the first of them."""
    files: list[str] = []
    for k, content in enumerate(letter):
        if (m := ENCLOSURE_RE.match(content)) is None or not _FILE_SUFFIX_RE.search(m.group("rest")):
            continue
        for below in letter[k + 1 :]:
            if not _FILE_SUFFIX_RE.search(below):
                break
            files.append(below)
    return files


def enclosed_draft(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one draft a signed call for comments encloses (附件：X（征求意见稿）), or None."""
    date = next((k for k, line in enumerate(paragraphs) if is_date_line(line.content)), None)
    if date is None:
        return None
    letter = [
        line.content.strip() for line in paragraphs[: date + ENCLOSURE_AFTER_DATE] if not line.is_furniture
    ]
    entries = [m.group("rest") for content in letter if (m := ENCLOSURE_RE.match(content))]
    entries += [content for content in letter if _ENTRY_NUMBER_RE.match(content) and entries]  # 2.Y under 1.X
    entries += _listed_files(
        letter
    )  # 附件:《X》.doc / 《X》起草说明.doc / 《Y》.doc: a site's links, one a line
    solicited = status_words().solicited_drafts
    drafts = set()
    for entry in entries:
        name = _FILE_SUFFIX_RE.sub("", _ENTRY_NUMBER_RE.sub("", entry)).strip()
        if "》" in name.rstrip("》"):
            continue  # 《X（征求意见稿）》起草说明: a paper on the draft, no draft
        title, status = split_status(name.strip("《》 "))
        # (the draft's stage says the call; its name may be a list's: 甲省惠企举措二十条)
        if status in solicited and len(title) >= MIN_NAME and "《" not in title:
            drafts.add((title, status))
    return drafts.pop() if len(drafts) == 1 else None

"""A title that stands past the text's first paragraphs, over the document's own opening.

A page may store prose before the document's heading: a news item about something else scraped with it, a covering
letter's sentences (各乡镇人民政府： / 为进一步规范… / X办法（试行） / 第一章 总则), a reporter's lead over the draft it hands
over without a 以下为全文 (…发布关于征求《X条例》意见的公告。 / X条例（送审稿） / 目录). The head's readers stop at the first
sentence (a title stands before the body), so such a text reads as having no title line. When nothing else names a
title, a line of its own naming a kind of document, within the text's first lines, whose next line opens a document
(its contents, its first chapter or article, its note of adoption, its first part 一、, its purpose 为…, or the
addressee of a notice; a page's date bar or the 文号 may stand between), is the document's heading, unless the
prose before it issues several documents (a notice issuing several is titled by its own title, which such a text
lacks). The opening under it is what tells a heading from a sentence's subject or a section's name: a line followed by
more prose gives no title. Only the first heading past the prose is read, and only past prose: a title before any
sentence is the head's readers' to take or decline (修订的办法, a fragment's heading), and a heading over more prose
marks a page of items.

A text whose first line is only a kind of document (titles.toml ``generic_heading_kinds``: 通告, 公告) over its opening
is titled by that word, when no other reader found a title: the heading names no subject, but it is the text's own.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import split_status, strip_status
from parsers.structure.covering import names_in_sentences
from parsers.structure.head_rank import names_kind
from parsers.structure.lines import Line
from parsers.structure.markers import TOC_RE
from parsers.structure.title_group import title_group
from parsers.structure.title_labels import titles_data
from parsers.structure.title_names import document_key
from parsers.structure.title_shape import names_no_subject
from parsers.structure.titles import (
    ADDRESSEE_RE,
    clean_title,
    ends_with_doc_type,
    is_body_line,
    is_note_line,
    open_quote,
    squeeze,
)

# the heading stands among the text's first lines (a covering letter, a lead, a news item)
PAST_PROSE_LINES = 40
# a page's date bar and a share widget, or a 文号, may stand between the heading and its opening
OPENING_SKIP = 2

# what a document opens with right under its heading: its contents (目录), its first chapter, part or article, its
# first numbered part (一、), 总则, or the purpose its first paragraph states (为了…, 为促进…)
_OPENING_RE = re.compile(
    r"^\s*(?:"
    + TOC_RE.pattern
    + r"|第\s*[一1]\s*[章条节篇部分]|一\s*[、.．]|总\s*则|为了?[^，,。；]{2,}[，,])"
)


def title_past_prose(lines: list[Line], text: str) -> tuple[str, str | None] | None:
    """The title and status of a heading standing alone past the first paragraphs, over the document's opening."""
    k = 0
    prose = False  # a sentence stands before: the head's readers stopped there (a title before it is theirs)
    while k < min(len(lines), PAST_PROSE_LINES):
        if lines[k].is_furniture:
            k += 1
            continue
        group = title_group(lines, k, text, allow_weak=False)
        if group is None or not names_kind(group) or open_quote(group.text) or names_no_subject(group.text):
            prose = prose or is_body_line(lines[k], text)
            k += 1
            continue
        if not prose or not _opening_under(lines, group.first + group.n_lines, text):
            return None  # a title the head's readers declined, or one over more prose: the page's items, no heading
        if _issues_several(lines, group.first):
            return None  # 现将《X》《Y》印发给你们 / X / 第一条: X is one of what the letter issues, not its title
        return split_status(clean_title(group.text))
    return None


def generic_heading(lines: list[Line], text: str) -> str | None:
    """The text's first line when it is only a kind of document (通告, 公告) over the document's opening (为了…，, an
    addressee): a heading that names no subject is still the document's heading (the head's readers want a subject)."""
    k = next((i for i, line in enumerate(lines) if not line.is_furniture and line.content.strip()), None)
    if k is None or not _kind_alone_re().fullmatch(squeeze(lines[k].content)):
        return None
    return squeeze(lines[k].content) if _opening_under(lines, k + 1, text) else None


@cache
def _kind_alone_re() -> re.Pattern[str]:
    return re.compile(alternation(titles_data()["generic_heading_kinds"]))


# 附件：1.X办法 / 2.Y细则: the first and the second entry of a list of attachments
_FIRST_ATTACHMENT_RE = re.compile(r"^\s*附\s*件\s*[:：]?\s*1\s*[.．、]")
_SECOND_ENTRY_RE = re.compile(r"^\s*2\s*[.．、]")


def _issues_several(lines: list[Line], stop: int) -> bool:
    """The prose before the heading issues or presents two documents or more (《X》和《Y》, or a list of attachments
    附件：1.X / 2.Y): a covering letter or a call over several, whose own title the text lacks (a notice issuing several
    is titled by itself, not by its first document)."""
    # (a form the call asks to fill, 征求意见反馈表, is no document; 《X的实施意见》 and 《X实施意见》 name one)
    names = names_in_sentences(lines, 0, stop)
    if (
        len(
            {document_key(name).replace("的", "") for name in names if ends_with_doc_type(strip_status(name))}
        )
        > 1
    ):
        return True
    worded = [line.content for line in lines[:stop] if not line.is_furniture]
    return any(
        _FIRST_ATTACHMENT_RE.match(a) and _SECOND_ENTRY_RE.match(b)
        for a, b in zip(worded, worded[1:], strict=False)
    )


def _opening_under(lines: list[Line], k: int, text: str) -> bool:
    """A document's opening starts at line ``k``, or after at most OPENING_SKIP short lines of the page's or the
    head's that are no prose (时间: … 来源: …, a share widget, its 文号); an addressee opens a notice or a letter."""
    worded = (line for line in lines[k:] if not line.is_furniture)
    for _, line in zip(range(OPENING_SKIP + 1), worded, strict=False):
        content = line.content
        if _OPENING_RE.match(content) or is_note_line(content):
            return True
        if ADDRESSEE_RE.match(content) and not content.startswith(("附件", "附：")):
            return True
        if is_body_line(line, text):
            return False  # prose under the line: a sentence's subject or a section's name, no heading
    return False

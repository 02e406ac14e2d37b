"""A title that stands past the text's first paragraphs, over the document's own opening.

A page may store prose before the document's heading: a news item about something else scraped with it, a covering
letter's sentences (各乡镇人民政府： / 为进一步规范… / X办法（试行） / 第一章 总则), a reporter's lead over the draft it hands
over without a 以下为全文 (…发布关于征求《X条例》意见的公告。 / X条例（送审稿） / 目录). The head's readers stop at the first
sentence (a title stands before the body), so such a text reads as having no title line. When nothing else names a
title, a line of its own naming a kind of document, within the text's first lines, whose next line opens a document
(its contents, its first chapter or article, its note of adoption, its first part 一、, or its purpose 为…), is the
document's heading, unless the prose before it issues several documents (a notice issuing several is titled by its
own title, which such a text lacks). The opening under it is what tells a heading from a sentence's subject or a section's name: a
line that is only followed by more prose gives no title.
"""

from __future__ import annotations

import re

from parsers.status import split_status
from parsers.structure.covering import names_in_sentences
from parsers.structure.head_rank import names_kind
from parsers.structure.lines import Line
from parsers.structure.markers import TOC_RE
from parsers.structure.title_group import title_group
from parsers.structure.title_names import document_key
from parsers.structure.titles import clean_title, is_note_line, open_quote

PAST_PROSE_LINES = (
    40  # the heading stands among the text's first lines (a covering letter, a lead, a news item)
)

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
    while k < min(len(lines), PAST_PROSE_LINES):
        if lines[k].is_furniture:
            k += 1
            continue
        group = title_group(lines, k, text, allow_weak=False)
        if group is None or not names_kind(group) or open_quote(group.text):
            k += 1
            continue
        under = _next_worded(lines, group.first + group.n_lines)
        if under is not None and (_OPENING_RE.match(under.content) or is_note_line(under.content)):
            if _issues_several(lines, group.first):
                return None  # 现将《X》《Y》印发给你们 / X / 第一条: X is one of what the letter issues, not its title
            return split_status(clean_title(group.text))
        k += group.n_lines
    return None


def _issues_several(lines: list[Line], stop: int) -> bool:
    """The prose before the heading issues or presents two documents or more (《X》和《Y》): a covering letter over several,
    whose own title the text lacks (a notice issuing several is titled by itself, not by its first document)."""
    return len({document_key(name) for name in names_in_sentences(lines, 0, stop)}) > 1


def _next_worded(lines: list[Line], k: int) -> Line | None:
    """The first line from ``k`` that is not the page's furniture."""
    return next((line for line in lines[k:] if not line.is_furniture), None)

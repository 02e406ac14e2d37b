"""A news item's lead of one paragraph, set over the document's own heading without a word that hands over.

A site that reposts a policy often opens with a paragraph of its own (甲省委、甲省人民政府日前发布关于…的实施意见，
…) and then prints the document's heading and body, with no 详情如下 between them. The form: the text's first
paragraph is prose (long, with a comma or a full stop), and the next paragraph is a whole title by itself: it holds
关于, ends with a kind of document, and is no sentence. The paragraph is the site's lead, as one that ends 详情如下:
is; the heading under it is the title.

A body that opens with prose and cites a title on the next line (现将《X》印发给你们。 / 甲办法) is untouched: the
line under it must open a title of its own (关于…的通知, 甲省人民政府关于…的意见).
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line

LEAD_MIN_CHARS = 40  # a lead is a sentence or more
HEADING_MAX_CHARS = 100
_SENTENCE_RE = re.compile(r"[，,。；;]")
_HEADING_NO_SENTENCE_RE = re.compile(r"[，,。；;：:！？!?]")
_SPACES_RE = re.compile(r"\s\s*")  # (not \s+: a pattern that opens with a repeat gets no first-character set)
_QUOTED_WHOLE_RE = re.compile(r"《([^《》]+)》")


def lead_over_heading(lines: list[Line], start: int, i: int) -> bool:
    """Line ``i`` is the text's first paragraph, prose, right over a whole title of the document's own."""
    from parsers.structure.headline import is_news_lead  # (titles imports the modules of title rules)
    from parsers.structure.titles import drop_page_note, ends_with_doc_type

    if any(lines[k].content.strip() for k in range(start, i) if not lines[k].is_furniture):
        return False  # not the text's first paragraph
    key = _SPACES_RE.sub("", lines[i].content)
    if len(key) <= LEAD_MIN_CHARS or _SENTENCE_RE.search(key) is None:
        return False
    below = next((line for line in lines[i + 1 :] if line.content.strip() and not line.is_furniture), None)
    if below is None:
        return False
    heading = _SPACES_RE.sub(" ", below.content.strip())
    if len(heading) > HEADING_MAX_CHARS or _HEADING_NO_SENTENCE_RE.search(heading) is not None:
        return False
    if is_news_lead(
        lines[i].content
    ):  # 甲网讯:… / 《甲纲要》全文: a news item's lead names itself by its mark
        name = _QUOTED_WHOLE_RE.fullmatch(drop_page_note(heading))
        return ends_with_doc_type(name.group(1) if name else heading)
    return "关于" in heading and not heading.startswith(("《", "“")) and ends_with_doc_type(heading)

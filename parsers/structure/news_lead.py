"""A news item's lead before the document it reports (甲省日前印发了… / 详情如下： over the document's title): furniture
lines, no title's. The lead-in words from furniture.toml, the handover words from titles.toml."""

from __future__ import annotations

import re

from parsers.structure.furniture_rules import rules
from parsers.structure.lead_paragraph import lead_over_heading
from parsers.structure.lines import Line, squeeze
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type
from parsers.structure.web_chrome import WEB_HEAD_MAX_LINES

TITLE_LINES = 3  # a title after a lead-in stands over this many lines at most
LEAD_MAX_LINES = 5  # a news item's lead: this many paragraphs at most before 详情如下：


def news_lead(lines: list[Line], start: int) -> set[int]:
    """Indices of a news item's lead before the document it reports: a few lines, then a line 详情如下：
    and the document's title. Nothing when the line after it is no title."""
    seen = 0
    for i in range(start, min(len(lines), start + WEB_HEAD_MAX_LINES)):
        line = lines[i]
        if line.is_furniture or not line.content.strip():
            continue
        # (only the text's first paragraph may be such a lead: lead_over_heading asks that first, in O(i))
        if seen == 0 and lead_over_heading(
            lines, start, i
        ):  # 甲省委、甲省政府日前发布关于…, / 甲省委 甲省人民政府关于…的意见
            return {k for k in range(start, i + 1) if not lines[k].is_furniture and lines[k].content.strip()}
        if rules().lead_in.fullmatch(squeeze(line.content)) or hands_over_at_end(lines, start, i):
            after = [
                k for k in range(i + 1, min(len(lines), i + 1 + 2 * TITLE_LINES)) if lines[k].content.strip()
            ]
            # a title stands before any sentence: the lines of the body (为…。 / 一、总体要求) are no title
            prose = next(
                (n for n, k in enumerate(after) if SENTENCE_MARK_RE.search(lines[k].content)), len(after)
            )
            after = after[:prose]
            # the document's title, over a few lines (…直接融资 / 进一步…的通知)
            if not any(
                ends_with_doc_type("".join(lines[k].content.strip() for k in after[:n]))
                for n in range(1, min(TITLE_LINES, len(after)) + 1)
            ):
                return set()
            return {k for k in range(start, i + 1) if not lines[k].is_furniture and lines[k].content.strip()}
        seen += 1
        if seen > LEAD_MAX_LINES:
            break
    return set()


# …向社会公开征集X。具体内容如下: a news lead's last sentence that hands over to the document under it (titles.toml
# handed_over_contents, handed_over_texts)
_HAND_OVER_END_RE = re.compile(
    "(?:"
    + "|".join(titles_data()["handed_over_contents"] + titles_data()["handed_over_texts"])
    + ")如下[:：]$"
)


def hands_over_at_end(lines: list[Line], start: int, i: int) -> bool:
    """Line ``i`` is a lead's one paragraph that ends handing over (…具体内容如下:): the text opens with it (a
    notice's own sentence 现将…具体内容如下: comes under its title, a page's headline over its lead)."""
    return _HAND_OVER_END_RE.search(squeeze(lines[i].content)) is not None and not any(
        lines[k].content.strip() for k in range(start, i) if not lines[k].is_furniture
    )

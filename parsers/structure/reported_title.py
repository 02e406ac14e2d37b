"""A news page that reports a document and then gives it: 甲省长牵头重点工作公布 (a headline naming no document) /
近日，甲省人民政府办公厅印发2031年X责任分解的通知，… (the lead) / 2031年X责任分解 (the document's own title line) /
一、… The lead names what was issued; the line that gives that name alone, under the lead, is the text's title."""

from __future__ import annotations

from parsers.structure.head_rank import PROSE_MIN_CHARS
from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.title_group import title_group
from parsers.structure.titles import TitleGroup, rules, squeeze

LEAD_MAX_PARAGRAPHS = 3  # a news lead's paragraphs before the document it reports


def reported_title(lines: list[Line], i: int, text: str, limit: int) -> TitleGroup | None:
    """The title line under a news lead that names it after an issuing verb (印发X的通知, 发布《X》)."""
    lead, paragraphs = "", 0
    for k in range(i, min(len(lines), limit)):
        content = lines[k].content
        if lines[k].is_furniture:
            continue
        if SENTENCE_MARK_RE.search(content) and len(content) > PROSE_MIN_CHARS:
            paragraphs += 1
            if paragraphs > LEAD_MAX_PARAGRAPHS:
                return None
            lead += squeeze(content)
            continue
        group = title_group(lines, k, text)
        if group is None or not group.strong or not lead:
            return None
        at = lead.find(squeeze(group.text))
        return group if at > 0 and rules().issuing_verb.search(lead, max(0, at - 6), at) else None
    return None

"""A covering notice stored without the plan it issues, a summary of the plan after it (field conventions D21).

甲省人民政府关于印发X预案的通知 / 文号 / 各市人民政府： / 现将《X预案》印发给你们… / 甲省人民政府 / 2031年4月5日, and
then not X's text but prose that tells what X says (《X预案》明确，…; 预案要求，…): X's heading is nowhere, nor the
opening of its outline (第一章, 一、总则, 1 总则). The text is the notice's: its own title is the title, with no covering
notice's title, as round 13 reads a notice publishing a list the text does not carry. When X's heading and text
follow, X stays the title.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.structure.lines import Line, squeeze
from parsers.structure.title_labels import titles_data
from parsers.structure.title_shape import heading_stored

# the first heading of a plan's outline: its first chapter, its general provisions under 一、 or 1 (1.), or none
_OUTLINE_START_RE = re.compile(r"^\s*(?:第[一1]\s*[章节条部]|[一1]\s*[、.．]?\s*总\s*则|总\s*则\s*$|一\s*、)")
# what a summary says its plan does, right after the plan's quoted name at a paragraph's head (titles.toml
# summary_verbs)
_SUMMARY_VERBS = tuple(titles_data()["summary_verbs"])


@cache
def _issuing_re() -> re.Pattern[str]:
    verbs = alternation(titles_data()["issuing_verbs"])
    return re.compile(rf"关于(?:{verbs})《?(?P<name>[^《》]{{4,80}}?)》?的通知$")


def summarized_by_notice(title: str | None, notice_title: str | None, paragraphs: list[Line]) -> bool:
    """关于印发X的通知 over a summary of X in prose (a paragraph opening 《X》明确，…), X's own heading and the opening
    of its outline stored nowhere: the notice is the document."""
    if not title or not notice_title:
        return False
    m = _issuing_re().search(squeeze(notice_title))
    own = squeeze(title)
    if m is None or squeeze(m.group("name")) != own or heading_stored(title, paragraphs):
        return False
    if any(_OUTLINE_START_RE.match(line.content) for line in paragraphs):
        return False
    quoted = f"《{own}》"
    return any(
        squeeze(line.content).startswith(quoted)
        and squeeze(line.content)[len(quoted) :].startswith(_SUMMARY_VERBS)
        for line in paragraphs
    )

"""A news headline of two or three short phrases set apart by spaces (凝心聚力 攻坚克难 奏响X乐章).

A site's banner of slogans has the same form (宣传人大制度 交流人大经验), and web_chrome reads a line of spaced phrases
as one. What tells the headline is what stands under it: a news page prints its dateline (2031-05-06 10:20 来源:甲报)
or opens its report (本报讯 …) right under the headline, never under its banner. Each phrase is four characters or
more (a menu's items are two or three: 首页 新闻中心 政务公开), and run together the line is no chrome of any other
kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.structure.headline import is_dateline, is_news_lead, opens_report
from parsers.structure.lines import Line

_PHRASE_RE = re.compile(r"[\u4e00-\u9fff]{4,14}")
PHRASES = (2, 3)


def spaced_headline(lines: list[Line], i: int, is_chrome_run_together: Callable[[str], bool]) -> bool:
    """Line ``i`` is a headline of spaced phrases over a dateline or a report's opening (``is_chrome_run_together``:
    web_chrome's test of a line, passed in because web_chrome reads this module)."""
    phrases = lines[i].content.split()
    if not PHRASES[0] <= len(phrases) <= PHRASES[1] or not all(_PHRASE_RE.fullmatch(p) for p in phrases):
        return False
    under = next((line.content.strip() for line in lines[i + 1 : i + 3] if line.content.strip()), "")
    return (is_dateline(under) or is_news_lead(under) or opens_report(under)) and not is_chrome_run_together(
        "".join(phrases)
    )

"""The 文号 of a document by its form: a line that is only one (``湘政办发〔2009〕24号``, ``（X政发〔2025〕14号）``, ``第三十七号``),
one after a title (``…的通知（岳办发〔2017〕2号）``), one glued before a title (``X政发【2023】7号关于…``)."""

from __future__ import annotations

import re

from parsers.match_starts import search
from parsers.patterns import LINE_SPACES
from parsers.structure.lines import line_memo, squeeze

# 湘政办发〔2009〕24号, 亳政办〔20251, 政府令〔2010〕第15号, （X政发〔2025〕14号）, 第三十七号, (78)交公路字412号
DOC_NUMBER_RE = re.compile(
    r"^[（(]?[\u4e00-\u9fffA-Za-z]{0,16}[〔\[［【(（]\s*(?:19|20)\d{2}\s*(?:[〕\]］】)）]\s*(?:第\s*)?\d{0,5}\s*号?|\d{0,5})"
    r"[）)]?$|^(?P<open>[（(])?[\u4e00-\u9fffA-Za-z]{0,20}第\s*[\d一二三四五六七八九十百零〇○]{1,6}\s*号(?(open)[）)])$"
    r"|^[（(]?[（(]\d{2}[）)][\u4e00-\u9fff]{1,12}?第?\d{1,5}号[）)]?$"  # (78)交公路字412号: a year of two digits
)
# (every alternative ends in ）, ) or 号: head_number._number_last searches only lines that end so)
DOC_NUMBER_TAIL_RE = re.compile(
    r"[（(][^（()）]{0,20}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］][^（()）]{0,10}[）)]$"
    r"|\s*[-—–_]\s*[\u4e00-\u9fff]{1,16}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\d{1,5}号$"  # …的通知-X函[1998]26号
    rf"|[{LINE_SPACES}]+[\u4e00-\u9fff]{{2,30}}令[{LINE_SPACES}]*第\s*\d{{1,5}}\s*号$"  # X办法 甲省人民政府令 第116号: its order's header
    r"|\s*[（(][\u4e00-\u9fff]{2,30}令\s*第\s*\d{1,5}\s*号[）)]$"  # X的决定(甲省人民政府令第12号): its order in brackets
)
DOC_NUMBER_TAIL_LAST = frozenset("）)号")  # the last character of every match of DOC_NUMBER_TAIL_RE
# the year in brackets and the number after an organ's short name (〔2023〕7号, 【2023】第7号): one spelling for
# the 文号 glued before a title and the one run onto its end
_BRACKETED_NUMBER = r"[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\s*\d{1,5}\s*号"
# a 文号 that ends in 号, glued before a title without quotes (X政发【2023】7号关于…, X人民政府令 第5号 关于…)
GLUED_NUMBER_RE = re.compile(
    rf"^(?P<number>[\u4e00-\u9fff]{{1,16}}{_BRACKETED_NUMBER}"
    r"|[\u4e00-\u9fff]{2,20}令\s*[（(]?第\s*[\d一二三四五六七八九十百零〇○]{1,6}\s*号[）)]?)"
    # (甲委〔2011〕3号—关于…: a dash between them; 甲政规〔2031〕1号:甲县人民政府关于…: a site listing its
    # documents by number, a colon after it)
    r"\s*(?:[-—–]{1,2}\s*|[:：]\s*)?(?=[\u4e00-\u9fff])"
)
ORDER_ORGAN_RE = re.compile(r"(?P<organ>[\u4e00-\u9fff]{2,20})令[（(]?第")


@line_memo
def drop_doc_number(title: str) -> str:
    """…的通知（岳办发〔2017〕2号） -> …的通知: the 文号 a page puts after a title is not part of it."""
    title = title.rstrip()
    if title[-1:] not in DOC_NUMBER_TAIL_LAST:
        return title  # every tail ends the title (no newline after it: stripped) with ）, ) or 号
    # (the pattern opens with optional spaces: search passes over the positions no tail opens at)
    tail = search(DOC_NUMBER_TAIL_RE, title, max(0, len(title) - 40))
    return title[: tail.start()].rstrip() if tail else _glued_after(title)


# a 文号 run onto the title's last word with nothing between (…的实施意见甲府办发[2031]3号): its organ's short name,
# the year in brackets, the number
_GLUED_TAIL_RE = re.compile(rf"(?P<organ>[\u4e00-\u9fff]{{1,10}}){_BRACKETED_NUMBER}$")


def _glued_after(title: str) -> str:
    """…的实施意见甲府办发[2031]3号 -> …的实施意见: the 文号 starts where the words before it end with a kind of
    document (the shortest such number: its organ's short name holds no kind word)."""
    from parsers.structure.titles import ends_with_doc_type  # (titles imports this module)

    m = _GLUED_TAIL_RE.search(title)
    if m is None:
        return title
    for start in range(m.start("organ"), m.end("organ")):
        if start > 0 and ends_with_doc_type(title[:start]):
            return title[:start].rstrip()
    return title


def is_doc_number_line(content: str) -> bool:
    """A line that is only a 文号: 湘政办发〔2009〕24号, （X政发〔2025〕14号）, 甲府办规20312 (its brackets lost)."""
    key = squeeze(content)
    return bool(DOC_NUMBER_RE.match(key) or _BRACKETS_LOST_RE.fullmatch(key))


# 甲府办规20312 for 甲府办规〔2031〕2号: a copy that lost the 文号's brackets (and its 号) leaves the organ's short name,
# ending with its series' word (发, 规, 函, 字, 通), run onto the year and the number; no title ends in figures so
_BRACKETS_LOST_RE = re.compile(r"[\u4e00-\u9fff]{1,10}[发规函字通](?:19|20)\d{2}\d{1,4}号?")

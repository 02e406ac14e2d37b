"""A line that is only a date: the day a document was signed or issued (2026年3月1日, 二OO六年二月二十日, 20151214, a
date padded by marks of lost spaces, a date a site masked: ****年*月**日), never a title nor part of one."""

from __future__ import annotations

import re

from parsers.structure.lines import line_memo, squeeze
from parsers.structure.markers import DATE_LINE_RE

# A date line, also with O for 〇 (二OO六年二月二十日) and as eight digits (20151214).
LOOSE_DATE_RE = re.compile(
    r"^(?:[0-9０-９]{4}|[0〇○零OＯ一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$|^(?:19|20)\d{6}$|^(?:19|20)\d\d年\d{2,4}日?$"  # 2025年924, 2016年1013日: 月 lost
    # 2024812, 202468: a date whose 年 月 日 a page lost, the month and the day each written as one figure or two
    r"|^(?:19|20)\d\d(?:[1-9]|1[0-2])(?:[1-9]|[12]\d|3[01])$"
)


# ****年*月**日, 2025年**月**日: a date a site masked (its figures replaced by asterisks), still the signature's date
_MASKED_DATE_RE = re.compile(
    r"^(?=[^年]*年[^*＊]*[*＊]|[*＊])[0-9*＊]{2,4}年[0-9*＊]{1,2}月(?:[0-9*＊]{1,2}日)?$"
)
_DIGIT_RE = re.compile(r"\d")
# 2026年3月1日星期日, 2026年3月1日 周日: a page's date bar names the weekday after the day
# (日 first, put back by the substitution: a pattern led by a look-behind is tried at every position of the line)
_WEEKDAY_RE = re.compile(r"日(?:星期|礼拜|周)[一二三四五六日天]$")


def _is_word(char: str) -> bool:
    """The character is one ``\\w`` matches (str.isalnum is the same test of the Unicode database, or _)."""
    return char.isalnum() or char == "_"


def unpadded(text: str) -> str:
    """``text`` without the marks before its first word character or （( and after its last word character or
    ）): 2023年1月19日???? -> 2023年1月19日, ——（2023年）—— -> （2023年）.

    The pattern this replaces (one alternative for each end) tried its second alternative at every position of
    the line; most lines open and end with a word character, so two comparisons answer."""
    start, end = 0, len(text)
    while start < end and not (_is_word(text[start]) or text[start] in "（("):
        start += 1
    while end > start and not (_is_word(text[end - 1]) or text[end - 1] in "）)"):
        end -= 1
    return text[start:end]


@line_memo
def is_date_line(content: str) -> bool:
    """The line is a date and nothing else."""
    if "年" not in content and _DIGIT_RE.search(content) is None:
        return False  # (every form holds 年 or digits: most lines are passed over at the cost of a find)
    if "*" in content or "＊" in content:
        return bool(_MASKED_DATE_RE.match(squeeze(content)))
    # 2023年1月19日????: a date padded by marks of lost spaces
    key = _WEEKDAY_RE.sub("日", unpadded(squeeze(content)))
    return bool(DATE_LINE_RE.fullmatch(key) or LOOSE_DATE_RE.match(key))

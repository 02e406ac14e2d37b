"""The series of a policy: its title once the draft's status, the notice around it, the
issuing place and dates are set aside. Drafts with the same key are revisions of one policy.

    >>> series_key("关于征求《科技创新赋能经济转型升级若干措施(征求意见稿)》意见建议的通知")
    '科技创新赋能经济转型升级若干措施'
    >>> series_key("昆明市科技创新赋能经济转型升级若干措施（修订稿）")
    '科技创新赋能经济转型升级若干措施'

The word lists are data: status words come from parsers/data/status.toml (the one list the
structure parser reads too); organ suffixes, places and the words that only look like places
from revisions/data/series.toml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table
from parsers.status import status_words

DATA = Path(__file__).with_name("data") / "series.toml"

_BRACKETED = re.compile(r"[(\[【〔]([^()\[\]【】〔〕]*)[)\]】〕]")
_BOOK_TITLE = re.compile(r"《(.+)》")  # greedy: the outermost pair (inner titles use 〈〉 or nested 《》)
_SOLICIT = re.compile(
    r"^关于(?:公开)?征求(.+?)(?:的)?(?:意见建议|意见和建议|修改意见|意见)的?(?:通知|公告|函)?$"
)
_FULL_DATE = re.compile(
    r"\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-./]\d{1,2}(?:[-./]\d{1,2})?(?!\d))"
)
_YEAR = re.compile(r"\d{4}\s*年?(?:度)?")
_SEPARATORS = re.compile(r"[\s\-—–_·•、，,。:：;；\"'“”‘’]+")


@cache
def _rules() -> dict:
    rules = dict(data_table(DATA))  # a copy of its own: the entries below are added to it
    words = status_words()
    rules["status"] = sorted(
        words.series, key=len, reverse=True
    )  # in brackets: (征求意见稿) (试行) (2024年修订)
    rules["tail_status"] = words.draft  # at the end: …若干措施 征求意见稿 (longest first)
    rules["organ_suffixes"] = sorted(rules["organ_suffixes"], key=len, reverse=True)
    suffixes = "|".join(map(re.escape, sorted(rules["place_suffixes"], key=len, reverse=True)))
    rules["place_re"] = re.compile(rf"^([\u4e00-\u9fff]{{2,6}}?(?:{suffixes}))")
    organs = "|".join(map(re.escape, rules["organ_suffixes"]))
    rules["issuer_re"] = re.compile(rf"^.{{2,40}}?(?:{organs})(?=关于)")
    return rules


def _is_status_or_date(text: str) -> bool:
    """True when a bracketed remark holds only status words and dates: (征求意见稿), (2024年修订)."""
    rest = _FULL_DATE.sub("", text)
    rest = _YEAR.sub("", rest)
    for word in _rules()["status"]:
        rest = rest.replace(word, "")
    return not _SEPARATORS.sub("", rest)


def _strip_place(text: str, issuer: str | None) -> str:
    rules = _rules()
    issuer_places = []
    if issuer:
        issuer = unicodedata.normalize("NFKC", issuer).replace(" ", "")
        for province in rules["provinces"]:
            if issuer.startswith(province):
                issuer_places.append(province)
                issuer = issuer[len(province) :]
        match = rules["place_re"].match(issuer)
        if match:
            issuer_places.append(match.group(1))
    changed = True
    while changed and len(text) > 2:
        changed = False
        for place in [*issuer_places, *rules["provinces"]]:
            if text.startswith(place) and len(text) > len(place) + 1:
                text, changed = text[len(place) :], True
        match = rules["place_re"].match(text)
        if match and len(text) > len(match.group(1)) + 3:
            word = match.group(1)
            if not any(word.endswith(not_place) for not_place in rules["not_places"]):
                text, changed = text[len(word) :], True
    if (
        len(text) > 3
        and text[0] in rules["lone_place_chars"]
        and text[1] not in rules["lone_place_not_before"]
        and not any(text.startswith(w) for w in rules["not_places"])
    ):
        text = text[1:]
    return text


def _trim_separators(text: str) -> str:
    """Drop spaces, dashes and punctuation at either end."""
    match = re.fullmatch(rf"(?:{_SEPARATORS.pattern})?(.*?)(?:{_SEPARATORS.pattern})?", text, re.S)
    return match.group(1) if match else text


def series_key(title: str | None, issuer: str | None = None) -> str:
    """The policy's title without status words, notice wrapper, issuing place and dates."""
    if not title:
        return ""
    rules = _rules()
    text = unicodedata.normalize("NFKC", title).strip()
    text = re.sub(r"\s+", "", text)
    # the consultation notice around the policy's name: 关于征求《…》意见建议的通知
    book = _BOOK_TITLE.search(text)
    if book:
        text = book.group(1)
    else:
        solicit = _SOLICIT.match(text)
        if solicit:
            text = solicit.group(1)
    text = rules["issuer_re"].sub("", text)
    # bracketed remarks that are only status or date: (征求意见稿) (2024年修订) (试行)
    text = _BRACKETED.sub(lambda m: "" if _is_status_or_date(m.group(1)) else m.group(0), text)
    text = _FULL_DATE.sub("", text)
    # status words trailing the name, possibly after a space or dash: …若干措施 征求意见稿
    stripped = True
    while stripped:
        stripped = False
        text = _trim_separators(text)
        for word in rules["tail_status"]:
            if text.endswith(word) and len(text) > len(word) + 2:
                text, stripped = text[: -len(word)], True
                break
    text = _strip_place(text, issuer)
    key = re.sub(r"[\s\"'“”‘’]+", "", text).strip("《》〈〉")
    return key or re.sub(r"\s+", "", unicodedata.normalize("NFKC", title))

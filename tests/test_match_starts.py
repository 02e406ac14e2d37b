"""The characters a pattern's match opens with (parsers/match_starts.py), and the year-phrase scan that skips the
positions no match opens at (parsers.anchors._first_containing): the same match as trying every position, on
patterns and texts written for this file; ``finditer``, the same matches as the pattern's own finditer."""

from __future__ import annotations

import random
import re

import pytest

from parsers.anchors import _first_containing
from parsers.lexicon import lexicon
from parsers.match_starts import consumed_class, finditer, opening_class, search


def _opening(pattern: str, sample: str) -> str | None:
    """The characters of ``sample`` the pattern's opening class holds (None: no class)."""
    found = opening_class(re.compile(pattern))
    return None if found is None else "".join(found.findall(sample))


def test_look_behinds_and_optional_words_are_read_past():
    # a look-behind consumes nothing; an optional word lets what follows open the match too
    sample = "力争到2026年 \u3000\n3x"
    assert _opening(r"(?<=力争)(?:到)?\s*(?P<year>(?:19|20)\d{2})年", sample) == "到22 \u3000\n"
    assert _opening(r"(?<![年月])至今|(?:截至)?[“\"]十五", '至截止“"十五”') == '至截“"'


def test_a_class_and_its_escapes_stay_a_class():
    assert _opening(r"[\]\-a-c]x|\^y", "]-^bz[") == "]-^b"


@pytest.mark.parametrize(
    "pattern",
    [r"a*", r"(?:年)?", r".年", r"[^年]年", r"\S年", r"(?i:ab)", r"(a)?(?(1)b|c)", r"(?=年)"],
)
def test_a_pattern_that_may_open_anywhere_gets_no_class(pattern):
    assert _opening(pattern, "年") is None


def _every_position(pattern: re.Pattern, text: str, window, at: int, seen_end: int):
    """What _first_containing stands for: the first match of the window's scan that holds ``at``."""
    return next(
        (m for m in pattern.finditer(text, *window) if m.start() <= at < m.end() and m.end() > seen_end),
        None,
    )


def test_the_year_phrase_is_found_where_every_position_finds_it():
    year = lexicon().year
    rng = random.Random(7)
    pieces = [
        "到",
        "至",
        "2026",
        "2030",
        "年",
        "底",
        "前",
        "，",
        "力争",
        "目标是",
        "达到",
        "100亿元",
        " ",
        "\n",
        "的",
        "完成",
    ]
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 14)))
        for anchor in re.finditer(r"\d(?=年)", text):
            at = anchor.start()
            window = (max(0, at - 8), min(len(text), at + 64))
            got = _first_containing(year, text, window, at, -1)
            want = _every_position(year, text, window, at, -1)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
            found += got is not None
    assert found > 20  # the texts do hold goal years


def test_a_goal_year_after_a_target_word_opens_at_the_word_before_it():
    year = lexicon().year
    text = "全市发展目标是：2030年地区生产总值达到1000亿元"
    at = text.index("年") - 1
    m = _first_containing(year, text, (0, len(text)), at, -1)
    assert m is not None and m.group(0) == "是：2030年"


def test_without_the_private_parser_no_set_is_found_and_every_position_is_tried(monkeypatch) -> None:
    import re

    from parsers import match_starts

    monkeypatch.setattr(match_starts, "sre_parse", None)
    assert match_starts.opening_class(re.compile("(?<![年月])到\\d{4}年")) is None


_FIGURE_PIECES = [
    "补助",
    "不超过",
    "5",
    "30",
    "2 000",
    "1,200",
    ".5",
    "万",
    "元",
    "亿元",
    "五十",
    "三成",
    "百分之",
    "%",
    "个百分点",
    "倍",
    "：",
    "3：7",
    "1/3",
    "人民币",
    "至",
    "-",
    " ",
    "，",
    "年",
    "第",
    "十",
]


@pytest.mark.parametrize(
    "name",
    ["money", "percent", "percentage_points", "colon_ratio", "slash_fraction", "multiple", "target_quantity"],
)
def test_finditer_finds_what_the_patterns_own_finditer_finds(name):
    pattern = getattr(lexicon(), name)
    assert opening_class(pattern) is not None  # the lexicon's figures open with a bounded class
    rng = random.Random(11)
    found = 0
    for _ in range(800):
        text = "".join(rng.choice(_FIGURE_PIECES) for _ in range(rng.randint(1, 24)))
        pos, endpos = rng.randint(0, 3), rng.choice([None, len(text) - rng.randint(0, 3)])
        want = list(pattern.finditer(text, pos, len(text) if endpos is None else endpos))
        got = list(finditer(pattern, text, pos, endpos))
        assert [(m.span(), m.groupdict()) for m in got] == [(m.span(), m.groupdict()) for m in want], text
        found += len(want)
    assert found > 20  # the texts hold figures: the test compares matches, not two empty lists


def test_finditer_of_a_pattern_without_an_opening_class_is_the_patterns_own():
    pattern = re.compile(r"[^，]+")
    assert opening_class(pattern) is None
    assert [m.group() for m in finditer(pattern, "甲，乙丙，丁", 1)] == ["乙丙", "丁"]


def test_search_finds_what_the_patterns_own_search_finds():
    pattern = lexicon().money
    rng = random.Random(13)
    for _ in range(500):
        text = "".join(rng.choice(_FIGURE_PIECES) for _ in range(rng.randint(1, 16)))
        want, got = pattern.search(text), search(pattern, text)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), text


def test_opening_class_is_each_patterns_own_when_patterns_come_and_go():
    # the class is kept by the pattern's id (a lookup per call): a pattern made per document and dropped must not
    # lend its class to a later pattern, and a full table starts again without forgetting what a class is
    kept = re.compile(r"(?:甲|乙)丙")
    assert _opening_class_text(kept) == "[乙甲]"
    for i in range(3000):  # more patterns than the table holds, each dropped after use
        made = re.compile(rf"(?:{chr(0x5000 + i)}|丁)戊")
        assert _opening_class_text(made) == "[" + "".join(sorted((chr(0x5000 + i), "丁"))) + "]"
    assert _opening_class_text(kept) == "[乙甲]"
    assert opening_class(re.compile(r"[^，]+")) is None


def _opening_class_text(pattern: re.Pattern) -> str | None:
    found = opening_class(pattern)
    return None if found is None else found.pattern


def test_the_consumed_class_holds_what_a_match_consumes_and_no_look_around():
    # goal_spans reads a span's runs up to 年 by it: the aim of the look-behind is not consumed (given as extra)
    assert consumed_class(re.compile(r"(?<=力争)[ ]*\d{1,2}年(?:之)?内(?=，)"), "年") == r"[ 之内\d]"
    assert consumed_class(re.compile(r"(?<=力争)[ ]*\d{1,2}年"), "年 ", "力争") == r"[争力\d]"
    assert consumed_class(re.compile(r"用.年"), "年") is None  # any character
    assert consumed_class(re.compile(r"[^，]+年"), "年") is None
    assert consumed_class(re.compile(r"\w+年"), "年") is None
    assert consumed_class(re.compile(r"[一-龥]+"), "年") is None  # 年 within the range: it cannot be left out
    assert consumed_class(re.compile(r"\d+"), "5") is None

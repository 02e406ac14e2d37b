"""Patterns worded so that the regex engine gets a first-character set and skips to those characters instead of
trying every position: an opening look-behind moved past the first character (parsers.patterns.YEAR_NAMED,
parsers.structure.lines._GAP_RE, the pinyin readings), an opening look-ahead moved past it (the lexicon's grant
cues), an optional opening word written into each alternative (the labelled date stamp), an opening repeat split
(X{4} as X X{3}, X+ as X X*). They find what the plain wording finds, at any pos and endpos, by every method the
rules call."""

import random
import re

import pytest

from parsers.goal_features import _DIGITS
from parsers.lexicon import lexicon
from parsers.patterns import YEAR_NAMED, alternation
from parsers.structure import lead_paragraph, pinyin, toc
from parsers.structure.lines import _GAP_RE
from parsers.structure.title_repeat import _NUMERAL_YEAR_RE
from parsers.structure.titles import _ISSUER_SPLIT_RE

_ROLES = lexicon().raw["roles"]
_TONED = pinyin._TONED
_SYLLABLE = pinyin._SYLLABLE

CASES = [
    (YEAR_NAMED, r"(?<!\d)((?:19|20)\d{2})\s*年", "12090 年\n3x"),
    (
        _GAP_RE,
        r"(?<=[^A-Za-z0-9\s])[ \t\u3000\xa0]+(?=[^\x00-\x7f]|[0-9(（])",
        " \t\u3000\xa0a1(（中,\n",
    ),
    (
        pinyin._PINYIN_RE,
        r"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]\n))[(（][a-zü"
        + _TONED
        + r"]{0,6}["
        + _TONED
        + r"][a-zü"
        + _TONED
        + r"]{0,6}[)）]",
        "人(（)）āa\nb",
    ),
    (
        pinyin._TONELESS_RE,
        rf"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]\n))[(（]{_SYLLABLE}[)）]",
        "人(（)）zhang\n",
    ),
    (
        pinyin._NEUTRAL_RE,
        rf"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]\n))[(（](?=[bpmfdtnlgkhjqxrzcsyw]){_SYLLABLE}[)）]",
        "人(（)）demn\n",
    ),
    (_NUMERAL_YEAR_RE, r"[〇○零一二三四五六七八九]{4}(?=年)", "〇二三年 x"),
    (toc._SPACES_RE, r"\s+", " \t\n\u3000a中"),
    (lead_paragraph._SPACES_RE, r"\s+", " \t\n\u3000a中"),
    (_ISSUER_SPLIT_RE, r"[\s、，,]+", " 、，,a中"),
    (_DIGITS, r"\d+", "12a３ "),
] + [
    (  # a grant word unless a compound (配套企业) or a mechanism (补偿机制) holds it: led by the look-ahead
        pattern,
        f"(?!{alternation(_ROLES['cue_compounds'])})(?:{alternation(_ROLES[key])})"
        f"(?!{alternation(_ROLES['cue_not_before'])})",
        sorted(set("".join([*_ROLES[key], *_ROLES["cue_compounds"], *_ROLES["cue_not_before"]])))
        + ["配套", "x"],
    )
    for pattern, key in [
        (lexicon().subsidy_cue, "subsidy_cues"),
        (lexicon().ratio_subsidy_cue, "ratio_subsidy_cues"),
    ]
]
_STAMP = lexicon().section("document_date")["labelled_stamp_pattern"]
CASES.append(
    (  # 发布时间：2026-03-05, its labels written whole rather than an optional word before 时间|日期
        re.compile(_STAMP),
        r"(?:发布|发稿|更新|成文|印发)?(?:时间|日期)" + _STAMP[_STAMP.index(r"\s*[:：]") :],
        [
            "发布",
            "发",
            "布",
            "更新",
            "时间",
            "日期",
            "时",
            ":",
            "：",
            " ",
            "2024",
            "19",
            "-",
            "1",
            "年",
            "月",
            "日",
        ],
    )
)


def _found(pattern: re.Pattern, text: str, pos: int, endpos: int):
    def span(m):
        return None if m is None else (m.span(), m.groups())

    return (
        [span(m) for m in pattern.finditer(text, pos, endpos)],
        pattern.findall(text, pos, endpos),
        pattern.sub("-", text[pos:endpos]),
        pattern.split(text[pos:endpos]),
        span(pattern.search(text, pos, endpos)),
        span(pattern.match(text, pos, endpos)),
    )


@pytest.mark.parametrize(("pattern", "wording", "alphabet"), CASES)
def test_the_pattern_finds_what_its_plain_wording_finds(pattern, wording, alphabet):
    plain = re.compile(wording)
    rnd = random.Random(24)
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        pos = rnd.randint(0, len(text))
        endpos = rnd.randint(pos, len(text))
        assert _found(pattern, text, pos, endpos) == _found(plain, text, pos, endpos), (text, pos, endpos)


def test_a_year_inside_a_longer_number_is_no_year():
    assert YEAR_NAMED.findall("2026年，12026年，2030 年") == ["2026", "2030"]
    assert YEAR_NAMED.search("12026年", 1) is None  # the digit before pos is read, as the look-behind read it

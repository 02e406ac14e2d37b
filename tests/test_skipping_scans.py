"""Matches found behind a pattern's opening class (parsers.match_starts.skipping, spans and scan): the trap words'
spans (which the money, ratio and goal candidates' trap test reads), the doubling words, the work year, the year
spoken of and an elapsed period, on texts drawn from their pieces and their edges in random windows, are those
of the pattern's own ``finditer`` (span and groups); likewise for made-up patterns that open with a look-behind,
an optional item or a repeat, and patterns no skipping form is made for."""

import random
import re

from parsers.clause_tense import _build as tense_words
from parsers.document_date import _build as date_words
from parsers.doubling import _ratio_words
from parsers.goal_topics import _said_year
from parsers.lexicon import lexicon
from parsers.match_starts import scan, scan_search, skipping, spans

_TRAP_PIECES = [
    "一次性", "一次", "一", "次", "性", "十四五", "十", "四", "五", "三中全会", "8+N", "8", "+N", "5G", "5GW", "G",
    "六G", "第", "第 3 ", "届", "批", "期", "3小时", "1.5", "公里", "服务半径", "圈", "经济圈", "65", "周岁", "岁",
    "及以上", "以下", "老年人", "儿童", "三", "门", "峡", "市", "、", "，", "河", "则", "九台区", "台", "区", "个",
    "大", "年", "万元", "增长", "２", "٣", " ", "\u3000", "\n", "a", "多元",
]  # fmt: skip


def _texts(pieces: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def _check(pattern: re.Pattern, texts: list[str], seed: int) -> int:
    skipper = skipping(pattern)
    assert skipper is not None
    rng, found = random.Random(seed), 0
    for text in texts:
        for _ in range(3):
            pos = rng.randint(0, len(text))
            endpos = rng.randint(pos, len(text) + 3)
            want = [m.span() for m in pattern.finditer(text, pos, endpos)]
            assert list(spans(pattern, skipper, text, pos, endpos)) == want, (text, pos, endpos)
            assert list(spans(pattern, None, text, pos, endpos)) == want
            found += len(want)
    return found


def test_trap_spans_are_finditer_spans():
    lex = lexicon()
    assert lex.trap_skipping is not None
    assert _check(lex.trap, _texts(_TRAP_PIECES, 1, 8000), 2) > 3000


def test_spans_of_made_up_patterns_are_finditer_spans():
    texts = _texts(["a", "b", "ab", "x", "、", "1", "12", "。"], 3, 3000)
    for source in [r"(?<=[、x])a+b?|b(?=\d)", r"(?:a|x)?b\d*", r"\d+(?:a|b)|(?<!x)ab", r"a(?=b)|ab|x"]:
        assert _check(re.compile(source), texts, 4) > 300, source


_YEAR_PIECES = [
    "2031", "2031年", "年度", "年", "二〇", "工作会议", "工作要点", "重点工作", "两会", "情况", "完成", "至", "-", "。",
    "！", "\n", " ", "\u3000", "是", "开局之年", "今年", "本年", "上半年", "前三季度", "前 3 个月", "1-9月", "以来",
    "年初", "2031年是", "2031年是“十六五”开局之年，", "\n2029年是关键一年。", "。2032年，是全面", "关键一年", "之年", "工作", "要点", "会议", "翻一番", "翻了两番", "双倍增", "增长一倍", "倍增", "计划", "工程", "提高", "增", "，", "1", "20", "9",
]  # fmt: skip


def _key(m: re.Match | None):
    return None if m is None else (m.span(), m.groups(), m.groupdict())


def test_scanned_matches_are_finditer_matches():
    lex = lexicon()
    patterns = [
        lex.derived(_ratio_words).pattern,
        lex.derived(date_words).work_year,
        _said_year(),
        lex.derived(tense_words).elapsed_period,
        re.compile(r"(?<=[、x])a+b?|b(?=\d)"),
        re.compile(r"(a)\1|b"),  # refers to a group by number: no skipping form, finditer itself
        re.compile(r"(?m)^a|b"),  # a flag at its start: likewise
    ]
    texts = _texts(_YEAR_PIECES + ["a", "b", "x", "、"], 5, 4000)
    rng, found = random.Random(6), [0] * len(patterns)
    for text in texts:
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text) + 3)
        for i, pattern in enumerate(patterns):
            want = [_key(m) for m in pattern.finditer(text, pos, endpos)]
            assert [_key(m) for m in scan(pattern, text, pos, endpos)] == want, (pattern.pattern, text, pos)
            assert _key(scan_search(pattern, text, pos, endpos)) == _key(pattern.search(text, pos, endpos))
            found[i] += len(want)
    assert min(found) > 10, found
    assert [skipping(p) is None for p in patterns] == [False] * 5 + [True] * 2

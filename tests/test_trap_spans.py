"""The trap words' spans found behind their opening class (parsers.match_starts.skipping and spans, which the
money, ratio and goal candidates' trap test reads): on texts drawn from the trap words' pieces and their edges, in
random windows, the spans are those of the trap pattern's own ``finditer``; likewise for made-up patterns that
open with a look-behind, an optional item or a repeat."""

import random
import re

from parsers.lexicon import lexicon
from parsers.match_starts import skipping, spans

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

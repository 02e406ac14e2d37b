"""Line tests that skip a whole-line search where its pattern cannot match: a contents entry's leader pattern
(parsers.structure.toc._leader_entry: only where the line ends in a page number or a leader dot, or holds a page
field) and a covering sentence's end (parsers.structure.covering._ends_sentence: searched from the last mark a match
can open at). With the gate the answer is the whole-line search's, on lines drawn from the pieces those patterns
read."""

import random

from parsers.structure.covering import SENTENCE_END_RE, _ends_sentence
from parsers.structure.toc import LEADER_ENTRY_RE, _leader_entry

_LEADER_PIECES = [
    "第一章",
    "总体要求",
    "1.3",
    "…",
    "……",
    "⋯",
    ".",
    "．",
    "·",
    "4",
    "12",
    "１２",
    "٣",
    " ",
    "\u3000",
    "\t",
    "\n",
    "PAGEREF",
    "PAGEREF _Toc532803021",
    "_Toc",
    "\\h",
    "。",
    "页",
]

_SENTENCE_PIECES = [
    "现将",
    "《办法》",
    "印发给你们",
    "。",
    "；",
    "！",
    "？",
    "”",
    "’",
    "）",
    ")",
    "\n",
    "（",
    "，",
    "请",
    " ",
]


def _lines(pieces: list[str], seed: int, n: int = 6000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14 if k % 3 else 40))) for k in range(n)]


def test_leader_entry_is_the_whole_line_search():
    lines = _lines(_LEADER_PIECES, 26)
    found = [bool(LEADER_ENTRY_RE.search(line)) for line in lines]
    assert [_leader_entry(line) for line in lines] == found
    assert sum(found) > 200  # entries among them, not only lines the gate turns away
    assert _leader_entry("第一章 总体要求…………4") and _leader_entry(
        "第二章 发展环境 PAGEREF _Toc532803021 \\h 14"
    )
    assert _leader_entry("1.3 事件分类分级 ..........\n")
    assert not _leader_entry("第三章 保障措施……") and not _leader_entry("")


def test_ends_sentence_is_the_whole_line_search():
    lines = _lines(_SENTENCE_PIECES, 25)
    found = [SENTENCE_END_RE.search(line) is not None for line in lines]
    assert [_ends_sentence(line) for line in lines] == found
    assert 500 < sum(found) < len(lines) - 500
    assert _ends_sentence("现将《办法》印发给你们。”）") and _ends_sentence("请遵照执行。\n")
    assert not _ends_sentence("现将《办法》印发给你们，") and not _ends_sentence("执行。\n）")

"""The next article's search with one pattern for any numeral (runon._search_article) finds what the pattern of the
article's own number finds: the same start and end, from every position, in prose and in strings made to trip it."""

from __future__ import annotations

import random

import pytest

from parsers.numbers import to_chinese
from parsers.structure.runon import _next_article_re, _next_loose_article_re, _search_article

SENTENCES = [
    "为了规范甲市养犬行为，制定本规定。第二条 本规定适用于本市行政区域。第三条 市公安机关负责实施。",
    "第五条 单位应当建立制度。第六条 依照第六条规定办理的，不再审批。第七条 本办法自公布之日起施行。",
    "…履行保护义务。第二章 水域保护第六条 各级人民政府应当加强水域保护。第七条 禁止围垦。",
    "有关单位应当遵守本条例的规定,第三条.县级以上人民政府负责,第四条、第五条另行规定。第十一条 附则",
    "前款所称费用,第十二条规定的除外；第十二条 本条例自二〇二四年一月一日起施行。",
    "第九十九条 执行。（第一百条）第一百条 本法自公布之日起施行。第一百零一条 废止。",
    "应当报告。（市住建局负责）第二十一条　申请人应当提交材料。第二十二条至第二十五条另行规定。",
    "履行职责，第三章,监督管理,第十条 有关部门依法监督。第十条所称部门是指区县部门。",
    "说明如下：第二条　第 三 条　第三条　 第三十条 第三百条 第三千条 第十一百条。",
    "相关规定。”第八条 当事人不服的，可以申请复议。！第九条 复议期间不停止执行。？第十条 附则。",
    "—第四条 本条例所称安全。——第四条 重复。【第五条】规定。第五条、第六条。第五条 另款。",
]
ALPHABET = "第一二三四五六七八九十百零〇千章条。！？，,、：;（）() 　”」规定的至\n甲乙"


def _numbers() -> list[int]:
    return [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 21, 22, 30, 99, 100, 101, 105, 300, 999, 1000, 3000, 10_010]


@pytest.mark.parametrize("loose", [False, True])
def test_the_same_match_as_the_numbers_own_pattern_in_prose(loose: bool) -> None:
    own_pattern = _next_loose_article_re if loose else _next_article_re
    found_any = 0
    for sentence in SENTENCES:
        for number in _numbers():
            own = own_pattern(number)
            for at in range(len(sentence) + 1):
                expected = own.search(sentence, at)
                got = _search_article(sentence, at, number, loose)
                assert (got and got.span()) == (expected and expected.span()), (sentence, number, at)
                found_any += expected is not None
    assert found_any > 50  # the prose does hold the articles searched for


@pytest.mark.parametrize("loose", [False, True])
def test_the_same_match_as_the_numbers_own_pattern_in_made_strings(loose: bool) -> None:
    own_pattern = _next_loose_article_re if loose else _next_article_re
    rng = random.Random(29)
    found_any = 0
    for _ in range(3000):
        number = rng.choice(_numbers())
        pieces = [rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))]
        pieces.insert(rng.randint(0, len(pieces)), f"第{to_chinese(number)}条")
        decoy = to_chinese(rng.choice(_numbers())) or "十"  # another article, before or after it
        pieces.insert(rng.randint(0, len(pieces)), rng.choice(["。", "，", ""]) + f"第{decoy}条")
        pieces.insert(rng.randint(0, len(pieces)), rng.choice(["。", "，", "。第二章 总则", "（注）", ""]))
        text = "".join(pieces)
        at = rng.randint(0, 3)
        expected = own_pattern(number).search(text, at)
        got = _search_article(text, at, number, loose)
        assert (got and got.span()) == (expected and expected.span()), (text, number, at)
        found_any += expected is not None
    assert found_any > 100


def test_the_loose_article_hints_found_by_their_opener_are_finditers() -> None:
    from parsers.match_starts import opening_class, scan
    from parsers.structure.runon import _LOOSE_ARTICLE_HINT_RE

    assert opening_class(_LOOSE_ARTICLE_HINT_RE) is not None  # else scan is finditer, as slow as before
    text = "\n".join(SENTENCES) + "\n甲市养犬管理规定第一条为了规范养犬。乙条例第一章 总则第一条 为了…"
    hints = [m.span() for m in scan(_LOOSE_ARTICLE_HINT_RE, text)]
    assert hints == [m.span() for m in _LOOSE_ARTICLE_HINT_RE.finditer(text)]
    assert len(hints) > 10

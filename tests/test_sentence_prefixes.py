"""parsers.sentence_prefixes answers, for every position of a sentence, what a search of the words before it answers
(a part of the year already run, the last year named, the end of a five-year period named), reading the sentence
once: the two must agree at every position, including positions inside the matches."""

from __future__ import annotations

import pytest

from parsers.clause_tense import names_elapsed_period
from parsers.goal_periods import period_end_year
from parsers.lexicon import lexicon
from parsers.patterns import YEAR_NAMED
from parsers.sentence_prefixes import SentencePrefixes

SENTENCES = [
    "2031年前三季度，全市地区生产总值增长5.6%左右，规上工业增加值增长7%。",
    "“十四五”期间，全县年均增长6%，2025年达到300亿元，“十五五”末突破500亿元。",
    "今年以来，1—9月全市固定资产投资增长3.2%，上半年增长2.8%，2024年同期为1.5%。",
    "力争到2027年，全市高新技术企业达到800家以上，研发投入强度达到3%。",
    "全市各项工作稳步推进，社会大局和谐稳定。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_position_agrees_with_a_search_of_its_prefix(sentence):
    lex = lexicon()
    norm = "前文。" + sentence + "后文。"  # the sentence inside a longer text, as the index gives it
    start, end = 3, 3 + len(sentence)
    prefixes = SentencePrefixes(norm, lex)
    for pos in range(start, end + 1):
        years = [int(m.group(1)) for m in YEAR_NAMED.finditer(norm, start, pos)]
        assert prefixes.names_elapsed_period(start, end, pos) == names_elapsed_period(
            norm, start, pos, lex
        ), pos
        assert prefixes.last_year(start, end, pos) == (years[-1] if years else None), pos
        assert prefixes.period_end(start, end, pos) == period_end_year(norm[start:pos], lex), pos


def test_what_the_words_before_a_value_name():
    lex = lexicon()
    norm = SENTENCES[1]
    prefixes = SentencePrefixes(norm, lex)
    at_300 = norm.index("300亿元")
    assert prefixes.last_year(0, len(norm), at_300) == 2025
    assert prefixes.period_end(0, len(norm), at_300) == 2025  # “十四五” ends in 2025
    assert prefixes.period_end(0, len(norm), 2) is None  # inside “十四五”: no whole period before it
    elapsed = SENTENCES[2]
    at_share = elapsed.index("3.2%")
    assert SentencePrefixes(elapsed, lex).names_elapsed_period(0, len(elapsed), at_share)
    assert not SentencePrefixes(norm, lex).names_elapsed_period(0, len(norm), at_300)

"""parsers.patterns.last_mark_before: the last of several punctuation marks before a position (the clause or
sentence a stretch before a year, an amount or a name begins after), and after_last_mark, where that stretch begins.
A near mark is found by a regex over a window, a far one by rfind: the answer is the rfind loop's at any bounds."""

import random

import pytest

from parsers.patterns import (
    _NEAR_MARK_REACH,
    CLAUSE_ENDS,
    COMMAS,
    FULL_STOPS,
    SEMICOLONS,
    after_last_mark,
    last_mark_before,
)

SENTENCE = "到2027年，产值达到100亿元；到2030年，力争突破200亿元。同比增长5%!"


def _rfinds(text: str, marks: str, end: int, start: int = 0) -> int:
    return max([text.rfind(mark, start, end) for mark in marks], default=-1)


def test_empty_text_and_empty_marks():
    assert last_mark_before("", CLAUSE_ENDS, 0) == -1
    assert last_mark_before("", CLAUSE_ENDS, 5, 2) == -1
    assert last_mark_before(SENTENCE, "", len(SENTENCE)) == -1
    assert after_last_mark("", CLAUSE_ENDS, 0) == 0
    assert after_last_mark(SENTENCE, "", len(SENTENCE), 3) == 3


def test_no_mark_found():
    text = "推动产业集群发展壮大"
    assert last_mark_before(text, CLAUSE_ENDS, len(text)) == -1
    assert after_last_mark(text, CLAUSE_ENDS, len(text)) == 0
    assert after_last_mark(text, CLAUSE_ENDS, len(text), 4) == 4


def test_the_last_of_several_marks():
    year = SENTENCE.index("2030")
    assert last_mark_before(SENTENCE, SEMICOLONS, year) == SENTENCE.index("；")
    assert last_mark_before(SENTENCE, COMMAS + SEMICOLONS, len(SENTENCE)) == SENTENCE.rindex("，")
    assert last_mark_before(SENTENCE, FULL_STOPS, len(SENTENCE)) == SENTENCE.index("!")  # the half-width one
    assert after_last_mark(SENTENCE, CLAUSE_ENDS, year) == SENTENCE.index("；") + 1


def test_bounds_are_a_slice():
    semicolon = SENTENCE.index("；")
    assert last_mark_before(SENTENCE, SEMICOLONS, semicolon) == -1  # end is excluded
    assert last_mark_before(SENTENCE, SEMICOLONS, semicolon + 1) == semicolon
    assert last_mark_before(SENTENCE, SEMICOLONS, len(SENTENCE), semicolon) == semicolon  # start is included
    assert last_mark_before(SENTENCE, SEMICOLONS, len(SENTENCE), semicolon + 1) == -1
    assert after_last_mark(SENTENCE, SEMICOLONS, len(SENTENCE), semicolon + 1) == semicolon + 1
    assert last_mark_before(SENTENCE, SEMICOLONS, 5, 9) == -1  # start past end: nothing
    # an end past the text
    assert last_mark_before(SENTENCE, CLAUSE_ENDS, len(SENTENCE) + 50) == len(SENTENCE) - 1


@pytest.mark.parametrize("gap", [0, 1, _NEAR_MARK_REACH - 1, _NEAR_MARK_REACH, _NEAR_MARK_REACH + 1, 5000])
def test_a_far_mark_as_a_near_one(gap):
    text = "推动发展。" + "产业" * gap + "创新"
    assert last_mark_before(text, CLAUSE_ENDS + "\n", len(text)) == 4
    assert last_mark_before(text, CLAUSE_ENDS + "\n", len(text), 5) == -1


def test_the_rfind_loop_at_any_bounds():
    rng = random.Random(28)
    alphabet = "产业发展，,；;。！？!?\n（()）、 "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 700)))
        marks = "".join(rng.sample("，,；;。！？!?\n（()）", rng.randrange(0, 5)))
        end, start = rng.randrange(0, len(text) + 10), rng.randrange(0, len(text) + 10)
        assert last_mark_before(text, marks, end, start) == _rfinds(text, marks, end, start)
        assert after_last_mark(text, marks, end, start) == max(start, _rfinds(text, marks, end, start) + 1)

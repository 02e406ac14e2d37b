"""A converted page writes each character it lost (an indent's full-width space) as ``?``; some keep a space after
the marks (``? 一、总则``, ``??? （一）编制目的``). The marks read as spaces then too, so the parts' markers open their
lines (review35 S7: one pattern for the marks, in fold). Texts are made up."""

from __future__ import annotations

from parsers.structure import parse_structure
from parsers.structure.fold import fold

_TEXT = (
    "? 一、总则\n??? （一）编制目的\n???? 为做好我市供热突发事件的处置，保障居民冬季用热，制定本预案。\n"
    "??? （二）处置原则\n???? 属地负责，分级管理。\n? 二、组织体系\n???? 市政府设立供热应急指挥部。\n"
)


def test_marks_then_a_space_fold_to_spaces_of_the_same_length() -> None:
    assert fold("? 一、总则\n??? （一）编制目的\n") == "  一、总则\n    （一）编制目的\n"


def test_the_parts_behind_spaced_marks_are_read_as_parts() -> None:
    doc = parse_structure(_TEXT)
    parts = [
        (n.kind, n.heading, [(c.kind, c.heading) for c in n.children if c.kind == "measure"])
        for n in doc.nodes
    ]
    assert parts[:2] == [
        ("action", "总则", [("measure", "编制目的"), ("measure", "处置原则")]),
        ("action", "组织体系", []),
    ]
    assert doc.title is None  # a part's heading is no title


def test_a_question_mark_in_a_sentence_is_left() -> None:
    text = "一、总则\n是否需要补充? 请反馈。\n二、附则\n? 是否\n"
    assert fold(text) == text  # one line opening with marks is no lost indentation

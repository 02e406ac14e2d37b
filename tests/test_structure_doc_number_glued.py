"""A 文号 glued to a title with nothing between (review35 S6): before it (甲政发【2031】第7号关于…) and run onto its
end (…的实施意见甲府办发[2031]3号). Both read the year in brackets and the number one way, whatever the brackets."""

from __future__ import annotations

import pytest

from parsers.structure.doc_number import GLUED_NUMBER_RE, drop_doc_number


@pytest.mark.parametrize(
    "number", ["甲府办发[2031]3号", "甲府办发〔2031〕3号", "甲府办发【2031】第3号", "甲府办发［2031］ 3 号"]
)
def test_a_number_run_onto_the_title_is_dropped_at_its_organ(number: str) -> None:
    assert drop_doc_number(f"甲市人民政府关于加快乡村旅游发展的实施意见{number}") == (
        "甲市人民政府关于加快乡村旅游发展的实施意见"
    )


def test_a_title_that_ends_in_a_number_of_its_own_keeps_it() -> None:
    # no kind of document ends the words before the organ's name: nothing is a 文号 there
    assert drop_doc_number("关于执行甲府办发[2031]3号") == "关于执行甲府办发[2031]3号"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("甲政发【2031】第7号关于加强河道管理的通知", "甲政发【2031】第7号"),
        ("甲委〔2031〕3号—关于加强河道管理的意见", "甲委〔2031〕3号"),
        ("甲府办[2031]12号关于印发甲市乙办法的通知", "甲府办[2031]12号"),
    ],
)
def test_a_number_glued_before_the_title_is_read_whole(line: str, number: str) -> None:
    m = GLUED_NUMBER_RE.match(line)
    assert m is not None and m.group("number") == number

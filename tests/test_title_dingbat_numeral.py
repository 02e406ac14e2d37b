"""A law database lists a document under its collection's heading with a circled numeral from the dingbats' block
(❶ 甲省X条例, ➀ 乙市Y办法, ➊ 丙县Z规定), as others write ⑴ or ①: the numeral is the list's, not the title's.

Texts are made up; the form is that of a law database's list pages.
"""

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize("mark", ["❶ ", "➀", "➊ ", "❿"])
def test_a_dingbat_numeral_before_the_title(mark: str) -> None:
    text = (
        "甲省地方性法规\n"
        f"{mark}甲省行政执法监督条例(2031修正)\n"
        "第一章 总则\n第一条 为了加强行政执法监督，规范行政执法行为，制定本条例。\n"
        "第二条 在本省行政区域内开展行政执法监督工作，适用本条例。\n"
    )
    assert parse_structure(text).title.startswith("甲省行政执法监督条例")

"""A title wrapped after an organ's name (关于公开征集甲市人大常委会 / 立法建议项目的公告): a line that
opens with 关于 is a title's first line, never an issuer line, though it ends with an organ. Texts are made up.
"""

from parsers.structure import parse_structure
from parsers.structure.titles import is_issuer_line


def test_a_title_wrapped_after_an_organ_s_name_is_joined() -> None:
    text = (
        "关于公开征集甲市人大常委会\n立法建议项目的公告\n"
        "为进一步推进科学立法，做好甲市人大常委会2032年立法计划编制工作，现向社会公开征集立法建议项目。\n"
        "一、征集对象。本市公民均可以提出立法建议项目。\n甲市人大常委会办公室\n2031年7月8日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于公开征集甲市人大常委会立法建议项目的公告"
    assert doc.notice_title is None
    assert doc.issuer == "甲市人大常委会办公室"


def test_an_organ_line_is_still_an_issuer_line() -> None:  # guard
    assert is_issuer_line("甲市人大常委会办公室")
    assert is_issuer_line("甲省财政厅 甲省农业农村厅")
    assert not is_issuer_line("关于公开征集甲市人大常委会")

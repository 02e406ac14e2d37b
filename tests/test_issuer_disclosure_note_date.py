"""A covering notice stored without its title whose disclosure note runs onto its date's line (甲街道办事处 /
此件公开发布 2031年1月30日): the line is the signature's date all the same, and the body above it signs. Words other
than a note before a date (会议于 2031年1月30日) make no date line.

Texts are made up; the form is that of a sub-district's notice on a county portal.
"""

from parsers.structure import parse_structure
from parsers.structure.lines import Line
from parsers.structure.signature_scan import first_signature

_NOTICE = (
    "各村、社区，企事业单位，机关各部门：\n"
    "根据工作需要，现将修订后的《甲街道突发事件总体应急预案》印发给你们，请认真贯彻执行。\n"
    "甲市乙区甲街道办事处\n"
    "此件公开发布 2031年1月30日\n"
    "甲街道突发事件总体应急预案\n1 总则\n1.1 编制目的\n为做好突发事件应对工作，制定本预案。\n"
)


def _lines(*contents: str) -> list[Line]:
    return [Line(0, 0, 0, c) for c in contents]


def test_a_note_run_onto_the_date_still_closes_the_signature() -> None:
    assert parse_structure(_NOTICE).issuer == "甲市乙区甲街道办事处"


def test_other_words_before_a_date_make_no_date_line() -> None:
    assert first_signature(_lines("甲市乙区甲街道办事处", "会议定于 2031年1月30日")) is None
    assert (
        first_signature(_lines("甲市乙区甲街道办事处", "（此件公开发布）2031年1月30日"))
        == "甲市乙区甲街道办事处"
    )

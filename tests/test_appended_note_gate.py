"""drop_appended_note's gate: a note is looked for only on a title ending as a note ends (a bracket, a figure, 日)
or holding 附; what the pattern drops is dropped still, and a title ending with its kind is kept whole."""

import pytest

from parsers.structure.titles import drop_appended_note, may_end_note


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("关于修改《甲条例》的决定 附:修正本", "关于修改《甲条例》的决定"),  # 附:X, ends with any word
        ("甲市X办法（附全文）", "甲市X办法"),  # a closing bracket
        ("乙市Y管理办法(2000年)", "乙市Y管理办法"),
        ("丙市Z的通知 2024-03-12", "丙市Z的通知"),  # a figure
        ("戊市V的意见(2022年5月6日)", "戊市V的意见"),
        ("己市U的意见 2022年5月6日  ", "己市U的意见"),  # 日, spaces after it
        ("庚市T的通知 [ 2022-05-06 ]", "庚市T的通知"),
        ("辛市S的公告(点击:52)", "辛市S的公告"),
        ("壬市R的通知", "壬市R的通知"),  # its kind last: kept whole
        ("癸市Q的通知：", "癸市Q的通知："),
    ],
)
def test_notes_are_dropped_and_titles_kept(title, kept):
    assert drop_appended_note(title) == kept


def test_gate_passes_only_what_may_end_a_note():
    assert not may_end_note("甲市X办法的通知")
    assert not may_end_note("2031年甲市X规划编制工作的通知：")
    assert may_end_note("甲市X办法 附：解读")
    assert may_end_note("甲市X办法 2031-03-05\n")
    assert may_end_note("甲市X办法（2031年）")
    assert may_end_note("甲市X办法 ２０３１-０３-０５")  # a full-width figure: \d matches it

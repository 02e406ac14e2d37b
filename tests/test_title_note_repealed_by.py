"""A law database's validity note run onto the title line (*注:本篇法规已被《甲决定》(发布日期:…)废止X条例): the note
ends with its verb, the title after it. The verb may be one of repeal (废止) as well as of a later version (修订, 修正);
the name may quote the law it carries out (甲省实施《中华人民共和国乙法》办法); the text's own note of adoption under
it may wrap over two lines, its bracket closing on the second.

Texts are made up; the forms are those of a law database's pages.
"""

import pytest

from parsers.structure import parse_structure

_ADOPTED = "(2030年11月1日甲省第七届人民代表\n大会常务委员会第十一次会议通过)\n"
_ARTICLES = (
    "第一章 总则\n第一条 为了加强管理，结合本省实际，制定本办法。\n第二条 本省行政区域内适用本办法。\n"
)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "*注:本篇法规已被《甲省人大常委会关于修改<甲省实施《中华人民共和国文物保护法》办法>的决定》"
            "(发布日期:2031年6月1日 实施日期:2031年6月1日)修正*注:本篇法规已被:甲省实施《中华人民共和国文物保护法》"
            "办法(2035)(发布日期:2035年11月24日,实施日期:2036年2月1日)废止甲省实施《中华人民共和国文物保护法》办法",
            "甲省实施《中华人民共和国文物保护法》办法",
        ),
        (
            "*注:本篇法规已被《甲省第九届人民代表大会常务委员会公告第56号--废止的地方性法规目录》"
            "(发布日期:2031年1月12日 实施日期:2031年1月12日)废止甲省城市绿化管理条例",
            "甲省城市绿化管理条例",
        ),
    ],
)
def test_the_name_after_the_note_s_verb(note: str, title: str) -> None:
    assert parse_structure(f"{note}\n{_ADOPTED}{_ARTICLES}").title == title


def test_a_repealed_notice_over_its_number() -> None:
    text = (
        "*注:本篇法规已被:自治区人民政府关于印发规范性文件清理结果的通知(发布日期:2030年6月21日,实施日期:"
        "2030年6月21日)废止自治区人民政府关于进一步加强全区消防工作的通知\n(甲政发〔2029〕99号)\n"
        "各市、县人民政府，自治区直属各委、办、厅、局：\n现就有关问题通知如下：\n一、加强对消防工作的领导。\n"
    )
    assert parse_structure(text).title == "自治区人民政府关于进一步加强全区消防工作的通知"


def test_a_note_that_ends_in_a_sentence_gives_no_title() -> None:
    text = (
        "*注:本篇法规已被《甲省人大常委会关于废止部分地方性法规的决定》(发布日期:2031年1月1日)废止，"
        "本站仅供参考。\n" + _ADOPTED + _ARTICLES
    )
    assert "本站仅供参考" not in (parse_structure(text).title or "")

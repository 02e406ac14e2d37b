"""An organ's account of its work (…法治政府建设工作总结) is a kind of document: its title lines, organ over 关于… over
…工作总结, outrank a spam mirror's headline over them that names only the organ.

Texts are made up; the forms are those of government sites and their spam mirrors.
"""

from parsers.structure import parse_structure

_SPAM_OVER_SUMMARY = (
    "高清影视在线看 甲省人民政府\n\n政府信息公开\n\n甲省人民政府\n关于2031年度\n法治政府建设工作总结\n\n"
    "发布时间:2032-01-20   浏览次数:\n\n2031年,甲省人民政府深入推进依法行政。\n\n一、主要成效\n\n全年审查规范性文件40件。\n"
)


def test_a_work_summary_under_a_spam_headline_is_titled_by_its_own_lines() -> None:
    doc = parse_structure(_SPAM_OVER_SUMMARY)
    assert doc.title == "甲省人民政府关于2031年度法治政府建设工作总结"

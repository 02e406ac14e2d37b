"""An organ's account of its work (…提案办理工作总结) is a kind of document: its title lines, organ over 关于… over
…工作总结, outrank a spam mirror's headline over them that names only the organ.

Texts are made up; the forms are those of government sites and their spam mirrors.
"""

from parsers.structure import parse_structure

_SPAM_OVER_SUMMARY = (
    "免费图库资料大全 甲省人民政府\n\n政府信息公开\n\n甲省人民政府\n关于省政协十二届三次会议\n委员提案办理工作总结\n\n"
    "发布时间:2031-12-05   浏览次数:\n\n甲省人民政府高度重视委员提案办理工作。\n\n一、总体情况\n\n2031年,共办理提案19件。\n"
)


def test_a_work_summary_under_a_spam_headline_is_titled_by_its_own_lines() -> None:
    doc = parse_structure(_SPAM_OVER_SUMMARY)
    assert doc.title == "甲省人民政府关于省政协十二届三次会议委员提案办理工作总结"

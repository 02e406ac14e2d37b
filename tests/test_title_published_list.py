"""A notice that publishes a list (关于公布X目录的通告): when the stored text does not carry the list (its name only in
the sentence or an enclosure), the notice is the document and its title the title (field conventions, round 13); a
list stored under its own heading, on one line or wrapped, keeps that heading as the title. Texts are made up.
"""

from parsers.structure import parse_structure

_PUBLISHED = (
    "甲市人民政府关于公布第二批市级工业遗产保护目录的通告\n各县（区）人民政府，市直各单位：\n"
    "经市工业遗产认定委员会评审，市人民政府同意，第二批市级工业遗产保护目录现予公布。各县（区）要做好遗产保护利用工作。\n"
    "甲市人民政府\n2031年5月2日\n"
)


def test_a_list_the_text_does_not_carry_leaves_the_notice_its_title() -> None:
    doc = parse_structure(_PUBLISHED)
    assert doc.title == "甲市人民政府关于公布第二批市级工业遗产保护目录的通告"
    assert doc.notice_title is None


_ISSUED = (
    "甲市人民政府办公室\n关于印发2031年度市级政府投资\n重点项目建设目录的通知\n各县（区）人民政府，市直各单位：\n"
    "经市人民政府同意，现将目录印发给你们，请抓好落实。\n一、目录内项目实行清单管理。\n"
    "甲市人民政府办公室\n2031年4月15日\n{heading}\n序号 | 项目名称 | 责任单位 | 完工时限 |\n"
    "1 | 市体育中心改造 | 市体育局 | 2031年10月 |\n2 | 城北污水处理厂扩建 | 市水务局 | 2031年12月 |\n"
)


def test_a_list_stored_under_its_heading_wrapped_over_two_lines_is_the_title() -> None:
    doc = parse_structure(_ISSUED.format(heading="2031年度市级政府投资\n重点项目建设目录"))
    assert doc.title == "2031年度市级政府投资重点项目建设目录"
    assert doc.notice_title == "甲市人民政府办公室关于印发2031年度市级政府投资重点项目建设目录的通知"

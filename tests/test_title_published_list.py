"""A notice that publishes a list (关于公布X目录的通告): when the stored text does not carry the list (its name only in
the sentence or an enclosure), the notice is the document and its title the title (field conventions, round 13); a
list stored under its own heading, on one line or wrapped, keeps that heading as the title. Texts are made up.
"""

from parsers.structure import parse_structure

_PUBLISHED = (
    "市人民政府关于公布我市第三批历史建筑保护目录的通告\n各区人民政府，市人民政府各部门：\n"
    "根据《乙省历史建筑保护办法》的规定，经研究，现将我市第三批历史建筑保护目录予以公布。各区、各有关部门要加强保护工作。\n"
    "甲市人民政府\n2031年5月2日\n"
)


def test_a_list_the_text_does_not_carry_leaves_the_notice_its_title() -> None:
    doc = parse_structure(_PUBLISHED)
    assert doc.title == "市人民政府关于公布我市第三批历史建筑保护目录的通告"
    assert doc.notice_title is None


_ISSUED = (
    "甲市人民政府办公室\n关于印发2031年度市政府重大行政决策\n专家论证事项目录的通知\n各乡、镇人民政府，市政府各部门：\n"
    "为规范重大行政决策行为，现将目录印发给你们。\n一、列入目录的事项应当依法履行公众参与程序。\n"
    "甲市人民政府办公室\n2031年4月15日\n{heading}\n序号 | 事项名称 | 承办单位 | 完成时限 |\n"
    "1 | 编制市科技创新规划 | 市科学技术局 | 2031年5月份 |\n2 | 编制市生态环境保护规划 | 市生态环境局 | 2031年7月份 |\n"
)


def test_a_list_stored_under_its_heading_wrapped_over_two_lines_is_the_title() -> None:
    doc = parse_structure(_ISSUED.format(heading="2031年度市政府重大行政决策\n专家论证事项目录"))
    assert doc.title == "2031年度市政府重大行政决策专家论证事项目录"
    assert doc.notice_title == "甲市人民政府办公室关于印发2031年度市政府重大行政决策专家论证事项目录的通知"

"""A document-sharing site's page names its file over each thumbnail with the page's label (X预案.docx_第1页), and may
put the year it files the document under before the quoted name (2031《X预案》.docx): the file's name is the title,
without the year, the quotes or the label.

Texts are made up; the form is a document-sharing site's preview page.
"""

from parsers.structure import parse_structure


def test_a_file_named_over_its_thumbnails_gives_the_title() -> None:
    text = (
        "2031《甲省燃气事故应急预案》.docx\n\n上传人:张三 文档编号:424629 上传时间:2031-07-20 格式:DOCX 页数:20\n"
        "下载 相关 举报\n"
        + "".join(f"2031《甲省燃气事故应急预案》.docx_第{n}页\n第{n}页 / 共20页\n" for n in range(1, 4))
        + "1 总则\n1.1 编制目的\n为了做好燃气事故的应急处置工作,制定本预案。\n"
    )
    assert parse_structure(text).title == "甲省燃气事故应急预案"


def test_a_file_named_once_as_the_pages_first_line_gives_the_title() -> None:
    text = (
        "甲区森林防火应急预案(24页).doc\n下载文档\n上传人:l**\n编号:565051\n2031-08-31\n24页\n38KB\n"
        "1、甲区森林防火应急预案目 录1、总则1.1编制目的1.2编制依据1.3 适用范围\n"
    )
    assert parse_structure(text).title == "甲区森林防火应急预案"


def test_a_list_of_files_gives_no_title() -> None:
    text = "甲市河道管理办法.doc\n乙市供水管理办法.doc\n丙市绿化管理办法.pdf\n下载文档\n"
    assert parse_structure(text).title != "甲市河道管理办法"

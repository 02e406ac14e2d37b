"""A document-sharing page that names its file once, on its first line (甲预案.doc), and whose text gives the name
again under it (the file's own heading, run together with its cover or contents): the file's name, without the site's
page count, is the title. A first line naming a file that the text never gives again, and a page whose first line
is something else, are not titled by the file's name.

Texts are made up; the forms are those of document-sharing pages.
"""

from parsers.structure import parse_structure

_RUN_TOGETHER = (
    "二〇三一年五月1总则31.1 编制目的31.2 编制依据31.3 适用范围42组织体系52.1 指挥机构5"
    "1总则1.1 编制目的为有效应对城区内涝灾害,最大限度减少损失,制定本预案。1.2 编制依据有关法律法规等。"
)


def test_a_file_name_opening_the_page_over_its_heading_titles_it() -> None:
    text = "丁市城区内涝灾害应急预案.docx\n丁市城区内涝灾害应急预案" + _RUN_TOGETHER + "\n"
    assert parse_structure(text).title == "丁市城区内涝灾害应急预案"


def test_the_site_s_page_count_is_no_part_of_the_title() -> None:
    text = (
        "戊縣山洪災害應急預案(18頁).doc\n下載文檔\n上傳人:a**\n18頁\n"
        "1、戊縣山洪災害應急預案目 錄1、總則1.1編制目的1.2編制依據2、組織體系2.1指揮部2.2辦公室\n"
    )
    assert parse_structure(text).title == "戊縣山洪災害應急預案"


def test_a_file_name_the_text_never_gives_again_titles_nothing() -> None:
    # counter-example: the name stands once, and the text under it is another's
    text = "丁市城区内涝灾害应急预案.docx\n己县" + _RUN_TOGETHER + "\n"
    assert parse_structure(text).title is None

"""A site's footer and widgets copied above a document (its copyright, its ICP licence and public-security record, its
site code, the office that runs it; a prompt to download or scan its code; the note that a preview has ended) are the
site's lines, never the document's title: the title is the document's own heading below them.

Texts are made up; the forms are those of government sites and document-sharing sites.
"""

from parsers.structure import parse_structure
from parsers.structure.furniture import is_web_chrome

_RULES = (
    "第一条 为了加强本市停车场管理,规范停车秩序,制定本办法。\n"
    "第二条 本办法适用于本市行政区域内停车场的规划、建设和管理。\n"
    "第三条 市交通运输主管部门负责本市停车场的监督管理工作。\n"
)


def test_a_footer_over_the_title_is_the_sites() -> None:
    text = (
        "Copyright © 2031 甲市交通运输局 乙ICP备12345678号 网站标识码:9900000001\n"
        "乙公网安备 99010200000001号\n"
        "甲市停车场管理办法\n" + _RULES
    )
    assert parse_structure(text).title == "甲市停车场管理办法"


def test_a_preview_note_and_a_download_prompt_are_the_sites() -> None:
    # a shared document whose heading the site ran into its first paragraph
    text = (
        "全文预览已结束\n下载本文档\n"
        "关于加快丙乡茶叶产业发展的意见为加快全乡茶叶产业发展的步伐,打造沿河绿色产业带,提出如下意见。\n"
        "一、发展目标\n到2033年,全乡茶园面积达到5000亩。\n"
    )
    assert parse_structure(text).title == "关于加快丙乡茶叶产业发展的意见"


def test_the_footer_words_are_read_as_a_sites_lines() -> None:
    for line in (
        "Copyright © 2031 甲市交通运输局",
        "版权所有:甲市人民政府办公室",
        "乙ICP备12345678号-1",
        "主办:甲市文化旅游局",
        "运行管理:甲市大数据中心",
        "扫描或识别二维码,查看全文",
        "全文预览已结束",
    ):
        assert is_web_chrome(line), line


def test_a_title_that_names_a_code_or_an_organiser_is_no_footer() -> None:
    # counter-examples: a document about codes, an organiser inside a sentence or a numbered item
    for line in (
        "甲市推行电子证照二维码应用工作方案",
        "一、主办单位:甲市体育局",
        "本次活动由甲市体育局主办,乙区人民政府承办。",
    ):
        assert not is_web_chrome(line), line
    text = "甲市推行电子证照二维码应用工作方案\n为方便群众办事,制定本方案。\n一、工作目标\n到2033年,全市电子证照二维码应用率达到90%。\n"
    assert parse_structure(text).title == "甲市推行电子证照二维码应用工作方案"

"""A portal's field block (索引号 / 发文字号 / 发文机关 / 标  题 …) over the document's own head.

The block's title field may give only part of the title (the notice without its organ) while the document's own head
below prints it whole, its organ on a line of its own over the 关于 line. The field conventions take the document's
own title. Texts are made up; the forms are those of city and county disclosure pages.
"""

import pytest

from parsers.pipeline import parse_bytes
from parsers.structure import parse_structure

_NOTICE = "关于印发丁市防汛应急预案等5部专项预案的通知"
_BLOCK = (
    "索  引  号000000/2031-00001\n发文字号丁政办发〔2031〕8号 发布日期2031年05月09日\n"
    "发文机关丁市人民政府办公室 关  键  字\n{label}{notice}\n主题分类其他 成文日期2031年05月09日\n\n"
)
_BODY = (
    "各县人民政府，市直有关单位：\n\n《丁市防汛应急预案》《丁市森林火灾应急预案》《丁市地质灾害应急预案》"
    "《丁市生产安全事故应急预案》《丁市危险化学品事故应急预案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n\n"
    "丁市人民政府办公室\n\n2031年5月9日\n\n丁市防汛应急预案\n\n1 总则\n\n1.1 编制目的\n\n为做好防汛工作，制定本预案。\n"
)


@pytest.mark.parametrize("label", ["标  题", "标题：", "名　　称：", "【标题】"])
def test_an_organ_line_over_the_title_under_a_field_block_is_the_titles_own(label: str) -> None:
    head = _BLOCK.format(label=label, notice=_NOTICE) + f"丁市人民政府办公室\n\n{_NOTICE}\n\n\n"
    doc = parse_structure(head + _BODY)
    assert (
        doc.title == "丁市人民政府办公室" + _NOTICE
    )  # a notice issuing several: its own title, organ and all
    assert doc.issuer == "丁市人民政府办公室"


def test_a_field_block_over_the_title_without_an_organ_line_gives_it_as_printed() -> None:
    head = _BLOCK.format(label="标  题", notice=_NOTICE) + f"{_NOTICE}\n\n\n"
    assert parse_structure(head + _BODY).title == _NOTICE


def test_a_page_title_over_the_documents_title_block_takes_its_organ() -> None:
    # no field block: the page title, its date line, then the document's own title block, the organ on a line of its
    # own over 关于… (round 26 read the organ line as a database's; field conventions D26, round 37, keep it)
    head = f"{_NOTICE}\n发布时间：2031-05-09\n丁市人民政府办公室\n{_NOTICE}\n\n"
    assert parse_structure(head + _BODY).title == "丁市人民政府办公室" + _NOTICE


_ONE_PER_LINE = (
    "索引号\n000000000/2031-00001\n信息分类\n{category}\n主题分类\n综合政务\n发布机构\n戊县政府办\n文号\n发布日期\n"
    "2031-07-12\n信息名称\n{name}\n\n"
    "  近日，戊县人民政府办公室印发了《戊县加快茶叶产业发展实施办法》，为做好政策解读工作，现就其出台背景和主要内容解读如下。\n\n"
    "  一、起草的背景和依据\n\n  为加快茶叶产业转型升级，结合我县实际，起草了本办法。\n\n"
    "  二、文件主要内容\n\n  （一）发展目标。到2035年，茶园面积达到10万亩。\n"
)


@pytest.mark.parametrize("category", ["政府文件;政策解读", "政策解读", "通知公告"])
@pytest.mark.parametrize(
    "name", ["解读《戊县加快茶叶产业发展实施办法》", "《戊县加快茶叶产业发展实施办法》政策解读"]
)
def test_an_interpretation_page_is_titled_by_its_name_field_not_by_its_column(
    category: str, name: str
) -> None:
    # a field block with every label and value on a line of its own: the column the page is filed under
    # (信息分类 / 政府文件;政策解读) names no document; the page's own heading is its title, 《》 and all
    doc = parse_structure(_ONE_PER_LINE.format(category=category, name=name))
    assert doc.title == name
    assert doc.issuer == "戊县政府办"


def test_a_page_without_a_heading_under_a_field_block_has_no_title() -> None:
    text = (
        "索引号:\n主题分类:\n其他-其他\n公开主体:\n戊县民政局\n发文字号:\n成文日期:\n2031-09-08\n"
        "一、公众参与\n2031年4月2日至5月1日，通过政务服务中心窗口公开征求意见。\n二、专家论证\n召开专家咨询会。\n"
    )
    assert parse_structure(text).title is None


def test_a_column_tag_before_the_name_field_s_value_is_no_part_of_the_title() -> None:
    # a table of fields with bars, the body's heading missing: the 名称 field names the document, the site's column
    # tag in 【】 before it files the page and is dropped as it is on a heading
    text = (
        "索引号: | 000000000000/203105-00058 | 组配分类: | 预案管理 |\n"
        "发布机构: | 己镇人民政府 | 主题分类: | 交通、水运 |\n"
        "名称: | 【应急预案】己镇防汛抗旱应急预案 | 文号: | 无 |\n成文日期: | 发布日期: | 2031-05-24 | |\n"
        "(1)自然地理\n己镇位于县城东面，总面积251平方公里。\n(2)历史灾害\n2025年受台风影响，本镇损失严重。\n"
    )
    doc = parse_bytes(text.encode(), "page.txt")
    assert doc.title == "己镇防汛抗旱应急预案"
    assert doc.issuer == "己镇人民政府"


def test_a_genre_field_is_no_notice_title() -> None:
    # • 体裁: 通知 in a list of fields names the page's genre, ending as a kind of document does; the notice's own
    # title stands under the list
    text = (
        "  • 索引号: 000000000/2031-00509\n  • 主题分类: 城乡建设、环境保护\n  • 发布机构: 庚县政府办公室\n"
        "  • 发文字号: 庚政办发 〔 2031〕 6号\n  • 体裁: 通知\n\n"
        "庚县人民政府办公室关于印发《庚县生活垃圾分类实施方案》的通知\n\n各乡镇人民政府，县直各部门：\n\n"
        "《庚县生活垃圾分类实施方案》已经县人民政府研究同意，现印发给你们，请遵照执行。\n\n庚县人民政府办公室\n\n"
        "2031年4月9日\n\n庚县生活垃圾分类实施方案\n\n一、工作目标\n\n推进生活垃圾分类。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "庚县生活垃圾分类实施方案"
    assert doc.notice_title == "庚县人民政府办公室关于印发《庚县生活垃圾分类实施方案》的通知"


_SPACED_BLOCK = (
    "索引号 000000000000000000/2031-00009\n发布机构 辛区发展改革委\n主题分类 综合发展规划、年度计划\n"
    "成文日期 2030-12-16\n体裁分类 规划\n发文字号 辛发改〔2030〕15号\n有效性\n\n"
)


def test_fields_set_off_by_spaces_are_no_title_even_when_a_value_ends_as_a_kind() -> None:
    # one field a line, label and value parted by a space: 主题分类 X规划、计划 is a field, not a title's last line
    text = _SPACED_BLOCK + (
        "辛区国民经济和社会发展第十六个五年规划纲要\n\n打印 打印\n分享到\n\n第一章 发展基础\n\n"
        "“十五五”时期，我区经济社会发展取得显著成就。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "辛区国民经济和社会发展第十六个五年规划纲要"


def test_a_title_field_set_off_by_a_space_still_gives_the_title() -> None:
    # 标题 and 名称 name the title: their value is the document's name, not a field to pass over
    text = "名称 辛区国民经济和社会发展第十六个五年规划纲要\n发布机构 辛区发展改革委\n\n第一章 发展基础\n\n“十五五”时期，我区发展取得成就。\n"
    assert parse_structure(text).title == "辛区国民经济和社会发展第十六个五年规划纲要"

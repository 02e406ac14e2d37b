"""Lines a page prints about its item are never its title (parsers/structure/item_lines.py): a dateline opening on the
whole day with its clock time or a source's credit, a news credit standing alone (甲新闻网讯), a genre field whose
value is a bare kind of document (体裁: 通知).

Texts are made up; the layouts are those of news sites and county portals.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.item_lines import is_item_line


def test_a_dateline_over_a_report_is_no_title() -> None:
    text = (
        "2031年03月05日 10:06 来源:甲日报\n"
        "甲省人大会议闭幕后，代表们提出的建议已全部交由承办单位办理，共计八百余件。\n"
        "截至3月20日，已答复代表建议七百余件。\n"
    )
    assert parse_structure(text).title is None


def test_a_news_credit_alone_is_no_title() -> None:
    text = (
        "乙城新闻网讯\n"
        "日前，丙省人民政府发布《丙省国民经济和社会发展第十五个五年规划纲要》，乙城的发展被多次提及。\n"
        "加快发展智慧农业，建设乙城智慧农业试验区。\n"
    )
    assert parse_structure(text).title is None


def test_a_genre_field_over_the_notice_is_no_title() -> None:
    text = (
        "当前位置: 首页 / 政务公开 / 政府文件\n"
        "  • 索引号: 000000000/2031-00417\n"
        "  • 主题分类: 交通、水运\n"
        "  • 发布机构: 丁县政府办公室\n"
        "  • 成文日期: 2031年03月15日\n"
        "  • 发文字号: 丁政办发 〔 2031〕 4号\n"
        "  • 主题词: 公路 养护\n"
        "  • 体裁: 通知\n"
        "\n"
        "丁县人民政府办公室关于印发《丁县农村公路养护管理办法》的通知\n"
        "\n"
        "  • 丁县人民政府\n"
        "  • 发布时间:2031年03月15日\n"
        "  • 来源: 丁县人民政府办公室\n"
        "  • 【字体: 大  中  小】\n"
        "  • 【打印文本】\n"
        "\n"
        "各乡镇人民政府，县直各部门：\n"
        "\n"
        "《丁县农村公路养护管理办法》已经县人民政府研究同意，现印发给你们，请遵照执行。\n"
        "\n"
        "2031315日   \n"
        "\n"
        "(此件公开发布)\n"
        "\n"
        "丁县农村公路养护管理办法\n"
        "\n"
        "为加强农村公路养护，制定本办法。\n"
        "\n"
        "第一章 总则\n"
        "\n"
        "第二章 养护责任\n"
    )
    assert parse_structure(text).title == "丁县农村公路养护管理办法"


def test_a_genre_field_of_no_metadata_label_is_no_title() -> None:
    # 文种：意见 names the page's genre under a label the metadata tables do not hold (体裁 is one of theirs): the
    # genre-field rule alone keeps it from being taken for the title, a bare kind of document
    text = (
        "首页 > 信息公开 > 政策文件\n"
        "文种：意见\n"
        "戊市人民政府关于加快数字经济发展的实施意见\n"
        "戊政发〔2031〕8号\n"
        "各区人民政府，市政府各部门：\n"
        "为加快数字经济发展，结合我市实际，现提出如下意见。\n"
        "一、总体要求\n"
        "到2033年，数字经济核心产业增加值占地区生产总值比重达到12%。\n"
    )
    assert parse_structure(text).title == "戊市人民政府关于加快数字经济发展的实施意见"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("2031年03月05日 10:06 来源:甲日报", True),
        ("(2031年3月5日) 来源：乙网", True),
        ("乙城新闻网讯", True),
        ("本报讯", True),
        ("  • 体裁: 通知", True),
        ("文种：意见", True),
        ("2031年3月5日起施行的甲市X条例", False),  # a headline opening on a day, no clock, no credit
        ("标题: 关于X的通知", False),  # a field naming the item: the title rules read it
        ("甲市X办法", False),
    ],
)
def test_is_item_line(line: str, item: bool) -> None:
    assert is_item_line(line) is item


def test_a_fields_value_under_its_label_is_no_title() -> None:
    text = (
        "索引号:\n"
        "000000000/2031-00318\n"
        "主题分类:\n"
        "其他-其他\n"
        "公开主体:\n"
        "甲区民政局\n"
        "一、公众参与\n"
        "2031年4月2日至5月1日，通过区政务服务中心窗口公开征求《甲区养老服务设施布局规划》的意见。\n"
        "二、专家论证\n"
        "甲区民政局召开两次专家咨询会。\n"
    )
    assert parse_structure(text).title is None


def test_a_title_under_an_empty_field_is_the_title() -> None:
    # 统一编号 over a blank line, 废止日期: with no day after it: empty fields, the heading under them is the title
    for label in ("统一编号\n\n", "废止日期:\n"):
        text = (
            "索引号 0024/2031-377 发布机构 乙省住房和城乡建设厅\n"
            f"{label}"
            "乙省燃气事故应急预案\n"
            "\n"
            "一、总则\n"
            "1.1 编制目的\n"
        )
        assert parse_structure(text).title == "乙省燃气事故应急预案"

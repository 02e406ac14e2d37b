"""A news report's dated headline is the page's title over the name of a document its report quotes: the headline at
the head of the page, a dateline or a credit right under it, names no kind of document (甲委员会召开第二次会议,
民政部官员:《X条例》力争年内公布), and the document it quotes has no heading of its own in the text — the name is
the report's, not the page's title (a page stored under its headline is titled by it, round 25). A dateline is never
read as the head of a call the report tells of. A page that carries the document under its own heading keeps it.

Texts are made up; the layouts are those of city papers' and news agencies' sites.
"""

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("headline", "dateline", "report"),
    [
        (
            "甲区政协召开十二届常委会第五次会议",
            "2031-06-20 16:40 来源:乙晚报 编辑:丙小丁",
            "6月19日下午，甲区政协召开常委会议，协商讨论《甲区城市更新规划（草案）》。区政协主席戊小己出席会议。"
            "与会常委逐条讨论，起草组据此修改，形成了《甲区城市更新规划（草案·修改稿）》。\n\n"
            "与会常委认为，规划草案思路清晰，建议进一步完善后按程序报审。\n",
        ),
        (
            "丁县政府召开第十四次常务会议",
            "2031年09月08日 10:15  来源:丁县融媒体中心",
            "9月7日，丁县县长庚小辛主持召开县政府常务会议，听取县城管局关于《丁县农村生活垃圾治理办法（草案）》"
            "修改情况的汇报。会议逐条研究了各乡镇反馈的意见，形成了《丁县农村生活垃圾治理办法（草案·修改稿）》。\n\n"
            "会议要求，县城管局抓紧完善，尽快提交县委审定。\n",
        ),
        (
            "市市场监管局召开座谈会听取个体工商户意见",
            "（2031年11月03日 08:30）  作者:辛小壬 来源:戊商报",
            "11月2日，市市场监管局召开座谈会，就《戊市促进个体工商户发展若干措施（征求意见稿）》听取意见。"
            "二十余位个体工商户代表发言，局里将据此修改，形成《戊市促进个体工商户发展若干措施（修改稿）》。\n\n"
            "座谈会上，代表们围绕房租减免、融资担保等提出了建议。\n",
        ),
    ],
)
def test_the_dated_headline_over_a_quoted_name_is_the_title(
    headline: str, dateline: str, report: str
) -> None:
    assert parse_structure(f"{headline}\n{dateline}\n\n{report}").title == headline


def test_a_dateline_is_no_head_of_the_call_a_report_tells_of() -> None:
    text = (
        "民政部官员:《丁管理条例》力争在今年内公布\n"
        "2031年04月02日 15:00 来源:戊新闻网 发表评论\n"
        "戊新闻网4月2日电 民政部官员今天透露，《丁管理条例》在社会公开征求意见后，共收到社会各界提出的11万条意见。\n"
        "2030年5月，己办公室在网上公布了《丁管理条例》(征求意见稿)。\n"
        "目前正在做进一步修改、完善，力争在今年内公布。\n"
    )
    assert parse_structure(text).title == "民政部官员:《丁管理条例》力争在今年内公布"


def test_a_document_under_its_own_heading_keeps_its_title() -> None:
    text = (
        "甲市出台新规保护古树名木\n"
        "2031-03-05 10:20 来源:甲市融媒体中心\n"
        "近日，甲市人民政府印发了《甲市古树名木保护办法》，全文如下。\n"
        "甲市古树名木保护办法\n"
        "第一条 为加强古树名木保护，制定本办法。\n"
        "第二条 本办法适用于本市行政区域内古树名木的保护管理。\n"
    )
    assert parse_structure(text).title == "甲市古树名木保护办法"

"""A line read as the covering notice that says nothing a notice says (no 关于, no 印发/转发/发布, no 征求…意见, no
…的通知/公告, no 《》) is the page's chrome: a column of a disclosure site, a site's banner, a motto. The notice is then
the head's line that names the title as its notice's (alone or as the page's 名称 field), or none.

Texts are made up; the forms are those of county disclosure pages and of a congress's site.
"""

import pytest

from parsers.structure import parse_structure

_NOTICE = "乙县人民政府办公室关于印发乙县农村公路养护管理办法的通知"
_BODY = (
    "各乡镇人民政府，县直各单位：\n《乙县农村公路养护管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    "乙县人民政府办公室\n2031年4月2日\n乙县农村公路养护管理办法\n第一条 为了加强农村公路养护，制定本办法。\n"
    "第二条 本办法适用于本县农村公路。\n"
)


@pytest.mark.parametrize(
    "chrome",
    ["办事服务指南", "县务公开事项目录", "乙县人民政府门户\n办事服务指南", "乙县人大欢迎您\n微信小程序"],
)
@pytest.mark.parametrize(
    "head",
    [
        f"名　称：{_NOTICE}\n文　号：乙政办发〔2031〕7号\n{_NOTICE}\n发布时间：2031-04-03\n",
        f"| {_NOTICE} |\n| 2031-04-03 |\n",
        f"{_NOTICE}\n",
    ],
)
def test_a_column_over_the_notice_gives_way_to_the_notice(chrome: str, head: str) -> None:
    doc = parse_structure(f"{chrome}\n{head}{_BODY}")
    assert doc.title == "乙县农村公路养护管理办法"
    assert doc.notice_title == _NOTICE


def test_a_motto_over_a_notice_in_a_table_cell_gives_way() -> None:
    doc = parse_structure(f"★生态示范县★绿色发展先行区★\n| {_NOTICE} |\n| 2031-04-03 |\n{_BODY}")
    assert doc.notice_title == _NOTICE


def test_a_column_with_no_notice_under_it_is_no_notice() -> None:
    # the regulation's text follows its covering sentence, and no line names the notice: none
    body = _BODY.replace(_NOTICE, "")
    doc = parse_structure("办事服务指南\n" + body)
    assert doc.title == "乙县农村公路养护管理办法"
    assert doc.notice_title is None


def test_a_call_for_advice_stays_the_notice() -> None:
    call = "丁镇诚邀您为“十六五”规划建言献策"
    text = (
        f"{call}\n为编制好《丁镇国民经济和社会发展第十六个五年规划》，现面向社会征集意见建议。\n"
        "一、征集时间\n2031年5月1日至5月31日。\n二、征集方式\n来信寄至丁镇人民政府。\n丁镇人民政府\n2031年4月28日\n"
    )
    assert parse_structure(text).notice_title in (None, call)


@pytest.mark.parametrize("label", ["文件题名：", "专题调研:", "某某娱乐城："])
def test_a_label_run_onto_the_notice_is_dropped(label: str) -> None:
    doc = parse_structure(f"{label}{_NOTICE}\n{_BODY}")
    assert doc.title == "乙县农村公路养护管理办法"
    assert doc.notice_title == _NOTICE


def test_a_label_run_onto_a_call_is_dropped() -> None:
    text = (
        "立法协商：《乙县河道保护条例（草案）》征询意见建议\n为做好立法工作，现将《乙县河道保护条例（草案）》公布，"
        "征询社会各界意见。\n请于2031年5月1日前反馈。\n乙县人大常委会法工委\n2031年4月1日\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("乙县河道保护条例", "草案")
    assert doc.notice_title == "《乙县河道保护条例（草案）》征询意见建议"


def test_an_organ_before_the_colon_is_kept() -> None:
    # 甲局：关于…的通知, a headline naming its subject: the organ is no label
    assert parse_structure(f"乙县交通局：{_NOTICE}\n{_BODY}").notice_title == f"乙县交通局：{_NOTICE}"


_PLAN = "丙省渔港建设发展规划"
_PLAN_BODY = (
    "丙政办发〔2031〕18号\n各市人民政府，省政府各厅委：\n《丙省渔港建设发展规划》已经省政府同意，现印发给你们，"
    "请认真贯彻执行。\n丙省人民政府办公厅\n2031年6月1日\n丙省渔港建设发展规划\n一、发展基础\n"
)


def test_a_notice_wrapped_under_a_gazettes_blurb_is_read() -> None:
    head = "丙省人民政府公报\n《丙省人民政府公报》是丙省人民政府主办的政府出版物。\n丙省人民政府办公厅关于\n印发丙省渔港建设发展规划\n的通知\n"
    doc = parse_structure(head + _PLAN_BODY)
    assert doc.title == _PLAN
    assert doc.notice_title == "丙省人民政府办公厅关于印发丙省渔港建设发展规划的通知"


def test_a_decision_amending_the_law_is_no_covering_notice() -> None:
    text = (
        "丙市人民代表大会常务委员会关于修改《丙市电动自行车管理条例》的决定\n（2031年5月6日丙市第九届人民代表大会常务委员会"
        "第三次会议通过）\n丙市第九届人民代表大会常务委员会第三次会议决定对《丙市电动自行车管理条例》作如下修改：\n"
        "一、将第三条修改为：……\n丙市电动自行车管理条例\n第一章 总则\n第一条 为了规范电动自行车管理，制定本条例。\n"
    )
    assert parse_structure(text).notice_title is None

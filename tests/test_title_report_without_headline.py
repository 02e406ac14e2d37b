"""A news report on a document stored without its headline is a fragment: the name its lead reports is not its title.

documents.toml (rounds 25 and 29): a page that reports one document without carrying its text is titled by its own
headline; a third-person lead with no signature is a report. With the headline lost the page has no title of its own.
What marks the report is how its first sentence opens (the day it tells of, a purpose clause before that day, a news
agency's credit) and that no organ speaks for itself (我局, 现将, 现就, the call's own heading stored under the lead). A
call on one named draft told in news is the draft's (heldout42's decision), so a draft named with its stage is read so.

Texts are made up; the layouts are those of news sites and portals.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.report_opening import opens_as_report, reports_on, speaks_for_itself

REPORTS = [
    # the day it tells of, then an organ's site putting out a notice on a plan being drafted (no draft is out)
    "昨天，甲县水利局网站发布公告，就《甲县水资源保护“十六五”规划》编制征求公众意见。\n"
    "意见征集的主要内容为：县内哪些河道最需要治理？\n"
    "即日起至\n",
    # a date, then a survey team asking for views on amending a law in force (no draft named)
    "11月3日，乙省人大法制委员会一行赴丙县，就《乙省农村供水条例》的修改听取意见建议，并组织召开座谈会。\n"
    "会上，丙县水务、住建等部门负责人先后发言。\n",
    # a report-lead label and a purpose clause before the day
    "摘要：为加强湿地保护，规范湿地利用，近日，丁省人大常委会就《丁省湿地保护条例》修订公开征求意见。\n"
    "为加强湿地保护，规范湿地利用，近日，丁省人大常委会就《丁省湿地保护条例》修订公开征求意见。\n"
    "加强源头保护\n"
    "根据修订草案，湿地实行分级管理。\n",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_stored_without_its_headline_has_no_title(text: str) -> None:
    assert parse_structure(text).title is None


def test_a_report_that_hands_the_text_over_is_titled_by_it() -> None:
    text = (
        "日前，戊市人民政府办公室印发《戊市农村公路养护实施方案》，全文如下：\n"
        "为加强农村公路养护，制定本方案。\n"
        "一、总体要求\n"
        "（一）指导思想。坚持建养并重。\n"
        "二、主要任务\n"
    )
    assert parse_structure(text).title == "戊市农村公路养护实施方案"


def test_a_report_of_a_call_on_a_named_draft_is_the_drafts() -> None:
    # heldout42's decision and D9 (documents.toml): a public call for comments on one named draft told in news is the
    # draft's
    text = (
        "9月12日，乙市人大常委会官方网站就《乙市共享单车管理条例（草案修改稿征求意见稿）》启动意见征集，"
        "面向社会各界征集意见建议，征集时间一个月。\n"
        "近年来乙市共享单车数量不断增加，条例亟待出台。\n"
        "社会各界人士对此可提出意见建议。\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("乙市共享单车管理条例", "草案修改稿征求意见稿")


def test_a_report_of_a_meeting_collecting_opinions_on_a_draft_is_a_fragment() -> None:
    # D9 (documents.toml): a research visit or a meeting that collects opinions on a draft calls nobody
    text = (
        "5月12日，丁省人大常委会副主任一行来到戊县，就《丁省养老服务条例（草案）》听取意见，并主持召开专题座谈会。\n"
        "会上，戊县民政局、卫健局及养老机构代表围绕《丁省养老服务条例（草案）（征求意见稿）》部分条文发表了看法，"
        "副主任请大家会后再梳理《丁省养老服务条例（草案）（征求意见稿）》中的问题。\n"
    )
    assert parse_structure(text).title is None  # no title of its own


def test_an_organs_own_call_opening_on_a_date_is_titled_by_its_draft() -> None:
    text = (
        "2031年5月6日，我局起草了《己市停车场管理办法（征求意见稿）》，现向社会公开征求意见。\n"
        "请于2031年6月6日前将意见反馈至我局。\n"
        "附件：己市停车场管理办法（征求意见稿）\n"
        "己市交通运输局\n"
        "2031年5月6日\n"
    )
    assert parse_structure(text).title == "己市停车场管理办法"


def test_opens_as_report() -> None:
    assert opens_as_report("近日，甲局印发《X办法》。")
    assert opens_as_report("为规范管理，10月9日上午，乙厅召开座谈会。")
    assert opens_as_report("丙网讯（记者 丁）丙市出台《Y方案》。")
    assert not opens_as_report("为规范管理，根据《Z条例》，制定本办法。")


def test_speaks_for_itself() -> None:
    assert speaks_for_itself("我委起草了《X办法（征求意见稿）》")
    assert speaks_for_itself("甲局、乙局现就《Y名录（征求意见稿）》向社会征求意见")
    assert speaks_for_itself("《Y名录（征求意见稿）》意见的公告")
    # the organ speaking to those it addresses (titles.toml addressee_pronouns)
    assert speaks_for_itself("《甲市停车管理办法》业经市政府同意，请你们认真贯彻执行")
    assert not speaks_for_itself("本办法自发布之日起施行")
    assert not speaks_for_itself("近日，甲局发布《Z方案》")


def test_reports_on() -> None:
    assert reports_on(["近日，甲局发布《Z方案》。", "方案提出三项任务。"])
    assert not reports_on(["近日，甲局发布《Z方案》。", "现将方案全文公布。"])
    assert not reports_on([])


def test_a_short_name_that_is_only_a_kind_is_no_title() -> None:
    # 《规划》 given as the text's short name (以下简称《规划》) is no document's title
    text = (
        "依据《甲省村庄规划编制技术导则》，我县委托专业机构编制了乙村、丙村的村庄规划（以下简称《规划》），现已完成"
        "《规划》草案（详见附件）。为听取村民和社会各界的看法，现向社会公开征求意见。\n"
        "一、公示期限：2031年9月1日至9月30日。\n"
        "二、公示地点：丁县人民政府网站及各村村务公开栏。\n"
        "三、意见请以书面形式寄送丁县自然资源局。\n"
    )
    assert parse_structure(text).title is None

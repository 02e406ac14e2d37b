"""The 文号 a line opens and the addressee, the date or the first sentence runs on from (round 24): an abstract's
page (<正>…) or a copy without line breaks glues them; a law database gives it in a •【字号】 field. A number
cited (…号文件) or one a history line tells (…令〔2016〕第8号公布) is not the document's; a line that is only the
文号 outranks a run-on reading."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "论文部分内容阅读\n<正>甲政办发〔2021〕12号各区人民政府，市政府各部门：为进一步健全决策制度，"
            "现将有关事项通知如下。\n",
            "甲政办发〔2021〕12号",
        ),
        (
            "摘要\n甲府办[2019]7号2019年3月20日各县（市、区）人民政府：《甲市乙工作方案》已经市政府同意，"
            "现印发给你们，请认真贯彻执行。\n",
            "甲府办[2019]7号",
        ),
        (
            "【正】乙政发[2010]5号各市、州人民政府，省政府各部门：渔业资源是我省的重要资源。\n",
            "乙政发[2010]5号",
        ),
        (
            "甲区府发〔2021〕3号甲市甲区人民政府关于印发甲区发展规划纲要的通知各镇人民政府：现将纲要印发给你们。\n",
            "甲区府发〔2021〕3号",
        ),
        (
            "丙州人民政府关于印发丙州丁规定的通知\n丙州人民政府关于印发丙州丁规定的通知文章属性•【制定机关】丙州人民政府"
            "•【公布日期】2013.06.08•【字号】丙州政〔2013〕41号•【施行日期】2013.09.01\n各县人民政府：现将规定印发给你们。\n",
            "丙州政〔2013〕41号",
        ),
        (
            "甲省人民政府办公厅文件 甲政办发〔2021〕7号 甲省人民政府办公厅关于表扬激励的通报 各市人民政府：现予通报。\n",
            "甲政办发〔2021〕7号",
        ),
    ],
    ids=[
        "abstract_page",
        "dated_run_on",
        "bracketed_mark",
        "organ_title_run_on",
        "law_database_field",
        "letterhead",
    ],
)
def test_a_number_the_text_runs_on_from_is_the_documents(text: str, number: str):
    assert parse_structure(text).doc_number == number


def test_a_number_a_history_line_tells_is_not_the_documents():
    text = "修订的办法\n甲市人民政府令〔2016〕第8号公布，根据2019年7月17日市人民政府常务会议通过的决定修订。\n第一章 总则\n"
    assert parse_structure(text).doc_number is None


def test_a_cited_number_is_not_the_documents():
    text = (
        "各区人民政府：\n甲政发〔2020〕5号文件要求各区加快推进乙工作，现将有关事项通知如下。\n一、总体要求\n"
    )
    assert parse_structure(text).doc_number is None


def test_a_line_that_is_only_the_number_outranks_a_wrapped_table_row():
    text = (
        "索引号: | 001/2024-01 | 文件编号: | 甲\n政办发〔2024〕26号 | 发布机构: | 县政府办公室 |\n"
        "甲县人民政府办公室关于印发甲县乙应急预案的通知\n甲政办发〔2024〕26号\n各乡镇人民政府：现将预案印发给你们。\n"
    )
    assert parse_structure(text).doc_number == "甲政办发〔2024〕26号"

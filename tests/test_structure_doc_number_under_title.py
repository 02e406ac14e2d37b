"""The 文号 on a line of its own right under the document's title, however the head opens (round 25): a page's
description or a news lead stands before the title and ended the search; a site's bulleted field values
(• 甲政办规〔2024〕1号), a law database's numbered record field (6. [发文字号] X). A site's placeholder
(无〔2024〕0号) is no 文号; a number line under a sentence is not read."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "政府公报\n《甲省人民政府公报》是由甲省人民政府主管、甲省人民政府办公厅主办的政府出版物。\n"
            "甲省人民政府办公厅关于开展规章清理工作的通知\n甲政办发〔2007〕19号\n"
            "各市人民政府，省政府各厅委：\n为了更好地推进依法行政，现就有关事项通知如下。\n一、清理范围\n现行规章。\n",
            "甲政办发〔2007〕19号",
        ),
        (
            "乙省人民政府命名首批旅游小镇\n2018年02月26日 来源：经济日报\n近日，乙省人民政府印发通知，命名首批旅游小镇。"
            "以下为《通知》全文。\n乙省人民政府关于命名首批省级旅游小镇的通知\n乙政发〔2018〕6号\n各市人民政府：经研究，决定命名。\n",
            "乙政发〔2018〕6号",
        ),
        (
            "首页 > 政务公开 > 政策文件\n  • 736916953/2024-000372\n  • 2024-01-10 15:30:00\n"
            "  • 丙市人民政府办公室关于印发《丙市城市供热应急预案》的通知\n  • 丙政办规〔2024〕1号\n  • 现行有效\n"
            "丙市人民政府办公室关于印发《丙市城市供热应急预案》的通知\n各乡镇人民政府：现将预案印发给你们。\n",
            "丙政办规〔2024〕1号",
        ),
        (
            "丁县人民政府办公室关于印发丁县防汛预案的通知\n（丁政办发〔2021〕5号）\n"
            "各乡镇人民政府：现将预案印发给你们。\n",
            "丁政办发〔2021〕5号",
        ),
    ],
)
def test_the_number_under_the_title(text: str, number: str) -> None:
    assert parse_structure(text).doc_number == number


@pytest.mark.parametrize(
    "text",
    [
        "• 索引号：\n  • 001008003/2024-67864\n  • 文 号：\n  • 无〔2024〕0号\n  • 发布机构：\n  • 甲县农业农村局\n"
        "关于答复县人大代表第239号建议的函\n张代表：您提出的建议收悉，现答复如下。\n",
        "甲市人民政府关于加强安全生产的通知\n各区人民政府：为加强安全生产工作，现就有关事项通知如下。\n"
        "请按照省政府要求执行。\n甲政发〔2020〕1号\n",
    ],
)
def test_no_number_read(text: str) -> None:
    assert parse_structure(text).doc_number is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "  • 法律图书馆\n  • 甲市公众参与政府立法办法\n    1. 【颁布时间】2024-12-31\n    2. 【标题】甲市公众参与政府立法办法\n"
            "    3. 【发文号】令2024年第175号\n    4. 【颁布单位】甲市人民政府\n甲市公众参与政府立法办法\n"
            "第一条 为了规范公众参与政府立法活动，制定本办法。\n",
            "令2024年第175号",
        ),
        (
            "  1. [标题] 乙市人民政府关于印发乙市突发事件总体应急预案的通知\n  2. [发布日期] 2016-03-01\n"
            "  6. [發文字號] 乙政發〔2016〕14號\n乙市人民政府关于印发乙市突发事件总体应急预案的通知\n"
            "各区人民政府：现将预案印发给你们。\n",
            "乙政發〔2016〕14號",
        ),
    ],
)
def test_the_number_in_a_law_database_numbered_record_field(text: str, number: str) -> None:
    assert parse_structure(text).doc_number == number


def test_a_page_template_with_empty_list_items_before_the_fields():
    """A copied page's template leaves its list items empty (1. / 2. with their text gone): the head reads on."""
    text = (
        "甲市人民政府欢迎您\n•\n1.\n2.\n3.\n当前位置：首页>>政府信息公开\n"
        "索 引 号：11150800/2019-00012  发文字号：甲政发〔2019〕2号\n"
        "甲市人民政府关于推进协同发展的若干政策措施\n各旗县区人民政府：现将有关政策措施通知如下。\n"
        "一、加强协同\n推进基础设施互联互通。\n"
    )
    assert parse_structure(text).doc_number == "甲政发〔2019〕2号"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # the day it was issued run on before the number, in the note under the title
            "甲省地名管理办法\n(1981年7月15日甲政发〔1981〕161号)\n第一条 为加强地名管理，制定本办法。\n",
            "甲政发〔1981〕161号",
        ),
        (  # a letterhead run on before the number
            "乙县丙镇人民政府文件 乙府发[2001]15号\n乙县丙镇人民政府关于印发卫生规划的通知\n各村委会：现将规划印发给你们。\n",
            "乙府发[2001]15号",
        ),
        (  # an order's number opens with its organ: kept
            "丙市政府立法程序规定\n丙市人民政府令〔2025〕第1号\n第一条 为了规范立法程序，制定本规定。\n",
            "丙市人民政府令〔2025〕第1号",
        ),
    ],
)
def test_what_runs_on_before_the_number_is_dropped(text: str, number: str) -> None:
    assert parse_structure(text).doc_number == number

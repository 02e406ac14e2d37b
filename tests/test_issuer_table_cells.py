"""A page's metadata table names the body behind the text in cells the line-bound field readers missed: a row with
bars (| 发布机构 | 甲局 | 文 号 |), a label in brackets (•【制定机关】甲市人民政府•【公布日期】…), a value set off by
spaces before the next label (发布机构 甲市政府办 文 号; 发文机关:甲局 成文日期:…), a label spelled out with spaces.
Read only when nothing else in the head names a body.

Texts are made up; the forms are those of government information-disclosure pages and law databases.
"""

import pytest

from parsers.structure import parse_structure

_BODY = "一、总体要求\n为做好本地区防汛工作，制定本预案。\n二、组织体系\n成立指挥部。\n"


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "| 索 引 号 | 主题分类 | 综合政务 | |\n| 发布机构 | 甲省人民政府办公厅 | 文 号 | 甲政办发〔2031〕2号 |\n"
            "| 成文日期 | 2031-01-26 |\n甲省防汛应急预案\n",
            "甲省人民政府办公厅",
        ),
        (
            "索引号: | 0012/2031-00058 | 组配分类: | 预案管理 |\n发布机构: | 乙县丙镇人民政府 | 主题分类: | 水利 |\n"
            "乙县丙镇防汛应急预案\n",
            "乙县丙镇人民政府",
        ),
        (
            "索 引 号 0040/2031-14852 发文时间 2031-07-04\n发布机构 丁市政府办 文 号\n公开方式 主动公开 有效性 有效\n"
            "丁市防汛应急预案\n",
            "丁市政府办",
        ),
        (
            "索 引 号:dyx0-/2031-12 公文目录:应急管理 发文机构:戊县应急局 主 题 词: 发布日期:2031年07月25日\n"
            "戊县防汛应急预案\n",
            "戊县应急局",
        ),
        (
            "发布机构:  己市水务局 发布日期: 2031-03-29 14:45\n名 称: 己市防汛应急预案\n己市防汛应急预案\n",
            "己市水务局",
        ),
        (
            "庚市防汛应急预案文章属性•【制定机关】庚市人民政府(已撤销)•【公布日期】2031.07.24•【效力等级】地方规范性文件\n"
            "庚市防汛应急预案\n",
            "庚市人民政府",
        ),
        (
            "【发布部门】辛市政府【发文字号】辛市人民政府令第25号【发布日期】2031.01.06\n辛市防汛应急预案\n",
            "辛市政府",
        ),
        (
            "[ 发布机构 ] | 壬县癸镇 | [ 有效性 ] | |\n[ 成文日期 ] | 2031-12-06 |\n壬县癸镇防汛应急预案\n",
            "壬县癸镇",
        ),
    ],
)
def test_an_issuer_cell_of_a_metadata_table_names_the_body(head: str, issuer: str) -> None:
    assert parse_structure(head + _BODY).issuer == issuer


def test_a_cell_naming_a_site_names_no_body() -> None:
    head = "发布机构: | 甲市政府网 | 发文日期: | 2031-11-08 |\n甲市防汛应急预案\n"
    assert parse_structure(head + _BODY).issuer is None


def test_the_documents_own_signature_comes_before_the_cell() -> None:
    head = (
        "| 发布机构 | 甲市人民政府办公室 | 文 号 | |\n甲市水务局关于印发甲市防汛应急预案的通知\n各区水务局：\n"
        "现将《甲市防汛应急预案》印发给你们，请认真执行。\n甲市水务局\n2031年5月6日\n"
    )
    assert parse_structure(head + _BODY).issuer == "甲市水务局"

"""A site's label that names no document (论文部分内容阅读, 全文阅读, 内容摘要) over a document's own body is no title:
the body opens with its addressee (a list of bodies that may open with one body's name, or run past 80 characters),
with a law's note of adoption with its articles run on, or with a periodical database's mark in 【】 (【正】). The
text is a fragment with no title line. A name the page garbled over its note of adoption (it shares the note's place)
is still the title. Texts are made up."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure

_LONG_ADDRESSEE = (
    "各省、自治区、直辖市、计划单列市发展改革委、经信委(经委、工信委)、农业(农机)厅(委、局、办)、"
    "生态环境厅(局)、林业和草原局(林业厅);新疆生产建设兵团发展改革委、农业农村局、生态环境局:"
)


@pytest.mark.parametrize(
    "text",
    [
        "论文部分内容阅读\n甲市、各县人民政府,乙行署,省政府各委、办、厅、局: 为做好退耕还林工作,提出如下意见:"
        " 一、加强领导。\n",
        "文章部分内容阅读\n丙市、各区县人民政府,市政府各部门、各直属机构:为推进垃圾分类,请认真贯彻执行。\n",
        "论文部分内容阅读\n" + _LONG_ADDRESSEE + "近年来,各地认真落实秸秆禁烧工作,取得一定成效。\n",
        "文章部分内容阅读\n(2019年3月1日丁市第九届人民代表大会常务委员会第五次会议通过2019年5月30日戊省第十三届人民代表大会"
        "常务委员会第十次会议批准)第一条为了保护湿地,制定本条例。第二条本条例适用于本市。\n",
        "论文部分内容阅读\n【正】己政发[2012]8号各市、县人民政府,省政府各部门:为保护野生鱼类资源,现通知如下。\n",
    ],
)
def test_a_sites_label_over_a_documents_body_is_no_title(text: str) -> None:
    assert not parse_structure(text).title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "庚省河道采砂管理?xiàng)l例\n(2020年7月1日庚省第十三届人民代表大会常务委员会第十八次会议通过)\n"
            "第一条 为了加强河道采砂管理,制定本条例。\n",
            "庚省河道采砂管理?xiàng)l例",
        ),
        (
            "辛市召开全市秸秆禁烧工作会议\n记者从市政府获悉:辛市日前召开会议,部署秸秆禁烧工作。\n",
            "辛市召开全市秸秆禁烧工作会议",
        ),
    ],
)
def test_a_garbled_name_over_its_note_and_a_news_headline_keep_their_title(text: str, title: str) -> None:
    assert parse_structure(text).title == title


def test_a_database_label_before_the_addressee_leaves_the_title_line() -> None:
    # 摘要 各区县人民政府，…：: a label before the addressee, not a list of bodies opening with one's name
    text = (
        "壬市人民政府办公厅关于加强文物安全工作的实施意见壬府办发[2018]3号\n在线阅读 下载PDF\n"
        "摘要 各区县人民政府,市政府有关部门,有关单位:文物是民族记忆的载体。现提出如下实施意见。\n"
    )
    assert (parse_structure(text).title or "").startswith("壬市人民政府办公厅关于加强文物安全工作的实施意见")

"""A closing signature whose date lost some of its 年月日 on the page (2023915日, 2018年5月30, 2023717): the organ over
it signs the text, when it closes the text. Texts are made up (round 26, titles46; reworded by fix28: a reply to a
proposal, a notice, a work plan)."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure

_BODIES = [
    (
        "对区政协第5号提案的答复\n张委员：\n您提出的关于加强社区养老服务的提案收悉。经研究，现答复如下：\n"
        "一、完善养老服务设施布局。\n二、推进医养结合试点。\n感谢您对民政工作的关心。\n",
        "丙县民政局",
    ),
    (
        "关于做好春季森林防火工作的通知\n各乡镇、各有关单位：\n为切实做好春季森林防火工作，现将有关事项通知如下：\n"
        "一、压实防火责任。\n二、加强野外火源管控。\n请各单位认真抓好落实。\n",
        "丁县林业局",
    ),
    (
        "关于开展垃圾分类宣传周活动的工作方案\n为提高居民垃圾分类意识，结合我区实际，制定本方案。\n"
        "一、活动时间\n宣传周为期七天。\n二、活动内容\n开展入户宣传和志愿服务。\n",
        "戊区城市管理局",
    ),
]


@pytest.mark.parametrize("date", ["2033915日", "2038年5月30", "2033717"])
@pytest.mark.parametrize(("body", "organ"), _BODIES)
def test_a_signature_over_a_broken_date_names_the_issuer(body: str, organ: str, date: str) -> None:
    text = body + f"                         {organ}\n                         {date}\n"
    assert parse_structure(text).issuer == organ


@pytest.mark.parametrize(
    ("body", "organ"),
    [
        (
            "关于做好河长巡河工作的通知\n各村居：\n现就有关事项通知如下：\n一、落实巡河制度\n巡河记录按月报送。\n"
            "2038年5月30\n二、加强考核\n考核结果通报。\n",
            "甲县河长制办公室",
        ),
        (
            "关于组织开展消防安全检查的通知\n各社区：\n现将检查安排通知如下：\n一、检查时间\n检查结果当日上报。\n"
            "2036812日\n二、检查要求\n发现隐患立即整改。\n",
            "乙镇人民政府",
        ),
    ],
)
def test_a_broken_date_inside_the_text_opens_no_signature(body: str, organ: str) -> None:
    structure = parse_structure(
        body + f"                         {organ}\n                         2038年6月2日\n"
    )
    assert structure.issuer == organ
    signatures = [node for node in structure.nodes if node.kind == "signature"]
    assert len(signatures) == 1

"""A news headline naming one document without book marks, with what happened to it (X的意见正式发布, 省政府出台关于X
的意见): a page carrying the document's text under it is titled by the name (round-25 convention of the field corpus);
a page whose news lead reports the document and lists from it, with no line handing the text over, keeps its
headline. The body the headline says issued it is the issuer."""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


_OPINION = "一、总体要求\n（一）指导思想。坚持新发展理念，推动产业发展。\n（二）基本原则。坚持规划引领。\n二、主要任务\n推动企业转型。\n"

REPRINTS = [
    (
        "甲省人民政府关于促进建筑业高质量发展的意见正式发布\n发布时间:2033-11-20\n"
        "为全面落实高质量发展要求，推动建筑业转型升级，现提出如下意见。\n" + _OPINION,
        "甲省人民政府关于促进建筑业高质量发展的意见",
    ),
    (
        "乙市关于加快数字乡村建设的实施方案印发\n乙市发布 2034-03-02\n为加快数字乡村建设，制定本方案。\n"
        + _OPINION,
        "乙市关于加快数字乡村建设的实施方案",
    ),
    (
        "省政府出台关于支持丙州大健康产业示范区建设发展的意见\n04.01.2036  16:17\n"
        "丙州大健康产业示范区位于丙州北部。\n近日，省政府出台意见，明确了示范区建设的重点任务。\n意见主要内容如下：\n"
        + _OPINION,
        "关于支持丙州大健康产业示范区建设发展的意见",
    ),
]


@pytest.mark.parametrize(("text", "title"), REPRINTS)
def test_a_headline_naming_a_document_it_carries_is_titled_by_the_name(text: str, title: str) -> None:
    assert parse(text).title == title


def test_the_body_the_headline_says_issued_it_is_the_issuer() -> None:
    assert parse(REPRINTS[2][0]).issuer == "省政府"


REPORTS = [
    (  # a news lead over the plan's list, nothing handed over
        "丁市政府2036年立法工作计划发布\n齐鲁报业 2036-03-16\n"
        "近日，丁市政府办公室印发通知，发布市政府2036年立法工作计划。\n立法项目名单\n一、地方性法规项目\n"
        "（一）年内拟提请审议的法规项目\n丁市民营经济促进条例草案\n",
        "丁市政府2036年立法工作计划发布",
    ),
    (  # no text of it at all
        "戊县农村公路养护管理办法发布\n来源:戊县融媒体中心\n日前，戊县交通运输局发布农村公路养护管理办法，自发布之日起施行。\n",
        "戊县农村公路养护管理办法发布",
    ),
]


@pytest.mark.parametrize(("text", "title"), REPORTS)
def test_a_page_reporting_the_document_keeps_its_headline(text: str, title: str) -> None:
    assert parse(text).title == title

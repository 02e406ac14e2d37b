"""Joint issuers read whole: a news lead naming two offices before its act (中共甲省委办公厅、甲省人民政府办公厅印发了《X》),
and central bodies run together at a title's head (中共中央办公厅国务院办公厅关于…), while a central body's own
department stays one name (国务院国有资产监督管理委员会)."""

from parsers.structure import parse_structure
from parsers.structure.organ_names import organs_named

PLAN = "一、总体要求\n坚持统筹推进。\n二、重点任务\n加强组织领导。\n"


def test_a_news_lead_naming_two_offices_before_their_act() -> None:
    text = (
        "近日,中共甲省委办公厅、甲省人民政府办公厅印发了《甲省城镇化建设实施方案》,并发出通知,要求各地认真贯彻落实。\n"
        "甲省城镇化建设实施方案\n为深入贯彻落实有关部署，结合本省实际，制定本方案。\n" + PLAN
    )
    assert parse_structure(text).issuer == "中共甲省委办公厅、甲省人民政府办公厅"


def test_central_offices_run_together_are_two_organs() -> None:
    assert organs_named("中共中央办公厅国务院办公厅") == ["中共中央办公厅", "国务院办公厅"]
    assert organs_named("国务院中央军委") == ["国务院", "中央军委"]


def test_a_central_body_s_department_stays_one_organ() -> None:
    assert organs_named("国务院国有资产监督管理委员会") == ["国务院国有资产监督管理委员会"]

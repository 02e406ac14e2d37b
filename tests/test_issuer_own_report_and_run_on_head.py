"""An organ's own report or order named at its title's head with a year before or after it, and the head of an official
document run into one line (its letterhead and number, or its number and issuer line, before its 关于 title)."""

from parsers.structure import parse_structure

REPORT = "一、基本情况\n今年以来，各项工作稳步推进。\n二、主要做法\n加强组织领导，落实工作责任。\n"


def test_a_bureau_s_report_with_the_year_after_its_name() -> None:
    assert parse_structure("甲市司法局2031年法治政府建设情况报告\n" + REPORT).issuer == "甲市司法局"


def test_a_bureau_s_report_with_the_year_before_its_name() -> None:
    assert parse_structure("2031年乙市司法局法治政府建设情况报告\n" + REPORT).issuer == "乙市司法局"


def test_a_government_s_work_report_with_the_year_before_it() -> None:
    assert parse_structure("2031年丙县人民政府工作报告\n" + REPORT).issuer == "丙县人民政府"


def test_a_government_s_order_with_the_year_after_its_name() -> None:
    text = (
        "丁省人民政府2031年森林防火命令\n各州、市人民政府：\n一、全面落实防火责任。\n二、严格管控野外火源。\n"
    )
    assert parse_structure(text).issuer == "丁省人民政府"


def test_a_letterhead_run_into_one_line_with_its_number() -> None:
    text = (
        "—1—戊市人民政府办公厅文件戊府办发〔2031〕8号各区县人民政府,市政府有关部门:《戊市避难场所管理办法》已经市政府同意,"
        "现印发给你们,请认真贯彻执行。2031年5月23日戊市避难场所管理办法第一章总则第一条为规范避难场所管理,制定本办法。\n"
    )
    assert parse_structure(text).issuer == "戊市人民政府办公厅"


def test_a_number_and_issuer_line_run_into_one_line_before_the_title() -> None:
    text = (
        "己区府发〔2031〕3 号 己市己区人民政府 关于印发己区发展规划纲要的通知 各乡镇人民政府,区政府各部门: "
        "现将《己区发展规划纲要》印发给你们,请认真贯彻执行。\n己区发展规划纲要\n第一章 发展基础\n"
    )
    assert parse_structure(text).issuer == "己市己区人民政府"

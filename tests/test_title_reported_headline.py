"""A news headline quoting one document (《X》出台, 《X》6月20日起施行, 《X》发布): the page is titled by the headline as
written when it only reports X, by X's name when X's text follows (round-25 convention of the field corpus)."""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.site_label import headline_name


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


REPORTS = [
    (
        "《甲市城市绿化条例》6月20日起施行\n"
        "来源:甲市日报 2031-06-18\n"
        "记者从市人大常委会获悉,《甲市城市绿化条例》将于6月20日起施行,条例共五章四十条。\n"
        "条例明确了绿地规划、建设和养护的要求。\n",
        "《甲市城市绿化条例》6月20日起施行",
    ),
    (
        "《乙省茶产业高质量发展行动计划(2031-2035年)》出台\n"
        "本报讯 日前,乙省农业农村厅出台《乙省茶产业高质量发展行动计划(2031-2035年)》,提出到2035年全省茶园面积稳定在300万亩。\n",
        "《乙省茶产业高质量发展行动计划(2031-2035年)》出台",
    ),
    (
        "《丙市数据要素市场化配置改革方案》正式印发\n"
        "近日,丙市人民政府办公室印发《丙市数据要素市场化配置改革方案》,明确三方面重点任务。\n"
        "方案提出,到2033年数据要素市场体系基本建成。\n",
        "《丙市数据要素市场化配置改革方案》正式印发",
    ),
    (
        "《丁县农村公路养护管理办法》发布\n"
        "发布时间:2031-03-02 来源:丁县交通运输局\n"
        "为加强农村公路养护,丁县交通运输局发布《丁县农村公路养护管理办法》,自发布之日起施行。\n",
        "《丁县农村公路养护管理办法》发布",
    ),
]


@pytest.mark.parametrize(("text", "title"), REPORTS)
def test_a_page_reporting_one_document_is_titled_by_its_headline(text: str, title: str) -> None:
    assert parse(text).title == title


CARRIED = [
    (
        "《戊市养犬管理条例》5月1日起施行\n"
        "来源:戊市日报\n"
        "第一条 为了规范养犬行为,保障公民健康和人身安全,制定本条例。\n"
        "第二条 本条例适用于本市行政区域内的养犬及其管理活动。\n"
        "第三条 养犬人应当依法养犬、文明养犬。\n",
        "戊市养犬管理条例",
    ),
    (
        "《己省冬春农田水利建设行动方案(2031—2032年)》印发\n"
        "来源:己省人民政府网\n"
        "一、总体要求\n"
        "坚持节水优先,统筹推进农田水利建设。\n"
        "二、主要任务\n"
        "(一)加快灌区改造。完成新建和修复灌溉渠道3000公里。\n"
        "(二)推进高标准农田建设。新建高标准农田50万亩。\n",
        "己省冬春农田水利建设行动方案(2031—2032年)",
    ),
    (
        "《庚市突发事件总体应急预案》发布\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "为提高政府保障公共安全和处置突发事件的能力,制定本预案。\n"
        "2 组织体系\n"
        "2.1 领导机构\n"
        "市人民政府是本市突发事件应对工作的行政领导机关。\n",
        "庚市突发事件总体应急预案",
    ),
    (
        "《辛省湿地保护规划》印发\n"
        "来源:辛省日报\n"
        "辛省人民政府印发《辛省湿地保护规划》,提出到2035年湿地保护率稳定在55%以上。\n"
        "辛省湿地保护规划\n"
        "前 言\n"
        "湿地是重要的自然生态系统,辛省湿地类型多样,分布广泛。\n",
        "辛省湿地保护规划",
    ),
]


@pytest.mark.parametrize(("text", "title"), CARRIED)
def test_a_page_carrying_the_documents_text_is_titled_by_its_name(text: str, title: str) -> None:
    assert parse(text).title == title


def test_the_lead_names_the_issuer_of_the_document_a_kept_headline_reports() -> None:
    structure = parse(REPORTS[2][0])
    assert structure.issuer == "丙市人民政府办公室"


@pytest.mark.parametrize(
    "line",
    ["《壬市物业管理办法》解读", "关于《壬市物业管理办法》的说明", "《壬市物业管理办法》等三件规章发布"],
)
def test_a_headline_with_other_words_quotes_no_announced_document(line: str) -> None:
    assert headline_name(line) is None

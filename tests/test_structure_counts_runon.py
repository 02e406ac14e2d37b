"""Units a reader counts that the lines hide (round 27, counts49): articles run on with scrambled punctuation or
glued to the name before them, the first part run on after 如下：, the last top-level decimal section written
without a space, and a plan's first section after a contents page where the excerpt stops."""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def labels(structure: Structure, kind: str) -> list[str | None]:
    return [n.label for n in structure.iter_nodes() if n.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        # an anti-copy filter's commas and dots where full stops stood
        "某市古树名木保护办法\n某市古树名木保护办法,第一条,为了加强古树名木保护,制定本办法.第二条、本办法适用于本市。"
        "第三条,市园林部门负责古树名木保护工作.第四条 任何单位不得砍伐古树。\n",
        # the name glued to the first article, a space where a line broke
        # (a one-line copy shorter than a banner, with a page's spaces, is read as a banner: furniture's rule)
        "甲县养犬管理规定第一条为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，制定本规定。"
        "第二条本规定适用于本县行政区域内的养犬活动。 第三条 公安机关负责养犬的登记和监督管理工作。"
        " 第四条 养犬人应当办理登记。\n",
        # every separator different after the label, the last article cut
        "乙市地下水管理办法、第一条、为合理开发地下水，制定本办法。第二条. 本办法适用于本市行政区域内 第三条,"
        "水行政主管部门负责监督管理;第四条。取用地下水应当申请许可,第五条、禁止\n",
    ],
)
def test_articles_run_on_after_scrambled_punctuation(text: str) -> None:
    assert labels(parse(text), "article")[:4] == ["第一条", "第二条", "第三条", "第四条"]


@pytest.mark.parametrize(
    "text",
    [
        "乙市湿地保护条例\n第一章,总.则,第一条,为了保护湿地,制定本条例。第二条,本条例适用于本市.第三条。市政府负责,"
        "第二章,管理,第四条、区县政府负责湿地管理。\n",
        "丙市门牌管理办法已经市政府常务会议通过,现予公布。市长某某 2015年1月13日第一章总则第一条为了加强门牌管理,"
        "制定本办法。第二条本办法适用于本市。第三条公安机关负责门牌管理。\n",
    ],
)
def test_the_chapter_heading_run_on_with_its_articles(text: str) -> None:
    structure = parse(text)
    assert labels(structure, "chapter")[:1] == ["第一章"]
    assert labels(structure, "article")[:3] == ["第一条", "第二条", "第三条"]


@pytest.mark.parametrize(
    "text",
    [
        "甲市养犬管理条例解读\n这个条例第一条就明确了制定目的，第二条规定了适用范围。\n",
        "关于某事项的通知\n各区县：依照《某省条例》第一条,第二条的规定，现通知如下。\n",
        "某县实施办法\n本办法第一条所称企业，是指在本县登记的企业。\n",
        # a summary's points, each with the article it comes from after a double dash
        "乙县稳岗政策问答\n吸纳就业补贴:每人补贴3000元——第一条\n社保补贴:按单位缴费额补贴——第二条\n",
        "丙市科技条款速览\n研发奖励按增量给予——第一章第一条，平台奖励——第一章第二条，人才奖励——第一章第三条\n",
        "丁区文旅扶持要点\n景区奖励20万元——第一条,民宿奖励5万元——第二条,节庆补助——第三条。\n",
        "戊县稳岗政策一览:吸纳就业补贴——第一条,社保补贴——第二条,培训补贴——第三条\n",
    ],
)
def test_an_article_named_in_a_sentence_stays_text(text: str) -> None:
    assert labels(parse(text), "article") == []


@pytest.mark.parametrize(
    "text",
    [
        "关于做好两会工作的通知\n各区县:为做好两会工作,现就有关事项通知如下:一、努力完成全年目标任务,以优异成绩迎接两会召开。"
        "二、做好安全保障工作。\n",
        "甲市人民政府通告\n为降低排放,现就有关事项通告如下：一、本市实行机动车限行措施,时间为每日7时至20时,\n",
        "乙县人民政府关于加快茶产业发展的意见\n各乡镇:为加快发展,现提出如下意见:一、加强宣传,提高认识\n",
    ],
)
def test_the_first_part_run_on_after_the_announcing_sentence(text: str) -> None:
    assert labels(parse(text), "action")[:1] == ["一、"]


def test_parts_listed_inside_a_sentence_stay_text() -> None:
    text = "某县通知\n各乡镇：现将有关事项通知如下：一、二级响应由县政府启动，三级响应由部门启动。\n"
    assert labels(parse(text), "action") == []


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "甲市防汛应急预案\n1.总则\n1.1编制目的\n为做好防汛工作。\n1.2适用范围\n本预案适用于本市。\n"
            "2.风险评估\n本市汛期长。\n3.组织体系\n3.1指挥部\n市政府设指挥部。\n",
            ["1.", "2.", "3."],
        ),
        (
            "乙县通信保障应急预案\n1总则\n1.1编制目的\n为保障通信。\n1.2工作原则\n统一领导。\n"
            "2组织指挥体系及职责\n县政府成立指挥部，\n",
            ["1", "2"],
        ),
    ],
)
def test_a_top_level_section_after_a_subsection_without_a_space(text: str, top: list[str]) -> None:
    outline = labels(parse(text), "outline")
    assert [label for label in outline if label is not None and "." not in label.rstrip(".")] == top


def test_a_list_under_a_subsection_stays_items() -> None:
    text = (
        "丙市矿山事故应急预案\n1 总则\n1.1 编制目的\n为做好应急工作。\n1.2 编制依据\n"
        "1.《中华人民共和国安全生产法》\n2.《中华人民共和国突发事件应对法》\n3.《生产安全事故应急条例》\n"
        "1.3 适用范围\n本预案适用于本市。\n"
    )
    outline = labels(parse(text), "outline")  # (the 1. before 1.3 is read as a section: an older rule's)
    assert "2." not in outline and "3." not in outline


@pytest.mark.parametrize(
    "text",
    [
        "甲市地震应急预案\n目  录\n1 总则\n1.1 编制目的\n1.2 编制依据\n2 组织体系\n2.1 指挥部\n3 附则\n"
        "1 总则\n为了做好地震应急工作,\n",
        "乙市突发事件总体应急预案\n目录\n1 总 则\n1.1 适用范围\n1.2 工作原则\n2 组织体系\n2.1 领导机构\n"
        "1 总 则\n为有效应对突发事件，依据有关法律法规，制定本预案。本预案是本市应对\n",
    ],
)
def test_the_first_section_after_a_contents_page_where_the_excerpt_stops(text: str) -> None:
    assert labels(parse(text), "outline") == ["1"]


def test_a_summary_line_running_on_the_first_article_is_not_the_text() -> None:
    text = (
        "资金暂行管理办法第一章总则第一条 为了加强资金管理,提高资金使用效益,下面是小编为大家整理的资金管理办法。\n"
        "资金暂行管理办法\n第一章 总 则\n第一条 为了加强资金管理,提高资金使用效益。\n第二条 本办法所指资金。\n"
    )
    structure = parse(text)
    assert labels(structure, "chapter") == ["第一章"]
    assert labels(structure, "article") == ["第一条", "第二条"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "丁市古树名木保护管理办法,第一条,为加强古树名木的保护和管理.根据有关规定 结合我市实际 制定本办法,"
            "第二条。本办法所称古树,是指树龄在100年以上的树木.第三条,本市行政区域内古树名木的保护适用本办法。\n",
            "丁市古树名木保护管理办法",
        ),
        (
            "戊市地下水资源管理办法、第一条、为合理开发利用地下水资源，制定本办法。第二条. 本办法适用于本市。"
            "第三条,水行政主管部门负责监督管理。\n",
            "戊市地下水资源管理办法",
        ),
    ],
)
def test_the_name_glued_to_the_first_article_stays_the_title(text: str, title: str) -> None:
    structure = parse(text)
    assert structure.title == title
    assert labels(structure, "article") == ["第一条", "第二条", "第三条"]

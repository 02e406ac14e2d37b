"""A page's headline that names the document in short stands over the document's own heading, printed whole: the
heading is the title (fuller_heading's wide gate). A headline that names something else, or a set, stays.

Texts are made up; the forms are those of a news page reprinting a city's opinion and of a plan-sharing site.
"""

from parsers.structure import parse_structure
from parsers.structure.fuller_heading import heading_naming_headline
from parsers.structure.lines import split_lines

_OPINION = "丙市人民政府关于加快推进城市停车设施建设的实施意见"
_OPINION_BODY = (
    "各县（市、区）人民政府，市政府各部门：\n为加快推进城市停车设施建设，缓解停车难问题，现提出如下意见。\n"
    "一、总体要求\n到2035年，全市新建公共停车泊位2万个。\n二、主要任务\n（一）科学编制停车设施专项规划。\n"
)


def test_a_news_headline_over_the_opinion_and_its_date_gives_way_to_the_opinion() -> None:
    doc = parse_structure(
        "丙市发布加快推进城市停车设施建设的实施意见\n发布时间：2031-05-06 来源：本站编辑\n"
        "近日，丙市人民政府印发实施意见，明确了今后一个时期停车设施建设的目标和任务。原文如下：\n"
        f"{_OPINION}\n（2031年4月28日）\n{_OPINION_BODY}"
    )
    assert doc.title == _OPINION


def test_a_plan_short_name_over_its_full_name_wrapped_on_two_lines() -> None:
    doc = parse_structure(
        "乙市国民经济和社会发展十四五规划\n发表于：2031-08-05 10:16\n收藏\n"
        "乙市国民经济和社会发展第十四个五年规划和\n二〇三五年远景目标纲要\n乙市人民政府\n二〇二一年\n序　言\n"
        "“十四五”时期，是乙市加快转型发展的关键时期，必须准确把握新发展阶段。\n"
        "第一章　发展基础\n“十三五”时期，全市地区生产总值年均增长7%。\n"
    )
    assert doc.title == "乙市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def test_a_report_quoting_the_heading_in_a_sentence_keeps_its_headline() -> None:
    # the heading stands only inside the report's sentence: no heading of its own, so the report is the document
    headline = "丙市政府新闻办举行发布会解读停车设施建设实施意见"
    doc = parse_structure(
        f"{headline}\n发布时间：2031-05-07\n"
        f"记者从丙市政府新闻办获悉，《{_OPINION}》近日印发，明确到2035年新建公共停车泊位2万个。\n"
        "市发展改革委负责人介绍，意见从规划、建设、管理三个方面提出了十项举措。\n"
    )
    assert doc.title == headline


def test_a_headline_counting_a_set_of_documents_is_kept() -> None:
    # 丙市政府信息公开三项制度 names the set; the heading below names only its first document
    text = "丙市政府信息公开三项制度\n丙市政府信息主动公开工作制度\n第一条　为做好政府信息主动公开工作，制定本制度。"
    assert heading_naming_headline("丙市政府信息公开三项制度", split_lines(text)) is None


def test_a_heading_above_the_headline_is_not_its_fuller_name() -> None:
    # the page's first line names another document; the headline's own line comes after it
    text = "丙市停车设施建设管理暂行办法\n停车设施管理办法\n第一章　总则\n第一条　为加强停车设施管理，制定本办法。"
    assert heading_naming_headline("停车设施管理办法", split_lines(text)) is None


def test_the_covering_notice_below_a_title_is_no_fuller_name_of_it() -> None:
    text = "停车设施管理办法\n丙市人民政府办公室关于印发停车设施管理办法的通知\n各区人民政府："
    assert heading_naming_headline("停车设施管理办法", split_lines(text)) is None


def test_a_chiefs_order_header_over_its_own_title_gives_way_to_the_title() -> None:
    # 丁省总河长令 / number / 关于X的令: the header frames the order, which is titled by the line under its number
    doc = parse_structure(
        "丁省总河长令\n二〇三一年第一号\n关于全面加强河湖水域岸线保护工作的令\n"
        "全省各级河长和各级各部门要坚持生态优先，以更大力度抓好河湖水域岸线保护。\n一、严格空间管控\n"
    )
    assert doc.title == "关于全面加强河湖水域岸线保护工作的令"


def test_a_chiefs_order_with_no_title_of_its_own_keeps_its_header() -> None:
    doc = parse_structure(
        "丁省总河长令\n第1号\n全省各级河长：\n为全面推进河湖长制，现发布如下命令。\n一、严格空间管控\n"
    )
    assert doc.title == "丁省总河长令"


def test_a_date_line_that_lost_its_words_is_not_a_line_of_the_heading() -> None:
    # 2031  4  2 日 (年 and 月 lost) over the document's heading, which alone is no longer than the headline
    text = "丙县城区停车设施处置管理办法\n丙县人民政府办公室\n2031  4  2 日\n国网丙县城区停车设施管理办法\n1 总则"
    assert heading_naming_headline("丙县城区停车设施处置管理办法", split_lines(text)) is None

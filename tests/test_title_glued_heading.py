"""A heading run into what follows it on one line, a sharing site's chunk number before it.

Classes: the heading glued to its preamble (X“十二五”规划为加强…, X方案（2031—2033年）根据甲省Y方案…), and a converter's
chunk number before a one-line text's heading (1、X办法（试行） 第一条 …, 1、X预案（送审稿）目 录1 总则3…). The heading
is the title, its status in brackets the status. Texts are made up.
"""

from parsers.structure import parse_structure


def test_a_heading_with_a_quoted_phrase_glued_to_its_purpose_is_the_title() -> None:
    text = (
        "甲县旅游安全应急体系建设“十四五”规划为加强甲县旅游安全应急体系建设，提高全县处置突发事件的能力，"
        "根据有关文件精神，制定本规划。一、现状与形势（一）工作基础。县委、县政府高度重视旅游安全工作。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲县旅游安全应急体系建设“十四五”规划"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_heading_with_its_period_glued_to_a_citing_sentence_is_the_title() -> None:
    text = (
        "乙省茶叶产业三年行动工作方案（2031—2033年）.docx\n"
        "乙省茶叶产业三年行动工作方案（2031—2033年）根据乙省农业现代化三年行动方案，为推进茶产业提质增效，"
        "制定本方案。一、总体要求（一）指导思想以乡村振兴为总牵引，推进茶产业现代化。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙省茶叶产业三年行动工作方案（2031—2033年）"
    assert doc.status is None


def test_a_news_sentence_naming_a_plan_for_its_purpose_is_no_heading() -> None:  # guard
    text = "近日丙市出台的数字乡村建设方案为加强乡村治理指明了方向，记者从市农业农村局获悉，方案共二十条。\n"
    assert parse_structure(text).title is None


def test_a_plan_named_before_a_bare_citing_word_without_its_period_is_no_heading() -> None:  # guard
    text = "丙市数字乡村建设方案根据市委部署分三步实施，记者从市农业农村局获悉，方案共二十条措施。\n"
    assert parse_structure(text).title is None


def test_a_chunk_number_before_a_one_line_regulation_is_the_site_s() -> None:
    text = (
        "1、丁省社会稳定风险评估办法(试行) 第一条 为进一步规范社会稳定风险评估工作，维护人民群众利益，根据有关规定，"
        "结合本省实际，制定本办法。 第二条 本办法适用于本省行政区域内重大决策、重大项目、重大事项的社会稳定风险评估。\n"
        "2、重大事项顺利实施。 第三条 社会稳定风险评估实行党委统一领导的体制。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丁省社会稳定风险评估办法"
    assert doc.status == "试行"


def test_a_chunk_number_before_a_plan_run_into_its_contents_is_the_site_s() -> None:
    text = (
        "1、戊省地震灾害应急预案(送审稿)目 录1 总则31.1 编制目的31.2 编制依据31.3 工作原则32 组织指挥体系42.1 "
        "组织机构42.2 指挥部构成52.3 组织机构职责53 预防和预警机制113.1 预防和预警信息113.2 预案准备11\n"
        "2、3 预防和预警机制63.1 预警信息63.2 预警级别71 总则1.1 编制目的坚持以人为本，把保障人民群众的生命安全放在首位。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "戊省地震灾害应急预案"
    assert doc.status == "送审稿"

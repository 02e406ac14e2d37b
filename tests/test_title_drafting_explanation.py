"""A drafting explanation published as a page of its own (关于《X（征求意见稿）》起草说明, …的编制说明) is titled by its
heading as written: the draft's name and stage inside the 《》 belong to it, and the page has no status of its own. A
call for comments that attaches the explanation keeps the draft's title: the explanation's heading there is an
attachment's.

Texts are made up; the layouts are those of county bureaus' notice pages.
"""

from parsers.structure import parse_structure


def test_an_explanation_page_is_titled_by_its_heading() -> None:
    text = (
        "当前位置: 首页  >  政府信息公开  >  甲市民政局  >  通知公告\n\n\n"
        "关于《甲市农村公益性公墓管理办法(试行)征求意见稿》起草说明\n\n\n"
        "来源:甲市民政局 时间:2031-12-03 17:00 点击率: 0打印 】【 关闭\n\n"
        "一、起草背景\n\n为进一步规范农村公益性公墓管理，我局在调研基础上起草了本办法。\n\n"
        "二、主要政策依据\n\n文稿起草的主要依据来自:国务院《殡葬管理条例》;《乙省殡葬管理条例》。\n\n"
        "三、《管理办法》的主要内容\n\n第一章总则,共4条,主要是对制定的依据、主管部门作了具体规定。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于《甲市农村公益性公墓管理办法(试行)征求意见稿》起草说明"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_compilation_explanation_with_de_is_titled_by_its_heading() -> None:
    text = (
        "关于《乙县国土空间总体规划(2031-2035年)》的编制说明\n\n"
        "一、编制背景\n\n根据上级部署，我县开展了国土空间总体规划编制工作。\n\n"
        "二、编制过程\n\n规划编制历时两年。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于《乙县国土空间总体规划(2031-2035年)》的编制说明"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_call_attaching_its_explanation_keeps_the_drafts_title() -> None:
    text = (
        "关于公开征求《丙市养犬管理办法（征求意见稿）》意见的公告\n\n"
        "为规范养犬行为，我局起草了《丙市养犬管理办法（征求意见稿）》，现向社会公开征求意见。"
        "意见反馈截止时间为2031年6月30日。\n\n"
        "附件：1.丙市养犬管理办法（征求意见稿）\n\n2.关于《丙市养犬管理办法（征求意见稿）》的起草说明\n\n"
        "丙市公安局\n\n2031年6月1日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙市养犬管理办法"
    assert doc.status == "征求意见稿"
    assert doc.notice_title == "关于公开征求《丙市养犬管理办法（征求意见稿）》意见的公告"

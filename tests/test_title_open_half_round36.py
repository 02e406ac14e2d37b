"""Round 36's classes of title misses (the opened half of the field validation), each in made-up texts of other
subjects: a kind of document the title tables did not know, and the layouts below."""

from parsers.structure import parse_structure


def test_a_notice_issuing_guiding_principles_without_quotes_gives_them_as_title() -> None:
    # the covering sentence quotes the name with “” (no 《》): only the notice's heading names what it issues, and
    # 指导原则 has to be read as a kind of document for that
    text = (
        "甲部关于印发甲病区消毒工作指导原则(试行)的通知\n\n"
        "为指导各地做好消毒工作，我部组织制定了“甲病区消毒工作指导原则(试行)”，请参照执行。\n\n"
        "甲部\n\n二OO三年五月十一日\n\n附件:\n\n甲病区消毒工作指导原则(试行)\n\n"
        "一、一级防护\n\n（一）适用于下列情况\n\n二、二级防护\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲病区消毒工作指导原则"
    assert doc.status == "试行"
    assert doc.notice_title == "甲部关于印发甲病区消毒工作指导原则(试行)的通知"


def test_a_stray_stop_before_a_run_together_title_is_dropped() -> None:
    # a whole draft on one line, cut from a page so that the last mark of the line before stands first
    text = (
        ".甲市建筑垃圾管理办法(征求意见稿) 第一章 总则第一条【立法目的】为了加强建筑垃圾管理，根据有关法律，"
        "制定本办法。第二条【适用范围】本市行政区域内适用本办法。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市建筑垃圾管理办法"
    assert doc.status == "征求意见稿"

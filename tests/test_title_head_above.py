"""A notice that issues a plan named after the document it carries out (《关于落实甲部 乙委<X计划>的实施方案》的通知)
over the plan's own heading wrapped over four lines (关于落实甲部 / 乙委 丙局 / 《X计划》 / 的实施方案): the heading's
head lines above the quoted line are part of the title, which is the name the notice issues, as the heading writes it.
Lines above that the notice does not name stay out.

Texts are made up; the forms are those of a provincial leading group's notices.
"""

from parsers.structure import parse_structure

_NOTICE = (
    "《关于落实甲部 乙委\n丙局<丁行动计划\n(2031-2033年)>的实施方案》的通知\n戊旅发〔2031〕5号\n各市(州)人民政府:\n"
    "为全面落实甲部、乙委、丙局联合印发的《丁行动计划(2031-2033年)》,现将实施方案印发给你们,请认真贯彻执行。\n"
    "特此通知。\n戊省旅游产业发展领导小组\n2031年4月13日\n"
    "{head}《丁行动计划(2031-2033年)》\n的实施方案\n为深入贯彻落实,制定本方案。\n一、发展目标\n"
    "到2033年,形成较为合理的空间布局。\n二、重点任务\n(一)完善设施。\n"
)


def test_the_plans_heading_is_joined_with_its_head_lines() -> None:
    doc = parse_structure(_NOTICE.format(head="关于落实甲部\n乙委 丙局\n"))
    assert doc.title == "关于落实甲部乙委 丙局《丁行动计划(2031-2033年)》的实施方案"
    assert doc.notice_title is not None
    assert (
        doc.notice_title.replace(" ", "")
        == "《关于落实甲部乙委丙局<丁行动计划(2031-2033年)>的实施方案》的通知"
    )


def test_a_line_the_notice_does_not_name_stays_out() -> None:
    doc = parse_structure(_NOTICE.format(head="己省文化和旅游厅\n"))
    assert doc.title is not None and not doc.title.startswith("己省")

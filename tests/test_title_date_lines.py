"""A signature's date a site masked (****年*月**日) is still a date line: the draft's heading under
it is a title line of its own, not run on from the date. Texts are made up.
"""

from parsers.structure import parse_structure
from parsers.structure.date_line import is_date_line


def test_a_masked_signature_date_does_not_run_into_the_draft_s_heading() -> None:
    text = (
        "关于向社会公开征求《甲州农贸市场管理办法（征求意见稿）》意见建议的公告\n"
        "按照州人民政府工作安排，州商务局起草了《甲州农贸市场管理办法（征求意见稿）》，现面向社会各界广泛征集意见建议。\n"
        "一、征集时间\n自公告发布之日起至****年**月**日止。\n二、参与方式\n*.电子邮箱:*********@qq.com\n"
        "附件:《甲州农贸市场管理办法（征求意见稿）》\n甲州商务局\n****年*月**日\n"
        "甲州农贸市场管理办法（征求意见稿）\n第一章 总则\n第一条 为规范农贸市场管理，制定本办法。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲州农贸市场管理办法"
    assert doc.status == "征求意见稿"
    assert doc.notice_title == "关于向社会公开征求《甲州农贸市场管理办法（征求意见稿）》意见建议的公告"
    assert doc.issuer == "甲州商务局"


def test_masked_figures_elsewhere_make_no_date_line() -> None:  # guard
    assert is_date_line("****年*月**日")
    assert not is_date_line("自公告发布之日起至****年**月**日止。")
    assert not is_date_line("*.电子邮箱:*********@qq.com")

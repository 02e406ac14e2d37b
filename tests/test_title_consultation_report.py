"""A text that tells how a finished call for comments went names the draft in the words of a call (起草了《X（征求
意见稿）》，向社会公开征求意见) but is a note on it: stored without a heading of its own, it carries no title. A call
that asks now, or a notice that hands a document over after telling of an earlier round, keeps the document's name.

Texts are made up; the forms are those of government sites.
"""

from parsers.structure import parse_structure
from parsers.structure.consultation_report import reports_on_call
from parsers.structure.lines import split_lines

_REPORT_NONE_RECEIVED = (
    "为规范全县农贸市场管理,甲县商务局起草了《甲县农贸市场管理办法(征求意见稿)》,"
    "于2031年4月1日至4月30日在甲县人民政府网站向社会公开征求意见。征求意见期间,未收到任何意见和建议。\n"
    "甲县商务局\n2031年5月6日\n"
)

_REPORT_WITH_SECTIONS = (
    "乙市城管局拟定了《乙市户外招牌设置管理规定(征求意见稿)》,向社会公开征求意见。现将征求意见情况说明如下:\n"
    "一、征求意见范围\n"
    "通过乙市人民政府网站,就《乙市户外招牌设置管理规定(征求意见稿)》征求意见,自2031年6月1日起至6月30日止。\n"
    "二、意见采纳情况\n"
    "共收到意见建议7条,已采纳4条。\n"
    "乙市城市管理局\n2031年7月8日\n"
)

_DRAFTING_NOTE = (
    "现将《丙县农村集体资产管理暂行办法》(以下简称《办法》)的起草说明如下:\n"
    "一、起草的必要性\n农村集体资产底数不清,管理不规范。\n"
    "二、起草过程\n县农业农村局在调研基础上形成了初稿。\n"
)

_CALL = (
    "为加强全县饮用水水源保护,丁县水利局起草了《丁县饮用水水源保护办法(征求意见稿)》,"
    "现向社会公开征求意见。欢迎社会各界于2031年9月30日前通过电子邮件提出意见建议,"
    "我局将对收到的意见认真研究,合理意见予以采纳。\n"
    "附件:丁县饮用水水源保护办法(征求意见稿)\n"
    "丁县水利局\n2031年9月1日\n"
)

_ISSUED_AFTER_A_ROUND = (
    "各乡镇人民政府,县直各单位:\n"
    "《戊县城区停车管理办法》已向社会公开征求意见,共收到意见12条,均已研究处理。"
    "现将《戊县城区停车管理办法》印发给你们,请认真贯彻执行。\n"
    "戊县人民政府办公室\n2031年10月9日\n"
)


def test_a_report_that_none_were_received_carries_no_title() -> None:
    doc = parse_structure(_REPORT_NONE_RECEIVED)
    assert doc.title is None
    assert doc.status is None


def test_a_report_of_comments_taken_up_carries_no_title() -> None:
    assert parse_structure(_REPORT_WITH_SECTIONS).title is None


def test_a_drafting_note_reports_on_its_draft() -> None:
    assert reports_on_call(split_lines(_DRAFTING_NOTE), 0)


def test_a_call_or_a_handover_is_no_report() -> None:
    for text in (_CALL, _ISSUED_AFTER_A_ROUND):
        assert not reports_on_call(split_lines(text), 0), text


def test_a_call_that_asks_now_keeps_its_draft() -> None:
    # counter-example: the call promises to take comments up (予以采纳), but it asks for them now (欢迎…提出)
    doc = parse_structure(_CALL)
    assert doc.title == "丁县饮用水水源保护办法"
    assert doc.status == "征求意见稿"


def test_a_notice_that_hands_over_after_a_round_keeps_what_it_issues() -> None:
    # counter-example: comments received (共收到意见12条) in a notice that issues the document (印发给你们)
    assert parse_structure(_ISSUED_AFTER_A_ROUND).title == "戊县城区停车管理办法"

"""Round 16 (titles33): a covering letter stored without its title line, the document it issues named only in its
sentence.

Classes: the letter cut before its signature (the page ends under the addressee), the drafting verb with 了 and a
comma before 现印发给你们 (研究制定了《X》，现印发给你们), and a converter's lost glyph for 現 (?,F將, ?,F(xiàn)印發).
The issued document is the title, its status in brackets the status; the letter's own title is lost (notice_title
None). Texts are made up.
"""

from parsers.structure import parse_structure


def test_a_letter_cut_before_its_signature_is_titled_by_what_it_issues() -> None:
    text = (
        "各市、县（市、区）教育局，各普通高校：\n"
        "经省政府同意，省政府办公厅转发了省环保厅等部门制定的5个专项应急方案（甲政办发〔2031〕7号），"
        "其中《甲省重污染天气学校学生防护应急方案（试行）》由我厅制定。现将《甲省重污染天气学校学生防护应急方案"
        "（试行）》印发给你们，请结合实际，认真贯彻落实。\n"
        "本方案试行中如有意见建议，请与我厅体卫艺处联系。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省重污染天气学校学生防护应急方案"
    assert doc.status == "试行"
    assert doc.notice_title is None


def test_a_letter_that_drafted_what_it_issues_with_le_and_a_comma_is_titled_by_it() -> None:
    text = (
        "乙爱卫会〔2031〕9号\n各区爱国卫生运动委员会，有关单位：\n"
        "为深入贯彻落实有关精神，市爱卫会研究制定了《乙市国家卫生区巩固管理办法（2031年版）》，现印发给你们，"
        "请遵照执行。\n特此通知。\n乙市爱国卫生运动委员会\n2031年8月12日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙市国家卫生区巩固管理办法（2031年版）"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_letter_citing_what_it_drafted_before_issuing_another_names_neither_wrongly() -> None:  # guard
    text = (
        "各区人民政府：\n根据市里制定了《丙市河道管理条例》，现将《丙区河长制工作方案》印发给你们，请遵照执行。\n"
        "丙区人民政府\n2031年5月6日\n"
    )
    assert parse_structure(text).title == "丙区河长制工作方案"


def test_a_page_without_an_addressee_that_ends_unsigned_is_no_letter() -> None:  # guard
    text = "11月3日，《丁市数据资源管理办法》印发给各区，并自下月起施行。\n办法共六章三十条。\n"
    assert parse_structure(text).title is None


def test_a_lost_glyph_for_xian_does_not_hide_the_issuing_verb() -> None:
    text = (
        "戊愛衛(wèi)會〔2031〕9號\n各區(qū)愛國衛(wèi)生運動委員會,有關(guān)單位:\n"
        "??? 為深入貫徹落實有關(guān)精神,研究制定了《戊市國家衛(wèi)生區(qū)鞏固管理辦法(2031年版)》?,F(xiàn)印發(fā)給你們,"
        "請遵照執(zhí)行。\n??? 特此通知。\n戊市愛國衛(wèi)生運動委員會\n2031年8月12日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "戊市國家衛(wèi)生區(qū)鞏固管理辦法(2031年版)"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_letter_forwarding_a_numbered_file_is_titled_by_the_forwarded_notice() -> None:
    text = (
        "市局各直属单位:\n"
        "为进一步做好系统宣传工作,现将《关于进一步加强综合治理宣传工作的通知》(甲综治委〔2031〕33号)文件转发给你们,"
        "请各单位结合实际认真贯彻落实。\n附件:关于进一步加强综合治理宣传工作的通知\n甲市卫生局\n2031年10月16日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于进一步加强综合治理宣传工作的通知"
    assert doc.notice_title is None
    assert doc.issuer == "甲市卫生局"

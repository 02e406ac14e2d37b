"""A covering letter or announcement names the document it issues, forwards or promulgates in its sentences.

A covering letter stored without its title line, the document it issues named only in its
sentence.

Classes: the letter cut before its signature (the page ends under the addressee), the drafting verb with 了 and a
comma before 现印发给你们 (研究制定了《X》，现印发给你们), and a converter's lost glyph for 現 (?,F將, ?,F(xiàn)印發).
The issued document is the title, its status in brackets the status; the letter's own title is lost (notice_title
None).

A 转发 notice whose headline ends with the one document it forwards (甲办公室转发乙厅关于X的通知,
one 的通知: the forwarded one's) and whose letter forwards exactly that name (现将乙厅《关于X的通知》…转发给你们): the
forwarded notice is the title, the headline the notice's own title.

A standing committee's announcement (公告) that promulgates one regulation, its sentence of
adoption written 《X条例》于…经…会议通过，并于…批准。 and its 现予公布 the next sentence: the regulation is the title,
the announcement no notice of its own.

Texts are made up.
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


_LETTER = (
    "\n2031-06-13 14:05来源:甲市农委   作者:未知\n\n甲农办发〔2031〕78号\n\n丙区、丁区农委:\n\n"
    "经委领导同意,现将乙部办公厅《关于开展第一批农业可持续发展示范区评估工作的通知》(乙办计〔2031〕26号)"
    "转发给你们,请认真贯彻执行。\n\n联系人:某某,联系电话: 89133285。\n\n"
    "                         甲市农业委员会\n\n                             2031年6月8日\n"
)


def test_a_forwarding_headline_gives_way_to_the_notice_it_forwards() -> None:
    doc = parse_structure(
        "甲市农业委员会办公室转发乙部办公厅关于开展第一批农业可持续发展示范区评估工作的通知\n" + _LETTER
    )
    assert doc.title == "关于开展第一批农业可持续发展示范区评估工作的通知"
    assert (
        doc.notice_title
        == "甲市农业委员会办公室转发乙部办公厅关于开展第一批农业可持续发展示范区评估工作的通知"
    )
    assert doc.status is None


def test_a_headline_that_issues_rather_than_forwards_keeps_its_title() -> None:  # guard
    text = (
        "甲市农业委员会关于开展农业示范区评估工作的通知\n\n丙区、丁区农委:\n\n"
        "现将乙部办公厅《关于开展第一批农业可持续发展示范区评估工作的通知》转发给你们,请认真贯彻执行。\n\n"
        "甲市农业委员会\n\n2031年6月8日\n"
    )
    assert parse_structure(text).title == "甲市农业委员会关于开展农业示范区评估工作的通知"


_ANNOUNCEMENT = (
    "甲市第十六届人民代表大会常务委员会公告\n（第21号）\n"
    "《甲市客运出租汽车管理条例》于2031年4月26日经甲市第十六届人民代表大会常务委员会第十六次会议通过，"
    "并于2031年11月28日经乙省第十五届人民代表大会常务委员会第十四次会议批准。现予公布，自2032年1月1日起施行。\n"
    "甲市人民代表大会常务委员会\n2031年12月9日\n"
)


def test_an_announcement_adopting_with_yu_promulgates_the_regulation_it_names() -> None:
    text = (
        _ANNOUNCEMENT + "乙省人民代表大会常务委员会关于批准《甲市客运出租汽车管理条例》的决议\n"
        "乙省第十五届人民代表大会常务委员会第十四次会议审查了《甲市客运出租汽车管理条例》，决定予以批准。\n"
        "目 录\n第一章 总 则\n第二章 经营管理\n第一章 总 则\n第一条 为了规范客运出租汽车经营，制定本条例。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市客运出租汽车管理条例"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_news_item_that_a_regulation_was_adopted_is_no_announcement() -> None:  # guard
    text = (
        "甲市出租汽车管理迎来新规\n"
        "《甲市客运出租汽车管理条例》于2031年4月26日经市人大常委会会议通过，将于明年施行。记者了解到，条例共六章。\n"
    )
    assert (
        parse_structure(text).title == "甲市出租汽车管理迎来新规"
    )  # the news item's headline, not the regulation

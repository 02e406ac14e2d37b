"""Round 19 of titles, on documents written for these tests (no corpus text).

A line that names a kind of document outranks one that names none: a site's greeting or a gazette's masthead
over a head cut short by a line read as the body's start (a label row ending in a colon, a telephone number in
brackets) never wins over the title further down, before the first sentence; an order's header (甲省人民政府令,
乙部令 第8号) frames the regulation it promulgates and is not its title.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.head_rank import is_decree_header
from parsers.structure.titles import is_date_line


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


GREETING_OVER_LABEL_ROWS = (
    "欢迎访问甲县人民政府网站!\n"
    "责任部门:  县政府办  成文日期:\n"
    "公开方式:  主动公开  公开范围:  全部公开\n"
    "甲县人民政府办公室\n"
    "关于印发《甲县森林防火应急预案》的\n"
    "通    知\n"
    "各乡镇人民政府,县直各单位:\n"
    "《甲县森林防火应急预案》已经县人民政府同意,现印发给你们,请认真执行。\n"
    "甲县人民政府办公室\n"
    "2026年3月5日\n"
    "甲县森林防火应急预案\n"
    "一、总则\n"
    "为做好森林防火工作,制定本预案。\n"
)


def test_a_greeting_never_wins_over_the_title_under_a_label_row() -> None:
    s = parse(GREETING_OVER_LABEL_ROWS)
    assert s.title == "甲县森林防火应急预案"
    assert s.notice_title == "甲县人民政府办公室关于印发《甲县森林防火应急预案》的通知"
    assert s.issuer == "甲县人民政府办公室"


MASTHEAD_OVER_PHONE = (
    "主管主办\n"
    "乙省人民政府办公厅\n"
    "编辑出版\n"
    "乙省人民政府公报编辑部\n"
    "电       话\n"
    "(031)12345678\n"
    "(031)12345679\n"
    "邮政编码\n"
    "123456\n"
    "乙省人民政府\n"
    "关于命名第二批省级园林城市的决定\n"
    "乙府函〔2026〕12号\n"
    "各市人民政府,省政府各部门:\n"
    "为推进城市园林建设,省政府决定命名丙市为省级园林城市。\n"
    "乙省人民政府\n"
    "2026年4月1日\n"
)


def test_a_gazette_masthead_never_wins_over_the_title_past_a_phone_number() -> None:
    s = parse(MASTHEAD_OVER_PHONE)
    assert s.title == "乙省人民政府关于命名第二批省级园林城市的决定"
    assert s.issuer == "乙省人民政府"


NEWS_HEADLINE_NAMES_NO_KIND = (
    "甲市建言活动一周收到建议三百余条\n"
    "电       话\n"
    "(031)12345678\n"
    "记者从甲市发展改革委获悉,建言活动开展一周以来,共收到建议三百余条。\n"
    "活动办法\n"
    "市民可通过网站留言参与。\n"
)


def test_a_headline_naming_no_kind_stays_when_the_prose_comes_first() -> None:
    # the line naming a kind (活动办法) stands after the body's first sentence: it is a heading of the body
    s = parse(NEWS_HEADLINE_NAMES_NO_KIND)
    assert s.title == "甲市建言活动一周收到建议三百余条"


ORDER_THEN_ENCLOSED_REGULATION = (
    "中华人民共和国甲部令\n"
    "2026 年第 3 号\n"
    "《乙类船舶检验管理规定》已于2026年1月5日经第1次部务会议通过,现予公布,自2026年3月1日起施行。\n"
    "附件:乙类船舶检验管理规定\n"
    "部长  丙丁\n"
    "二〇二六年一月十日\n"
    "乙类船舶检验管理规定\n"
    "第一条 为加强乙类船舶检验管理,制定本规定。\n"
)


def test_an_order_header_frames_the_regulation_it_promulgates() -> None:
    s = parse(ORDER_THEN_ENCLOSED_REGULATION)
    assert s.title == "乙类船舶检验管理规定"


def test_an_order_header_alone_is_no_title_but_a_regulation_after_it_is() -> None:
    text = "甲省人民政府令\n第12号\n甲省河道管理办法\n第一条 为加强河道管理,制定本办法。\n"
    assert parse(text).title == "甲省河道管理办法"


@pytest.mark.parametrize(
    "line",
    [
        "中华人民共和国甲部令",
        "甲省人民政府令116号",
        "乙部令 第8号",
        "丙局令(2026年第3号)",
        "丁市人民政府令第五号",
    ],
)
def test_decree_headers(line: str) -> None:
    assert is_decree_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "关于废止甲省人民政府令的决定",
        "甲省森林禁火令",
        "甲省人民政府关于发布禁渔令的通告",
        "甲县河道管理办法",
    ],
)
def test_titles_naming_an_order_are_no_headers(line: str) -> None:
    # 禁火令 is the document itself (an order issued under that name, no organ before 令): a title
    assert not is_decree_header(line)


def test_a_date_that_lost_its_month_is_a_date_line() -> None:
    assert is_date_line("2026年1013日")
    assert is_date_line("2025年924")
    assert not is_date_line("2026年度工作要点")


SUBMITTING_REPORT = (
    "关于报送《甲县水务局防汛应急预案》的报告\n"
    "甲水报〔2026〕5号\n"
    "甲县防汛抗旱指挥部办公室:\n"
    "根据贵办通知要求,我局修订了防汛应急预案,现予报送。\n"
    "附件:《甲县水务局防汛应急预案》\n"
    "甲县水务局\n"
    "2026年5月6日\n"
    "甲县水务局防汛应急预案\n"
    "1 总则\n"
    "1.1 编制目的\n"
    "为做好防汛工作,制定本预案。\n"
)


def test_a_report_submitting_a_plan_covers_it() -> None:
    # 报送 submits a document upwards as 印发 issues one downwards: the report is the cover, the plan the text
    s = parse(SUBMITTING_REPORT)
    assert s.title == "甲县水务局防汛应急预案"
    assert s.notice_title == "关于报送《甲县水务局防汛应急预案》的报告"


def test_a_report_on_work_done_is_its_own_title() -> None:
    text = (
        "关于甲县2026年上半年防汛工作情况的报告\n"
        "甲县防汛抗旱指挥部办公室:\n"
        "今年以来,我局认真落实防汛责任,现将有关情况报告如下。\n"
        "一、主要工作\n"
        "汛前检查水库十二座。\n"
    )
    s = parse(text)
    assert s.title == "关于甲县2026年上半年防汛工作情况的报告"
    assert s.notice_title is None


def test_a_report_on_the_comments_a_call_received_is_titled_whole() -> None:
    # the call (征集…建议) is inside the quoted name: the line's own words report on it, they ask for nothing
    text = (
        "《关于征集2027年民生实事项目建议的通告》意见采纳情况\n"
        "2026年10月,甲区发布通告,面向社会征集民生实事项目建议,共收到建议八十条。\n"
        "一、采纳情况\n"
        "采纳建议十二条。\n"
    )
    s = parse(text)
    assert s.title == "《关于征集2027年民生实事项目建议的通告》意见采纳情况"
    assert s.notice_title is None


def test_a_call_whose_own_words_ask_for_comments_on_a_quoted_draft_still_names_it() -> None:
    text = (
        "关于征求《甲市养犬管理条例(草案)》意见的公告\n"
        "为提高立法质量,现将《甲市养犬管理条例(草案)》全文公布,征求社会各界意见。\n"
        "甲市人大常委会法制工作委员会\n"
        "2026年9月1日\n"
        "甲市养犬管理条例(草案)\n"
        "第一条 为规范养犬行为,制定本条例。\n"
    )
    s = parse(text)
    assert s.title == "甲市养犬管理条例"
    assert s.notice_title == "关于征求《甲市养犬管理条例(草案)》意见的公告"


def test_an_addressee_whose_page_lost_a_character_after_the_colon_opens_the_body() -> None:
    # a fragment of a notice (no title of its own): 文号, then its addressees with a lost character (?) after them
    text = (
        "发布文号: 甲府[2026]9号?\n"
        "各县(市、区)人民政府,省政府直属各单位: ?\n"
        "经研究,决定对2025年度植树造林先进单位给予表彰。\n"
        "一等奖:乙市 丙县?\n"
    )
    assert parse(text).title is None


QUOTED_HEAD_OF_A_LONGER_NAME = (
    "甲市人民政府办公室关于印发《甲市都市圈发展规划》主要目标任务责任分工方案的通知\n"
    "甲府办函〔2026〕3号\n"
    "各区(县)人民政府,市政府各部门:\n"
    "经市政府同意,现将分工方案印发给你们,并提出下列要求。\n"
    "一、强化组织协调\n"
    "各区要建立推动落实机制。\n"
    "二、加强督促检查\n"
    "市发展改革委要定期调度进展。\n"
)


def test_a_name_that_goes_on_past_its_quote_is_issued_whole() -> None:
    s = parse(QUOTED_HEAD_OF_A_LONGER_NAME)
    assert s.title == "《甲市都市圈发展规划》主要目标任务责任分工方案"
    assert s.notice_title == "甲市人民政府办公室关于印发《甲市都市圈发展规划》主要目标任务责任分工方案的通知"


def test_a_quoted_name_alone_is_issued_without_its_quotes() -> None:
    text = (
        "甲市人民政府关于印发《甲市数字经济发展规划》的通知\n"
        "各区人民政府:\n"
        "现将《甲市数字经济发展规划》印发给你们,请认真贯彻执行。\n"
        "甲市人民政府\n"
        "2026年3月1日\n"
        "甲市数字经济发展规划\n"
        "一、发展基础\n"
        "全市数字经济规模持续扩大。\n"
    )
    assert parse(text).title == "甲市数字经济发展规划"


def test_a_lead_then_the_full_text_of_the_one_name_it_gives() -> None:
    text = (
        "近日,甲省人民政府办公厅印发了《甲省县域商业体系建设实施方案》,要求各地认真抓好落实。\n"
        "《甲省县域商业体系建设实施方案》全文如下。\n"
        "为推动县域商业发展,结合我省实际,制定本方案。\n"
        "一、总体要求\n"
        "到2027年,建成一批县级物流配送中心。\n"
    )
    assert parse(text).title == "甲省县域商业体系建设实施方案"


@pytest.mark.parametrize(
    "second",
    [
        "《乙省县域商业体系建设实施方案》全文如下。",  # another name than the lead's
        "方案全文如下。",  # no name
        "《甲省县域商业体系建设实施方案》提出,要完善县域商业网络。",  # a report on it, no handover
    ],
)
def test_no_full_text_handed_over_no_title_from_the_lead(second: str) -> None:
    text = (
        "近日,甲省人民政府办公厅印发了《甲省县域商业体系建设实施方案》,要求各地认真抓好落实。\n"
        f"{second}\n"
        "为推动县域商业发展,结合我省实际,制定本方案。\n"
        "一、总体要求\n"
        "到2027年,建成一批县级物流配送中心。\n"
    )
    assert parse(text).title is None


def test_a_title_with_its_orders_header_after_it_on_one_line() -> None:
    text = (
        "甲省乙市人民政府令123号\n"
        "2026-03-01\n"
        "【发布文号】甲省人民政府令2026年第123号 【发布日期】2026-02-01\n"
        "甲省耕地保护办法 甲省人民政府令 第123号\n"
        "《甲省耕地保护办法》已经2026年1月20日省人民政府第5次常务会议通过,现予公布,自2026年3月1日起施行。\n"
        "省长 丙丁\n"
        "甲省耕地保护办法\n"
        "第一条 为加强耕地保护,制定本办法。\n"
    )
    assert parse(text).title == "甲省耕地保护办法"


def test_drop_an_orders_header_after_a_title() -> None:
    from parsers.structure.titles import drop_doc_number

    assert drop_doc_number("甲省耕地保护办法 甲省人民政府令 第123号") == "甲省耕地保护办法"
    assert drop_doc_number("关于执行禁渔令第3号的通知") == "关于执行禁渔令第3号的通知"
    assert (
        drop_doc_number("甲省人民政府令 第123号") == "甲省人民政府令 第123号"
    )  # a header alone is no title's tail


def test_the_one_name_a_consultation_hands_over_among_names_it_mentions() -> None:
    text = (
        "为加强河湖管理,根据《中华人民共和国水法》等法律法规,我局开展了《甲市河道管理条例》修订工作,"
        "经论证将名称修改为《甲市河湖管理条例》,目前已形成《甲市河湖管理条例(草案征求意见稿)》。"
        "现向社会公开征求意见。\n"
        "征求意见时间为:2026年2月1日至3月1日。\n"
        "甲市水务局\n"
        "2026年2月1日\n"
    )
    s = parse(text)
    assert s.title == "甲市河湖管理条例"
    assert s.status == "草案征求意见稿"


def test_a_lead_handing_over_two_names_gives_no_title() -> None:
    text = (
        "我局起草了《甲市河湖管理条例(草案)》和《甲市河湖管理条例实施细则(草案)》,现向社会公开征求意见。\n"
        "征求意见时间为:2026年2月1日至3月1日。\n"
    )
    assert parse(text).title is None


SPAMMED_PAGE_TITLE = (
    "乙丙彩票开奖结果,乙丙彩票计划\n"
    "甲省人大网欢迎您!\n"
    "浏览字体: 打印页面\n"
    "甲省河道采砂管理条例\n"
    "2026-01-17 18:08:00 文章来源: 甲省人大网\n"
    "甲省河道采砂管理条例\n"
    "(2026年1月15日甲省第十四届人民代表大会常务委员会第九次会议通过)\n"
    "第一章 总则\n"
    "第一条 为加强河道采砂管理,制定本条例。\n"
)


def test_the_title_over_its_note_of_adoption_outranks_a_page_title_naming_another() -> None:
    assert parse(SPAMMED_PAGE_TITLE).title == "甲省河道采砂管理条例"


def test_a_covering_title_that_names_the_noted_one_keeps_its_rank() -> None:
    text = (
        "甲省人民代表大会常务委员会关于公布《甲省河道采砂管理条例》的公告\n"
        "《甲省河道采砂管理条例》已由甲省第十四届人民代表大会常务委员会第九次会议通过,现予公布,自2026年3月1日起施行。\n"
        "甲省人民代表大会常务委员会\n"
        "2026年1月15日\n"
        "甲省河道采砂管理条例\n"
        "(2026年1月15日甲省第十四届人民代表大会常务委员会第九次会议通过)\n"
        "第一章 总则\n"
        "第一条 为加强河道采砂管理,制定本条例。\n"
    )
    s = parse(text)
    assert s.title == "甲省河道采砂管理条例"
    assert s.notice_title == "甲省人民代表大会常务委员会关于公布《甲省河道采砂管理条例》的公告"


def test_a_law_sites_rows_on_the_title_line_keep_the_page_title() -> None:
    text = (
        "甲省湿地保护条例(最新版本全文)\n"
        "制定机关:甲省人民代表大会常务委员会\n"
        "施行日期:2026-05-31 公布日期:2026-05-31 甲省湿地保护条例\n"
        "(2026年5月31日甲省第十四届人民代表大会常务委员会第十次会议通过)\n"
        "第一条\n"
        "为了加强湿地保护,制定本条例。\n"
    )
    assert parse(text).title == "甲省湿地保护条例"


@pytest.mark.parametrize(
    ("line", "stamped"),
    [
        ("2026-01-17 18:08:00 文章来源: 甲省人大网", True),
        ("施行日期:2026-05-31 公布日期:2026-05-31", True),
        ("施行日期:2026-05-31 公布日期:2026-05-31 甲省湿地保护条例", False),  # ends with its kind
        ("关于做好防汛工作的通知 2026-03-12", False),  # a list's entry: the kind before the date
        ("甲省发布2026年政府工作报告2026-01-30 14:22", False),  # a headline ends with its time
        ("(2021-2025年)甲省发展规划", False),
    ],
)
def test_stamped_lines(line: str, stamped: bool) -> None:
    from parsers.structure.title_group import is_stamped_line

    assert is_stamped_line(line) is stamped


def test_a_one_line_abstract_the_heading_run_on_into_its_first_sentence() -> None:
    text = (
        "摘要\n\n"
        "<正>甲政办发[2026]5号2026年3月1日各区、县人民政府,市人民政府各工作部门:《甲市城市更新试点工作实施方案》"
        "已经市政府研究同意,现印发你们,请认真贯彻落实。甲市城市更新试点工作实施方案为贯彻落实《乙省城市更新条例》,"
        "结合我市实际,特制定本方案。\n"
    )
    assert parse(text).title == "甲市城市更新试点工作实施方案"


@pytest.mark.parametrize(
    "after",
    [
        "甲市城市更新试点工作实施方案的通知已经发出。",  # the name runs on into other words: no heading
        "甲市城市更新试点工作实施方案要求各区加快推进。",  # a sentence about it, no body opener
    ],
)
def test_a_name_run_on_into_a_sentence_is_no_heading(after: str) -> None:
    text = (
        "各区、县人民政府:《甲市城市更新试点工作实施方案》已经市政府研究同意,现印发你们,请认真贯彻落实。"
        f"{after}\n"
    )
    # the run-on words are no heading; the covering sentence, which issues the one name to its addressees, titles it
    assert parse(text).title == "甲市城市更新试点工作实施方案"


def test_a_cover_issuing_two_names_has_no_one_heading_run_on() -> None:
    text = (
        "各区人民政府:《甲市城市更新实施方案》和《甲市城市更新资金管理办法》已经市政府同意,现印发你们。"
        "甲市城市更新实施方案为推进城市更新,制定本方案。\n"
    )
    assert parse(text).title is None


FORUM_PAGE = (
    "甲乙论坛_LOGO_广告语_名字_征文_文创征集网\n"
    "标题: 甲市“十五五”规划建言 一周收到建议三百余条 [打印本页]\n"
    "作者: admin    时间: 2026-01-13 10:15\n"
    "甲市“十五五”规划公众建言活动启动后,社会各界积极参与,一周收到建议三百余条。\n"
    "欢迎光临 甲乙论坛_LOGO_广告语_名字_征文_文创征集网 Powered by Discuz!\n"
)


def test_a_pages_title_field_outranks_a_line_naming_no_kind() -> None:
    assert parse(FORUM_PAGE).title == "甲市“十五五”规划建言 一周收到建议三百余条"


def test_a_title_naming_a_kind_is_kept_over_the_title_field() -> None:
    text = "标题: 甲市河道管理办法解读\n甲市河道管理办法\n第一条 为加强河道管理,制定本办法。\n"
    assert parse(text).title == "甲市河道管理办法"

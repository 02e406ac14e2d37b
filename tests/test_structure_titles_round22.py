"""Round 22 of titles, on documents written for these tests (no corpus text).

Each test is one class of head layout: what a site writes around a title (the day it was issued or the order that
promulgated it in brackets glued after it, a validity tag or a repost label before it, a 文号 set off by a dash
before it), and the heads that name a document without issuing it (a news headline on a meeting about a draft, a
report on a finished call for comments).
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def test_issue_day_in_brackets_glued_after_title_is_dropped() -> None:
    """甲省…的意见(2024年2月5日) over two lines: the day it was issued is no part of its name."""
    structure = parse(
        "中共甲省委甲省人民政府\n"
        "关于加快建设现代化产业体系的意见(2024年2月5日)\n"
        "为加快建设现代化产业体系,结合我省实际,现提出如下意见。\n"
        "一、总体要求\n"
        "(一)指导思想。坚持稳中求进工作总基调。\n"
    )
    assert structure.title == "中共甲省委甲省人民政府关于加快建设现代化产业体系的意见"


def test_span_in_brackets_after_title_stays() -> None:
    """A title's own bracket holds its period: (2024—2026年) is part of the name, not a day it was issued."""
    structure = parse("乙市数字经济发展规划(2024—2026年)\n一、发展基础\n近年来,我市数字经济规模持续扩大。\n")
    assert structure.title == "乙市数字经济发展规划(2024—2026年)"


def test_order_in_brackets_glued_after_title_is_dropped() -> None:
    """…的决定(乙省人民政府令第77号): the order that promulgated it, in brackets, is its number, not its name."""
    structure = parse(
        "乙省人民政府关于废止部分省政府规章的决定(乙省人民政府令第77号)\n"
        "《乙省人民政府关于废止部分省政府规章的决定》已经省政府常务会议通过,现予公布,自公布之日起施行。\n"
        "省长:某某\n"
        "2024年3月1日\n"
    )
    assert structure.title == "乙省人民政府关于废止部分省政府规章的决定"


def test_validity_tag_before_title_is_dropped() -> None:
    """现行有效 丙市X办法: a law site's tag of the document's validity before its title."""
    structure = parse(
        "当前位置:首页 > 法规文件\n"
        "现行有效 丙市城市绿化管理办法\n"
        "第一条 为加强城市绿化管理,制定本办法。\n"
        "第二条 本办法适用于本市城市规划区。\n"
    )
    assert structure.title == "丙市城市绿化管理办法"


def test_repost_label_before_notice_title_is_dropped() -> None:
    """转发:丁市人民政府关于印发X的通知 — a site's label of a page it reposts: the notice issues X."""
    structure = parse(
        "转发:丁市人民政府关于印发丁市养老服务体系建设规划的通知\n"
        "各县区人民政府,市政府各部门:\n"
        "《丁市养老服务体系建设规划》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "丁市人民政府\n"
        "2024年5月6日\n"
    )
    assert structure.notice_title == "丁市人民政府关于印发丁市养老服务体系建设规划的通知"
    assert structure.title == "丁市养老服务体系建设规划"
    assert structure.issuer == "丁市人民政府"


def test_doc_number_and_dash_before_notice_title_are_dropped() -> None:
    """戊安委〔2024〕5号—戊市…关于印发《X》的通知: a site's headline puts the 文号 first, set off by a dash."""
    structure = parse(
        "戊安委〔2024〕5号—戊市安全生产委员会关于印发《戊市安全生产考核办法》的通知\n"
        "各有关单位:\n"
        "《戊市安全生产考核办法》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "戊市安全生产委员会\n"
        "2024年5月6日\n"
    )
    assert structure.notice_title == "戊市安全生产委员会关于印发《戊市安全生产考核办法》的通知"
    assert structure.title == "戊市安全生产考核办法"
    assert structure.doc_number == "戊安委〔2024〕5号"


def test_meeting_on_a_draft_is_a_news_headline() -> None:
    """甲市召开《X条例(草案)》征求意见座谈会: a news item on a meeting; the draft it names is not its title."""
    structure = parse(
        "甲市人大常委会召开《甲市河道管理条例(草案)》征求意见座谈会\n"
        "3月5日,市人大常委会召开座谈会,听取各方面对条例草案的意见和建议。\n"
        "与会代表结合工作实际,就河道保护范围、管理职责等提出了意见。\n"
    )
    assert structure.title == "甲市人大常委会召开《甲市河道管理条例(草案)》征求意见座谈会"
    assert structure.notice_title is None
    assert structure.status is None


def test_report_on_a_finished_call_keeps_its_heading() -> None:
    """乙局关于《X规划》征求意见情况的公告: it reports how a finished call went; its heading is its title."""
    structure = parse(
        "乙市生态环境局关于《乙市生态环境保护规划(2024-2030年)》征求意见情况的公告\n"
        "我局编制了《乙市生态环境保护规划(2024-2030年)》(征求意见稿),于2024年3月1日至7日公开征求意见,"
        "征求意见期间未收到意见建议。\n"
        "2024年3月10日\n"
    )
    assert structure.title == "乙市生态环境局关于《乙市生态环境保护规划(2024-2030年)》征求意见情况的公告"
    assert structure.notice_title is None


def test_call_for_comments_still_names_its_draft() -> None:
    """丙局关于征求《X办法(征求意见稿)》意见的公告 and a site's (已结束) after it: the call asks for comments on X."""
    structure = parse(
        "丙市司法局关于征求《丙市物业管理办法(征求意见稿)》意见的公告(已结束)\n"
        "为广泛听取社会各界意见,现将《丙市物业管理办法(征求意见稿)》全文公布,征求意见截止时间为2024年5月1日。\n"
        "丙市司法局\n"
        "2024年4月1日\n"
    )
    assert structure.title == "丙市物业管理办法"
    assert structure.status == "征求意见稿"


def test_spaces_inside_a_quoted_name_make_no_banner() -> None:
    """关于征求《甲废气 乙的测定 丙法(征求意见稿)》意见的函: the standard's name has spaces between its parts; the
    line is the call's title, not a site's banner of spaced phrases."""
    structure = parse(
        "关于征求国家标准《工业废水 总氮的测定 分光光度法(征求意见稿)》意见的函\n"
        "各有关单位:\n"
        "为规范监测工作,我部组织制定了该标准,现将征求意见稿提供给你们,请于2024年6月1日前反馈意见。\n"
        "某部办公厅\n"
        "2024年5月1日\n"
    )
    assert structure.title == "工业废水总氮的测定分光光度法"
    assert structure.status == "征求意见稿"
    assert structure.notice_title == "关于征求国家标准《工业废水总氮的测定分光光度法(征求意见稿)》意见的函"


def test_issuer_space_then_title_broken_by_a_space() -> None:
    """丁省人民政府 关于印发丁省X 三年行动计划的通知: the issuer, a space, the title with a stray space inside."""
    structure = parse(
        "丁省人民政府 关于印发丁省农村公路提升 三年行动计划的通知\n"
        "各市人民政府,省政府各部门:\n"
        "现将《丁省农村公路提升三年行动计划》印发给你们,请认真贯彻执行。\n"
        "丁省人民政府\n"
        "2024年5月1日\n"
    )
    assert structure.notice_title == "丁省人民政府关于印发丁省农村公路提升三年行动计划的通知"
    assert structure.issuer == "丁省人民政府"


def test_spaced_column_banner_before_a_title_stays_chrome() -> None:
    """戊省人民政府 规划计划 戊省人民政府关于印发X的通知: a site's name and column before the title on one line is
    the page's banner; the notice's title under it is read."""
    structure = parse(
        "戊省人民政府 规划计划 戊省人民政府关于印发戊城市群发展规划的通知\n"
        "发布时间:2024-05-06 来源:戊省人民政府\n"
        "戊省人民政府关于印发戊城市群发展规划的通知\n"
        "各市人民政府,省政府各部门:\n"
        "现将《戊城市群发展规划》印发给你们,请认真贯彻实施。\n"
        "2024年5月1日\n"
    )
    assert structure.notice_title == "戊省人民政府关于印发戊城市群发展规划的通知"
    assert structure.title == "戊城市群发展规划"


def test_publishing_a_draft_for_comments_names_the_draft() -> None:
    """己局 关于公布《X(草案)》征求意见的通知: it publishes X to ask for comments; the call is no part of X."""
    structure = parse(
        "己省人大常委会法制工作委员会 关于公布《己省湿地保护条例(草案)》征求意见的通知\n"
        "为提高立法质量,现将《己省湿地保护条例(草案)》全文公布,征求社会各方面意见。截止时间:2024年6月1日。\n"
        "己省人大常委会法制工作委员会\n"
        "2024年5月1日\n"
    )
    assert structure.title == "己省湿地保护条例"
    assert structure.status == "草案"


def test_file_name_a_sharing_site_repeats_is_the_title() -> None:
    """X条例.doc over the download bar and again under it, the text run into one line: the file names the text."""
    structure = parse(
        "甲市犬只管理条例.doc\n"
        "格式:doc 页数:6页\n"
        "会员登录下载\n"
        "甲市犬只管理条例.doc\n"
        "文档介绍:甲市犬只管理条例(2024年3月1日甲市人民代表大会常务委员会通过) 第一条 为了加强犬只管理,"
        "制定本条例。 第二条 本条例适用于本市行政区域。\n"
    )
    assert structure.title == "甲市犬只管理条例"


def test_files_of_a_collection_name_no_title() -> None:
    """A site's list of files (甲办法.doc, 乙细则.pdf), each named once: none of them is the page's title."""
    structure = parse("相关文件下载\n乙市停车管理办法.doc\n乙市停车收费实施细则.pdf\n会员登录下载\n")
    assert structure.title != "乙市停车管理办法"
    assert structure.title != "乙市停车收费实施细则"


def test_notice_publishing_one_list_from_its_addressees_on() -> None:
    """各有关单位: / 现将《X目录》予以公布 … : a notice stored without its title publishes X; X is the title."""
    structure = parse(
        "各街道办事处,各有关单位:\n"
        "经管委会同意,现将《2025年度甲区重大行政决策事项目录》予以公布,并就有关事项通知如下:\n"
        "一、承办单位要认真组织实施,严格履行法定程序。\n"
        "二、目录实行动态管理,确需调整的按程序办理。\n"
        "2025年3月1日\n"
    )
    assert structure.title == "2025年度甲区重大行政决策事项目录"


def test_call_naming_its_draft_inside_the_call_without_title() -> None:
    """现向社会各界征求《X方案》意见 with the draft attached: the call, stored without its title, presents X."""
    structure = parse(
        "为做好全省植树活动,拟继续开展主题活动月。现向社会各界征求《2025年乙省全民植树活动月实施方案》意见。"
        "联系电话:0000-12345678。公众可在10个工作日内提出意见。\n"
        "附件:2025年乙省全民植树活动月实施方案(征求意见稿)\n"
        "2025年2月10日\n"
    )
    assert structure.title == "2025年乙省全民植树活动月实施方案"
    assert structure.status == "征求意见稿"  # from the enclosure label under the call


def test_report_of_someone_elses_call_stays_a_fragment() -> None:
    """6月1日,X厅发布关于征求《Y方案(征求意见稿)》意见的公告 …: a news report of a call, no headline: no title."""
    structure = parse(
        "6月1日,丙省工业和信息化厅发布关于面向社会征求《丙省低空经济发展实施方案(征求意见稿)》意见的公告。"
        "方案提出,到2027年建成通用机场20个,培育龙头企业5家。\n"
    )
    assert structure.title is None


def test_public_notice_about_a_quoted_plan_presents_it() -> None:
    """甲局关于对《X方案》的公示: a 公示 about one named document presents it; the 公示's title is the notice's."""
    structure = parse(
        "甲市水利局 关于对《甲市河湖长制工作实施方案》的公示\n"
        "为全面推行河湖长制,我局起草了该方案,现予公示。公示期间如有意见,请反馈至市水利局。\n"
        "甲市水利局\n"
        "2024年5月1日\n"
    )
    assert structure.title == "甲市河湖长制工作实施方案"
    assert structure.notice_title == "甲市水利局关于对《甲市河湖长制工作实施方案》的公示"


def test_public_notice_about_a_plan_named_without_quotes() -> None:
    """关于乙风景名胜区总体规划(2025—2035年)的公示: the plan it presents, unquoted, ends with a kind of document."""
    structure = parse(
        "关于乙风景名胜区总体规划(2025—2035年)的公示\n"
        "按照有关规定,现将乙风景名胜区总体规划予以公示,公示期30日,欢迎社会各界提出意见。\n"
    )
    assert structure.title == "乙风景名胜区总体规划(2025—2035年)"


def test_public_notice_of_an_award_keeps_its_own_title() -> None:
    """丙厅关于拟授予丁县“园林县城”称号的公示: it presents no document; its own heading is the title, and an
    image caption over it ((资料图片)) is not."""
    structure = parse(
        "(资料图片)\n"
        "丙省住房和城乡建设厅关于拟授予丁县“丙省园林县城”称号的公示\n"
        "经专家验收,丁县各项指标达到标准要求,现向社会公示,公示期10天。\n"
        "联系电话:0000-1234567\n"
    )
    assert structure.title == "丙省住房和城乡建设厅关于拟授予丁县“丙省园林县城”称号的公示"
    assert structure.issuer == "丙省住房和城乡建设厅"


def test_draft_put_up_for_public_notice_in_the_sentence() -> None:
    """现将《X办法(征求意见稿)》公示,面向社会征求意见: 公示 right after the name is the verb; the call presents X."""
    structure = parse(
        "为加强公园管理,起草了本规章。现将《戊市公园管理办法(征求意见稿)》公示,面向社会公众广泛征求意见和建议。\n"
        "如有意见,请于2024年6月7日前发送至邮箱。\n"
        "联系人:某某\n"
    )
    assert structure.title == "戊市公园管理办法"
    assert structure.status == "征求意见稿"


def test_note_that_the_text_follows_is_no_part_of_the_title() -> None:
    """草案正文 / 甲新区条例 / (修订草案送审稿): the site's note over the draft is not the title's first line."""
    structure = parse(
        "关于对《甲新区条例(修订草案送审稿)》公开征求意见的公告\n"
        "现将甲新区条例(修订草案送审稿)公布,征求社会各界意见。\n"
        "2025年6月1日\n"
        "草案正文\n"
        "甲新区条例\n"
        "(修订草案送审稿)\n"
        "第一章 总则\n"
        "第一条 为了促进甲新区高质量发展,制定本条例。\n"
    )
    assert structure.title == "甲新区条例"
    assert structure.status == "修订草案送审稿"


def test_title_a_site_cut_short_still_says_what_it_issues() -> None:
    """甲县人民政府办公室关于印发X方案的通...: cut in its kind word by the site; the notice issues X."""
    structure = parse(
        "首页 > 政策文件\n"
        "甲县人民政府办公室关于印发甲县创建食品安全示范县工作方案的通...\n"
        "各乡镇人民政府,县政府各部门:\n"
        "《甲县创建食品安全示范县工作方案》已经县政府同意,现印发给你们,请认真贯彻执行。\n"
        "甲县人民政府办公室\n"
        "2024年7月29日\n"
    )
    assert structure.title == "甲县创建食品安全示范县工作方案"
    assert structure.notice_title == "甲县人民政府办公室关于印发甲县创建食品安全示范县工作方案的通..."


def test_joint_organs_run_together_at_the_title_head() -> None:
    """中共甲省委甲省人民政府关于…的意见: two organs run together, the second opening with the first's place."""
    structure = parse(
        "中共甲省委甲省人民政府\n"
        "关于全面推进乡村振兴的意见\n"
        "为全面推进乡村振兴,现提出如下意见。\n"
        "一、总体要求\n"
    )
    assert structure.issuer == "中共甲省委、甲省人民政府"


def test_office_of_a_government_stays_one_organ() -> None:
    """乙省人民政府办公厅关于…的通知: the office of a government is one organ, not a government and an office."""
    structure = parse(
        "乙省人民政府办公厅关于做好防汛工作的通知\n"
        "各市人民政府,省政府各部门:\n"
        "为做好今年防汛工作,现就有关事项通知如下:\n"
        "一、压实防汛责任。\n"
    )
    assert structure.issuer == "乙省人民政府办公厅"


def test_news_report_without_its_headline_is_a_fragment() -> None:
    """本报讯 … 市政府法制办将《X办法》(送审稿)全文公开征求意见 …: a report on a call, its headline lost: no title."""
    structure = parse(
        "本报讯记者某某今年6月1日至15日,甲市政府法制办将市商务委员会起草的《甲市社区菜市场管理办法》(送审稿)"
        "全文在报纸和网站上刊出,公开征求意见。\n"
        "据了解,截至征求时间结束,共收到公众意见29条,其中网络留言19条。\n"
    )
    assert structure.title is None
    assert structure.status is None

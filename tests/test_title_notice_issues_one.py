"""A notice (or a call for comments) that issues one document gives the document's title, its own kept as
``notice_title`` (field conventions), in layouts the readings missed before round 32:

* the notice's title printed without its head (《X》的通知: the organ and 转发/印发 on a line above, or cut off);
* a call whose sentences write the draft it names with other words, stage and kind the same;
* the notice's own title repeated under its date as the page's link to it ((PDF版));
* the organ line right over the document's heading, which the notice's name joins to it;
* an edition after the quote of the notice's name (《X预案》(2031年版)).

Texts are made up.
"""

from parsers.structure import parse_structure


def test_a_notice_title_without_its_head_issues_the_quoted_document() -> None:
    doc = parse_structure(
        "甲省交通运输厅 甲省邮政管理局转发\n"
        "《关于加快推进甲省城乡快递网络建设的实施意见》的通知\n"
        "各市交通运输局：\n"
        "现将《关于加快推进甲省城乡快递网络建设的实施意见》转发给你们，请认真贯彻执行。\n"
        "甲省交通运输厅\n2032年3月1日\n"
    )
    assert doc.title == "关于加快推进甲省城乡快递网络建设的实施意见"
    assert doc.notice_title == "《关于加快推进甲省城乡快递网络建设的实施意见》的通知"


def test_a_quoted_name_that_names_no_kind_keeps_the_notice() -> None:
    # 《甲县创建文明城市》 names no kind of document: the notice is its own document
    doc = parse_structure(
        "《甲县创建文明城市》的通知\n各乡镇人民政府：\n一、加强组织领导。\n二、落实工作责任。\n甲县人民政府办公室\n2032年3月1日\n"
    )
    assert doc.title != "甲县创建文明城市"
    assert doc.notice_title is None


def test_a_promulgating_decision_over_a_quoted_name_is_left_as_before() -> None:
    # 《X条例》的决定 may be an approval's (关于批准《X条例》的决定): only 通知 and 函 hand a document over
    doc = parse_structure(
        "《乙市物业管理条例》的决定\n乙省第九届人民代表大会常务委员会第五次会议决定：批准《乙市物业管理条例》，由乙市人民代表大会常务委员会公布施行。\n"
    )
    # the decision's own line is the title, not the regulation it approves
    assert (doc.title, doc.notice_title) == ("《乙市物业管理条例》的决定", None)


def test_a_call_names_its_draft_though_the_sentences_word_it_otherwise() -> None:
    doc = parse_structure(
        "关于征求《甲区委办公室 甲区人民政府办公室 关于加强甲区社区养老服务体系建设的实施意见(送审稿)》意见建议的通知\n"
        "为贯彻落实《乙省关于加强社区养老服务体系建设的意见》，甲区民政局对《甲区委办公室 甲区人民政府办公室 "
        "关于加强社区养老服务体系建设的实施意见(送审稿)》(以下简称《实施意见》)进一步修改完善，形成了本次"
        "《实施意见(送审稿)》，现向社会公开征求意见。\n"
        "征求意见截止时间为2032年9月1日。\n联系电话：0000-1234567\n"
    )
    assert doc.title == "甲区委办公室甲区人民政府办公室关于加强甲区社区养老服务体系建设的实施意见"
    assert doc.status == "送审稿"
    assert doc.notice_title is not None and doc.notice_title.startswith("关于征求《")


def test_a_call_whose_sentences_quote_another_stage_names_several() -> None:
    # the sentence quotes a draft of another stage and kind beside a cited plan: not the same draft written otherwise
    title = "关于征求《甲区社区养老服务体系建设实施意见(送审稿)》意见建议的通知"
    doc = parse_structure(
        f"{title}\n甲区民政局起草了《甲区养老服务清单(征求意见稿)》，形成了本次《服务规则(征求意见稿)》，"
        "现向社会公开征求意见。\n"
        "征求意见截止时间为2032年9月1日。\n"
    )
    # the call's own title stays the title: it hands over no one draft
    assert (doc.title, doc.status, doc.notice_title) == (title, None, None)


def test_the_notice_repeated_as_its_link_is_no_heading_of_the_draft() -> None:
    notice = "甲省林业局 甲省住房和城乡建设厅关于征求《甲省古树名木养护规范(征求意见稿)》意见的函"
    doc = parse_structure(
        f"{notice}\n甲林函〔2032〕1号\n各县林业局：\n"
        "省林业局、省建设厅起草了《甲省古树名木养护规范(征求意见稿)》，请于2032年5月10日前书面反馈意见。\n"
        "附件：甲省古树名木养护规范(征求意见稿)\n甲省林业局 甲省住房和城乡建设厅\n2032年3月23日\n"
        f"{notice}(PDF版)\n[关闭窗口]\n"
    )
    assert doc.title == "甲省古树名木养护规范"
    assert doc.status == "征求意见稿"
    assert doc.notice_title == notice.replace(" ", "")


def test_the_organ_line_over_the_heading_is_part_of_the_name_the_notice_gives() -> None:
    doc = parse_structure(
        "甲省人民政府办公厅\n关于印发《甲省人民政府2032年数字政府建设重点工作安排》的通知\n甲办发〔2032〕12号\n"
        "各市(州)人民政府，省政府各部门：\n"
        "《甲省人民政府2032年数字政府建设重点工作安排》已经省政府同意，现印发给你们，请认真贯彻执行。\n"
        "甲省人民政府办公厅\n2032年4月10日\n"
        "甲省人民政府\n2032年数字政府建设重点工作安排\n"
        "2032年是数字政府建设的关键之年。\n一、完善数据共享机制\n（一）健全工作机制。\n"
    )
    assert doc.title == "甲省人民政府2032年数字政府建设重点工作安排"


def test_a_heading_under_an_organ_line_the_name_leaves_out_stays_the_heading() -> None:
    doc = parse_structure(
        "甲市人民政府办公室关于印发《2032年甲市重点工作安排》的通知\n各区人民政府：\n"
        "《2032年甲市重点工作安排》已经市政府同意，现印发给你们。\n甲市人民政府办公室\n2032年4月10日\n"
        "甲市人民政府\n2032年甲市重点工作安排\n一、稳增长\n（一）扩大有效投资。\n"
    )
    assert doc.title == "2032年甲市重点工作安排"


def test_an_edition_after_the_quoted_name_is_the_titles() -> None:
    doc = parse_structure(
        "关于印发《甲街道突发公共卫生事件专项应急预案》(2032年版)的通知\n"
        "机关各部门、各居民区： 街道应急办修订完善了《甲街道突发公共卫生事件专项应急预案》(2032年版)，现印发给你们，"
        "请认真遵照执行。 特此通知。\n甲街道办事处 2032年5月29日\n"
    )
    assert doc.title == "甲街道突发公共卫生事件专项应急预案(2032年版)"


def test_a_public_notice_of_a_quoted_draft_names_it_with_the_period_the_text_gives() -> None:
    title = "关于《甲县乙镇村庄建设规划年》草案的公示公告"
    doc = parse_structure(
        f"{title}\n为做好村庄建设规划工作，乙镇开展了《甲县乙镇村庄建设规划(2031-2040年)》(以下简称《规划》)的编制工作。"
        "现向社会征求意见。\n一、公示时间\n2032年4月1日至2032年5月1日。\n二、意见反馈\n请以信件方式反馈。\n"
        "乙镇人民政府\n2032年4月1日\n"
    )
    assert doc.title == "甲县乙镇村庄建设规划(2031-2040年)"
    assert doc.status == "草案"
    assert doc.notice_title == title


def test_a_public_notice_of_a_named_list_stays_its_own_title() -> None:
    # 名单 put up for the public is the notice's own content, no draft (notice_names._presented)
    title = "关于甲县2032年度先进集体名单的公示"
    doc = parse_structure(
        f"{title}\n经评审，拟表彰以下先进集体：\n一、乙镇人民政府\n二、丙镇人民政府\n甲县人民政府办公室\n2032年4月1日\n"
    )
    assert doc.title == title
    assert doc.notice_title is None


def test_a_sites_prompt_under_the_signature_is_no_heading_and_the_sentence_gives_the_edition() -> None:
    doc = parse_structure(
        "甲省人民政府办公厅关于印发甲省乡镇(街道)行政许可指导目录\n各市、县(区)人民政府，省政府各部门：\n"
        "《甲省乡镇(街道)行政许可指导目录(2032年版)》已经省政府同意，现印发给你们，请认真组织实施。\n"
        "甲省人民政府办公厅\n2032年11月1日\n扫描或识别二维码,查看目录\n欢迎关注甲省生活资讯。\n"
    )
    assert doc.title == "甲省乡镇(街道)行政许可指导目录(2032年版)"


def test_a_call_asking_additions_to_a_staged_draft_names_the_draft() -> None:
    title = "甲县人民政府办公室关于征求《甲县档案管理制度(征求意见稿)》修改补充的通知"
    doc = parse_structure(
        f"{title}\n各乡镇、县直各单位：\n请您就《甲县档案管理制度(征求意见稿)》提出修改意见。\n"
        "截止日期：2032年3月27日\n甲县人民政府办公室\n2032年3月20日\n"
    )
    assert doc.title == "甲县档案管理制度"
    assert doc.status == "征求意见稿"
    assert doc.notice_title == title


def test_a_call_asking_about_a_name_with_no_stage_stays_its_own() -> None:
    # without the draft's stage in the quotes the words after the name may say anything: not read as a draft
    title = "关于征求《甲县档案管理制度》执行情况的通知"
    doc = parse_structure(
        f"{title}\n各乡镇人民政府：\n请报送制度执行情况。\n甲县人民政府办公室\n2032年3月20日\n"
    )
    assert doc.notice_title is None

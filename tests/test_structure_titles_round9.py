"""Round 9 of titles and metadata: general principles of where a title stands, on documents written for these
tests (no corpus text is quoted here).

* a title broken before a word that joins two names (``…任务分解`` / ``和责任分工方案``): the second line opens
  with 和, 及, 与, 暨 and ends with a kind of document, so it goes on with the title above it;
* a regulation's title stands right over its note of adoption (``（2024年…会议通过）``): that line is the title
  even when the page garbled its kind of document, and even when a page's headline and lead stand before it;
  an announcement's header over it (``X常务委员会`` / ``公 告`` / ``[二届] 第五号``) is the 文号, not a title;
* a browser's page title ending with the site's place after a dash (``…应急预案-甲高新技术产业开发区``): the
  place is no part of the title.
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


# ---- a title broken before 和 / 及 / 与 ----

CONNECTIVE_BREAK_NOTICE = (
    "丙政发〔2024〕3号\n"
    "丙省人民政府关于印发《2024年全省\n"
    "重点工作清单分解\n"
    "和督办落实方案》的通知\n"
    "各市人民政府，省政府各部门：\n"
    "《2024年全省重点工作清单分解和督办落实方案》已经省政府常务会议通过，现印发给你们，请认真执行。\n"
    "丙省人民政府\n"
    "2024年2月1日\n"
    "2024年全省重点工作清单分解\n"
    "和督办落实方案\n"
    "为抓好年度重点工作，制定本方案。\n"
    "一、工作目标\n"
    "全年重点工作按期完成。\n"
    "二、保障措施\n"
    "加强督查考核。\n"
)


def test_a_title_line_that_opens_with_he_goes_on_with_the_line_above() -> None:
    structure = parse(CONNECTIVE_BREAK_NOTICE)
    assert structure.title == "2024年全省重点工作清单分解和督办落实方案"
    assert structure.notice_title == "丙省人民政府关于印发《2024年全省重点工作清单分解和督办落实方案》的通知"


CONNECTIVE_POLICY = (
    "丁市促进夜间经济发展的若干措施\n"
    "及配套实施细则\n"
    "一、总体要求\n"
    "繁荣夜间消费。\n"
    "二、主要措施\n"
    "延长营业时间。\n"
)


def test_a_policy_title_broken_before_ji_is_one_title() -> None:
    assert parse(CONNECTIVE_POLICY).title == "丁市促进夜间经济发展的若干措施及配套实施细则"


SENTENCE_AFTER_TITLE = (
    "戊县农村道路养护办法\n"
    "和有关单位应当遵守本办法。\n"
    "第一条 为规范农村道路养护，制定本办法。\n"
    "第二条 本办法自印发之日起施行。\n"
)


def test_a_sentence_that_opens_with_he_is_no_part_of_the_title() -> None:
    assert parse(SENTENCE_AFTER_TITLE).title == "戊县农村道路养护办法"


# ---- a regulation's title over its note of adoption ----

GARBLED_REGULATION = (
    "己市湿地保护?ti\u00e1o例\n"
    "（2024年5月20日己市第三届人民代表大会常务委员会第十次会议通过 2024年7月30日庚省第十四届人民代表大会常务委员会第九次会议批准）\n"
    "己市人民代表大会常务委员会\n"
    "公 告\n"
    "[三届] 第十二号\n"
    "《己市湿地保护条例》已于2024年5月20日经己市第三届人民代表大会常务委员会第十次会议通过，现予公布。\n"
    "己市人民代表大会常务委员会\n"
    "2024年8月5日\n"
    "第一章 总则\n"
    "第一条 为了保护湿地，制定本条例。\n"
    "第二条 本条例自2024年10月1日起施行。\n"
)


def test_a_line_over_a_note_of_adoption_is_the_title_even_garbled() -> None:
    structure = parse(GARBLED_REGULATION)
    assert structure.title == "己市湿地保护?ti\u00e1o例"
    assert structure.notice_title is None


def test_an_announcement_header_broken_over_three_lines_is_the_doc_number() -> None:
    structure = parse(GARBLED_REGULATION)
    assert structure.doc_number == "己市人民代表大会常务委员会公告[三届]第十二号"
    assert structure.issuer == "己市人民代表大会常务委员会"


HEADLINE_OVER_REGULATION = (
    "辛市停车管理条例全文（辛市停车怎么收费）\n"
    "\n"
    "生活百科网\n"
    "\n"
    "停车难是许多城市的烦恼，很多车主都想知道本市的停车规定，下面我们一起来看看条例的全文。\n"
    "\n"
    "一、辛市停车管理条例全文\n"
    "\n"
    "辛市停车管理条例\n"
    "\n"
    "（2023年6月1日辛市第九届人民代表大会常务委员会第四次会议通过）\n"
    "\n"
    "第一章 总则\n"
    "\n"
    "第一条 为了规范停车管理，制定本条例。\n"
    "\n"
    "第二条 本条例自2023年9月1日起施行。\n"
)


def test_a_headline_and_lead_before_a_regulation_give_way_to_the_line_over_its_note() -> None:
    assert parse(HEADLINE_OVER_REGULATION).title == "辛市停车管理条例"


PLAIN_REGULATION = (
    "壬市养老服务条例\n"
    "（2022年3月1日壬市第八届人民代表大会常务委员会第二次会议通过）\n"
    "第一条 为了发展养老服务，制定本条例。\n"
    "第二条 本条例自公布之日起施行。\n"
)


def test_a_regulation_whose_title_names_its_kind_keeps_it() -> None:
    structure = parse(PLAIN_REGULATION)
    assert structure.title == "壬市养老服务条例"
    assert structure.issuer == "壬市第八届人民代表大会常务委员会"


# ---- a browser's page title with the site's place after a dash ----

PLACE_SUFFIX_PAGE = (
    "癸经济技术开发区森林火灾应急预案-癸经济技术开发区\n"
    "索引号:000001/2023-00002\n"
    "癸经济技术开发区森林火灾应急预案\n"
    "1.总则\n"
    "1.1编制目的\n"
    "有效应对森林火灾。\n"
    "1.2适用范围\n"
    "适用于本区森林火灾的应对工作。\n"
)


def test_a_site_place_after_a_dash_is_no_part_of_the_page_title() -> None:
    assert parse(PLACE_SUFFIX_PAGE).title == "癸经济技术开发区森林火灾应急预案"


def test_a_year_range_after_a_dash_stays_in_the_title() -> None:
    text = "甲市生态环境保护规划（2021-2025年）\n一、总体要求\n保护生态。\n二、主要任务\n治理污染。\n"
    assert parse(text).title == "甲市生态环境保护规划（2021-2025年）"


# ---- a headline is no notice's title; a label over a covering sentence is no title ----

HEADLINE_PAGE = (
    "您所在的位置:某某网 > 甲市 > 正文\n"
    "\n"
    "市政府印发!《甲市公园城市建设规划》全文来了\n"
    "\n"
    "甲市政府门户网站日前发布了《甲市公园城市建设规划》，规划提出到2030年建成公园城市。\n"
    "\n"
    "规划明确，各区要落实主体责任。\n"
)


def test_a_headline_that_reports_a_document_is_the_page_title_not_a_notice() -> None:
    structure = parse(HEADLINE_PAGE)
    assert structure.title == "市政府印发!《甲市公园城市建设规划》全文来了"
    assert structure.notice_title is None


def test_a_notice_title_that_issues_one_document_still_gives_its_name() -> None:
    text = (
        "乙市人民政府关于印发《乙市公园城市建设规划》的通知\n"
        "各区人民政府：\n"
        "现将《乙市公园城市建设规划》印发给你们，请认真贯彻执行。\n"
        "乙市人民政府\n"
        "2024年3月1日\n"
        "乙市公园城市建设规划\n"
        "一、总体要求\n"
        "建设公园城市。\n"
    )
    structure = parse(text)
    assert structure.title == "乙市公园城市建设规划"
    assert structure.notice_title == "乙市人民政府关于印发《乙市公园城市建设规划》的通知"


LABEL_OVER_COVERING_SENTENCE = (
    "期刊全文预览\n"
    "各县人民政府，市政府各部门：经市政府同意，现将市农业局制订的《丙市高标准农田建设规划纲要》印发给你们，"
    "请认真贯彻执行。丙市人民政府办公室二○一○年五月六日丙市高标准农田建设规划纲要为加快农田建设，制定本纲要。\n"
)


def test_a_label_naming_no_kind_gives_way_to_the_document_the_covering_sentence_issues() -> None:
    structure = parse(LABEL_OVER_COVERING_SENTENCE)
    assert structure.title == "丙市高标准农田建设规划纲要"
    assert structure.notice_title is None


def test_a_label_over_a_sentence_that_only_cites_a_document_stays_the_title() -> None:
    text = (
        "丁县春耕备耕工作简报\n"
        "根据《丁县农业发展规划》的要求，全县春耕备耕工作进展顺利。\n"
        "一、主要做法\n"
        "加强组织领导。\n"
    )
    assert parse(text).title == "丁县春耕备耕工作简报"


# ---- a page's bulleted lines, a document-sharing site's note ----

SHARED_FILE_PAGE = (
    "戊市政务公开工作规范.docx\n"
    "- 文件编码:88123\n"
    "- 上传日期:2023-01-05\n"
    "- 页码:12\n"
    "《戊市政务公开工作规范.docx》由用户上传,可免费预览,更多相关《戊市政务公开工作规范.docx》请访问本站\n"
    "戊市人民政府办公室关于印发戊市政务公开工作规范的通知\n"
    "各区人民政府，市政府各部门：\n"
    "现将《戊市政务公开工作规范》印发给你们，请认真执行。\n"
    "戊市人民政府办公室\n"
    "2022年6月1日\n"
    "戊市政务公开工作规范\n"
    "第一章 总则\n"
    "第一条 为规范政务公开工作，制定本规范。\n"
)


def test_bulleted_fields_and_a_shared_files_note_are_no_title() -> None:
    structure = parse(SHARED_FILE_PAGE)
    assert structure.title == "戊市政务公开工作规范"
    assert structure.notice_title == "戊市人民政府办公室关于印发戊市政务公开工作规范的通知"


def test_a_bulleted_menu_line_is_page_chrome() -> None:
    text = "• 设为首页|\n• 加入收藏|\n己县人民政府关于加强耕地保护的意见\n一、总体要求\n守住耕地红线。\n"
    structure = parse(text)
    assert structure.title == "己县人民政府关于加强耕地保护的意见"
    furniture = {text[a:b].strip() for a, b in structure.furniture}
    assert {"• 设为首页|", "• 加入收藏|"} <= furniture


# ---- the name of the text a notice revised is not what it issues ----

REVISED_NAME_NOTICE = (
    "庚市人民政府关于印发庚市公共资源交易管理办法及配套表格的通知\n"
    "各区人民政府：\n"
    "根据工作需要，对《庚市公共资源交易管理办法》进行了修改和完善，现将修改完善后的"
    "《庚市公共资源交易管理办法及配套表格》印发给你们，请遵照执行。\n"
    "庚市人民政府\n"
    "2021年4月2日\n"
    "庚市公共资源交易管理办法及配套表格\n"
    "第一条 为规范公共资源交易，制定本办法。\n"
    "第二条 本办法自印发之日起施行。\n"
)


def test_a_name_the_notice_says_it_revised_does_not_make_it_issue_several() -> None:
    structure = parse(REVISED_NAME_NOTICE)
    assert structure.title == "庚市公共资源交易管理办法及配套表格"
    assert structure.notice_title == "庚市人民政府关于印发庚市公共资源交易管理办法及配套表格的通知"


# ---- an enclosure the notice lists apart from the draft it is about ----

MEETING_ON_A_DRAFT = (
    "关于召开《辛市全民健身实施计划(代拟稿)》征求意见会的通知\n"
    "各县人民政府，市直有关单位：\n"
    "市体育局起草了《辛市全民健身实施计划(代拟稿)》，定于11月5日召开征求意见会，请各单位认真研究并提出意见。\n"
    "附件:\n"
    "1.参会单位名单\n"
    "2.《辛市全民健身实施计划(代拟稿)》\n"
    "2024年10月28日\n"
    "附件1\n"
    "参会单位名单\n"
    "市委宣传部、市发改委、市财政局。\n"
)


def test_an_enclosure_listed_apart_from_the_draft_is_not_the_drafts_title() -> None:
    structure = parse(MEETING_ON_A_DRAFT)
    assert structure.title == "辛市全民健身实施计划"
    assert structure.status == "代拟稿"
    assert structure.notice_title == "关于召开《辛市全民健身实施计划(代拟稿)》征求意见会的通知"


def test_an_unlisted_title_after_the_signature_is_still_the_issued_document() -> None:
    text = (
        "壬市人民政府关于印发壬市河长制工作方案的通知\n"
        "各区人民政府：\n"
        "现将《壬市河长制工作方案》印发给你们，请认真贯彻执行。\n"
        "壬市人民政府\n"
        "2023年5月6日\n"
        "壬市全面推行河长制工作方案\n"
        "一、总体要求\n"
        "全面推行河长制。\n"
    )
    assert parse(text).title == "壬市全面推行河长制工作方案"


# ---- the issuer a regulation's note of adoption names, past a page's own heading ----


def test_the_congress_of_a_note_under_a_title_past_a_pages_heading_is_the_issuer() -> None:
    assert parse(HEADLINE_OVER_REGULATION).issuer == "辛市第九届人民代表大会常务委员会"


def test_an_issuer_put_together_from_an_annotated_text_keeps_its_annotations() -> None:
    text = (
        "癸市古樹(sh\u00f9)保護(h\u00f9)條例\n"
        "（2023年4月1日癸市第七屆人民代表大會常務(w\u00f9)委員會第九次會議通過）\n"
        "第一條 為了保護(h\u00f9)古樹(sh\u00f9)，制定本條例。\n"
        "第二條 本條例自公布之日起施行。\n"
    )
    structure = parse(text)
    assert structure.issuer == "癸市第七屆人民代表大會常務(w\u00f9)委員會"


# ---- a site's place label before a notice's title; a page title that left out 关于 ----


def test_a_place_label_with_a_colon_before_a_notice_title_is_no_part_of_it() -> None:
    text = (
        "甲省:关于印发《甲省河湖长制考核细则》的通知\n"
        "各市人民政府：\n"
        "现将《甲省河湖长制考核细则》印发给你们，请认真贯彻落实。\n"
        "甲省人民政府办公厅\n"
        "2023年8月1日\n"
        "甲省河湖长制考核细则\n"
        "第一条 为做好考核工作，制定本细则。\n"
    )
    structure = parse(text)
    assert structure.title == "甲省河湖长制考核细则"
    assert structure.notice_title == "关于印发《甲省河湖长制考核细则》的通知"


def test_a_page_title_that_left_out_guanyu_names_the_document_the_notice_issues() -> None:
    text = (
        "《乙县加快发展养老服务的实施方案》\n"
        "乙政办发〔2022〕9号\n"
        "关于印发《乙县关于加快发展养老服务的实施方案》的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        "《乙县关于加快发展养老服务的实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n"
        "乙县人民政府办公室\n"
        "2022年7月1日\n"
        "乙县关于加快发展养老服务的实施方案\n"
        "一、总体要求\n"
        "发展养老服务。\n"
    )
    structure = parse(text)
    assert structure.title == "乙县关于加快发展养老服务的实施方案"
    assert structure.notice_title == "关于印发《乙县关于加快发展养老服务的实施方案》的通知"


# ---- who signs: a call with no title of its own, joint signers set in rows ----


def test_the_organ_that_signs_a_call_under_the_drafts_name_is_the_issuer() -> None:
    text = (
        "甲市电梯安全管理办法(征求意见稿)\n"
        "各有关单位：\n"
        "为加强电梯安全管理，我办拟订了本办法草案，现向社会公开征求意见，请于3月30日前反馈。\n"
        "甲市人民政府法制办公室\n"
        "2019年3月2日\n"
        "甲市电梯安全管理办法\n"
        "（征求意见稿）\n"
        "第一条 为了加强电梯安全管理，制定本办法。\n"
        "第二条 本办法自公布之日起施行。\n"
    )
    structure = parse(text)
    assert structure.title == "甲市电梯安全管理办法"
    assert structure.issuer == "甲市人民政府法制办公室"


ROWS_OF_SIGNERS = (
    "关于印发乙省冬春季火灾防控工作方案的通知\n"
    "各市州人民政府：\n"
    "现将《乙省冬春季火灾防控工作方案》印发给你们，请遵照执行。\n"
    "乙省应急管理厅          乙省公安厅\n"
    "乙省教育厅          乙省民政厅\n"
    "乙省住房和城乡建设厅          乙省交通运输厅\n"
    "乙省商务厅          乙省文化和旅游厅\n"
    "乙省林业和草原局          乙省气象局\n"
    "2020年11月1日\n"
    "乙省冬春季火灾防控工作方案\n"
    "一、工作目标\n"
    "火灾形势稳定。\n"
)


def test_joint_signers_set_in_five_rows_are_all_issuers() -> None:
    issuers = parse(ROWS_OF_SIGNERS).issuer
    assert issuers is not None
    assert issuers.split("、") == [
        "乙省应急管理厅", "乙省公安厅", "乙省教育厅", "乙省民政厅", "乙省住房和城乡建设厅", "乙省交通运输厅",
        "乙省商务厅", "乙省文化和旅游厅", "乙省林业和草原局", "乙省气象局",
    ]  # fmt: skip


def test_the_partner_after_huitong_is_not_the_body_that_drafted() -> None:
    from parsers.notice import parse_notice

    text = (
        "关于召开《丙市托育服务发展方案(代拟稿)》征求意见会的通知\n"
        "各县人民政府，市直有关单位：\n"
        "为发展托育服务，市卫健委牵头，会同市教体局起草了《丙市托育服务发展方案(代拟稿)》，请各单位研究并提出意见。\n"
        "2024年5月6日\n"
        "附件1\n"
        "参会单位名单\n"
        "市委宣传部、市发改委。\n"
    )
    structure = parse(text)
    assert structure.notice_span is not None
    notice = parse_notice(text, structure.notice_span)
    assert notice.issuing_body == "市卫健委"

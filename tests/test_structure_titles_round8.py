"""Round 8 of titles and metadata: classes of how documents are written or stored that the spent heldout6 split
(and what titles7 left of heldout5) showed, on documents written for these tests (no corpus text is quoted here).

* a page's lines around its title: a repost's byline (``X网整理发布 88°c 2022-03-04``), a law site's fields
  (``效力位阶:地方性法规``, a value that is only a kind of document), a breadcrumb with arrows (``首页→ 规章``), a
  site's lead (``导读:…``), a ``文件标题:`` field: none is a title nor part of one, and none ends the head;
* a date of issue over the policy's title written with ``0`` among Chinese numerals (``二00九年三月五日``), or in
  brackets on the first line of a fragment (``（2010年6月1日）``): a date, never a title;
* a 文号 in a note under the title with the day of issue (``（甲政发〔2019〕8号 2019年4月2日印发）``); an order
  number without 第 in a note of promulgation (``（…甲市人民政府令21号发布）``);
* a 批转 notice forwards one document as a 转发 one does; a page's title with a bracketed year
  (``X规定(2006年)``) names the document the notice under it issues;
* a notice's title that names its organ by its level alone (``县人民政府关于印发…``): the issuer is the organ as
  its signature names it (``甲县人民政府``).
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.pipeline import parse_bytes
from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


# ---- a page's lines around its title ----

LAW_SITE_PAGE = (
    "法规在线\n"
    "当前位置:首页 > 法律法规 > 2022年甲市河道管理条例最新版\n"
    "\n"
    "2022年甲市河道管理条例最新版\n"
    "\n"
    "法规在线整理发布 88°c 2022-03-04\n"
    "\n"
    "效力位阶:地方性法规\n"
    "\n"
    "甲市河道管理条例\n"
    "（2021年9月1日甲市第五届人民代表大会常务委员会第三次会议通过）\n"
    "第一章 总则\n"
    "第一条 为加强河道管理，保障防洪安全，制定本条例。\n"
    "第二条 本条例自公布之日起施行。\n"
)


def test_a_repost_byline_and_a_law_site_field_are_no_part_of_the_title() -> None:
    structure = parse(LAW_SITE_PAGE)
    assert structure.title == "甲市河道管理条例"
    furniture = {LAW_SITE_PAGE[a:b].strip() for a, b in structure.furniture}
    assert "法规在线整理发布 88°c 2022-03-04" in furniture
    assert "效力位阶:地方性法规" in furniture


ARROW_BREADCRUMB_PAGE = (
    "规章查询\n"
    " 首页→ 地方规章\n"
    "乙省人民政府会议制度\n"
    "(乙政发〔2019〕8号 2019年4月2日印发)\n"
    "发布时间:2019年04月10日\n"
    "第一章 总则\n"
    "一、为规范省政府会议，提高议事效率，制定本制度。\n"
    "二、本制度自印发之日起施行。\n"
)


def test_an_arrow_breadcrumb_is_no_part_of_the_title_and_a_number_note_gives_the_doc_number() -> None:
    document = parse_bytes(ARROW_BREADCRUMB_PAGE.encode(), name="rules.txt")
    assert document.title == "乙省人民政府会议制度"
    assert document.doc_number == "乙政发〔2019〕8号"
    assert document.issuer == "乙省人民政府"


LEAD_PAGE = (
    "丙市人民政府办公室印发关于加快丙市物流业发展实施方案的通知\n"
    "导读:物流业是支撑国民经济发展的基础性产业,加快其发展对于丙市建设区域中心具有重要意义。\n"
    "丙政办函〔2020〕45号\n"
    "丙市人民政府办公室印发关于加快丙市\n"
    "物流业发展实施方案的通知\n"
    "各区人民政府,各委、局:\n"
    "经市人民政府同意,现将《关于加快丙市物流业发展的实施方案》印发给你们,请照此执行。\n"
    "丙市人民政府办公室\n"
    "2020年6月3日\n"
    "关于加快丙市物流业发展的实施方案\n"
    "一、总体要求\n"
    "到2022年，全市物流业增加值达到300亿元。\n"
)


def test_a_sites_lead_does_not_end_the_head_before_the_doc_number() -> None:
    structure = parse(LEAD_PAGE)
    assert structure.doc_number == "丙政办函〔2020〕45号"
    assert structure.title == "关于加快丙市物流业发展的实施方案"


FILE_TITLE_FIELD_PAGE = (
    "当前位置:首页 > 政府文件\n"
    "发布机构: 丁县人民政府 发文日期: 2018-02-01\n"
    "文件标题: 县人民政府关于印发《丁县人民政府会议规则》的通知\n"
    "文 号: 丁政发〔2018〕2号\n"
    "丁县人民政府\n"
    "县人民政府关于印发《丁县人民政府会议规则》的通知\n"
    "丁政发〔2018〕2号\n"
    "各乡镇人民政府,县政府各部门:\n"
    "《丁县人民政府会议规则》已经县人民政府常务会议审议通过,现予印发。\n"
    "丁县人民政府\n"
    "2018年1月25日\n"
    "丁县人民政府会议规则\n"
    "一、为规范县政府会议，制定本规则。\n"
    "二、本规则自印发之日起施行。\n"
)


def test_a_file_title_field_is_no_notice_title_and_a_placeless_organ_is_named_whole() -> None:
    structure = parse(FILE_TITLE_FIELD_PAGE)
    assert structure.title == "丁县人民政府会议规则"
    assert structure.notice_title == "县人民政府关于印发《丁县人民政府会议规则》的通知"
    assert structure.metadata_title == "县人民政府关于印发《丁县人民政府会议规则》的通知"
    assert structure.issuer == "丁县人民政府"
    assert structure.doc_number == "丁政发〔2018〕2号"


# ---- dates that are no titles ----

MIXED_NUMERAL_DATE_NOTICE = (
    "戊市劳动局关于印发《戊市技能人才培训补贴暂行办法》的通知\n"
    "各区劳动局，市直各单位：\n"
    "现将《戊市技能人才培训补贴暂行办法》印发给你们，请遵照执行。\n"
    "二00九年三月五日\n"
    "\n"
    "戊市技能人才培训补贴暂行办法\n"
    "第一章 总则\n"
    "第一条 为规范培训补贴，制定本办法。\n"
    "第二条 本办法自印发之日起施行。\n"
)


def test_a_date_with_zeros_among_chinese_numerals_is_no_part_of_the_title() -> None:
    structure = parse(MIXED_NUMERAL_DATE_NOTICE)
    assert structure.title == "戊市技能人才培训补贴暂行办法"
    assert structure.notice_title == "戊市劳动局关于印发《戊市技能人才培训补贴暂行办法》的通知"
    chapters = [n for n in structure.iter_nodes() if n.kind == "chapter"]
    assert len(chapters) == 1


def test_a_bracketed_date_opening_a_fragment_is_no_title() -> None:
    text = (
        "（2010年6月1日）\n"
        "为加快全省现代农业发展，特作出如下决定。\n"
        "一、充分认识发展现代农业的重大意义\n"
        "1.发展现代农业是推进农业农村现代化的必然要求。\n"
    )
    structure = parse(text)
    assert structure.title is None
    assert parse_bytes(text.encode(), name="x.txt").title is None


# ---- order numbers and 批转 ----


def test_an_order_number_without_di_in_a_note_of_promulgation() -> None:
    text = (
        "己市广告牌设置管理规定\n"
        " (1992年5月6日己市人民政府令21号发布)\n"
        "第一条 为加强广告牌设置管理，制定本规定。\n"
        "第二条 本规定自发布之日起施行。\n"
    )
    structure = parse(text)
    assert structure.title == "己市广告牌设置管理规定"
    assert structure.doc_number == "己市人民政府令21号"
    assert structure.issuer == "己市人民政府"


APPROVED_AND_FORWARDED_NOTICE = (
    "您的位置: 首页 » 法规库 » 地方法规 »\n"
    "庚市中小学学籍管理规定(2006年)\n"
    "作者:法规库 时间:2023-01-02 10:00:00  浏览:120   来源:法规库\n"
    "庚市中小学学籍管理规定(2006年)\n"
    "庚江省庚市人民政府\n"
    "关于批转庚市中小学学籍管理规定的通知\n"
    "庚政〔2006〕12 号\n"
    "各区人民政府，市人民政府各部门：\n"
    "市人民政府同意市教育局制定的《庚市中小学学籍管理规定》，现转发给你们，请遵照执行。\n"
    "庚市人民政府\n"
    "二00六年三月八日\n"
    "庚市中小学学籍管理规定\n"
    "第一章 总 则\n"
    "第一条 为了规范学籍管理，特制定本规定。\n"
    "第二条 本规定自发布之日起施行。\n"
)


def test_a_pizhuan_notice_under_a_page_title_with_a_year_forwards_one_document() -> None:
    structure = parse(APPROVED_AND_FORWARDED_NOTICE)
    assert structure.title == "庚市中小学学籍管理规定"
    assert structure.notice_title == "关于批转庚市中小学学籍管理规定的通知"
    assert structure.issuer == "庚市人民政府"
    assert structure.doc_number == "庚政〔2006〕12号"
    assert [n.kind for n in structure.nodes if n.kind in ("notice", "title", "chapter")] == [
        "notice",
        "title",
        "chapter",
    ]


# ---- a draft enclosed after 附件: the document proper ----

ENCLOSED_DRAFT_CALL = (
    "关于公开征求《辛市人民代表大会常务委员会议事规则(草案)》意见的公告\n"
    "《辛市人民代表大会常务委员会议事规则(草案)》已经主任会议讨论，现予公布，向社会公开征求意见。\n"
    "(一)通过信函寄至辛市人大常委会法工委。\n"
    "(二)通过电子邮件发送至fagongwei@example.cn。\n"
    "附件:《辛市人民代表大会常务委员会议事规则(草案)》\n"
    "辛市人大常委会办公室\n"
    "2024年5月6日\n"
    "附件\n"
    "辛市人民代表大会常务委员会\n"
    "议事规则(草案)\n"
    "第一章 总 则\n"
    "第一条 为了规范常务委员会的议事活动，制定本规则。\n"
    "第二条 常务委员会审议议案，实行民主集中制。\n"
    "第二章 会议的召开\n"
    "第三条 常务委员会会议一般每两个月举行一次。\n"
)


def test_a_draft_enclosed_after_its_label_is_the_document_proper() -> None:
    """An analyst counts the draft's chapters and articles: the call only presents it."""
    structure = parse(ENCLOSED_DRAFT_CALL)
    assert structure.title == "辛市人民代表大会常务委员会议事规则"
    assert structure.status == "草案"
    assert structure.notice_title == "关于公开征求《辛市人民代表大会常务委员会议事规则(草案)》意见的公告"
    assert [n.kind for n in structure.nodes] == ["notice", "title", "chapter", "chapter"]
    articles = [n for n in structure.iter_nodes() if n.kind == "article"]
    assert [a.label for a in articles] == ["第一条", "第二条", "第三条"]


SPACED_ENCLOSED_DRAFT_CALL = (
    "关于公开征求《壬市人民代表大会及其常务委员会立法条例(修正草案)》修改意见的公告\n"
    "\n"
    "《壬市人民代表大会及其常务委员会立法条例(修正草案)》\n"
    "\n"
    "联系电话:0000-1234567\n"
    "\n"
    "壬市人大常委会办公室\n"
    "2024年11月2日\n"
    "\n"
    "附件1\n"
    "\n"
    "壬市人民代表大会及其常务委员会\n"
    "\n"
    "立 法 条 例\n"
    "\n"
    "(修正草案)\n"
    "\n"
    "第一章  总则\n"
    "\n"
    "第一条  为了规范立法活动，制定本条例。\n"
    "\n"
    "第二条  本条例自公布之日起施行。\n"
)


def test_a_name_quoted_under_the_call_gives_way_to_the_draft_after_the_signature() -> None:
    structure = parse(SPACED_ENCLOSED_DRAFT_CALL)
    assert structure.title == "壬市人民代表大会及其常务委员会立法条例"
    assert structure.status == "修正草案"
    kinds = [n.kind for n in structure.nodes]
    assert "attachment" not in kinds and kinds.count("chapter") == 1
    assert len([n for n in structure.iter_nodes() if n.kind == "article"]) == 2


def test_an_issuer_line_over_a_whole_title_is_not_its_first_line() -> None:
    text = (
        "癸市人民政府\n"
        "癸市促进就业若干办法\n"
        "第一条 为促进就业，制定本办法。\n"
        "第二条 本办法自印发之日起施行。\n"
    )
    structure = parse(text)
    assert structure.title == "癸市促进就业若干办法"
    assert structure.issuer == "癸市人民政府"


# ---- a law database's tags and fields ----

LAW_DATABASE_PAGE = (
    "子市养犬管理条例\n"
    "颁布日期:2003-5-6\n"
    "颁布单位:子市人民代表大会常务委员会\n"
    "【题注】 (2003年3月1日子市第十届人民代表大会第二次会议通过)\n"
    "【章名】 第一章 总则\n"
    "第一条 为了加强养犬管理，制定本条例。\n"
    "第二条 本条例适用于本市城市规划区。\n"
    "【章名】 第二章 登记\n"
    "第三条 养犬实行登记制度。\n"
)


def test_a_law_databases_tags_before_headings_leave_them_headings() -> None:
    structure = parse(LAW_DATABASE_PAGE)
    chapters = [n for n in structure.nodes if n.kind == "chapter"]
    assert [c.label for c in chapters] == ["第一章", "第二章"]
    assert [len([a for a in c.children if a.kind == "article"]) for c in chapters] == [2, 1]
    assert chapters[0].text.startswith("【章名】 第一章")  # the node's text is the text as stored
    assert structure.title == "子市养犬管理条例"


def test_a_promulgating_bodys_field_names_the_issuer_before_a_congress_note() -> None:
    assert parse(LAW_DATABASE_PAGE).issuer == "子市人民代表大会常务委员会"
    without_field = LAW_DATABASE_PAGE.replace("颁布单位:子市人民代表大会常务委员会\n", "")
    assert parse(without_field).issuer == "子市第十届人民代表大会"


def test_an_order_numbered_in_a_term_of_office_is_the_doc_number_not_a_notice_title() -> None:
    text = (
        "中华人民共和国海岛巡护法\n"
        "全国人民代表大会常务委员会\n"
        "中华人民共和国主席令(十届第12号)\n"
        "《中华人民共和国海岛巡护法》已由全国人民代表大会常务委员会第九次会议通过，现予公布，自公布之日起施行。\n"
        "中华人民共和国主席 某某\n"
        "2005年4月2日\n"
        "中华人民共和国海岛巡护法\n"
        "第一章 总则\n"
        "第一条 为了加强海岛巡护，制定本法。\n"
        "第二条 本法自公布之日起施行。\n"
    )
    structure = parse(text)
    assert structure.title == "中华人民共和国海岛巡护法"
    assert structure.notice_title is None
    assert structure.doc_number == "中华人民共和国主席令(十届第12号)"


# ---- an empty contents page ----

EMPTY_CONTENTS_PLAN = (
    "丑县森林火灾应急预案\n"
    "丑县森林防火指挥部办公室\n"
    "2023年5月\n"
    "— 1 —\n"
    "目 录\n"
    "— 2 —\n"
    "1总则\n"
    "1.1编制目的\n"
    "为有效预防和处置森林火灾，保障人民群众生命财产安全，制定本预案。\n"
    "1.2适用范围\n"
    "本预案适用于本县行政区域内森林火灾的应对工作。\n"
    "2组织体系\n"
    "2.1指挥机构\n"
    "县森林防火指挥部负责全县森林火灾应对工作。\n"
)


def test_a_contents_page_left_empty_leaves_the_body_its_outline() -> None:
    structure = parse(EMPTY_CONTENTS_PLAN)
    top = [n for n in structure.nodes if n.kind == "outline"]
    assert [n.label for n in top] == ["1", "2"]
    assert [c.label for c in top[0].children if c.kind == "outline"] == ["1.1", "1.2"]


def test_a_contents_page_with_its_entries_still_hides_them() -> None:
    entries = "1总则\n1.1编制目的\n1.2适用范围\n2组织体系\n2.1指挥机构\n"
    text = EMPTY_CONTENTS_PLAN.replace("— 2 —\n", "— 2 —\n" + entries)
    top = [n for n in parse(text).nodes if n.kind == "outline"]
    assert [n.label for n in top] == ["1", "2"]
    assert [c.label for c in top[0].children if c.kind == "outline"] == ["1.1", "1.2"]


# ---- a newspaper's headline over the call it reports ----

NEWSPAPER_REPORTED_CALL = (
    "《寅市湿地保护条例(草案)》(征求意见稿)公布 向社会征求意见\n"
    "来源:寅市日报 发布时间:2019-03-04 08:30\n"
    "寅市人大常委会主任会议决定,将《寅市湿地保护条例(草案)》(征求意见稿)全文公布,向社会公开征求意见。"
    "现将有关事项公告如下:\n"
    "一、征求意见时间为2019年3月4日至3月20日。\n"
    "二、意见可寄送市人大常委会法制工作委员会。\n"
    "寅市人民代表大会常务委员会办公厅\n"
    "2019年3月4日\n"
    "第一章 总则\n"
    "第一条 为了保护湿地，制定本条例。\n"
)


def test_a_newspapers_headline_is_not_the_calls_title_and_both_stages_make_the_status() -> None:
    structure = parse(NEWSPAPER_REPORTED_CALL)
    assert structure.title == "寅市湿地保护条例"
    assert structure.status == "草案征求意见稿"
    assert structure.notice_title is None


def test_a_calls_own_title_stays_its_notice_title() -> None:
    text = NEWSPAPER_REPORTED_CALL.replace("来源:寅市日报", "来源:寅市人大常委会")
    structure = parse(text)
    assert structure.title == "寅市湿地保护条例"
    assert structure.notice_title == "《寅市湿地保护条例(草案)》(征求意见稿)公布向社会征求意见"


# ---- the adopting congress named with the day of its vote ----


def test_a_congress_that_voted_on_a_named_day_is_the_issuer() -> None:
    text = (
        "卯省社区矫正条例\n"
        "《卯省社区矫正条例》由卯省第十三届人民代表大会常务委员会第九次会议于2020年5月6日审议通过,"
        "自2020年7月1日起施行。\n"
        "第一章 总则\n"
        "第一条 为了规范社区矫正工作，制定本条例。\n"
    )
    assert parse(text).issuer == "卯省第十三届人民代表大会常务委员会"


def test_an_order_number_over_the_congress_is_no_part_of_its_place() -> None:
    text = (
        "卯市人民代表大会常务委员会公告\n"
        "第十二号\n"
        "卯市第三届人民代表大会常务委员会第八次会议于2002年3月5日审议通过的《卯市信访条例》，现予公布。\n"
        "卯市信访条例\n"
        "第一条 为了规范信访工作，制定本条例。\n"
    )
    assert parse(text).issuer == "卯市人民代表大会常务委员会"


# ---- an enclosed text without its title line ----

ENCLOSED_WITHOUT_TITLE = (
    "各镇人民政府，县直各部门：\n"
    "为规范专项资金管理，我局制定了以下两个办法，现印发给你们，请遵照执行。\n"
    "附件:1、辰县专项资金绩效评价办法\n"
    "2、辰县转移支付资金管理办法\n"
    "辰县财政局\n"
    "2022年3月1日\n"
    "附件1:\n"
    "第一章 总 则\n"
    "第一条 为规范专项资金绩效评价，制定本办法。\n"
    "第二条 本办法所称绩效评价，是指对资金使用效果的评价。\n"
    "第二章 评价内容\n"
    "第三条 绩效评价包括目标完成情况。\n"
)


def test_an_enclosed_text_that_lost_its_title_is_the_documents_body() -> None:
    structure = parse(ENCLOSED_WITHOUT_TITLE)
    chapters = [n for n in structure.nodes if n.kind == "chapter"]
    assert [c.label for c in chapters] == ["第一章", "第二章"]
    assert len([n for n in structure.iter_nodes() if n.kind == "article"]) == 3
    assert structure.issuer == "辰县财政局"


def test_an_enclosure_after_the_documents_own_units_stays_an_attachment() -> None:
    text = (
        "辰县专项资金管理办法\n"
        "第一章 总则\n"
        "第一条 为规范专项资金管理，制定本办法。\n"
        "附件1:\n"
        "第一条 申报单位应当提交申报书。\n"
    )
    structure = parse(text)
    assert [n.kind for n in structure.nodes] == ["title", "chapter", "attachment"]


# ---- where comments are sent is no organ's name when a phrase runs into it ----

CALL_WITHOUT_SIGNATURE = (
    "意见征集\n"
    "巳县《关于加强物业管理的实施意见》公开征求意见\n"
    "现将巳县《关于加强物业管理的实施意见》向社会征求意见，请于5月9日前通过寄送信件或发送电子邮件至县住房和城乡建设局，"
    "电子信箱：wuye@example.cn。\n"
    "附件：《关于加强物业管理的实施意见》\n"
    "关于加强物业管理的实施意见\n"
    "一、总体要求\n"
    "坚持以人民为中心。\n"
)


def test_a_sending_phrase_run_into_the_recipient_is_no_issuer() -> None:
    assert parse_bytes(CALL_WITHOUT_SIGNATURE.encode(), name="call.txt").issuer is None


def test_the_recipient_named_after_its_verb_is_still_read() -> None:
    text = CALL_WITHOUT_SIGNATURE.replace("通过寄送信件或发送电子邮件至", "将意见反馈至")
    assert parse_bytes(text.encode(), name="call.txt").issuer == "县住房和城乡建设局"

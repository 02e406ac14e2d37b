"""Round 36's classes of title misses (the opened half of the field validation), each in made-up texts of other
subjects: a kind of document the title tables did not know, and the layouts below."""

from parsers.structure import parse_structure


def test_a_notice_issuing_guiding_principles_without_quotes_gives_them_as_title() -> None:
    # the covering sentence quotes the name with “” (no 《》): only the notice's heading names what it issues, and
    # 指导原则 has to be read as a kind of document for that
    text = (
        "甲部关于印发甲病区消毒工作指导原则(试行)的通知\n\n"
        "为指导各地做好消毒工作，我部组织制定了“甲病区消毒工作指导原则(试行)”，请参照执行。\n\n"
        "甲部\n\n二OO三年五月十一日\n\n附件:\n\n甲病区消毒工作指导原则(试行)\n\n"
        "一、一级防护\n\n（一）适用于下列情况\n\n二、二级防护\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲病区消毒工作指导原则"
    assert doc.status == "试行"
    assert doc.notice_title == "甲部关于印发甲病区消毒工作指导原则(试行)的通知"


def test_a_stray_stop_before_a_run_together_title_is_dropped() -> None:
    # a whole draft on one line, cut from a page so that the last mark of the line before stands first
    text = (
        ".甲市建筑垃圾管理办法(征求意见稿) 第一章 总则第一条【立法目的】为了加强建筑垃圾管理，根据有关法律，"
        "制定本办法。第二条【适用范围】本市行政区域内适用本办法。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市建筑垃圾管理办法"
    assert doc.status == "征求意见稿"


def test_a_numbered_answer_over_its_first_chapter_is_the_heading() -> None:
    # a law encyclopedia's page: its headline is the search topic, its answer ① carries a district's rules
    text = (
        "当前位置:首页 » 法规百科 » 绿地条例\n\n绿地条例\n\n发布时间: 2031-12-17 03:03:25\n\n"
        "① 甲市滨河绿地的绿地管理办法\n\n第一章 总 则\n第一条 为规范甲市滨河绿地管理，制定本办法。\n"
        "第二条 甲市园林局负责绿地的日常管理。\n第二章 绿地保护\n第三条 任何单位不得侵占绿地。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市滨河绿地的绿地管理办法"
    assert [n.kind for n in doc.nodes if n.kind == "chapter"] == ["chapter", "chapter"]


def test_a_numbered_item_not_over_a_first_chapter_stays_an_item() -> None:
    from parsers.structure.lines import split_lines
    from parsers.structure.markers import match_marker

    for text, marked in (
        ("① 甲市滨河绿地管理办法\n② 甲市公园管理办法\n", True),
        ("① 甲市滨河绿地管理办法\n第二条 甲市园林局负责公园的日常管理。\n", True),
        ("① 甲市滨河绿地管理办法\n\n第一条 为规范绿地管理，制定本办法。\n", False),
    ):
        first = next(line for line in split_lines(text) if line.content)
        assert (match_marker(first, text) is not None) is marked


def test_a_bar_of_column_links_over_the_title_line_is_no_part_of_it() -> None:
    text = (
        "看见甲市 国内热点\n甲市献血管理办法\n"
        "(2031年10月24日甲市人民政府第31号发布 2034年3月15日甲市人民政府第96号修订)\n2034-04-01 11:10:42 来源:\n"
        "第一条 为了保障临床用血需要，制定本办法。\n第二条 本办法适用于本市行政区域。\n"
    )
    assert parse_structure(text).title == "甲市献血管理办法"


def test_a_title_wrapped_after_its_organ_is_still_joined() -> None:
    # the first line is one phrase (no bar of links): the two lines are one title
    text = "甲市人民政府关于印发\n甲市献血管理办法的通知\n\n各区人民政府：\n现将《甲市献血管理办法》印发给你们。\n"
    assert parse_structure(text).notice_title == "甲市人民政府关于印发甲市献血管理办法的通知"


def test_a_revision_dated_by_its_year_before_the_stage_is_the_edition() -> None:
    from parsers.status import split_status

    text = (
        "甲市森林火灾应急预案(2031年修订稿)(征求意见稿)\n甲市森林火灾应急预案(2031年修订稿)(征求意见稿)\n"
        "1 总则\n1.1编制目的\n为有效应对森林火灾，制定本预案。\n1.2编制依据\n《中华人民共和国森林法》。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市森林火灾应急预案(2031年修订稿)"
    assert doc.status == "征求意见稿"
    # alone, or with a month, the revision is the stage (round 36: a dated stage line gives 修订稿)
    assert split_status("甲市森林火灾应急预案(2031年修订稿)") == ("甲市森林火灾应急预案", "修订稿")
    assert split_status("甲市森林火灾应急预案(修订稿)(征求意见稿)") == (
        "甲市森林火灾应急预案",
        "修订稿征求意见稿",
    )


def test_an_uploads_note_on_its_final_copy_is_no_part_of_the_title() -> None:
    text = (
        "甲市物业服务管理办法(最终定稿)\n\n时间:2031-05-13 14:42:03下载本文作者:会员上传\n\n"
        "第一条 为了规范物业服务，制定本办法。\n\n第二条 本办法适用于本市行政区域。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市物业服务管理办法"
    assert doc.status is None


def test_a_headline_quoting_its_subject_keeps_the_marks_over_a_bare_copy() -> None:
    text = (
        "政策解读\n\n当前位置:首页>政务公开>政策解读\n\n关于《甲县森林火灾应急预案》政策解读\n\n"
        "发布时间:2031-03-19 信息来源:甲县应急局 收藏\n\n关于甲县森林火灾应急预案政策解读\n\n"
        "一、编制目的\n\n为有效应对森林火灾，制定本预案。\n\n二、主要内容\n\n预案共分七章。\n"
    )
    assert parse_structure(text).title == "关于《甲县森林火灾应急预案》政策解读"


def test_a_name_alone_in_marks_does_not_bring_them_to_the_title() -> None:
    from parsers.structure.lines import split_lines
    from parsers.structure.quoted_repeat import with_its_quotes

    head = split_lines("《甲县森林火灾应急预案》\n甲县森林火灾应急预案\n")
    assert with_its_quotes("甲县森林火灾应急预案", head) is None


def test_a_sites_badge_before_a_headline_is_no_part_of_it() -> None:
    text = (
        "原创 甲市应急局:2031年要强化防汛准备 大力推进预警服务\n"
        "甲新网甲市1月10日电 (记者 乙丙)甲市2031年应急工作会议1月9日至10日在甲市举行。会议部署2031年重点任务。\n"
        "——要强化防汛准备，紧盯汛情不放松。\n——要大力推进预警服务，加快推进重点行业应用。\n"
    )
    assert parse_structure(text).title == "甲市应急局:2031年要强化防汛准备大力推进预警服务"


def test_the_badges_word_inside_a_sentence_is_kept() -> None:
    from parsers.structure.fold import read_as_text

    text = "原创作品受法律保护。\n原创 甲市X办法\n"
    assert read_as_text(text) == "原创作品受法律保护。\n   甲市X办法\n"


def test_a_local_law_under_its_gonggao_takes_the_place_the_gonggao_names() -> None:
    text = (
        "甲市第十三届人民代表大会常务委员会公告\n第47号\n"
        "《甲市河道管理条例》已由甲市第十三届人民代表大会常务委员会第四十三次会议于2031年10月30日制定，"
        "经乙省第十届人民代表大会常务委员会第三十三次会议于2031年11月30日批准，现予公布，自2032年3月1日起施行。\n"
        "甲市人民代表大会常务委员会\n2031年12月7日\n河道管理条例\n"
        "(2031年10月30日甲市第十三届人民代表大会常务委员会第43次会议制定，"
        "2031年11月30日乙省第十届人民代表大会常务委员会第33次会议批准)\n"
        "第一章 总 则\n第一条 为了加强河道管理，制定本条例。\n第二条 本市行政区域内的河道管理适用本条例。\n"
    )
    assert parse_structure(text).title == "甲市河道管理条例"


def test_a_name_the_body_only_cites_with_its_place_leaves_the_heading_as_written() -> None:
    text = (
        "河道巡查工作指南\n\n根据《中华人民共和国河道管理条例》规定，特编制《甲市河道巡查工作指南》，供各单位参照。\n\n"
        "一、巡查内容\n\n（一）堤防\n\n二、巡查频次\n"
    )
    assert parse_structure(text).title == "河道巡查工作指南"


def test_a_notice_issuing_several_named_only_in_the_title_field_gives_its_own_title() -> None:
    from parsers.pipeline import parse_bytes

    # the covering sentence is cut inside its list of names; the first document follows whole
    text = (
        "发文机关: 甲局 主题分类:\n发文字号: 甲局办〔2031〕1号 有效性: 有效\n"
        "标  题: 关于印发《甲局重大事项集体决策程序规定》等4项工作制度的通知\n\n机关各处室:\n\n"
        "《甲局重大事项集体决策程序规定》《甲局公文处理办法》《甲局值班管理办法》《甲局保\n\n"
        "                     甲局办公室      乙局办公室\n\n                     203131\n\n"
        "甲局重大事项集体决策程序规定\n\n第一条 为规范重大事项决策，制定本规定。\n\n第二条 本规定适用于局机关。\n"
    )
    doc = parse_bytes(text.encode(), "x.txt")
    assert doc.title == "关于印发《甲局重大事项集体决策程序规定》等4项工作制度的通知"


def test_a_field_naming_one_document_still_gives_it() -> None:
    from parsers.structure.field_title import several_from_field

    assert several_from_field("甲局值班管理办法", "关于印发《甲局值班管理办法》的通知") is None


def test_a_newspapers_page_line_and_deck_are_no_title() -> None:
    # the paper's page line over the headline, and the deck of points under it (its last point ends with 标准)
    text = (
        "2031年11月21日\n第A06版:大健康·资讯 PDF版\n\n社区养老驿站管理办法发布\n\n"
        "■每名护理员最多照护4名老人 ■驿站应符合消防安全标准\n\n"
        "11月14日，甲部、乙部联合发布《社区养老驿站管理办法》。\n\n"
        "《办法》指出，举办驿站的，应向所在地民政部门备案。\n\n《办法》要求，驿站应配备护理员。\n"
    )
    assert parse_structure(text).title == "社区养老驿站管理办法发布"


def test_a_sites_column_over_a_weak_headline_is_no_title() -> None:
    text = (
        "网络安全治理\n\n要闻\n\n做好农村生活污水治理 甲省生态环境厅发文\n\n"
        "为强化农村生活污水治理，甲省生态环境厅近日印发《关于做好农村生活污水治理工作的通知》。\n\n"
        "《通知》要求，各市县应当加快治理。\n\n编辑:甲乙丙\n"
    )
    assert parse_structure(text).title == "做好农村生活污水治理甲省生态环境厅发文"


def test_a_headline_about_a_named_draft_keeps_its_stage() -> None:
    from parsers.status import split_status

    text = (
        "甲省人大农委开展省湿地保护条例(草案)立法调研\n乙丙\n"
        "4月26日至30日，甲省人大农委组成调研组赴丁市、戊县就做好《甲省湿地保护条例(草案)》的审查工作开展调研。\n"
        "调研期间，调研组还实地考察了己湿地公园。\n编 辑: 庚辛\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省人大农委开展省湿地保护条例(草案)立法调研"
    assert doc.status is None
    # the stage after the name that ends the line, or before a kind of its own, is still the status
    assert split_status("甲省湿地保护条例(草案)") == ("甲省湿地保护条例", "草案")
    assert split_status("甲省湿地保护条例(草案)征求意见") == ("甲省湿地保护条例征求意见", "草案")


def test_an_encyclopedias_section_printing_the_covering_notice_gives_the_notice_title() -> None:
    from parsers.pipeline import parse_bytes

    text = (
        "甲省机关食堂服务管理规范\n\n2031年6月24日,甲省机关事务管理局以甲机管发〔2031〕53号印发《甲省机关食堂服务管理规范》。"
        "该《规范》对食堂的日常管理作出规定。\n\n基本介绍\n\n  • 中文名:甲省机关食堂服务管理规范\n"
        "  • 文号:甲机管发〔2031〕53号\n档案通知,管理规范,\n\n档案通知\n\n"
        "甲省机关事务管理局关于印发《甲省机关食堂服务管理规范》的通知\n甲机管发〔2031〕53号\n省直各部门:\n"
        "为加强机关食堂服务工作，现将《甲省机关食堂服务管理规范》印发给你们，请遵照执行。\n"
        "甲省机关事务管理局\n2031年6月24日\n\n管理规范\n\n甲省机关食堂服务管理规范\n"
        "服务\n项目\n服务内容\n1.每日检查食材进货台账。\n2.每周清洗消毒餐具柜。\n"
    )
    doc = parse_bytes(text.encode(), "x.txt")
    assert doc.title == "甲省机关食堂服务管理规范"
    assert doc.notice_title == "甲省机关事务管理局关于印发《甲省机关食堂服务管理规范》的通知"


def test_a_papers_named_reporter_credit_makes_the_call_a_press_report() -> None:
    text = (
        "甲省就行政规范性文件管理办法公开征求意见,拟建立“有错必纠”机制\n新甲河  2小时前\n\n新甲河记者:乙丙  \n\n"
        "为推进法治政府建设,甲省司法厅近日发布《甲省行政规范性文件管理办法(草案征求意见稿)》,向社会公开征求意见。\n\n"
        "覆盖范围扩大\n\n征求意见稿拟明确,将各类文件全部纳入审查范围。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省就行政规范性文件管理办法公开征求意见,拟建立“有错必纠”机制"
    assert doc.status is None
    assert doc.notice_title is None


def test_an_organ_protecting_reporters_is_no_credit() -> None:
    from parsers.structure.press_report import _reporter_credit

    assert _reporter_credit().search("保障记者合法权益") is None
    assert _reporter_credit().search("新甲河记者:乙丙") is not None

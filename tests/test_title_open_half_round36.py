"""Round 36's classes of title misses (the opened half of the field validation), each in made-up texts of other
subjects: a kind of document the title tables did not know, marks and chrome before or after a title, headlines a
site's column, badge or paper's page line stood over, and notices printed in a page's head."""

from parsers.pipeline import parse_bytes
from parsers.structure import parse_structure


def test_a_notice_issuing_guiding_principles_without_quotes_gives_them_as_title() -> None:
    # the covering sentence quotes the name with “” (no 《》): only the notice's heading names what it issues, and
    # 指导原则 has to be read as a kind of document for that
    text = (
        "甲部关于印发医疗废物转运安全指导原则(试行)的通知\n\n"
        "各省卫生部门：为规范医疗废物转运，我部制定了“医疗废物转运安全指导原则(试行)”，现印发你们。\n\n"
        "甲部\n\n二〇三一年六月二日\n\n附件：\n\n医疗废物转运安全指导原则(试行)\n\n"
        "一、总体要求\n\n（一）转运车辆\n\n二、人员防护\n"
    )
    doc = parse_structure(text)
    assert doc.title == "医疗废物转运安全指导原则"
    assert doc.status == "试行"
    assert doc.notice_title == "甲部关于印发医疗废物转运安全指导原则(试行)的通知"


def test_a_stray_stop_before_a_run_together_title_is_dropped() -> None:
    # a whole draft on one line, cut from a page so that the last mark of the line before stands first
    text = (
        ".甲市停车场管理办法(征求意见稿) 第一章 总则第一条【目的依据】为规范停车场建设和管理，依据有关法律，"
        "制定本办法。第二条【适用范围】本市行政区域内停车场的管理适用本办法。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市停车场管理办法"
    assert doc.status == "征求意见稿"


def test_a_numbered_answer_over_its_first_chapter_is_the_heading() -> None:
    # a law encyclopedia's page: its headline is the search topic, its answer ① carries a district's rules
    text = (
        "当前位置:首页 » 法律知识 » 绿地条例\n\n绿地条例\n\n发布时间: 2031-08-05 10:20:31\n\n"
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
        "走进甲市 本地要闻\n甲市古籍保护办法\n"
        "(2031年5月8日甲市人民政府第12号发布 2034年9月2日甲市人民政府第40号修订)\n2034-09-20 08:31:05 来源:\n"
        "第一条 为了加强古籍保护，制定本办法。\n第二条 本办法适用于本市收藏的古籍。\n"
    )
    assert parse_structure(text).title == "甲市古籍保护办法"


def test_a_title_wrapped_after_its_organ_is_still_joined() -> None:
    # the first line is one phrase (no bar of links): the two lines are one title
    text = "甲市人民政府关于印发\n甲市古籍保护办法的通知\n\n各区人民政府：\n现将《甲市古籍保护办法》印发给你们。\n"
    assert parse_structure(text).notice_title == "甲市人民政府关于印发甲市古籍保护办法的通知"


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
        "甲市物业服务管理办法(最终定稿)\n\n上传时间:2031-08-02 09:15 上传者:会员\n\n"
        "第一条 为了规范物业服务，制定本办法。\n\n第二条 本办法适用于本市住宅小区的物业服务。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市物业服务管理办法"
    assert doc.status is None


def test_a_headline_quoting_its_subject_keeps_the_marks_over_a_bare_copy() -> None:
    text = (
        "解读回应\n\n当前位置:首页>信息公开>解读回应\n\n关于《甲县森林火灾应急预案》政策解读\n\n"
        "发布时间:2031-07-06 信息来源:甲县应急局 收藏\n\n关于甲县森林火灾应急预案政策解读\n\n"
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
        "原创 甲市水利局:汛期前完成病险水库除险加固\n"
        "甲日报讯(记者 乙丙)3月2日，甲市水利局召开全市水利工作会议。会议提出，今年将加快水库除险加固。\n"
        "会议要求，各区县要压实责任，确保按期完工。\n"
    )
    assert parse_structure(text).title == "甲市水利局:汛期前完成病险水库除险加固"


def test_the_badges_word_inside_a_sentence_is_kept() -> None:
    from parsers.structure.fold import read_as_text

    text = "原创作品受法律保护。\n原创 甲市X办法\n"
    assert read_as_text(text) == "原创作品受法律保护。\n   甲市X办法\n"


def test_a_local_law_under_its_gonggao_takes_the_place_the_gonggao_names() -> None:
    text = (
        "甲市第九届人民代表大会常务委员会公告\n第12号\n"
        "《甲市河道管理条例》已由甲市第九届人民代表大会常务委员会第二十一次会议于2031年4月28日制定，"
        "经乙省第六届人民代表大会常务委员会第十五次会议于2031年6月3日批准，现予公布，自2031年9月1日起施行。\n"
        "甲市人民代表大会常务委员会\n2031年6月10日\n河道管理条例\n"
        "(2031年4月28日甲市第九届人民代表大会常务委员会第21次会议制定，"
        "2031年6月3日乙省第六届人民代表大会常务委员会第15次会议批准)\n"
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
    # the covering sentence is cut inside its list of names; the first document follows whole
    text = (
        "发文机关: 甲局 主题分类:\n发文字号: 甲局办〔2031〕4号 有效性: 有效\n"
        "标  题: 关于印发《甲局重大事项集体决策程序规定》等4项工作制度的通知\n\n局属各单位:\n\n"
        "《甲局重大事项集体决策程序规定》《甲局公文处理办法》《甲局值班管理办法》《甲局保\n\n"
        "                     甲局办公室      乙局办公室\n\n                     203158\n\n"
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
        "2031年4月9日\n第B03版:民生·服务 PDF版\n\n甲市出台公共充电桩管理办法\n\n"
        "■新建小区须预留充电车位 ■运营企业应公示收费标准\n\n"
        "4月2日，甲市发展改革委印发《甲市公共充电桩管理办法》。\n\n该办法自5月1日起施行。\n"
    )
    assert parse_structure(text).title == "甲市出台公共充电桩管理办法"


def test_a_newspapers_deck_under_a_headline_naming_no_kind_is_no_part_of_it() -> None:
    # a headline that names no kind of document would take the lines under it: the deck of ■-points is the paper's
    text = (
        "2031年4月9日\n第B03版:民生·服务 PDF版\n\n甲市充电桩新规来了\n\n"
        "■新建小区须预留充电车位 ■运营企业应公示收费标准\n\n"
        "4月2日，甲市发展改革委印发《甲市公共充电桩管理办法》。\n\n该办法自5月1日起施行。\n"
    )
    assert parse_structure(text).title == "甲市充电桩新规来了"


def test_a_sites_column_over_a_weak_headline_is_no_title() -> None:
    text = (
        "网络安全治理\n\n要闻\n\n农村生活污水治理再加力 甲省出台新规\n\n"
        "为加快农村生活污水治理，甲省生态环境厅日前印发《关于加快农村生活污水治理的通知》。\n\n"
        "通知明确，各市县应当在年底前完成排查。\n\n编辑:甲乙丙\n"
    )
    assert parse_structure(text).title == "农村生活污水治理再加力甲省出台新规"


def test_a_headline_about_a_named_draft_keeps_its_stage() -> None:
    from parsers.status import split_status

    text = (
        "甲市人大城建委赴乙区开展市物业管理条例(草案)调研座谈\n丙丁\n"
        "6月3日，甲市人大城建委就《甲市物业管理条例(草案)》到乙区听取街道和业主代表意见。\n"
        "座谈会上，与会人员提出了修改建议。\n编辑: 戊己\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市人大城建委赴乙区开展市物业管理条例(草案)调研座谈"
    assert doc.status is None
    # the stage after the name that ends the line, or before a kind of its own, is still the status
    assert split_status("甲省湿地保护条例(草案)") == ("甲省湿地保护条例", "草案")
    assert split_status("甲省湿地保护条例(草案)征求意见") == ("甲省湿地保护条例征求意见", "草案")


def test_an_encyclopedias_section_printing_the_covering_notice_gives_the_notice_title() -> None:
    text = (
        "甲省机关食堂服务管理规范\n\n2031年3月11日,甲省机关事务管理局以甲政办发〔2031〕7号印发《甲省机关食堂服务管理规范》。"
        "该《规范》对食堂的日常管理作出规定。\n\n词条信息\n\n  • 名称:甲省机关食堂服务管理规范\n"
        "  • 文号:甲政办发〔2031〕7号\n印发通知,管理规范,\n\n印发通知\n\n"
        "甲省机关事务管理局关于印发《甲省机关食堂服务管理规范》的通知\n甲政办发〔2031〕7号\n各有关单位:\n"
        "为加强机关食堂服务工作，现将《甲省机关食堂服务管理规范》印发给你们，请遵照执行。\n"
        "甲省机关事务管理局\n2031年3月11日\n\n管理规范\n\n甲省机关食堂服务管理规范\n"
        "服务\n项目\n服务内容\n1.每日检查食材进货台账。\n2.每周清洗消毒餐具柜。\n"
    )
    doc = parse_bytes(text.encode(), "x.txt")
    assert doc.title == "甲省机关食堂服务管理规范"
    assert doc.notice_title == "甲省机关事务管理局关于印发《甲省机关食堂服务管理规范》的通知"


def test_a_papers_named_reporter_credit_makes_the_call_a_press_report() -> None:
    text = (
        "甲省就养老机构管理办法征求意见,拟设立服务质量星级评定\n甲城晚报  3小时前\n\n甲城晚报记者:乙丙  \n\n"
        "为规范养老服务,甲省民政厅近日发布《甲省养老机构管理办法(草案征求意见稿)》,向社会征求意见。\n\n"
        "星级评定全覆盖\n\n征求意见稿提出,养老机构应当每年参加评定。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省就养老机构管理办法征求意见,拟设立服务质量星级评定"
    assert doc.status is None
    assert doc.notice_title is None


def test_an_organs_call_that_names_reporters_in_its_sentence_is_no_press_report() -> None:
    # 记者 inside the call's sentence, not in a credit's form (甲城晚报记者:乙丙 above): the organ's own call, whose
    # draft is the title and whose headline is the notice
    text = (
        "甲市新闻采访服务办法公开征求意见\n\n"
        "为保障记者合法权益，规范新闻采访服务，甲市广播电视局起草了《甲市新闻采访服务办法（征求意见稿）》，"
        "现向社会公开征求意见。\n\n请于2031年5月1日前将意见发送至甲市广播电视局。\n\n甲市广播电视局\n2031年4月1日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市新闻采访服务办法"
    assert doc.status == "征求意见稿"
    assert doc.notice_title == "甲市新闻采访服务办法公开征求意见"


def test_a_short_headline_right_over_its_subtitle_stays_the_title() -> None:
    # review41 S13: a short headline is a column's label only when the site's chrome sets it off from the headline
    text = (
        "甲市治水记\n一条河的十年变迁与沿岸百姓的新生活\n"
        "记者乙丙报道 近年来，甲市持续推进河道整治，沿岸环境明显改善。\n\n编辑:丁戊\n"
    )
    assert parse_structure(text).title == "甲市治水记"

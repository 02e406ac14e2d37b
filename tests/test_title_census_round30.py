"""Round 13 (issue 7): the classes a census of title errors found recurring across documents and sets.

Each test is a page of my own writing in the shape of one class; the positive ones fail on main 2a2228a.

A. A covering letter stored without its title line: the document it issues to its addressee, named only in its
   sentence (现将《X》印发给你们; 《X》已经…同意，现印发给你们; 《X》…审查同意。现予印发), is the text's title.
"""

from parsers.structure import parse_structure

_SIGNED = "甲市人民政府办公室\n2031年3月1日\n"


def test_a_letter_from_its_addressee_on_is_titled_by_the_document_it_issues() -> None:
    text = (
        "【发布单位】 乙省人民政府\n【发布文号】 乙府办发〔2031〕9号\n各市人民政府，省政府各部门：\n"
        "《乙省茶叶产业提升三年行动计划（2031—2033年）》已征求有关方面意见，并报经省人民政府同意，"
        "现印发给你们，请认真贯彻执行。\n乙省人民政府办公厅\n2031年4月2日\n"
        "乙省茶叶产业提升三年行动计划\n（2031—2033年）\n一、基本原则\n坚持市场主导。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙省茶叶产业提升三年行动计划（2031—2033年）"
    assert doc.notice_title is None


def test_a_letter_citing_a_document_first_is_titled_by_the_one_it_issues() -> None:
    text = (
        "朗读\n各乡镇人民政府，县政府直属各单位：\n"
        "根据省林业厅《关于开展丙项改革试点工作的通知》要求，结合我县实际，制定试点方案。\n"
        "《丙县林木采伐管理改革试点方案》已于2031年5月2日经省林业厅批复同意实施，现印发给你们，请认真组织实施。\n"
        "二〇三一年五月九日\n"
    )
    assert parse_structure(text).title == "丙县林木采伐管理改革试点方案"


def test_a_letter_that_lost_its_addressee_too_is_titled_by_what_it_issues() -> None:
    text = (
        "《丁省国民经济和社会发展第十六个五年规划纲要》（以下简称《规划纲要》）业经省人民代表大会审议通过，"
        "现印发给你们，请认真组织实施。\n各地区要认真贯彻落实《规划纲要》确定的主要目标。\n丁省人民政府\n2031年3月14日\n"
    )
    assert parse_structure(text).title == "丁省国民经济和社会发展第十六个五年规划纲要"


def test_a_letter_whose_sentence_ends_before_it_issues_is_titled_by_what_it_issues() -> None:
    text = (
        "国务院有关部门，各省、自治区、直辖市及\n戊兵团安全生产监督管理局，各省级监察机构：\n"
        "我局组织编制的《己类事故灾难应急预案》部门预案已经国务院审查同意。现予印发，自印发之日起实施。\n"
        "二〇三一年五月十一日\n"
    )
    assert parse_structure(text).title == "己类事故灾难应急预案"


def test_news_that_a_document_was_handed_down_is_no_letter() -> None:  # guard
    text = (
        "2月6日，《甲省人民政府工作规则》下发，并开始施行。\n"
        "2026年印发的《甲省人民政府工作规则》同时废止。\n省政府实行省长负责制。\n"
    )
    assert parse_structure(text).title is None


def test_a_letter_issuing_two_documents_or_tasks_out_of_one_names_none() -> None:  # guards
    two = "各乡镇人民政府：\n现将《甲县防汛方案》和《甲县抗旱方案》印发给你们。\n" + _SIGNED
    assert parse_structure(two).title is None
    tasks = "各乡镇人民政府：\n现将《甲县政府工作报告》中的目标任务分解下达，请认真落实。\n附件：任务分解表\n"
    assert parse_structure(tasks).title is None


_BOX = "基本介绍\n- 中文名: {}\n- 法律效力:地方性法规\n- 制定机关:甲省人民代表大会常务委员会\n- 公布日期: 2031/9/28\n"


def test_an_encyclopedia_page_opening_with_a_sentence_is_titled_by_its_info_box() -> None:
    text = (
        "甲省平安建设条例，于2031年9月28日由甲省人民代表大会常务委员会第二十八次会议通过。\n"
        + _BOX.format("甲省平安建设条例")
        + "第一章 总则\n第一条 为了推进平安甲省建设，制定本条例。\n第二条 本条例适用于本省。\n"
    )
    assert parse_structure(text).title == "甲省平安建设条例"


def test_an_info_box_in_traditional_script_gives_the_name_in_its_characters() -> None:
    text = (
        "為有效預防和撲救森林火災，保護森林資源，制定本預案。\n基本介紹\n- 中文名:乙縣森林火災應急預案\n- 類型:應急預案\n"
        "總則\n(一)編制目的\n為有效預防森林火災。\n"
    )
    assert parse_structure(text).title == "乙縣森林火災應急預案"


def test_an_info_box_naming_no_kind_of_document_or_under_a_title_line_changes_nothing() -> None:  # guards
    person = "丙，男，汉族，1960年生。\n基本介绍\n- 中文名:丙\n- 职业:教师\n"
    assert parse_structure(person).title is None
    titled = (
        "丁市养犬管理条例\n" + _BOX.format("丁市养犬管理条例（草案）") + "第一条 为了规范养犬，制定本条例。\n"
    )
    assert parse_structure(titled).title == "丁市养犬管理条例"


def test_a_headless_call_is_titled_by_the_one_draft_it_encloses() -> None:
    text = (
        "各省、自治区、直辖市交通厅（局、委）：\n"
        "为规范庚项管理工作，部组织修订了《庚项管理工作规范》。现将修订后的规范印发给你们，请认真讨论，提出书面修改意见。\n"
        "联系人：张三\n联系电话：010-12345678\n附件：庚项管理工作规范（征求意见稿）.doc\n辛部办公厅\n二〇三一年二月二十七日\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("庚项管理工作规范", "征求意见稿")


def test_the_draft_listed_first_under_the_date_with_its_reading_is_the_title() -> None:
    text = (
        "为打造一流营商环境，壬厅牵头起草了《壬省惠企举措二十条（征求意见稿）》，现向社会公开征求意见。\n"
        "有关意见和建议请发送至\n电子邮箱：abc@example.cn\n壬省营商环境建设厅\n2031年1月14日\n"
        "附件：1.壬省惠企举措二十条（征求意见稿）\n2.关于《壬省惠企举措二十条（征求意见稿）》的解读\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("壬省惠企举措二十条", "征求意见稿")


def test_a_call_enclosing_two_drafts_has_no_one_title() -> None:  # guard
    text = (
        "各有关单位：\n我部组织起草了两项标准，现征求意见。\n联系人：李四\n"
        "附件：1.征求意见单位名单\n2.癸类技术规范（征求意见稿）\n3.《癸类技术规范（征求意见稿）》编制说明\n"
        "4.癸类评估标准（征求意见稿）\n癸部办公厅\n2031年11月13日\n"
    )
    assert parse_structure(text).title is None


def test_a_note_that_a_later_version_replaced_the_text_is_no_part_of_its_title() -> None:
    text = (
        "*注:本篇法规已被:甲自治县自治条例(2031修订)(发布日期:2031年8月5日,实施日期:2031年11月1日)修订甲自治县自治条例\n"
        "(2019年4月7日甲自治县第二届人民代表大会第二次会议通过 2019年6月28日乙省第七届人民代表大会常务委员会第8次会议批准"
        " 根据2023年2月19日甲自治县第五届人民代表大会第一次会议通过、2023年3月29日乙省人民代表大会常务委员会批准的"
        "《关于修改<甲自治县自治条例>的决定》修正)\n第一章 总则\n第一条 为了保障自治权，制定本条例。\n"
    )
    assert parse_structure(text).title == "甲自治县自治条例"


def test_a_revision_word_after_a_bracket_with_no_note_of_replacement_stays_in_the_title() -> None:  # guard
    text = (
        "甲市物业管理条例（2031年修订）修订说明\n（2031年3月1日甲市人民代表大会常务委员会第五次会议通过）\n"
        "第一章 总则\n第一条 为了规范物业管理，制定本条例。\n"
    )
    assert parse_structure(text).title == "甲市物业管理条例（2031年修订）修订说明"


def test_a_heading_glued_to_the_bodys_first_words_is_the_title() -> None:
    text = (
        "甲市应急保障行动计划方案(2031-2032年)(18页).docx\n下载文档\n上传人:Le****97\n"
        "1、甲市应急保障体系建设行动计划(2031-2032年)为提高突发事件应急保障能力，制定本计划。\n"
        "一、总体要求\n坚持统一领导。\n"
    )
    assert parse_structure(text).title == "甲市应急保障体系建设行动计划(2031-2032年)"


def test_a_pages_note_in_brackets_is_dropped_from_a_glued_heading() -> None:
    text = "- 87.00 KB\n- 34页\n'乙省防汛抗旱应急预案(简本) 1 总则 1.1 编制目的 我省江河众多，地形复杂。\n"
    assert parse_structure(text).title == "乙省防汛抗旱应急预案"


def test_a_body_sentence_naming_a_plan_is_no_glued_heading() -> None:  # guard
    text = "各地要按照实施方案，抓好落实。\n根据工作安排，现将有关事项通知如下。\n一、工作目标\n"
    assert parse_structure(text).title is None


def test_a_news_sentence_whose_subject_names_a_document_is_no_glued_heading() -> None:  # guards
    for first in (
        "近日甲市出台的民营经济发展行动方案为企业发展注入新动能。",
        "甲市新修订的物业管理条例根据群众意见作了较大调整，共七章五十条。",
        "这份乡村振兴规划为全县今后五年发展指明方向，全文如下。",
        "记者从市发改委获悉甲市消费提振实施方案按照“政府引导”原则制定，现已印发。",
    ):
        assert parse_structure(first + "\n各地要抓好落实。\n").title is None, first

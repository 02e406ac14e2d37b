"""Round 13 (issue 7): the classes a census of title errors found recurring across documents and sets.

Each test is a page of my own writing in the shape of one class; the positive ones fail on main 2a2228a.

A. A covering letter stored without its title line: the document it issues to its addressee, named only in its
   sentence (现将《X》印发给你们; 《X》已经…同意，现印发给你们; 《X》…审查同意。现予印发), is the text's title.
"""

from parsers.structure import parse_structure

_SIGNED = "甲市人民政府办公室\n2031年3月1日\n"


def test_a_letter_from_its_addressee_on_is_titled_by_the_document_it_issues() -> None:
    text = (
        "【发布单位】 丙市人民政府\n【发布文号】 丙政办〔2034〕15号\n各县（区）人民政府，市直各部门：\n"
        "《丙市冷链物流补短板实施方案（2034—2036年）》经征求相关部门意见，并报请市人民政府批准，"
        "现印发给你们，请结合实际抓好落实。\n丙市人民政府办公室\n2034年8月20日\n"
        "丙市冷链物流补短板实施方案\n（2034—2036年）\n一、工作目标\n到2036年，冷链网络基本完善。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙市冷链物流补短板实施方案（2034—2036年）"
    assert doc.notice_title is None


def test_a_letter_citing_a_document_first_is_titled_by_the_one_it_issues() -> None:
    text = (
        "各街道办事处，区政府各部门：\n"
        "按照市农业农村局《关于推进丁项改革的指导意见》部署，区里研究起草了改革办法。\n"
        "《戊区宅基地审批制度改革办法》经市农业农村局审核同意，现印发给你们，望遵照执行。\n"
        "二〇三四年十月八日\n"
    )
    assert parse_structure(text).title == "戊区宅基地审批制度改革办法"


def test_a_letter_that_lost_its_addressee_too_is_titled_by_what_it_issues() -> None:
    text = (
        "《丁市全民健身设施建设规划》（以下简称《规划》）业经市政府常务会议审议通过，"
        "现印发给你们，请抓好落实。\n各区要把《规划》确定的任务纳入年度计划。\n丁市人民政府\n2035年7月2日\n"
    )
    assert parse_structure(text).title == "丁市全民健身设施建设规划"


def test_a_letter_whose_sentence_ends_before_it_issues_is_titled_by_what_it_issues() -> None:
    text = (
        "各区卫生健康局，委属各单位，\n各有关医疗机构：\n"
        "我委牵头制定的《己市传染病聚集性疫情处置预案》修订稿已经市政府审定。现予印发，请遵照执行。\n"
        "二〇三五年九月二十日\n"
    )
    assert parse_structure(text).title == "己市传染病聚集性疫情处置预案"


def test_news_that_a_document_was_handed_down_is_no_letter() -> None:  # guard
    text = (
        "11月3日，《己市数据资源管理办法》下发，并自下月起施行。\n"
        "2029年印发的《己市公共数据管理暂行办法》同时废止。\n办法共六章三十条。\n"
    )
    assert parse_structure(text).title is None


def test_a_letter_issuing_two_documents_or_tasks_out_of_one_names_none() -> None:  # guards
    two = "各乡镇人民政府：\n现将《甲县防汛方案》和《甲县抗旱方案》印发给你们。\n" + _SIGNED
    assert parse_structure(two).title is None
    tasks = "各乡镇人民政府：\n现将《甲县政府工作报告》中的目标任务分解下达，请认真落实。\n附件：任务分解表\n"
    assert parse_structure(tasks).title is None


_BOX = "基本信息\n- 中文名: {}\n- 效力级别:地方政府规章\n- 发布机关:庚市人民政府\n- 施行日期: 2035/6/1\n"


def test_an_encyclopedia_page_opening_with_a_sentence_is_titled_by_its_info_box() -> None:
    text = (
        "庚市电动自行车管理规定，经庚市人民政府常务会议审议通过，自2035年6月1日起施行。\n"
        + _BOX.format("庚市电动自行车管理规定")
        + "第一条 为了加强电动自行车管理，结合本市实际，制定本规定。\n第二条 本规定适用于本市城区。\n"
    )
    assert parse_structure(text).title == "庚市电动自行车管理规定"


def test_an_info_box_in_traditional_script_gives_the_name_in_its_characters() -> None:
    text = (
        "為加強城區內澇防範，保障群眾財產安全，制定本辦法。\n基本資料\n- 中文名:辛市城區排水防澇管理辦法\n- 性質:地方規章\n"
        "第一章 總則\n第一條 為加強排水設施管理。\n"
    )
    assert parse_structure(text).title == "辛市城區排水防澇管理辦法"


def test_an_info_box_naming_no_kind_of_document_or_under_a_title_line_changes_nothing() -> None:  # guards
    person = "丙，男，汉族，1960年生。\n基本介绍\n- 中文名:丙\n- 职业:教师\n"
    assert parse_structure(person).title is None
    titled = (
        "丁市养犬管理条例\n" + _BOX.format("丁市养犬管理条例（草案）") + "第一条 为了规范养犬，制定本条例。\n"
    )
    assert parse_structure(titled).title == "丁市养犬管理条例"


def test_a_headless_call_is_titled_by_the_one_draft_it_encloses() -> None:
    text = (
        "各省、自治区、直辖市水利（水务）厅：\n"
        "为做好壬项监管，我部起草了壬项监督检查办法。现将文本送你们，请组织研究，于3月31日前反馈书面意见。\n"
        "经办人：王五\n传真：010-87654321\n附件：壬项监督检查办法（征求意见稿）.docx\n癸部办公厅\n二〇三四年三月九日\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("壬项监督检查办法", "征求意见稿")


def test_the_draft_listed_first_under_the_date_with_its_reading_is_the_title() -> None:
    text = (
        "为提升公园服务水平，子局组织编制了《子市促进夜间消费十八条（征求意见稿）》，欢迎社会各界提出意见。\n"
        "反馈方式如下\n信箱：yl@example.cn\n子市园林绿化局\n2036年9月3日\n"
        "附件：1.子市促进夜间消费十八条（征求意见稿）\n2.关于《子市促进夜间消费十八条（征求意见稿）》的起草说明\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("子市促进夜间消费十八条", "征求意见稿")


def test_a_call_enclosing_two_drafts_has_no_one_title() -> None:  # guard
    text = (
        "各有关单位：\n我部组织起草了两项标准，现征求意见。\n联系人：李四\n"
        "附件：1.征求意见单位名单\n2.癸类技术规范（征求意见稿）\n3.《癸类技术规范（征求意见稿）》编制说明\n"
        "4.癸类评估标准（征求意见稿）\n癸部办公厅\n2031年11月13日\n"
    )
    assert parse_structure(text).title is None


def test_a_note_that_a_later_version_replaced_the_text_is_no_part_of_its_title() -> None:
    text = (
        "*注:本篇法规已被:丑自治州草原保护条例(2036修正)(发布日期:2036年3月30日,实施日期:2036年5月1日)修正丑自治州草原保护条例\n"
        "(2024年1月15日丑自治州第十四届人民代表大会第三次会议通过 2024年3月27日寅省第十五届人民代表大会常务委员会"
        "第九次会议批准)\n第一章 总则\n第一条 为了保护草原生态，制定本条例。\n"
    )
    assert parse_structure(text).title == "丑自治州草原保护条例"


def test_a_revision_word_after_a_bracket_with_no_note_of_replacement_stays_in_the_title() -> None:  # guard
    text = (
        "甲市物业管理条例（2031年修订）修订说明\n（2031年3月1日甲市人民代表大会常务委员会第五次会议通过）\n"
        "第一章 总则\n第一条 为了规范物业管理，制定本条例。\n"
    )
    assert parse_structure(text).title == "甲市物业管理条例（2031年修订）修订说明"


def test_a_heading_glued_to_the_bodys_first_words_is_the_title() -> None:
    text = (
        "乙县农村供水保障计划(35页).docx\n在线预览\n分享者:Ab****12\n"
        "2、乙县农村供水巩固提升行动计划(2035-2037年)为提高农村供水保障水平，制定本计划。\n"
        "一、主要任务\n推进城乡供水一体化。\n"
    )
    assert parse_structure(text).title == "乙县农村供水巩固提升行动计划(2035-2037年)"


def test_a_pages_note_in_brackets_is_dropped_from_a_glued_heading() -> None:
    text = "- 1.2 MB\n- 共21页\n'卯市地震应急预案(简本) 1 总则 1.1 编制目的 为科学高效应对地震灾害。\n"
    assert parse_structure(text).title == "卯市地震应急预案"


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


def test_a_letter_read_with_the_title_tables_verbs() -> None:
    """The letter's verbs come from titles.toml: 颁布 (issuing_verbs) and 拟定的 (drafting_verbs) as 印发 and 编制的."""
    text = (
        "各镇人民政府，县直各单位：\n县农业农村局拟定的《辰县农机购置服务管理办法》已经县政府同意，现予颁布，请遵照执行。\n"
        "辰县人民政府办公室\n2036年2月8日\n"
    )
    assert parse_structure(text).title == "辰县农机购置服务管理办法"

"""Round 21 of titles, on documents written for these tests (no corpus text).

Each test is one class of head layout: a site's list entry run into the text it opens (title, the day it was posted,
its 文号 and addressee on one line); a date bar that names the weekday (no part of the title under it); a news
headline that quotes one document whole and says it was issued or takes effect (the headline names that document).
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


LIST_ENTRY_RUN_ON = (
    "-\n"
    "● 甲市人民政府关于做好冬季供暖保障工作的通知2025-11-02甲政字〔2025〕41号各区县人民政府,市政府各部门:"
    "为做好今冬供暖保障工作,确保群众温暖过冬,结合我市供热设施运行情况和近年来群众反映的问题,现就有关事项通知如下:\n"
    "甲政字〔2025〕41号\n"
    "各区县人民政府,市政府各部门:\n"
    "为做好今冬供暖保障工作,确保群众温暖过冬,现就有关事项通知如下:\n"
    "一、压实供暖责任。各区县要落实属地责任,逐户排查供暖设施。\n"
    "二、做好应急准备。供热企业要储备足量燃料和抢修物资。\n"
)


def test_list_entry_run_on_gives_title_and_number() -> None:
    """The list's entry names the title up to its kind; the 文号 under it is read past the run-on entry."""
    structure = parse(LIST_ENTRY_RUN_ON)
    assert structure.title == "甲市人民政府关于做好冬季供暖保障工作的通知"
    assert structure.doc_number == "甲政字〔2025〕41号"
    assert structure.issuer == "甲市人民政府"


def test_sentence_after_a_date_is_no_run_on_title() -> None:
    """A line that runs on past a kind word into a date and a sentence (no 文号) is prose: no title from it."""
    structure = parse(
        "乙县人民政府办公室关于开展安全生产检查的通知2025-03-01起各乡镇要逐一排查,发现各类安全隐患立即登记并限期整改,"
        "并于月底前将检查情况、整改台账和下一步工作打算一并报送县应急管理局,逾期未报或者整改不到位的单位将在全县范围内予以通报批评。\n"
        "一、检查范围。全县各类生产经营单位。\n"
    )
    assert structure.title is None


def test_date_with_weekday_is_no_title_line() -> None:
    """丙区人民政府 / 2025年6月3日星期二 / a title over three lines: the date bar stays out of the title."""
    structure = parse(
        "丙区人民政府\n"
        "2025年6月3日星期二\n"
        "丙区人民政府关于\n"
        "《丙区城市绿地系统规划》\n"
        "的批复\n"
        "区园林局:\n"
        "你局关于报审规划的请示收悉。经研究,现批复如下:\n"
        "一、原则同意该规划。\n"
    )
    assert structure.title == "丙区人民政府关于《丙区城市绿地系统规划》的批复"


def test_news_headline_quoting_one_document_it_only_reports_stays() -> None:
    """《X方案》印发 over a dateline and a report of X without X's text: the headline as written (round-25
    convention; before, X)."""
    structure = parse(
        "《丁省冬春农田水利建设行动方案(2025—2026年)》印发\n"
        "来源:丁省日报 2025-10-12 09:30\n"
        "近日,丁省人民政府办公厅印发《丁省冬春农田水利建设行动方案(2025—2026年)》,明确了今冬明春的建设目标。\n"
        "方案提出,到2026年春耕前完成新建和修复灌溉渠道3000公里。\n"
    )
    assert structure.title == "《丁省冬春农田水利建设行动方案(2025—2026年)》印发"


def test_news_headline_with_day_it_takes_effect() -> None:
    """《X条例》5月1日起施行 over a report without the 条例's text: the headline (round-25 convention); a headline
    quoting a name with other words stays too."""
    assert parse(
        "《戊市养犬管理条例》5月1日起施行\n本报讯 记者从市司法局获悉,该条例将于5月1日起施行。\n"
    ).title == ("《戊市养犬管理条例》5月1日起施行")
    kept = parse("《戊市养犬管理条例》解读\n本报讯 记者从市司法局获悉,该条例将于5月1日起施行。\n").title
    assert kept != "戊市养犬管理条例"


def test_headline_with_its_dateline_on_its_line() -> None:
    """甲“十五五”规划纲要(附全文) 发布时间:… over a lead naming nothing: the headline, the site's note and the time
    dropped, is the title where the text has no heading of its own."""
    structure = parse(
        "己市“十五五”规划纲要(附全文) 发布时间:2026-03-02 10:15\n"
        "资讯网讯:“十五五”时期是己市加快转型的关键五年,全市上下要坚定信心,真抓实干。\n"
        "第一篇 开启新征程\n"
        "“十四五”时期,己市经济总量迈上新台阶,城乡面貌焕然一新。\n"
    )
    assert structure.title == "己市“十五五”规划纲要"


def test_dated_headline_gives_way_to_the_full_name_in_the_lead() -> None:
    """A lead that opens with the plan's full name (same place first, same last words) gives the title."""
    structure = parse(
        "庚省“十五五”规划和二〇四〇年远景目标纲要(附全文) 发布时间:2026-03-02 10:15\n"
        "资讯网讯:庚省国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要,根据省委建议编制,主要阐明发展战略。\n"
        "第一篇 开启新征程\n"
        "“十四五”时期,庚省经济总量迈上新台阶,城乡面貌焕然一新。\n"
    )
    assert structure.title == "庚省国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要"


def test_own_heading_outranks_the_dated_headline() -> None:
    """The text's own heading (《X》全文) under a dated headline is the title; the headline is the site's."""
    structure = parse(
        "辛省“十五五”规划纲要(附全文) 发布时间:2026-03-02 10:15\n"
        "资讯网讯:2026年1月20日辛省人民代表大会通过《辛省国民经济和社会发展第十五个五年规划纲要》。\n"
        "《辛省国民经济和社会发展第十五个五年规划纲要》全文\n"
        "一、开启新征程\n"
        "“十四五”时期,辛省经济总量迈上新台阶,城乡面貌焕然一新。\n"
    )
    assert structure.title == "辛省国民经济和社会发展第十五个五年规划纲要"


def test_breadcrumb_before_the_title_on_its_line() -> None:
    """范文网 > 壬省人民政府关于…的意见: the crumbs are the site's path, the title is what they lead to."""
    structure = parse(
        "范文网 > 壬省人民政府关于做好春耕备耕工作的意见\n"
        "时间:2026-02-01 08:00:00\n"
        "壬省人民政府关于做好春耕备耕工作的意见\n"
        "各市州人民政府,省政府各部门:\n"
        "一、稳定粮食播种面积。各地要把粮食生产目标任务分解到县乡。\n"
    )
    assert structure.title == "壬省人民政府关于做好春耕备耕工作的意见"
    assert structure.issuer == "壬省人民政府"


def test_breadcrumb_of_columns_only_is_no_title() -> None:
    """A breadcrumb whose last crumb names no kind of document stays as it is (no cut)."""
    from parsers.structure.title_affixes import drop_breadcrumb

    assert drop_breadcrumb("首页 > 政务公开 > 政策文件") == "首页 > 政务公开 > 政策文件"
    assert drop_breadcrumb("首页 > 通知公告 > 关于开展消防检查的通知") == "关于开展消防检查的通知"


def test_news_lead_handing_over_the_text_it_names() -> None:
    """日前,X出台《Y方案》,全文如下: over the plan's preamble and 一、: the title is Y (出台 hands it over as 印发 does;
    the body's first heading 一、总体要求 is no title the lead hands over to)."""
    structure = parse(
        "日前,癸市委市政府出台《关于加快建设区域消费中心城市的实施方案》,全文如下:\n"
        "为加快建设区域消费中心城市,结合我市实际,制定本方案。\n"
        "一、总体要求\n"
        "(一)指导思想。坚持扩大内需战略,推动消费提质扩容。\n"
        "二、重点任务\n"
        "(二)培育消费新场景。建设一批特色商业街区。\n"
    )
    assert structure.title == "关于加快建设区域消费中心城市的实施方案"


def test_notice_reprinting_one_document() -> None:
    """关于转载X办法的通知: 转载 passes one document on as 转发 does: the title is X, the notice's kept apart."""
    structure = parse(
        "子市人民政府办公厅关于转载丑省政务服务事项管理办法的通知\n"
        "各区人民政府,市直各委、办、局:\n"
        "省政府办公厅于近日印发《丑省政务服务事项管理办法》,现转发给你们,请认真遵照执行。\n"
        "子市人民政府办公厅\n"
        "2026年2月16日\n"
    )
    assert structure.title == "丑省政务服务事项管理办法"
    assert structure.notice_title == "子市人民政府办公厅关于转载丑省政务服务事项管理办法的通知"


def test_notice_about_two_drafts_broken_after_their_names() -> None:
    """关于《甲规划》《乙规划》 / 草案公示的公告: one title over two lines (关于 and the names, then what the notice
    does); the drafts' stage right after the names is the status."""
    structure = parse(
        "关于《寅县国土空间总体规划(2021-2035年)》《寅县城区详细规划》\n"
        "草案公示的公告\n"
        "为广泛听取社会各界意见,现将两项规划草案予以公示。\n"
        "一、公示时间\n"
        "公示时间为30天。\n"
    )
    assert structure.title == "关于《寅县国土空间总体规划(2021-2035年)》《寅县城区详细规划》草案公示的公告"
    assert structure.status == "草案"


LETTER_OVER_DRAFT = (
    "尊敬的各位市民:\n"
    "市人民代表大会会议将于下月召开,会议将审议市政府的工作报告。为广泛听取意见,现将报告公示。\n"
    "公示时间自1月3日起至1月7日止。\n"
    "感谢大家的参与和支持!\n"
    "卯市人民政府办公厅\n"
    "2026年1月3日\n"
    "卯市政府工作报告\n"
    "(征求意见稿)\n"
    "一、过去一年工作回顾\n"
    "过去一年,全市经济运行稳中有进。\n"
)


def test_letter_over_the_draft_it_presents() -> None:
    """A letter with no title, signed and dated, over the draft: the title line after the date is the document's."""
    structure = parse(LETTER_OVER_DRAFT)
    assert structure.title == "卯市政府工作报告"
    assert structure.status == "征求意见稿"


def test_enclosure_after_a_headless_notice_is_no_title() -> None:
    """A notice that lost its title, its enclosure (附件: X名单) after the signature: a fragment, no title."""
    structure = parse(
        "各区县人民政府,市政府各部门:\n"
        "2025年,全市各级各部门扎实推进依法行政,涌现出一批先进集体。现予以通报表扬。\n"
        "附件:2025年度辰市依法行政工作先进集体名单\n"
        "辰市人民政府\n"
        "2026年3月1日\n"
        "附件\n"
        "2025年度辰市依法行政工作先进集体名单\n"
        "甲县政府\n"
        "乙区政府\n"
    )
    assert structure.title is None


def test_adopting_congress_keeps_its_term() -> None:
    """(…巳市第七届人民代表大会常务委员会第九次会议通过): the issuer is the committee as the line names it, its
    term kept, its session dropped."""
    structure = parse(
        "巳市公园管理条例\n"
        "(2025年6月20日巳市第七届人民代表大会常务委员会第九次会议通过)\n"
        "第一条 为了加强公园管理,制定本条例。\n"
        "第二条 本条例适用于本市行政区域内的公园。\n"
    )
    assert structure.title == "巳市公园管理条例"
    assert structure.issuer == "巳市第七届人民代表大会常务委员会"


def test_congress_opening_its_title_is_the_issuer() -> None:
    """午州人民代表大会关于修改《…》的决定: a congress named at the head of the title issues it."""
    structure = parse(
        "午州人民代表大会关于修改《午州立法条例》的决定\n"
        "(2025年2月21日午州第十届人民代表大会第三次会议通过)\n"
        "一、将第三条修改为:“州人民代表大会及其常务委员会依法行使立法权。”\n"
    )
    assert structure.issuer == "午州人民代表大会"


def test_promulgating_department_field_names_the_issuer() -> None:
    """颁布部门:X on a law site's page names the body that promulgated the text."""
    structure = parse(
        "未市消防条例\n"
        "颁布部门:未市人民代表大会常务委员会\n"
        "颁布日期:2024-01-18\n"
        "未市消防条例\n"
        "(2023年12月20日未市第十五届人民代表大会常务委员会第十次会议通过)\n"
        "第一条 为了预防火灾,制定本条例。\n"
    )
    assert structure.issuer == "未市人民代表大会常务委员会"


def test_signature_names_the_titles_organ_with_its_place() -> None:
    """市政府关于… / 乙区人民政府关于… signed with the place in full: the signature's form is the issuer."""
    short = parse(
        "市政府关于印发申市2026年重点工作任务分解方案的通知\n"
        "各区人民政府,市府各委办局:\n"
        "现将《申市2026年重点工作任务分解方案》印发给你们,请认真贯彻落实。\n"
        "申市人民政府\n"
        "2026年2月8日\n"
    )
    assert short.issuer == "申市人民政府"
    district = parse(
        "酉区人民政府关于印发酉区防汛应急预案的通知\n"
        "各街道办事处,区人民政府各部门:\n"
        "经研究,现将《酉区防汛应急预案》印发给你们,请认真贯彻执行。\n"
        "戌市酉区人民政府\n"
        "2026年4月29日\n"
    )
    assert district.issuer == "戌市酉区人民政府"


def test_metadata_label_run_into_its_organ() -> None:
    """发文机关中共甲厅党组: a table's label glued to its value is no part of the organ."""
    structure = parse(
        "发文机关中共亥省交通运输厅党组\n"
        "关于加强法治政府部门建设的实施意见\n"
        "各市交通运输局:\n"
        "一、总体要求。坚持依法行政。\n"
    )
    assert structure.issuer == "中共亥省交通运输厅党组"


def test_title_label_spread_over_its_cell() -> None:
    """标       题: X的通知 in a page's table: the spread label is no part of the notice's title."""
    structure = parse(
        "发布机构: 甲省人民政府 发文日期: 2026-01-07\n"
        "标       题: 甲省人民政府印发《关于加快乙城市群协同发展的若干措施》的通知\n"
        "文       号: 甲政发〔2026〕2号\n"
        "甲省人民政府印发《关于加快乙城市群协同发展的若干措施》的通知\n"
        "各市人民政府,省政府各部门:\n"
        "现将《关于加快乙城市群协同发展的若干措施》印发给你们,请结合实际认真贯彻落实。\n"
        "甲省人民政府\n"
        "2026年1月7日\n"
        "关于加快乙城市群协同发展的若干措施\n"
        "一、推进基础设施互联互通。加快城际铁路建设。\n"
    )
    assert structure.title == "关于加快乙城市群协同发展的若干措施"
    assert structure.notice_title == "甲省人民政府印发《关于加快乙城市群协同发展的若干措施》的通知"


def test_spread_title_label_is_dropped() -> None:
    from parsers.structure.title_labels import drop_title_label

    assert drop_title_label("标       题: 甲省人民政府关于乙的通知") == "甲省人民政府关于乙的通知"
    assert drop_title_label("名 称:甲市丙办法") == "甲市丙办法"


def test_date_in_doubled_brackets_after_a_title() -> None:
    """…的通知 ((1990年11月16日)): a print view's date after the title is no part of it; the notice forwards one
    document, named in its title."""
    structure = parse(
        "丙市人民政府办公厅关于转发丙市地名志编纂方案的通知 ((1991年3月5日))\n"
        "各区、县人民政府,市政府各委、办、局: 经市政府同意,现将市地名委员会《丙市地名志编纂方案》转发给你们,"
        "请认真贯彻执行。\n"
    )
    assert structure.title == "丙市地名志编纂方案"
    assert structure.notice_title == "丙市人民政府办公厅关于转发丙市地名志编纂方案的通知"
    assert structure.issuer == "丙市人民政府办公厅"


def test_notice_stored_from_its_addressees_issuing_one_table() -> None:
    """A notice whose stored text starts at its addressees: 现将《X分解表》印发给你们 issues X (the names it cites
    first are the grounds), so the title is X though nothing is enclosed."""
    structure = parse(
        "各区人民政府,市直各委、办、局:\n"
        "为贯彻落实《甲省人民政府办公厅关于印发2026年全省政务公开工作要点的通知》精神,结合我市实际,"
        "现将《2026年全市政务公开工作主要任务分解表》印发给你们,请认真组织实施。\n"
        "各级各部门要把落实主要任务作为一项重要工作抓紧抓好。\n"
        "乙市人民政府办公厅\n"
        "2026年6月15日\n"
    )
    assert structure.title == "2026年全市政务公开工作主要任务分解表"


def test_a_mention_of_a_table_is_no_handover() -> None:
    """《X分解表》 mentioned (各地要对照《X》抓好落实) is no document the text issues: no title."""
    structure = parse(
        "各区人民政府,市直各委、办、局:\n"
        "各地要对照《2026年全市政务公开工作主要任务分解表》抓好落实,按时报送进展情况,确保各项任务落到实处。\n"
        "乙市人民政府办公厅\n"
        "2026年6月15日\n"
    )
    assert structure.title is None

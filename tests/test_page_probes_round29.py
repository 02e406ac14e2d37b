"""Round 29 (issue 7): made-up pages for what a title looks like, and for texts that have none.

Each test is a page of my own writing in the shape of a class (never a corpus sentence):

* a fragment whose first line names no document, over a document's own body (a meeting's line of the note of
  adoption over articles, a list's item, the occasion of a speech over 各位代表：, a site's label over a notice run
  together with its 文号): no title. A stage alone before the kind (修订的办法) names no document either.
* a site's marks glued to a title: its name with a count of the texts it collects (甲网(精选9篇)), a place in
  brackets ((甲省)X报告), a page's note between two copies of the title (X办法全文X办法).
* a draft named only in a call's body, the call addressed as a letter, its sentence broken over short lines, in
  simplified or traditional script; a notice put up for comments named without quotes.

The positive tests fail on the parser of main 726ccf3; the guards (a news headline over its prose, a national
law, a letter to the public, a report on a draft, a period in brackets, a notice handing down tasks) pass on both.
"""

from parsers.pipeline import parse_bytes
from parsers.status import split_status
from parsers.structure import parse_structure
from parsers.structure.site_marks import drop_site_marks
from parsers.structure.title_shape import names_document, names_no_subject

_ARTICLES = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本市行政区域内的管理活动，适用本办法。\n"


# ---- no title line: a line naming no document over a document's own body ----


def test_a_meeting_line_over_articles_is_no_title() -> None:
    text = "2031年3月1日甲省第九届人民代表大会常务委员会第五次会议批准\n" + _ARTICLES
    assert parse_structure(text).title is None


def test_a_list_item_opening_a_fragment_is_no_title() -> None:
    text = (
        "㈠适用的范围和管理机关;\n㈡管理相对人的权利和义务;\n"
        "第十条 规章草案应当符合上位法的规定。\n第十一条 起草部门应当征求相关部门的意见。\n"
    )
    assert parse_structure(text).title is None


def test_the_occasion_of_a_speech_over_its_addressee_is_no_title() -> None:
    text = (
        "—2031年1月6日在甲市第三届人民代表大会第二次会议上\n各位代表：\n"
        "现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年的工作\n过去一年，全市经济稳中有进。\n"
    )
    assert parse_structure(text).title is None


def test_a_sites_label_over_a_notice_run_together_with_its_number_is_no_title() -> None:
    text = (
        "文章部分内容阅读\n"
        "甲府发〔2031〕5号各区县政府，市政府各部门：为进一步保障民生，市政府决定提高乙标准。现就有关事项通知如下。"
        "一、调整幅度（一）城市居民标准由每月400元提高到450元。\n"
    )
    assert parse_structure(text).title is None


def test_a_stage_alone_before_the_kind_names_no_document() -> None:
    text = "修订的办法\n（2031年1月5日甲市人民政府令第3号公布）\n" + _ARTICLES
    assert parse_structure(text).title is None
    assert names_no_subject("修订的办法") and names_no_subject("修改后的条例")
    assert not names_no_subject("甲市停车场管理办法")


def test_a_news_headline_over_its_prose_keeps_its_title() -> None:  # guard
    text = (
        "甲市部署全面推行河长制\n"
        "本报讯 3月1日，甲市召开全面推行河长制工作会议，部署下一阶段工作。会议要求，各区要压实责任。\n"
    )
    assert parse_structure(text).title == "甲市部署全面推行河长制"


def test_a_law_a_letter_and_a_report_on_a_draft_name_documents() -> None:  # guards
    assert parse_structure("中华人民共和国甲乙促进法\n" + _ARTICLES).title == "中华人民共和国甲乙促进法"
    letter = "致全市市民的公开信\n全市广大市民朋友：\n为了保护环境，我们向您发出倡议。请大家积极参与。\n"
    assert parse_structure(letter).title == "致全市市民的公开信"
    assert names_document("甲局关于《乙市丙管理规定（草案）》修改情况的汇报")
    assert not names_document("甲市部署全面推行河长制")


# ---- a site's marks glued to a title ----


def test_a_sites_name_with_its_count_of_texts_is_no_part_of_the_title() -> None:
    text = (
        "甲市人民政府网(精选9篇)\n工作制度\n"
        "为提高办事效率，接受群众监督，根据有关要求，制定以下工作制度。\n一、岗位责任制度\n（一）明确岗位职责。\n"
    )
    assert parse_structure(text).title == "工作制度"


def test_a_place_in_brackets_before_a_title_is_the_sites() -> None:
    text = (
        "(甲省)2031年乙县人民政府工作报告(全文)\n发布时间:2031-02-01 10:00\n各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"
    )
    assert parse_structure(text).title == "2031年乙县人民政府工作报告"


def test_a_pages_note_between_two_copies_of_a_title_leaves_one() -> None:
    text = "丙市公共停车场管理办法全文\n丙市公共停车场管理办法(全文)\n" + _ARTICLES
    assert parse_structure(text).title == "丙市公共停车场管理办法"


def test_a_period_or_a_stage_in_brackets_is_the_titles_own() -> None:  # guards
    assert drop_site_marks("（2031年）甲市工作要点") == "（2031年）甲市工作要点"
    assert drop_site_marks("（草案）甲市乙条例") == "（草案）甲市乙条例"
    assert drop_site_marks("甲市乙管理办法") == "甲市乙管理办法"


# ---- a draft named only in a call's body ----


def test_a_call_addressed_as_a_letter_is_titled_by_its_draft() -> None:
    text = (
        "各有关单位：\n为进一步规范甲\n乙基地建设和\n管理工作，我部组织编制了《甲乙基地建设管理规定（\n"
        "征求意见稿）》及编制说明，现公开征求意见。\n请于2031年6月1日前反馈。\n丁部办公厅\n2031年5月1日\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("甲乙基地建设管理规定", "征求意见稿")


def test_a_call_in_traditional_script_is_titled_by_its_draft() -> None:
    text = (
        "各有關單位：\n為進一步規範丙\n丁設施建設和\n管理工作，我部在《丙丁設施考核辦法》的基礎上，組織起草了《丙丁設施管理辦法（\n"
        "徵求意見稿）》，現公開徵求意見。\n請於2031年6月1日前反饋。\n戊部辦公廳\n2031年5月1日\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("丙丁設施管理辦法", "徵求意見稿")


def test_a_notice_put_up_for_comments_unquoted_is_the_organs() -> None:
    text = (
        "3月1日，甲市人民政府办公室发布关于推动乙产业高质量发展的通知征求意见。文件指出，乙产业建设应符合规划。"
        "以下情形不得建设：\n1.历史建筑。\n2.违法建筑。\n"
    )
    doc = parse_bytes(text.encode(), name="call.txt")
    assert doc.title == "甲市人民政府办公室关于推动乙产业高质量发展的通知"
    assert doc.issuer == "甲市人民政府办公室"


def test_a_notice_handing_down_tasks_under_its_addressee_names_no_draft() -> None:  # guard
    text = "各乡镇人民政府：\n现将《甲县政府工作报告》中的目标任务分解下达，请认真落实。\n附件：任务分解表\n"
    assert parse_structure(text).title is None


def test_a_name_quoted_inside_a_name_with_angles_takes_quotes_in_the_title() -> None:
    text = (
        "甲市人民代表大会常务委员会\n公告\n（十五届第九号）\n"
        "《甲市人民代表大会关于修改<甲市立法条例>的决定》已由甲市第十五届人民代表大会第六次会议于2031年1月9日通过，"
        "经乙省人民代表大会常务委员会批准，现予公布，自公布之日起施行。\n"
        "甲市人民代表大会常务委员会\n2031年6月1日\n"
        "一、将第三条修改为：“立法应当遵循宪法的基本原则。”\n二、将第五条删去。\n"
    )
    assert parse_structure(text).title == "甲市人民代表大会关于修改《甲市立法条例》的决定"


def test_a_heading_joining_the_organ_to_the_issued_name_is_the_sites() -> None:
    body = "各市人民政府，省直各部门：\n现将《{}》印发给你们，请认真执行。\n一、总体要求\n坚持稳中求进。\n"
    text = "甲省人民政府2031年政府工作要点及责任分解\n（甲政发〔2031〕9号）\n" + body.format(
        "2031年政府工作要点及责任分解"
    )
    assert parse_structure(text).title == "2031年政府工作要点及责任分解"
    # guard: the organ is the issued name's own
    text = "甲省人民政府工作规则\n（甲政发〔2031〕9号）\n" + body.format("甲省人民政府工作规则")
    assert parse_structure(text).title == "甲省人民政府工作规则"


def test_a_call_for_opinions_and_proposals_on_a_plan_not_yet_written_is_its_own_title() -> None:
    text = (
        "关于征集甲市“十五五”乙保护规划意见建议的公告\n"
        "为提高规划编制的科学性，现开展建言献策活动，诚挚邀请社会各界提出宝贵意见建议。\n"
        "一、活动时间\n即日起至2031年10月1日。\n二、参与方式\n通过电子邮件提交。\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.notice_title) == ("关于征集甲市“十五五”乙保护规划意见建议的公告", None)


def test_a_call_on_a_draft_still_names_the_draft() -> None:  # guard
    text = (
        "关于征求《甲市乙保护规划（征求意见稿）》意见的公告\n"
        "现将《甲市乙保护规划（征求意见稿）》向社会公开征求意见。\n一、征求意见时间\n即日起至2031年10月1日。\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("甲市乙保护规划", "征求意见稿")


def test_a_notice_that_sets_out_the_one_policy_it_issues_is_titled_by_it() -> None:
    # D25 (round 37) over round 29: a notice issuing one named policy is titled by it, laid out by the notice or not
    text = (
        "甲省人民政府关于印发2031年省人民政府工作目标责任分解的通知\n（甲政发〔2031〕8号）\n"
        "各市人民政府，省直各部门：\n为确保各项工作任务落到实处，现将2031年省人民政府工作目标责任分解安排如下：\n"
        "一、省长负责的工作\n全面负责省人民政府工作。\n二、常务副省长负责的工作\n负责财政工作。\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.notice_title) == (
        "2031年省人民政府工作目标责任分解",
        "甲省人民政府关于印发2031年省人民政府工作目标责任分解的通知",
    )


def test_a_sharing_sites_prompt_over_a_forwarding_notice_gives_way_to_the_forwarded_name() -> None:
    text = (
        "下载到本地，更方便阅读\n"
        "各区人民政府，市直各单位：甲办制定的《甲市乙工作安排》业经市人民政府同意，现转发给你们。"
        "今年以来，我市广泛开展爱国卫生运动，成效明显。\n"
    )
    assert parse_structure(text).title == "甲市乙工作安排"


def test_an_edition_word_in_brackets_before_the_calls_stage_is_one_stage() -> None:
    assert split_status("甲县殡葬管理暂行办法（修正）（征求意见稿）") == (
        "甲县殡葬管理暂行办法",
        "修正征求意见稿",
    )
    assert split_status("乙预案（修订）（征求意见稿）") == ("乙预案", "修订征求意见稿")
    # guard: a dated edition is the title's own
    assert split_status("丙条例（2031年修订）（征求意见稿）") == ("丙条例（2031年修订）", "征求意见稿")


def test_a_name_given_again_run_into_the_articles_outranks_a_sites_heading() -> None:
    text = (
        "甲乙管理办法(草案)\n《甲乙管理条例(修订草案征求意见稿)》\n"
        "甲乙管理条例(修订草案征求意见稿)第一章总则第一条为了加强甲乙管理，制定本条例。\n"
        "第二条 甲乙的管理活动，适用本条例。\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("甲乙管理条例", "修订草案征求意见稿")


def test_a_news_lead_reporting_a_document_then_its_own_title_line_titles_the_document() -> None:
    text = (
        "甲省省长、副省长2031年牵头重点工作公布\n"
        "2031年是实施规划的关键一年。\n"
        "近日，甲省人民政府办公厅印发2031年政府工作报告重点工作责任分解的通知，公布牵头的重点工作。\n"
        "2031年政府工作报告重点工作责任分解\n一、省长牵头重点工作\n1.一般公共预算收入与经济增长同步。\n"
    )
    assert parse_structure(text).title == "2031年政府工作报告重点工作责任分解"
    # guard: a news item whose lead names no document of the line below keeps its headline
    text = (
        "甲市部署全面推行河长制\n本报讯 3月1日，甲市召开全面推行河长制工作会议，部署下一阶段工作。\n"
        "会议要点\n一、压实责任\n各区要压实责任。\n"
    )
    assert parse_structure(text).title == "甲市部署全面推行河长制"


def test_a_line_ending_in_a_telephone_number_is_no_title() -> None:
    text = (
        "申请免费试用、咨询电话:400-123-4567\n"
        "自10月1日起，《甲市老城区保护条例》正式施行。1日清晨，老城区游人如织。\n"
        "据了解，甲市人大常委会于今年7月通过了该条例。\n"
    )
    assert parse_structure(text).title is None

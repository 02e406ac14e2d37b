"""文号 of round 35, layouts recurring over several field sets (texts made up; 白石, 青禾 invented):

* a 公告's number naming the committee's term inside its brackets ((十四届第二十七号)) or in brackets of its own before
  it (〔十三届〕第七十七号, 【第五届】19号), under the header: the header with its number (round 13);
* an order's bracketed note under a decree's title; the 公告 a one-act note of a law names as publishing it;
* the number under the chosen title when a chrome's numbered list ended the head above the title; a number run onto
  the end of its title's line without brackets;
* a 文号 field's value not shaped as a 文号 (year lost, a site's code), kept as written; a linked file named by its 文号."""

from parsers.pipeline import parse_bytes

_SENTENCE = (
    "《白石市人民代表大会常务委员会关于修改〈白石市立法条例〉的决定》已由白石市第十五届人民代表大会常务委员会"
    "第三十次会议于2031年10月29日通过，现予公布，自公布之日起施行。\n白石市人民代表大会常务委员会\n2031年10月30日\n"
)


def _number(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="doc.txt").doc_number


def test_a_term_inside_the_numbers_brackets_joins_the_header_broken_before_its_kind() -> None:
    text = "白石市人民代表大会常务委员会\n公 告\n(十四届第二十七号)\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告(十四届第二十七号)"


def test_a_term_inside_the_numbers_brackets_joins_the_whole_header() -> None:
    text = "白石市人民代表大会常务委员会公告\n（五届第36号）\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告（五届第36号）"


def test_a_term_in_lenticular_brackets_before_the_number_joins_the_header() -> None:
    text = "白石市人民代表大会常务委员会公告\n\n〔十五届〕 第三十九号\n\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告〔十五届〕第三十九号"


def test_a_term_in_small_brackets_before_the_number_joins_the_header() -> None:
    text = "白石市人民代表大会常务委员会公告\n﹝十五届﹞第二十二号\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告﹝十五届﹞第二十二号"


def test_a_bracketed_term_with_its_own_di_may_leave_the_number_without_one() -> None:
    text = "白石市人民代表大会常务委员会公告\n【第五届】19号\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告【第五届】19号"


def test_a_number_with_neither_term_nor_di_is_no_announcements_number() -> None:
    # 19号 alone under the header: no 第 and no term before it (a house number, a date's day)
    text = "白石市人民代表大会常务委员会公告\n19号\n" + _SENTENCE
    assert _number(text) != "白石市人民代表大会常务委员会公告19号"


_ARTICLES = (
    "第一条 为了加强殡葬管理，推进殡葬改革，根据有关规定，结合本区实际，制定本办法。\n"
    "第二条 本办法适用于本区行政区域内的殡葬活动。\n"
)


def test_an_orders_bracketed_note_under_a_decrees_title_gives_its_number() -> None:
    title = "青禾自治区殡葬管理实施办法\n"
    text = title + title + "(2031年10月29日青禾自治区人民政府令第34号)\n" + _ARTICLES
    assert _number(text) == "青禾自治区人民政府令第34号"


def test_a_bracketed_date_alone_gives_no_number() -> None:
    assert _number("青禾自治区殡葬管理实施办法\n(2031年10月29日)\n" + _ARTICLES) is None


_LAW = "第一条 为了规范食品小作坊的生产经营活动，根据有关法律，结合本省实际，制定本条例。\n第二条 本条例适用于本省。\n"


def test_a_one_act_notes_announcement_gives_the_laws_number() -> None:
    text = (
        "青禾省食品小作坊监督管理条例\n(2031年11月24日青禾省第十二届人民代表大会常务委员会第二十七次会议通过\n"
        "2031年11月24日青禾省人民代表大会常务委员会公告第52号公布\n自2031年12月1日起施行)\n" + _LAW
    )
    assert _number(text) == "青禾省人民代表大会常务委员会公告第52号"


def test_a_note_of_several_acts_names_no_one_number() -> None:
    # adopted by the county, approved by the province, published by the province's 公告: not the county law's own
    text = (
        "白石自治县殡葬管理条例\n(2031年3月1日白石自治县第十五届人民代表大会第6次会议通过 2031年5月31日青禾省第十一届"
        "人民代表大会常务委员会第24次会议批准 2031年6月26日青禾省人民代表大会常务委员会公告第1号公布)\n"
        + _LAW
    )
    assert _number(text) is None


# a document-sharing page whose chrome numbers its own list before the document: the head ends at that list
_CHROME = (
    "白石县人民政府关于公布白石县文物遗迹名单的通知\n合集下载\n"
    "1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
    "2. 2、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。\n"
)
_NOTICE = "各乡（镇）人民政府，县直各部门：\n现将白石县文物遗迹名单予以公布，请认真做好保护工作。\n"


def test_a_number_under_the_title_past_a_chromes_numbered_list() -> None:
    text = _CHROME + "白石县人民政府关于公布白石县文物遗迹\n名单的通知\n(白政发〔2031〕2号)\n" + _NOTICE
    assert _number(text) == "白政发〔2031〕2号"


def test_a_number_under_another_documents_title_past_the_head_is_not_this_ones() -> None:
    text = (
        _CHROME
        + "白石县人民政府关于公布白石县文物遗迹名单的通知\n"
        + _NOTICE
        + ("青禾县人民政府关于做好春季防火工作的通告\n青政告〔2031〕21号\n")
    )
    assert _number(text) != "青政告〔2031〕21号"


_PLAN = "白石县突发事件应急预案\n1 总则\n1.1 编制目的\n为了提高应对突发事件的能力，制定本预案。\n"


def test_a_number_field_whose_value_lost_its_year_is_kept_as_written() -> None:
    assert _number("标题:白石县突发事件应急预案\n发文字号:白政办19号\n" + _PLAN) == "白政办19号"


def test_a_number_field_holding_a_sites_code_set_off_by_spaces_is_kept_as_written() -> None:
    text = "标题:白石县突发事件应急预案\n文  号 yjya_20311027001 有 效 性\n" + _PLAN
    assert _number(text) == "yjya_20311027001"


def test_an_empty_number_field_gives_no_number() -> None:
    assert _number("标题:白石县突发事件应急预案\n发文字号：无\n" + _PLAN) is None


def test_a_font_size_switch_is_no_number_field() -> None:
    assert _number("白石县突发事件应急预案\n字号 大 中 小\n" + _PLAN) is None


def test_a_linked_files_name_gives_the_number_the_page_names_nowhere_else() -> None:
    text = (
        "白石县卫生健康局关于转发青禾省卫生健康委员会通告的通知\n发布时间：2031-05-12\n"
        "附件:白卫函〔2031〕94号.pdf\n"
    )
    assert _number(text) == "白卫函〔2031〕94号"


def test_a_linked_file_named_otherwise_gives_no_number() -> None:
    text = "白石县卫生健康局关于转发青禾省卫生健康委员会通告的通知\n发布时间：2031-05-12\n附件:通告全文.pdf\n"
    assert _number(text) is None


_OPINION = (
    "各区县人民政府，市政府各部门：\n为加强文物安全工作，现提出如下意见。\n一、总体要求\n坚持保护为主。\n"
)


def test_a_number_run_onto_the_end_of_its_titles_line() -> None:
    text = "白石市人民政府办公厅关于切实加强文物安全工作的实施意见白府办发[2031]3号\n" + _OPINION
    assert _number(text) == "白府办发[2031]3号"


def test_a_number_after_its_title_on_the_same_line_set_off_by_a_space() -> None:
    text = "白石市人民政府办公厅关于切实加强文物安全工作的实施意见 白府办发〔2031〕3号\n" + _OPINION
    assert _number(text) == "白府办发〔2031〕3号"


def test_a_cited_number_at_the_end_of_a_sentence_is_not_the_titles() -> None:
    text = "白石市文物安全工作要点\n根据《青禾省文物保护条例》，现印发青府办发〔2031〕3号\n" + _OPINION
    assert _number(text) != "青府办发〔2031〕3号"

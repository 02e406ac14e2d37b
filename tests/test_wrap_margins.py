"""Where a printed line ends at the margin (issue 7, wrapped lines): marks side by side that the typesetter trims,
one line that measures over the others' margin in a short ragged print, an addressee that ends the head at the
margin, a site's path (您所在位置：…) as wide as the text's lines over the headline.

Texts are made up, in the forms pdftotext gives of a page printed from a browser or an official print.
"""

from parsers.structure import parse_structure
from parsers.structure.lines import display_width, split_lines
from scripts.wrapped_compare import hierarchy, sentences, squeeze


def widths(text: str) -> list[float]:
    return [display_width(text, line) for line in split_lines(text)]


def test_marks_side_by_side_print_in_one_and_a_half_widths():
    text = "根据《甲法》、《乙条例》和《丙办法》，制定本办法。\n"
    # 25 characters; 》、《 trims two halves, 》，one: as wide as 23.5 characters
    assert widths(text) == [23.5]
    assert widths("甲乙丙丁，戊己庚辛。\n") == [10.0]


def test_a_line_of_marks_side_by_side_does_not_set_the_margin_alone():
    """A line that holds 》、《 pairs prints as wide as the others though it holds more characters: the margin is
    the others', and a sentence that ends there runs on into the rest of its paragraph."""
    original = [
        "甲市安全生产应急预案",
        "一、总则",
        "为规范全市生产安全事故应急管理工作，提高应对能力，依据《中华人民共和国安全生产法》、《中华人民共和国突发事件"
        "应对法》、《生产安全事故应急条例》等法律法规，结合本市工作实际，制定本预案。本预案适用于本市行政区域内生产"
        "安全事故的应对工作，各区应当结合实际制定区级预案，各部门按照职责分工做好相关行业领域的预防工作。",
        "二、组织体系",
        "市人民政府设立市安全生产应急指挥部，统一领导全市生产安全事故应急处置工作。指挥部办公室设在市应急管理局，负"
        "责指挥部的日常工作，各成员单位按照职责做好相关工作。",
    ]
    printed = [
        "甲市安全生产应急预案",
        "一、总则",
        "为规范全市生产安全事故应急管理工作，提高应对能力，依据《中华",
        "人民共和国安全生产法》、《中华人民共和国突发事件应对法》、《生产",  # 32 characters, 30 wide
        "安全事故应急条例》等法律法规，结合本市工作实际，制定本预案。",  # a sentence ends at the margin
        "本预案适用于本市行政区域内生产安全事故的应对工作，各区应当结",
        "合实际制定区级预案，各部门按照职责分工做好相关行业领域的预防",
        "工作。",
        "二、组织体系",
        "市人民政府设立市安全生产应急指挥部，统一领导全市生产安全事故",
        "应急处置工作。指挥部办公室设在市应急管理局，负责指挥部的日常",
        "工作，各成员单位按照职责做好相关工作。",
    ]
    copy, source = (parse_structure("\n".join(lines) + "\n") for lines in (printed, original))
    assert widths("\n".join(printed[2:5]) + "\n") == [30.0, 30.0, 30.0]
    assert hierarchy(copy) == hierarchy(source)
    assert sentences(copy) == sentences(source)


def test_an_addressee_at_the_margin_ends_its_line():
    """An addressee printed flush (顶格) may end a character short of the margin: it still ends the head, and the
    covering notice's text under it is a paragraph of its own."""
    original = [
        "甲县人民政府办公室关于印发甲县地质灾害应急预案的通知",
        "甲政办发〔2023〕5号",
        "各乡镇人民政府、街道办事处，县政府各部门、各有关直属机构：",
        "《甲县地质灾害应急预案》已经县政府同意，现印发给你们，请认真贯彻落实。各乡镇、各部门要加强组织领导，明确工"
        "作责任，确保各项防治措施落到实处，切实保障人民群众生命财产安全。",
        "甲县地质灾害应急预案",
        "一、总则",
        "为高效有序做好突发地质灾害应急防治工作，避免或最大程度地减轻灾害造成的损失，维护社会稳定，依据有关法律法"
        "规，结合本县实际，制定本预案。",
    ]
    printed = [
        "甲县人民政府办公室关于印发甲县地质灾害应急预案的通知",
        "甲政办发〔2023〕5号",
        "各乡镇人民政府、街道办事处，县政府各部门、各有关直属机构：",  # 29 of 30
        "《甲县地质灾害应急预案》已经县政府同意，现印发给你们，请",
        "认真贯彻落实。各乡镇、各部门要加强组织领导，明确工作责任，确",
        "保各项防治措施落到实处，切实保障人民群众生命财产安全。",
        "甲县地质灾害应急预案",
        "一、总则",
        "为高效有序做好突发地质灾害应急防治工作，避免或最大程度地",
        "减轻灾害造成的损失，维护社会稳定，依据有关法律法规，结合本县",
        "实际，制定本预案。",
    ]
    copy, source = (parse_structure("\n".join(lines) + "\n") for lines in (printed, original))
    assert sentences(copy)[2] == "各乡镇人民政府、街道办事处，县政府各部门、各有关直属机构："
    assert hierarchy(copy) == hierarchy(source)
    assert sentences(copy) == sentences(source)


def test_a_site_path_as_wide_as_the_text_is_not_joined_to_the_headline():
    """您所在位置：门户网站 》信息公开 》… 》正文: a site's path over the headline, printed about as wide as the text's
    lines, ends its own line (its label makes it a path wherever the head's zone is thought to end)."""
    printed = [
        "您所在位置:门户网站 》政府信息公开 》应急管理 》正文",  # 26 of 30
        "印发甲县气象灾害应急预案的通知",
        "发布时间:2009-06-02 来源:甲县政府办公室",
        "各镇人民政府，县政府各部门、各直属机构：",
        "《甲县气象灾害应急预案》已经县人民政府同意，现印发给你们，",
        "请认真贯彻执行。各镇、各部门要加强组织领导，明确工作责任，确",
        "保各项应急措施落到实处，切实保障人民群众生命财产安全和社会稳",
        "定。执行中遇到的问题，请径向县气象局反映，以便及时研究解决。",
    ]
    structure = parse_structure("\n".join(printed) + "\n")
    assert not any(
        "印发甲县气象灾害应急预案的通知" in s and s.startswith("您所在位置") for s in sentences(structure)
    )
    assert structure.notice_title == "印发甲县气象灾害应急预案的通知"


def test_a_doc_number_broken_before_its_year_runs_on_from_the_line_before():
    """A page's metadata row wrapped inside its 文号 (…发文字号甲政办发 / 〔2018〕26号): the year's bracket opens no 文号
    of its own, the two lines are one row."""
    printed = [
        "索引号14232-003-2018-0019 主题分类:综合政务 发文字号甲政办发",
        "〔2018〕26号",
        "关于印发甲县防汛应急预案的通知",
        "各乡（镇）人民政府，县防指成员单位：",
        "《甲县防汛应急预案》已经县人民政府同意，现印发给你们，请",
        "认真贯彻执行。各乡镇、各部门要加强组织领导，明确工作责任，确",
        "保各项防汛措施落到实处，切实保障人民群众生命财产安全和社会稳",
        "定。执行中遇到的问题，请径向县水利局反映，以便及时研究解决。",
    ]
    text = "\n".join(printed) + "\n"
    structure = parse_structure(text)
    rows = [squeeze(text[s:e]) for s, e in structure.furniture]  # the page's metadata: furniture
    assert [row for row in rows if "发文字号" in row or "26号" in row] == [squeeze("".join(printed[:2]))]


def test_a_list_of_cited_names_cut_at_the_margin_is_wrapped_prose():
    """依据《甲法》《乙条例》…: a sentence that cites a list of names holds no comma, but the margin cuts its names
    (…《城镇燃气管理条 / 例》…): its lines are the text's wrapped prose, so a short text wrapped at the width they end at
    reads its covering notice as whole sentences."""
    original = [
        "甲县人民政府办公室关于印发甲县城镇燃气突发事件应急预案的通知",
        "各乡（镇）人民政府，各有关单位：",
        "《甲县城镇燃气突发事件应急预案》已经县政府研究同意，现印发给你们，请认真贯彻落实。",
        "甲县城镇燃气突发事件应急预案",
        "1.1编制目的",
        "为及时有效处置城镇燃气突发事件，预防和减轻因突发事件造成的损失，保护人民群众生命财产安全，制定本预案。",
        "1.2编制依据",
        "《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《生产安全事故报告和调查处理条例》《城镇燃气管"
        "理条例》《突发事件应急预案管理办法》《生产安全事故应急预案管理办法》《国家突发事件总体应急预案》《甲省安全生"
        "产条例》《甲省突发事件应对条例》《甲省燃气管理条例》《甲省城乡燃气使用安全管理规定》《甲市城镇燃气突发事件应"
        "急预案》《甲县突发事件总体应急预案》《甲县燃气管理办法》等。",
    ]
    printed = [
        "甲县人民政府办公室关于印发甲县城镇燃气突发事件应急预案的",
        "通知",
        "各乡（镇）人民政府，各有关单位：",
        "《甲县城镇燃气突发事件应急预案》已经县政府研究同意，",
        "现印发给你们，请认真贯彻落实。",
        "甲县城镇燃气突发事件应急预案",
        "1.1编制目的",
        "为及时有效处置城镇燃气突发事件，预防和减轻因突发事件",
        "造成的损失，保护人民群众生命财产安全，制定本预案。",
        "1.2编制依据",
        "《中华人民共和国突发事件应对法》《中华人民共和国安全",
        "生产法》《生产安全事故报告和调查处理条例》《城镇燃气管理条",
        "例》《突发事件应急预案管理办法》《生产安全事故应急预案管理",
        "办法》《国家突发事件总体应急预案》《甲省安全生产条例》《甲",
        "省突发事件应对条例》《甲省燃气管理条例》《甲省城乡燃气使用",
        "安全管理规定》《甲市城镇燃气突发事件应急预案》《甲县突发事",
        "件总体应急预案》《甲县燃气管理办法》等。",
    ]
    copy, source = (parse_structure("\n".join(lines) + "\n") for lines in (printed, original))
    assert sentences(copy) == sentences(source)
    assert hierarchy(copy) == hierarchy(source)

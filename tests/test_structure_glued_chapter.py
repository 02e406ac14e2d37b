"""A regulation's first chapter glued to the end of the line over it (round 25): the date of the order, the note
of adoption, the title with its status. The chapter and its first article are the body's; a chapter named in a
sentence, a page's summary over the text's own first chapter and a snippet stitched from several chapters are not
cut. Texts of my own writing."""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure

ARTICLES = (
    "第二条 本办法适用于本市行政区域内的相关管理活动。\n"
    "第三条 市人民政府有关部门按照各自职责做好相关工作。\n"
    "第二章 管理措施\n"
    "第四条 管理单位应当建立健全管理制度。\n"
    "第五条 违反本办法规定的，依法处理。\n"
)


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def units(structure: Structure) -> tuple[int, int]:
    kinds = [n.kind for n in structure.iter_nodes()]
    return kinds.count("chapter"), kinds.count("article")


def test_a_first_chapter_glued_to_the_date_of_an_order():
    text = (
        "某市人民政府令\n第12号\n《某市公共停车场管理办法》已经市人民政府常务会议通过，现予公布，自公布之日起施行。\n"
        "市长 张某\n二○一五年三月二日某市公共停车场管理办法第一章总则第一条为了规范公共停车场管理，制定本办法。\n"
        + ARTICLES
    )
    assert units(parse(text)) == (2, 5)


def test_a_first_chapter_glued_to_a_note_of_adoption_its_first_article_on_the_next_line():
    text = (
        "某省城市供水条例\n"
        "(2010年5月6日某省第十一届人民代表大会常务委员会第十五次会议通过)第一章 总  则\n"
        "第一条 为了加强城市供水管理，保障供水安全，制定本条例。\n" + ARTICLES
    )
    assert units(parse(text)) == (2, 5)


def test_a_first_chapter_glued_to_a_signature_and_the_issued_title():
    text = (
        "某县人民政府办公室关于印发某县农村公路养护管理办法的通知\n"
        "各乡镇人民政府：现将《某县农村公路养护管理办法》印发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室2019年6月3日某县农村公路养护管理办法第一章 总则 第一条 为加强农村公路养护管理，制定本办法。\n"
        + ARTICLES
    )
    assert units(parse(text)) == (2, 5)


def test_a_chapter_named_in_a_sentence_is_not_cut():
    text = (
        "某市河道管理办法\n"
        "第一条 为加强河道管理，制定本办法。\n"
        "第二条 河道管理范围依照本办法第一章第一条的规定划定。\n"
        "第三条 本办法自发布之日起施行。\n"
    )
    assert units(parse(text)) == (0, 3)


def test_a_page_summary_over_the_text_own_first_chapter_is_not_cut():
    text = (
        "某县扶贫资金管理办法第一章总则第一条 为加强扶贫资金管理，提高资金使用效益……\n"
        "某县扶贫资金管理办法\n"
        "第一章 总 则\n"
        "第一条 为加强扶贫资金管理，提高资金使用效益，制定本办法。\n" + ARTICLES
    )
    assert units(parse(text)) == (2, 5)


def test_a_snippet_stitched_from_several_chapters_is_not_cut():
    text = (
        "我厅起草了两个规范，申报单位应当符合条件，第三章申报程序第五条申报单位须提交材料，"
        "附件2某省示范企业认定规范(征求意见稿)第一章总则第一条为发挥示范作用，制定本规范。\n"
    )
    assert units(parse(text)) == (0, 0)


def test_the_next_chapter_glued_after_a_full_stop_with_its_first_article():
    text = (
        "某市河道管理实施办法\n"
        "第一章 总则第一条 为加强河道管理，制定本办法。\n"
        "第二条 本办法适用于本市行政区域内的河道。\n"
        "第三条 任何单位和个人都有保护河道的义务。第二章 水域、岸线保护第四条 在河道管理范围内禁止倾倒垃圾。\n"
        "第五条 违反本办法规定的，依法处理。\n"
    )
    assert units(parse(text)) == (2, 5)


def test_the_next_chapter_in_traditional_characters_glued_after_a_full_stop():
    text = (
        "某省農產品市場管理辦法\n"
        "第一章 總則\n"
        "第一條 為規範市場管理，制定本辦法。\n"
        "第二條 市場應設立綜合管理辦公室。第三章 規劃建設第三條 市場專項規劃應經同級人民政府批准。\n"
    )
    assert units(parse(text)) == (2, 3)


def test_a_chapter_after_a_full_stop_without_the_next_article_stays_text():
    text = (
        "某市物业管理办法\n"
        "第一条 为规范物业管理，制定本办法。\n"
        "第二条 业主大会的职责，见本办法。第三章第九条规定的事项由业主大会决定。\n"
        "第三条 本办法自发布之日起施行。\n"
    )
    assert units(parse(text)) == (0, 3)

"""Where a printed line ends at the margin (issue 7, wrapped lines): marks side by side that the typesetter trims,
one line that measures over the others' margin in a short ragged print, an addressee that ends the head at the
margin, a site's path (您所在位置：…) as wide as the text's lines over the headline.

Texts are made up, in the forms pdftotext gives of a page printed from a browser or an official print.
"""

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences


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

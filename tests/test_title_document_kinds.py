"""Kinds of document a title may end with that the table lacked: a public letter (致甲市柑橘种植者的
一封信) and the account of how a deputy's proposal was handled (关于对…第236号建议的办理情况). Texts are made up.
"""

from parsers.structure import parse_structure


def test_a_public_letter_over_its_appeal_is_titled_by_its_heading() -> None:
    text = (
        "致甲市柑橘种植者的一封信\n\n  甲市广大柑橘种植者:\n\n"
        "  柑橘是全市农业经济的支柱产业,是全市农民增收的重要途径。\n\n"
        "  为切实加强柑橘黄龙病防控工作,市委、市政府决定开展集中防控大行动,现呼吁全市柑橘种植者做到四个“必须”:\n\n"
        "  一是必须积极参与全面排查病株工作。\n\n  二是必须按规定清除病树。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "致甲市柑橘种植者的一封信"
    assert doc.notice_title is None
    assert doc.status is None


def test_the_account_of_a_handled_proposal_is_titled_by_its_heading() -> None:
    text = (
        "关于对甲市十五届人民代表大会第四次会议第236号建议的办理情况\n\n"
        "来源: 甲市农业农村局  |   发布日期: 2031-06-13 16:28    浏览量:\n\n"
        "建议内容:关于大力支持罗汉果产业发展的建议\n\n"
        "罗汉果是我国常用的中药材之一,具有较高的药用价值和食用价值。为推动乡村振兴,2032年9月9日,自治区农业农村厅"
        "印发了《关于印发甲区“十四五”罗汉果产业高质量发展专项规划的通知》(甲农厅发〔2032〕125号),《规划》突出的特点,"
        "一是制定了发展目标。\n\n"
        "二是规划了产业布局。构建“一核三区”规划布局。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于对甲市十五届人民代表大会第四次会议第236号建议的办理情况"
    assert doc.notice_title is None

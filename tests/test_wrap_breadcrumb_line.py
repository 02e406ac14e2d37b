"""A printed page's breadcrumb as long as the text's wrapped lines (首页 > 信息公开 > … > 决策后公开) ends its own line:
it is not joined to the headline under it, so its last column is no part of the notice's title or its issuer.

Texts are made up; the form is that of a city portal's page printed to PDF and extracted, hard-wrapped.
"""

from parsers.structure import parse_structure

_WRAPPED = (
    "首页 > 信息公开 > 五项公开 > 决策公开 > 决策后公开专栏\n"
    "甲市人民政府关于印发甲市征收土地管理办法的通知\n"
    "甲市府〔2031〕57号\n"
    "各镇人民政府（街道办事处），市政府各部门、各直属机构：\n"
    "现将《甲市征收土地管理办法》印发给你们，请认真贯彻执行。执行\n"
    "过程中遇到的问题，请径向市自然资源局反映。各单位要认真落实\n"
    "本办法的各项要求，切实做好征收土地管理工作，确保取得实效。\n"
    "甲市人民政府\n2031年9月6日\n"
    "甲市征收土地管理办法\n第一条 为了规范征收土地管理工作，根据有关法律\n"
    "法规，结合本市实际，制定本办法。本办法自发布之日起施行，有效\n"
    "期五年。各单位应当严格按照本办法的规定开展征收土地管理工作。\n"
)


def test_a_breadcrumb_as_wide_as_the_text_is_not_joined_to_the_headline() -> None:
    structure = parse_structure(_WRAPPED)
    assert structure.notice_title == "甲市人民政府关于印发甲市征收土地管理办法的通知"
    assert structure.issuer == "甲市人民政府"


_CUT_PATH = (
    "当前位置:首页>甲市人民政府>政府信息公开>法定主动公开内容>政府办公\n"  # the path's last step cut at the margin
    "室文件\n"
    "甲市人民政府办公室关于印发甲市征收土地管理办法的通知\n"
    "甲市府办〔2031〕57号\n"
    "各镇人民政府（街道办事处），市政府各部门、各直属机构：\n"
    "现将《甲市征收土地管理办法》印发给你们，请认真贯彻执行。执行\n"
    "过程中遇到的问题，请径向市自然资源局反映。各单位要认真落实\n"
    "本办法的各项要求，切实做好征收土地管理工作，确保取得实效。\n"
    "甲市人民政府办公室\n2031年9月6日\n"
)


def test_a_breadcrumb_cut_at_the_margin_runs_on_into_its_last_step() -> None:
    """The margin cut the path's last step (…>政府办公 / 室文件, …>政府信息公开 / >政办文件): the step's end is the
    path's, not a line of the text above the headline."""
    for cut in (_CUT_PATH, _CUT_PATH.replace("政府办公\n室文件", "政府办公室\n>政办文件")):
        structure = parse_structure(cut)
        furniture = ["".join(cut[s:e].split()) for s, e in structure.furniture]
        assert furniture[0].endswith(("政府办公室文件", "政府办公室>政办文件")), furniture
        assert structure.notice_title == "甲市人民政府办公室关于印发甲市征收土地管理办法的通知"
        assert [n.kind for n in structure.nodes if n.kind != "furniture"][0] == "notice"
        clauses = [n.text or "" for n in structure.leaves() if n.kind != "furniture"]
        assert not any("室文件" in text or "政办文件" in text for text in clauses)

"""An essay site files a document as a sample of its kind and labels it so: 甲市教育意见范文 ("model text"). The label is
the page's, like 全文: dropped when what stands before it names a kind of document, kept when it does not (a title that
is about 范文 itself).

Texts are made up; the layout is that of a model-essay site's page.
"""

from parsers.structure import parse_structure


def test_a_model_text_label_after_the_name_is_dropped() -> None:
    text = (
        "甲市教育意见范文\n\n"
        "为进一步推进我市教育改革发展，提出如下意见。\n\n"
        "一、总体要求\n\n坚持教育优先发展。\n\n二、主要任务\n\n（一）推进学前教育普及普惠。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市教育意见"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_name_that_names_no_kind_keeps_its_model_text_word() -> None:
    text = "公文写作常用范文\n\n一、通知的写法\n\n通知一般由标题、主送机关、正文组成。\n\n二、请示的写法\n\n请示应当一文一事。\n"
    doc = parse_structure(text)
    assert doc.title == "公文写作常用范文"
    assert doc.status is None

"""A notice whose one quoted name joins two documents (《X计划和Y办法》: a connective, each side ending with a kind of
document), over the heading of the first alone: it issues both, and is titled by its own title (field conventions:
a notice issuing several policies). A name whose heading below prints it whole is one document. Texts are made up."""

from parsers.structure import parse_structure

_NOTICE = "戊市人民政府关于印发《戊市城市更新行动计划和老旧小区改造管理办法》的通知"


def _text(heading: str) -> str:
    return (
        "戊市人民政府\n关于印发《戊市城市更新行动计划和老旧小区改造管理办法》的通知\n各区人民政府，市各委办局：\n"
        "现将《戊市城市更新行动计划和老旧小区改造管理办法》印发给你们，请结合实际认真组织实施。\n"
        f"戊市人民政府\n2031年5月8日\n{heading}\n为有序推进城市更新，制定本计划。\n一、主要任务\n完善城市功能。\n"
        "二、保障措施\n强化资金保障。\n"
    )


def test_a_heading_of_the_first_of_two_documents_leaves_the_notice_its_title() -> None:
    doc = parse_structure(_text("戊市城市更新行动计划"))
    assert doc.title == _NOTICE
    assert doc.notice_title is None


def test_a_heading_printing_the_joined_name_whole_is_one_document() -> None:
    doc = parse_structure(_text("戊市城市更新行动计划和老旧小区改造管理办法"))
    assert doc.title == "戊市城市更新行动计划和老旧小区改造管理办法"
    assert doc.notice_title == _NOTICE

"""A notice whose one quoted name joins two documents (《X方案及Y预案》: a connective, each side ending with a kind of
document), over the heading of the first alone: it issues both, and is titled by its own title (field conventions:
a notice issuing several policies). A name whose heading below prints it whole is one document. Texts are made up."""

from parsers.structure import parse_structure

_NOTICE = "丙县人民政府办公室关于印发《丙县2031年防汛抗旱工作方案及重大汛情应急预案》的通知"


def _text(heading: str) -> str:
    return (
        "丙县人民政府办公室\n关于印发《丙县2031年防汛抗旱工作方案及重大汛情应急预案》的通知\n各乡镇人民政府，县直各单位：\n"
        "《丙县2031年防汛抗旱工作方案及重大汛情应急预案》已经县人民政府研究同意，现印发给你们，请遵照执行。\n"
        f"丙县人民政府办公室\n2031年3月20日\n{heading}\n为切实做好我县防汛工作，制定本方案。\n一、工作目标\n确保安全度汛。\n"
        "二、工作措施\n加强值守。\n"
    )


def test_a_heading_of_the_first_of_two_documents_leaves_the_notice_its_title() -> None:
    doc = parse_structure(_text("丙县2031年防汛抗旱工作方案"))
    assert doc.title == _NOTICE
    assert doc.notice_title is None


def test_a_heading_printing_the_joined_name_whole_is_one_document() -> None:
    doc = parse_structure(_text("丙县2031年防汛抗旱工作方案及重大汛情应急预案"))
    assert doc.title == "丙县2031年防汛抗旱工作方案及重大汛情应急预案"
    assert doc.notice_title == _NOTICE

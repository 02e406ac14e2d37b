"""A wrapped title's last line read with its first: the second line may open with the period of the name above and
then the word that joins the second name (X规划 / （2031-2040年）及实施意见). Texts are made up."""

from parsers.structure import parse_structure


def test_a_period_then_a_connective_goes_on_with_the_title_above() -> None:
    text = (
        "丙县人民政府\n关于印发《丙县城乡供水保障规划(2031-2045年)及实施细则》的通知\n各乡镇人民政府，县直各部门：\n"
        "现将《丙县城乡供水保障规划(2031-2045年)及实施细则》印发给你们，请遵照执行。\n丙县人民政府\n"
        "2031年6月2日\n丙县城乡供水保障规划\n(2031-2045年)及实施细则\n为保障城乡供水安全，制定本细则。\n"
        "一、适用范围\n全县城乡供水设施。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙县城乡供水保障规划(2031-2045年)及实施细则"


def test_a_bracketed_period_line_alone_is_no_second_name() -> None:
    # the period on its own line is the title's (round 17), with no connective it joins as before
    text = "丙县城乡供水保障规划\n(2031-2045年)\n一、规划背景\n全县供水设施逐步完善。\n二、主要任务\n改造老旧管网。\n"
    assert parse_structure(text).title == "丙县城乡供水保障规划(2031-2045年)"

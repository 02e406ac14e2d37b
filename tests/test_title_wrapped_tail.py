"""A wrapped title's last line read with its first: the second line may open with the period of the name above and
then the word that joins the second name (X规划 / （2031-2040年）及实施意见). Texts are made up."""

from parsers.structure import parse_structure


def test_a_period_then_a_connective_goes_on_with_the_title_above() -> None:
    text = (
        "乙镇人民政府\n关于印发《乙镇农村初级卫生保健工作规划(2031-2040年)及实施意见》的通知\n各村民委员会：\n"
        "现将《乙镇农村初级卫生保健工作规划(2031-2040年)及实施意见》印发给你们，请认真贯彻执行。\n乙镇人民政府\n"
        "2031年3月28日\n乙镇农村初级卫生保健工作规划\n(2031-2040年)及实施意见\n为推动我镇初保工作，提出如下实施意见：\n"
        "一、总体目标\n深化农村卫生改革。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙镇农村初级卫生保健工作规划(2031-2040年)及实施意见"


def test_a_bracketed_period_line_alone_is_no_second_name() -> None:
    # the period on its own line is the title's (round 17), with no connective it joins as before
    text = "乙镇农村卫生工作规划\n(2031-2040年)\n一、总体目标\n深化农村卫生改革。\n二、主要任务\n加强队伍建设。\n"
    assert parse_structure(text).title == "乙镇农村卫生工作规划(2031-2040年)"

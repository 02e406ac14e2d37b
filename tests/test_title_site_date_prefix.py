"""A date or a year a site glues before a title (the day it posted the page, cut short of its 日: 2031年8月23甲县X预案; the
year it files the page under, bare or in brackets: 2032《X预案》, (2031)甲省人民政府关于X的批复) is no part of the title,
when what remains names a kind of document. A complete date, and a year with its 年, are the title's own words.

Texts are made up; the forms are those of government and law-database sites.
"""

from parsers.structure import parse_structure
from parsers.structure.title_affixes import drop_posted_day


def test_a_bracketed_year_before_an_organs_reply_is_the_sites() -> None:
    text = (
        "【地方】(2032)丙省人民政府关于丁市设立综合保税区的批复\n"
        "丁市人民政府:\n"
        "你市关于设立综合保税区的请示收悉。现批复如下:\n"
        "一、同意丁市设立综合保税区,规划面积以核定范围为准。\n"
        "二、丁市要做好综合保税区的用地和配套设施保障。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙省人民政府关于丁市设立综合保税区的批复"


def test_a_posting_day_cut_short_before_a_plan_is_the_sites() -> None:
    assert drop_posted_day("2031年8月23丁县森林火灾扑救应急预案") == "丁县森林火灾扑救应急预案"
    assert drop_posted_day("2032《丁省燃气事故应急预案》") == "《丁省燃气事故应急预案》"


def test_a_complete_date_or_a_year_with_its_nian_is_the_titles_own() -> None:
    # counter-examples
    for title in (
        "2031年6月5日世界环境日宣传活动方案",
        "2032年甲市政府工作要点",
        "2031届高校毕业生就业服务方案",
        "2031年1月1日起施行的甲市物业管理条例",
    ):
        assert drop_posted_day(title) == title, title


def test_a_bare_year_run_into_the_titles_words_is_the_titles_own() -> None:
    # a year without its 年 that opens the title's own time phrase (版, 至/到 another year, 上半年) or runs into its
    # first words (全市…要点) is no site's filing year: only a bare year before a quoted name is the site's
    for title in (
        "2033版戊省职工医疗保险诊疗项目目录管理办法",
        "2033至2035年戊市智能制造提升行动方案",
        "2033到2035年己县乡村供水保障实施方案",
        "2033上半年庚市营商环境优化工作方案",
        "2033全县防汛抗旱工作要点",
    ):
        assert drop_posted_day(title) == title, title


def test_a_bare_year_before_the_first_line_of_a_plan_stays_in_its_title() -> None:
    text = (
        "2033至2035年戊市智能制造提升行动方案\n"
        "为加快制造业数字化转型,结合本市实际,制定本方案。\n"
        "一、主要目标\n"
        "到2035年,全市建成智能工厂40家。\n"
    )
    assert parse_structure(text).title == "2033至2035年戊市智能制造提升行动方案"

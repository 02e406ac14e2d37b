"""Page chrome a reader skips before a title: a site's greeting banner (您好,欢迎来到甲数据库!), a label before a news
headline (原题:《X》…), a headline the page quotes whole (“…”), a site's breadcrumb glued before the headline (甲网>X).
The label, the banner and the crumbs are no part of the title; a title's own 》 or quoted phrase stays.

Texts are made up; the forms are those of government and database pages.
"""

from parsers.structure import parse_structure

_BODY = "为进一步加强管理,现就有关事项通知如下。\n一、总体要求\n各单位要认真落实。\n"


def test_a_database_greeting_over_a_title_is_skipped() -> None:
    text = "您好,欢迎来到甲数据库!\n甲市城乡供水保障办法\n" + _BODY
    assert parse_structure(text).title == "甲市城乡供水保障办法"


def test_a_database_greeting_over_a_fragment_titles_nothing() -> None:
    assert parse_structure("您好,欢迎来到甲数据库!\n" + _BODY).title is None


def test_a_short_original_headline_label_is_no_part_of_the_title() -> None:
    text = "原题:《甲市城乡供水保障办法》纳入立法计划\n" + _BODY
    assert parse_structure(text).title == "《甲市城乡供水保障办法》纳入立法计划"


def test_a_site_crumb_glued_before_a_headline_is_no_part_of_the_title() -> None:
    text = "甲市政府网>《甲市城乡供水保障办法》政策解读\n" + _BODY
    assert parse_structure(text).title == "《甲市城乡供水保障办法》政策解读"


def test_a_title_own_closing_book_mark_is_no_crumb() -> None:
    text = "《甲市城乡供水保障办法》政策解读\n" + _BODY
    assert parse_structure(text).title == "《甲市城乡供水保障办法》政策解读"


def test_a_headline_quoted_whole_loses_the_marks() -> None:
    text = "“甲区乙乡多措并举推进城乡供水保障”\n" + _BODY
    assert parse_structure(text).title == "甲区乙乡多措并举推进城乡供水保障"


def test_a_title_field_quoting_its_headline_loses_the_marks() -> None:
    text = "標題: “甲区乙乡多措并举推进城乡供水保障”\n" + _BODY
    assert parse_structure(text).title == "甲区乙乡多措并举推进城乡供水保障"


def test_a_title_own_quoted_phrase_stays() -> None:
    text = "“十四五”城乡供水保障规划\n" + _BODY
    assert parse_structure(text).title == "“十四五”城乡供水保障规划"


def test_a_call_cut_after_its_asking_verb_is_titled_by_its_draft() -> None:
    structure = parse_structure("关于《甲市城乡供水保障办法（征求意见稿）》公开征求\n" + _BODY)
    assert (structure.title, structure.status) == ("甲市城乡供水保障办法", "征求意见稿")


def test_a_repeated_first_line_of_a_headline_is_read_once() -> None:
    text = "甲公司关于乙项目 甲公司关于乙项目和丙项目的意见\n" + _BODY
    assert parse_structure(text).title == "甲公司关于乙项目和丙项目的意见"


_COVERING = (
    "甲市人民政府办公室关于印发甲市2031年政府工作报告目标任务分解落实方案的通知\n"
    "各县区人民政府，市政府各部门：\n"
    "现将《甲市2031年政府工作报告目标任务分解落实方案》印发给你们，请认真贯彻落实。\n"
    "甲市人民政府办公室\n2031年2月3日\n"
)
_PLAN_BODY = "1.全年新增城镇就业1.2万人。\n2.新建改建农村公路80公里。\n"


def test_a_plan_heading_run_into_its_first_section_label_is_the_plan() -> None:
    text = _COVERING + "甲市2031年政府工作报告目标任务分解落实方案综合目标分解\n" + _PLAN_BODY
    assert parse_structure(text).title == "甲市2031年政府工作报告目标任务分解落实方案"


def test_a_heading_naming_a_further_document_stays() -> None:
    text = _COVERING + "甲市2031年政府工作报告目标任务分解落实方案实施细则\n" + _PLAN_BODY
    assert parse_structure(text).title == "甲市2031年政府工作报告目标任务分解落实方案实施细则"


def test_a_law_library_greeting_over_a_title_is_skipped() -> None:
    text = "欢迎访问乙法规库\n甲市城乡供水保障办法\n" + _BODY
    assert parse_structure(text).title == "甲市城乡供水保障办法"

"""A covering notice stored without its title whose sentence makes the document it issues the subject and hands it to
the addressees in its last clause (《X》已经市政府同意，现印发给你们): the title is X. A sentence that names a document
without issuing it, or issues another one, does not title the text by the first name.

Texts are made up; the forms are those of covering notices.
"""

from parsers.structure import parse_structure
from parsers.structure.addressed import hands_to_addressees

# the plan's text under the sentence, with no signature between (a page that kept the sentence and the plan only)
_PLAN = "".join(
    f"{n}、{part}\n\n坚持生态优先,统筹推进{part}工作。到2034年,建成示范点{k}个。\n\n"
    for n, part, k in (
        ("一", "总体要求", 3),
        ("二", "村落培育", 5),
        ("三", "设施建设", 7),
        ("四", "品牌营销", 9),
        ("五", "保障措施", 11),
    )
)


def test_a_covering_sentence_with_the_plan_as_subject_titles_the_text() -> None:
    text = (
        "各乡镇人民政府,县政府各部门:\n"
        "《丙县乡村旅游发展规划》已经县政府第九次常务会议审议通过,现印发给你们,请结合实际,认真贯彻执行。\n"
        + _PLAN
    )
    doc = parse_structure(text)
    assert doc.title == "丙县乡村旅游发展规划"
    assert doc.notice_title is None


def test_the_clause_may_leave_out_to_and_the_edition_stays() -> None:
    text = (
        "丁市水务局:\n《丁市排水应急预案(2033年修订)》已经市政府同意,现印发你们,请认真组织实施。\n\n" + _PLAN
    )
    assert parse_structure(text).title == "丁市排水应急预案(2033年修订)"


def test_a_name_that_is_only_mentioned_does_not_title_the_text() -> None:
    # counter-example: the sentence reports that a law was adopted; nothing is issued to anyone
    text = "各乡镇人民政府:\n《丙县河道保护条例》已经县人大常委会审议通过,自2033年5月1日起施行。\n\n" + _PLAN
    assert parse_structure(text).title is None


def test_the_clause_issues_the_subject_only() -> None:
    # counter-example: another name between the subject and the clause; the clause issues that one (现将《B》…)
    sentence = "《戊省乡村振兴促进条例》已经颁布,现将《丙县实施细则》印发给你们,请遵照执行。"
    assert not hands_to_addressees(sentence, "戊省乡村振兴促进条例")
    assert hands_to_addressees(sentence, "丙县实施细则")
    assert hands_to_addressees("《丙县实施细则》已经县政府同意,现印发给你们,请遵照执行。", "丙县实施细则")
    assert not hands_to_addressees(
        "《丙县实施细则》已经县政府审议通过,自2033年5月1日起施行。", "丙县实施细则"
    )

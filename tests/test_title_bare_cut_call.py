"""A call for comments stored with its headline cut after its asking verb, naming one draft without 关于
(《X（征求意见稿）》公开征求): the title is the draft's name, the status its stage (the conventions of a call for
comments on one named draft). A quoted name with no draft's stage (《X条例》征求…) is no such call.

Texts are made up; the forms are those of legislature and bureau pages.
"""

from parsers.structure import parse_structure

_BODY = "为进一步加强管理,现就有关事项通知如下。\n一、总体要求\n各单位要认真落实。\n"


def test_a_bare_call_cut_after_its_asking_verb_is_titled_by_its_draft() -> None:
    structure = parse_structure("《甲市城乡供水保障办法（征求意见稿）》公开征求\n" + _BODY)
    assert (structure.title, structure.status) == ("甲市城乡供水保障办法", "征求意见稿")


def test_a_bare_call_cut_after_its_verb_names_a_draft_of_any_stage() -> None:
    structure = parse_structure("《甲市城乡供水保障条例（草案）》向社会公开征求\n" + _BODY)
    assert (structure.title, structure.status) == ("甲市城乡供水保障条例", "草案")


def test_a_name_without_a_draft_stage_is_not_read_as_a_cut_call() -> None:
    from parsers.structure.notice_names import names_in_title

    assert names_in_title("《甲市城乡供水保障条例》公开征求") is None

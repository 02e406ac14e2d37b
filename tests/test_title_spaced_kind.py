"""Joint issuers and a title on one spaced line, its kind spaced out as a heading prints it (…项目的 通 告), are the
document's head, not a site's banner of spaced phrases (web_chrome._issuers_then_title)."""

from parsers.structure import parse_structure


def test_issuers_and_a_title_with_a_spaced_kind_are_the_title() -> None:
    text = (
        "|\n"
        "中共甲市委 甲市人民政府 关于征集2032年度 市区为民办实事项目的 通 告\n"
        "为践行以人民为中心的发展思想，市委、市政府决定面向社会公开征集2032年度市区为民办实事项目。\n"
        "一、征集内容\n"
    )
    assert parse_structure(text).title == "中共甲市委甲市人民政府关于征集2032年度市区为民办实事项目的通告"


def test_a_banner_of_spaced_phrases_stays_chrome() -> None:  # guard
    text = (
        "宣传人大制度 交流人大经验 服务人大代表\n"
        "甲市人民代表大会常务委员会关于加强预算审查监督的决定\n"
        "为了加强预算审查监督，根据有关法律，作如下决定：\n"
    )
    assert parse_structure(text).title == "甲市人民代表大会常务委员会关于加强预算审查监督的决定"

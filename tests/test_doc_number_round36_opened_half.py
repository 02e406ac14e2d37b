"""文号 readings written in round 36 from the opened half of the field validation (classes of layout, texts made up):
an order's bracketed note under the title with its date after the order.

Texts are made up (甲省, 乙市); the forms are those of law libraries.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一章 总则\n第一条 为加强游泳场所管理，制定本办法。\n第二条 本办法自发布之日起施行。\n"


@pytest.mark.parametrize(
    "note",
    [
        "(甲省人民政府令第15号 2031年4月2日)",
        "（甲省人民政府令第15号2031年4月2日）",
        "(2031年4月2日甲省人民政府令第15号)",
    ],
)
def test_an_orders_bracketed_note_gives_the_number_with_its_date_either_side(note: str) -> None:
    doc = parse_structure(f"甲省游泳场所管理暂行办法\n{note}\n{_ARTICLES}")
    assert (doc.doc_number, doc.issuer) == ("甲省人民政府令第15号", "甲省人民政府")


@pytest.mark.parametrize("heading", ["甲省古籍保护条例(2031)", "乙市物业管理实施办法（2031）"])
def test_a_laws_name_with_a_databases_bare_year_is_no_doc_number(heading: str) -> None:
    doc = parse_structure(f"{heading}\n2032-05-04 18:29\n{_ARTICLES}")
    assert doc.doc_number is None


@pytest.mark.parametrize("line", ["甲政发(2031)5号", "(甲政办〔2031〕12号)"])
def test_a_doc_number_under_the_title_is_still_read(line: str) -> None:
    doc = parse_structure(f"甲省游泳场所管理暂行办法\n{line}\n{_ARTICLES}")
    assert doc.doc_number is not None and "2031" in doc.doc_number


@pytest.mark.parametrize("bullet", ["•   ", "· ", "▪ "])
def test_a_bulleted_orders_header_over_its_number(bullet: str) -> None:
    """D18: an order's header with its number, also when a gazette's page bullets the header's line."""
    doc = parse_structure(
        f"{bullet}甲市人民政府令\n\n    第17号\n\n《甲市游泳场所管理办法》已经2031年3月9日市人民政府第8次常务会议审议通过，现予公布。\n"
        f"市长  乙某\n2031年3月16日\n甲市游泳场所管理办法\n{_ARTICLES}"
    )
    assert doc.doc_number == "甲市人民政府令第17号"


def test_a_fields_number_alone_takes_the_orders_header_its_note_names() -> None:
    """D18: never the number alone — 【发布文号】第48号 with the note (…甲自治区人民政府令第48号公布) gives the header."""
    doc = parse_structure(
        "甲自治区依法行政考核办法\n【发布单位】甲自治区人民政府 【发布文号】第48号 【发布日期】2031-02-06\n"
        "甲自治区依法行政考核办法\n(2031年2月1日甲自治区人民政府第28次常务会议审议通过 2031年2月6日甲自治区人民政府令第48号公布)\n"
        f"{_ARTICLES}"
    )
    assert doc.doc_number == "甲自治区人民政府令第48号"


def test_a_fields_number_alone_stays_when_no_note_names_its_order() -> None:
    doc = parse_structure(
        f"甲自治区依法行政考核办法\n【发布单位】甲自治区人民政府 【发布文号】第48号 【发布日期】2031-02-06\n{_ARTICLES}"
    )
    assert doc.doc_number == "第48号"

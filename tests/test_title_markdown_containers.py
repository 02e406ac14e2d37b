"""A law collection's Markdown copy (VuePress, Docusaurus) wraps notes in container fences: ``::: tip 修订信息`` over
the promulgation line, ``::: details 目录`` over a contents list, a closing ``:::``, a tab's label ``@tab 章节``. The fences
and their labels are the collection's: the title is the front matter's title (or the document's own heading), never
``::: tip 修订信息``.

Texts are made up; the forms are those of a collection of laws kept as Markdown.
"""

from parsers.structure import parse_structure

_FRONT = "---\ntitle: 甲类废物污染环境防治管理办法\nicon: article\ndate: 2031-07-01\nauthor: 乙部\ncategory:\n  - 规章\n---\n\n"
_BODY = "## 第一章 总 则\n\n第一条 为了防治甲类废物污染环境，制定本办法。\n\n第二条 本办法适用于本国境内甲类废物的污染防治。\n"


def test_a_tip_container_over_the_promulgation_line_is_no_title() -> None:
    text = (
        _FRONT
        + "::: tip 修订信息\n\n（2031年4月6日乙部令第901号公布 自2031年7月1日起施行）\n\n:::\n\n"
        + _BODY
    )
    doc = parse_structure(text)
    assert doc.title == "甲类废物污染环境防治管理办法"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_details_container_and_its_tabs_are_no_title() -> None:
    text = (
        _FRONT
        + "::: tip 修订信息\n\n（2031年4月6日乙部令第901号公布）\n\n:::\n\n"
        + "::: details 目录\n\n::: tabs\n\n@tab 章节\n\n- 第一章 总则\n\n:::\n\n:::\n\n"
        + _BODY
    )
    doc = parse_structure(text)
    assert doc.title == "甲类废物污染环境防治管理办法"
    assert doc.status is None


def test_a_title_line_holding_colons_is_still_a_title() -> None:
    # three colons inside a line of text are no fence: only a line made of the fence (and a short label) is
    text = "甲市物业管理办法（试行）\n\n第一条 为规范物业管理：::: 制定本办法。\n"
    doc = parse_structure(text)
    assert doc.title == "甲市物业管理办法"
    assert doc.status == "试行"

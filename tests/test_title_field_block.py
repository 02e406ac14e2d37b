"""A portal's field block (索引号 / 发文字号 / 发文机关 / 标  题 …) over the document's own head.

The block's title field may give only part of the title (the notice without its organ) while the document's own head
below prints it whole, its organ on a line of its own over the 关于 line. The field conventions take the document's
own title. Texts are made up; the forms are those of city and county disclosure pages.
"""

import pytest

from parsers.structure import parse_structure

_NOTICE = "关于印发丁市防汛应急预案等5部专项预案的通知"
_BLOCK = (
    "索  引  号000000/2031-00001\n发文字号丁政办发〔2031〕8号 发布日期2031年05月09日\n"
    "发文机关丁市人民政府办公室 关  键  字\n{label}{notice}\n主题分类其他 成文日期2031年05月09日\n\n"
)
_BODY = (
    "各县人民政府，市直有关单位：\n\n《丁市防汛应急预案》《丁市森林火灾应急预案》《丁市地质灾害应急预案》"
    "《丁市生产安全事故应急预案》《丁市危险化学品事故应急预案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n\n"
    "丁市人民政府办公室\n\n2031年5月9日\n\n丁市防汛应急预案\n\n1 总则\n\n1.1 编制目的\n\n为做好防汛工作，制定本预案。\n"
)


@pytest.mark.parametrize("label", ["标  题", "标题：", "名　　称：", "【标题】"])
def test_an_organ_line_over_the_title_under_a_field_block_is_the_titles_own(label: str) -> None:
    head = _BLOCK.format(label=label, notice=_NOTICE) + f"丁市人民政府办公室\n\n{_NOTICE}\n\n\n"
    doc = parse_structure(head + _BODY)
    assert (
        doc.title == "丁市人民政府办公室" + _NOTICE
    )  # a notice issuing several: its own title, organ and all
    assert doc.issuer == "丁市人民政府办公室"


def test_a_field_block_over_the_title_without_an_organ_line_gives_it_as_printed() -> None:
    head = _BLOCK.format(label="标  题", notice=_NOTICE) + f"{_NOTICE}\n\n\n"
    assert parse_structure(head + _BODY).title == _NOTICE


def test_a_page_title_over_an_issuer_line_stays_apart_from_it() -> None:
    # no field block: a database's issuer line over the title on one line, the page title above (round 26's reading)
    head = f"{_NOTICE}\n发布时间：2031-05-09\n丁市人民政府办公室\n{_NOTICE}\n\n"
    assert parse_structure(head + _BODY).title == _NOTICE

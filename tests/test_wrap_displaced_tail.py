"""A title's (or an addressee's) last characters that pdftotext set above the page's first line: ``知`` over
``…的通``, ``位:`` over the text of a notice whose addressee line ends ``…直属各单``. The orphan is a node of its own
kind, ``displaced``, outside every clause; the title line is the notice's head, as in the original; the compare
reads the head clause with its tail joined. A one-character title and a stray character that ends no line
below stay where they are. Texts are made up, hard-wrapped as a PDF prints them (tests/wrapping.py).
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants
from wrapping import RUNNING_HEADER, hard_wrap

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences, squeeze

NAME = "甲市中小企业创新券资金管理办法"
TITLE = f"甲市人民政府办公室关于印发{NAME}的通知"  # 31 characters: its last line is 知
BODY = (
    "各区人民政府，市政府各部门，各直属机构：\n"
    f"《{NAME}》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。"
    "执行中遇到的问题，请及时向市工业和信息化局反映。\n"
    "甲市人民政府办公室\n"
    "2031年9月6日\n"
    f"{NAME}\n"
    "为进一步优化中小企业发展环境，激发市场主体活力，推动中小企业走专业化、精细化、特色化、新颖化发展之路，"
    "结合本市实际，制定以下措施。\n"
    "一、加大财政支持力度\n"
    "对首次认定为国家级专精特新“小巨人”企业的，给予一次性奖励40万元；对首次认定为省级专精特新中小企业的，"
    "给予一次性奖励25万元。\n"
    "二、强化融资服务\n"
    "市级财政每年安排资金，对中小企业通过银行贷款融资的，按照贷款市场报价利率的30%给予贴息，"
    "单个企业每年贴息最高不超过100万元。\n"
)


def parse(text: str):
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def with_tail_on_top(wrapped: str, last: str) -> str:
    """The copy as pdftotext gives a one-page print without a running header: the line ``last`` taken from
    under the line it ends (a blank line left in its place) and set at the page's top."""
    lines = wrapped.split("\n")
    assert lines[0] == RUNNING_HEADER
    at = lines.index(last)
    lines[at] = ""
    return "\n".join([last, "", *lines[1:]])


def top_kinds(structure) -> list[str]:
    return [n.kind for n in structure.nodes]


def test_a_title_tail_set_above_the_title_is_displaced_and_the_title_line_heads_the_notice():
    original = TITLE + "\n" + BODY
    copy = with_tail_on_top(hard_wrap(original), "知")
    assert copy.split("\n")[:3] == ["知", "", TITLE[:30]]
    left, right = parse(original), parse(copy)
    displaced = [n for n in right.iter_nodes() if n.kind == "displaced"]
    assert [squeeze(n.text) for n in displaced] == ["知"]
    assert displaced[0].parent_id is None and not displaced[0].children
    notice = next(n for n in right.nodes if n.kind == "notice")
    assert squeeze(notice.children[0].text) == TITLE[:30]  # the title line is the notice's head clause
    assert hierarchy(right) == hierarchy(left)
    assert sentences(right) == sentences(left)  # the head clause read with its tail
    assert right.notice_title == left.notice_title == TITLE
    assert right.title == left.title == NAME


def test_an_addressee_tail_set_above_the_page_is_displaced():
    original = "甲市人民政府关于印发甲市殡葬管理暂行办法的通知\n" + BODY.replace(
        "各区人民政府，市政府各部门，各直属机构：",
        "各区人民政府，兴隆华侨旅游经济区管委会，甲市人民政府直属各单位：",
    )
    wrapped = hard_wrap(original)
    assert "各区人民政府，兴隆华侨旅游经济区管委会，甲市人民政府直属各单" in wrapped.split(
        "\n"
    )  # 位： wraps alone
    copy = with_tail_on_top(wrapped, "位：")
    left, right = parse(original), parse(copy)
    assert [squeeze(n.text) for n in right.iter_nodes() if n.kind == "displaced"] == ["位："]
    assert hierarchy(right) == hierarchy(left)
    assert sentences(right) == sentences(left)


def test_a_title_one_character_long_stays_the_title():
    text = hard_wrap("序\n" + BODY)
    structure = parse(text)
    assert not [n for n in structure.iter_nodes() if n.kind == "displaced"]
    assert squeeze(structure.leaves()[1].text) == "序"


@pytest.mark.parametrize("stray", ["令", "告"])
def test_a_stray_character_at_the_top_that_ends_no_line_below_stays(stray):
    """令 is a kind of document itself (a one-character title); 告 would end ``…的通`` as 通告, but the title's own
    tail 知 stands under it: neither ends a line below."""
    original = TITLE + "\n" + BODY
    copy = f"{stray}\n\n" + "\n".join(hard_wrap(original).split("\n")[1:])
    assert copy.split("\n")[2:4] == [TITLE[:30], "知"]
    structure = parse(copy)
    assert not [n for n in structure.iter_nodes() if n.kind == "displaced"]
    assert sentences(structure)[0] == stray


def test_an_original_whose_first_line_is_one_character_over_a_whole_title_keeps_it():
    for text in (TITLE + "\n" + BODY, "知\n" + TITLE + "\n" + BODY):
        structure = parse(text)
        assert "displaced" not in [n.kind for n in structure.iter_nodes()]
        assert structure.notice_title == TITLE


def test_an_addressee_tail_over_a_page_that_opens_with_its_number_completes_the_addressee():
    """A notice printed without its title line opens with its 文号; the addressee's tail 位： set above the page
    completes the addressee line, never the 文号 (甲政办规〔2031〕24号位： is no addressee)."""
    original = "甲政办规〔2031〕24号\n" + BODY.replace(
        "各区人民政府，市政府各部门，各直属机构：",
        "各区人民政府，兴隆华侨旅游经济区管委会，甲市人民政府直属各单位：",
    )
    wrapped = hard_wrap(original)
    assert "各区人民政府，兴隆华侨旅游经济区管委会，甲市人民政府直属各单" in wrapped.split("\n")
    copy = with_tail_on_top(wrapped, "位：")
    left, right = parse(original), parse(copy)
    assert [squeeze(n.text) for n in right.iter_nodes() if n.kind == "displaced"] == ["位："]
    assert (
        sentences(right)[:2]
        == sentences(left)[:2]
        == [
            "甲政办规〔2031〕24号",
            "各区人民政府，兴隆华侨旅游经济区管委会，甲市人民政府直属各单位：",
        ]
    )
    assert hierarchy(right) == hierarchy(left)
    assert sentences(right) == sentences(left)


def test_a_title_tail_set_above_a_browser_pages_breadcrumb_is_displaced_not_the_sites():
    """A browser's print: its date stamp, then the title's tail 告 that pdftotext set at the page's top, then the
    site's breadcrumb, then the title cut before its tail. The tail is no entry of the site's masthead (the
    breadcrumb takes the site's short lines over it as chrome): it is displaced, and the title keeps its 告."""
    title = "甲市人民代表大会常务委员会关于甲市城市绿化条例修正案（草案）公开征求意见的公告"
    body = (
        "甲市第十五届人大常委会第三十次会议初次审议了《甲市城市绿化条例修正案（草案）》，现将修正案（草案）"
        "全文公布，向社会公开征求意见。\n"
        "请于2031年5月6日前将意见和建议反馈至甲市人大常委会法制工作委员会。\n"
    )
    original = "位置：首页>> 公告 >> 通知通告\n" + title + "\n" + body
    head, rest = title[:-1], title[-1]
    copy = "12/4/31, 2:56 PM\n\n" + rest + "\n\n位置：首页>> 公告 >> 通知通告\n\n" + head + "\n\n" + body
    left, right = parse(original), parse(copy)
    assert [squeeze(n.text) for n in right.iter_nodes() if n.kind == "displaced"] == ["告"]
    assert right.title == left.title
    assert hierarchy(right) == hierarchy(left)
    assert sentences(right) == sentences(left)

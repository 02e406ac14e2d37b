"""Six title layouts of fresh pages (round 36, after END): a covering notice stored with a summary of its plan but
not the plan (D21 in round 36; D25 in round 37 titles it by the plan all the same), a page's headline given fuller by the document's heading, a spam site's tag
after an underscore, a 公告's number alone, an essay site's chrome before its recommended item, a heading glued to a
decimal outline. Texts made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes

_NOTICE = (
    "丙省人民政府\n关于印发丙省草原防灾总体预案的通知\n丙政发〔2032〕7号\n各市人民政府，省政府各部门：\n"
    "现将《丙省草原防灾总体预案》印发给你们，请认真贯彻执行。\n丙省人民政府\n2032年3月4日\n"
)


def _parse(text: str):
    return parse_bytes(text.encode("utf-8"), name="page.txt")


def test_a_notice_over_a_summary_of_its_plan_is_titled_by_the_plan() -> None:
    # D25 (round 37): a covering notice issuing one named policy is titled by it whether or not the page carries it
    document = _parse(
        _NOTICE + "《丙省草原防灾总体预案》明确，草原防灾工作坚持预防为主、分级负责的原则。\n"
        "预案要求，各地要建立健全监测预警体系，及时发布灾情信息。\n预案还明确了各级政府和部门的职责分工。\n"
    )
    assert document.title == "丙省草原防灾总体预案"
    assert document.notice_title == "丙省人民政府关于印发丙省草原防灾总体预案的通知"


def test_a_notice_over_its_plan_keeps_the_plan_title() -> None:
    document = _parse(
        _NOTICE + "丙省草原防灾总体预案\n1 总则\n1.1 编制目的\n为做好草原防灾工作，制定本预案。\n"
        "《丙省草原防灾总体预案》明确了各部门职责。\n"
    )
    assert document.title == "丙省草原防灾总体预案"
    assert document.notice_title == "丙省人民政府关于印发丙省草原防灾总体预案的通知"


@pytest.mark.parametrize("under", ["目 录\n1 总则\n2 组织体系\n", "1 总则\n"])
def test_a_headline_given_fuller_by_the_heading_below(under: str) -> None:
    document = _parse(
        "地震应急预案\n发布时间：2032-05-06\n丁县地震应急预案\n"
        + under
        + "1.1 编制目的\n为有效应对地震灾害，制定本预案。\n"
    )
    assert document.title == "丁县地震应急预案"


def test_a_longer_line_over_a_sentence_is_not_the_heading() -> None:
    document = _parse(
        "地震应急预案\n发布时间：2032-05-06\n丁县地震应急预案\n为有效应对地震灾害，制定本预案。\n一、总体要求\n"
    )
    assert document.title == "地震应急预案"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("戊市人民政府关于加强燃气安全管理的通告_丁戊app官网注册", "戊市人民政府关于加强燃气安全管理的通告"),
        ("己县人民政府关于做好秋季防火工作的通告_庚辛平台开户", "己县人民政府关于做好秋季防火工作的通告"),
    ],
)
def test_a_spam_sites_tag_after_an_underscore_is_dropped(line: str, title: str) -> None:
    document = _parse(
        line + "\n为加强安全管理，保障人民群众生命财产安全，现就有关事项通告如下：\n"
        "一、有关单位应当落实安全责任。\n二、本通告自发布之日起施行。\n"
    )
    assert document.title == title


def test_a_bracketed_number_alone_is_no_title() -> None:
    document = _parse(
        "(2032年第5号)\n根据《丁省水库安全条例》有关规定，现将本年度汛期有关事项公告如下：\n"
        "一、汛期为5月1日至9月30日。\n二、各单位要落实防汛责任。\n"
    )
    assert not document.title


def test_an_essay_sites_chrome_before_its_recommended_item() -> None:
    document = _parse(
        "全镇抗旱工作总结2032-06-07来源:工作总结收藏下载本文推荐第2篇:抗旱工作实施方案\n"
        "为做好抗旱工作，结合我镇实际，制定本方案。\n一、工作目标\n确保群众饮水安全。\n"
    )
    assert document.title == "抗旱工作实施方案"


def test_a_heading_glued_to_its_decimal_outline() -> None:
    document = _parse(
        "庚水库2032年度汛应急预案1.总则1.1工作目的为保障水库度汛安全，制定本预案。\n1.2编制依据\n"
        "《丁省水库安全条例》。\n2.组织体系\n"
    )
    assert document.title == "庚水库2032年度汛应急预案"

"""Round 26 (issue 7): a call or a notice whose title names the one draft it puts before the public.

Classes: a call that asks with 征询 (关于《X办法》征询公众意见的公告), a plan put up for comments without 关于
(《X规划》公示, X规划草案公示), a plan published after its approval (甲局关于《X规划》批后公告) whose title lost
the figures of its years. The draft's name is the title, the call's own line its notice_title. Texts are made up.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.date_line import is_date_line
from parsers.structure.issued_names import fuller_name
from parsers.structure.notice_names import names_in_title

_CALL_BODY = (
    "为加强本市农贸市场管理，甲市市场监督管理局起草了《甲市农贸市场管理办法（草案）》，现向社会公开征求意见。\n"
    "一、征求意见截止日期为2030年5月1日。\n"
    "二、意见可通过电子邮件提出。\n"
    "甲市市场监督管理局\n"
    "2030年4月1日\n"
)


def test_a_call_that_asks_with_zhengxun_is_titled_by_its_draft() -> None:
    text = "关于《甲市农贸市场管理办法》征询公众意见的公告\n" + _CALL_BODY
    doc = parse_structure(text)
    assert doc.title == "甲市农贸市场管理办法"
    assert doc.status == "草案"
    assert doc.notice_title == "关于《甲市农贸市场管理办法》征询公众意见的公告"


_PLAN_BODY = (
    "为科学引导乙县丙镇国土空间开发保护，我局组织编制了《乙县丙镇国土空间规划（2031—2045年）》。"
    "现公开征求社会各界意见和建议。\n"
    "公示时间：2030年5月1日至2030年5月30日。\n"
    "附件：《乙县丙镇国土空间规划（2031—2045年）》草案\n"
    "乙县自然资源局\n"
    "2030年5月1日\n"
)


@pytest.mark.parametrize(
    "heading",
    ["乙县丙镇国土空间规划（2031—2045年）草案公示", "《乙县丙镇国土空间规划（2031—2045年）》公示"],
)
def test_a_plan_put_up_without_guanyu_is_titled_by_its_name(heading: str) -> None:
    doc = parse_structure(heading + "\n" + _PLAN_BODY)
    assert doc.title == "乙县丙镇国土空间规划（2031—2045年）"
    assert doc.notice_title == heading


@pytest.mark.parametrize(
    "title",
    [
        "丁市2030年拟表彰先进集体名单公示",  # a list put up: no draft's name, quoted or staged
        "戊区候选名单结果公示",
        "己县海滨公园设计方案公示 市民可于月底前提出意见",  # a headline
    ],
)
def test_a_list_or_a_headline_put_up_presents_no_draft(title: str) -> None:
    assert names_in_title(title) is None


def test_a_plan_published_after_approval_takes_the_name_its_body_writes_whole() -> None:
    text = (
        "庚县自然资源局关于《庚县耕地保护专项规划年》批后公告\n"
        "我局组织编制了《庚县耕地保护专项规划（2031-2045年）》，经县人民政府批准实施。"
        "现将批准后的《庚县耕地保护专项规划（2031-2045年）》予以公告。\n"
        "庚县自然资源局\n"
        "2030年12月20日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "庚县耕地保护专项规划（2031-2045年）"
    assert doc.notice_title == "庚县自然资源局关于《庚县耕地保护专项规划年》批后公告"


@pytest.mark.parametrize(
    ("name", "quoted", "expected"),
    [
        ("辛市X规划年", ["辛市X规划（2031-2045年）"], "辛市X规划（2031-2045年）"),
        # words lost, not figures: another name, kept as the title writes it
        ("辛市绿道规划", ["辛市绿道专项规划"], "辛市绿道规划"),
        ("辛市绿道规划", ["辛市绿道规划（2031-2045年）"], "辛市绿道规划"),
    ],
)
def test_a_name_with_figures_lost_is_written_whole(name: str, quoted: list[str], expected: str) -> None:
    assert fuller_name(name, quoted) == expected


def test_a_call_with_no_title_line_names_its_draft_before_the_call() -> None:
    text = (
        "为广泛听取公众意见，根据《甲条例》（国务院令第1号）、《乙规定》（省政府令第2号）等规定，"
        "现将《壬路改造工程设计方案》通过县政府网站向社会公开征求意见。\n"
        "一、征求意见的时间\n"
        "2030年3月1日至2030年3月31日。\n"
        "附件：壬路改造工程设计方案\n"
    )
    assert parse_structure(text).title == "壬路改造工程设计方案"


def test_a_general_rule_is_a_kind_of_document() -> None:
    text = (
        "根据有关工作安排，癸镇组织开展了《癸镇村庄规划管理通则》编制工作，目前已形成草案。"
        "现公开征求社会各界意见和建议。\n"
        "一、公示时间：2030年9月1日至2030年9月30日。\n"
        "附件：癸镇村庄规划管理通则\n"
    )
    assert parse_structure(text).title == "癸镇村庄规划管理通则"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2030812", True),
        ("203068", True),
        ("2030年8月12日", True),
        ("2030135", False),
        ("2030", False),
        ("3030812", False),
    ],
)
def test_a_date_whose_year_month_and_day_marks_were_lost(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_the_signature_over_a_date_that_lost_its_marks_is_the_issuer() -> None:
    text = "关于《甲市农贸市场管理办法》征询公众意见的公告\n" + _CALL_BODY.replace("2030年4月1日", "203041")
    assert parse_structure(text).issuer == "甲市市场监督管理局"


def test_a_metadata_table_whose_title_cell_stands_between_bars() -> None:
    text = (
        "索 引 号: | 0001/2030-1 | 信息分类: | |\n"
        "名 称: | 甲市新型城镇化发展规划 |\n"
        "目 录\n"
        "第一章 规划背景\n"
        "第一节 发展基础\n"
        "第二章 总体要求\n"
    )
    assert parse_structure(text).metadata_title == "甲市新型城镇化发展规划"


@pytest.mark.parametrize(
    "title",
    ["关于公开征求废止《甲市路牌管理办法》意见的通知", "关于拟废止《甲市路牌管理办法》公开征求意见的公告"],
)
def test_a_call_on_repealing_a_rule_puts_up_no_draft(title: str) -> None:
    assert names_in_title(title) is None
    text = (
        title + "\n"
        "《甲市路牌管理办法》制定所依据的上位法已修订，拟予以废止，现公开征求意见。有关事宜如下：\n"
        "一、意见可寄送甲市市场监督管理局。\n"
        "二、截止日期为2030年7月1日。\n"
    )
    doc = parse_structure(text)
    assert doc.title == title
    assert doc.notice_title is None


def test_a_call_on_a_draft_still_names_it() -> None:
    assert names_in_title("关于征求《甲市路牌管理办法（修订草案）》意见的通知") == (
        ("甲市路牌管理办法（修订草案）",),
        False,
    )


def test_a_placeless_organ_in_the_title_takes_its_place_from_the_letterhead() -> None:
    text = (
        "甲市人民政府办公厅\n"
        "甲府办函〔2030〕8号\n"
        "市人民政府办公厅关于印发甲市气象灾害应急预案的通知\n"
        "各区人民政府，市政府各部门：\n"
        "《甲市气象灾害应急预案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    assert parse_structure(text).issuer == "甲市人民政府办公厅"

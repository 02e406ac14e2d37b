"""Round 35 (issue 7, titles69): chrome a reader skips, glued to a title on its line.

Classes: a document-sharing site's list number before a title (3、X办法) and its copy marker after it (X办法(2)); a
news site's name and the posting day glued round a headline (丙网X镇建成Y2032-09-14); a path label, the path and
the page's size and print buttons run together before a title (当前位置首页…默认字体】【放大字体打印本页X办法); a
heading run together with a file name's shorter copy of it (乙县X办法县X办法); a metadata box whose labels stand in
square brackets ([ 发布机构 ] … [ 文号 ][ 公开方式 ] …); a news headline of spaced phrases over its dateline
(凝心聚力 攻坚克难 奏响X乐章), which a banner of slogans has the form of; a call's headline cut inside the draft's
name, the quote closed at the cut (乙厅关于公开征求《乙省X产业提升》), the body naming the draft whole.
Texts are made up.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.collection_marks import drop_collection_marks
from parsers.structure.leading_tag import drop_leading_tag
from parsers.structure.title_repeat import written_once
from parsers.structure.web_chrome import is_web_chrome

_PLAN = (
    "1 总则\n"
    "1.1 编制目的\n"
    "为做好全县防汛抗旱工作，最大限度减轻灾害损失，制定本预案。\n"
    "1.2 适用范围\n"
    "本预案适用于本县行政区域内水旱灾害的预防和应急处置。\n"
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("3、白水县森林火灾应急预案", "白水县森林火灾应急预案"),
        ("12、乙市物业服务收费管理办法", "乙市物业服务收费管理办法"),
        ("白水县森林火灾应急预案(2)", "白水县森林火灾应急预案"),
        ("乙市物业服务收费管理办法（2）", "乙市物业服务收费管理办法"),
        # kept: a year opening a title, a period in brackets, a numbered line that names no kind of document
        ("2031年丙市重点工作计划", "2031年丙市重点工作计划"),
        ("丁市养老服务规划(2031)", "丁市养老服务规划(2031)"),
        ("1、加强组织领导", "1、加强组织领导"),
    ],
)
def test_sharing_site_number_and_copy_marker_dropped(title: str, expected: str) -> None:
    assert drop_collection_marks(title) == expected


def test_sharing_site_copy_marker_after_a_plan_title() -> None:
    assert parse_structure("白水县森林火灾应急预案(3)\n" + _PLAN).title == "白水县森林火灾应急预案"


def test_sharing_site_list_number_before_a_plan_title() -> None:
    # (a sharing site's file opens 1、2031年X预案: the year keeps the line from reading as the plan's first item)
    text = "2、2032年白水县森林火灾应急预案\n" + _PLAN
    assert parse_structure(text).title == "2032年白水县森林火灾应急预案"


_NEWS = "记者从县农业农村局获悉，今年全县新建高标准农田两万亩，总投资3000万元。\n据介绍，项目建成后将有效提升粮食产能。\n"


def test_site_name_and_posting_day_glued_round_a_headline() -> None:
    text = "白水网白水镇建成乡村物流站十二个2032-09-14\n" + _NEWS
    assert parse_structure(text).title == "白水镇建成乡村物流站十二个"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("白水新闻网白水镇建成乡村物流站十二个2032-09-14", "白水镇建成乡村物流站十二个"),
        ("青山在线青山县新建养老服务中心三处2031-5-6", "青山县新建养老服务中心三处"),
        # kept: the site's name without the day, the day without a site's name
        ("白水网白水镇建成乡村物流站十二个", "白水网白水镇建成乡村物流站十二个"),
        ("电网企业安全生产管理办法2031-05-06", "电网企业安全生产管理办法2031-05-06"),
    ],
)
def test_site_name_dropped_only_with_the_glued_day(title: str, expected: str) -> None:
    assert drop_leading_tag(title, []) == expected


_ARTICLES = (
    "第一章 总则\n"
    "第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本条例。\n"
    "第二条 本条例适用于本市行政区域内的物业管理活动。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "本页位置首页政务公开法规文件默认字体】【放大字体打印本页",
        "当前位置：首页 > 法规库 【放大字体】【缩小字体】【打印本页】【关闭窗口】",
    ],
)
def test_path_and_page_buttons_run_onto_a_title(head: str) -> None:
    assert parse_structure(head + "青山市物业管理条例\n" + _ARTICLES).title == "青山市物业管理条例"


def test_path_and_buttons_before_no_title_give_none() -> None:
    text = "当前位置首页政务公开法规文件默认字体】【放大字体打印本页\n" + _ARTICLES
    assert parse_structure(text).title is None


def test_heading_run_together_with_its_shorter_copy_is_written_once() -> None:
    text = "白水县卫生健康局森林火灾应急预案县卫生健康局森林火灾应急预案\n" + _PLAN
    assert parse_structure(text).title == "白水县卫生健康局森林火灾应急预案"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "白水县卫生健康局森林火灾应急预案县卫生健康局森林火灾应急预案",
            "白水县卫生健康局森林火灾应急预案",
        ),
        ("乙市物业服务收费管理办法乙市物业服务收费管理办法", "乙市物业服务收费管理办法"),
        # kept: a title whose end is no copy of its head's, a short repeated ending
        ("甲市城区绿地保护条例实施细则", "甲市城区绿地保护条例实施细则"),
        ("甲市防汛应急预案乙县防汛应急预案", "甲市防汛应急预案乙县防汛应急预案"),
    ],
)
def test_written_once(title: str, expected: str) -> None:
    assert written_once(title) == expected


def test_bracketed_metadata_box_is_not_joined_to_the_title_row() -> None:
    text = (
        "[ 发布机构 ] 青山市民政局 [ 成文日期 ] 2032-03-18\n"
        "[ 文号 ][ 公开方式 ] 主动公开\n"
        "[ 名称 ] 青山市社区养老服务管理办法\n"
        "第一条 为规范社区养老服务，制定本办法。\n"
        "第二条 本办法适用于本市行政区域。\n"
    )
    assert parse_structure(text).title == "青山市社区养老服务管理办法"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("[ 文号 ][ 公开方式 ] 主动公开", True),
        ("［索引号］11320100MB1234567X/2031-00012", True),
        # kept: a title row's label in brackets, a list's bracketed numeral
        ("[ 名称 ] 青山市社区养老服务管理办法", False),
        ("[1] 青山市社区养老服务管理办法", False),
    ],
)
def test_bracketed_metadata_label_line_is_chrome(line: str, chrome: bool) -> None:
    assert is_web_chrome(line) is chrome


_REPORT = "5月6日，青山县召开乡村振兴工作推进会，会议强调，要把乡村振兴作为重中之重。\n"


@pytest.mark.parametrize(
    "under",
    ["2031-05-06 10:20 来源：青山日报\n", "本报讯（记者 张三）"],
)
def test_spaced_phrases_over_a_dateline_are_the_headline(under: str) -> None:
    text = "凝心聚力 攻坚克难 奏响产业兴旺乐章\n" + under + _REPORT
    assert parse_structure(text).title == "凝心聚力攻坚克难奏响产业兴旺乐章"


def test_spaced_slogans_over_the_site_menu_stay_a_banner() -> None:
    text = "宣传人大制度 交流人大经验\n首页 新闻中心 政务公开\n青山市物业管理条例\n" + _ARTICLES
    assert parse_structure(text).title == "青山市物业管理条例"


_CALL_BODY = (
    "为推动我市全域旅游提质增效，我局起草了《白水市全域旅游产业提升三年行动计划（征求意见稿）》，"
    "现向社会公开征求意见。\n"
    "意见反馈截止时间为2031年6月1日。\n"
    "白水市文化和旅游局\n"
    "2032年9月14日\n"
)


def test_call_headline_cut_inside_the_drafts_name_takes_the_bodys_name() -> None:
    s = parse_structure("白水市文化和旅游局关于公开征求《白水市全域旅游产业提升》\n" + _CALL_BODY)
    assert (s.title, s.status) == ("白水市全域旅游产业提升三年行动计划", "征求意见稿")
    assert s.notice_title == "白水市文化和旅游局关于公开征求《白水市全域旅游产业提升》"


def test_call_headline_whole_name_is_not_replaced_by_another_body_name() -> None:
    body = "为规范旅游民宿经营，我局起草了《白水市旅游民宿管理办法（征求意见稿）》，现向社会公开征求意见。\n"
    s = parse_structure("白水市文化和旅游局关于公开征求《白水市全域旅游产业提升规划》\n" + body)
    assert s.title != "白水市旅游民宿管理办法"

"""A newspaper's report of a call for comments is titled by its headline: the lines under the headline credit the
press (a news lead 本报讯, a reporter, a newspaper's credit), and the draft it names has no heading of its own in the
text. The report has no covering notice and no stage of its own. The organ's own call, a call that prints the draft
under its heading, and a report that attaches the draft keep the draft's name.

Texts are made up; the forms are those of news pages.
"""

from parsers.structure import parse_structure

_CALL_SENTENCES = (
    "  为规范城市犬只管理,市畜牧局起草了《丙市限养犬只目录(征求意见稿)》,现向社会公开征求意见。\n"
    "  市民如有意见,可于2032年3月10日前发送电子邮件至dog@example.cn。\n"
)


def test_a_report_under_a_news_lead_is_titled_by_its_headline() -> None:
    text = (
        "《丙市限养犬只目录》公开征求意见\n\n42种犬只拟限养\n\n作者:丁一\n\n"
        "  本报讯(记者 丁一)2月20日,丙市畜牧局发布《丙市限养犬只目录(征求意见稿)》。\n" + _CALL_SENTENCES
    )
    doc = parse_structure(text)
    # the headline's two lines joined (documents.toml, round 29: a headline printed over two lines)
    assert doc.title == "《丙市限养犬只目录》公开征求意见42种犬只拟限养"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_report_credited_to_a_reporter_below_the_dateline_is_titled_by_its_headline() -> None:
    text = (
        "怎样划定垂钓区?即日起丙市就水域管理公开征求意见\n\n"
        "    2032-02-12 10:20:31 来源: 戊台新闻客户端\n\n    (资料图)\n\n"
        "    为加强丙市公共水域垂钓管理,丙市水务局起草了《丙市公共水域垂钓管理指引(征求意见稿)》,"
        "现向社会公开征求意见。\n\n    (戊台记者 己二)\n"
    )
    doc = parse_structure(text)
    assert doc.title == "怎样划定垂钓区?即日起丙市就水域管理公开征求意见"
    assert doc.notice_title is None


def test_the_organ_s_own_call_keeps_the_draft_s_name() -> None:
    # counter-example: the office signs its own call; no news lead, reporter or paper under the headline
    text = (
        "《丙市限养犬只目录(征求意见稿)》公开征求意见\n\n来源:丙市畜牧局 时间:2032-02-20 09:30\n\n"
        + _CALL_SENTENCES
        + "\n丙市畜牧局\n2032年2月20日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙市限养犬只目录"
    assert doc.status == "征求意见稿"


def test_a_report_that_attaches_the_draft_keeps_the_draft_s_name() -> None:
    # counter-example: the page carries the draft (附件:《X》), so the draft is the document
    text = (
        "关于公共水域垂钓 丙市水务局公开征求意见\n\n"
        "戊新网2月12日电 据丙市水务局网站消息,丙市水务局起草了《关于加强公共水域垂钓管理的通知(征求意见稿)》,"
        "现向社会公开征求意见。\n\n"
        "附件:《关于加强公共水域垂钓管理的通知(征求意见稿)》\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于加强公共水域垂钓管理的通知"
    assert doc.status == "征求意见稿"


def test_a_report_that_prints_the_draft_under_its_heading_keeps_the_draft_s_name() -> None:
    # counter-example: the draft's own heading follows the report, so the draft is the document
    text = (
        "《丙市限养犬只目录》公开征求意见\n\n"
        "  本报讯(记者 丁一)2月20日,丙市畜牧局发布《丙市限养犬只目录(征求意见稿)》。\n"
        + _CALL_SENTENCES
        + "\n"
        "丙市限养犬只目录\n\n(征求意见稿)\n\n第一条 为规范城市犬只管理,制定本目录。\n\n第二条 本目录适用于丙市城区。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙市限养犬只目录"


def test_the_word_reporter_in_a_calls_body_is_no_credit() -> None:
    # review21 M1: an organ's own call whose draft concerns reporters keeps the draft's title and stage
    text = (
        "关于公开征求《某省新闻记者采访活动管理办法（征求意见稿）》意见的通知\n"
        "各有关单位：\n"
        "为规范新闻记者采访活动，保障记者合法权益，我局起草了《某省新闻记者采访活动管理办法（征求意见稿）》，"
        "现公开征求意见。请于2031年5月1日前反馈。\n"
    )
    doc = parse_structure(text)
    assert (doc.title, doc.status) == ("某省新闻记者采访活动管理办法", "征求意见稿")

"""A site's own lines over a document are no title: its greeting, its logo's text, a spam farm's
keyword line; and a title that opens with a month (8月X的通报) is no decimal heading.

Classes: 欢迎您访问甲厅网站! and 您好,欢迎来到乙网! (the greeting with 您 and an exclamation mark), 甲办公室网站标识 (a logo's
alternative text), 甲视频-乙视频-丙网-… (five keyword phrases or more set off by dashes or underscores). Texts are made up.
"""

from parsers.structure import parse_structure

_LIST_BODY = (
    "按照有关办法，我厅已组织审核，确认下列县（市、区）达到节水型社会建设标准。\n"
    "一、甲市：甲县、乙县。\n二、乙市：丙县。\n甲省水利厅\n2031年12月7日\n"
)


def test_a_greeting_addressed_to_you_is_the_site_s_not_a_title() -> None:
    doc = parse_structure("欢迎您访问甲省水利厅网站!\n" + _LIST_BODY)
    assert doc.title is None
    assert doc.notice_title is None


def test_a_logo_s_text_over_a_notice_is_no_part_of_its_title() -> None:
    text = (
        "甲省人民政府乙事务办公室网站标识\n\n甲省2031年度贫困县退出公示\n\n来源:   作者:甲日报   时间:2032-02-19\n"
        "  根据有关验收标准，我省2031年申请退出的十个县已通过验收，现予以公示。\n  电话:0931-8894113\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省2031年度贫困县退出公示"
    assert doc.status is None


def test_a_spam_farm_s_keyword_line_is_no_title_and_a_month_opens_one() -> None:
    text = (
        "甲乙在线观看-甲乙在线视频-甲乙综合另类-甲乙综合视频-甲乙综合网\n\n"
        "8月海漂垃圾突出问题岸段的通报\n发布时间:2031-09-22 点击量:304\n"
        "  为推进海漂垃圾综合治理，省生态环境厅组织无人机航拍抽查。现将有关岸段情况予以通报。\n"
        "  一、岸段抽测情况\n  （一）甲镇岸段\n  甲镇岸段抽查长度2.37公里。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "8月海漂垃圾突出问题岸段的通报"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_title_with_a_period_s_dash_stays_a_title() -> None:  # guard
    text = "甲市数字经济发展规划（2031-2035年）\n一、发展基础\n甲市数字经济规模持续扩大。\n二、总体要求\n坚持创新驱动。\n"
    assert parse_structure(text).title == "甲市数字经济发展规划（2031-2035年）"


def test_a_decimal_heading_is_still_read_when_a_month_is_not_glued_to_it() -> None:  # guard
    text = (
        "甲市防汛应急预案\n1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n"
        "1.2 适用范围\n本预案适用于本市。\n2 组织体系\n2.1 指挥机构\n市政府设立防汛指挥部。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市防汛应急预案"
    assert [n.label for n in doc.nodes if n.kind == "outline"][:2] == ["1", "2"]

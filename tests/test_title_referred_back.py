"""A text stored without its title line that names its document in one sentence and hands it over in the next by a
word for its kind (现将草案及说明予以公布, 现将通知转发给你们, 现将规划方案进行公示) is titled by that name. A handing
sentence whose object is what follows (现将清理结果公布如下), or no kind of document, titles nothing.

Texts are made up; the forms are those of government sites.
"""

from parsers.structure import parse_structure

_DRAFT_REFERRED_BACK = (
    "2031年5月,省人大常委会第九次会议对《甲省快递市场管理条例(草案)》进行了审议。"
    "为了推进科学立法、民主立法,现将草案及说明予以公布,向社会公开征集意见。"
    "欢迎社会各界于6月30日前提出意见和建议。\n"
    "甲省人大常委会法制工作委员会\n2031年6月1日\n"
)

_NOTICE_PASSED_ON = (
    "各市、县农业农村局:\n"
    "最近,乙部办公厅下发了《关于做好秋季农作物病虫害防治工作的通知》(乙办农〔2031〕12号),"
    "对秋季防治工作提出了明确要求。现将通知转发给你们,请结合实际认真贯彻落实。\n"
)

_PLAN_REFERRED_BACK = (
    "根据《丙省城乡规划条例》和《丙省山体保护条例》的相关规定,我局组织编制了《丙县城区绿道专项规划(2031—2040)修改》。\n"
    "现将规划方案进行公示,公示期限为2031年7月1日至7月30日。相关意见建议请于7月30日前反馈。\n"
)

_RESULT_SET_OUT = (
    "各乡镇人民政府,县直各单位:\n"
    "根据《丁省规范性文件管理办法》的规定和《丁市人民政府办公室关于开展规范性文件清理工作的通知》的要求,"
    "县人民政府对现行规范性文件进行了全面清理,现将清理结果公布如下:\n"
    "一、继续有效的规范性文件12件。\n"
)


def test_a_draft_referred_back_to_as_the_draft_titles_the_call() -> None:
    doc = parse_structure(_DRAFT_REFERRED_BACK)
    assert doc.title == "甲省快递市场管理条例"
    assert doc.status == "草案"


def test_a_notice_referred_back_to_as_the_notice_titles_the_letter_that_forwards_it() -> None:
    doc = parse_structure(_NOTICE_PASSED_ON)
    assert doc.title == "关于做好秋季农作物病虫害防治工作的通知"
    assert doc.issuer is None  # the organ that made the notice is not the forwarder


def test_a_plan_referred_back_to_past_the_cited_rules_titles_the_notice() -> None:
    assert parse_structure(_PLAN_REFERRED_BACK).title == "丙县城区绿道专项规划(2031—2040)修改"


def test_what_follows_set_out_is_no_name_referred_back_to() -> None:
    # counter-example: 清理结果 is no kind of document and 公布如下 hands over what follows
    assert parse_structure(_RESULT_SET_OUT).title is None

"""A notice titled by what it does (关于开展X活动的通知, 关于修改部分规章的通知) that hands over the one document it
encloses (现将工作方案印发给你们 / 附件：X工作方案（2031—2035年）) is titled by that document, its own title the
notice_title. A notice listing several enclosures, or handing over nothing its enclosure names, keeps its title.

Texts are made up; the forms are those of government sites.
"""

import pytest

from parsers.structure import parse_structure

_PLAN_BY_ITS_KIND = (
    "甲省农业厅关于开展省级蜂业标准化示范创建活动的通知\n"
    "各市(州)农业局:\n"
    "为推进蜂业提质增效,全省开展省级蜂业标准化示范创建活动。为保证创建活动顺利开展,"
    "农业厅制定了《省级蜂业标准化示范创建活动工作方案(2031—2035年)》。现将工作方案印发给你们,请认真组织实施。\n"
    "附件:省级蜂业标准化示范创建活动工作方案(2031—2035年)\n"
    "甲省农业厅\n2031年6月25日\n"
)

_LIST_BY_ITS_NAME = (
    "乙省人民政府办公厅关于废止部分行政规范性文件的通知\n"
    "各市人民政府,省政府各部门:\n"
    "省政府办公厅组织开展了行政规范性文件集中清理,决定废止其中15件。"
    "现将拟废止的行政规范性文件目录印发给你们,请做好衔接工作。\n"
    "附件:拟废止的行政规范性文件目录(15件)\n"
    "二○三一年二月二十五日\n"
)

_SEVERAL_ENCLOSED = (
    "关于举办2031年全县职工乒乓球和羽毛球比赛的通知\n"
    "各基层工会:\n"
    "县总工会决定举办2031年全县职工乒乓球和羽毛球比赛。现将比赛细则印发给你们,请踊跃报名参赛。\n"
    "附件:\n"
    "1、2031年丙县职工乒乓球比赛细则\n"
    "2、2031年丙县职工羽毛球比赛细则\n"
    "丙县总工会\n2031年3月18日\n"
)

_ENCLOSURE_NOT_HANDED = (
    "丁市人民政府办公室关于开展安全生产大检查的通知\n"
    "各区人民政府:\n"
    "为切实做好安全生产工作,现将有关事项通知如下:\n"
    "一、检查范围为全市各类生产经营单位。\n"
    "附件:安全生产大检查联系人名单\n"
    "丁市人民政府办公室\n2031年4月2日\n"
)


def test_a_plan_handed_over_by_its_kind_titles_the_notice() -> None:
    doc = parse_structure(_PLAN_BY_ITS_KIND)
    assert doc.title == "省级蜂业标准化示范创建活动工作方案(2031—2035年)"
    assert doc.notice_title == "甲省农业厅关于开展省级蜂业标准化示范创建活动的通知"


def test_a_list_handed_over_by_its_name_titles_the_notice_without_its_count() -> None:
    doc = parse_structure(_LIST_BY_ITS_NAME)
    assert doc.title == "拟废止的行政规范性文件目录"
    assert doc.notice_title == "乙省人民政府办公厅关于废止部分行政规范性文件的通知"


# the same notice with numbered enclosure labels: each a document the handing words (比赛细则) would fit
_SEVERAL_LABELLED = _SEVERAL_ENCLOSED.replace("附件:\n1、", "附件1:").replace("\n2、", "\n附件2:")


@pytest.mark.parametrize("text", [_SEVERAL_ENCLOSED, _SEVERAL_LABELLED])
def test_a_notice_enclosing_several_documents_keeps_its_title(text: str) -> None:
    doc = parse_structure(text)
    assert doc.title == "关于举办2031年全县职工乒乓球和羽毛球比赛的通知"
    assert not doc.notice_title


def test_a_notice_handing_over_no_enclosure_keeps_its_title() -> None:
    doc = parse_structure(_ENCLOSURE_NOT_HANDED)
    assert doc.title == "丁市人民政府办公室关于开展安全生产大检查的通知"
    assert not doc.notice_title


_NAMED_ONLY_IN_THE_SENTENCE = (
    "戊省农业厅关于做好2031年春耕生产工作的通知\n各市农业局:\n"
    "现将《2031年春耕生产工作要点》下发给你们,请认真抓好落实。\n戊省农业厅\n2031年2月25日\n"
)

_KIND_REFERRING_BACK = (
    "己省农业厅关于开展蜂业标准化示范创建活动的通知\n各市农业局:\n"
    "根据《己省畜牧业条例》,农业厅制定了《蜂业标准化示范创建活动工作方案》。现将工作方案印发给你们,请认真组织实施。\n"
    "己省农业厅\n2031年6月25日\n"
)


def test_a_document_named_only_in_the_handing_sentence_titles_the_notice() -> None:
    doc = parse_structure(_NAMED_ONLY_IN_THE_SENTENCE)
    assert doc.title == "2031年春耕生产工作要点"
    assert doc.notice_title == "戊省农业厅关于做好2031年春耕生产工作的通知"


def test_a_kind_word_referring_back_to_the_one_uncited_name_titles_the_notice() -> None:
    doc = parse_structure(_KIND_REFERRING_BACK)
    assert doc.title == "蜂业标准化示范创建活动工作方案"

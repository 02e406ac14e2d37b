"""A site's label before a title, set off by a colon (政策解读:X方案, 公告:甲局关于印发X的通知, 信息名称:…的通知), is the
site's word for the page, no part of the title, when the rest names a kind of document and the label is no organ.

Texts are made up; the forms are those of government sites.
"""

from parsers.structure import parse_structure
from parsers.structure.title_affixes import drop_column_prefix

_NOTICE = (
    "各县(区)人民政府,市级有关部门:\n"
    "现将《甲市农村道路安全整治三年行动方案(2031—2033年)》印发你们,请认真抓好贯彻落实。\n"
    "甲市人民政府办公室\n2031年3月2日\n"
    "甲市农村道路安全整治三年行动方案\n(2031—2033年)\n"
    "为加强农村道路安全管理,制定本方案。\n一、总体要求\n到2033年,全市农村道路事故起数下降20%。\n"
)


def test_a_column_label_before_the_title_is_the_sites() -> None:
    doc = parse_structure("专题解读:甲市农村道路安全整治三年行动方案(2031—2033年)\n" + _NOTICE)
    assert doc.title == "甲市农村道路安全整治三年行动方案(2031—2033年)"


def test_a_label_before_a_notices_title_is_the_sites() -> None:
    assert drop_column_prefix("公告:乙省林业局关于印发《乙省森林公园管理办法》的通知") == (
        "乙省林业局关于印发《乙省森林公园管理办法》的通知"
    )


def test_a_headline_an_organ_or_a_short_rest_keeps_its_words() -> None:
    # counter-examples: a news headline that names no kind of document, an organ before the colon, a rest too short
    # to be a title of its own beside its label
    for title in (
        "丙部:全面建立省市县乡四级林长体系",
        "政协提案:关于加强丁县马铃薯产业发展的建议",
        "甲市人民政府:关于做好春耕工作的通知",
        "甲乙丙丁戊己庚辛:某办法",
    ):
        assert drop_column_prefix(title) == title, title


def test_a_theme_before_a_colon_is_the_titles_own() -> None:
    # counter-examples: a theme (no column's word) before a colon opens the title itself
    for title in (
        "生态修复：辛县废弃矿山综合治理实施方案",
        "重点工程：壬市2034年城市更新项目计划",
    ):
        assert drop_column_prefix(title) == title, title


def test_a_columns_word_before_a_colon_is_the_sites() -> None:
    assert drop_column_prefix("通知公告：辛县废弃矿山综合治理实施方案") == "辛县废弃矿山综合治理实施方案"
    assert drop_column_prefix("图解：壬市城市更新项目管理办法") == "壬市城市更新项目管理办法"

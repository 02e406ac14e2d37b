"""A heading read as the title is not thrown away by the later readings that discard a page's lines:

- a text that quotes its own name after a citing word and calls it 本规划 (组织编制实施《X》（以下简称本规划）) speaks of
  itself; it does not cite X as an authority, so X is still its title;
- a page that prints one notice's title twice (its page title and its heading) and the document under it is no list
  of documents under a site's 目录 label: a list names several different documents.

Texts are made up; the layouts are those of county portals.
"""

from parsers.structure import parse_structure
from parsers.structure.contents_list import listing
from parsers.structure.title_labels import cited_only


def test_a_plan_that_names_itself_after_a_citing_word_keeps_its_heading() -> None:
    text = (
        "公示公告\n"
        "当前位置: 首页 政务动态 公示公告\n"
        "甲县综合交通运输规划（2031—2045年）\n"
        "发布日期: 2031-03-02 09:41   来源: 甲县交通运输局\n"
        "前言\n"
        "为落实省级规划，甲县交通运输局编制并实施《甲县综合交通运输规划（2031—2045年）》（以下简称本规划）。\n"
        "第一章 总则\n"
        "第1条 规划范围\n"
    )
    assert parse_structure(text).title == "甲县综合交通运输规划（2031—2045年）"


def test_cited_only() -> None:
    cited = "根据《乙省河道管理条例》，制定本办法。"
    itself = "乙省人民政府组织实施《乙省河道管理条例》（以下简称“本条例”）。"
    assert cited_only(cited, "乙省河道管理条例")
    assert not cited_only(itself, "乙省河道管理条例")


ONE_NOTICE_UNDER_A_LABEL = (
    "当前位置:首页 > 政府信息公开\n"
    "目录\n"
    "关于印发丙市森林火灾应急预案的通知\n"
    "来源:丙市人民政府 时间:2031-02-03 15:30\n"
    "丙市人民政府办公室\n"
    "关于印发丙市森林火灾应急预案的通知\n"
    "丙政办发〔2031〕9号\n"
    "各县区人民政府：\n"
    "《丙市森林火灾应急预案》已经市政府同意，现印发给你们，请认真执行。\n"
    "丙市人民政府办公室\n"
    "2031年1月28日\n"
    "丙市森林火灾应急预案\n"
    "1总 则\n"
    "1.1编制目的\n"
    "1.2火灾分级标准\n"
)


def test_one_notice_printed_twice_under_a_contents_label_is_no_list() -> None:
    assert listing(ONE_NOTICE_UNDER_A_LABEL) is None
    assert parse_structure(ONE_NOTICE_UNDER_A_LABEL).title == "丙市森林火灾应急预案"


def test_a_gazettes_contents_still_list_documents() -> None:
    text = (
        "丁市人民政府公报\n"
        "目录\n"
        "丁市人民政府关于印发丁市河道管理办法的通知……（1）\n"
        "丁市人民政府关于印发丁市城市绿化管理办法的通知……（5）\n"
        "丁市人民政府办公室关于印发丁市防汛应急预案的通知……（9）\n"
        "丁市人民政府办公室关于印发丁市粮食应急预案的通知……（15）\n"
    )
    assert listing(text) is not None
